"""Project and facility names: a company name written as the first words of a project's or facility's name
(星澜科技有限公司年产5万吨电池项目, 星澜科技研发中心) is part of that name, not an ORG mention (CONVENTIONS)."""

import re

from zhqx.entities.grammar import IN_PROJECT, Candidate, Grammar

# The rest of the phrase after a name: up to the next punctuation (a space only between Latin letters: Mini LED).
_PHRASE = re.compile(r"(?:[^，。；、：！？,;:!?\s（）()“”\"《》]|(?<=[A-Za-z]) (?=[A-Za-z]))+")


def in_projects(text: str, found: list[Candidate], grammar: Grammar) -> list[Candidate]:
    """``found`` with the company mentions that start a project's or facility's name relabelled ``IN_PROJECT``
    (a government body's projects keep it as ORG: 财政部以存量项目为主)."""
    return [Candidate(c.start, c.end, IN_PROJECT) if c.label == "ORG" and not _body(text, c, grammar)
            and _starts_project(text, c.end, grammar) else c for c in found]


def _body(text: str, name: Candidate, grammar: Grammar) -> bool:
    """Whether ``name`` ends like a government body (…局, …管委会; a gov suffix other than 公司) or starts with a
    national body (联合国|教科文组织: its unit)."""
    suffix = grammar.gov_end.search(text, name.start, name.end)
    return (suffix is not None and suffix.group() != "公司") or grammar.national_org.match(text, name.start, name.end)


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
