"""zhqx on Dask: the event and entity tables of ``zhqx.spark``, for teams without a cluster (``pip install
"zhqx[dask]"``).

Each partition goes through ``zhqx.batches`` in the worker that holds it, which loads the pipeline once. For
speed, run it on processes, not threads (the pipeline holds the GIL): ``dask.distributed.LocalCluster`` or
``.compute(scheduler="processes")``. ``errors="skip"`` logs each skipped article on its worker (Dask has no
accumulators to count them in).

    import dask.dataframe as dd
    from zhqx.dask import extract_events
    events = extract_events(dd.read_parquet("articles/"), text_col="text", id_col="id").compute()
"""

try:
    import dask.dataframe as dd
    import pandas as pd
except ImportError as error:  # pragma: no cover  (the extra is installed wherever the tests run)
    raise ImportError(f'zhqx.dask needs Dask and pandas: pip install "zhqx[dask]" ({error})') from None

from zhqx import batches
from zhqx.batches import ENTITY_COLUMNS, EVENT_COLUMNS, check_errors, empty_frame
from zhqx.errors import ZhqxValueError

__all__ = ["entities", "extract_events"]


def extract_events(
    ddf: dd.DataFrame, text_col: str = "text", id_col: str = "id", published_col: str | None = None, *,
    errors: str = "raise",
) -> dd.DataFrame:
    """One row per event of each article, with the columns and dtypes of ``zhqx.batches.EVENT_COLUMNS``."""
    return _table(ddf, "events", text_col, id_col, published_col, errors)


def entities(
    ddf: dd.DataFrame, text_col: str = "text", id_col: str = "id", published_col: str | None = None, *,
    errors: str = "raise",
) -> dd.DataFrame:
    """One row per entity of each article (doc_id, text, label, start, end)."""
    return _table(ddf, "entities", text_col, id_col, published_col, errors)


def _table(ddf, table, text_col, id_col, published_col, errors) -> dd.DataFrame:
    check_errors(errors)
    missing = [name for name in (text_col, id_col, published_col) if name and name not in ddf.columns]
    if missing:
        raise ZhqxValueError(f"no column {missing[0]!r} in the DataFrame; its columns are {list(ddf.columns)}")
    meta = empty_frame(EVENT_COLUMNS if table == "events" else ENTITY_COLUMNS)
    return ddf.map_partitions(
        _partition, table=table, text_col=text_col, id_col=id_col, published_col=published_col, errors=errors,
        meta=meta, align_dataframes=False,
    )


def _partition(part: pd.DataFrame, *, table, text_col, id_col, published_col, errors) -> pd.DataFrame:
    """One partition's rows: its articles as a ``zhqx.batches`` batch."""
    batch = pd.DataFrame({
        "doc_id": [None if batches.is_null(v) else str(v) for v in part[id_col]],
        "text": part[text_col].tolist(),
    })
    if published_col:
        batch["published"] = part[published_col].tolist()
    return next(batches.map_batches([batch], table=table, errors=errors))
