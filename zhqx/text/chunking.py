"""Cutting a long text into chunks the pipeline reads one at a time, and joining the chunks' results.

A text longer than ``CHUNK_CHARS`` is cut, in the second half of each window, after its last paragraph
end, else sentence end (。！？), else ；, else ，、, else whitespace, else any character that is no
letter, digit or ideograph; a text with none of these is cut at the window's end. A cut is never left
inside a quantity or a date (it moves to the mention's start) nor between two ASCII letters or digits,
unless the mention is longer than half a window.
"""

import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import fields, replace

from zhqx.numbers.dates import find_dates
from zhqx.numbers.quantities import find_quantities
from zhqx.types import Entity, Extraction, Mention, Quantity

# Articles up to this size (nearly all news) are read whole. The event and entity rules cost more than
# linear time in the length of a text, so longer chunks are slower: 100k chars ran at 1/4 the speed of 20k.
CHUNK_CHARS = 20_000
_CLOSING = "[”’」』\"')）]*"
_CUTS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"[。！？!?]{_CLOSING}[^\S\n]*\n", rf"[。！？!?]{_CLOSING}", rf"[；;]{_CLOSING}", r"[，,、]", r"\s+", r"\W"
    )
)
# A mention around a cut is found within this many characters of it (longer numerals are no quantity).
_MARGIN = 400
_ALNUM = string.ascii_letters + string.digits
_AS_WRITTEN = ("trigger", "project", "park", "company", "title")


def chunk_spans(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) spans covering ``text`` in order, each at most ``size`` long (see the module)."""
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, size)
        yield start, end
        start = end
    yield start, len(text)


def chunks_of(pieces: Iterable[str], size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(start, chunk) of the text that ``pieces`` make, cut where ``chunk_spans`` cuts it, holding no more of
    it than a chunk, its margin and one piece (a cut depends on the ``size + _MARGIN`` characters after its
    chunk's start only)."""
    pieces, buffer, base, start, more = iter(pieces), "", 0, 0, True
    while True:
        while more and len(buffer) - start <= size + _MARGIN:
            piece = next(pieces, None)
            more = piece is not None
            buffer, base, start = buffer[start:] + (piece or ""), base + start, 0
        if len(buffer) - start <= size:
            yield base + start, buffer[start:]
            return
        end = _cut(buffer, start, size)
        yield base + start, buffer[start:end]
        start = end


def _cut(text: str, start: int, size: int) -> int:
    """The end of the chunk of ``text`` that starts at ``start`` (more than ``size`` characters remain)."""
    low, high = start + size // 2, start + size
    end = next((_last_end(cut, text, low, high) for cut in _CUTS if cut.search(text, low, high)), high)
    return _outside_mentions(text, end, start)


def _last_end(pattern: re.Pattern, text: str, low: int, high: int) -> int:
    end = low
    for match in pattern.finditer(text, low, high):
        end = match.end()
    return end


def _outside_mentions(text: str, cut: int, start: int) -> int:
    """``cut``, or an earlier offset after ``start`` when ``cut`` falls inside a quantity, a date or a run
    of ASCII letters and digits; ``cut`` itself when the mention begins at or before ``start`` (a run of
    digits longer than half a window: no cut avoids it)."""
    first = cut
    while True:
        base = max(start, cut - _MARGIN)
        window = text[base : cut + _MARGIN]
        inside = [m.start + base for m in (*find_quantities(window), *find_dates(window))
                  if m.start + base < cut < m.end + base]
        if cut < len(text) and text[cut] in _ALNUM and text[cut - 1] in _ALNUM:  # where the run starts
            inside.append(cut - (len(head := text[start:cut]) - len(head.rstrip(_ALNUM))))
        earlier = min(inside, default=cut)
        if earlier <= start:
            return first
        if earlier == cut:
            return cut
        cut = earlier


def rebased(text: str, span: tuple[int, int], part: Extraction) -> Extraction:
    """The Extraction ``part`` of the chunk at ``span`` of ``text``, with ``text`` and offsets into it (and its
    strings as ``text`` writes them, when the pipeline saw the chunk otherwise)."""
    start, end = span
    if part.text == text:
        return part
    return Extraction(text=text, **moved(part, text[start:end], start))


def moved(part: Extraction, chunk: str, start: int) -> dict[str, tuple]:
    """The members of ``part``, the Extraction of ``chunk`` (or of what the pipeline saw of it), by field name,
    with offsets moved ``start`` on (into the text where ``chunk`` starts at ``start``) and strings as ``chunk``
    writes them."""
    seen = part.text if part.text != chunk else None
    return {field.name: tuple(_rebase(m, start, chunk, seen) for m in getattr(part, field.name))
            for field in fields(Extraction)[1:]}


def joined(text: str, parts: list[Extraction]) -> Extraction:
    """One Extraction of ``text`` from those of its chunks, each already ``rebased``."""
    if len(parts) == 1:
        return parts[0]
    names = [field.name for field in fields(Extraction)[1:]]
    return Extraction(text=text, **{name: tuple(m for part in parts for m in getattr(part, name)) for name in names})


def _rebase(record, offset: int, chunk: str, seen: str | None):
    """``record`` of ``chunk``, with offsets moved ``offset`` on and its strings as written in ``chunk``
    (``seen``: what the pipeline saw of the chunk, when that differs from it)."""
    changes = {}
    for field in fields(record):
        value = getattr(record, field.name)
        if isinstance(value, (Entity, Quantity, Mention)):
            changes[field.name] = _rebase(value, offset, chunk, seen)
        elif field.name in ("start", "end"):
            changes[field.name] = value + offset
        elif field.name == "sentence":
            changes[field.name] = (value[0] + offset, value[1] + offset)
    if "start" in changes:
        changes["text"] = chunk[record.start : record.end]
    elif seen is not None:
        before = record.sentence[1] if "sentence" in changes else len(seen)
        for name in _AS_WRITTEN:
            if isinstance(getattr(record, name, None), str):
                changes[name] = _as_written(getattr(record, name), before, chunk, seen)
        if getattr(record, "sectors", ()):
            changes["sectors"] = tuple(_as_written(s, before, chunk, seen) for s in record.sectors)
    return replace(record, **changes)


def _as_written(value: str, before: int, chunk: str, seen: str) -> str:
    """``value`` (a string of ``seen``) as ``chunk`` writes it: found last before ``before``, else anywhere."""
    i = seen.rfind(value, 0, before)
    i = i if i >= 0 else seen.find(value)
    return value if i < 0 else chunk[i : i + len(value)]
