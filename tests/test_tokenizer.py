import re
import unicodedata

import numpy
import pytest
import spacy_pkuseg
from hypothesis import given, settings
from hypothesis import strategies as st

from zhqx.loading import pipeline_path
from zhqx.text.normalize import to_fullwidth
from zhqx.pipeline.tokenizer import domain_terms
from zhqx.segmentation import Segmenter
from zhqx.segmentation_tables import build_tables

NEWS = [
    "昆山高新区共6个项目签约,总投资72.3亿元,预计年产出124亿元。",
    "截至2月22日,已有7800家企业复工(其中5302家工业企业),员工返岗率达80%。",
    "项目总体建设期为5-7年,计划用地50亩,主要生产2.5英寸GaN-On-GaN芯片。",
    "中关村管委会主任翟立新表示:“要抓好复工复产。”",
    "总投资约1,200万元的ＴＣＬ华星项目在无锡高新区落户；年销售额达３０亿元。",
]


def words(nlp, text):
    return [token.text for token in nlp(text)]


NUMBER = re.compile(r"[0-9０-９]+(?:[.．·,][0-9０-９]+)*[%％]?")


def is_punct(char):
    return unicodedata.category(char).startswith("P") and char not in "·・"


def glued_punctuation(token):
    """Punctuation in a token of several characters, not counting what is inside a number."""
    return len(token) > 1 and any(is_punct(c) for c in NUMBER.sub("", token))


@pytest.mark.parametrize("text", NEWS)
def test_tokens_join_back_to_the_text(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    assert "".join(token.text_with_ws for token in doc) == text


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_any_text_round_trips(text):
    import zhqx

    doc = zhqx.load()(text)
    assert doc.text == text


@pytest.mark.parametrize("text", NEWS)
def test_punctuation_is_never_glued_to_a_word(nlp, text):
    assert not [token.text for token in nlp(text) if glued_punctuation(token.text)]


@given(st.lists(st.sampled_from(list("中关村企业复工项目签约投资年产出12%") + list(",.:;()!?\"'，。：；（）！？“”、")), min_size=1, max_size=30))
@settings(max_examples=150, deadline=None)
def test_punctuation_stands_alone_in_any_mix(chars):
    import zhqx

    assert not [token.text for token in zhqx.load()("".join(chars)) if glued_punctuation(token.text)]


@pytest.mark.parametrize(
    "text, number",
    [(NEWS[0], "72.3"), (NEWS[1], "80%"), (NEWS[2], "2.5"), (NEWS[4], "1,200"), (NEWS[4], "３０"), (NEWS[0], "124")],
)
def test_numbers_stay_in_one_token(nlp, text, number):
    assert any(number in token for token in words(nlp, text)), words(nlp, text)


@pytest.mark.parametrize("term", domain_terms())
def test_user_dictionary_terms_stay_whole(nlp, term):
    text = f"据了解，{term}方面的情况良好。"
    assert term in words(nlp, text), words(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("中关村示范区", ["中关村", "示范区"]),
        ("年产出124亿元,中", ["年产出", "124亿", "元", ",", "中"]),
        ("昆山高新区", ["昆山", "高新区"]),
    ],
    ids=["zhongguancun", "half-width comma", "park suffix"],
)
def test_first_user_reports(nlp, text, expected):
    assert words(nlp, text) == expected


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_empty_or_blank_text_has_no_words(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    assert all(token.is_space for token in doc)


def test_half_width_and_full_width_text_segment_alike(nlp):
    half = NEWS[0]
    full = to_fullwidth(half)
    assert [len(t) for t in nlp(half)] == [len(t) for t in nlp(full)]


def test_user_dictionary_matches_the_terms_file(nlp):
    shipped = nlp.tokenizer._user_words()
    assert sorted(shipped) == sorted(set(domain_terms()))


def test_decoder_agrees_with_pkuseg_own_decoder():
    """zhqx's fast decoder must give exactly the words pkuseg's decoder gives for the same model."""
    stock = spacy_pkuseg.pkuseg(str(pipeline_path() / "tokenizer" / "pkuseg_model"), user_dict=None)
    stock.model.w = numpy.asarray(stock.model.w, dtype=numpy.float64)  # shipped float32; pkuseg wants float64
    fast = Segmenter(build_tables(stock))
    for text in NEWS + ["新华社北京二月十日电", "国务院总理李鹏今天会见了日本客人。"]:
        canonical = to_fullwidth(text)
        starts = fast._decode(canonical)
        bounds = [i for i, s in enumerate(starts) if s or i == 0] + [len(canonical)]
        ours = [canonical[a:b] for a, b in zip(bounds, bounds[1:])]
        assert ours == stock._cut(canonical)
