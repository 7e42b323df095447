"""The score card PNG of a saved result: a real image, always the same bytes, cached for good."""

import io

import pytest
from PIL import Image

from calculator.saved.card import render_card
from calculator.saved.services import saved_result_create
from tests.calculator.conftest import MARRIED, SINGLE

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def saved(db):
    return saved_result_create(profile=SINGLE, effective_date="2026-01-15")


def card_url(saved):
    return f"/r/{saved.public_id}/card.png"


def test_the_card_is_a_1200_by_630_png(client, saved):
    response = client.get(card_url(saved))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response.content.startswith(PNG_SIGNATURE)
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)


def test_the_card_of_a_saved_result_is_always_the_same_bytes(client, saved):
    first = client.get(card_url(saved)).content
    assert client.get(card_url(saved)).content == first
    assert render_card(saved.breakdown) == render_card(dict(saved.breakdown))


def test_different_results_draw_different_cards(db):
    single = saved_result_create(profile=SINGLE, effective_date="2026-01-15")
    married = saved_result_create(profile=MARRIED, effective_date="2026-01-15")
    assert render_card(single.breakdown) != render_card(married.breakdown)


def test_the_card_is_cached_as_immutable(client, saved):
    response = client.get(card_url(saved))
    assert "immutable" in response["Cache-Control"]
    assert "max-age=31536000" in response["Cache-Control"]
    assert "Content-Disposition" not in response


def test_the_download_link_names_the_file(client, saved):
    response = client.get(card_url(saved) + "?download=1")
    assert response["Content-Disposition"] == (f'attachment; filename="crs-score-{saved.total}-2026-01-15.png"')


def test_the_language_comes_from_the_url_only(client, saved):
    english = client.get(card_url(saved)).content
    assert client.get(card_url(saved), HTTP_ACCEPT_LANGUAGE="fr").content == english
    assert client.get(card_url(saved) + "?lang=xx").content == english


def test_an_unknown_card_is_404(client, db):
    assert client.get("/r/" + "a" * 30 + "/card.png").status_code == 404
    assert client.get("/r/short/card.png").status_code == 404


def test_the_share_page_uses_the_card_as_its_absolute_preview_image(client, saved):
    html = client.get(f"/r/{saved.public_id}/").content.decode()
    assert f'<meta property="og:image" content="http://testserver/r/{saved.public_id}/card.png?lang=' in html
    assert f'href="/r/{saved.public_id}/card.png?lang=en&amp;download=1" download' in html


def test_the_card_font_draws_french_accents_as_their_own_glyphs():
    from calculator.saved.card import _font

    font = _font(40)

    def drawn(text):
        mask = font.getmask(text)
        return mask.size, bytes(mask)

    missing = drawn("\ue000")  # a private-use character: the font's "no glyph" box
    for plain, accented in [("e", "ê"), ("e", "é"), ("a", "à"), ("c", "ç"), ("E", "É"), ('"', "«")]:
        assert drawn(accented) not in (drawn(plain), missing), accented
    assert drawn("En tête du peloton") != drawn("En tete du peloton")


def test_the_french_card_is_drawn_in_french(client, saved):
    english = client.get(card_url(saved) + "?lang=en").content
    french = client.get(card_url(saved) + "?lang=fr").content
    assert french.startswith(PNG_SIGNATURE) and french != english


def _overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("profile", [SINGLE, MARRIED], ids=["single", "married"])
def test_every_text_on_the_card_fits_without_running_into_another(language, profile):
    """Issue 14 item 12: the French title ran into the section column and long labels shrank."""
    from django.utils import translation

    from calculator.saved.card import SECTIONS_X, WIDTH, card_layout
    from crs.scoring import score

    with translation.override(language):
        boxes = card_layout(score(profile, effective_date="2026-01-15"))
    for text, box, _size in boxes:
        assert 0 <= box[0] and box[2] <= WIDTH - 40, text
    for index, (text, box, _size) in enumerate(boxes):
        for other, other_box, _ in boxes[index + 1 :]:
            assert not _overlaps(box, other_box), (text, other)
    left_column = [(text, box) for text, box, _size in boxes if box[0] < SECTIONS_X and box[1] < 500]
    assert all(box[2] <= SECTIONS_X - 16 for _text, box in left_column), left_column
    assert min(size for _text, _box, size in boxes) >= 24, "a label shrank to fit instead of keeping its size"
