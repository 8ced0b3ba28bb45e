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
from zhqx.types import Entity, Quantity, Relation

_TITLE = re.compile(
    r"[^\s，,。；;：:“”()（）]{0,6}?(?:主任|书记|局长|董事长|总经理|总裁|院长|行长|市长|区长|县长|负责人|创始人|常委|"
    r"处长|科长|部长|经理|主席|秘书长|所长|校长|厂长)"
)
_SETTLES = re.compile(r"(?:签约)?(?:落户|入驻|进驻)在?")
_GOVERNMENT = re.compile(r"(?:管委会|管理委员会|委员会|党工委|政府|办事处|局|委|厅|部|署)$")
_ZONE_BODY = re.compile(r"(.+(?:高新区|开发区|经开区|园区|产业园|科技园|示范区|新区|保税区|自贸区))(?:管委会|管理委员会|党工委)")


def find_relations(text: str, *, entities: list[Entity], quantities: list[Quantity]) -> list[Relation]:
    """The relations between ``entities`` and ``quantities`` of ``text``, ordered by their head's offset."""
    require_text(text)
    entities = sorted(entities, key=lambda e: e.start)
    found = _investments(text, entities, quantities) + _titles(text, entities)
    found += _locations(text, entities) + _parts(entities)
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


def _titles(text: str, entities: list[Entity]) -> list[Relation]:
    """<ORG or GPE><title><PERSON>: the title is all the text between them."""
    found = []
    for left, right in zip(entities, entities[1:]):
        between = text[left.end:right.start]
        if left.label in ("ORG", "GPE") and right.label == "PERSON" and _TITLE.fullmatch(between):
            found.append(Relation(type="title_of", head=right, tail=left, title=between))
    return found


def _locations(text: str, entities: list[Entity]) -> list[Relation]:
    """<company>…落户<PARK>[<PARK>] within a clause, and 位于<PARK>的<company>."""
    found = []
    for k, company in enumerate(entities):
        if company.label != "ORG" or _GOVERNMENT.search(company.text):
            continue
        if k and entities[k - 1].label == "PARK" and text[entities[k - 1].end:company.start] == "的" \
                and text[:entities[k - 1].start].endswith("位于"):
            found.append(Relation(type="located_in", head=company, tail=entities[k - 1]))
        for park in entities[k + 1:]:
            gap = text[company.end:park.start]
            settles = _SETTLES.search(gap)
            if re.search(r"[，,。；;：:、！？]", gap) or len(gap) > 16 or park.label != "PARK" or not settles:
                break
            if settles.end() == len(gap) or (found and found[-1].head is company and found[-1].tail.end == park.start):
                found.append(Relation(type="located_in", head=company, tail=park))
    return found


def _parts(entities: list[Entity]) -> list[Relation]:
    """A zone's own committee (苏州工业园区管委会 -> 苏州工业园区), else a government body whose name starts
    with a park of the article or a place of the gazetteer (the longest)."""
    parks = {e.text for e in entities if e.label == "PARK"}
    found = []
    for org in entities:
        if org.label != "ORG" or not _GOVERNMENT.search(org.text):
            continue
        zone = _ZONE_BODY.fullmatch(org.text)
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
