"""URLs.  Pages live under a language prefix (/en/, /fr/); the JSON API, share
links and the admin stay unprefixed so links already given out never break."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from crs_site.health import healthz
from throttle.admin_login import throttled_login

urlpatterns = [
    path("admin/login/", throttled_login(admin.site.login)),
    path("admin/", admin.site.urls),
    path("healthz", healthz),  # not a page: no name, so the page scans (tests/test_i18n.py) leave it out
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("calculator.api.urls")),
    path("r/", include("calculator.saved.urls")),
]

urlpatterns += i18n_patterns(
    path("", include("calculator.urls")),
    path("draws/", include("draws.urls")),
    prefix_default_language=True,
)

handler400 = "crs_site.errors.bad_request"
handler500 = "crs_site.errors.server_error"
