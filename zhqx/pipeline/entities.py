"""spaCy component ``zhqx_entities``: ``doc.ents`` with ORG, PARK, GPE, PERSON and the numbers.

Named entities come from the grammar in ``zhqx.entities`` over the component's lexicons
(``zhqx.lexicon.Lexicons``; the packaged ones unless ``initialize(lexicons=...)`` gave others, which
``to_disk`` then saves with the pipeline); company names written inside a project's name (no ORG
mentions) go to ``doc.spans["zhqx_in_project"]`` for the events; MONEY, PERCENT, QUANTITY and DATE come
from the spans ``zhqx_numbers`` found (it must run first). Where two overlap the longer wins. Tokens are
split where an entity starts or ends inside one.
"""

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from zhqx.entities import IN_PROJECT, mention_spans
from zhqx.lexicon import Lexicons, default_lexicons
from zhqx.pipeline.alignment import split_at
from zhqx.pipeline.numbers import DATES, QUANTITIES
from zhqx.pipeline.rules import RulesPipe
from zhqx.pipeline.shared import doc_text
from zhqx.pipeline.scoring import make_entity_scorer, make_event_scorer  # noqa: F401  (registers the scorers)

IN_PROJECTS = "zhqx_in_project"
NUMBER_LABELS = {"money": "MONEY", "percent": "PERCENT", "percent_point": "PERCENT"}


@Language.factory(
    "zhqx_entities",
    default_config={
        "quantities_key": QUANTITIES,
        "dates_key": DATES,
        "scorer": {"@scorers": "zhqx.entity_scorer.v1"},
    },
    requires=["doc.spans"],
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_entities(
    nlp: Language, name: str, quantities_key: str, dates_key: str, scorer: Callable | None
) -> "EntityTagger":
    """Factory for ``nlp.add_pipe("zhqx_entities")`` (after ``zhqx_numbers``, whose span groups it reads)."""
    return EntityTagger(name, quantities_key=quantities_key, dates_key=dates_key, scorer=scorer)


class EntityTagger(RulesPipe):
    """Sets ``doc.ents`` from the entity grammar and the number spans."""

    def __init__(self, name: str = "zhqx_entities", *, quantities_key: str = QUANTITIES, dates_key: str = DATES,
                 scorer: Callable | None = None):
        super().__init__(name, scorer=scorer)
        self.quantities_key, self.dates_key = quantities_key, dates_key

    @property
    def lexicons(self) -> Lexicons:
        """The lexicons the grammar reads (the packaged ones unless set by ``initialize``)."""
        return default_lexicons() if self.rules is None else self.rules

    def initialize(self, get_examples=None, *, nlp=None, lexicons: Lexicons | str | Path | None = None) -> None:
        """Load the lexicons: a ``Lexicons``, a folder of ``.tsv`` lexicon files (``[initialize.components.
        zhqx_entities] lexicons = "..."``), or ``None`` for ``zhqx.lexicon.default_lexicons()``."""
        if lexicons is None:
            lexicons = default_lexicons()
        elif not isinstance(lexicons, Lexicons):
            lexicons = Lexicons.read(lexicons)
        self.rules = lexicons

    def __call__(self, doc: Doc) -> Doc:
        found = mention_spans(doc_text(doc), **self._rules_kwargs("lexicons"))
        mentions = [mention for mention in found if mention.label != IN_PROJECT]
        inside = [(start, end) for start, end, label in found if label == IN_PROJECT]
        for span in doc.spans.get(self.quantities_key, []):
            mentions.append((span.start_char, span.end_char, NUMBER_LABELS.get(span.label_, "QUANTITY")))
        mentions += [(span.start_char, span.end_char, "DATE") for span in doc.spans.get(self.dates_key, [])]
        split_at(doc, [offset for start, end, _ in mentions for offset in (start, end)]
                 + [offset for span in inside for offset in span])
        doc.spans[IN_PROJECTS] = [doc.char_span(start, end, label=IN_PROJECT) for start, end in inside]
        doc.ents = _longest(doc, mentions)
        return doc


def _longest(doc: Doc, mentions: list[tuple[int, int, str]]) -> list:
    """``filter_spans`` of the mentions' spans (of two alike, the first given); where no two overlap (most texts),
    the spans in text order without it."""
    ordered = sorted(mentions)
    if all(start < end for start, end, _ in ordered) and all(
            before[1] <= after[0] for before, after in zip(ordered, ordered[1:])):
        return [doc.char_span(start, end, label=label) for start, end, label in ordered]
    return filter_spans([doc.char_span(start, end, label=label) for start, end, label in mentions])
