"""The engine-neutral half of zhqx.spark / zhqx.dask: batches of articles to rows, without a JVM."""

import datetime
import json
import pickle
from functools import partial

import pytest

import zhqx
from zhqx import batches
from zhqx.batches import ENTITY_COLUMNS, EVENT_COLUMNS

pd = pytest.importorskip("pandas")

SIGNING = "昆山高新区共6个项目签约，总投资72.3亿元，预计年产出124亿元。"
DATED = "2月20日，昆山高新区共6个项目签约，总投资72.3亿元。"
TWO = "无锡高新区有7800家企业复工。同日，总投资约3亿元的星洲智能信息技术创新园在无锡高新区顺利开工。"


class Counter:
    """What a Spark accumulator offers the workers: ``add``."""

    def __init__(self):
        self.value = 0

    def add(self, n):
        self.value += n


def frame(ids, texts, published=None):
    data = {"doc_id": ids, "text": texts}
    if published is not None:
        data["published"] = published
    return pd.DataFrame(data)


def events_of(batch, **kwargs):
    return pd.concat(list(batches.map_batches([batch], **kwargs)), ignore_index=True)


def test_event_rows_hold_every_role_of_the_extraction():
    extraction = zhqx.extract(TWO)
    rows = list(batches.event_rows("a", extraction))
    assert [row["event_index"] for row in rows] == list(range(len(extraction.events))) and len(rows) == 2
    for row, event in zip(rows, extraction.events):
        assert [row["type"], row["trigger"], row["park"], row["count"], row["date"]] == [
            event.type, event.trigger, event.park.text, event.count, event.date
        ]
        assert TWO[row["sentence_start"] : row["sentence_end"]] in TWO and row["sentence_end"] > row["sentence_start"]
    assert rows[1]["investment_cny"] == 3e8 and rows[0]["investment_cny"] is None
    assert set(rows[0]) == {name for name, _ in EVENT_COLUMNS}


def test_frame_has_the_fixed_columns_and_a_nullable_int_count():
    found = events_of(frame(["a", "b"], [SIGNING, TWO]))
    assert list(found.columns) == [name for name, _ in EVENT_COLUMNS]
    assert found["count"].dtype == pd.Int64Dtype() and found["event_index"].dtype == pd.Int32Dtype()
    assert found["count"].tolist()[:2] == [6, 7800] and found["count"].isna().tolist() == [False, False, True]
    assert found["doc_id"].tolist() == ["a", "b", "b"]
    assert batches.empty_frame(EVENT_COLUMNS).dtypes.equals(found.dtypes)


def test_a_count_past_32_bits_is_kept_exactly(monkeypatch):
    # real news gave a count of 10**10 (a misread amount); one such article must not fail a whole batch
    start = zhqx.ProjectStart(trigger="开工", sentence=(0, 2), count=10**10)
    found_in = lambda texts, **kwargs: (zhqx.Extraction(text=t, events=(start,)) for t in texts)  # noqa: E731
    monkeypatch.setattr(batches, "extract_many", found_in)
    found = events_of(frame(["a", "b"], ["开工", "开工"]))
    assert found["count"].tolist() == [10**10, 10**10] and found["count"].dtype == pd.Int64Dtype()


def test_published_differs_per_row():
    found = events_of(frame(["a", "b", "c"], [DATED] * 3, ["2020-02-25", None, datetime.date(2019, 3, 1)]))
    assert found["date"].tolist() == ["2020-02-20", "02-20", "2019-02-20"]
    for row, published in zip(found["date"], ["2020-02-25", None, "2019-03-01"]):
        assert row == zhqx.extract(DATED, published=published).events[0].date


def test_published_groups_keep_rows_of_one_date_together_and_leave_out_null_text():
    groups, bad = batches.published_groups(
        [SIGNING, None, "  ", TWO, SIGNING, float("nan")], ["2020-01-02", None, None, None, "2020-01-02", None]
    )
    assert groups == {"2020-01-02": [0, 4], None: [3]} and bad == {}
    assert batches.published_groups([SIGNING], [pd.Timestamp("2020-01-02 10:30")])[0] == {"2020-01-02": [0]}


def test_null_and_blank_text_give_no_rows_and_no_error():
    found = events_of(frame(["null", "blank", "nan", "a"], [None, " \n ", float("nan"), SIGNING]))
    assert found["doc_id"].tolist() == ["a"]
    assert len(events_of(frame([], []))) == 0


@pytest.mark.parametrize("published", ["2020-13-01", "yesterday", 20200101])
def test_a_bad_article_raises_naming_it_or_is_skipped_and_counted(published):
    batch = frame(["good", "bad"], [SIGNING, SIGNING], ["2020-01-02", published])
    with pytest.raises(zhqx.ZhqxValueError, match="article 'bad'"):
        events_of(batch)
    skipped = Counter()
    found = events_of(batch, errors="skip", skipped=skipped)
    assert found["doc_id"].tolist() == ["good"] and skipped.value == 1


def test_an_article_failing_inside_the_pipeline_is_found_among_its_batch(monkeypatch):
    real = batches.extract

    def failing(text, **kwargs):  # stands for any error inside the pipeline on one article
        if text == TWO:
            raise RuntimeError("boom")
        return real(text, **kwargs)

    monkeypatch.setattr(batches, "extract_many", lambda texts, **kwargs: (failing(t, **kwargs) for t in texts))
    monkeypatch.setattr(batches, "extract", failing)
    batch = frame(["a", "two", "c"], [SIGNING, TWO, DATED])
    with pytest.raises(zhqx.ZhqxValueError, match="article 'two': RuntimeError: boom"):
        events_of(batch)
    skipped = Counter()
    assert events_of(batch, errors="skip", skipped=skipped)["doc_id"].tolist() == ["a", "c"] and skipped.value == 1


def test_a_text_that_is_not_a_string_is_a_bad_article():
    with pytest.raises(zhqx.ZhqxValueError, match="article 'b'.*bytes"):
        events_of(frame(["a", "b"], [SIGNING, SIGNING.encode()]))


def test_unknown_error_policy_is_rejected():
    with pytest.raises(ValueError, match="errors='ignore'"):
        events_of(frame(["a"], [SIGNING]), errors="ignore")


def test_entity_rows_equal_the_extraction_entities():
    found = pd.concat(batches.map_batches([frame(["a"], [TWO])], table="entities"))
    assert list(found.columns) == [name for name, _ in ENTITY_COLUMNS]
    expected = [(e.text, e.label, e.start, e.end) for e in zhqx.extract(TWO).entities]
    assert list(zip(found["text"], found["label"], found["start"], found["end"])) == expected


def test_json_round_trip_gives_the_same_event_rows():
    batch = frame(["a", "b", "null", "blank"], [SIGNING, DATED, None, ""], [None, "2020-03-01", None, None])
    stored, failed = batches.extraction_json(batch)
    assert failed == 0 and stored[2] is None and json.loads(stored[3])["events"] == []
    assert stored[1] == zhqx.extract(DATED, published="2020-03-01").to_json()
    from_json = pd.concat(batches.events_from_json([pd.DataFrame({"doc_id": batch["doc_id"], "json": stored})]))
    assert from_json.reset_index(drop=True).equals(events_of(batch))


def test_stored_json_that_is_no_extraction_is_a_bad_article():
    stored = pd.DataFrame({"doc_id": ["a", "b"], "json": ['{"text": "x"}', None]})
    with pytest.raises(zhqx.ZhqxValueError, match="article 'a'.*'events' list"):
        list(batches.events_from_json([stored]))
    skipped = Counter()
    assert len(pd.concat(batches.events_from_json([stored], errors="skip", skipped=skipped))) == 0
    assert skipped.value == 1


def test_the_task_function_holds_no_pipeline():
    # what an engine ships to each task: module-level functions by name and the policy, not the 13 MB pipeline
    zhqx.load()
    task = partial(batches.map_batches, table="events", errors="skip", skipped=None)
    assert len(pickle.dumps(task)) < 1_000
