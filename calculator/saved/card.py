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
from django.views.decorators.http import require_safe
from PIL import Image, ImageDraw, ImageFont
from ttf_opensans import OPENSANS_REGULAR, OPENSANS_SEMIBOLD

from calculator.labels import SECTION_NAMES
from calculator.saved.selectors import rule_set_by_id, saved_result_get
from crs.scoring import RULE_SETS
from crs.vocabulary import SECTIONS, section_maxima
from draws.bands import band_for
from draws.names import max_score_text

WIDTH, HEIGHT = 1200, 630  # the size link previews (og:image) are drawn at
ONE_YEAR = 365 * 24 * 3600
INK = (33, 37, 41)
MUTED = (73, 80, 87)
ACCENT = (179, 18, 31)
TRACK = (233, 236, 239)


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
    image, _boxes = _draw_card(breakdown)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def card_layout(breakdown: dict) -> list[tuple[str, tuple[int, int, int, int], int]]:
    """(text, box, font size) of every text on the card, in the active language: what the tests
    check for overlaps and overflows (French labels are longer than the English ones)."""
    return _draw_card(breakdown)[1]


SECTIONS_X = 600
GAP = 24


def _draw_card(breakdown: dict):
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    boxes = []

    def text(xy, value, font, fill, anchor="la"):
        draw.text(xy, value, font=font, fill=fill, anchor=anchor)
        boxes.append((value, tuple(round(v) for v in draw.textbbox(xy, value, font=font, anchor=anchor)), font.size))

    draw.rectangle((0, 0, WIDTH, 14), fill=ACCENT)
    left = 64
    column = SECTIONS_X - left - GAP  # the left column ends before the sections begin
    title = gettext("Express Entry CRS score")
    text((left, 56), title, _fitted(draw, title, 40, column), INK)
    total = int(breakdown["total"])
    text((left, 116), str(total), _font(150, bold=True), ACCENT)
    number_width = draw.textlength(str(total), font=_font(150, bold=True))
    text(
        (left + number_width + 18, 218),
        gettext("of %(max)s") % {"max": max_score_text()},
        _font(40),
        MUTED,
    )

    band = band_for(total)
    text((left, 300), str(band.title), _fitted(draw, str(band.title), 40, column, bold=True), INK)
    text((left, 350), band.range_label, _font(30), MUTED)
    footer = gettext("Scored on %(day)s, rules of %(rules)s") % {
        "day": breakdown["effective_date"],
        "rules": breakdown["rules"],
    }
    text((left, 520), footer, _fitted(draw, footer, 28, WIDTH - 2 * left), MUTED)
    text((left, 560), gettext("Independent calculator, not IRCC"), _font(24), MUTED)

    _sections(draw, text, breakdown, x=SECTIONS_X, y=90)
    return image, boxes


def _sections(draw: ImageDraw.ImageDraw, text, breakdown: dict, *, x: int, y: int) -> None:
    """Each section: its name on a line of its own (the whole column wide, so long French names
    keep their size), then a bar and the points of its maximum (the number is always written)."""
    width = WIDTH - x - 64
    rule_set = rule_set_by_id(breakdown.get("rules", "")) or RULE_SETS[-1]
    maxima = section_maxima(rule_set, with_spouse=bool(breakdown.get("with_spouse")))
    rows = []
    for key in SECTIONS:
        label = SECTION_NAMES[key]
        points = int(breakdown[key]["subtotal"])
        maximum = getattr(maxima, key)
        value = (
            gettext("%(points)s of %(max)s") % {"points": points, "max": maximum} if maximum else gettext("not scored")
        )
        rows.append((label, points, maximum, value))
    # Every bar ends where the widest number begins, so the bars line up.
    bar_right = x + width - max(draw.textlength(row[3], font=_font(28)) for row in rows if row[2]) - 16
    for index, (label, points, maximum, value) in enumerate(rows):
        top = y + index * 105
        text((x, top), str(label), _fitted(draw, str(label), 30, width), INK)
        text((x + width, top + 62), value, _font(28), INK if maximum else MUTED, "rm")
        if not maximum:
            continue
        draw.rounded_rectangle((x, top + 52, bar_right, top + 72), radius=10, fill=TRACK)
        filled = round((bar_right - x) * min(points, maximum) / maximum)
        if filled:
            draw.rounded_rectangle((x, top + 52, x + max(filled, 20), top + 72), radius=10, fill=ACCENT)


@lru_cache(maxsize=16)
def _font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    face = OPENSANS_SEMIBOLD if bold else OPENSANS_REGULAR
    return ImageFont.truetype(str(face.path), size=size)


def _fitted(draw: ImageDraw.ImageDraw, text: str, size: int, width: float, *, bold: bool = False):
    """The font at ``size``, or smaller (down to 20 px) until ``text`` fits in ``width`` (French
    texts are longer than the English ones)."""
    while size > 20 and draw.textlength(text, font=_font(size, bold=bold)) > width:
        size -= 2
    return _font(size, bold=bold)
