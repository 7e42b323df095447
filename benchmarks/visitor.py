"""A visitor who has answered the whole questionnaire, over real HTTP.

Walks the wizard with the POSTs the wizard itself maps a profile to
(``calculator.questionnaire.wizard.profile_to_step_data``, one golden profile), keeping the session and CSRF cookies, so the load
tests can replay requests that carry a real session.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import sys
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST_STEP = "/en/calculator/you/"
PREVIEW = "/en/calculator/preview/"
TOKEN = re.compile(r'"X-CSRFToken":\s*"([^"]+)"|name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Visitor:
    base: str
    cookies: dict[str, str] = field(default_factory=dict)
    csrf_token: str = ""
    posts: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        return {"Cookie": cookie, "X-CSRFToken": self.csrf_token}

    def preview_body(self, slug: str = "languages") -> str:
        data = dict(self.posts).get(slug, {})
        return urllib.parse.urlencode({**data, "wizard_step": slug})


def step_posts() -> list[tuple[str, dict[str, str]]]:
    """The POSTs for a married applicant with an accompanying spouse and raw test scores."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crs_site.settings")
    import django

    django.setup()
    from calculator.questionnaire.wizard import profile_to_step_data as posts_for

    cases = json.loads((ROOT / "tests/data/golden/cases.json").read_text())["cases"]

    def richness(case):
        profile = case["profile"]
        return (
            profile.get("marital_status") == "married",
            "scores" in (profile.get("first_language") or {}),
            bool(profile.get("spouse_language")),
            bool(profile.get("second_language")),
            len(profile),
        )

    return posts_for(max(cases, key=richness)["profile"])


def answered(base: str) -> Visitor:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    visitor = Visitor(base, posts=step_posts())
    for slug, data in visitor.posts:
        url = f"{base}/en/calculator/{slug}/"
        page = opener.open(url).read().decode()
        token = _token(page)
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        request = urllib.request.Request(url, data=body, headers={"Referer": url})
        landed = opener.open(request)
        if landed.geturl() == url:
            raise RuntimeError(f"the {slug} step refused the answers: {data}")
    result = opener.open(f"{base}/en/calculator/result/")
    if not result.geturl().endswith("/calculator/result/"):
        raise RuntimeError("the questionnaire is not complete after every step")
    visitor.csrf_token = _token(result.read().decode())
    visitor.cookies = {cookie.name: cookie.value for cookie in jar}
    return visitor


def _token(html: str) -> str:
    match = TOKEN.search(html)
    if not match:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1) or match.group(2)
