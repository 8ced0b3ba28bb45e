"""Scanning: place names in the text, and where a name that ends at a suffix starts.

A name's prefix is found by scanning left from its suffix: the scan passes over characters and known place or
park names, and stops at punctuation, function words and verbs, or where a place name starts the name.

Name-boundary rules: a function character stays inside a brand (华为技术, 美的集团, 山东鸢都动力) and a classifier
ends a name only after a numeral (寒地种业 vs 一种); lexical words keep their function characters (自动化, 高等);
two-character county names are places only after a boundary (西枝江 holds no 枝江).
"""

from collections.abc import Mapping
from functools import cache

from zhqx.entities.cues import StartCue
from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.words import dictionary_verbs, verbs
from zhqx.names import name_forms

Units = dict[int, int]  # end -> start of the place names found in a text


def place_units(text: str, places: Mapping[str, str], grammar: Grammar) -> Units:
    """end -> start of the longest place names, matched left to right (only where one may start: ``cues``)."""
    default = places is grammar.places
    cue = grammar.place_cue if default else StartCue(places)  # the offsets where a place name may start
    stop_words = grammar.stop_words
    units: Units = {}
    free = 0  # the end of the last name found: the next one starts there or later
    for i, sizes in cue.starts(text):
        if i < free:
            continue
        for size in sizes:
            name = text[i:i + size]
            if i + size <= len(text) and name in places:
                weak = name in grammar.weak_places if default else weak_place(name, places)
                if text[i - 1:i + 1] in stop_words or (weak and not (boundary(text, i, grammar) or i in units)):
                    continue  # no name starts inside a stop word (其|中山西… is 其中|山西)
                if default and size == 2 and places[name] == "PARK" and _province_from(text, i + 1):
                    continue  # a bare zone name yields to a province that starts at its second character (主|张江苏)
                units[i + size] = i
                free = i + size
                break
    return units


def _province_from(text: str, i: int) -> bool:
    """Whether a province's name (江苏, 海南省; not 海北) starts at ``i``."""
    return any(text[i:i + n] in _provinces() for n in (2, 3))


@cache
def _provinces() -> frozenset[str]:
    from zhqx.gazetteer import lookup_table

    return frozenset(name for name, entries in lookup_table().items() if any(e.level == "province" for e in entries))


def place_chains(text: str, units: Units, places: Mapping[str, str], grammar: Grammar) -> list[Candidate]:
    """Full place names written together are one place: 赣州市章贡区, 江苏省昆山市."""
    full = {end: grammar.full_place.search(text, start, end) is not None and places.get(text[start:end]) == "GPE"
            for end, start in units.items()}
    first_of: dict[int, int] = {}  # end of a full place -> start of the chain of full places it closes
    found = []
    for end, start in units.items():  # left to right, so the chain before ``start`` is known
        first = first_of.get(start, start) if start in units and full[start] else start
        if full[end]:
            first_of[end] = first
            if first != start:
                found.append(Candidate(first, end, "GPE"))
    return found


def weak_place(name: str, places: Mapping[str, str]) -> bool:
    """A two-character district or county name or alias (江源 of 江源区, 北区): a place only after a boundary."""
    return len(name) == 2 and (name + "区" in places or name + "县" in places or name[1] in "区县")


def han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def function_char(text: str, i: int, grammar: Grammar) -> bool:
    """Whether the character before ``i`` is a function word; a classifier only after a numeral (一家, 多种)."""
    char = text[i - 1]
    if char not in grammar.stop_chars:
        return False
    return char not in grammar.classifiers or (i >= 2 and text[i - 2] in grammar.counting)


def boundary(text: str, i: int, grammar: Grammar) -> bool:
    """Whether a name can start at ``i``: after the text's start, punctuation or a function word."""
    return i == 0 or not han(text[i - 1]) or function_char(text, i, grammar) or _after_date(text, i, grammar)


def _after_date(text: str, i: int, grammar: Grammar) -> bool:
    """Whether a date ends at ``i``: digits (2021年|南湖湾高新区, 3月5日|…) or a year in Chinese numerals (二〇二一年)."""
    if grammar["period_ends"].suffix_of(text[max(0, i - 3):i]):  # 一季度|三江口高新区
        return True
    if i < 2 or text[i - 1] not in "年月日号":
        return False
    if text[i - 2] in "0123456789０１２３４５６７８９":
        return True
    return i >= 3 and text[i - 1] == "年" and all(c in "〇零一二三四五六七八九" for c in text[i - 3:i - 1])


def after_park_stop_word(text: str, i: int, grammar: Grammar) -> bool:
    """Whether a verb that takes a zone as object ends at ``i`` (监管|昆山高新区), with no 业 after it (现代服务业集聚区)."""
    return text[max(0, i - 2):i] in grammar.park_stop_words and text[i:i + 1] != "业"


def after_stop_word(text: str, i: int, grammar: Grammar) -> bool:
    """Whether a stop word (落户, 以来) ends at ``i``."""
    return i > 1 and text[i - 1] in grammar.stop_last and any(
        text[max(0, i - n):i] in grammar.stop_words for n in range(2, grammar.max_stop_word + 1))


def _brand_start(text: str, i: int, units: Units, grammar: Grammar) -> int | None:
    """Where a brand with a function character starts (华为技术, 美的集团, 山东|鸢都动力, 黑龙江|寒地种业), or None.

    The function character at ``i - 1`` (not one of the lexicon unglued_chars: 了, 在, 由) belongs to the name when one
    plain character before it follows
    punctuation, a function word or the text's start, or when one or two plain characters before it follow
    a place name.
    """
    j = i - 1
    for size in (1, 2):
        k = j - size
        if k < 0:
            return None
        if not all(plain(c, grammar) for c in text[k:j]) or text[j] == "的" and not _listed_with_de(text, k, i):
            return None  # 浙江海宁的|星澜集团: 的 is inside a name only where the names lexicon has it (美的集团)
        if k in units and not function_char(text, k, grammar) and units[k] != k:
            return k
        if size == 1 and (k == 0 or not (han(text[k - 1]) or text[k - 1].isdigit()) or function_char(text, k, grammar)
                          or after_stop_word(text, k, grammar)):
            return k  # ，华为技术 / 与美的集团
    return None


@cache
def _forms_with_de() -> frozenset[str]:
    """The names lexicon's forms that hold 的 (美的, 奈雪的茶)."""
    return frozenset(form for form in name_forms() if "的" in form)


def _listed_with_de(text: str, k: int, i: int) -> bool:
    """Whether a form of the names lexicon starts at ``k`` and runs past the 的 at ``i - 1`` (美的, 奈雪的茶)."""
    return any(text[k:i + n] in _forms_with_de() for n in range(0, 4))


def plain(char: str, grammar: Grammar) -> bool:
    """A Chinese character that may be part of a brand: no function word, no 内/省/们."""
    return han(char) and char not in grammar.stop_chars and char not in grammar.not_brand


def _joined(text: str, i: int, grammar: Grammar) -> bool:
    """Whether a dot or a single dash at ``i - 1`` joins two names: Chinese characters on both sides, no function
    word before it (not the apposition dash ——)."""
    joiners = "·-－–"
    return i > 1 and text[i - 1] in joiners and han(text[i - 2]) and text[i - 2] not in grammar.stop_chars and han(
        text[i:i + 1]) and text[i - 2] not in joiners


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _decimal_point(text: str, k: int) -> bool:
    """Whether ``text[k]`` is the point of a decimal number (第10.5代显示器产业园: a generation in a name)."""
    return text[k] == "." and k > 0 and text[k - 1].isdigit() and text[k + 1:k + 2].isdigit()


def scan_left(text: str, end: int, units: Units, grammar: Grammar, *, org: bool, limit: int, barriers=(),
              brand: bool = False) -> int:
    """Start of the name whose prefix ends at ``end``: a place name starts it, a stop word or a barrier bounds it;
    a verb, adverb or preposition glued on at its start is left out (据|星澜集团, 极大|增强|北汽集团)."""
    start = _scan_left(text, end, units, grammar, org=org, limit=limit, barriers=barriers, brand=brand)
    for glued in grammar.left_words.finditer(text, start, end):
        if glued.end() <= end:
            start = glued.end()
    return start


@cache
def _owners() -> frozenset[str]:
    """The company names and short forms of the names lexicon of 3+ Chinese characters (中国石油, 中信重工)."""
    return frozenset(form for form in name_forms(("ORG",)) if len(form) >= 3 and all(map(han, form)))


def _owner_before(text: str, i: int) -> bool:
    """Whether a known company (``_owners``) ends at ``i``: an owner written before its unit's place-named name is
    part of it (中国石油|吉林石化公司; conventions: a body followed by its unit is one name)."""
    return any(text[i - n:i] in _owners() for n in range(3, 7) if i >= n)


def _scan_left(text: str, end: int, units: Units, grammar: Grammar, *, org: bool, limit: int, barriers=(),
               brand: bool = False) -> int:
    keep_words = grammar["keep_words"]
    i = end
    while i > 0 and end - i < limit and i not in barriers:
        if i in units:
            i = units[i]
            if i in units or (org and (grammar.name_end.search(text, max(0, i - 6), i) or _owner_before(text, i))):
                continue  # 湖北|麻城, 闽南海峡银行|漳州分行, 中国石油|吉林石化公司: the name goes on
            if not org and _joined(text, i, grammar):
                i -= 1  # 滨海-|中关村科技园: a dash joins a name before the place
                continue
            opened = _name_opening(text, i, units, grammar)
            return i if opened is None else opened  # 国家水域救援|北京大队: a place inside a national name
        if text[i - 1] in "）)":
            opening = max(text.rfind("（", max(0, i - 8), i), text.rfind("(", max(0, i - 8), i))
            if 0 < i - opening <= 8 and (org or units.get(i - 1) == opening + 1):  # 中国（江苏）自由贸易试验区
                i = opening
                continue
        kept = keep_words.suffix_of(text[max(0, i - grammar.longest_keep_word):i])
        if kept:
            i -= len(kept)
            continue
        if not org and (grammar.park_name_end.search(text, max(0, i - 6), i) or after_park_stop_word(text, i, grammar)):
            return i
        if after_stop_word(text, i, grammar):
            return i
        if (text[i - 1] == "·" or not org) and _joined(text, i, grammar):
            i -= 1  # 淀湖·桃州湾飞地产业园: a dot joins two names; a single dash two names of a park (磨岭-青湖经济合作区)
            continue
        if _latin(text[i - 1]):  # 苏州NovaLink光电科技有限公司, 深圳Axiom智能科技有限公司, iPark数字经济产业园
            while i > 1 and (_latin(text[i - 2]) or text[i - 2] in " -&" and i > 2 and _latin(text[i - 3])
                             or _decimal_point(text, i - 2)):
                i -= 1
            i -= 1
            if i > 0 and han(text[i - 1]) and not boundary(text, i, grammar):
                continue
            return i
        if boundary(text, i, grammar):
            if brand and i > 0 and function_char(text, i, grammar) and text[i - 1] not in grammar.unglued:
                start = _brand_start(text, i, units, grammar)
                if start is not None:
                    if start in units:
                        i = start
                        continue
                    return start
            return i
        i -= 1
    return i


_OWN_LONGEST = 4  # characters of a national or bilateral name's own part before a place inside it (水域救援)


def _name_opening(text: str, i: int, units: Units, grammar: Grammar) -> int | None:
    """Where a name starts that holds the place starting at ``i`` (国家水域救援|北京大队, 中泰新丝路|塔吉克斯坦…产业园):
    a national prefix (国家, 中央) or China and a partner country (中泰, 中俄) after a boundary or a stop word, then 2-4
    plain characters up to the place, with no verb, level, count, stop word, place or name's head among them; else None
    (在|俄罗斯…, 国家支持|北京…, 国家级贫困县|山西…: the place opens the name)."""
    for k in range(max(0, i - _OWN_LONGEST - 2), i - 3):  # the longest name first
        left = text[k:i]
        bilateral = left[:1] == "中" and left[1:2] in grammar["partner_countries"].entries
        opening = 2 if bilateral else len(next((p for p in grammar.national_prefixes if left.startswith(p)), ""))
        own = left[opening:]  # the name's own part between its opening and the place
        if not opening or not 2 <= len(own) <= _OWN_LONGEST or not all(map(han, left)) or "级" in own or set(
                own) & grammar.counting:  # 国家级|贫困县, 中央第六次|西藏…: a level or a count, no name
            continue
        if not (boundary(text, k, grammar) or after_stop_word(text, k, grammar)) or any(
                boundary(text, j, grammar) or after_stop_word(text, j, grammar) or j in units for j in range(k + 1, i)):
            continue
        if any(own[j:j + n] in verbs() or own[j:j + n] in dictionary_verbs() for n in (2, 3)
               for j in range(len(own) - n + 1)) or set(
                own) & grammar.stop_chars or grammar.org_suffix.search(left) or grammar.name_end.search(left):
            continue
        return k
    return None


class TextIndex:
    """Every occurrence of many names in one text, linear in the text (not in texts x names): the first names by
    ``str.find`` (in C), the others, past a budget of searches, from where each two-character sequence starts."""

    FINDS = 128  # names searched by ``str.find`` before the index is built

    def __init__(self, text: str):
        self.text = text
        self._finds = 0
        self._starts: dict[str, list[int]] | None = None

    def occurrences(self, name: str) -> list[int]:
        """Start offsets of ``name``, left to right, without overlaps (as repeated ``str.find`` gives them)."""
        text = self.text
        if not name:
            return []
        if len(name) < 2 or self._starts is None and self._finds < self.FINDS:
            self._finds += 1
            found, start = [], text.find(name)
            while start >= 0:
                found.append(start)
                start = text.find(name, start + len(name))
            return found
        if self._starts is None:
            self._starts = {}
            for i in range(len(text) - 1):
                self._starts.setdefault(text[i:i + 2], []).append(i)
        found, free = [], 0
        for i in self._starts.get(name[:2], ()):
            if i >= free and text.startswith(name, i):
                found.append(i)
                free = i + len(name)
        return found
