"""Saved results under /r/<id>/, mounted without a language prefix: a link sent to someone never
pins a language, and links already given out never break. (Saving one is ``calculator:share``, a
page action under the language prefix.)"""

from django.urls import path

from calculator.saved import card, views

urlpatterns = [
    path("<str:public_id>/", views.shared_result, name="shared_result"),
    path("<str:public_id>/card.png", card.score_card, name="score_card"),
    path("<str:public_id>/start/", views.shared_result_start, name="shared_result_start"),
    path("<str:public_id>/delete/", views.shared_result_delete, name="shared_result_delete"),
]
