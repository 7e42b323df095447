"""Security properties of every page, found by crawling rather than listed: a strict
Content-Security-Policy the markup obeys, the protective headers, HTTPS-only cookies
and HSTS in production, and bounded request bodies."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.admin import site as admin_site
from django.contrib.auth import get_user_model
from django.urls import reverse

from calculator.api.openapi import document
from tests.site_map import crawl, inline_code, page_urls

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.django_db


def _html_pages(client, starts):
    pages = [page for page in crawl(client, starts) if "html" in page.content_type]
    assert pages, f"nothing crawled from {starts}"
    return pages


def _admin_urls():
    urls = [reverse("admin:index")]
    for model in admin_site._registry:
        meta = model._meta
        urls.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
        urls.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_add"))
    return urls


@pytest.fixture
def admin_client_fast(client, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client


def test_no_page_has_inline_script_style_or_event_handlers(client):
    problems = {
        page.url: found for page in _html_pages(client, ["/", *page_urls()]) if (found := inline_code(page.html))
    }
    assert problems == {}


def test_every_page_sends_the_protective_headers(client):
    for page in _html_pages(client, ["/", *page_urls()]):
        policy = page.headers.get("Content-Security-Policy", "")
        assert "default-src 'self'" in policy, page.url
        assert "script-src 'self'" in policy and "unsafe" not in policy, page.url
        assert "frame-ancestors 'none'" in policy, page.url
        assert page.headers.get("X-Content-Type-Options") == "nosniff", page.url
        assert page.headers.get("X-Frame-Options") == "DENY", page.url
        assert page.headers.get("Referrer-Policy") == "same-origin", page.url


def test_the_admin_has_no_inline_script_style_or_event_handlers(admin_client_fast):
    problems = {
        page.url: found
        for page in _html_pages(admin_client_fast, _admin_urls())
        if page.url.startswith("/admin/") and (found := inline_code(page.html))
    }
    assert problems == {}


def test_the_admin_login_page_has_no_inline_code(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert inline_code(response.content.decode()) == []


_HTTPS_PROBE = """
import json, django
django.setup()
from django.test import Client
client = Client()
plain = client.get("/en/")
secure = client.get("/en/", secure=True)
print(json.dumps({
    "plain_status": plain.status_code,
    "plain_location": plain.get("Location", ""),
    "secure_status": secure.status_code,
    "hsts": secure.get("Strict-Transport-Security", ""),
    "cookies": {name: {"secure": bool(c["secure"]), "httponly": bool(c["httponly"]), "samesite": c["samesite"]}
                for name, c in secure.cookies.items()},
}))
"""


def test_in_production_http_redirects_to_https_with_hsts_and_secure_http_only_cookies(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="crs_site.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="x" * 60,
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_MANIFEST_STATIC="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'probe.sqlite3'}",
    )
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)
    completed = subprocess.run(
        [sys.executable, "-c", _HTTPS_PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    probe = json.loads(completed.stdout)
    assert probe["plain_status"] == 301
    assert probe["plain_location"] == "https://testserver/en/"
    assert probe["secure_status"] == 200
    assert "max-age=31536000" in probe["hsts"] and "includeSubDomains" in probe["hsts"]
    assert probe["cookies"], "the page sets its CSRF cookie"
    for name, cookie in probe["cookies"].items():
        assert cookie["secure"] and cookie["httponly"], name
        assert cookie["samesite"] == "Lax", name


def _post_targets():
    """Everything that takes a POST: the API and any page whose view accepts one."""
    return [url for url in page_urls() if "post" in document()["paths"].get(url, {}) or url.endswith("/preview/")]


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "application/json"])
def test_oversized_bodies_are_refused_with_a_client_error_everywhere(client, content_type):
    body = "a=" + "x" * (200 * 1024) if "form" in content_type else json.dumps({"a": "x" * 200 * 1024})
    for url in ["/en/", *page_urls()]:
        response = client.post(url, data=body, content_type=content_type)
        assert response.status_code < 500, url
        reads_this_body = url in _post_targets() and (url.startswith("/api/") or "json" not in content_type)
        if reads_this_body:
            assert response.status_code in {400, 413}, url


def test_too_many_form_fields_are_refused_with_a_client_error(client):
    body = "&".join(f"f{n}=1" for n in range(1000))
    for url in ["/en/", *page_urls()]:
        response = client.post(url, data=body, content_type="application/x-www-form-urlencoded")
        assert response.status_code < 500, url
