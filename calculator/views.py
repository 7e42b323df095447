"""Pages of the calculator.  Function-based views: the whole flow is visible."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "calculator/home.html")
