"""zhqx.dask: the event and entity tables of a Dask DataFrame, the same rows as zhqx.spark's."""

import pytest

import zhqx
from zhqx.batches import ENTITY_COLUMNS, EVENT_COLUMNS, empty_frame
from scripts.corpus import read_fixture_articles

dd = pytest.importorskip("dask.dataframe", reason='needs Dask: pip install "zhqx[dask]"')
pd = pytest.importorskip("pandas")

from zhqx.dask import entities, extract_events  # noqa: E402


@pytest.fixture(scope="module")
def articles():
    some = [(int(a["id"]), a["text"], a["published"]) for a in read_fixture_articles()[:24]]
    frame = pd.DataFrame(some + [(900, None, None), (901, "  ", "2020-01-01")], columns=["id", "text", "day"])
    return some, dd.from_pandas(frame, npartitions=3)


def test_events_equal_extract_with_published_per_row(articles):
    some, ddf = articles
    found = extract_events(ddf, published_col="day").compute(scheduler="synchronous")
    assert found.dtypes.equals(empty_frame(EVENT_COLUMNS).dtypes)
    expected = [
        (str(doc_id), i, e.type, e.park and e.park.text, e.date, e.sentence[0], e.sentence[1])
        for doc_id, text, day in some for i, e in enumerate(zhqx.extract(text, published=day).events)
    ]
    columns = ["doc_id", "event_index", "type", "park", "date", "sentence_start", "sentence_end"]
    rows = [tuple(None if pd.isna(v) else v for v in row) for row in found[columns].itertuples(index=False)]
    assert len(rows) > 50 and rows == expected


def test_entities_equal_extract(articles):
    some, ddf = articles
    found = entities(ddf, published_col="day").compute(scheduler="synchronous")
    assert list(found.columns) == [name for name, _ in ENTITY_COLUMNS]
    expected = [
        (str(doc_id), e.text, e.label, e.start, e.end)
        for doc_id, text, day in some for e in zhqx.extract(text, published=day).entities
    ]
    assert list(found.itertuples(index=False, name=None)) == expected


def test_a_bad_article_is_skipped_or_named(articles):
    signing = "昆山高新区共6个项目签约。"
    frame = pd.DataFrame({"id": ["good", "bad"], "text": [signing, signing], "day": ["2020-01-02", "1/2/2020"]})
    ddf = dd.from_pandas(frame, npartitions=1)
    assert extract_events(ddf, published_col="day", errors="skip").compute()["doc_id"].tolist() == ["good"]
    with pytest.raises(ValueError, match="article 'bad'"):
        extract_events(ddf, published_col="day").compute()
    with pytest.raises(ValueError, match="no column 'body'"):
        extract_events(ddf, text_col="body")
