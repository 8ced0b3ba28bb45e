"""HTML view of an ``Extraction``: the text with its entities highlighted by displaCy (its colours; PARK
takes the colour of FAC, facilities), then a table of the events."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from spacy import displacy
from spacy.displacy.render import DEFAULT_LABEL_COLORS

from zhqx.errors import ZhqxTypeError

if TYPE_CHECKING:  # for annotations only: zhqx.types imports this module (Extraction._repr_html_)
    from zhqx.types import Extraction

COLORS = {**DEFAULT_LABEL_COLORS, "PARK": DEFAULT_LABEL_COLORS["FAC"]}
EVENT_COLUMNS = ("type", "date", "park", "project", "company", "investment", "annual_output", "count")
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff]")  # invalid in HTML; one for one, offsets keep
_CELL = 'style="text-align: left; vertical-align: top; padding: 0.3em 0.8em; border-bottom: 1px solid #ddd'
_NAMES = ("park", "project", "company")  # wrap; the other columns do not


def render(extraction: Extraction) -> str:
    """The HTML of ``extraction``: highlighted text, then a table of its events (as in a notebook)."""
    if not all(hasattr(extraction, name) for name in ("text", "entities", "events")):
        raise ZhqxTypeError(f"render expects an Extraction, got {type(extraction).__name__}")
    text = _UNPRINTABLE.sub("\ufffd", extraction.text)
    ents = [{"start": e.start, "end": e.end, "label": e.label} for e in extraction.entities]
    marked = displacy.render(
        {"text": text, "ents": ents}, style="ent", manual=True, jupyter=False, options={"colors": COLORS}
    )
    return f'<div class="zhqx">{marked}{_events_table(extraction)}</div>'


def _events_table(extraction: Extraction) -> str:
    if not extraction.events:
        return "<p>No events found.</p>"
    styles = {name: _CELL + ('"' if name in _NAMES else '; white-space: nowrap"') for name in EVENT_COLUMNS}
    head = "".join(f"<th {styles[name]}>{name}</th>" for name in EVENT_COLUMNS)
    rows = "".join(
        "<tr>" + "".join(f"<td {styles[name]}>{_cell(getattr(event, name, None))}</td>" for name in EVENT_COLUMNS)
        + "</tr>"
        for event in extraction.events
    )
    table = '<table class="zhqx-events" style="border-collapse: collapse; margin-top: 1em">'
    return f"{table}<tr>{head}</tr>{rows}</table>"


def _cell(value) -> str:
    value = getattr(value, "text", value)  # a Quantity shows as written
    return "" if value is None else html.escape(_UNPRINTABLE.sub("\ufffd", str(value)))
