"""The site's frame: language prefixes, headers and the home page."""


def test_home_page_is_served_under_the_language_prefix(client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert b'<html lang="en">' in response.content


def test_root_redirects_to_a_language_prefix(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-CA,fr;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
