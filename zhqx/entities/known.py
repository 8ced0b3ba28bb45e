"""Known names: the company and media names and short forms of the names lexicon (``zhqx.names``:
京东方, 中石油, 西门子 …) where a name can start (after punctuation, a function word or a stop word).

A listed port or airport (日照港, 白云机场) written as a place (来自日照港的, 白云机场旅客) is none. Only forms of
three or more characters: two-character short forms (时代, 现代) are common words and need
context (``lists``). A place or zone name is no mention, nor a common word (lexicon not_known_names: 老百姓,
太阳能) without 公司/集团 after it. A national body's name (国家文物局, 中国地震局) is one wherever it starts (经|国家文物局论证).
"""

import re
from functools import cache

from zhqx.entities.grammar import Candidate, Grammar, grammar_for
from zhqx.entities.aliases import department
from zhqx.entities.scanning import after_stop_word, boundary, han
from zhqx.lexicon import Lexicon
from zhqx.names import name_forms

_KINDS = ("ORG", "MEDIA")
_BODY_ENDS = ("部", "署", "行", "台", "社", "会", "办", "委", "省", "构", "司")
_SHORTEST = 3
_NATIONAL = ("国家", "中央", "中国", "国务院", "全国")


@cache
def known_names() -> Lexicon:
    """The names lexicon's forms of companies and media (3+ characters) and of government bodies that end in a
    body's head (国土资源部, 国家医保局) or in the last character of one (保监会 of …委员会, 国新办 of …办公室,
    国家民委, 厚生省, 国际原子能机构, 律政司) as one matcher."""
    grammar = grammar_for()
    national = grammar["national_bodies"].entries  # matched with their units there (商务部外资司)
    bodies = [form for form in name_forms(("GOV",)) if form not in national and (
        grammar.gov_end.search(form) or form.endswith(_BODY_ENDS))]
    forms = sorted({form for form in [*name_forms(_KINDS), *bodies] if len(form) >= _SHORTEST and all(map(han, form))})
    return Lexicon.from_rows("known_names", ({"entry": form} for form in forms))


@cache
def _national() -> frozenset[str]:
    """The known names of government bodies that start with 国家, 中央, 中国, 国务院 or 全国."""
    return frozenset(form for form in name_forms(("GOV",)) if form.startswith(_NATIONAL) and form in known_names())


@cache
def _sizes() -> dict[str, list[int]]:
    """First three characters of a known name (the shortest) -> the lengths of the names starting so, longest first."""
    sizes: dict[str, set[int]] = {}
    for name in known_names():
        sizes.setdefault(name[:_SHORTEST], set()).add(len(name))
    return {start: sorted(lengths, reverse=True) for start, lengths in sizes.items()}


@cache
def _starts(grammar: Grammar) -> "re.Pattern[str]":
    """A known name's first three characters after no Chinese character, a function character or the last character
    of a stop word: where a known name may start (character classes, so the scan runs in C)."""
    before = re.escape("".join(sorted(grammar.stop_chars | grammar.stop_last)))
    firsts, seconds, thirds = (re.escape("".join(sorted({start[k] for start in _sizes()}))) for k in range(_SHORTEST))
    return re.compile(f"(?:(?<![\\u4e00-\\u9fff])|(?<=[{before}]))[{firsts}](?=[{seconds}][{thirds}])")


def known(text: str, grammar: Grammar) -> list[Candidate]:
    """The known names in ``text`` that start where a name can start, or right after a country written there
    (中国|玲珑轮胎, 德国|西门子: the attached country is part of the name, conventions)."""
    found = []
    common = grammar["not_known_names"].entries
    sizes, entries = _sizes(), known_names().entries
    countries = {m.end(): m.start() for m in grammar["countries"].pattern.finditer(text)
                 if boundary(text, m.start(), grammar) or after_stop_word(text, m.start(), grammar)}
    starts = sorted({first.start() for first in _starts(grammar).finditer(text)} | set(countries))
    for start in starts:
        lengths = sizes.get(text[start:start + _SHORTEST])
        if lengths is None:
            continue  # no known name starts with these three characters (most offsets)
        name = None
        for n in lengths:  # the longest known name there
            if text[start:start + n] in entries:
                name = text[start:start + n]
                break
        if name is None or name in grammar.places:  # 鄂尔多斯, 中关村
            continue
        if department(text, name, start + len(name)):
            continue  # 环保部门: a kind of department
        head = next((h for h in grammar["alias_heads"] if text.startswith(h, start + len(name))), "")
        if name in common and not head:
            continue  # 老百姓, 太阳能发电: a common word names a company only with its 公司/集团
        if not head and _used_as_place(text, start, start + len(name), grammar):
            continue  # 来自日照港的货轮, 白云机场旅客: a listed port or airport named as the place
        if start in countries:
            found.append(Candidate(countries[start], start + len(name) + len(head), "ORG"))
        elif boundary(text, start, grammar) or after_stop_word(text, start, grammar) or name in _national():
            found.append(Candidate(start, start + len(name) + len(head), "ORG"))  # 富士康|公司: one name
    return found


def _used_as_place(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a port's or airport's name (lexicon facility_cues, side end) is written as a place: after a word of
    motion (自, 从) or before its traffic or its parts (吞吐量, 旅客, 码头, 至); acting (日照港与…签约, 日照港引进)
    it stays an ORG."""
    cues = grammar["facility_cues"]
    if not cues.where("side", "end").suffix_of(text[start:end]):
        return False
    return bool(cues.where("side", "before").suffix_of(text[max(0, start - 2):start])) or bool(
        cues.where("side", "after").prefix_of(text[end:end + 3]))
