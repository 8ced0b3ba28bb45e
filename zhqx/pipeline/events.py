"""spaCy component ``zhqx_events``: typed events and relations, from the entities and numbers.

Runs ``zhqx.events.find_events`` and ``zhqx.relations.find_relations`` over what ``zhqx_numbers``
and ``zhqx_entities`` found (they must run first) and stores plain dicts:
``doc._.zhqx_events`` (``Event.to_dict()`` in text order) and ``doc._.zhqx_relations``.
"""

from spacy.language import Language
from spacy.tokens import Doc

from zhqx.events import find_events
from zhqx.pipeline.extensions import published_of, register_extensions
from zhqx.pipeline.entities import IN_PROJECTS
from zhqx.pipeline.numbers import DATES, QUANTITIES
from zhqx.relations import find_relations
from zhqx.types import DateMention, Entity, Quantity

NAMED_LABELS = ("ORG", "PARK", "GPE", "PERSON")


@Language.factory("zhqx_events", requires=["doc.ents", "doc.spans"])
def make_events(nlp: Language, name: str) -> "EventFinder":
    """Factory for ``nlp.add_pipe("zhqx_events")`` (after ``zhqx_numbers`` and ``zhqx_entities``)."""
    return EventFinder(name)


def doc_entities(doc: Doc, text: str, labels: tuple[str, ...] | None = None) -> list[Entity]:
    """``doc.ents`` (those with one of ``labels``, when given) as ``Entity`` objects; ``text`` is ``doc.text``,
    sliced once rather than joined again for every span."""
    return [
        Entity(text=text[e.start_char:e.end_char], label=e.label_, start=e.start_char, end=e.end_char)
        for e in doc.ents
        if labels is None or e.label_ in labels
    ]


def doc_quantities(doc: Doc) -> list[Quantity]:
    return [Quantity.from_dict(span._.zhqx_quantity) for span in doc.spans.get(QUANTITIES, [])]


def doc_dates(doc: Doc) -> list[DateMention]:
    return [DateMention.from_dict(span._.zhqx_date) for span in doc.spans.get(DATES, [])]


class EventFinder:
    """Sets ``doc._.zhqx_events`` and ``doc._.zhqx_relations``."""

    def __init__(self, name: str = "zhqx_events"):
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy joins the tokens on every access
        entities, quantities = doc_entities(doc, text, NAMED_LABELS), doc_quantities(doc)
        in_projects = [Entity(text=s.text, label=s.label_, start=s.start_char, end=s.end_char)
                       for s in doc.spans.get(IN_PROJECTS, [])]  # part of a project's name, no company
        events = find_events(
            text, entities=entities + in_projects, quantities=quantities, dates=doc_dates(doc), published=published_of(doc)
        )
        doc._.zhqx_events = [event.to_dict() for event in events]
        doc._.zhqx_relations = [r.to_dict() for r in find_relations(text, entities=entities, quantities=quantities)]
        return doc
