"""Parks: development zones, industrial parks and incubators (…高新区, …产业园, “智造谷”)."""

import re
from collections.abc import Mapping
from functools import cache

from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.words import common_words
from zhqx.entities.scanning import Units, after_stop_word, boundary, scan_left
from zhqx.lexicon import Lexicons
from zhqx.names import name_forms

# A quoted name (“智造谷”): a zone when it ends like one, or when a carrier noun introduces it.
_LIMIT = 16  # the longest prefix of a park name scanned

_JOINED = re.compile("[·\\-－—–]")  # a dot or a dash joining two names (a dash: two names of one park)
_QUOTED = re.compile(r"“([\u4e00-\u9fff]{2,10})”")


def parks(text: str, units: Units, places: Mapping[str, str], grammar: Grammar) -> list[Candidate]:
    """Zones and parks: a prefix of 2+ characters that is not generic (全省, 国家级) nor only a kind (大数据|试验区),
    then a park suffix; an owner directly followed by its park is one PARK (星澜集团生物医药产业园)."""
    found = []
    units = dict(units)  # plus the county names found before park heads
    unit_starts = set(units.values())
    ends = {end: start for end, start in units.items() if places.get(text[start:end]) == "PARK"}  # 许昌经开区|尚集…
    zone_ends = dict(ends)
    generic, joiners = grammar.generic_heads, grammar["park_name_joiners"].entries
    placed = grammar["park_suffixes"].where("needs", "place").entries
    designations = grammar["park_suffixes"].where("needs", "name").entries
    zoned = grammar["park_suffixes"].where("needs", "zone").entries
    citywide = grammar["park_suffixes"].where("needs", "city").entries
    zone_heads = set(ends) | {m.end() for m in grammar.park_suffix.finditer(text) if m.group() not in zoned}
    for match in grammar.park_suffix.finditer(text):
        county = _county_before(text, match.start(), units, places, grammar)
        if county is not None:
            units[match.start()] = county
            unit_starts.add(county)
        start = scan_left(text, match.start(), units, grammar, org=False, limit=_LIMIT, barriers=zone_ends)
        if match.start() - start >= _LIMIT and not boundary(text, start, grammar) and start not in unit_starts:
            continue  # the scan stopped inside a word (…|城市群科技金融改革创新综合实验区): no whole name found
        if text[start - 1:start] in joiners and start not in unit_starts:  # 无锡先导集成电路装备与材料产业园
            joined = scan_left(text, start - 1, units, grammar, org=False, limit=_LIMIT)
            coordinated = places.get(text[joined:start - 1]) == "GPE" or start - 1 in ends  # 儋州市|与|…, …经开区|和|…
            coordinated = coordinated or grammar["countries"].prefix_of(text[joined:start - 1]) in grammar.foreign
            # 越南|新首都和|北岭工业园: a foreign country places two things; its park's name starts after the joiner
            start = joined if (joined in unit_starts or joined in ends) and not coordinated else start
        if start in unit_starts and text[start - 2:start - 1] == "中" and text[start - 1:start] in grammar[
                "partner_countries"] and (boundary(text, start - 2, grammar) or after_stop_word(text, start - 2, grammar)):
            start -= 2  # 中马|钦州产业园区: a bilateral park names its partner country first
        elif start in unit_starts and text[start - 1:start] == "中" and grammar["countries"].prefix_of(
                text[start:match.start()]) in grammar.foreign and (boundary(text, start - 1, grammar) or after_stop_word(
                text, start - 1, grammar)):
            start -= 1  # 中|印尼综合产业园: China and a partner country written whole
        start = _anchored(text, start, match.end(), units, zone_ends, grammar)
        start = _after_size(text, start, match.start(), grammar)
        start = _after_route(text, start, match.start(), unit_starts, grammar)
        joint = grammar["park_joint_prefixes"].suffix_of(text[max(0, start - 4):start])
        if joint and start in unit_starts and boundary(text, start - len(joint), grammar):
            start -= len(joint)  # 京冀|曹妃甸…示范区: provinces' joint abbreviation before a place names the zone too
        for glued in grammar["park_prepositions"].pattern.finditer(text, start, match.start()):
            start = glued.end()  # 他们以|青湖工业园, 省级以|上开发区; not 中以现代农业示范园
        start = _after_glued_verb(text, start, match.start(), units, unit_starts, grammar)
        time = grammar["park_time_words"].prefix_of(text[start:match.start()])
        if time and grammar["modality"].where("category", "PLANNED").pattern.match(text, match.end()):
            start += len(time)  # 未来|工业园将吸引…: a time adverb before a planned verb, no part of a name
        level = grammar["park_levels"].prefix_of(text[start:match.start()])
        if level and match.start() - start - len(level) >= 2:
            start += len(level)  # 国家级|湘江新区: a level before a zone's name is no part of it
        if match.group() in citywide and start in unit_starts and _after_place(start, units) == match.start():
            continue  # 深圳|先行示范区: a designation of a whole city or province, no zone
        prefix = text[start:match.start()]
        joined = _JOINED.split(prefix)
        if len(joined) > 1 and not named_park(joined[-1] + match.group(), grammar):
            continue  # 调研行·国家高新区: a dot before a kind of park joins no two names (淀湖·桃州湾飞地产业园 does)
        if (len(joined) > 1 or _JOINED.match(text, start - 1)) and match.group() in grammar["park_agreements"]:
            continue  # 中国—东盟自贸区: a free-trade area of two countries is an agreement, no zone
        if match.group() in grammar["park_agreements"] and grammar["park_blocs"].suffix_of(prefix):
            continue  # 进口东盟自贸区货物: a bloc's free-trade area is an agreement too
        owner = grammar.owner_end.search(text, max(0, start - 6), start)
        if owner:  # 青禾集团|生物医药产业园: an owner directly followed by its park is one PARK
            first = scan_left(text, owner.start(), units, grammar, org=True, limit=_LIMIT, brand=True)
            if owner.start() - first >= 2:
                found.append(Candidate(first, match.end(), "PARK"))
            continue
        if match.group() in placed and not _placed(text, start, match.start(), units, ends, grammar):
            continue  # 园区, CBD name a park only after a place or a zone (义乌商贸园区, 北京CBD; not 智慧园区)
        if _counted(text, _after_place(start, units), match.start(), grammar):
            continue  # 一处工业园区, 某工业园区, 新老开发区: a quantity or a kind, no name
        if start not in unit_starts and start not in ends and _counted_before(text, start, match.end(), grammar):
            continue  # 多个|沿江经济开发区, 这个|青禾新材料产业园: zones of a kind counted or pointed at, no name
        if match.group().endswith("集聚区") and start not in unit_starts and not grammar.zone_end.search(
                text, max(0, start - 4), start):
            continue  # 打造氢能产业集聚区 is a plan, 长葛市产业集聚区 a zone
        if match.group() in zoned and start not in ends and not _part_of_zone(text, start, match.end(), zone_heads):
            continue  # 片区 names a part of a zone (…自贸区|大连片区), no area of its own (国家公园|福建片区)
        if start in ends and prefix[:1] in _not_first(grammar) and prefix[:2] not in common_words() and _kind_only(
                prefix[1:], grammar, common=True):
            continue  # 甲工业园|中|商贸物流园: a place word after a zone (in the zone), then only a kind: no sub-park's name
        if start in ends and (len(prefix) < 2 or prefix.startswith(generic) or match.group() in zoned
                              or _kind_only(prefix, grammar)):
            start, prefix = ends[start], text[ends[start]:match.start()]  # 南京江北新区|产业技术研创园, …自贸区|大连片区
        if match.group() in designations and len(prefix) >= 4 and start not in unit_starts and _kind_only(
                prefix, grammar, common=True):
            continue  # 改革开放|试验区, 粮食生产|功能区: a designation named by common words only (华侨|试验区 may be one)
        if grammar["park_nonindustrial"].pattern.search(text, start, match.end()):
            continue  # 青湖生态文明示范区, 西岭水功能区: an ecological, farming or policy designation, no zone
        if grammar["park_regions"].suffix_of(text[start:match.end()]):
            continue  # 中原经济区, 广西北部湾经济区: a region of several provinces or cities, no zone
        if len(prefix) >= 2 and not prefix.startswith(generic) and not _kind_only(prefix, grammar):
            start = _dash_joined(text, start, units, grammar)
            found.append(Candidate(start, match.end(), places.get(text[start:match.end()], "PARK")))
            ends[match.end()] = start
    return found


def named_park(name: str, grammar: Grammar) -> bool:
    """Whether a park name has a name before its park head (雄安新区, 西岭数字产业园), not only a kind
    (自贸试验区, 化工园区, 数字技术产业园)."""
    suffix = next((m for m in grammar.park_suffix.finditer(name) if m.end() == len(name)), None)
    prefix = name[:suffix.start()] if suffix else name
    return len(prefix) >= 2 and not prefix.startswith(grammar.generic_heads) and not _kind_only(prefix, grammar)


def park_short_forms(name: str, grammar: Grammar) -> list[str]:
    """The shorter heads a text uses again for a park it named in full (lexicon park_short_heads): 青湖工业园区
    -> 青湖园区 (a bare 园区 names a park only after a place or a zone, so the scan alone misses it)."""
    heads = grammar["park_short_heads"]
    long = heads.suffix_of(name)
    prefix = name[:-len(long)] if long else ""
    if not long or not named_park(name, grammar) or len(prefix) < 2:
        return []
    row = next(row for row in heads.rows if row["entry"] == long)
    return [prefix + short for short in row["short"].split()]


@cache
def _known_zones(grammar: Grammar) -> tuple[frozenset[str], tuple[int, ...]]:
    """The zone names and aliases of the names lexicon that are names (雄安新区, 洋浦经开区; not a bare kind such
    as 化工园区 or 综合保税区) and their lengths, longest first."""
    forms = frozenset(form for form in name_forms(("PARK",)) if len(form) >= 4 and named_park(form, grammar))
    return forms, tuple(sorted({len(form) for form in forms}, reverse=True))


def _anchored(text: str, start: int, end: int, units: Units, zone_ends: Mapping[int, int], grammar: Grammar) -> int:
    """Where a park that ends at a known zone name starts: place names written directly before the known name
    extend it (河北|雄安新区), and so does a place then up to two characters (北京|天竺|空港经济开发区); a verb or
    a phrase before it does not (首条直供|雄安新区, 北京城区和|雄安新区)."""
    forms, sizes = _known_zones(grammar)
    known = next((end - n for n in sizes if end - n > start and text[end - n:end] in forms), zone_ends.get(end))
    if known is None or known <= start:
        return start
    first = known
    while first in units and units[first] < first:  # 河北|雄安新区: a chain of place names
        first = units[first]
    place_end = _after_place(start, units)
    if place_end > start and known - place_end <= 2:
        return start  # 北京|天竺|空港经济开发区: a place then a short local name before the known one
    return max(start, first)


def _after_glued_verb(text: str, start: int, end: int, units: Units, unit_starts: set[int], grammar: Grammar) -> int:
    """Where a park's prefix starts after short verbs written where a name may start, at the prefix's start or
    right after a place name or another such verb, that start no place name (lexicon park_glued_verbs):
    建|西岭工业园, 湛江|建省|办|经济特区; not 福建|自贸区 nor 建德|经济开发区."""
    verbs = grammar["park_glued_verbs"]
    for k in range(start, end):
        verb = verbs.prefix_of(text[k:end])
        if verb and (k == start or k in units) and k not in unit_starts:
            start = k + len(verb)
    return start


def _dash_joined(text: str, start: int, units: Units, grammar: Grammar) -> int:
    """Where a park starts whose name joins two names with a long dash (滨海——|中关村科技园, 广西—|东盟经开区): a
    place name written from a boundary directly before the dash; not an apposition dash after a phrase
    (重点产业园——|中韩盐城产业园, 改造项目—|…试验区)."""
    dash = next((d for d in ("——", "—", "-", "－", "–") if text.endswith(d, 0, start)), None)
    if dash is None or start - len(dash) not in units:
        return start
    first = units[start - len(dash)]
    while first in units and units[first] < first:  # 天津|滨海——: a chain of place names
        first = units[first]
    return first if boundary(text, first, grammar) or after_stop_word(text, first, grammar) else start


def _part_of_zone(text: str, start: int, end: int, zone_ends: set[int]) -> bool:
    """Whether the part ``text[start:end]`` (…片区) holds a zone (海南自贸港|洋浦片区) or follows a zone or a kind of
    zone where the text writes it, here or at another mention (自贸试验区|厦门片区 …, later 厦门片区 alone)."""
    if any(start < k < end for k in zone_ends):
        return True
    name, k = text[start:end], text.find(text[start:end])
    while k >= 0:
        if k in zone_ends:
            return True
        k = text.find(name, k + 1)
    return False


def _county_before(text: str, end: int, units: Units, places: Mapping[str, str], grammar: Grammar) -> int | None:
    """Where a county name written directly before a park head starts, when the unit scan left it to a boundary
    (落户|东至|经开区, 落户|五家渠|经济技术开发区; not 西|枝江)."""
    if end in units:
        return None
    size = next((n for n in (3, 2) if end >= n and places.get(text[end - n:end]) == "GPE"), None)
    if size and (boundary(text, end - size, grammar) or after_stop_word(text, end - size, grammar)):
        return end - size
    return None


def _after_place(start: int, units: Units) -> int:
    """Where the place name that starts at ``start`` ends (``start`` if none does): 五家渠| counts nothing."""
    return max((end for end, begin in units.items() if begin == start), default=start)


def _placed(text: str, start: int, end: int, units: Units, ends: Mapping[int, int], grammar: Grammar) -> bool:
    """Whether a park prefix ``text[start:end]`` is a zone then a 2+ character name (二坝|园区 after a zone), or a
    place then a name that is no generic word (义乌|商贸|园区, not 湖南|省级以上|园区)."""
    if start in ends:
        return end - start >= 2
    place_end = next((e for e, s in units.items() if s == start), None)
    if place_end is None:  # a county name the unit scan leaves to a boundary (落户|义乌|北苑园区)
        place_end = next((start + n for n in (3, 2) if grammar.places.get(text[start:start + n]) == "GPE"), None)
    generic = grammar.generic_heads  # the place's last character may start a level word: 湖南省|级 is 湖南|省级
    return place_end is not None and text[place_end:place_end + 1] not in grammar.counting and not any(
        text.startswith(generic, i, end) for i in (place_end - 1, place_end))  # 辽宁|两大|园区 counts parks


def _counted(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a park's prefix at ``start`` starts with a quantity or a determiner, also one the scan split (一处|,
    新老|, 各|地|: lexicon park_counted_starts), or a counting character then a classifier (两个|)."""
    counted = tuple(grammar["park_counted_starts"])
    if text.startswith(counted, start) or (start > 0 and text.startswith(counted, start - 1)):
        return True
    measures = grammar.classifiers | grammar["park_measures"].entries
    prefix = text[start:end]  # 两大|, 万亩|, 福建三地|: a count of zones or a size, no name
    return any(prefix[i:i + 1] in grammar.counting and prefix[i + 1:i + 2] in measures for i in (0, len(prefix) - 2))


def _counted_before(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a count or a demonstrative and its classifier stand right before a park's prefix that starts at
    no place (十个|, 多个|, 这个|): a kind of zone, no name; 一个 / 首个 introduce one (lexicon park_named_counts),
    and a project head within two characters after the park is what is counted (11个|…示范区|合作项目)."""
    count = text[start - 2:start - 1]
    if start < 2 or text[start - 1] not in grammar.classifiers or count not in grammar.counting:
        return False
    head = grammar.project_head.search(text, end, end + 4)
    counts_projects = head is not None and re.fullmatch("[\u4e00-\u9fff]{0,2}", text[end:head.start()]) is not None
    return count not in grammar["park_named_counts"] and not counts_projects


def _after_size(text: str, start: int, end: int, grammar: Grammar) -> int:
    """Where a park's prefix starts after an area written inside it (开发|30平方公里|青湖投资区: lexicon
    park_sizes), the name after the area."""
    for size in grammar["park_sizes"].pattern.finditer(text, start, end):
        if size.start() > 0 and (text[size.start() - 1] in grammar.counting or text[size.start() - 1].isdigit()):
            start = size.end()  # the scan stops at the digits: 50|平方公里元洪
    return start


def _after_route(text: str, start: int, end: int, unit_starts: set[int], grammar: Grammar) -> int:
    """Where a park's prefix starts after a route's end read as a county (西起甲站，东至|青湖开发区: lexicon
    park_route_words, a word of its ``opened_by`` written before it in the sentence, up to 40 characters)."""
    route = grammar["park_route_words"].prefix_of(text[start:end])
    if route and start in unit_starts:
        row = next(row for row in grammar["park_route_words"].rows if row["entry"] == route)
        before = re.split("[。！？；]", text[max(0, start - 40):start])[-1]  # the same sentence
        if any(word in before for word in row["opened_by"].split()):
            return start + len(route)
    return start


def _kind_only(prefix: str, grammar: Grammar, common: bool = False) -> bool:
    """Whether a park's prefix is only industry words (生物|科技园, 新能源汽车|产业园): a kind of park, no name;
    with ``common``, frequent two-character words count as kinds too (开放|综合|示范区)."""
    kinds = grammar.industry_heads + grammar.generic_heads + tuple(grammar["park_kinds"])  # 文创|产业|功能区
    words = common_words() if common else frozenset()
    while prefix:
        word = max((w for w in kinds if prefix.startswith(w)), key=len,  # 航空航天, not 航空|航天
                   default=prefix[:2] if prefix[:2] in words else None)
        if word is None:
            return False
        prefix = prefix[len(word):]
    return True


def quoted_parks(text: str, grammar: Grammar) -> list[Candidate]:
    """Quoted zone names: “智造谷” (a zone suffix), 孵化器“伊通河创客港” (a carrier noun before a zone head), and a
    quoted name directly before a park suffix, the quotes inside the name (“青石”工业园)."""
    found, zoned = [], grammar["park_suffixes"].where("needs", "zone").entries
    for match in _QUOTED.finditer(text):
        suffix = grammar.park_suffix.match(text, match.end())
        if suffix and grammar.park_name_end.search(suffix.group()) and suffix.group() not in zoned:
            # …园, …区; not “东海之窗”智慧港|航中心, nor a part of no zone (“一带一路”核心区)
            found.append(Candidate(match.start(), suffix.end(), "PARK"))
    carriers = tuple(grammar["carriers"])
    for match in _QUOTED.finditer(text):
        name, before = match.group(1), text[max(0, match.start() - 5):match.start()]
        if before.endswith(grammar.quoted_name_cues) or name in grammar["park_suffixes"] or _quoted_kind(name, grammar):
            continue  # a brand or a short name (简称“智汇园”), or only a kind of park (“众创空间”, “飞地园区”): no zone
        if grammar.quoted_park_end.search(name) or (before.endswith(carriers) and grammar.park_heads.search(name)):
            found.append(Candidate(match.start(1), match.end(1), "PARK"))
    return found


def _quoted_kind(name: str, grammar: Grammar) -> bool:
    """Whether a quoted name is kind words before a park suffix (“飞地|园区”), no name (“智造谷” is one)."""
    suffix = next((m for m in grammar.park_suffix.finditer(name) if m.end() == len(name)), None)
    return suffix is not None and suffix.start() > 0 and _kind_only(name[:suffix.start()], grammar)


def nested_parks(text: str, found: list[Candidate], units: Units, places: Mapping[str, str],
                 grammar: Grammar) -> list[Candidate]:
    """A zone directly followed by its sub-park is one PARK (南通高新区江海智汇园, 横琴粤澳深度合作区; a district's
    name and 园: 中关村顺义园), and so is a city directly before a zone that starts with a bare zone name (深圳前海,
    东莞松山湖高新区); the parts stay candidates too."""
    zones = found + [Candidate(start, end, "PARK") for end, start in units.items()
                     if places.get(text[start:end]) == "PARK" and not grammar.facility.match(text, end)]  # 松山湖|校区
    cities = {end: start for end, start in units.items() if places.get(text[start:end]) == "GPE"}
    city_ends = {start: end for end, start in cities.items()}
    merged = [Candidate(cities[start], end, "PARK") for start, end, _ in zones
              if start in cities and grammar["bare_zones"].prefix_of(text[start:end])]
    merged += [Candidate(start, city_ends[end] + 1, "PARK") for start, end, _ in zones
               if end in city_ends and text[city_ends[end]:city_ends[end] + 1] == "园"]
    merged += [Candidate(start, sub.end(), "PARK") for start, end, _ in zones  # …新片区|大飞机园, not 园|内物流园
               if (sub := grammar.sub_park.match(text, end)) and not grammar.stop_chars & set(text[end:sub.end()])
               and text[end] not in _not_first(grammar)]
    following: dict[int, set[int]] = {}
    for start, end, _ in zones + merged:
        following.setdefault(start, set()).add(end)
    for start, ends in sorted(following.items()):
        last = _chain_end(start, following)  # 武汉东湖高新区|光谷|生物城: any chain of parts
        if last != max(ends):
            merged.append(Candidate(start, last, "PARK"))
    return found + merged


def _not_first(grammar: Grammar) -> frozenset[str]:
    """The characters that start no sub-park's name after its zone: a place word or a verb (…园|内物流园, …区|建…)."""
    return grammar.lexicons.derived(_not_first_chars)


def _not_first_chars(lexicons: Lexicons) -> frozenset[str]:
    """Column not_first of lexicon sub_park_heads, read once per lexicons."""
    return frozenset(c for row in lexicons["sub_park_heads"].rows for c in row.get("not_first", "").split())


def _chain_end(start: int, following: Mapping[int, set[int]]) -> int:
    """The farthest end reached from ``start`` through parks that each start where another ends."""
    reached, todo = {start}, [start]
    while todo:
        for end in following.get(todo.pop(), ()):
            if end not in reached:
                reached.add(end)
                todo.append(end)
    return max(reached)
