"""The site's URLs plus /bench/bare, for the benchmarks only (benchmarks/settings.py)."""

from django.urls import path

from benchmarks.bare import bare
from crs_site.urls import handler400, handler500
from crs_site.urls import urlpatterns as site_urlpatterns

urlpatterns = [*site_urlpatterns, path("bench/bare", bare)]

__all__ = ["handler400", "handler500", "urlpatterns"]
