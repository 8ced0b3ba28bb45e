"""Relations between the mentions of an article, from a few precise patterns (pure Python, no spaCy).

- ``investment_of``: money -> the park or organization it is the investment of
  (总投资150亿元的无锡先导集成电路装备与材料产业园);
- ``title_of``: person -> organization or place, with the ``title`` between them (中关村管委会主任翟立新);
- ``located_in``: company -> park, from 落户 / 入驻 / 进驻 (落户南通高新区江海智汇园) or 位于<park>的<company>;
- ``part_of``: a government body -> the park or place its name starts with (昆山市市场监管局高新区分局 ->
  昆山市; 中关村管委会 -> 中关村). The tail may be a span inside the body's own name.
"""

import re
from functools import cache

from zhqx.errors import require_text
from zhqx.lexicon import Lexicons, default_lexicons
from zhqx.types import Entity, Quantity, Relation

_CLAUSE_BREAK = re.compile(r"[，,。；;：:、！？]")
# A dateline between a place and a byline name is no title (北京6月22日电记者|张三).
_DATELINE = re.compile(r"[日号][讯电]")


class _Patterns:
    """The relation patterns of one rule set; the word lists are the lexicons titles, settle_verbs,
    government_ends, park_suffixes and zone_committees (the same titles as the entity stage's)."""

    def __init__(self, lexicons: Lexicons):
        # Up to 6 characters of the body's own unit, then a title (…协会理事长, 管委会副主任).
        self.title = re.compile(r"[^\s，,。；;：:“”()（）]{0,6}?(?:" + lexicons["titles"].regex + ")")
        self.settles = re.compile("(?:" + lexicons["settle_verbs"].regex + ")在?")
        self.government = lexicons["government_ends"]
        self.zone_body = re.compile(f"(.+(?:{lexicons['park_suffixes'].regex}))(?:{lexicons['zone_committees'].regex})")


_RECENT: dict[int, tuple[Lexicons, _Patterns]] = {}


def _patterns(lexicons: Lexicons | None) -> _Patterns:
    lexicons = default_lexicons() if lexicons is None else lexicons
    held = _RECENT.get(id(lexicons))
    if held is None or held[0] is not lexicons:
        if len(_RECENT) >= 8:
            del _RECENT[next(iter(_RECENT))]
        held = _RECENT[id(lexicons)] = (lexicons, _Patterns(lexicons))
    return held[1]


def find_relations(text: str, *, entities: list[Entity], quantities: list[Quantity],
                   lexicons: Lexicons | None = None) -> list[Relation]:
    """The relations between ``entities`` and ``quantities`` of ``text``, ordered by their head's offset.

    ``lexicons``: the word lists (None: the shipped ones).
    """
    require_text(text)
    patterns = _patterns(lexicons)
    entities = sorted(entities, key=lambda e: e.start)
    found = _investments(text, entities, quantities) + _titles(text, entities, patterns)
    found += _locations(text, entities, patterns) + _parts(entities, patterns)
    return sorted(found, key=lambda r: (r.head.start, r.tail.start))


def _investments(text: str, entities: list[Entity], quantities: list[Quantity]) -> list[Relation]:
    """总投资X亿元的<PARK or ORG>."""
    starts = {e.start: e for e in entities if e.label in ("PARK", "ORG")}
    found = []
    for q in quantities:
        tail = starts.get(q.end + 1)
        if q.kind == "money" and tail and text[q.end] == "的" and re.search("投资额?为?$", text[max(0, q.start - 4):q.start]):
            found.append(Relation(type="investment_of", head=q, tail=tail))
    return found


def _titles(text: str, entities: list[Entity], patterns: _Patterns) -> list[Relation]:
    """<ORG or GPE><title><PERSON>: the title is all the text between them."""
    found = []
    for left, right in zip(entities, entities[1:]):
        between = text[left.end:right.start]
        if left.label in ("ORG", "GPE") and right.label == "PERSON" and patterns.title.fullmatch(between) \
                and not _DATELINE.search(between):
            found.append(Relation(type="title_of", head=right, tail=left, title=between))
    return found


def _locations(text: str, entities: list[Entity], patterns: _Patterns) -> list[Relation]:
    """<company>…落户<PARK>[<PARK>] within a clause, and 位于<PARK>的<company>."""
    found = []
    for k, company in enumerate(entities):
        if company.label != "ORG" or patterns.government.suffix_of(company.text):
            continue
        if k and entities[k - 1].label == "PARK" and text[entities[k - 1].end:company.start] == "的" \
                and text[:entities[k - 1].start].endswith("位于"):
            found.append(Relation(type="located_in", head=company, tail=entities[k - 1]))
        for park in entities[k + 1:]:
            gap = text[company.end:park.start]
            settles = patterns.settles.search(gap)
            if _CLAUSE_BREAK.search(gap) or len(gap) > 16 or park.label != "PARK" or not settles:
                break
            if settles.end() == len(gap) or (found and found[-1].head is company and found[-1].tail.end == park.start):
                found.append(Relation(type="located_in", head=company, tail=park))
    return found


def _parts(entities: list[Entity], patterns: _Patterns) -> list[Relation]:
    """A zone's own committee (苏州工业园区管委会 -> 苏州工业园区), else a government body whose name starts
    with a park of the article or a place of the gazetteer (the longest)."""
    parks = {e.text for e in entities if e.label == "PARK"}
    found = []
    for org in entities:
        if org.label != "ORG" or not patterns.government.suffix_of(org.text):
            continue
        zone = patterns.zone_body.fullmatch(org.text)
        sizes = [len(zone.group(1))] if zone else range(len(org.text) - 1, 1, -1)
        for size in sizes:
            prefix = org.text[:size]
            label = "PARK" if zone or prefix in parks else "GPE" if prefix in _places() else None
            if label:
                tail = Entity(text=prefix, label=label, start=org.start, end=org.start + size)
                found.append(Relation(type="part_of", head=org, tail=tail))
                break
    return found


@cache
def _places() -> frozenset[str]:
    from zhqx.gazetteer import lookup_table

    return frozenset(name for name, entries in lookup_table().items() if any(e.label == "GPE" for e in entries))
