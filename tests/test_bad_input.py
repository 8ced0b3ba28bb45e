"""Messy, traditional-script, mis-encoded and huge input. (Wrong types and blank text: ``test_api.py``.)"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zhqx
from zhqx import api
from scripts import traditional
from scripts.corpus import read_fixture_articles
from zhqx.chunking import chunk_spans
from zhqx.normalize import to_simplified
from zhqx.reading import decode, read_text

SIGNING = "昆山高新区共6个项目签约，总投资72.3亿元。"
MESSY = {
    "emoji": "🚀昆山高新区共6个项目签约👍，总投资72.3亿元🎉。",
    "control characters": "昆山\x00高新区\x07共6个\x1b项目签约\x0b，总投资72.3亿元\x1c。\u2028\ufeff",
    "lone surrogates": "\ud800昆山高新区共6个项目签约，\udfff总投资72.3亿元。\udbff",
    "mixed scripts": "Kunshan 昆山高新区(ürün العربية 日本語 한국어)共6个项目签约，总投资72.3亿元 (USD 1 billion)。",
    "traditional": "崑山高新區共6個項目簽約，總投資72.3億元，預計年產出124億元。",
    "html remnants": "<p>昆山高新区&nbsp;共6个项目<b>签约</b>，总投资&#160;72.3亿元。</p><br/>&amp;",
}


def assert_offsets_valid(text, extraction):
    assert extraction.text == text
    for member in [*extraction.entities, *extraction.quantities, *extraction.dates]:
        assert text[member.start : member.end] == member.text
    for relation in extraction.relations:
        for node in (relation.head, relation.tail):
            assert text[node.start : node.end] == node.text
    for event in extraction.events:
        assert 0 <= event.sentence[0] < event.sentence[1] <= len(text)


@pytest.mark.parametrize("text", MESSY.values(), ids=MESSY.keys())
def test_messy_text_still_gives_the_signing_with_valid_offsets(text):
    extraction = zhqx.extract(text)
    assert_offsets_valid(text, extraction)
    [signing] = extraction.events
    assert (signing.type, signing.count, signing.investment.value) == ("project_signing", 6, 7.23e9)


def test_traditional_amounts_and_parks_are_found_as_written():
    text = "蘇州工業園區有7800家企業復工，投資3萬元。崑山高新區共6個項目簽約，總投資72.3億元，預計年產出124億元。"
    extraction = zhqx.extract(text)
    assert_offsets_valid(text, extraction)
    assert {"蘇州工業園區", "崑山高新區"} <= {e.text for e in extraction.entities if e.label == "PARK"}
    assert {q.text: q.value for q in extraction.quantities if q.kind == "money"} == {
        "3萬元": 3e4, "72.3億元": 7.23e9, "124億元": 1.24e10
    }
    resumption, signing = extraction.events
    assert (resumption.park, resumption.trigger, signing.park, signing.trigger) == ("蘇州工業園區", "復工", "崑山高新區", "簽約")
    assert signing.annual_output.text == "124億元"


def test_simplified_text_is_never_changed_by_the_traditional_map():
    sample = (Path(__file__).resolve().parents[1] / "fixtures" / "sample_article.txt").read_text(encoding="utf-8")
    assert to_simplified(sample + "显著 乾坤 以後") == sample + "显著 乾坤 以後"
    assert to_simplified("億萬園區") == "亿万园区"


def test_the_packaged_traditional_map_is_rebuilt_byte_for_byte():
    pytest.importorskip("jionlp")
    built = traditional.build(traditional.source_table())
    assert built == traditional.OUT.read_text(encoding="utf-8"), "stale: run `python scripts/traditional.py`"


# -- huge input: the same code path as a 10 MB article, with small chunks -----------------------------------

PARAGRAPHS = [
    f"{m}月{d}日，昆山高新区共{n}个项目签约，总投资{n}.5亿元。同日，无锡高新区有{n}00家企业复工，员工返岗率达8{n}%。"
    for m, d, n in [(1 + i % 12, 1 + i % 28, 2 + i % 7) for i in range(40)]
]


def test_chunks_cover_the_text_and_cut_after_paragraph_ends():
    text = "\n".join(PARAGRAPHS)
    spans = list(chunk_spans(text, 300))
    assert spans[0][0] == 0 and spans[-1][1] == len(text) and len(spans) > 5
    assert all(a < b <= a + 300 for a, b in spans) and all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))
    assert all(text[b - 1] == "\n" for _, b in spans[:-1])


def test_chunks_fall_back_to_sentence_ends_then_to_the_size():
    text = "".join(PARAGRAPHS)  # no line breaks
    assert all(text[b - 1] == "。" for _, b in list(chunk_spans(text, 300))[:-1])
    assert list(chunk_spans("字" * 250, 100)) == [(0, 100), (100, 200), (200, 250)]


@pytest.mark.parametrize("joiner", ["\n", "\n\n", ""], ids=["lines", "paragraphs", "one paragraph"])
def test_a_long_text_in_chunks_loses_no_event_and_keeps_offsets(joiner):
    text = joiner.join(PARAGRAPHS)
    whole = zhqx.extract(text)
    with mock.patch.object(api, "CHUNK_CHARS", 300):
        chunked = zhqx.extract(text)
    assert len(chunked.events) == 2 * len(PARAGRAPHS)
    assert chunked == whole
    assert_offsets_valid(text, chunked)


def test_real_articles_in_small_chunks_lose_no_event():
    """The dev fixture articles as one text, cut into chunks: the events are found in the same sentences. What
    may differ is what context from earlier text decides (an article's park or date carried into the next one
    in the whole text, not across a cut), so up to 1 in 100 events may differ; the cuts themselves lose none."""
    text = "\n".join(article["text"].strip() for article in read_fixture_articles("dev"))
    whole = zhqx.extract(text)
    with mock.patch.object(api, "CHUNK_CHARS", 2_000):
        chunked = zhqx.extract(text)
    assert len(text) > 10 * 2_000 and len(whole.events) > 300
    found = [(e.type, e.trigger, e.sentence) for e in whole.events]
    found_in_chunks = [(e.type, e.trigger, e.sentence) for e in chunked.events]
    assert len(set(found) ^ set(found_in_chunks)) <= len(found) // 100
    assert_offsets_valid(text, chunked)


def test_traditional_text_in_chunks_is_restored_as_written():
    text = "\n".join(MESSY["traditional"] for _ in range(20))
    with mock.patch.object(api, "CHUNK_CHARS", 100):
        chunked = zhqx.extract(text)
    assert chunked == zhqx.extract(text)
    assert_offsets_valid(text, chunked)
    assert {e.park for e in chunked.events} == {"崑山高新區"}


def test_four_threads_on_chunked_messy_text_give_the_serial_results():
    texts = ["\n".join(PARAGRAPHS), *MESSY.values()] * 2
    with mock.patch.object(api, "CHUNK_CHARS", 200):
        serial = [zhqx.extract(t) for t in texts]
        with ThreadPoolExecutor(max_workers=4) as pool:
            assert list(pool.map(zhqx.extract, texts)) == serial


_ANY_CHAR = st.characters(blacklist_categories=())  # surrogates and control characters included
_NEWS = st.sampled_from(list("崑山高新區園億萬個項目簽約總投資昆山高新区园亿万个项目签约总投资6.72元。，\n <>&;nbsp"))


@given(st.text(_ANY_CHAR, max_size=80) | st.text(_NEWS, max_size=120))
@settings(max_examples=150, deadline=None)
def test_any_text_in_small_chunks_never_raises_and_keeps_offsets(text):
    with mock.patch.object(api, "CHUNK_CHARS", 16):
        extraction = zhqx.extract(text)
        assert extraction == zhqx.extract(text)
    assert_offsets_valid(text, extraction)


# -- reading files -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [SIGNING.encode(), b"\xef\xbb\xbf" + SIGNING.encode(), SIGNING.encode("gbk"), SIGNING.encode("gb18030"),
     SIGNING.encode("utf-16")],
    ids=["utf-8", "utf-8 with BOM", "gbk", "gb18030", "utf-16 with BOM"],
)
def test_decode_detects_the_encodings_of_chinese_news(data):
    assert decode(data) == SIGNING


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)), "café".encode("latin-1"), "日本語のテキスト".encode("shift_jis"), "蘇州工業園區".encode("big5")],
    ids=["binary", "latin-1", "shift-jis", "big5"],
)
def test_undecodable_bytes_are_a_clear_error_naming_the_file(tmp_path, data):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ValueError, match=r"bad\.txt: cannot decode as UTF-8 or GB18030.*encoding"):
        read_text(path)


def test_a_given_encoding_is_used_and_checked():
    assert decode("蘇州工業園區".encode("big5"), "big5") == "蘇州工業園區"
    with pytest.raises(ValueError, match="a.txt: not valid utf-8"):
        decode(SIGNING.encode("gbk"), "utf-8", name="a.txt")
    with pytest.raises(ValueError, match="unknown encoding 'klingon'"):
        decode(b"", "klingon")
