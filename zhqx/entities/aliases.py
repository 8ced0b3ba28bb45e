"""Aliases: every later mention of a found name, of its short forms (德康生物 for 湖南德康生物制药有限公司, 青山湾
for 青山湾高新区, the brand 恒远 of 江苏恒远轮胎有限公司, with a place: 南京恒远, 恒远（中国）), of a name given in brackets
(以下简称“中天科技”) and of the names listed after it (A、B等)."""

import re
from bisect import bisect_right
from collections.abc import Mapping

from zhqx.entities.apposition import known_forms
from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.parks import named_park, park_short_forms
from zhqx.entities.scanning import TextIndex, han, weak_place
from zhqx.entities.words import common_words, dictionary_words

_ALIAS_NOTE = re.compile(r"[（(](?:以下)?简称[“\"]?([\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ]{2,8})[”\"]?[）)]")
_COORDINATED = re.compile(r"(?<=、)[\u4e00-\u9fff]{4,8}(?=[、等])")
_GOODS = re.compile(r"”?牌|[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")  # “恒远”牌, 恒远737: a brand used for goods is no company
_BRACKETED_PLACE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
_BRACKETED_END = re.compile(r"[（(][^）)]*[）)]$")


def mentions(text: str, entities: list[Candidate], candidates: list[Candidate], places: Mapping[str, str],
             grammar: Grammar, index: TextIndex) -> list[Candidate]:
    """Every occurrence of a found name, its short forms and the coordinated names (A、B等).

    ``entities`` do not overlap; ``candidates`` are all the names found before resolution.
    """
    names: dict[str, str] = {}
    for start, end, label in entities:
        if label != "GPE":
            names[text[start:end]] = label
    ordered = sorted(entities)
    starts = [entity.start for entity in ordered]
    for start, end, label in candidates:  # nested parks count too: 青山湾高新区 in …青山湾高新区分局
        if label == "PARK" and _inside(start, end, ordered, starts):
            names.update(dict.fromkeys(_park_aliases(text[start:end], places, grammar), "PARK"))
    loose: set[str] = set()  # short forms without a legal form: mentions only where they stand alone
    for start, end, label in entities:
        if label == "ORG":
            name = text[start:end]
            names.update(dict.fromkeys(_company_aliases(name, places, grammar), "ORG"))
            names.update(dict.fromkeys(_after_parent(grammar.alias_head.sub("", name)), "ORG"))
            loose.update(form for form in [*_head_aliases(name, places, grammar), *_brand(name, places, grammar)]
                         if form not in names)
    names.update(dict.fromkeys(loose, "ORG"))
    label_by_end = {entity.end: entity.label for entity in entities}
    for note in _ALIAS_NOTE.finditer(text):
        if note.start() in label_by_end:
            names[note.group(1)] = label_by_end[note.start()]
    found = [Candidate(start, start + len(name), label) for name, label in names.items()
             for start in index.occurrences(name)
             if not (label == "PARK" and not grammar.park_suffix.search(name)
                     and grammar.facility.match(text, start + len(name)))
             and (name not in loose or (stands_alone(text, start, start + len(name), grammar) or _word_follows(
                 text, start + len(name), len(name))) and (
                 not _common(name) or text.startswith(tuple(grammar["alias_heads"]), start + len(name))))
             and not department(text, name, start + len(name))]
    brands = {form for form in loose if len(form) == 2}
    found = [Candidate(_place_before(text, start, places, grammar), _place_after(text, end, places), label)
             if label == "ORG" else Candidate(start, end, label) for start, end, label in found
             if text[start:end] not in brands or not _GOODS.match(text, end)]
    return found + _coordinated(text, entities + found, grammar)


def _word_follows(text: str, end: int, size: int) -> bool:
    """Whether a short form of 4+ characters ends where a word starts (吉林石化|乙烯, 泰山钢铁|梳理): the next two
    characters are a dictionary word and the form's last character makes none with the next (not 恒远轮胎|厂房)."""
    return size >= 4 and text[end:end + 2] in dictionary_words() and text[end - 1:end + 1] not in dictionary_words()


def _place_after(text: str, end: int, places: Mapping[str, str]) -> int:
    """A mention's end with a bracketed place written right after it (恒远（中国）)."""
    bracket = _BRACKETED_PLACE.match(text, end)
    return bracket.end() if bracket and places.get(bracket.group(1)) == "GPE" else end


def _place_before(text: str, start: int, places: Mapping[str, str], grammar: Grammar) -> int:
    """A mention's start with a place written right before it (南京|恒远: a regional form of the company), also
    after a function character (与巴西|淡水河谷)."""
    for size in (4, 3, 2):
        if start >= size and places.get(text[start - size:start]) == "GPE" and not weak_place(
                text[start - size:start], places) and (
                start == size or not han(text[start - size - 1]) or text[start - size - 1] in grammar.stop_chars):
            return start - size
    return start


def _inside(start: int, end: int, ordered: list[Candidate], starts: list[int]) -> bool:
    """Whether [start, end) lies inside one of the disjoint, sorted spans ``ordered``."""
    k = bisect_right(starts, start) - 1
    return k >= 0 and end <= ordered[k].end


def _park_aliases(name: str, places: Mapping[str, str], grammar: Grammar) -> list[str]:
    """The name without its leading places (合肥翠微湖科技园 -> 翠微湖科技园, 中国数创谷 -> 数创谷: a three-character
    …谷 or …园 brand, not a kind such as 智汇园), and a zone's bare name (青山湾)."""
    short = _strip_places(name, places)
    brand = len(short) == 3 and grammar.quoted_park_end.search(short[-1]) and short not in grammar["park_suffixes"]
    aliases = [short] if short != name and (len(short) >= 4 and named_park(short, grammar) or brand) else []
    bare = grammar.zone_kind.sub("", short)
    if bare != short and len(bare) >= 3:
        aliases.append(bare)
    return aliases + park_short_forms(short, grammar)


def _company_aliases(name: str, places: Mapping[str, str], grammar: Grammar) -> list[str]:
    """Short forms of a company name: 四川蜀芯光电科技有限公司 -> 蜀芯光电, 湖北汉江智能电气有限公司 -> 汉江电气."""
    core = grammar.legal_form.sub("", name)
    if core == name:
        return []
    whole = _BRACKETED_END.sub("", core)
    core = _strip_places(whole, places)
    base = grammar.trade_ending.sub("", core)
    latin = re.match(r"[A-Za-z][A-Za-z0-9]+", base)  # ThinkEdge of 宁波ThinkEdge智能科技有限公司, never Thin
    forms = {whole, core, base, latin.group()} if latin else {whole, core, base, base[:4], base[:2] + base[-2:]}
    if len(whole) - len(core) == 2 and grammar.short_company.match(core):
        forms.add(whole[:4])  # 宁德时代 of 宁德时代新能源科技股份有限公司; never 宁波舟山 of 宁波舟山港股份公司
    return [form for form in forms if len(form) >= 4 and not form.startswith(grammar.generic_heads)]


def _brand(name: str, places: Mapping[str, str], grammar: Grammar) -> list[str]:
    """The two-character brand of a company name that is brand + trade + legal form (江苏恒远轮胎有限公司 -> 恒远),
    or of a short name that is brand + trade (恒远重工 -> 恒远)."""
    core = _strip_places(_BRACKETED_END.sub("", grammar.legal_form.sub("", name)), places)
    trade = core[2:]
    short = core == name and grammar.short_company.fullmatch(name)
    if not short and (core == name or not grammar.alias_head.search(name)) or not 2 <= len(trade) <= 4 or not all(
            map(han, core)) or trade.startswith(grammar.generic_heads):
        return []
    brand = core[:2]
    if brand in places or brand in grammar.stop_words or set(brand) & (grammar.stop_chars | grammar.not_brand) or (
            brand.startswith(grammar.generic_heads + grammar.industry_heads)):
        return []
    return [brand]


def _head_aliases(name: str, places: Mapping[str, str], grammar: Grammar) -> list[str]:
    """Short forms of a name without a legal form: 德国蓝鹰公司 -> 蓝鹰, 丹霞鼓风机集团 -> 丹霞鼓风机, and the
    initials of its place and of its core (常州鼓风机集团 -> 常鼓)."""
    core = grammar.alias_head.sub("", name)
    if core == name:
        return []
    short = _strip_places(core, places)
    forms = {core, short}
    place = core[:len(core) - len(short)]
    if short != core and place not in grammar.foreign:  # 常州鼓风机集团 -> 常鼓, never 德蓝 of 德国蓝鹰公司
        forms.add(place[0] + short[0])
    return [form for form in forms if len(form) >= 2 and form not in places and form not in grammar.stop_words
            and not set(form) & grammar.stop_chars
            and not form.startswith(grammar.generic_heads + grammar.industry_heads)]  # 石油 of 英国石油公司


def _after_parent(core: str) -> list[str]:
    """A subsidiary's own name written after its parent's known name (中国石化|青川石化公司 -> 青川石化): 4+
    characters, a mention wherever written (吉林石化|乙烯)."""
    parent = next((core[:n] for n in (4, 3) if core[:n] in known_forms()), "")
    rest = core[len(parent):]
    return [rest] if parent and len(rest) >= 4 and all(map(han, rest)) else []


def _common(form: str) -> bool:
    """Whether a short form is common two-character words only (黄金, 水务, 消费金融): it names its company only with
    its head (黄金集团)."""
    return len(form) % 2 == 0 and all(form[k:k + 2] in common_words() for k in range(0, len(form), 2))


def department(text: str, name: str, end: int) -> bool:
    """Whether a body's name is the start of a department word (商务部门, 环保部门: a kind, no mention)."""
    return name.endswith("部") and text.startswith("门", end)


def stands_alone(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a short form (蓝鹰) at [start, end) ends a word: before punctuation, a word that follows names
    (表示, 在) or a stop word (计划), not inside a longer word (蓝鹰的, 蓝鹰号)."""
    return (end == len(text) or not han(text[end]) or grammar.after_name.match(text, end) is not None
            or any(text[end:end + n] in grammar.stop_words for n in range(2, grammar.max_stop_word + 1)))


def _strip_places(name: str, places: Mapping[str, str]) -> str:
    """``name`` without its leading place names (湖北汉江… -> 汉江…)."""
    changed = True
    while changed:
        changed = False
        for size in range(min(len(name) - 2, 12), 1, -1):
            if places.get(name[:size]) == "GPE" and not weak_place(name[:size], places):
                name, changed = name[size:], True
                break
    return name


def _coordinated(text: str, spans: list[Candidate], grammar: Grammar) -> list[Candidate]:
    """Untagged members after a tagged company or park in a list: 丘钛微电子、通力电梯等企业; a park's member is
    a named park that ends in a park suffix too (not 经济特区、加工制造业 nor 西岭奥体公园、青州建科院总部 after a
    park)."""
    by_end = {end: label for _, end, label in spans}
    found = []
    for match in _COORDINATED.finditer(text):
        label = by_end.get(match.start() - 1)
        if label == "PARK" and not (named_park(match.group(), grammar) and any(
                suffix.end() == len(match.group()) for suffix in grammar.park_suffix.finditer(match.group()))):
            continue
        if label in ("ORG", "PARK") and not set(match.group()) & grammar.stop_chars:
            by_end[match.end()] = label
            found.append(Candidate(match.start(), match.end(), label))
    return found
