"""Every spaCy extension attribute zhqx sets, declared once here (registering twice is harmless).

Values are plain JSON-safe dicts (``Quantity.to_dict()`` and the like), never objects, so
that Docs pickle, go through ``DocBin`` and ``nlp.pipe(n_process=2)`` unchanged.
"""

from spacy.tokens import Doc, Span

PUBLISHED = "zhqx_published"

EXTENSIONS = {
    (Doc, "zhqx_published"): "publication date (ISO str) the caller passed, used to give dates a year",
    (Span, "zhqx_quantity"): "Quantity.to_dict() of a span in doc.spans['zhqx_quantities']",
    (Span, "zhqx_date"): "DateMention.to_dict() of a span in doc.spans['zhqx_dates']",
    (Doc, "zhqx_events"): "Event.to_dict() of every event, in text order (zhqx_events)",
    (Doc, "zhqx_relations"): "Relation.to_dict() of every relation (zhqx_events)",
}


def register_extensions() -> None:
    """Declare zhqx's extensions on Doc and Span, once."""
    for (owner, name), _meaning in EXTENSIONS.items():
        if not owner.has_extension(name):
            owner.set_extension(name, default=None)


def published_of(doc: Doc) -> str | None:
    """The publication date given for ``doc``: ``doc._.zhqx_published``, or the ``"zhqx_published"`` key of
    the context passed with ``nlp.pipe(((text, {"zhqx_published": "2020-02-25"}), ...), as_tuples=True)``
    (which lets spaCy's worker processes segment the texts themselves)."""
    if doc._.zhqx_published is not None:
        return doc._.zhqx_published
    context = getattr(doc, "_context", None)
    return context.get(PUBLISHED) if isinstance(context, dict) else None
