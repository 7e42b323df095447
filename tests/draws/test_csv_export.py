"""The admin's CSV export cannot carry a spreadsheet formula: a text cell that starts with
``=``, ``+``, ``-``, ``@`` (or a tab or carriage return, which some spreadsheets skip before
reading a formula) is written with a leading apostrophe, so it opens as text."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model

from draws.admin import csv_cell
from draws.models import Draw

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_that_could_be_a_formula_is_written_as_text(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Federal Skilled Trades", "91a", 470, "", "2018-05-30"])
def test_other_cells_are_unchanged(value):
    assert csv_cell(value) == value


def test_the_export_escapes_a_formula_in_a_draw_name(client, bundled_feed):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-for-tests-only")
    client.force_login(user)
    draw = Draw.objects.get(number="434")
    Draw.objects.filter(pk=draw.pk).update(name='=HYPERLINK("http://evil.example","x")', programs="@cmd")
    response = client.post("/admin/draws/draw/", {"action": "export_csv", "_selected_action": [str(draw.pk)]})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][2] == '\'=HYPERLINK("http://evil.example","x")'
    assert rows[1][7] == "'@cmd"
    assert rows[1][5] == "470"
