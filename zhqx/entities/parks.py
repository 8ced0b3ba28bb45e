"""Parks: development zones, industrial parks and incubators (…高新区, …产业园, “智造谷”)."""

import re
from collections.abc import Mapping

from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.scanning import Units, scan_left

# A quoted name (“智造谷”): a zone when it ends like one, or when a carrier noun introduces it.
_QUOTED = re.compile(r"“([\u4e00-\u9fff]{2,10})”")


def parks(text: str, units: Units, places: Mapping[str, str], grammar: Grammar) -> list[Candidate]:
    """Zones and parks: a prefix of 2+ characters that is not generic (全省, 国家级), then a park suffix.

    A park right after a company name (…科技有限公司大数据产业园项目) is the company's own project, not a zone.
    """
    found = []
    unit_starts = set(units.values())
    ends = {end: start for end, start in units.items() if places.get(text[start:end]) == "PARK"}  # 许昌经开区|尚集…
    zone_ends = dict(ends)
    generic, joiners = grammar.generic_heads, grammar["park_name_joiners"].entries
    for match in grammar.park_suffix.finditer(text):
        start = scan_left(text, match.start(), units, grammar, org=False, limit=12, barriers=zone_ends)
        if text[start - 1:start] in joiners and start not in unit_starts:  # 无锡先导集成电路装备与材料产业园
            joined = scan_left(text, start - 1, units, grammar, org=False, limit=12)
            start = joined if joined in unit_starts or joined in ends else start
        prefix = text[start:match.start()]
        if grammar.owner_end.search(text, max(0, start - 6), start):
            continue
        if match.group().endswith("集聚区") and start not in unit_starts and not grammar.zone_end.search(
                text, max(0, start - 4), start):
            continue  # 打造氢能产业集聚区 is a plan, 长葛市产业集聚区 a zone
        if start in ends and (len(prefix) < 2 or prefix.startswith(generic) or match.group() == "片区"
                              or _kind_only(prefix, grammar)):
            start, prefix = ends[start], text[ends[start]:match.start()]  # 南京江北新区|产业技术研创园, …自贸区|大连片区
        if len(prefix) >= 2 and not prefix.startswith(generic) and not _kind_only(prefix, grammar):
            found.append(Candidate(start, match.end(), places.get(text[start:match.end()], "PARK")))
            ends[match.end()] = start
    return found


def _kind_only(prefix: str, grammar: Grammar) -> bool:
    """Whether a park's prefix is only industry words (生物|科技园, 新能源汽车|产业园): a kind of park, no name."""
    while prefix:
        word = next((w for w in grammar.industry_heads if prefix.startswith(w)), None)
        if word is None:
            return False
        prefix = prefix[len(word):]
    return True


def quoted_parks(text: str, grammar: Grammar) -> list[Candidate]:
    """Quoted zone names: “智造谷” (a zone suffix), 孵化器“伊通河创客港” (a carrier noun before a zone head), and a
    quoted name directly before a park suffix, the quotes inside the name (“青石”工业园)."""
    found = []
    for match in _QUOTED.finditer(text):
        suffix = grammar.park_suffix.match(text, match.end())
        if suffix and grammar.park_name_end.search(suffix.group()):  # …园, …区; not “东海之窗”智慧港|航中心
            found.append(Candidate(match.start(), suffix.end(), "PARK"))
    carriers = tuple(grammar["carriers"])
    for match in _QUOTED.finditer(text):
        name, before = match.group(1), text[max(0, match.start() - 5):match.start()]
        if before.endswith(grammar.quoted_name_cues):  # a brand or a short name (简称“智汇园”), no zone
            continue
        if grammar.quoted_park_end.search(name) or (before.endswith(carriers) and grammar.park_heads.search(name)):
            found.append(Candidate(match.start(1), match.end(1), "PARK"))
    return found


def nested_parks(text: str, found: list[Candidate], units: Units, places: Mapping[str, str],
                 grammar: Grammar) -> list[Candidate]:
    """A zone directly followed by its sub-park is one PARK (南通高新区江海智汇园, 横琴粤澳深度合作区), and so is a
    city directly before a bare zone name (深圳前海); the parts stay candidates too."""
    zones = found + [Candidate(start, end, "PARK") for end, start in units.items()
                     if places.get(text[start:end]) == "PARK"]
    longest: dict[int, int] = {}
    for start, end, _ in zones:
        longest[start] = max(end, longest.get(start, end))
    merged = []
    for start, end in sorted(longest.items()):
        first, last = start, end
        while last in longest:
            last = longest[last]
        if last == end and text[start:end] in grammar["bare_zones"] and start in units.values():
            city = next((s for e, s in units.items() if e == start and places.get(text[s:e]) == "GPE"), None)
            first = start if city is None else city
        if (first, last) != (start, end):
            merged.append(Candidate(first, last, "PARK"))
    return found + merged
