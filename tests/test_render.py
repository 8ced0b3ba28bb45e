import re

import pytest

import zhqx
from zhqx.render import COLORS

ARTICLE = (
    "昆山高新区共6个项目签约，总投资72.3亿元。"
    "常德澧水高新区管委会主任黎文斌介绍，湖南德康生物制药有限公司疫苗生产基地项目开工。"
)


@pytest.fixture(scope="module")
def extraction():
    return zhqx.extract(ARTICLE)


def test_entities_are_marked_in_displacy_style_with_its_colours(extraction):
    html = zhqx.render(extraction)
    marks = re.findall(r'<mark class="entity" style="background: (#\w+);[^>]*>\s*(.*?)\s*<span[^>]*>(\w+)</span>', html)
    assert [(text, label) for _, text, label in marks] == [(e.text, e.label) for e in extraction.entities]
    assert all(colour == COLORS[label] for colour, _, label in marks)
    assert COLORS["ORG"] == "#7aecec" and COLORS["PARK"] == COLORS["FAC"]


def test_events_table_has_a_row_per_event(extraction):
    html = zhqx.render(extraction)
    table = html[html.index('<table class="zhqx-events"') :]
    assert table.count("<tr>") == 1 + len(extraction.events)
    assert "project_signing" in table and "72.3亿元" in table and "project_start" in table


def test_repr_html_is_render(extraction):
    assert extraction._repr_html_() == zhqx.render(extraction)


def test_text_and_roles_are_escaped():
    html = zhqx.render(zhqx.extract('<script>alert("x")</script>昆山高新区共6个项目签约。'))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_without_events_says_so_and_unprintable_characters_are_replaced():
    html = zhqx.render(zhqx.extract("\ud800 bad \x00 text"))
    assert "No events found." in html
    html.encode("utf-8")  # no lone surrogate left


def test_render_rejects_anything_but_an_extraction():
    with pytest.raises(TypeError, match="str"):
        zhqx.render(ARTICLE)
