"""Issue 15's reproducers for batches: a per-article error policy, eager checks, a killed worker, and chunk
cuts that never fall inside a mention."""

import os
import signal
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zhqx
from zhqx import api
from zhqx.text import chunking
from zhqx.text.chunking import chunk_spans, chunks_of
from zhqx.numbers.dates import find_dates
from zhqx.errors import ZhqxTypeError, ZhqxValueError
from zhqx.types import Failure
from zhqx.errors import WorkerDiedError
from zhqx.numbers.quantities import find_quantities

GOOD = "昆山高新区共6个项目签约，总投资72.3亿元。"
OTHER = "无锡高新区有200家企业复工。"


def _failing_events(original):
    """The events rules, failing on an article that holds 毒 (and only on it)."""
    def find_events(text, **kwargs):
        if "毒" in text:
            raise RuntimeError("rule failure on a poisoned article")
        return original(text, **kwargs)
    return find_events


@pytest.fixture
def poisoned_rules():
    import zhqx.pipeline.events as component

    with mock.patch.object(component, "find_events", _failing_events(component.find_events)):
        yield


def test_one_bad_article_does_not_end_the_batch(poisoned_rules):
    texts = [GOOD, "毒" + GOOD, OTHER]
    with pytest.raises(RuntimeError, match="poisoned"):
        list(zhqx.extract_many(texts))
    skipped = list(zhqx.extract_many(texts, errors="skip"))
    assert [x.text for x in skipped] == [GOOD, OTHER]
    recorded = list(zhqx.extract_many(texts, errors="record", batch_size=3))
    assert recorded[0] == skipped[0] == zhqx.extract(GOOD) and recorded[2] == zhqx.extract(OTHER)
    assert recorded[1] == Failure(index=1, error="RuntimeError", message="rule failure on a poisoned article")


def test_a_non_str_item_is_recorded_with_its_index():
    results = list(zhqx.extract_many([GOOD, b"bytes", None, OTHER], errors="record", batch_size=2))
    assert [type(r).__name__ for r in results] == ["Extraction", "Failure", "Failure", "Extraction"]
    assert (results[1].index, results[1].error) == (1, "ZhqxTypeError") and "decode" in results[1].message
    assert results[2].index == 2 and "NoneType" in results[2].message
    assert results[1].to_dict()["index"] == 1


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"texts": 123}, ZhqxTypeError, "iterable of str, got int"),
        ({"texts": "一篇文章"}, ZhqxTypeError, "zhqx.extract"),
        ({"texts": [GOOD], "published": "bad"}, ZhqxValueError, "not an ISO date"),
        ({"texts": [GOOD], "errors": "ignore"}, ZhqxValueError, "errors must be one of"),
        ({"texts": [GOOD], "n_process": 0}, ZhqxValueError, "n_process must be an int >= 1"),
        ({"texts": [GOOD], "batch_size": "2"}, ZhqxValueError, "batch_size"),
    ],
)
def test_extract_many_checks_its_arguments_at_the_call(kwargs, error, message):
    texts = kwargs.pop("texts")
    with pytest.raises(error, match=message):
        zhqx.extract_many(texts, **kwargs)  # no next(): the call itself raises


def test_two_processes_give_the_serial_results_and_records(poisoned_rules):
    texts = [GOOD, "毒" + GOOD, OTHER, 7, GOOD * 3] * 3
    serial = list(zhqx.extract_many(texts, errors="record", batch_size=2))
    assert list(zhqx.extract_many(texts, errors="record", batch_size=2, n_process=2)) == serial
    assert sum(isinstance(r, Failure) for r in serial) == 6


# -- a worker killed from outside ----------------------------------------------------------------------------

def _kill_this_process_once(flag: str, text: str) -> str:
    """Unpickled in the worker: SIGKILL the worker itself (as the OOM killer would) unless ``flag`` exists."""
    if not os.path.exists(flag):
        open(flag, "w").close()
        os.kill(os.getpid(), signal.SIGKILL)
    return text


def _kill_this_process(text: str) -> str:
    os.kill(os.getpid(), signal.SIGKILL)
    return text


class _Deadly(str):
    """A str that kills the worker process that receives it (test-only: through pickling)."""

    flag = None

    def __reduce__(self):
        if self.flag is None:
            return _kill_this_process, (str(self),)
        return _kill_this_process_once, (self.flag, str(self))


def test_a_worker_killed_once_has_its_batch_retried(tmp_path):
    deadly = _Deadly(OTHER)
    deadly.flag = str(tmp_path / "killed")
    texts = [GOOD, OTHER, deadly, GOOD, OTHER, GOOD]
    results = list(zhqx.extract_many(texts, n_process=2, batch_size=1))
    assert os.path.exists(deadly.flag)  # the worker was killed
    assert results == list(zhqx.extract_many([str(t) for t in texts]))


def test_a_worker_killed_twice_is_a_clear_error_not_a_hang():
    texts = [GOOD, _Deadly(OTHER), GOOD, OTHER]
    with pytest.raises(WorkerDiedError, match="items 1-1 died twice"):
        list(zhqx.extract_many(texts, n_process=2, batch_size=1))
    recorded = list(zhqx.extract_many(texts, n_process=2, batch_size=1, errors="record"))
    assert [type(r).__name__ for r in recorded] == ["Extraction", "Failure", "Extraction", "Extraction"]
    assert recorded[1].error == "WorkerDiedError" and recorded[3] == zhqx.extract(OTHER)


# -- chunk cuts ----------------------------------------------------------------------------------------------

def test_a_window_without_sentence_ends_is_cut_after_a_comma():
    text = "，" * 19995 + "总投资72.3亿元"
    assert [q.value for q in zhqx.extract(text).quantities] == [7.23e9]


@pytest.mark.parametrize("mark", ["；", "，", "、", " ", "\n", "/"])
def test_chunks_fall_back_to_clause_marks_and_whitespace(mark):
    text = ("企业" * 30 + mark) * 20
    spans = list(chunk_spans(text, 200))
    assert all(text[end - 1] == mark for _, end in spans[:-1])


@pytest.mark.parametrize("mention", ["72.3亿元", "二〇二〇年三月十二日", "1,234,567万元", "iPhone15"])
def test_a_cut_never_falls_inside_a_mention(mention):
    for before in range(80, 100):
        text = "字" * before + mention + "字" * 200
        for _, end in list(chunk_spans(text, 100))[:-1]:
            assert not before < end < before + len(mention), (before, end)
    text = "字" * 90 + "72.3亿元" + "字" * 200
    with mock.patch.object(api, "CHUNK_CHARS", 100):
        assert [q.value for q in zhqx.extract(text).quantities] == [7.23e9]


def test_a_run_of_digits_longer_than_half_a_window_is_cut_at_the_window_end():
    """No cut avoids it: full windows (before, the cut stepped back to just after the chunk's start, 400
    characters at a time, and the chunks were tiny: time quadratic in the run's length)."""
    assert list(chunk_spans("1234567890" * 50, 100)) == [(k, k + 100) for k in range(0, 500, 100)]
    text = "字" * 60 + "a1" * 100 + "字" * 10
    assert list(chunk_spans(text, 100)) == [(0, 60), (60, 160), (160, 260), (260, 270)]  # cut before the run


# -- the public spaCy pipeline reads a long text in chunks too -----------------------------------------------

def test_the_public_pipeline_chunks_a_long_text_like_extract():
    from zhqx.text import chunking
    from zhqx.api import extraction_from_doc

    text = "\n".join(f"{1 + i % 12}月{1 + i % 28}日，昆山高新区共{2 + i % 7}个项目签约，总投资{i}.5亿元。" for i in range(30))
    nlp = zhqx.load()
    with mock.patch.object(chunking, "CHUNK_CHARS", 200), mock.patch.object(api, "CHUNK_CHARS", 200):
        with mock.patch.object(chunking, "chunk_spans", wraps=chunking.chunk_spans) as cut:
            doc = nlp(text)
        assert cut.called and extraction_from_doc(doc) == zhqx.extract(text)
    assert doc.text == text and len(doc._.zhqx_events) == 30
    quantity = doc.spans["zhqx_quantities"][-1]
    assert quantity._.zhqx_quantity["start"] == quantity.start_char and quantity.text == "29.5亿元"


_PIECES = st.sampled_from(["72.3亿元", "1,234万元", "2020年3月12日", "，", "。", "；", " ", "签约", "项目", "约", "近百家",
                           "三十五个", "iPhone15", "一季度", "12%", "字字字"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=60).map("".join), st.integers(20, 80))
def test_no_cut_falls_inside_a_quantity_or_date_of_the_whole_text(text, size):
    spans = list(chunk_spans(text, size))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a < b for a, b in spans) and all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))
    mentions = [(m.start, m.end) for m in (*find_quantities(text), *find_dates(text)) if m.end - m.start < size // 2]
    for _, cut in spans[:-1]:
        assert not any(start < cut < end for start, end in mentions), (cut, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=80).map("".join), st.integers(20, 80), st.integers(1, 12),
       st.integers(1, 9))
def test_a_text_in_pieces_is_cut_where_the_whole_text_is(text, size, margin, step):
    """The command line reads a long file a piece at a time (here ``step`` characters, and empty ones); a
    small margin makes the text longer than what the chunker holds."""
    pieces = [piece for i in range(0, len(text), step) for piece in (text[i : i + step], "")]
    with mock.patch.object(chunking, "_MARGIN", margin):
        chunks = list(chunks_of(pieces, size))
        assert [(start, start + len(chunk)) for start, chunk in chunks] == list(chunk_spans(text, size))
    assert all(text[start : start + len(chunk)] == chunk for start, chunk in chunks)
