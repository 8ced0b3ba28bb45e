"""``zhqx.extract`` and ``zhqx.extract_many`` over the packaged pipeline.

A text longer than ``CHUNK_CHARS`` is cut into chunks at paragraph ends (else sentence ends), so a huge
article is processed in bounded memory; results are shifted back to offsets into the whole text. The
pipeline sees each chunk through one-for-one character maps (traditional to simplified script, HTML
remnants to spaces, lone surrogates to U+FFFD); results keep the text as written.
"""

import datetime
import multiprocessing
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import fields, replace
from functools import partial

from spacy.tokens import Doc
from spacy.util import minibatch

from zhqx.dates import published_date
from zhqx.errors import require_text
from zhqx.loading import load
from zhqx.normalize import to_simplified
from zhqx.pipeline.events import doc_dates, doc_entities, doc_quantities
from zhqx.pipeline.extensions import PUBLISHED
from zhqx.types import Entity, Extraction, Mention, Quantity, Relation, event_from_dict

Published = datetime.date | str | None

# Articles up to this size (nearly all news) are read whole. The event and entity rules cost more than
# linear time in the length of a text, so longer chunks are slower: 100k chars ran at 1/4 the speed of 20k.
CHUNK_CHARS = 20_000
_PARAGRAPH_END = re.compile(r"[。！？!?][”’」』\"')）]*[^\S\n]*\n")
_SENTENCE_END = re.compile(r"[。！？!?]")
_HTML = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});|</?[a-zA-Z][^<>\n]{0,200}>")
_SURROGATE = re.compile("[\ud800-\udfff]")
_AS_WRITTEN = ("trigger", "project", "park", "company", "title")


def extract(text: str, *, published: Published = None) -> Extraction:
    """Entities, quantities, dates, relations and typed events of one article.

    ``published`` (a ``datetime.date`` or ISO string) gives dates without a year their year when
    the article itself does not; zhqx never uses today's date. Empty or blank text gives an empty
    ``Extraction``; anything but ``str`` raises ``TypeError`` naming the type.
    """
    return next(extract_many([require_text(text)], published=published))


def extract_many(
    texts: Iterable[str], *, published: Published = None, batch_size: int = 32, n_process: int = 1
) -> Iterator[Extraction]:
    """``extract`` over many articles, streaming: results come in input order, one at a time.

    ``published`` applies to every article. ``n_process > 1`` shares the articles among that many worker
    processes, ``batch_size * n_process`` articles at a time, so memory stays bounded on any input.
    """
    iso = published_date(published)
    iso = iso.isoformat() if iso else None
    texts = (require_text(text) for text in texts)
    if n_process == 1:
        yield from _extract_stream(texts, iso, batch_size)
        return
    load()  # before the workers start: forked workers share the loaded pipeline
    with multiprocessing.Pool(n_process) as pool:
        for window in minibatch(texts, batch_size * n_process):
            yield from pool.imap(partial(_extract_one, published=iso), window, chunksize=batch_size)


def _extract_one(text: str, published: str | None) -> Extraction:
    return next(_extract_stream([text], published, 1))


def _extract_stream(texts: Iterable[str], published: str | None, batch_size: int) -> Iterator[Extraction]:
    """The pipeline over ``texts`` in this process, chunking long ones."""
    nlp = load()
    pending = deque()  # (text, chunk spans) of the articles whose chunks are in the pipeline
    context = {PUBLISHED: published}

    def chunks() -> Iterator[tuple[str, dict]]:
        for text in texts:
            spans = list(_chunks(text, CHUNK_CHARS))
            pending.append((text, spans))
            for start, end in spans:
                yield _model_text(text[start:end]), context

    parts = []
    for doc, _context in nlp.pipe(chunks(), as_tuples=True, batch_size=batch_size):
        parts.append(extraction_from_doc(doc))
        text, spans = pending[0]
        if len(parts) == len(spans):
            pending.popleft()
            yield _merge(text, spans, parts)
            parts = []


def extraction_from_doc(doc: Doc) -> Extraction:
    """The typed ``Extraction`` of a Doc the zhqx pipeline has processed."""
    text = doc.text  # spaCy joins the tokens on every access
    return Extraction(
        text=text,
        entities=tuple(doc_entities(doc, text)),
        quantities=tuple(doc_quantities(doc)),
        dates=tuple(doc_dates(doc)),
        relations=tuple(Relation.from_dict(r) for r in doc._.zhqx_relations or ()),
        events=tuple(event_from_dict(e) for e in doc._.zhqx_events or ()),
    )


def _chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) spans covering ``text``, each at most ``size`` long: cut after the last paragraph end
    (a sentence end, then a line break) in the second half of the window, else after its last sentence
    end, else (a text without any) at ``size``."""
    start = 0
    while len(text) - start > size:
        low, high = start + size // 2, start + size
        ends = [m.end() for m in _PARAGRAPH_END.finditer(text, low, high)]
        ends = ends or [m.end() for m in _SENTENCE_END.finditer(text, low, high)]
        end = ends[-1] if ends else high
        yield start, end
        start = end
    yield start, len(text)


def _model_text(text: str) -> str:
    """What the pipeline sees of ``text``: the same length, every character at its place."""
    text = _HTML.sub(lambda m: " " * len(m.group()), text)
    return to_simplified(_SURROGATE.sub("\ufffd", text))


def _merge(text: str, spans: list[tuple[int, int]], parts: list[Extraction]) -> Extraction:
    """The Extraction of ``text`` from those of its chunks (``parts``, one per span)."""
    if len(parts) == 1 and parts[0].text == text:
        return parts[0]
    members = {field.name: [] for field in fields(Extraction)[1:]}
    for (start, end), part in zip(spans, parts):
        seen = part.text if part.text != text[start:end] else None
        for name, found in members.items():
            found += (_rebase(m, start, text, seen) for m in getattr(part, name))
    return Extraction(text=text, **{name: tuple(found) for name, found in members.items()})


def _rebase(record, offset: int, text: str, seen: str | None):
    """``record`` of the chunk at ``offset`` in ``text``, with offsets into ``text`` and its strings as
    written there (``seen``: what the pipeline saw of the chunk, when that differs from the text)."""
    changes = {}
    for field in fields(record):
        value = getattr(record, field.name)
        if isinstance(value, (Entity, Quantity, Mention)):
            changes[field.name] = _rebase(value, offset, text, seen)
        elif field.name in ("start", "end"):
            changes[field.name] = value + offset
        elif field.name == "sentence":
            changes[field.name] = (value[0] + offset, value[1] + offset)
    if "start" in changes:
        changes["text"] = text[changes["start"] : changes["end"]]
    elif seen is not None:
        before = record.sentence[1] if "sentence" in changes else len(seen)
        for name in _AS_WRITTEN:
            if isinstance(getattr(record, name, None), str):
                changes[name] = _as_written(getattr(record, name), before, offset, text, seen)
        if getattr(record, "sectors", ()):
            changes["sectors"] = tuple(_as_written(s, before, offset, text, seen) for s in record.sectors)
    return replace(record, **changes)


def _as_written(value: str, before: int, offset: int, text: str, seen: str) -> str:
    """``value`` (a string of ``seen``) as ``text`` writes it: found last before ``before``, else anywhere."""
    i = seen.rfind(value, 0, before)
    i = i if i >= 0 else seen.find(value)
    return value if i < 0 else text[offset + i : offset + i + len(value)]
