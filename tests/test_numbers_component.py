import pickle

import pytest
from spacy.tokens import Doc, DocBin

from zhqx.pipeline.numbers import DATES, QUANTITIES, NumberFinder

SENTENCE = "2月20日,昆山高新区共6个项目签约,总投资72.3亿元,预计年产出124亿元;员工返岗率达80%。"


@pytest.fixture(scope="module")
def numbers():
    return NumberFinder()


def quantities(doc):
    return [(span.text, span.label_, span._.zhqx_quantity["value"]) for span in doc.spans[QUANTITIES]]


def test_quantities_become_spans_with_their_values(nlp, numbers):
    doc = numbers(nlp.make_doc(SENTENCE))
    found = quantities(doc)
    assert ("72.3亿元", "money", 7230000000.0) in found
    assert ("124亿元", "money", 12400000000.0) in found
    assert ("80%", "percent", 80.0) in found
    assert any(label == "count" and value == 6.0 for _, label, value in found)


def test_span_offsets_match_the_text(nlp, numbers):
    doc = numbers(nlp.make_doc(SENTENCE))
    for span in [*doc.spans[QUANTITIES], *doc.spans[DATES]]:
        value = span._.zhqx_quantity or span._.zhqx_date
        assert SENTENCE[value["start"] : value["end"]] == span.text == value["text"]


def test_a_bad_cut_never_loses_or_truncates_a_quantity(nlp, numbers):
    glued = Doc(nlp.vocab, words=["年销售额达30", "亿元", "，", "近4", "0家企业复工"], spaces=[False] * 5)
    doc = numbers(glued)
    assert doc.text == "年销售额达30亿元，近40家企业复工"
    found = {text: value for text, _, value in quantities(doc)}
    assert found["30亿元"] == 3e9
    assert any(text.startswith("近40家") and value == 40.0 for text, value in found.items())


def test_month_day_takes_the_year_from_the_published_date(nlp, numbers):
    doc = nlp.make_doc("2月20日,项目集中开工。")
    doc._.zhqx_published = "2020-03-01"
    assert [span._.zhqx_date["value"] for span in numbers(doc).spans[DATES]] == ["2020-02-20"]


def test_month_day_without_any_year_stays_month_day(nlp, numbers):
    doc = numbers(nlp.make_doc("2月20日,项目集中开工。"))
    assert [span._.zhqx_date["value"] for span in doc.spans[DATES]] == ["02-20"]


def test_values_survive_pickle_and_docbin(nlp, numbers):
    doc = numbers(nlp.make_doc(SENTENCE))
    copy = pickle.loads(pickle.dumps(doc))
    assert quantities(copy) == quantities(doc)
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    restored = next(DocBin().from_bytes(stored).get_docs(nlp.vocab))
    assert quantities(restored) == quantities(doc)


def test_text_without_numbers_gives_empty_groups(nlp, numbers):
    doc = numbers(nlp.make_doc("一方面要抓好防控,十分重要。"))
    assert list(doc.spans[QUANTITIES]) == [] and list(doc.spans[DATES]) == []


def test_later_splits_keep_earlier_span_groups_in_place(nlp, numbers):
    from zhqx.pipeline.alignment import split_at

    doc = numbers(nlp.make_doc(SENTENCE))
    before = quantities(doc)
    split_at(doc, range(len(SENTENCE)))  # every character its own token
    assert quantities(doc) == before
    assert all(span.text == span._.zhqx_quantity["text"] for span in doc.spans[QUANTITIES])
