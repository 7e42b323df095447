"""The score card: a PNG of a saved result (total, sections, band, date), drawn by the server.

A saved result never changes, so its card never changes either: the bytes depend only on the
saved breakdown and the language named in the URL (``?lang=``; never a cookie or a header), which
is what lets the response be cached as immutable. The font is Open Sans from the ``ttf-opensans``
package (Apache 2.0), loaded by path from the installed package, so no system font is needed and
French is drawn with its accents, guillemets and narrow no-break spaces.
"""

from __future__ import annotations

import io
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from PIL import Image, ImageDraw, ImageFont
from ttf_opensans import OPENSANS_REGULAR, OPENSANS_SEMIBOLD

from draws.bands import band_for

from .selectors import saved_result_get

WIDTH, HEIGHT = 1200, 630  # the size link previews (og:image) are drawn at
MAX_TOTAL = 1200
ONE_YEAR = 365 * 24 * 3600
INK = (33, 37, 41)
MUTED = (73, 80, 87)
ACCENT = (179, 18, 31)
TRACK = (233, 236, 239)
SECTIONS = (  # (key, name, maximum with a spouse, maximum without)
    ("core", _("Core / human capital"), 460, 500),
    ("spouse", _("Spouse or partner"), 40, 0),
    ("transferability", _("Skill transferability"), 100, 100),
    ("additional", _("Additional points"), 600, 600),
)


@require_safe
def score_card(request: HttpRequest, public_id: str) -> HttpResponse:
    saved = saved_result_get(public_id=public_id)
    if saved.is_expired():
        return HttpResponse("This saved result has expired.", status=410, content_type="text/plain; charset=utf-8")
    language = request.GET.get("lang")
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE.split("-")[0]
    with translation.override(language):
        png = render_card(saved.breakdown)
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    if request.GET.get("download") == "1":
        response["Content-Disposition"] = f'attachment; filename="{card_filename(saved.breakdown)}"'
    response["X-Robots-Tag"] = "noindex"
    return response


def card_filename(breakdown: dict) -> str:
    return f"crs-score-{int(breakdown['total'])}-{breakdown['effective_date']}.png"


def render_card(breakdown: dict) -> bytes:
    """The PNG bytes of one breakdown's card (same breakdown and language: same bytes)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 14), fill=ACCENT)
    left = 64
    draw.text((left, 56), gettext("Express Entry CRS score"), font=_font(40), fill=INK)
    total = int(breakdown["total"])
    draw.text((left, 116), str(total), font=_font(150, bold=True), fill=ACCENT)
    number_width = draw.textlength(str(total), font=_font(150, bold=True))
    draw.text((left + number_width + 18, 218), gettext("of %(max)s") % {"max": MAX_TOTAL}, font=_font(40), fill=MUTED)

    band = band_for(total)
    draw.text((left, 300), str(band.title), font=_font(40, bold=True), fill=INK)
    draw.text((left, 350), band.range_label, font=_font(30), fill=MUTED)
    footer = gettext("Scored on %(day)s, rules of %(rules)s") % {
        "day": breakdown["effective_date"],
        "rules": breakdown["rules"],
    }
    draw.text((left, 520), footer, font=_font(28), fill=MUTED)
    draw.text((left, 560), gettext("Independent calculator, not IRCC"), font=_font(24), fill=MUTED)

    _sections(draw, breakdown, x=600, y=90)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _sections(draw: ImageDraw.ImageDraw, breakdown: dict, *, x: int, y: int) -> None:
    """Each section: its name, points of its maximum, and a bar (the number is always written)."""
    bar_width = WIDTH - x - 64
    for index, (key, label, with_spouse, alone) in enumerate(SECTIONS):
        top = y + index * 105
        points = int(breakdown[key]["subtotal"])
        maximum = with_spouse if breakdown.get("with_spouse") else alone
        value = (
            gettext("%(points)s of %(max)s") % {"points": points, "max": maximum} if maximum else gettext("not scored")
        )
        room = bar_width - draw.textlength(value, font=_font(30)) - 16
        draw.text((x, top), str(label), font=_fitted(draw, str(label), 30, room), fill=INK)
        if not maximum:
            draw.text((x + bar_width, top), value, font=_font(30), fill=MUTED, anchor="ra")
            continue
        draw.text((x + bar_width, top), value, font=_font(30), fill=INK, anchor="ra")
        draw.rounded_rectangle((x, top + 46, x + bar_width, top + 66), radius=10, fill=TRACK)
        filled = round(bar_width * min(points, maximum) / maximum)
        if filled:
            draw.rounded_rectangle((x, top + 46, x + max(filled, 20), top + 66), radius=10, fill=ACCENT)


@lru_cache(maxsize=16)
def _font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    face = OPENSANS_SEMIBOLD if bold else OPENSANS_REGULAR
    return ImageFont.truetype(str(face.path), size=size)


def _fitted(draw: ImageDraw.ImageDraw, text: str, size: int, width: float) -> ImageFont.FreeTypeFont:
    """The font at ``size``, or smaller (down to 20 px) until ``text`` fits in ``width`` (French
    section names are longer than the English ones)."""
    while size > 20 and draw.textlength(text, font=_font(size)) > width:
        size -= 2
    return _font(size)
