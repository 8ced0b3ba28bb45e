"""``zhqx.extract`` and ``zhqx.extract_many`` over the packaged pipeline."""

import datetime
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from zhqx.dates import published_date
from zhqx.errors import require_text
from zhqx.loading import load
from zhqx.pipeline.events import doc_dates, doc_quantities
from zhqx.types import Entity, Extraction, Relation, event_from_dict

Published = datetime.date | str | None


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

    ``published`` applies to every article. ``n_process > 1`` runs spaCy's multiprocessing ``nlp.pipe``.
    """
    nlp = load()
    iso = published_date(published)
    iso = iso.isoformat() if iso else None

    def docs() -> Iterator[Doc]:
        for text in texts:
            doc = nlp.make_doc(require_text(text))
            doc._.zhqx_published = iso
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        yield extraction_from_doc(doc)


def extraction_from_doc(doc: Doc) -> Extraction:
    """The typed ``Extraction`` of a Doc the zhqx pipeline has processed."""
    return Extraction(
        text=doc.text,
        entities=tuple(Entity(text=e.text, label=e.label_, start=e.start_char, end=e.end_char) for e in doc.ents),
        quantities=tuple(doc_quantities(doc)),
        dates=tuple(doc_dates(doc)),
        relations=tuple(Relation.from_dict(r) for r in doc._.zhqx_relations or ()),
        events=tuple(event_from_dict(e) for e in doc._.zhqx_events or ()),
    )
