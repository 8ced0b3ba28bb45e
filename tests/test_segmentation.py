"""The document-at-once decoder (``zhqx.segmentation``): each whitespace-free chunk decoded as if alone,
spaCy's words and spaces rebuilt from offsets, and pkuseg's own words on whole articles."""

import numpy
import pytest
import regex
import spacy_pkuseg
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.util import get_words_and_spaces

from scripts.corpus import read_fixture_articles
from zhqx.loading import pipeline_path
from zhqx.text.normalize import to_fullwidth

# characters the model features, the rules and the user terms react to, and whitespace of several kinds
_PIECES = list("中关村科技园区企业复工项目签约投资年产出亿元１２3.5,%％（）“”——……·ABCｘｙ")
_PIECES += ["高新区", "管委会", "有限公司"]
_SPACES = [" ", "  ", "\n", "\t", "\u3000", " \n "]
texts = st.lists(st.sampled_from(_PIECES + _SPACES), max_size=40).map("".join)


@pytest.fixture(scope="module")
def segmenter(nlp):
    return nlp.tokenizer.segmenter_for_model()


@given(text=texts)
@settings(max_examples=200, deadline=None)
def test_a_text_is_cut_as_its_chunks_alone(segmenter, text):
    """No feature, dictionary word or rule reaches across whitespace."""
    alone = [word for chunk in regex.findall(r"\S+", text) for word in segmenter.cut(chunk)]
    assert segmenter.cut(text) == alone


@given(text=texts)
@settings(max_examples=200, deadline=None)
def test_words_and_spaces_are_spacys_for_the_same_words(segmenter, text):
    assert segmenter.words_and_spaces(text) == get_words_and_spaces(segmenter.cut(text), text)


@pytest.mark.parametrize("text", ["", " ", " 中国 ", "中国  银行\n", "\u3000\u3000开头", "a\x1cb c"])
def test_words_and_spaces_join_back(segmenter, text):
    words, spaces = segmenter.words_and_spaces(text)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text


def test_whole_articles_agree_with_pkuseg_own_decoder():
    """Every whitespace-free chunk of the fixture articles gets pkuseg's own words for the same model."""
    from zhqx.segmentation import Segmenter
    from zhqx.segmentation_tables import build_tables

    stock = spacy_pkuseg.pkuseg(str(pipeline_path() / "tokenizer" / "pkuseg_model"), user_dict=None)
    stock.model.w = numpy.asarray(stock.model.w, dtype=numpy.float64)  # shipped float32; pkuseg wants float64
    fast = Segmenter(build_tables(stock))
    chunks = [to_fullwidth(c) for article in read_fixture_articles()[:60] for c in article["text"].split()]
    assert sum(map(len, chunks)) > 10_000
    for chunk in chunks:
        starts = fast._decode(chunk)
        bounds = [i for i, s in enumerate(starts) if s or i == 0] + [len(chunk)]
        assert [chunk[a:b] for a, b in zip(bounds, bounds[1:])] == stock._cut(chunk)


def test_articles_cut_anywhere_are_cut_as_their_chunks_alone(segmenter):
    """Fixture articles with whitespace put at every 7th to 13th character (a fixed pattern)."""
    for number, article in enumerate(read_fixture_articles()[:40]):
        text = article["text"]
        cuts = range(number % 5 + 3, len(text), 7 + number % 7)
        spaced = "".join(c + (" \n"[i % 2] if i in cuts else "") for i, c in enumerate(text))
        alone = [word for chunk in spaced.split() for word in segmenter.cut(chunk)]
        assert segmenter.cut(spaced) == alone


@given(batch=st.lists(texts, max_size=12))
@settings(max_examples=100, deadline=None)
def test_texts_decoded_together_come_out_as_alone(segmenter, batch):
    assert segmenter.words_and_spaces_many(batch) == [segmenter.words_and_spaces(text) for text in batch]


def test_tokenizer_pipe_gives_the_docs_of_one_by_one(nlp):
    articles = [article["text"] for article in read_fixture_articles()[:50]] + ["", " 中国 ", "a\x1cb c"]
    piped = [[(t.text, t.whitespace_) for t in doc] for doc in nlp.tokenizer.pipe(articles, batch_size=16)]
    assert piped == [[(t.text, t.whitespace_) for t in nlp.tokenizer(text)] for text in articles]


def test_tokenizer_pipe_rejects_what_is_not_text(nlp):
    with pytest.raises(TypeError):
        list(nlp.tokenizer.pipe(["中国", b"bytes"]))


def test_feature_weights_are_added_as_numpy_add_at_adds_them():
    """The same floats, bit for bit: each position sums its weights in the order given."""
    from zhqx.segmentation import _add_in_order

    rng = numpy.random.default_rng(3)
    weights = rng.normal(size=(500, 4)).astype(numpy.float32) * 10.0 ** rng.integers(-6, 6, size=(500, 1))
    for size in (0, 1, 7, 300, 5000):
        positions = rng.integers(0, 40, size=size)
        features = rng.integers(0, 500, size=size)
        base = rng.normal(size=(40, 4))
        expected, found = base.copy(), base.copy()
        numpy.add.at(expected, positions, weights[features])
        if size:
            _add_in_order(found, positions, features, weights)
        assert found.tobytes() == expected.tobytes()
