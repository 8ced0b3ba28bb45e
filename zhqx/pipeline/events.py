"""spaCy component ``zhqx_events``: typed events and relations, from the entities and numbers.

Runs ``zhqx.events.find_events`` and ``zhqx.relations.find_relations`` over what ``zhqx_numbers``
and ``zhqx_entities`` found (they must run first) and stores plain dicts:
``doc._.zhqx_events`` (``Event.to_dict()`` in text order) and ``doc._.zhqx_relations``.
The event rules are the packaged ones unless ``initialize(rules=...)`` gave others (any rules object
with ``to_disk`` / classmethod ``from_disk``, as ``find_events`` takes it), which ``to_disk`` saves.
The entity lexicons the events read (which heads name a body, which cues a media credit, which ends a zone)
are those of the pipeline's entity component, a user's own entries included.
"""

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from zhqx.events import find_events
from zhqx.events.spec import EventRules
from zhqx.lexicon import Lexicons, default_lexicons
from zhqx.pipeline.extensions import published_of, register_extensions
from zhqx.pipeline.shared import as_dict, doc_text, span_records
from zhqx.pipeline.entities import IN_PROJECTS, EntityTagger
from zhqx.pipeline.numbers import DATES, QUANTITIES
from zhqx.pipeline.rules import RulesPipe
from zhqx.pipeline.scoring import make_entity_scorer, make_event_scorer  # noqa: F401  (registers the scorers)
from zhqx.relations import find_relations
from zhqx.types import DateMention, Entity, Quantity

NAMED_LABELS = ("ORG", "PARK", "GPE", "PERSON")


@Language.factory(
    "zhqx_events",
    default_config={
        "quantities_key": QUANTITIES,
        "dates_key": DATES,
        "scorer": {"@scorers": "zhqx.event_scorer.v1"},
    },
    requires=["doc.ents", "doc.spans", "span._.zhqx_quantity", "span._.zhqx_date"],
    assigns=["doc._.zhqx_events", "doc._.zhqx_relations"],
    default_score_weights={"events_f": 1.0, "events_p": 0.0, "events_r": 0.0, "events_per_role": None},
)
def make_events(
    nlp: Language, name: str, quantities_key: str, dates_key: str, scorer: Callable | None
) -> "EventFinder":
    """Factory for ``nlp.add_pipe("zhqx_events")`` (after ``zhqx_numbers`` and ``zhqx_entities``)."""
    return EventFinder(name, nlp=nlp, quantities_key=quantities_key, dates_key=dates_key, scorer=scorer)


def doc_entities(doc: Doc, text: str, labels: tuple[str, ...] | None = None) -> list[Entity]:
    """``doc.ents`` (those with one of ``labels``, when given) as ``Entity`` objects; ``text`` is ``doc.text``,
    sliced once rather than joined again for every span."""
    return [
        Entity(text=text[e.start_char:e.end_char], label=e.label_, start=e.start_char, end=e.end_char)
        for e in doc.ents
        if labels is None or e.label_ in labels
    ]


def doc_quantities(doc: Doc, key: str = QUANTITIES) -> list[Quantity]:
    return span_records(doc, "zhqx_quantity", doc.spans.get(key, ()), Quantity.from_dict)


def doc_dates(doc: Doc, key: str = DATES) -> list[DateMention]:
    return span_records(doc, "zhqx_date", doc.spans.get(key, ()), DateMention.from_dict)


class EventFinder(RulesPipe):
    """Sets ``doc._.zhqx_events`` and ``doc._.zhqx_relations``."""

    def __init__(self, name: str = "zhqx_events", *, nlp: Language | None = None, quantities_key: str = QUANTITIES,
                 dates_key: str = DATES, scorer: Callable | None = None):
        super().__init__(name, scorer=scorer)
        self.nlp = nlp
        self.quantities_key, self.dates_key = quantities_key, dates_key
        register_extensions()

    @property
    def entity_lexicons(self) -> Lexicons:
        """The lexicons of the pipeline's entity component (looked up per call: it may be initialized or replaced
        after this one is made), or the packaged ones when there is none."""
        taggers = [pipe for _, pipe in self.nlp.pipeline if isinstance(pipe, EntityTagger)] if self.nlp else []
        return taggers[0].lexicons if taggers else default_lexicons()

    def initialize(self, get_examples=None, *, nlp=None, rules: EventRules | str | Path | None = None) -> None:
        """Load the event rules: an ``EventRules``, a folder written by ``EventRules.to_disk``
        (``[initialize.components.zhqx_events] rules = "..."``), or ``None`` for the packaged ones."""
        self.rules = rules if rules is None or isinstance(rules, EventRules) else EventRules.from_disk(rules)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        entities, quantities = doc_entities(doc, text, NAMED_LABELS), doc_quantities(doc, self.quantities_key)
        in_projects = [Entity(text=s.text, label=s.label_, start=s.start_char, end=s.end_char)
                       for s in doc.spans.get(IN_PROJECTS, [])]  # part of a project's name, no company
        events = find_events(
            text, entities=entities + in_projects, quantities=quantities, dates=doc_dates(doc, self.dates_key),
            published=published_of(doc), entity_lexicons=self.entity_lexicons, **self._rules_kwargs("rules"),
        )
        doc._.zhqx_events = [as_dict(doc, event) for event in events]
        doc._.zhqx_relations = [as_dict(doc, r) for r in find_relations(
            text, entities=entities, quantities=quantities, lexicons=self.entity_lexicons)]
        return doc
