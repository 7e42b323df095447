"""Share links: save a result, show it at /r/<id>/, start a new wizard session from it.

The share page is unprefixed (a link sent to someone must not pin a language), so it renders in
the viewer's language (LocaleMiddleware reads the cookie or Accept-Language); the switcher's links
add ``?lang=`` (calculator/context_processors.py), which the view honours. It shows what was saved, never a recomputation of it; today's score is shown beside
it only when it differs.

A saved result lives SAVED_RESULT_LIFETIME_DAYS; past that its pages answer 410 (until
``purge_saved_results`` deletes it, then 404). The browser that made a link can delete it
(``owned_links``): a confirmation page, then a POST with the CSRF token, no JavaScript needed.
"""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_htmx.http import HttpResponseClientRedirect

from calculator.eligibility import extra_answers
from calculator.planning import answers as planning_answers
from calculator.questionnaire import navigation, wizard
from calculator.saved import owned_links, presenters
from calculator.saved.selectors import saved_result_get
from calculator.saved.services import RESULTS_RATE, saved_result_create, saved_result_delete
from crs.scoring import ProfileError
from throttle.decorators import ratelimit


@never_cache
@require_safe
def shared_result(request: HttpRequest, public_id: str) -> HttpResponse:
    saved = saved_result_get(public_id=public_id)
    _use_requested_language(request)
    if saved.is_expired():
        return gone(request)
    url = request.build_absolute_uri(reverse("shared_result", args=[saved.public_id]))
    context = presenters.shared_result_context(saved, partner_param=request.GET.get("partner"))
    context.update(share_url=url, owned=owned_links.owns(request, saved.public_id))
    response = render(request, "calculator/saved/shared_result.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_POST
def shared_result_start(request: HttpRequest, public_id: str) -> HttpResponse:
    """Copy the saved answers into this visitor's wizard session; the saved result is untouched."""
    saved = saved_result_get(public_id=public_id)
    if saved.is_expired():
        return gone(request)
    wizard.load_profile(request, profile=saved.profile)
    return redirect(navigation.start_url(request))


@require_POST
def share_create(request: HttpRequest) -> HttpResponse:
    """Save the current wizard answers; the link is shown in place (htmx) or on the share page.

    htmx follows a redirect and swaps the page it lands on into the Share section, and swaps no 4xx
    answer at all: so an htmx request gets ``HX-Redirect`` instead of a 302, and the share form again
    with the rate-limit message (200, ``Retry-After`` kept) instead of a plain-text 429.
    """
    response = _share_create(request)
    if not request.htmx:
        return response
    if response.status_code == 302:
        return HttpResponseClientRedirect(response["Location"])
    if response.status_code == 429:
        limited = render(request, "calculator/saved/_share.html#share-form", {"share_error": response.content.decode()})
        limited["Retry-After"] = response["Retry-After"]
        return limited
    return response


@ratelimit(rate=RESULTS_RATE, scope="saved-results")
def _share_create(request: HttpRequest) -> HttpResponse:
    if not wizard.shows_current_answers(request):
        if request.htmx:
            return render(request, "calculator/saved/_share.html#share-stale")
        return render(request, "calculator/questionnaire/stale_answers.html", status=409)
    # Not navigation.with_complete_answers: answers changed in another tab are named (above) first.
    profile = wizard.session_profile(request)
    if profile is None:
        return redirect(navigation.start_url(request))
    try:
        saved = saved_result_create(profile=profile, eligibility_answers=extra_answers.load(request.session))
    except ProfileError:
        return redirect(navigation.start_url(request))
    carried = _carried_comparison(request)
    if request.htmx:
        url = request.build_absolute_uri(reverse("shared_result", args=[saved.public_id])) + carried
        context = {"share_url": url, "saved": saved, "owned": True}
        response = render(request, "calculator/saved/_share.html#share-link", context)
    else:
        response = redirect(reverse("shared_result", args=[saved.public_id]) + carried)
    owned_links.remember(request, response, saved.public_id)
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def shared_result_delete(request: HttpRequest, public_id: str) -> HttpResponse:
    """Only for the browser that made the link: GET asks to confirm, POST deletes."""
    saved = saved_result_get(public_id=public_id)
    if not owned_links.owns(request, saved.public_id):
        raise Http404("Not a link this browser made")
    _use_requested_language(request)
    if request.method == "POST":
        saved_result_delete(saved=saved)
        response = render(request, "calculator/saved/shared_result_delete.html", {"deleted": True})
        owned_links.forget(request, response, public_id)
    else:
        url = request.build_absolute_uri(reverse("shared_result", args=[saved.public_id]))
        response = render(request, "calculator/saved/shared_result_delete.html", {"saved": saved, "share_url": url})
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def gone(request: HttpRequest) -> HttpResponse:
    """410: the link existed and its lifetime is over."""
    _use_requested_language(request)
    context = {"lifetime_days": settings.SAVED_RESULT_LIFETIME_DAYS}
    response = render(request, "calculator/saved/shared_result_gone.html", context, status=410)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _carried_comparison(request: HttpRequest) -> str:
    """``?partner=…`` when the partner page asks to share its comparison (the partner's facts)."""
    if request.POST.get("carry") != "partner":
        return ""
    facts = planning_answers.partner_facts(planning_answers.load(request.session))
    return f"?partner={planning_answers.facts_param(facts)}" if facts is not None else ""


def _use_requested_language(request: HttpRequest) -> None:
    language = request.GET.get("lang")
    if language in dict(settings.LANGUAGES):
        translation.activate(language)
        request.LANGUAGE_CODE = language
