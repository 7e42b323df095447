"""A bare Django view for `make bench` to measure everything else against.

Mounted at /bench/bare by benchmarks/urls.py, which only the benchmarks' settings name, so it
never exists in production.  It goes through the whole middleware stack and touches nothing.
"""

from django.http import HttpRequest, HttpResponse


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse(b"ok", content_type="text/plain")
