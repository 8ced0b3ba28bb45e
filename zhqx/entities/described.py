"""Described companies: a coined name that opens a clause and that the clause says is a company (森富机电是长兴一家
出口型企业, 硕博电子就是新区引进的供应商之一) is an ORG without a legal form or a known name. The name is 4-8 plain
characters after punctuation, its first two no word of the word lists (after a place: 德国|莱茵), none a verb, not a
place; then 是 (an adverb before it: 就是, 也是) and a clause of up to 24 characters that ends in a company noun
(lexicon described_nouns), 之一 after it allowed. 这家 is no link: 工作组帮|这家企业 is a verb's subject."""

import re
from functools import cache

from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.scanning import han, plain
from zhqx.entities.words import coined, verbs

_SHORTEST, _LONGEST = 4, 8
_CLAUSE = 24  # characters between 是 and the company noun
_LINK = re.compile("是")


@cache
def _clause(nouns: str) -> "re.Pattern[str]":
    """A clause with no punctuation that ends in a company noun (之一 after it): …是…企业。, not …是…企业的老板."""
    return re.compile(f"[^，。；：！？、,.;:!?\\s]{{0,{_CLAUSE}}}?(?:{nouns})(?:之一)?(?=[，。；：！？,.;:!?\\s]|$)")


def described(text: str, grammar: Grammar) -> list[Candidate]:
    """The names that a clause right after them describes as a company."""
    if "是" not in text:
        return []
    clause = _clause(grammar["described_nouns"].regex)
    adverbs = grammar["adverb_chars"].entries
    found = []
    for link in _LINK.finditer(text):
        end = link.start() - (text[link.start() - 1:link.start()] in adverbs)  # 就|是
        start = end
        while start > 0 and end - start < _LONGEST and han(text[start - 1]):
            start -= 1
        if (start == 0 or not han(text[start - 1])) and clause.match(text, link.end()) and _named(
                text[start:end], grammar):
            found.append(Candidate(start, end, "ORG"))
    return found


def _named(name: str, grammar: Grammar) -> bool:
    """Whether ``name`` may be a company's name: 4-8 plain characters, not a place, no verb, and a coined first word
    after a place written before it (德国|岚岭)."""
    place = next((n for n in (4, 3, 2) if grammar.places.get(name[:n]) == "GPE"), 0)
    return _SHORTEST <= len(name) <= _LONGEST and all(plain(c, grammar) and c not in grammar.counting for c in name) and (
        len(name) - place >= 2 and coined(name[place:place + 2])) and name not in grammar.places and not name.startswith(
        grammar.generic_heads + grammar.industry_heads) and not any(
        name[k:k + n] in verbs() for n in (2, 3) for k in range(len(name) - n + 1))
