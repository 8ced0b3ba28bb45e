import datetime
import itertools
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zhqx
from zhqx.types import Extraction, event_from_dict

ARTICLE = (
    "2月20日,在市重大项目集中签约活动上,昆山高新区共6个项目签约,总投资72.3亿元,预计年产出124亿元。"
    "同日,总投资约3亿元的星洲智能信息技术创新园在无锡高新区顺利开工。"
    "截至目前,无锡高新区已有7800家企业复工,员工返岗率达80%。"
)


def by_type(extraction):
    return {event.type: event for event in extraction.events}


def test_extract_returns_typed_events_with_their_roles():
    events = by_type(zhqx.extract(ARTICLE, published="2020-02-25"))
    signing = events["project_signing"]
    assert (signing.park.text, signing.count, signing.date) == ("昆山高新区", 6, "2020-02-20")
    assert signing.investment.value == 7.23e9 and signing.investment.unit == "CNY"
    assert signing.annual_output.value == 1.24e10
    assert events["project_start"].investment.text == "约3亿元"
    assert events["resumption"].count == 7800


def test_without_a_year_a_date_stays_month_day():
    assert by_type(zhqx.extract(ARTICLE))["project_signing"].date == "02-20"


def test_published_accepts_a_date_object():
    events = by_type(zhqx.extract(ARTICLE, published=datetime.date(2020, 2, 25)))
    assert events["project_signing"].date == "2020-02-20"


def test_entities_and_quantities_have_valid_offsets():
    extraction = zhqx.extract(ARTICLE)
    assert ("昆山高新区", "PARK") in {(e.text, e.label) for e in extraction.entities}
    for member in [*extraction.entities, *extraction.quantities, *extraction.dates]:
        assert ARTICLE[member.start : member.end] == member.text


def test_to_dict_is_json_and_round_trips():
    extraction = zhqx.extract(ARTICLE, published="2020-02-25")
    data = json.loads(extraction.to_json())
    assert data == extraction.to_dict()
    assert data["events"][0]["investment"]["value"] == 7230000000.0
    assert [event_from_dict(e) for e in data["events"]] == list(extraction.events)


@pytest.mark.parametrize("text", ["", " ", "\n\t\n"])
def test_empty_or_blank_text_gives_an_empty_extraction(text):
    assert zhqx.extract(text) == Extraction(text=text)


@pytest.mark.parametrize("bad", [None, 123, b"abc", ["text"]], ids=repr)
def test_non_str_raises_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        zhqx.extract(bad)


def test_bytes_error_says_to_decode():
    with pytest.raises(TypeError, match="decode"):
        zhqx.extract(ARTICLE.encode())


def test_bad_published_date_is_a_clear_value_error():
    with pytest.raises(ValueError, match="2020/02/25"):
        zhqx.extract(ARTICLE, published="2020/02/25")


def test_extract_many_keeps_input_order():
    texts = ["无锡高新区有7800家企业复工。", "", ARTICLE, "昆山高新区共6个项目签约。"]
    assert [x.text for x in zhqx.extract_many(texts)] == texts


def test_extract_many_streams_without_reading_all_input():
    endless = itertools.cycle(["昆山高新区共6个项目签约。"])
    first = list(itertools.islice(zhqx.extract_many(endless, batch_size=2), 3))
    assert [len(x.events) for x in first] == [1, 1, 1]


def test_two_processes_give_the_same_results_as_one():
    texts = [ARTICLE, "无锡高新区有7800家企业复工。", "一方面要做好防控。"] * 2
    serial = list(zhqx.extract_many(texts))
    assert list(zhqx.extract_many(texts, n_process=2, batch_size=2)) == serial


def test_four_threads_give_the_same_results_as_serial_calls():
    texts = [ARTICLE, "无锡高新区有7800家企业复工。", "昆山高新区共6个项目签约,总投资72.3亿元。"] * 4
    serial = [zhqx.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(zhqx.extract, texts)) == serial


@given(st.text(max_size=60) | st.text(alphabet=st.sampled_from(list("昆山高新区共6个项目签约,总投资72.3亿元。复工企业家%年月日")), max_size=60))
@settings(max_examples=150, deadline=None)
def test_extract_never_raises_and_offsets_stay_valid(text):
    extraction = zhqx.extract(text)
    assert extraction == zhqx.extract(text)
    for member in [*extraction.entities, *extraction.quantities, *extraction.dates]:
        assert text[member.start : member.end] == member.text
