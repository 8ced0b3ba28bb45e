"""Issue 15's reproducers for the number layer: huge numerals, values beyond float range, dates at the edge
of the calendar, and the promise that every span ``find_quantities`` returns parses back."""

import json
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zhqx
from zhqx.numbers.dates import find_dates
from zhqx.errors import InvalidQuantityError
from zhqx.numbers.numerals import MAX_NUMERAL
from zhqx.numbers.quantities import find_quantities, parse_quantity


def _finite(quantity) -> bool:
    return all(v is None or math.isfinite(v) for v in (quantity.value, quantity.low, quantity.high))


# -- numerals too long or too large for a float are no quantity ----------------------------------------------

HUGE = {
    "4,301 digits": "1" * 4301 + "万5千元",
    "1 and 40 亿": "1" + "亿" * 40 + "元",
    "130,000 亿": "1" + "亿" * 130_000 + "元",
    "400 nines percent": "9" * 400 + "%",
    "亿 runs after 余": "3余" + "亿" * 400 + "元",
    "Chinese numeral beyond float range": "一" + "亿" * 39 + "家",
}


@pytest.mark.parametrize("text", HUGE.values(), ids=HUGE.keys())
def test_a_numeral_beyond_float_range_is_no_quantity(text):
    with pytest.raises(InvalidQuantityError, match="is not a quantity"):
        parse_quantity(text)
    assert all(_finite(q) for q in find_quantities(f"投资{text}，增长"))


def test_the_error_message_of_a_huge_numeral_stays_short():
    with pytest.raises(InvalidQuantityError) as caught:
        parse_quantity("1" + "亿" * 130_000 + "元")
    assert len(str(caught.value)) < 400 and "130002 characters" in str(caught.value)


def test_the_longest_numeral_read_is_still_a_quantity():
    digits = "1" + "0" * (MAX_NUMERAL - 1)  # 1e319 as written: beyond float range, so dropped
    assert find_quantities(f"{digits}元") == []
    assert parse_quantity("1" + "0" * 300 + "元").value == 1e300
    assert parse_quantity("1" + "亿" * 38 + "元").value == 1e304


@pytest.mark.parametrize(
    "text",
    ["投资" + "1" * 4301 + "万5千元", "共1" + "亿" * 40 + "家企业复工。", "总投资1" + "亿" * 40 + "元。", "增长" + "9" * 400 + "%。"],
)
def test_extract_never_crashes_nor_gives_infinite_values(text):
    extraction = zhqx.extract(text)
    assert all(_finite(q) for q in extraction.quantities)
    for event in extraction.events:
        for value in event.to_dict().values():
            assert not (isinstance(value, float) and not math.isfinite(value))
    assert json.loads(extraction.to_json())["text"] == text  # strict JSON: no Infinity


def test_to_json_refuses_rather_than_writes_infinity():
    quantity = zhqx.Quantity(text="x", start=0, end=1, kind="money", value=math.inf, low=None, high=None, unit="CNY")
    with pytest.raises(ValueError):
        zhqx.Extraction(text="x", quantities=(quantity,)).to_json()


# -- find_quantities and parse_quantity agree ----------------------------------------------------------------

def test_the_yue_of_qianyue_is_no_qualifier_before_a_bare_hundred():
    assert find_quantities("与开发区签约百亿元电池") == []
    assert find_quantities("最近百家企业复工") == []
    assert [q.text for q in find_quantities("近百家企业，约百亿元")] == ["近百家企业", "约百亿元"]
    assert find_quantities("最近万家企业复工，签约万家") == []
    assert [q.text for q in find_quantities("近万家企业，逾万亿元")] == ["近万家企业", "逾万亿元"]


def _agree(text):
    for found in find_quantities(text):
        assert text[found.start : found.end] == found.text
        parsed = parse_quantity(found.text)
        assert (parsed.kind, parsed.value, parsed.low, parsed.high, parsed.unit, parsed.qualifier) == (
            found.kind, found.value, found.low, found.high, found.unit, found.qualifier
        ), found.text


_PIECES = st.sampled_from(
    list("约近超逾签制最附第数几上成百千万亿十一二两三五九〇零0123456789.,%-至余多元家个项名年月日天，。 ")
    + ["百分之", "个百分点", "平方米", "美元", "人民币", "左右", "以上", "亿元", "万元", "指数", "分之", "¥", "吨/天"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_every_span_found_parses_back_to_the_same_quantity(text):
    _agree(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_every_span_found_in_any_text_parses_back(text):
    _agree(text)


# -- dates at the edges of the calendar --------------------------------------------------------------------

def test_a_relative_year_outside_0001_9999_is_no_date():
    assert [d.value for d in find_dates("明年3月，明年，今年", published="9999-06-01")] == ["9999"]
    assert [d.value for d in find_dates("去年年底，去年，今年", published="0001-06-01")] == ["0001"]


@pytest.mark.parametrize("published", ["0001-01-01", "0001-06-30", "9999-12-31", "9999-06-01"])
def test_extract_at_the_edges_of_the_calendar(published):
    text = "昨天，昆山高新区共6个项目签约。12月30日，明年，上月28日，无锡高新区有200家企业复工。"
    extraction = zhqx.extract(text, published=published)
    values = [d.value for d in extraction.dates] + [e.date for e in extraction.events if e.date]
    assert values
    for end in (end for value in values for end in value.split("/")):
        assert re.fullmatch(r"[0-9]{4}(?:-(?:[0-9]{2}|Q[1-4]|H[12])(?:-[0-9]{2})?)?|[0-9]{2}(?:-[0-9]{2})?", end), end
        assert not end.startswith("0000")


def test_a_bare_hundred_is_read_only_with_the_qualifier_in_its_span():
    """Found by benchmarks/fuzz.py: 近 right after a digit starts no quantity, nor does the 百 after it."""
    assert find_quantities("总投资2.4近百亿元。同日，3约百家") == []
    assert [q.text for q in find_quantities("总投资近百亿元。同日，约百家")] == ["近百亿元", "约百家"]


@pytest.mark.parametrize("text, dates", [
    ("3月1日，昆山高新区签约。次日，无锡高新区开工。", ["03-01", "03-02"]),  # after publication: no year 0
    ("昨天，昆山高新区共6个项目签约。", [None]),
    ("上月，昆山高新区6个项目签约。", [None]),
    ("2天前，昆山高新区6个项目开工。", [None]),
], ids=["day-and-next-day", "yesterday", "last-month", "days-ago"])
def test_event_dates_in_year_1_stay_in_the_calendar(text, dates):
    assert [e.date for e in zhqx.extract(text, published="0001-01-01").events] == dates
