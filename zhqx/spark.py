"""zhqx on Apache Spark: event and entity tables of a DataFrame of articles (``pip install "zhqx[spark]"``).

Built on ``mapInPandas`` over Arrow batches: each Python worker loads the pipeline once and runs
``nlp.pipe`` over the articles of its batches; tasks carry only the names of module-level functions, never
the pipeline. The tables' columns are documented in ``zhqx.batches`` (``EVENTS_SCHEMA_VERSION``).
``published_col`` may hold ISO date strings, dates or timestamps, one per row.

    from zhqx.spark import extract_events
    events = extract_events(spark.read.parquet("articles/"), text_col="text", id_col="id", published_col="date")
"""

from functools import partial

try:
    import pandas as pd
    from pyspark.sql import Column, DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
except ImportError as error:  # pragma: no cover  (the extra is installed wherever the tests run)
    raise ImportError(f'zhqx.spark needs PySpark, pandas and pyarrow: pip install "zhqx[spark]" ({error})') from None

from zhqx import batches
from zhqx.batches import ENTITY_COLUMNS, EVENT_COLUMNS, EVENTS_SCHEMA_VERSION, check_errors, ddl
from zhqx.errors import ZhqxTypeError, ZhqxValueError

EVENT_SCHEMA = ddl(EVENT_COLUMNS)
ENTITY_SCHEMA = ddl(ENTITY_COLUMNS)
_DATE_TYPES = (T.StringType, T.DateType, T.TimestampType, T.TimestampNTZType)

__all__ = [
    "ENTITY_SCHEMA", "EVENT_SCHEMA", "EVENTS_SCHEMA_VERSION", "entities", "events_from_json", "extract_events",
    "extract_json",
]


def extract_events(
    df: DataFrame, text_col: str = "text", id_col: str = "id", published_col: str | None = None, *,
    errors: str = "raise", skipped=None,
) -> DataFrame:
    """One row per event of each article (``EVENT_SCHEMA``), the same events as ``zhqx.extract``.

    ``id_col`` becomes ``doc_id`` (as a string). Null or blank text gives no rows. ``errors="raise"`` fails
    the job on an article that cannot be processed, naming its id; ``errors="skip"`` leaves it out, logs it
    on the executor and adds 1 to ``skipped`` (a Spark accumulator, e.g. ``spark.sparkContext.accumulator(0)``)
    when given.
    """
    return _table(df, "events", EVENT_SCHEMA, text_col, id_col, published_col, errors, skipped)


def entities(
    df: DataFrame, text_col: str = "text", id_col: str = "id", published_col: str | None = None, *,
    errors: str = "raise", skipped=None,
) -> DataFrame:
    """One row per entity of each article (``ENTITY_SCHEMA``: doc_id, text, label, start, end)."""
    return _table(df, "entities", ENTITY_SCHEMA, text_col, id_col, published_col, errors, skipped)


def extract_json(text: "Column | str", published: "Column | str | None" = None, *, errors: str = "raise") -> Column:
    """A column with each article's full ``Extraction.to_json()``; null for null text (and, with
    ``errors="skip"``, for an article that cannot be processed)."""
    check_errors(errors)
    text = F.col(text) if isinstance(text, str) else text
    published = F.lit(None).cast("string") if published is None else published
    published = F.col(published) if isinstance(published, str) else published
    return _json_udf(errors)(text, published)


def events_from_json(
    df: DataFrame, json_col: str = "extraction", id_col: str = "id", *, errors: str = "raise", skipped=None
) -> DataFrame:
    """The event table (``EVENT_SCHEMA``) from stored ``Extraction`` JSON, without running the pipeline."""
    check_errors(errors)
    _require_columns(df, [json_col, id_col])
    _require_type(df, json_col, (T.StringType,))
    articles = df.select(F.col(id_col).cast("string").alias("doc_id"), F.col(json_col).alias("json"))
    return articles.mapInPandas(partial(batches.events_from_json, errors=errors, skipped=skipped), EVENT_SCHEMA)


def _table(df, table, schema, text_col, id_col, published_col, errors, skipped) -> DataFrame:
    check_errors(errors)
    _require_columns(df, [text_col, id_col, *([published_col] if published_col else [])])
    _require_type(df, text_col, (T.StringType,))
    columns = [F.col(id_col).cast("string").alias("doc_id"), F.col(text_col).alias("text")]
    if published_col:
        _require_type(df, published_col, _DATE_TYPES)
        columns.append(F.col(published_col).alias("published"))
    function = partial(batches.map_batches, table=table, errors=errors, skipped=skipped)
    return df.select(*columns).mapInPandas(function, schema)


def _json_udf(errors: str):
    """A pandas UDF (text, published) -> JSON string; its only free variable is the policy's name.

    PySpark reads the type hints below at run time: this module must not use ``from __future__ import
    annotations``, which turns them into strings that ``pandas_udf`` cannot read.
    """

    def to_json(text: pd.Series, published: pd.Series) -> pd.Series:
        batch = pd.DataFrame({"doc_id": text.index, "text": text, "published": published})
        found, _ = batches.extraction_json(batch, errors=errors)
        return pd.Series(found, index=text.index, dtype="object")

    return F.pandas_udf(to_json, "string")


def _require_columns(df: DataFrame, names: list[str]) -> None:
    missing = [name for name in names if name not in df.columns]
    if missing:
        raise ZhqxValueError(f"no column {missing[0]!r} in the DataFrame; its columns are {df.columns}")


def _require_type(df: DataFrame, name: str, kinds: tuple[type, ...]) -> None:
    kind = df.schema[name].dataType
    if not isinstance(kind, kinds):
        hint = f"; cast it: F.col({name!r}).cast('string')" if isinstance(kind, T.BinaryType) else ""
        expected = " or ".join(k.typeName() for k in kinds)
        raise ZhqxTypeError(f"column {name!r} is {kind.simpleString()}, expected {expected}{hint}")
