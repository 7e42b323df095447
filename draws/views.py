"""Public pages: the rounds of invitations, and where a score stands."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from .forms import DrawFilterForm, StandingForm
from .models import Draw
from .selectors import standing

PER_PAGE = 25


def draw_list(request: HttpRequest) -> HttpResponse:
    form = DrawFilterForm(request.GET or None, years=_years())
    draws = Draw.objects.newest_first()
    if form.is_bound and form.is_valid():
        draws = draws.in_category(form.cleaned_data["category"]).in_year(form.cleaned_data["year"])
    page = Paginator(draws, PER_PAGE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "query": _query_without_page(request)}
    template = "draws/list.html#draw_list" if _targets(request, "draw-list") else "draws/list.html"
    return _vary(render(request, template, context))


def standing_page(request: HttpRequest) -> HttpResponse:
    form = StandingForm(request.GET if "score" in request.GET else None)
    result = standing(score=form.cleaned_data["score"]) if form.is_bound and form.is_valid() else None
    context = {"form": form, "standing": result}
    template = "draws/standing.html#standing_page" if _targets(request, "standing-page") else "draws/standing.html"
    return _vary(render(request, template, context))


def _years() -> list[int]:
    return [day.year for day in Draw.objects.dates("date", "year", order="DESC")]


def _query_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _targets(request: HttpRequest, element_id: str) -> bool:
    return bool(request.htmx) and request.htmx.target == element_id


def _vary(response: HttpResponse) -> HttpResponse:
    patch_vary_headers(response, ("HX-Request",))
    return response
