"""Bodies stationed away from home, written with 驻: an owner, 驻, a place and the unit's own name, then a head of
lexicon stationed_heads (中国驻甲国大使馆, 外交部驻港特派员公署, 解放军驻港部队, 星澜公司驻京办事处). The whole is one ORG
(conventions: a body followed by its unit), and so is a unit of it written right after (驻港部队|海军部队); with no
owner written it starts at 驻 (驻澳门部队)."""

import re

from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.scanning import han
from zhqx.entities.words import common_words, dictionary_words, verbs

_LONGEST = 8  # characters of the place and the unit's own name between 驻 and its head (苏丹达尔富尔维和|部队)
_UNIT = 4  # characters of a unit's own name after the stationed body (海军|部队)
_STATIONED = re.compile("驻")


def stationed(text: str, found: list[Candidate], grammar: Grammar) -> list[Candidate]:
    """X驻Y + head: from the longest ORG or place ending right before 驻 (else from 驻) to the first head after 1-8
    Chinese characters with no verb in them and no stop character but in the place (驻成都|总领事馆) or a word
    (维和部队). 驻 inside a word stays out (入驻, 进驻; 驻地: lexicon stationed_words), and so does a place that
    starts with 驻 (驻马店)."""
    if "驻" not in text:  # most texts: nothing to read (this runs on every text)
        return []
    owners: dict[int, int] = {}
    places: dict[int, int] = {}
    for start, end, label in found:
        if label in ("ORG", "GPE") and text[end:end + 1] == "驻":
            owners[end] = min(start, owners.get(end, start))
        if label == "GPE":
            places[start] = max(end, places.get(start, end))
    words = grammar["stationed_words"]
    result = []
    for at in (m.start() for m in _STATIONED.finditer(text)):
        if at in places or text[at - 1:at + 1] in dictionary_words() and at not in owners or (
                words.prefix_of(text[at:at + max(words.lengths, default=0)])):
            continue
        end = _head_end(text, at + 1, _LONGEST, places.get(at + 1, at + 1), grammar)
        unit = end and _head_end(text, end, _UNIT, end, grammar)
        if end:
            result.append(Candidate(owners.get(at, at), unit or end, "ORG"))
    return result


def _head_end(text: str, start: int, longest: int, place: int, grammar: Grammar) -> int | None:
    """Where the first head ends after 1-``longest`` characters from ``start`` (stop characters allowed before
    ``place``), or None."""
    heads = grammar["stationed_heads"].pattern
    for k in range(start + 1, min(start + 1 + longest, len(text))):
        gap = text[start:k]
        if not han(gap[-1]) or k > place and _stops(text, k - 1, grammar) or gap[-1] == "驻" or any(
                gap[i:i + 2] in verbs() for i in range(len(gap) - 1)):
            return None
        head = heads.match(text, k)
        if head:
            return head.end()
    return None


def _stops(text: str, i: int, grammar: Grammar) -> bool:
    """Whether the character at ``i`` is a stop character outside a word of two (维和|部队 is a unit's name)."""
    return text[i] in grammar.stop_chars and text[i - 1:i + 1] not in common_words()
