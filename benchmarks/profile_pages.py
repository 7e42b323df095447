"""`make profile`: where each measured page spends its time, in process.

    python benchmarks/profile_pages.py             # every page, writes its section of RESULTS.md
    python benchmarks/profile_pages.py --print     # print only

Serves nothing: a fresh copy of the app (the same throwaway database `make bench` uses, see
app_server.py) answers Django's test client, DEBUG off, with the answered visitor's session.  A
handful of functions are wrapped with timers (the probes below); each page is requested until it
has run for a few seconds and every probe's time is reported per request, nested as the calls
nest (a probe inside another is part of it), with the whole request (middleware included) and the
bare view for scale.  Unlike a sampling profiler the probes cost almost nothing, so the figures
add up; they are the thread's CPU time, which a busy machine disturbs less than wall time.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import app_server  # noqa: E402

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- profile:start -->", "<!-- profile:end -->"

# (label, "module:qualified.name"): a function, or a method of a class.  A probe that names nothing
# stops the tool (a moved function would otherwise vanish from the profile without a word).
PROBES = [
    ("view", "calculator.questionnaire.views:preview"),
    ("view", "calculator.questionnaire.views:step"),
    ("view", "calculator.results.views:result"),
    ("view", "draws.views:standing_page"),
    ("view", "benchmarks.bare:bare"),
    ("template rendering", "django.template.backends.django:Template.render"),
    ("include {name}", "django.template.loader_tags:IncludeNode.render"),
    ("partial {name}", "template_partials.templatetags.partials:RenderPartialNode.render"),
    ("crispy field", "crispy_forms.templatetags.crispy_forms_filters:as_crispy_field"),
    ("field laid out in Python", "crs_site.templatetags.bootstrap_fields:as_bootstrap_field"),
    ("form construction", "django.forms.forms:BaseForm.__init__"),
    ("form validation", "django.forms.forms:BaseForm.full_clean"),
    ("session read", "django.contrib.sessions.backends.db:SessionStore.load"),
    ("POST parsed", "django.core.handlers.wsgi:WSGIRequest._load_post_and_files"),
    ("POST parsed", "django.http.request:HttpRequest._load_post_and_files"),
    ("CSRF check", "django.middleware.csrf:CsrfViewMiddleware.process_view"),
    ("score()", "crs.scoring.engine:score"),
    ("eligibility", "calculator.eligibility.presenters:programs_and_categories"),
    ("plan", "calculator.results.presenters:plan_context"),
    ("verdict", "calculator.results.verdict:verdict_context"),
    ("eligibility engine", "crs.eligibility:assess_breakdown"),
    ("standing", "draws.selectors:standing"),
    ("draw data read", "draws.selectors:draw_history"),
    ("chart drawn", "draws.chart:trend_chart"),
    ("expired results", "calculator.results.expired:expired_rows"),
    ("progress list", "calculator.questionnaire.navigation:progress"),
    ("language links", "calculator.context_processors:_links"),
    ("job offer eras", "calculator.questionnaire.scoring:job_offer_eras"),
]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print only; leave RESULTS.md alone")
    parser.add_argument("--seconds", type=float, default=3, help="per page (default 3)")
    parser.add_argument("pages", nargs="*", help="page names (default: every page)")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="crs-profile-") as folder:
        env = app_server.environment(Path(folder) / "profile.sqlite3")
        app_server.prepare(env)
        os.environ.update(env)
        text = profile(options)
    print(text)
    if not options.print:
        _write(text)
        print(f"\nwritten: {RESULTS.relative_to(ROOT)}")
    return 0


def profile(options) -> str:
    import django

    django.setup()
    from django.test import Client

    from benchmarks import machine
    from benchmarks.pages import BARE, PAGES
    from benchmarks.visitor import step_posts

    timer = Timer()
    timer.install(PROBES)  # before the first request, which builds the middleware chain
    client = Client()
    posts = step_posts()
    for slug, data in posts:
        client.post(f"/en/calculator/{slug}/", data)
    preview_data = {**dict(posts).get("languages", {}), "wizard_step": "languages"}

    def request(page):
        headers = {"HTTP_HX_REQUEST": "true"} if page.htmx else {}
        if page.method == "POST":  # form-encoded, as the browser and `make bench` send it
            body = urlencode(preview_data if page.preview_body else {})
            return client.post(page.path, body, content_type="application/x-www-form-urlencoded", **headers)
        return client.get(page.path, **headers)

    chosen = [p for p in PAGES if not p.reference or p.name == BARE]
    if options.pages:
        chosen = [p for p in chosen if p.name in options.pages or p.name == BARE]
    sections = []
    for page in chosen:
        response = request(page)
        if response.status_code != 200:
            sections.append(f"- {page.name}: answered {response.status_code}, not profiled")
            continue
        for _ in range(5):
            request(page)
        timer.reset()
        count, started = 0, time.thread_time()
        while time.thread_time() - started < options.seconds:
            with timer.probe("request"):
                request(page)
            count += 1
        sections.append(_page_section(page, timer, count, len(response.content)))
    about = machine.describe()
    lines = [
        START,
        "## Where the time goes (in process)",
        "",
        f"`make profile` (`python benchmarks/profile_pages.py`), {about['date']}, {about['CPU']}, "
        f"load average {about['load average before the run']}. Django's test client, DEBUG off, the answered "
        "visitor's session; each page requested for "
        f"{options.seconds:g} s of CPU. CPU milliseconds per request (the thread's CPU time, so the "
        "figures hold on a busy machine), inclusive, nested as the calls nest; the request row includes "
        "the middleware and Django's test client (about 0.1 ms of its own).",
        "",
        *sections,
        END,
    ]
    return "\n".join(lines)


def _page_section(page, timer, count, size) -> str:
    total = timer.totals.get(("request",), 0.0) / count * 1000
    lines = [
        f"### {page.name}: `{page.method} {page.path}`",
        "",
        f"{total:.2f} ms per request, {size:,} bytes, {count} requests.",
        "",
        "| where | ms per request | share | calls per request |",
        "| --- | ---: | ---: | ---: |",
    ]
    for path in sorted(timer.totals, key=lambda p: _order(timer, p)):
        if path == ("request",):
            continue
        spent = timer.totals[path] / count * 1000
        if spent < 0.05:
            continue
        indent = "&nbsp;&nbsp;" * (len(path) - 2)
        lines.append(f"| {indent}{path[-1]} | {spent:.2f} | {spent / total:.0%} | {timer.calls[path] / count:.1f} |")
    lines.append("")
    return "\n".join(lines)


def _order(timer, path):
    """Depth-first, the biggest first among siblings."""
    return tuple(-timer.totals[path[: i + 1]] for i in range(len(path)))


class Timer:
    """Inclusive time per call path of the probed functions (a label already on the stack, as in
    a recursive include, is counted once, at its outermost call)."""

    def __init__(self):
        self.stack: list[str] = []
        self.reset()

    def reset(self):
        self.totals: dict[tuple, float] = defaultdict(float)
        self.calls: dict[tuple, int] = defaultdict(int)

    def probe(self, label):
        timer = self

        class _Probe:
            def __enter__(self):
                self.nested = label in timer.stack
                if not self.nested:
                    timer.stack.append(label)
                    self.started = time.thread_time()

            def __exit__(self, *exc):
                if not self.nested:
                    path = tuple(timer.stack)
                    timer.totals[path] += time.thread_time() - self.started
                    timer.calls[path] += 1
                    timer.stack.pop()

        return _Probe()

    def install(self, probes):
        import importlib

        for label, target in probes:
            module_name, _, qualified = target.partition(":")
            module = importlib.import_module(module_name)
            owner, _, name = qualified.rpartition(".")
            holder = getattr(module, owner, None) if owner else module
            original = getattr(holder, name, None) if holder is not None else None
            if original is None:
                raise SystemExit(f"profile probe {label!r}: {target} does not exist (moved? update PROBES)")
            wrapped = self._wrap(label, original)
            setattr(holder, name, wrapped)
            if not owner:  # a function: replace it wherever it was imported by name, or registered
                for other in list(sys.modules.values()):
                    for attribute, value in list(getattr(other, "__dict__", {}).items()):
                        if value is original:
                            setattr(other, attribute, wrapped)
                        for registry in (getattr(value, "filters", None), getattr(value, "tags", None)):
                            if isinstance(registry, dict):
                                for key, registered in list(registry.items()):
                                    if registered is original:
                                        registry[key] = wrapped

    def _wrap(self, label, function):
        timer = self

        def wrapped(*args, **kwargs):
            with timer.probe(_label(label, args)):
                return function(*args, **kwargs)

        wrapped.__wrapped__ = function
        return wrapped


def _label(label: str, args) -> str:
    if "{name}" not in label:
        return label
    node = args[0] if args else None
    name = getattr(node, "partial_name", None)
    if name is None:
        template = getattr(node, "template", None)
        name = getattr(getattr(template, "var", None), "literal", None) or getattr(template, "token", "?")
    return label.format(name=str(name).strip("\"'"))


def _write(section: str) -> None:
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    if START in text:
        text = re.sub(f"{re.escape(START)}.*?{re.escape(END)}", lambda _: section, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    RESULTS.write_text(text)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
