"""Helpers shared by the browser scans: put a page in its "errors shown"
state, and prepare server state through the browser's own cookies."""

from __future__ import annotations


class BrowserHttp:
    """GET and POST inside a Playwright context, sharing the page's cookies
    (session, CSRF), for `Page.prepare` steps."""

    def __init__(self, context, base_url: str):
        self.context = context
        self.base_url = base_url

    def get(self, path: str, **_):
        return self.context.request.get(self.base_url + path)

    def post(self, path: str, data: dict | str | None = None, content_type: str | None = None, **_):
        """A form POST, or with `content_type` (as Django's client takes it) `data` sent as the body."""
        self.get(path)  # sets the CSRF cookie
        token = next((c["value"] for c in self.context.cookies() if c["name"] == "csrftoken"), "")
        headers = {"X-CSRFToken": token, "Referer": self.base_url + path}
        if content_type is not None:
            return self.context.request.post(
                self.base_url + path,
                data=data,
                headers={**headers, "Content-Type": content_type},
                max_redirects=0,
            )
        return self.context.request.post(
            self.base_url + path,
            form={key: str(value) for key, value in (data or {}).items()},
            headers=headers,
            max_redirects=0,
        )


SUBMIT_WITH = """([values]) => {
  const form = document.querySelector('main form[method="post"], main form');
  form.noValidate = true;
  for (const [name, value] of Object.entries(values)) {
    for (const field of form.querySelectorAll(`[name="${name}"]`)) {
      if (field.type === 'radio' || field.type === 'checkbox') field.checked = field.value === String(value);
      else field.value = value;
    }
  }
  const button = form.querySelector('button[type="submit"]:not([name]), button:not([type]):not([name]), input[type="submit"], button[type="submit"]');
  form.requestSubmit(button || undefined);
}"""


def show_errors(page, values: dict) -> None:
    """Submit the page's form with `values` (no browser-side validation), the
    way a person would, htmx or not, and wait until the errors are shown."""
    page.evaluate(SUBMIT_WITH, [values])
    page.locator(".invalid-feedback, .errorlist, [aria-invalid='true']").first.wait_for()
    page.wait_for_load_state("networkidle")
