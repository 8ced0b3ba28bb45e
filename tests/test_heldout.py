"""Regression guards on the shared corpora (the figures themselves come from benchmarks/)."""

from scripts.corpus import read_segmented
from scripts.seg_eval import word_prf


def f1_on(nlp, gold_path):
    gold = read_segmented(gold_path)
    return word_prf(gold, [[t.text for t in nlp.make_doc("".join(words))] for words in gold])[2]


def test_heldout_pku_f1_stays_at_target(nlp, shared):
    assert f1_on(nlp, shared / "data/sighan2005/pku_test_gold.utf8") >= 0.95


def test_segmenter_handles_a_different_standard_reasonably(nlp, shared):
    assert f1_on(nlp, shared / "data/sighan2005/msr_test_gold.utf8") >= 0.80
