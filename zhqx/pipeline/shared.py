"""Values of a Doc computed once and shared by zhqx's components, kept only as long as the Doc lives.

spaCy joins the tokens again on every ``doc.text``; a Doc's text never changes (retokenizing keeps it),
so it is joined once here for every component and for the ``Extraction`` (or not at all: the tokenizer
notes the text it made the Doc from). The components store results as
plain dicts (extension values); the objects they were made from are kept beside them, so that a later
stage reads the very dict back as its object instead of rebuilding it with ``from_dict``.
"""

from collections.abc import Callable, Mapping
from typing import Any
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: "WeakKeyDictionary[Doc, str]" = WeakKeyDictionary()
_RECORDS: "WeakKeyDictionary[Doc, dict[int, tuple[Mapping, Any]]]" = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined on the first call for this Doc only."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def known_text(doc: Doc, text: str) -> Doc:
    """``doc``, noted as having ``text`` (its tokens join to it: the tokenizer made it from ``text``)."""
    _TEXTS[doc] = text
    return doc


def span_records(doc: Doc, name: str, spans, rebuild: Callable[[Mapping], Any]) -> list:
    """``from_dict(doc, span._.get(name), rebuild)`` of each of ``spans``; the values read where spaCy keeps them
    (zhqx's extensions default to None), without an ``Underscore`` object per span, and the records looked up once."""
    data, records = doc.user_data, _RECORDS.get(doc, {})
    found = []
    for span in spans:
        value = data.get(("._.", name, span.start_char, span.end_char))
        entry = records.get(id(value))
        found.append(entry[1] if entry is not None and entry[0] is value else rebuild(value))
    return found


def set_span_value(doc: Doc, name: str, start: int, end: int, value) -> None:
    """``span._.set(name, value)`` for the span of ``doc`` from char ``start`` to ``end`` (a registered extension)."""
    doc.user_data[("._.", name, start, end)] = value


def as_dict(doc: Doc, record) -> dict:
    """``record.to_dict()``, remembered as made from ``record`` while ``doc`` lives."""
    value = record.to_dict()
    records = _RECORDS.get(doc)
    if records is None:
        records = _RECORDS[doc] = {}
    records[id(value)] = (value, record)
    return value


def from_dict(doc: Doc, value: Mapping, rebuild: Callable[[Mapping], Any]):
    """The object ``value`` was made from by ``as_dict``, or ``rebuild(value)`` for any other dict."""
    entry = _RECORDS.get(doc, {}).get(id(value))
    return entry[1] if entry is not None and entry[0] is value else rebuild(value)
