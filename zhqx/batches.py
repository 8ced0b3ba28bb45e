"""Batches of articles (pandas frames, as Spark's and Dask's Arrow batches arrive) to flat rows.

The engine-neutral half of ``zhqx.spark`` and ``zhqx.dask``: no Spark or Dask import here, so it runs
(and is tested) without a JVM. A batch is a pandas DataFrame with the columns ``doc_id``, ``text`` and,
optionally, ``published`` (per row). Each worker process loads the pipeline once, through ``zhqx.load()``'s
module-level cache, the first time a batch reaches it: the functions here never hold it, so what an engine
ships to its tasks stays a few hundred bytes.

The tables (``EVENTS_SCHEMA_VERSION`` changes whenever a column does):

- events, one row per event: ``doc_id``, ``event_index`` (0, 1, ... in text order within the article),
  ``type``, ``trigger``, ``project``, ``park``, ``company`` (the role's text as written), ``investment_cny``
  and ``annual_output_cny`` (yuan; null unless the amount is in CNY with one value), ``count`` (Int64:
  null when not given, never a float; 64 bits, since a count read from real news can pass 2**31),
  ``date`` (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``MM-DD``), ``sentence_start`` and ``sentence_end``
  (offsets of the reporting sentence in the article's text).
- entities, one row per entity: ``doc_id``, ``text``, ``label``, ``start``, ``end``.

Null or blank text gives no rows. An article that cannot be processed (a ``published`` value that is no
date, a text that is not a string, an error inside the pipeline) raises ``ZhqxValueError`` naming its
``doc_id`` with ``errors="raise"``, or is skipped, logged and counted with ``errors="skip"``.
"""

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pandas as pd

from zhqx.api import extract, extract_many
from zhqx.numbers.dates import published_date
from zhqx.errors import ZhqxValueError, require_text
from zhqx.frames import role_values
from zhqx.types import Extraction, event_from_dict

EVENTS_SCHEMA_VERSION = 1
# (name, type): "string", "int" (nullable Int32), "bigint" (nullable Int64) or "double"; Spark's DDL names.
EVENT_COLUMNS = (
    ("doc_id", "string"), ("event_index", "int"), ("type", "string"), ("trigger", "string"),
    ("project", "string"), ("park", "string"), ("company", "string"), ("investment_cny", "double"),
    ("annual_output_cny", "double"), ("count", "bigint"), ("date", "string"), ("sentence_start", "int"),
    ("sentence_end", "int"),
)
ENTITY_COLUMNS = (("doc_id", "string"), ("text", "string"), ("label", "string"), ("start", "int"), ("end", "int"))
ERROR_POLICIES = ("raise", "skip")
BATCH_SIZE = 32  # articles per nlp.pipe batch, as extract_many's default
_DTYPES = {"string": "object", "int": "Int32", "bigint": "Int64", "double": "float64"}
_log = logging.getLogger("zhqx")


def ddl(columns: tuple[tuple[str, str], ...]) -> str:
    """A table's schema as a Spark DDL string (``doc_id string, event_index int, ...``)."""
    return ", ".join(f"`{name}` {kind}" for name, kind in columns)


def empty_frame(columns: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    """A frame with no rows and the table's columns and dtypes (Dask's ``meta``)."""
    return _frame([], columns)


def check_errors(errors: str) -> str:
    """``errors`` if it is a known policy, else ``ZhqxValueError`` naming the allowed ones."""
    if errors not in ERROR_POLICIES:
        raise ZhqxValueError(f"errors={errors!r}: expected one of {list(ERROR_POLICIES)}")
    return errors


def map_batches(
    batches: Iterable[pd.DataFrame], *, table: str = "events", errors: str = "raise", skipped: Any = None
) -> Iterator[pd.DataFrame]:
    """The rows of ``table`` ("events" or "entities") for each batch of articles: ``mapInPandas``'s function.

    ``skipped``, when given, is a counter with ``add(n)`` (a Spark accumulator) that receives the number of
    articles skipped under ``errors="skip"``.
    """
    columns, rows_of = _TABLES[table]
    for batch in batches:
        extractions, failed = extract_batch(batch, errors=errors)
        if failed and skipped is not None:
            skipped.add(failed)
        rows = [row for doc_id, found in zip(batch["doc_id"], extractions) if found for row in rows_of(doc_id, found)]
        yield _frame(rows, columns)


def extract_batch(batch: pd.DataFrame, *, errors: str = "raise") -> tuple[list[Extraction | None], int]:
    """The ``Extraction`` of each row (None for null text and for skipped articles; blank text gives an empty
    one without running the pipeline) and the number skipped.

    Rows are grouped by their ``published`` value, each group run through ``extract_many`` in one
    ``nlp.pipe`` stream; when a group fails, its articles are retried one by one to find the bad ones.
    """
    check_errors(errors)
    ids = batch["doc_id"].tolist()
    texts = batch["text"].tolist()
    published = batch["published"].tolist() if "published" in batch.columns else [None] * len(texts)
    results = [Extraction(text=text) if isinstance(text, str) else None for text in texts]  # kept when blank
    failed = 0
    groups, bad = published_groups(texts, published)
    for i, error in bad.items():
        failed += _fail(ids[i], error, errors)
        results[i] = None
    for key, rows in groups.items():
        group = [texts[i] for i in rows]
        try:
            found = list(extract_many(group, published=key, batch_size=BATCH_SIZE))
        except Exception:  # noqa: BLE001  (one bad article: find it below)
            found = []
            for i in rows:
                try:
                    found.append(extract(texts[i], published=key))
                except Exception as error:  # noqa: BLE001
                    failed += _fail(ids[i], error, errors)
                    found.append(None)
        for i, extraction in zip(rows, found):
            results[i] = extraction
    return results, failed


def published_groups(texts: list, published: list) -> tuple[dict[str | None, list[int]], dict[int, Exception]]:
    """Row positions by ISO publication date (None: no date), leaving out null and blank texts; and the
    rows that cannot be processed (text not a string, ``published`` no date), with their error."""
    groups: dict[str | None, list[int]] = {}
    bad: dict[int, Exception] = {}
    for i, (text, value) in enumerate(zip(texts, published)):
        if is_null(text):
            continue
        try:
            if not require_text(text).strip():
                continue
            day = None if is_null(value) else published_date(value)
        except (TypeError, ValueError) as error:
            bad[i] = error
            continue
        groups.setdefault(day.isoformat() if day else None, []).append(i)
    return groups, bad


def event_rows(doc_id: Any, extraction: Extraction) -> Iterator[dict[str, Any]]:
    """The event table's rows of one article."""
    for index, event in enumerate(extraction.events):
        yield {
            "doc_id": doc_id,
            "event_index": index,
            "type": event.type,
            "trigger": event.trigger,
            **role_values(event),
            "sentence_start": event.sentence[0],
            "sentence_end": event.sentence[1],
        }


def entity_rows(doc_id: Any, extraction: Extraction) -> Iterator[dict[str, Any]]:
    """The entity table's rows of one article."""
    for entity in extraction.entities:
        yield {"doc_id": doc_id, "text": entity.text, "label": entity.label, "start": entity.start, "end": entity.end}


def extraction_json(batch: pd.DataFrame, *, errors: str = "raise") -> tuple[list[str | None], int]:
    """Each row's ``Extraction.to_json()`` (None for null text and skipped articles), and the number skipped."""
    extractions, failed = extract_batch(batch, errors=errors)
    return [None if extraction is None else extraction.to_json() for extraction in extractions], failed


def events_from_json(
    batches: Iterable[pd.DataFrame], *, errors: str = "raise", skipped: Any = None
) -> Iterator[pd.DataFrame]:
    """The event table from stored ``Extraction`` JSON (columns ``doc_id``, ``json``); null JSON gives no rows."""
    check_errors(errors)
    columns = EVENT_COLUMNS
    for batch in batches:
        rows, failed = [], 0
        for doc_id, stored in zip(batch["doc_id"], batch["json"]):
            if is_null(stored):
                continue
            try:
                rows += event_rows(doc_id, _events_only(stored))
            except (TypeError, ValueError) as error:
                failed += _fail(doc_id, error, errors)
        if failed and skipped is not None:
            skipped.add(failed)
        yield _frame(rows, columns)


def _events_only(stored: str) -> Extraction:
    """An Extraction holding the events of stored ``Extraction`` JSON (all that the event rows read)."""
    data = json.loads(stored)
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise ZhqxValueError("stored JSON is not an Extraction: expected an object with an 'events' list")
    return Extraction(text=data.get("text", ""), events=tuple(event_from_dict(e) for e in data["events"]))


def _fail(doc_id: Any, error: Exception, errors: str) -> int:
    """Raise a ``ZhqxValueError`` naming the article, or log it and count one skipped article."""
    if errors == "raise":
        raise ZhqxValueError(f"article {doc_id!r}: {type(error).__name__}: {error}") from error
    _log.warning("zhqx: skipped article %r: %s: %s", doc_id, type(error).__name__, error)
    return 1


def _frame(rows: list[dict[str, Any]], columns: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    names = [name for name, _ in columns]
    return pd.DataFrame(rows, columns=names).astype({name: _DTYPES[kind] for name, kind in columns})


def is_null(value: Any) -> bool:
    """None, NaN, NaT and pandas.NA (what a null cell of a pandas batch holds)."""
    return value is None or (not isinstance(value, (str, bytes, list, tuple)) and bool(pd.isna(value)))


_TABLES: dict[str, tuple[tuple[tuple[str, str], ...], Callable[[Any, Extraction], Iterator[dict[str, Any]]]]] = {
    "events": (EVENT_COLUMNS, event_rows),
    "entities": (ENTITY_COLUMNS, entity_rows),
}
