"""``zhqx.extract`` and ``zhqx.extract_many`` over the packaged pipeline.

A text longer than ``CHUNK_CHARS`` is cut into chunks (``zhqx.text.chunking``), so a huge article is processed in
bounded memory; results are shifted back to offsets into the whole text. The pipeline sees each chunk
through one-for-one character maps (traditional to simplified script, HTML remnants to spaces, lone
surrogates to U+FFFD); results keep the text as written.
"""

import datetime
import re
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Literal

from spacy.tokens import Doc
from spacy.util import minibatch

from zhqx.text.chunking import CHUNK_CHARS, chunk_spans, joined, rebased
from zhqx.numbers.dates import published_date
from zhqx.errors import ZhqxTypeError, ZhqxValueError, require_text
from zhqx.loading import load
from zhqx.text.normalize import to_simplified
from zhqx.pipeline.events import doc_dates, doc_entities, doc_quantities
from zhqx.pipeline.extensions import PUBLISHED
from zhqx.pipeline.shared import doc_text, from_dict
from zhqx.types import EVENT_TYPES, Extraction, Failure, Relation, event_from_dict
from zhqx.workers import run_batches

Published = datetime.date | str | None
Errors = Literal["raise", "skip", "record"]
ERRORS = ("raise", "skip", "record")
_HTML = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});|</?[a-zA-Z][^<>\n]{0,200}>")
_SURROGATE = re.compile("[\ud800-\udfff]")


def extract(text: str, *, published: Published = None) -> Extraction:
    """Entities, quantities, dates, relations and typed events of one article.

    ``published`` (a ``datetime.date`` or ISO string) gives dates without a year their year when
    the article itself does not; zhqx never uses today's date. Empty or blank text gives an empty
    ``Extraction``; anything but ``str`` raises ``TypeError`` naming the type.
    """
    return next(extract_many([require_text(text)], published=published))


def extract_many(
    texts: Iterable[str],
    *,
    published: Published = None,
    batch_size: int = 32,
    n_process: int = 1,
    errors: Errors = "raise",
) -> Iterator[Extraction | Failure]:
    """``extract`` over many articles, streaming: results come in input order, one at a time.

    ``published`` applies to every article. ``n_process > 1`` shares the articles among that many worker
    processes, ``batch_size`` articles at a time, so memory stays bounded on any input; a worker killed
    from outside has its batch run again once (then ``WorkerDiedError``). An article that cannot be
    extracted (not a str, or an error inside) is, per ``errors``: ``"raise"`` (the default) its exception,
    raised when its turn comes; ``"skip"`` left out; ``"record"`` a ``Failure`` naming its index and error
    in its place. The arguments are checked at the call, before any article is read.
    """
    iso = published_date(published)
    iso = iso.isoformat() if iso else None
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        hint = "; for one article use zhqx.extract(text)" if isinstance(texts, str) else ""
        raise ZhqxTypeError(f"texts must be an iterable of str, got {type(texts).__name__}{hint}")
    for name, value in (("batch_size", batch_size), ("n_process", n_process)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ZhqxValueError(f"{name} must be an int >= 1, got {value!r}")
    if errors not in ERRORS:
        raise ZhqxValueError(f"errors must be one of {', '.join(map(repr, ERRORS))}, got {errors!r}")
    return _results(iter(texts), iso, batch_size, n_process, errors)


def extract_parts(text: str, *, published: Published = None) -> Iterator[Extraction]:
    """``extract(text)`` chunk by chunk, for an article too long to hold all its results at once (the command
    line streams them): one ``Extraction`` per chunk, each with the whole ``text`` and offsets into it; their
    members, concatenated, are those of ``extract(text)``."""
    text = require_text(text)
    iso = published_date(published)
    return _parts(text, iso.isoformat() if iso else None)


def _parts(text: str, published: str | None) -> Iterator[Extraction]:
    spans = list(chunk_spans(text, CHUNK_CHARS))
    chunks = ((_model_text(text[start:end]), {PUBLISHED: published}) for start, end in spans)
    for span, (doc, _context) in zip(spans, load().pipe(chunks, as_tuples=True, batch_size=1)):
        yield rebased(text, span, extraction_from_doc(doc))


def _results(texts: Iterator, published: str | None, batch_size: int, n_process: int, errors: str) -> Iterator:
    batches = minibatch(enumerate(texts), batch_size)
    if n_process == 1:
        found = (pair for batch in batches for pair in _extract_batch(batch, published))
    else:
        load()  # before the workers start: forked workers share the loaded pipeline
        found = run_batches(partial(_extract_batch, published=published), batches, n_process)
    for index, result in found:
        if isinstance(result, Extraction):
            yield result
        elif errors == "raise":
            raise result
        elif errors == "record":
            yield Failure(index=index, error=type(result).__name__, message=str(result))


def _extract_batch(batch: list[tuple[int, object]], published: str | None) -> list[tuple[int, object]]:
    """(index, Extraction or the exception it raised) of each (index, text): the batch through the
    pipeline together, and again one article at a time when that raises, to find which one failed."""
    try:
        texts = [require_text(text) for _, text in batch]
        return [(index, found) for (index, _), found in zip(batch, _extract_stream(texts, published, len(batch)))]
    except Exception as error:  # noqa: BLE001 (one bad article must not cost the others)
        if len(batch) == 1:
            return [(batch[0][0], error)]
        return [pair for item in batch for pair in _extract_batch([item], published)]


def _extract_stream(texts: Iterable[str], published: str | None, batch_size: int) -> Iterator[Extraction]:
    """The pipeline over ``texts`` in this process, chunking long ones."""
    nlp = load()
    pending = deque()  # (text, chunk spans) of the articles whose chunks are in the pipeline
    context = {PUBLISHED: published}

    def chunks() -> Iterator[str]:
        for text in texts:
            spans = list(chunk_spans(text, CHUNK_CHARS))
            pending.append((text, spans))
            for start, end in spans:
                yield _model_text(text[start:end])

    # The tokenizer decodes many texts at once (tokenizer.pipe); the components then run on its Docs.
    docs = ((doc, context) for doc in nlp.tokenizer.pipe(chunks(), batch_size=batch_size))
    parts = []  # rebased as they come, so that a chunk's own results are freed at once
    for doc, _context in nlp.pipe(docs, as_tuples=True, batch_size=batch_size):
        text, spans = pending[0]
        parts.append(rebased(text, spans[len(parts)], extraction_from_doc(doc)))
        if len(parts) == len(spans):
            pending.popleft()
            yield joined(text, parts)
            parts = []


def extraction_from_doc(doc: Doc) -> Extraction:
    """The typed ``Extraction`` of a Doc the zhqx pipeline has processed."""
    text = doc_text(doc)
    return Extraction(
        text=text,
        entities=tuple(doc_entities(doc, text)),
        quantities=tuple(doc_quantities(doc)),
        dates=tuple(doc_dates(doc)),
        relations=tuple(from_dict(doc, r, Relation.from_dict) for r in doc._.zhqx_relations or ()),
        events=tuple(_event(doc, e) for e in doc._.zhqx_events or ()),
    )


def _event(doc: Doc, value: dict):
    """The event of a ``doc._.zhqx_events`` dict (its object when the dict was made from one of zhqx's event types)."""
    event = from_dict(doc, value, event_from_dict)
    return event if EVENT_TYPES.get(event.type) is type(event) else event_from_dict(value)


def _model_text(text: str) -> str:
    """What the pipeline sees of ``text``: the same length, every character at its place."""
    text = _HTML.sub(lambda m: " " * len(m.group()), text)
    return to_simplified(_SURROGATE.sub("\ufffd", text))
