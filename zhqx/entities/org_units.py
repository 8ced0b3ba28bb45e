"""A company's or hospital's own unit written right after its name is part of that name (conventions: the longest
name): a hospital's department or campus (星澜医院心血管外科, 青禾医院西院), a group's headquarters (青禾集团总部).
Lexicon org_units: the unit head, the name ends it follows (``after``) and the characters of the unit's own name
allowed before it (``gap``); ``not_after`` keeps words out (科技, 科室, 科长, 总部基地)."""

from zhqx.entities.grammar import Candidate, Grammar
from zhqx.lexicon import Lexicons
from zhqx.entities.scanning import han
from zhqx.entities.words import verbs


def org_units(text: str, found: list[Candidate], grammar: Grammar) -> list[Candidate]:
    """The ORG names of ``found`` extended by the unit of lexicon org_units written right after them."""
    units = grammar["org_units"]
    rows, widest = grammar.lexicons.derived(_unit_rows)
    extended = []
    for start, end, label in found:
        if label != "ORG":
            continue
        for size in range(widest + 1):
            own = text[end:end + size]
            if size and (len(own) < size or not han(own[-1]) or own[-1] in grammar.stop_chars):
                break  # 医院|和眼科: the unit's own name is plain characters
            head = units.pattern.match(text, end + size)
            if not head:
                continue
            after, gap = rows[head.group()]
            if size <= gap and text.endswith(tuple(after), start, end) and (size <= 2 or not any(
                    own[i:i + 2] in verbs() for i in range(size - 1))):  # 医院|开设儿科, not 医院|感染科: a verb and more
                extended.append(Candidate(start, head.end(), "ORG"))
                break
    return extended


def _unit_rows(lexicons: Lexicons) -> tuple[dict[str, tuple[list[str], int]], int]:
    """Each unit head's name ends and gap (lexicon org_units), and the widest gap: read once per lexicons."""
    rows = {row["entry"]: (row["after"].split(), int(row.get("gap") or 0)) for row in lexicons["org_units"].rows}
    return rows, max(gap for _, gap in rows.values())
