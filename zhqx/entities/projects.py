"""Project and facility names: a company name written as the first words of a project's or facility's name
(星澜科技有限公司年产5万吨电池项目, 星澜科技研发中心) is part of that name, not an ORG mention (CONVENTIONS),
unless it is the owner before a project named in its own right (星澜集团|青县海上风电项目)."""

import re

from zhqx.entities.grammar import IN_PROJECT, Candidate, Grammar
from zhqx.entities.known import known_names

# The rest of the phrase after a name: up to the next punctuation (a space only between Latin letters: Mini LED).
_PHRASE = re.compile(r"(?:[^，。；、：！？,;:!?\s（）()“”\"《》]|(?<=[A-Za-z]) (?=[A-Za-z]))+")
# A yearly capacity or a plant's size opening a project's own name (年产5万吨, 万吨, 20兆瓦)
_CAPACITY = re.compile(r"年(?:产|处理|加工)|[\d.一二三四五六七八九十百千万]*(?:吨|千瓦|兆瓦)")


def in_projects(text: str, found: list[Candidate], grammar: Grammar) -> list[Candidate]:
    """``found`` with the company mentions that start a project's or facility's name relabelled ``IN_PROJECT``
    (a government body's projects keep it as ORG: 财政部以存量项目为主)."""
    return [Candidate(c.start, c.end, IN_PROJECT) if c.label == "ORG" and not _body(text, c, grammar)
            and _starts_project(text, c.end, grammar) and not _owner(text, c, grammar) else c for c in found]


def _owner(text: str, name: Candidate, grammar: Grammar) -> bool:
    """Whether ``name`` is an owner (``owns_projects``) written before a project named in its own right, ending in
    an owned head (星澜集团|青县海上风电二期项目: the real-news gold's owner and project) or, for a group, a plant's
    head (星澜集团|青县核电站, column owned group; 中铝|青县铜矿 is one name); the name ends at its last head
    (青县海上风电场|二期项目 is a project, 青县海上风电场 a facility)."""
    head, owner = _last_head(text, name.end, grammar), text[name.start:name.end]
    return owns_projects(owner, grammar) and opens_own_name(text, name.end, head.start(), grammar) and (
        grammar.owned_head.match(text, head.start()) is not None or owner.endswith("集团") and (
            grammar.group_head.match(text, head.start()) is not None))


def _last_head(text: str, end: int, grammar: Grammar) -> "re.Match[str]":
    """The last project head of the phrase after ``end`` reached with no function word or verb on the way (the first
    one is found by ``_starts_project``)."""
    stop = min(_PHRASE.match(text, end).end(), end + 30)
    heads = list(grammar.project_head.finditer(text, end, stop))
    return next(h for h in reversed(heads) if h is heads[0] or not grammar.project_gap_stop.search(text[end:h.start()]))


def owns_projects(name: str, grammar: Grammar) -> bool:
    """Whether the company ``name`` is written as the owner before its projects' names: a group (…集团), a national
    or widely known company (国家…, names lexicon: 中石油); not a registered name or its short form (星澜科技有限公司
    年产5万吨电池项目, 星澜科技年产5万吨电池项目: one name, fixtures)."""
    return name.endswith("集团") or name.startswith(grammar.national_prefixes) or name in known_names().entries or (
        name in _national_companies(grammar))


def _national_companies(grammar: Grammar) -> frozenset[str]:
    """The national bodies that are companies (一汽, 南方电网: lexicon national_bodies, column company)."""
    return frozenset(grammar["national_bodies"].where("company", "yes").entries)


def opens_own_name(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether the name at ``start`` (its head at ``end``) opens with a place other than a country or with a
    capacity (青县海上风电项目, 年产5万吨电池项目, 万吨碳纤维生产线): a name of its own after its owner."""
    places, countries = grammar.places, grammar["countries"].entries
    return _CAPACITY.match(text, start) is not None or any(
        places.get(text[start:k]) == "GPE" and text[start:k] not in countries for k in range(start + 2, min(end, start + 8) + 1))


def _body(text: str, name: Candidate, grammar: Grammar) -> bool:
    """Whether ``name`` ends like a government body (…局, …管委会; a gov suffix other than 公司) or starts with a
    national body that is no company (联合国|教科文组织: its unit; 一汽|红旗…工厂 is a company's facility)."""
    suffix = grammar.gov_end.search(text, name.start, name.end)
    body = grammar.national_org.match(text, name.start, name.end)
    return (suffix is not None and suffix.group() != "公司") or body is not None and (
        body.group() not in _national_companies(grammar))


def _starts_project(text: str, end: int, grammar: Grammar) -> bool:
    """Whether the phrase right after ``end`` reaches a project head (项目, 基地, 生产线 …: lexicon project_heads)
    with no function word, verb or title on the way (星澜科技有限公司|年产5万吨电池|项目, not …公司|与|…项目)."""
    phrase = _PHRASE.match(text, end)
    if not phrase or grammar.title.match(text, end):
        return False
    head = grammar.project_head.search(text, end, min(phrase.end(), end + 30))
    if not head:
        return False
    gap = text[end:head.start()]
    return not grammar.project_gap_stop.search(gap)
