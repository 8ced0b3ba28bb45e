"""Events as flat rows: ``event_rows`` (plain dicts, also the CLI's CSV) and ``to_frame`` (pandas)."""

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from zhqx.errors import ZhqxTypeError
from zhqx.types import Extraction, Mention, Quantity

COLUMNS = (
    "type", "project", "park", "company", "investment_cny", "annual_output_cny", "count", "date", "source",
    "sentence",
)


def event_rows(extraction: Extraction, source: Any = None) -> Iterator[dict[str, Any]]:
    """One dict per event, keyed by ``COLUMNS``: project, park and company as their text, amounts in yuan (None
    unless in CNY with one value), ``sentence`` the text of the sentence that reports the event."""
    for event in extraction.events:
        yield {"type": event.type, **role_values(event), "source": source,
               "sentence": extraction.text[event.sentence[0] : event.sentence[1]]}


def role_values(event) -> dict[str, Any]:
    """An event's roles as flat values: mentions as their text, amounts in yuan (None unless in CNY)."""
    return {
        "project": _text(event.project), "park": _text(event.park), "company": _text(event.company),
        "investment_cny": _yuan(event.investment), "annual_output_cny": _yuan(event.annual_output),
        "count": event.count, "date": event.date,
    }


def to_frame(extractions: Extraction | Iterable[Extraction] | Mapping[Any, Extraction]):
    """A pandas DataFrame with one row per event and the flat ``COLUMNS``.

    ``source`` is the key when ``extractions`` is a mapping (e.g. file name -> Extraction), else the
    position of the extraction in the iterable. Needs pandas: ``pip install "zhqx[pandas]"``.
    """
    try:
        import pandas
    except ImportError:
        raise ImportError('zhqx.to_frame needs pandas: pip install "zhqx[pandas]"') from None
    if isinstance(extractions, Extraction):
        extractions = [extractions]
    items = extractions.items() if isinstance(extractions, Mapping) else enumerate(extractions)
    rows = []
    for source, extraction in items:
        if not isinstance(extraction, Extraction):
            raise ZhqxTypeError(f"to_frame expects Extraction objects, got {type(extraction).__name__}")
        rows += event_rows(extraction, source)
    frame = pandas.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype({"investment_cny": "float64", "annual_output_cny": "float64", "count": "Int64"})


def _text(mention: Mention | None) -> str | None:
    return None if mention is None else mention.text


def _yuan(quantity: Quantity | None) -> float | None:
    return quantity.value if quantity is not None and quantity.unit == "CNY" else None
