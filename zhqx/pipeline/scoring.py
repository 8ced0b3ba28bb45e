"""Scorers of the zhqx components, registered with spaCy (``Language.evaluate``, ``spacy train``, ``Pipe.score``).

- ``zhqx.entity_scorer.v1``: entities by exact character offsets and label, per label (``ents_per_type``)
  and over all (``ents_p``, ``ents_r``, ``ents_f``), the keys spaCy's ``ner`` scorer uses. Offsets rather than
  tokens, so a gold span that is no token boundary in the predicted Doc still counts.
- ``zhqx.event_scorer.v1``: event arguments as (event type, role, value) triples of ``doc._.zhqx_events``,
  counted with multiplicity, per role (``events_per_role``, the trigger included) and over all roles but the
  trigger (``events_p``, ``events_r``, ``events_f``). A quantity is compared by its value (the low end of a
  range), a mention by its text, anything else as it is.

``gold_example`` makes the ``Example`` of an annotated text (entities and events as in ``fixtures/articles``).
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import partial

from spacy.language import Language
from spacy.scorer import PRFScore
from spacy.training import Example
from spacy.util import registry

from zhqx.pipeline.alignment import split_at
from zhqx.pipeline.extensions import PUBLISHED, register_extensions

TRIGGER = "trigger"
_NOT_ROLES = ("type", "sentence")


@registry.scorers("zhqx.entity_scorer.v1")
def make_entity_scorer(entity_labels: list[str] | None = None):
    """``entity_labels``: score only these labels (``None``: every label)."""
    return partial(score_entities, entity_labels=entity_labels)


@registry.scorers("zhqx.event_scorer.v1")
def make_event_scorer(roles: list[str] | None = None):
    """``roles``: score only these roles (``None``: every role)."""
    return partial(score_events, roles=roles)


def score_entities(examples: Iterable[Example], *, entity_labels: Iterable[str] | None = None, **kwargs) -> dict:
    """Per-label and overall P/R/F of ``doc.ents`` against the reference, by character offsets
    (only ``entity_labels`` when given: the labels the reference annotates)."""
    keep = None if entity_labels is None else set(entity_labels)
    totals, per_label = PRFScore(), {}
    for example in examples:
        gold, found = _spans(example.reference, keep), _spans(example.predicted, keep)
        for label in {span[2] for span in gold | found}:
            _count(per_label.setdefault(label, PRFScore()), {s for s in found if s[2] == label},
                   {s for s in gold if s[2] == label})
        _count(totals, found, gold)
    return {
        "ents_p": totals.precision, "ents_r": totals.recall, "ents_f": totals.fscore,
        "ents_per_type": {label: score.to_dict() for label, score in sorted(per_label.items())},
    }


def score_events(examples: Iterable[Example], *, roles: Iterable[str] | None = None, **kwargs) -> dict:
    """Per-role and overall (roles but the trigger) P/R/F of ``doc._.zhqx_events`` against the reference
    (only ``roles`` when given: the roles the reference annotates)."""
    register_extensions()
    keep = None if roles is None else set(roles)
    totals, per_role = PRFScore(), {}
    for example in examples:
        gold = _triples(example.reference._.zhqx_events, keep)
        found = _triples(example.predicted._.zhqx_events, keep)
        for role in {triple[1] for triple in gold | found}:
            score = per_role.setdefault(role, PRFScore())
            _count(score, +Counter({t: n for t, n in found.items() if t[1] == role}),
                   +Counter({t: n for t, n in gold.items() if t[1] == role}))
        _count(totals, +Counter({t: n for t, n in found.items() if t[1] != TRIGGER}),
               +Counter({t: n for t, n in gold.items() if t[1] != TRIGGER}))
    return {
        "events_p": totals.precision, "events_r": totals.recall, "events_f": totals.fscore,
        "events_per_role": {role: score.to_dict() for role, score in sorted(per_role.items())},
    }


def gold_example(nlp: Language, text: str, *, entities: Iterable[Mapping] = (), events: list[dict] | None = None,
                 published: str | None = None) -> Example:
    """An ``Example`` whose reference holds ``entities`` (dicts with start, end, label) and ``events``
    (event dicts), for ``nlp.evaluate``; the predicted Doc is only tokenized, with ``published`` set."""
    register_extensions()
    predicted, reference = nlp.make_doc(text), nlp.make_doc(text)
    predicted._.set(PUBLISHED, published)
    entities = list(entities)
    split_at(reference, [offset for e in entities for offset in (e["start"], e["end"])])
    reference.ents = [reference.char_span(e["start"], e["end"], label=e["label"]) for e in entities]
    reference._.zhqx_events = events or []
    return Example(predicted, reference)


def _spans(doc, labels: set[str] | None) -> set[tuple[int, int, str]]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents if labels is None or e.label_ in labels}


def _count(score: PRFScore, found, gold) -> None:
    """Add the hits, misses and false hits of two sets or Counters to ``score``."""
    found, gold = Counter(found), Counter(gold)
    hits = sum((found & gold).values())
    score.tp += hits
    score.fp += sum(found.values()) - hits
    score.fn += sum(gold.values()) - hits


def _triples(events: list[dict] | None, roles: set[str] | None) -> Counter:
    found = Counter()
    for event in events or []:
        for role, value in event.items():
            if role in _NOT_ROLES or (roles is not None and role not in roles):
                continue
            for item in value if isinstance(value, list) else [value]:
                if item is not None:
                    found[event["type"], role, _comparable(item)] += 1
    return found


def _comparable(value):
    if isinstance(value, Mapping):
        if "value" in value or "low" in value:  # a quantity: compared by its value (the low end of a range)
            amount = value.get("value")
            return round(value.get("low") if amount is None else amount, 2)
        return value.get("text", repr(sorted(value.items())))
    return value
