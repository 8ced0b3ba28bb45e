"""spaCy component ``zhqx_entities``: ``doc.ents`` with ORG, PARK, GPE, PERSON and the numbers.

Named entities come from the grammar in ``zhqx.entities``; company names written inside a project's name
(no ORG mentions) go to ``doc.spans["zhqx_in_project"]`` for the events; MONEY, PERCENT, QUANTITY and
DATE come from the spans ``zhqx_numbers`` found (it must run first). Where two overlap the
longer wins. Tokens are split where an entity starts or ends inside one.
"""

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from zhqx.entities import IN_PROJECT, entity_mentions
from zhqx.pipeline.alignment import split_at
from zhqx.pipeline.numbers import DATES, QUANTITIES

IN_PROJECTS = "zhqx_in_project"
NUMBER_LABELS = {"money": "MONEY", "percent": "PERCENT", "percent_point": "PERCENT"}


@Language.factory("zhqx_entities", requires=["doc.spans"], assigns=["doc.ents"])
def make_entities(nlp: Language, name: str) -> "EntityTagger":
    """Factory for ``nlp.add_pipe("zhqx_entities")`` (after ``zhqx_numbers``)."""
    return EntityTagger(name)


class EntityTagger:
    """Sets ``doc.ents`` from the entity grammar and the number spans."""

    def __init__(self, name: str = "zhqx_entities"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        found = entity_mentions(doc.text)
        mentions = [(e.start, e.end, e.label) for e in found if e.label != IN_PROJECT]
        inside = [(e.start, e.end) for e in found if e.label == IN_PROJECT]
        for span in doc.spans.get(QUANTITIES, []):
            mentions.append((span.start_char, span.end_char, NUMBER_LABELS.get(span.label_, "QUANTITY")))
        mentions += [(span.start_char, span.end_char, "DATE") for span in doc.spans.get(DATES, [])]
        split_at(doc, [offset for start, end, _ in mentions for offset in (start, end)]
                 + [offset for span in inside for offset in span])
        doc.spans[IN_PROJECTS] = [doc.char_span(start, end, label=IN_PROJECT) for start, end in inside]
        doc.ents = filter_spans([doc.char_span(start, end, label=label) for start, end, label in mentions])
        return doc
