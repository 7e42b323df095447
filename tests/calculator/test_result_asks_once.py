"""The result page asks the eligibility engine once: its verdict and its eligibility summary read
the same answer (work that depends only on the answers is done once per request)."""

from calculator.eligibility import presenters
from calculator.results import verdict

from .conftest import MARRIED


def test_the_result_page_asks_the_eligibility_engine_once(client, bundled_feed, monkeypatch):
    from tests.calculator.wizard_posts import fill_in

    fill_in(client, MARRIED)
    calls = []
    original = presenters.assess_breakdown

    def counted(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(presenters, "assess_breakdown", counted)
    monkeypatch.setattr(verdict, "assess_breakdown", counted)
    html = client.get("/en/calculator/result/").content.decode()
    assert len(calls) == 1
    assert "Can you enter the Express Entry pool?" in html
