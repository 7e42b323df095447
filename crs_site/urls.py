"""URLs.  Pages live under a language prefix (/en/, /fr/); the JSON API, share
links and the admin stay unprefixed so links already given out never break."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from calculator.saved import card
from calculator.saved import views as share
from crs_site.health import healthz
from throttle.admin_login import throttled_login

urlpatterns = [
    path("admin/login/", throttled_login(admin.site.login)),
    path("admin/", admin.site.urls),
    path("healthz", healthz),  # not a page: no name, so the page scans (tests/test_i18n.py) leave it out
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("calculator.api.urls")),
    path("r/<str:public_id>/", share.shared_result, name="shared_result"),
    path("r/<str:public_id>/card.png", card.score_card, name="score_card"),
    path("r/<str:public_id>/start/", share.shared_result_start, name="shared_result_start"),
    path("r/<str:public_id>/delete/", share.shared_result_delete, name="shared_result_delete"),
]

urlpatterns += i18n_patterns(
    path("", include("calculator.urls")),
    path("draws/", include("draws.urls")),
    prefix_default_language=True,
)

handler400 = "crs_site.errors.bad_request"
handler500 = "crs_site.errors.server_error"

if settings.BENCH:
    from crs_site.bench import bare

    urlpatterns += [path("bench/bare", bare)]
