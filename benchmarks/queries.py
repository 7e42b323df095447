"""SQL queries per page, counted with Django's CaptureQueriesContext.

Run by `make bench` against its throwaway database (the environment says which);
prints JSON.  Each page is fetched once to warm up, then measured.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crs_site.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from benchmarks.pages import PAGES  # noqa: E402
from benchmarks.visitor import FIRST_STEP, step_posts  # noqa: E402


def count(client, method, path, data=None, **headers):
    call = client.post if method == "POST" else client.get
    call(path, data, **headers)
    with CaptureQueriesContext(connection) as captured:
        response = call(path, data, **headers)
    return {
        "status": response.status_code,
        "queries": len(captured.captured_queries),
        "sql": [query["sql"][:160] for query in captured.captured_queries],
    }


def main():
    rows = {}
    rows["first wizard page (new visitor)"] = count(Client(), "GET", FIRST_STEP)
    visitor = Client()
    posts = step_posts()
    for slug, data in posts:
        visitor.post(f"/en/calculator/{slug}/", data)
    for page in PAGES:
        if page.path.startswith("/bench/"):
            continue
        data = {**dict(posts).get("languages", {}), "wizard_step": "languages"} if page.preview_body else None
        headers = {"HTTP_HX_REQUEST": "true"} if page.htmx else {}
        rows[page.name] = count(visitor, page.method, page.path, data, **headers)
    saved = Client().post("/api/results", json.loads(json.dumps(_profile())), content_type="application/json")
    if saved.status_code == 201:
        rows["share page"] = count(Client(), "GET", f"/r/{saved.json()['id']}/")
    rows["home"] = count(Client(), "GET", "/en/")
    print(json.dumps(rows))


def _profile():
    cases = json.loads((ROOT / "tests/data/golden/cases.json").read_text())["cases"]
    return cases[0]["profile"]


if __name__ == "__main__":
    main()
