import json
from collections import Counter

import pytest

from scripts import ner_corpora
from scripts.ner_corpora import bio_spans, read_char_bio, span_prf


def test_bio_spans_start_an_entity_on_a_stray_i_tag():
    tags = ["B-ORG", "I-ORG", "O", "I-PER", "I-PER", "B-LOC", "I-ORG", "B-XYZ"]
    assert bio_spans(tags) == [(0, 2, "ORG"), (3, 5, "PERSON"), (5, 6, "GPE"), (6, 7, "ORG")]


def test_char_bio_splits_on_blank_lines(tmp_path):
    path = tmp_path / "toy.txt"
    path.write_text("中 B-ORG\r\n国 I-ORG\r\n\r\n\n好 O\n人 I-PER", encoding="utf-8")
    assert read_char_bio(path, " ") == [("中国", [(0, 2, "ORG")]), ("好人", [(1, 2, "PERSON")])]


def test_cluener_ends_are_made_exclusive_and_address_dropped(tmp_path):
    (tmp_path / "data/cluener").mkdir(parents=True)
    record = {"text": "浙江杭州阿里巴巴马云", "label": {"address": {"浙江杭州": [[0, 3]]},
              "company": {"阿里巴巴": [[4, 7]]}, "name": {"马云": [[8, 9]]}}}
    (tmp_path / "data/cluener/dev.json").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert ner_corpora.cluener("dev", tmp_path) == [(record["text"], [(4, 8, "ORG"), (8, 10, "PERSON")])]


def test_span_prf():
    gold = [[(0, 2, "ORG"), (3, 5, "GPE")], [(0, 3, "ORG")]]
    predicted = [[(0, 2, "ORG"), (3, 4, "GPE")], [(0, 3, "ORG"), (4, 6, "PERSON")]]
    scores = span_prf(gold, predicted)
    assert scores["ORG"] == (1.0, 1.0, 1.0, 2)
    assert scores["GPE"] == (0.0, 0.0, 0.0, 1)
    assert scores["PERSON"] == (0.0, 0.0, 0.0, 0)
    assert scores["ALL"] == pytest.approx((0.5, 2 / 3, 4 / 7, 3))
    assert span_prf(gold, predicted, labels=["ORG"]) == {"ORG": (1.0, 1.0, 1.0, 2), "ALL": (1.0, 1.0, 1.0, 2)}
    with pytest.raises(ValueError, match="one span list per document"):
        span_prf(gold, predicted[:1])


# Sentences, characters and entity counts as given in each corpus's SOURCE.md
# (CLUENER ORG = company + government + organization).
COUNTS = {
    "msra_test": (lambda root: ner_corpora.msra_test(root), 3442, 172601, {"ORG": 1331, "PERSON": 1973, "GPE": 2886}),
    "msra_val": (lambda root: ner_corpora.msra_val(root), 3000, 142980, {"ORG": 1394, "PERSON": 1203, "GPE": 2414}),
    "pd_dev": (lambda root: ner_corpora.peoples_daily("dev", root), 2318, 109870, {"ORG": 984, "PERSON": 884, "GPE": 1951}),
    "pd_test": (lambda root: ner_corpora.peoples_daily("test", root), 4636, 219197, {"ORG": 2185, "PERSON": 1864, "GPE": 3658}),
    "cluener_train": (lambda root: ner_corpora.cluener("train", root), 10748, None, {"ORG": 2980 + 1835 + 3210, "PERSON": 3756}),
    "cluener_dev": (lambda root: ner_corpora.cluener("dev", root), 1343, None, {"ORG": 378 + 247 + 367, "PERSON": 465}),
}


@pytest.mark.parametrize("corpus", COUNTS)
def test_counts_match_source_md(shared, corpus):
    read, sentences, chars, entities = COUNTS[corpus]
    examples = read(shared)
    assert len(examples) == sentences
    if chars is not None:
        assert sum(len(text) for text, _ in examples) == chars
    assert Counter(label for _, spans in examples for *_, label in spans) == entities
    for text, spans in examples:
        assert all(0 <= start < end <= len(text) for start, end, _ in spans)


def test_gold_scores_perfectly_against_itself(shared):
    spans = [spans for _, spans in ner_corpora.msra_test(shared)]
    assert span_prf(spans, spans)["ALL"] == (1.0, 1.0, 1.0, 1331 + 1973 + 2886)
