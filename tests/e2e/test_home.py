"""The home page in a real browser."""


def test_home_page_renders_with_styles_and_no_console_errors(live_server, page, screenshot):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(f"{live_server.url}/en/")
    assert page.locator("h1").is_visible()
    # Bootstrap's CSS is served locally: the container is centred, not full width.
    assert page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth") != "none"
    screenshot(page, "home-desktop")
    assert errors == []
