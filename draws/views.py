"""Public pages: the rounds of invitations, and where a score stands."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from .forms import DrawFilterForm, StandingForm
from .selectors import draw_history, standing

PER_PAGE = 25


def draw_list(request: HttpRequest) -> HttpResponse:
    history = draw_history()  # every round of this version of the data, oldest first
    form = DrawFilterForm(request.GET or None, years=history.years)
    draws = history.rounds[::-1]
    if form.is_bound and form.is_valid():
        category, year = form.cleaned_data["category"], form.cleaned_data["year"]
        draws = [
            one for one in draws if (not category or one.category == category) and (not year or one.date.year == year)
        ]
    page = Paginator(draws, PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "query": _query_without_page(request),
        "currency": history.currency(timezone.localdate()),
    }
    template = "draws/list.html#draw_list" if _targets(request, "draw-list") else "draws/list.html"
    return _vary(render(request, template, context))


def standing_page(request: HttpRequest) -> HttpResponse:
    form = StandingForm(request.GET if "score" in request.GET else None)
    result = standing(score=form.cleaned_data["score"]) if form.is_bound and form.is_valid() else None
    context = {"form": form, "standing": result}
    template = "draws/standing.html#standing_page" if _targets(request, "standing-page") else "draws/standing.html"
    return _vary(render(request, template, context))


def _query_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _targets(request: HttpRequest, element_id: str) -> bool:
    return bool(request.htmx) and request.htmx.target == element_id


def _vary(response: HttpResponse) -> HttpResponse:
    patch_vary_headers(response, ("HX-Request",))
    return response
