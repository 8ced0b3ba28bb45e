"""Lists headed by a company noun: every item of 惠普、宏碁和联想等整机厂商 is a company (ORG), also a short name
or a brand with no legal suffix; a list with a place, an industry or a park among its items (北京、上海等地企业, 新能源、新材料等领域企业, 园区、楼宇等企业)
names kinds, not companies."""

import re

from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.apposition import known_forms
from zhqx.entities.scanning import Units, boundary
from zhqx.entities.words import common_words, dictionary_words

# A list's items: 2-6 Chinese or Latin characters each, joined by 、 和 及 与.
_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,6}")
_JOINER = re.compile(r"、|和|及|与")
_CLAUSE = re.compile(r"[，。；：！？,;:!?\s“”（）()]")
# 等 and a count of 家 heads a list of organisations (星澜和云杉等三家银行): 家 counts companies and institutions.
_COUNTED = re.compile(r"等[一二两三四五六七八九十几多数百千0-9]+(家)")


def listed_companies(text: str, units: Units, grammar: Grammar) -> list[Candidate]:
    """The items of the lists that end in 等 + a company noun (lexicon list_heads), within one clause."""
    found = []
    place_spans = {(start, end) for end, start in units.items()}
    for head in [*grammar.list_head.finditer(text), *_COUNTED.finditer(text)]:
        gap = text[head.start() + 1:head.start(1)]
        if grammar.list_kind.search(gap) or _CLAUSE.search(gap):
            continue
        clause = max((m.end() for m in _CLAUSE.finditer(text, max(0, head.start() - 40), head.start())),
                     default=max(0, head.start() - 40))
        items = _items(text, clause, head.start(), grammar)
        if len(items) >= 2 and not any((start, end) in place_spans or _ordinary(text[start:end], grammar)
                                       for start, end in items) and not _words_only(  # one place, park or kind:
                [text[start:end] for start, end in items]):  # a list of kinds
            found += [Candidate(start, end, "ORG") for start, end in items]
    return found


def _items(text: str, start: int, end: int, grammar: Grammar) -> list[tuple[int, int]]:
    """The items of the list ``text[start:end]``, right to left; the first may follow a verb (引来了|惠普) or a
    date (上半年|惠普)."""
    items = []
    pos = end
    while pos > start:
        joiner = None
        for match in _JOINER.finditer(text, start, pos):
            joiner = match
        left = joiner.end() if joiner else start
        if not joiner:  # the first item: after the last function word or glued verb of the clause
            for k in range(pos - 1, left - 1, -1):
                if text[k] in grammar.stop_chars or grammar.left_words.match(text, k, pos):
                    left = k + 1 if text[k] in grammar.stop_chars else grammar.left_words.match(text, k, pos).end()
                    break
                if k + 1 < pos - 1 and boundary(text, k + 1, grammar):
                    left = k + 1
                    break
        if not _ITEM.fullmatch(text, left, pos):
            break
        items.append((left, pos))
        if not joiner:
            break
        pos = joiner.start()
    return items


def _ordinary(name: str, grammar: Grammar) -> bool:
    """An industry or kind word (新能源, 医药, 国有) or a park or body name (江海智汇园, 园区), not a company's name."""
    return name.startswith(grammar.industry_heads + grammar.generic_heads) or grammar.name_end.search(name) is not None


def _words_only(items: list[str]) -> bool:
    """Whether half the items or more are frequent common words that are no listed name (人才、技术、资金等要素…
    企业: kinds; not 微软、苹果、阿里等企业)."""
    words = [item for item in items if item in common_words() and item in dictionary_words() and item not in known_forms()]
    return 2 * len(words) >= len(items)
