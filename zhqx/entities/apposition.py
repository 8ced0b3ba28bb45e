"""Apposition: a known name written right after a descriptor of its kind (液晶屏生产企业比亚迪签约, 国际评级机构穆迪的
报告, 汽车企业长城汽车) is an ORG even where no name may start; the descriptor (lexicon apposition_nouns after a
kind word) is not part of it. Unknown words there are mostly verb phrases (外资企业纷纷扩大投资), so only the names
lexicon's forms count, and coined brands of 2-3 characters holding no word, before a name's verb or 的 (零部件企业
德尔福的业务)."""

import re
from functools import cache

from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.scanning import han, plain
from zhqx.entities.words import common_words, coined
from zhqx.names import name_forms

_SHORTEST, _LONGEST = 2, 6


@cache
def _descriptor(pattern: str) -> "re.Pattern[str]":
    """A descriptor noun after two Chinese characters of a kind word (生产|企业, 评级|机构), overlapping matches
    included (汽车企业 holds 车企 and 企业)."""
    return re.compile(f"(?<=[\\u4e00-\\u9fff]{{2}})(?=({pattern}))")


@cache
def known_forms() -> frozenset[str]:
    """The company and media names and short forms of the names lexicon, of any length (穆迪)."""
    return frozenset(form for form in name_forms(("ORG", "MEDIA")) if all(map(han, form)))


def appositions(text: str, grammar: Grammar) -> list[Candidate]:
    """The longest name of the names lexicon (2-6 characters) right after a descriptor (…生产企业), with a
    公司 or 集团 written after it (lexicon alias_heads), which a common two-character word needs (企业|生态环境)."""
    found = []
    excluded = grammar.stop_chars | grammar.counting
    known = known_forms()
    nouns = [(noun.start(), noun.end(1)) for noun in _descriptor(grammar["apposition_nouns"].regex).finditer(text)]
    for (start, end), later in zip(nouns, [*nouns[1:], (len(text), len(text))]):
        if later[0] < end or text[start - 1] in excluded:  # 多家企业, 等企业, 车企|业
            continue
        name_end = next((k for k in range(min(end + _LONGEST, len(text)), end + _SHORTEST - 1, -1)
                         if text[end:k] in known), None) or _coined_end(text, start, end, grammar)
        if (name_end is not None and not set(text[end:name_end]) & grammar.stop_chars  # 企业|和科研单位
                and text[end:name_end] not in grammar["not_known_names"].entries  # 私营企业|老百姓
                and text[end:name_end] not in grammar.stop_words):  # 本地企业|联合进行
            head = next((h for h in grammar["alias_heads"] if text.startswith(h, name_end)), "")  # 长虹|公司
            if head or text[end:name_end] not in common_words():  # 企业|生态环境: a common word needs its 公司
                found.append(Candidate(end, name_end + len(head), "ORG"))
    return found


def _coined_end(text: str, noun: int, start: int, grammar: Grammar) -> int | None:
    """Where a coined brand of 2-3 plain characters (no word of the word lists, no 不) starting at ``start`` ends:
    before punctuation, 的 or a name's verb (lexicon after_name_words), not before a digit (企业|减按15%) nor inside
    a word of the lists (企业|最需|要); the
    descriptor at ``noun`` is a company noun (子公司) or follows a trade of plain characters, no generic or industry
    head (民营企业, 医疗机构)."""
    heads = grammar.generic_heads + grammar.industry_heads
    traded = text[noun:start].endswith(tuple(grammar["alias_heads"])) or all(plain(c, grammar) for c in text[max(0, noun - 2):noun]) and (
        not text[:noun].endswith(heads))  # 旗下子公司: a company noun needs no trade
    if not traded or text[start:start + 1] and grammar.after_name.match(text, start):
        return None  # 企业|赴马投资, 时间企业|便拿到
    for size in (2, 3):
        end = start + size
        name = text[start:end]
        if len(name) < size or not all(plain(c, grammar) for c in name) or "不" in name or not coined(name):
            return None
        if end < len(text) and not text[end].isdigit() and (text[end] == "的" or grammar.after_name.match(text, end)) and (
                coined(text[end - 1:end + 1])):  # 企业|最需|要: a word runs across the brand's end
            return end
    return None
