"""Where the questionnaire's links go: a step's address, the first step still to answer, and the
step list every questionnaire page and the result page show."""

from __future__ import annotations

import functools

from django.http import HttpRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext

from calculator.questionnaire import wizard


def step_url(slug: str) -> str:
    return reverse("calculator:step", args=[slug])


def first_incomplete_url(answers: dict) -> str:
    """The first step that still needs an answer, or the result page when none does."""
    missing = wizard.first_incomplete(answers)
    return step_url(missing.slug) if missing else reverse("calculator:result")


def start_url(request: HttpRequest) -> str:
    """Where this visitor should go next: the first unanswered step, else the result."""
    return first_incomplete_url(wizard.load(request.session))


def with_complete_answers(view):
    """For the pages that read a finished questionnaire (the result, eligibility, scenarios): a
    visitor with a step still to answer goes to it. The view is called with the answers."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        answers = wizard.load(request.session)
        if wizard.first_incomplete(answers) is not None:
            return redirect(first_incomplete_url(answers))
        return view(request, answers, *args, **kwargs)

    return wrapped


def progress(slug: str, answers: dict) -> list[dict]:
    """The steps that apply, each with its URL when it can be visited, then the result."""
    items = [
        {
            "title": item.title,
            "url": step_url(item.slug) if wizard.is_reachable(item.slug, answers) else None,
            "current": item.slug == slug,
            "done": item.slug in answers,
        }
        for item in wizard.applicable_steps(answers)
    ]
    complete = wizard.first_incomplete(answers) is None
    items.append(
        {
            "title": gettext("Result"),
            "url": reverse("calculator:result") if complete else None,
            "current": slug == "result",
            "done": False,
        }
    )
    return items
