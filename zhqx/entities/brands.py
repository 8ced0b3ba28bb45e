"""Brands: company names the press writes bare, with no company noun near them (空客, 通用电气, 中车长客; lexicon
brands: names missing in the names lexicon, and two-character company forms of it that corpora show standing alone
for the company, 海尔, 华为: ``scripts/brand_evidence.py``), where a name can start and where it stands alone (before
punctuation, a verb or a stop word: not 首钢|园, 奥迪一汽, 紫光芯云). Not a brand used for goods (一辆奔驰, 奔驰E级,
“奔驰”牌), nor a two-character brand whose last character starts a word with the next (中车|站); a 公司 or 集团
written after it is part of the name."""

import re

from zhqx.entities.aliases import stands_alone
from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.scanning import after_stop_word, boundary
from zhqx.entities.words import dictionary_verbs, two_words, verbs

_GOODS = re.compile(r"[”\"]?牌|[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")


def _verb(text: str, end: int) -> bool:
    """Whether a verb of two or three characters follows ``end`` (首钢|开放, 霍尼韦尔|见证)."""
    return any(text[end:end + n] in verbs() or text[end:end + n] in dictionary_verbs() for n in (2, 3))


def brands(text: str, grammar: Grammar) -> list[Candidate]:
    """The brands of lexicon brands in ``text`` that name a company."""
    found = []
    for match in grammar["brands"].pattern.finditer(text):
        start, end = match.span()
        if not (boundary(text, start, grammar) or after_stop_word(text, start, grammar)) or (
                text[start - 1:start] in grammar.classifiers and start > 0) or _GOODS.match(text, end):
            continue  # 一辆|奔驰, 奔驰|E300
        pair = text[end - 1:end + 1]
        if end - start == 2 and pair in two_words():
            continue  # 中车|站
        head = next((h for h in grammar["alias_heads"] if text.startswith(h, end)), "")
        if not head and not stands_alone(text, start, end, grammar) and not _verb(text, end):
            continue  # 首钢|园, 奥迪|一汽
        found.append(Candidate(start, end + len(head), "ORG"))
    return found
