"""Organisations: government bodies (a place or park, then 管委会, …局), companies, institutes, banks, national bodies
and short company names used without their full name (天衡股份（603xxx））."""

import re
from collections import Counter
from collections.abc import Mapping

from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.kinds import is_kind
from zhqx.entities.aliases import stands_alone
from zhqx.entities.apposition import known_forms
from zhqx.entities.words import after_verbs, coined, common_words, dictionary_verbs, glued, verbs
from zhqx.entities.scanning import TextIndex, Units, after_stop_word, boundary, function_char, han, plain, scan_left

_NATIONAL_CENTRE = re.compile(r"(?:国家|中国)([\u4e00-\u9fff]{2,6}?)中心")
_STOCK_CODE = re.compile(r"[（(]\d{6}(?:\.S[HZ])?[）)]")
_AMOUNT = re.compile(r"[0-9０-９.]+多?[万亿]*元")
_LEVEL = re.compile(r"[\u4e00-\u9fff]{1,2}级")  # 县级, 省部级: an administrative level, no place
_UNIT_GAP = 4  # characters of a unit's own name between its body and its head (外资|司, 产业政策|处)
_LONGEST_UNIT = 10  # characters of a unit's own name before a head with a long gap
_JOINT_LONGEST = 8  # characters of a joint name's left part (天津滨海-…, 人工智能与…)
_JOINERS = "与和"


def organisations(text: str, units: Units, parks: Mapping[int, int], grammar: Grammar) -> list[Candidate]:
    """Government bodies and companies, institutes, banks (2+ characters), and the national bodies.

    An attached country is part of a company's name (德国博世集团, conventions); a bare …公司 needs a 4+ character name
    that is not an industry word (安柏瑞医疗器械公司, not 新能源汽车公司).
    """
    place_ends = {start: end for end, start in units.items()}
    bodies = list(grammar.national_org.finditer(text))
    ends = {m.end() for m in bodies}  # 联合国|安理会: a body right after a body is not glued to it
    found = [Candidate(start, _unit_end(text, m.end(), place_ends, grammar), "ORG")
             for m in bodies for start in [_national_start(text, m.start(), m.group(), grammar)]
             if start < m.start() or m.start() in ends or not glued(text, *m.span(), grammar.stop_chars)]  # 网民|进行
    found += _joined(text, found, grammar)
    zone_units = {**units, **parks}
    unit_starts = set(zone_units.values())
    generic = grammar.generic_heads
    tasks = grammar["gov_suffixes"].where("task", "yes").entries  # 筹备委员会: a committee is named for its task
    for match in grammar.org_suffix.finditer(text):
        suffix = match.group()
        gov = not grammar.company.fullmatch(suffix)
        start = scan_left(text, match.start(), zone_units if gov else units, grammar, org=True, limit=24,
                          barriers=() if gov else parks, brand=not gov)  # a company name has no park name
        cut = start if suffix in tasks else after_verbs(text, start, match.start(), zone_units)  # 走进|广汽集团
        split = start > 0 and text[start - 1:start + 1] in grammar["split_words"].entries
        if split:
            start += 1  # 我国|南方电网公司: the end of a word that a function character starts
            cut = max(cut, start)
        after_verb = cut != start and after_verbs(text, start, match.start(), zone_units, dictionary=False) != start
        start = cut  # after a dictionary verb alone the rest is judged as any name (授予|第四军医大学)
        right, start = start, _joint_start(text, start, match, units, grammar)  # right: the joint name's right part
        if gov and start == right and start not in unit_starts:
            start = _joint_field(text, start, units, grammar)  # 盘锦市|海洋与|渔业局
        if not gov and grammar.branch.fullmatch(suffix):
            start = _brand_before_place(text, start, place_ends, units, grammar)  # 华为|南京|研究所
        if not gov and start in parks and grammar.operator.fullmatch(text, start, match.start()):
            start = parks[start]  # the park's own operator: 苏州工业园区|开发建设有限公司 is one name
        opened = _task_opening(text, start, grammar) if suffix in tasks else None
        start = start if opened is None else opened  # 推进|海南…领导小组: the task's verb opens the name
        prefix = text[start:match.start()]
        country = _country(text, start, place_ends, grammar)
        if gov:
            named = start in unit_starts or right in unit_starts or prefix.startswith(grammar.national_prefixes) or (
                prefix[:1] in set("市省县区州") and not prefix.startswith("市场") and prefix[1:2] not in ("（", "(")
                and not _LEVEL.match(prefix) and text[start - 1:start] not in grammar.not_a_place) or (  # 各市局; 县级以上|政府, 省部级|政府: levels
                _zone_unit(prefix, grammar)) or (  # 高新区招商局: a bare zone's named unit
                suffix in grammar["institute_heads"].entries and len(prefix) >= 2 and (
                    not prefix.startswith(generic) or opened is not None)
                and not grammar.project_head.match(text, match.end()))  # 光电国家研究中心: no place needed
            if named and text[start:match.end()] in grammar["bare_governments"]:
                named = False  # 市政府 without its place is no body (conventions)
            if named and suffix in tasks and suffix in grammar["institute_heads"].entries and start in unit_starts and (
                    text[start - 1:start] != "届") and not (
                    boundary(text, start, grammar) or after_stop_word(text, start, grammar)):
                named = False  # 对口帮扶|宁夏领导小组: a place inside a body's task does not start its name
            if named and suffix in grammar["gov_suffixes"].where("facility", "yes").entries and (
                    country or grammar.facility_opening.match(text, match.end())):
                named = False  # 首个德国服务中心, …服务中心正式投用: a facility, no body
            if named and suffix == "委" and start not in unit_starts:
                named = False  # 县委副书记: a party committee without its place is generic
            if named and suffix == "公司" and match.start() - _places_end(start, place_ends) < 2:
                named = False  # 一家香港公司: a place, then 公司, names no company
            if not named and suffix == "公司" and country and len(prefix) - len(country) >= 2:
                named = True  # 美国苹果公司: the attached country is part of the name
            if not named and suffix == "公司":
                named = len(prefix) >= 4 and not prefix.startswith(generic + grammar.industry_heads) and (
                    not grammar.company.search(prefix) and not grammar["parent_company_ends"].suffix_of(prefix)) and (
                    boundary(text, start, grammar) or after_stop_word(text, start, grammar) or split) or _brand_company(
                    text, start, match, grammar)
        else:
            named = len(prefix) >= 2 and not prefix.startswith(generic) or (
                suffix in grammar["alias_heads"] and _national_company(text, start, prefix, grammar))
            if not named and prefix.startswith(generic):  # 建设|长春理工大学: fall back to the name from a place on
                place = next((k for k in range(start + 1, match.start() - 1) if k in place_ends), start)
                named = place != start and grammar.name_end.search(text, start, place) is not None  # 国家开发银行|北京分行
                start = start if named else place
                prefix = text[start:match.start()]
                named = named or (len(prefix) >= 2 and not prefix.startswith(generic))
        if named and suffix == "公司" and grammar["kind_company_ends"].suffix_of(prefix):
            named = False  # 沪深上市|公司, 网约车平台|公司: a kind word right before 公司 names a kind
        if named and start not in unit_starts and suffix in grammar["kind_heads"].entries and is_kind(
                text, start, match, grammar, strict=suffix == "公司") and not grammar.org_suffix.search(prefix):  # 军医大学|第二附属医院
            named = False  # 农村商业|银行, 农机|合作社, 消费金融|公司: common words before a head of kinds name a kind
        if named and suffix in grammar["kind_heads"].entries and grammar["kind_head_ends"].suffix_of(prefix) and (
                text[start:match.end()] not in known_forms()):
            named = False  # 武汉三甲|医院, 以公立|医院: a kind word right before a head of kinds names a kind
        if named and after_verb and not _named_after_verb(text, start, match, unit_starts, grammar):
            named = False  # 增加|政策性银行, 允许|外国保险集团: a kind after a verb
        if named and (prefix[:1] in grammar.counting and prefix[1:2] in grammar.classifiers or _AMOUNT.match(prefix)):
            named = False  # 一家合作社, 50亿元产业发展基金: a count or an amount of a kind
        counted = grammar.counted.search(text, start, match.end())  # the head is seen: 二十国|集团
        if named and counted and counted.end() <= match.start() and text[start:match.end()] not in known_forms():
            named = False  # 天津多家|银行, 山西五大|煤炭集团: a count inside the prefix counts kinds
        if named and start in place_ends:  # 中共|青州市委, 国铁|昆明局, 中科院|沈阳…所: an attached prefix is part of the name
            attached = grammar["attached_prefixes"]  # 中科院|沈阳…研究所: an academy's institute
            start -= len(attached.suffix_of(text[max(0, start - max(attached.lengths)):start]) or "")
        if named:
            end = _unit_end(text, match.end(), place_ends, grammar) if gov else match.end()
            found.append(Candidate(start, end, "ORG"))
    return found + _joint_units(text, found, grammar) + _national_centres(text, grammar)


def _national_centres(text: str, grammar: Grammar) -> list[Candidate]:
    """A national institution named 国家/中国 + its field + 中心 (国家信息中心, 国家超算星澜中心): after a boundary or
    a stop word, no 级 (国家级技术中心 is a kind), verb, stop word, venue (国家越野滑雪中心: lexicon centre_venues) or
    known name in the field (中国电信|云数据中心), not before a project word (国家区域医疗中心|建设)."""
    found = []
    for match in _NATIONAL_CENTRE.finditer(text):
        start, field = match.start(), match.group(1)
        if not (boundary(text, start, grammar) or after_stop_word(text, start, grammar)) or field.startswith("级") or (
                _holds_word(field, verbs()) or _holds_word(field, grammar.stop_words)) or _holds_word(
                field, grammar["centre_venues"].entries) or any(
                text[start:match.start(1) + n] in known_forms() for n in range(1, len(field) + 1)) or (
                grammar.project_head.match(text, match.end()) or text.startswith(("建设", "项目"), match.end())):
            continue
        found.append(Candidate(start, match.end(), "ORG"))
    return found


def _national_company(text: str, start: int, prefix: str, grammar: Grammar) -> bool:
    """A national company: 国家 or 中央 and 2-4 characters of its trade or brand before 公司 or 集团 (国家能源|集团,
    国家电投|集团; not 国家铁路发展|基金), where a name can start; not a level (国家级|集团) nor a kind word (国家重点|集团: lexicon
    generic_heads after the prefix)."""
    national = next((p for p in grammar.national_prefixes if prefix.startswith(p)), "")
    rest = prefix[len(national):]
    return bool(national) and 2 <= len(rest) <= 4 and all(map(han, rest)) and not rest.startswith(
        ("级", *grammar.generic_heads)) and (boundary(text, start, grammar) or after_stop_word(text, start, grammar))


def _task_opening(text: str, start: int, grammar: Grammar) -> int | None:
    """Where a task-named body starts whose task opens with a word of lexicon task_starts (推进|海南…领导小组, 全国|
    打击…领导小组): that word, written at ``start`` or right before it after a boundary or a stop word, or None."""
    starts = grammar["task_starts"]
    if starts.prefix_of(text[start:start + max(starts.lengths)]):
        return start
    word = starts.suffix_of(text[max(0, start - max(starts.lengths)):start])
    k = start - len(word or "")
    if word and (boundary(text, k, grammar) or after_stop_word(text, k, grammar)):
        return k
    return None


def _brand_company(text: str, start: int, match: "re.Match[str]", grammar: Grammar) -> bool:
    """A brand of 2-3 plain characters before 公司 (a first 中 too: 中建公司, not 其中), written so twice in the text
    (凯瑞公司 … 凯瑞公司), a short form of the names lexicon (波音公司, 华为公司) or a coined one, no dictionary word
    in it (星澜公司, 施耐德公司; not 水务公司, 服装业公司): no kind (外资公司) or other common word (租赁公司),
    place, verb nor counted or demonstrative word (该公司, 两家公司, 一家生态公司)."""
    brand = text[start:match.start()]
    listed = brand in known_forms() and brand not in grammar["not_known_names"].entries and (
        text[start - 1:start] not in grammar.classifiers)
    first = brand[:1] == "中" and text[start - 1:start + 1] not in grammar.stop_words  # 中建公司, not 其中|…
    return 2 <= len(brand) <= 3 and all(
        (plain(c, grammar) or first and k == 0) and c not in grammar.counting for k, c in enumerate(brand)) and (
        not brand.startswith(grammar.generic_heads + grammar.industry_heads)) and brand not in grammar.places and (
        brand not in verbs() and (listed or brand[:2] not in common_words()) and brand not in grammar.stop_words) and (
        boundary(text, start, grammar) or after_stop_word(text, start, grammar) or text[start - 1:start] == "的") and (
        listed or text.count(text[start:match.end()]) >= 2 or coined(brand) and text[start - 1:start] not in (
            grammar["adverb_chars"].entries) and brand[-1] not in grammar.generic_heads)  # 就|能开公司, 在华|子公司


def _joint_start(text: str, start: int, match: "re.Match[str]", units: Units, grammar: Grammar) -> int:
    """Where a joint name starts: two fields joined by 与/和 before a research head (人工智能与区块链研究院; lexicon
    joint_heads) or two names joined by a dash (滨海-中关村科技园管委会): the left part is 2-8 characters after a
    boundary, with no function word, and is no complete name nor a place (星澜集团与青禾研究院 are two)."""
    joiner = text[start - 1:start]
    dash = joiner in "-－—" and joiner and text[start - 2:start - 1] != "—"  # —— ends a clause
    if not (dash or joiner in "与和" and joiner and match.group() in grammar["joint_heads"]):
        return start
    if match.start() - start < 2:
        return start
    k = start - 1
    while k > 0 and start - 1 - k < _JOINT_LONGEST and han(text[k - 1]) and text[k - 1] not in grammar.stop_chars:
        k -= 1
    left = text[k:start - 1]
    if not 2 <= len(left) <= _JOINT_LONGEST or not boundary(text, k, grammar) or grammar.name_end.search(left) or (
            joiner in "与和" and units.get(start - 1) == k) or grammar["national_bodies"].suffix_of(left):
        return start  # 中科院和|沈阳…研究所: a national body is a name of its own
    return k


def _joint_field(text: str, start: int, units: Units, grammar: Grammar) -> int:
    """Where a body's name starts whose field names two subjects joined by 与/和 (盘锦市|海洋与|渔业局, 青县|自然资源和|
    规划局): at the place written right before the left field of 2-4 plain characters (no name's head nor stop
    character in it, not ending in a body's last character: 防疫队); else ``start``."""
    if text[start - 1:start] not in _JOINERS or start < 1:
        return start
    for size in range(2, _UNIT_GAP + 1):
        k = start - 1 - size
        field = text[k:start - 1]
        if k < 1 or not all(map(han, field)) or set(field) & grammar.stop_chars or grammar.org_suffix.search(field):
            return start
        if k in units and field[-1] in grammar.body_last:
            return start  # 青川防疫队|和|武警救援大队: the left field ends like a body's head, two bodies
        if k in units:
            return units[k]
    return start


def _joint_units(text: str, found: list[Candidate], grammar: Grammar) -> list[Candidate]:
    """A body and its research unit whose field names two subjects joined by 与/和 are one name (中科院|海洋地质与|
    环境研究所): the unit's left field is 2-8 characters right after the body's name, with no function character,
    verb, stop word or title (星澜集团与青禾研究院, 统计局今天与…研究所 are two names; lexicon joint_heads)."""
    ends = {c.end: c.start for c in found if c.label == "ORG"}
    joined = []
    for c in found:
        joiner = c.start - 1
        if c.label != "ORG" or text[joiner:c.start] not in _JOINERS or joiner < 1 or not (
                grammar["joint_heads"].suffix_of(text[c.start:c.end])):
            continue
        k = joiner
        while k > 0 and joiner - k < _JOINT_LONGEST and han(text[k - 1]) and text[k - 1] not in grammar.stop_chars:
            k -= 1
            field = text[k:joiner]
            if k in ends and len(field) >= 2 and not grammar.title.search(field) and not _holds_word(
                    field, verbs()) and not _holds_word(field, grammar.stop_words):
                joined.append(Candidate(ends[k], c.end, "ORG"))
                break
    return joined


def _holds_word(text: str, words) -> bool:
    """Whether a word of 2-3 characters of ``words`` is written in ``text``."""
    return any(text[i:i + n] in words for n in (2, 3) for i in range(len(text) - n + 1))


def _named_after_verb(text: str, start: int, match: "re.Match[str]", places: set[int], grammar: Grammar) -> bool:
    """After a verb a name needs more than a kind: a legal form (来到|太钢…有限公司), a place (走进|广州…集团) or a
    known name (跟着|亿利集团) at its start."""
    if grammar.legal_form.search(match.group()) or start in places:
        return True
    return any(text[start:start + size] in known_forms() for size in range(2, min(6, match.start() - start) + 1))


def _joined(text: str, bodies: list[Candidate], grammar: Grammar) -> list[Candidate]:
    """Two national bodies written together are a body and its unit, one name (国务院国资委, 中国人民解放军海军); a
    top-level body is no unit (中共中央国务院: two issuers; lexicon national_bodies, column top), nor is a ministry
    after a ministry (交通运输部公安部: two issuers)."""
    ends = {body.end: body.start for body in bodies}
    tops = grammar["national_bodies"].where("top", "yes").entries
    return [Candidate(ends[body.start], body.end, "ORG") for body in bodies
            if body.start in ends and text[body.start:body.end] not in tops
            and not text[body.start - 1] == text[body.end - 1] == "部"]


def _zone_unit(prefix: str, grammar: Grammar) -> bool:
    """A bare zone kind and a unit's own name (高新区|招商|局); a bare 开发区管委会 stays generic."""
    kind = next((k for k in grammar["zone_kinds"] if prefix.startswith(k)), "")
    return bool(kind) and len(prefix) > len(kind)


def _national_start(text: str, start: int, body: str, grammar: Grammar) -> int:
    """Where a national body starts: an attached 中国 or foreign country is part of its name (中国证监会, 德国联邦议院),
    conventions."""
    if text[start - 2:start] == "中国" and not body.startswith("中") and start >= 2:
        return start - 2
    country = next((text[k:start] for k in range(max(0, start - 5), start - 1) if text[k:start] in grammar.foreign), "")
    return start - len(country)


def _unit_end(text: str, end: int, place_ends: Mapping[int, int], grammar: Grammar) -> int:
    """Where a body's name ends when a unit of it follows (商务部外资司, 省工信厅产业政策处, 中科院长春光机所):
    an optional place, 1-4 Chinese characters (no function word) and a unit head (lexicon unit_heads; not a title:
    处长), not two one-character heads (有关司局: units in general; 政治工作部|组织 is a verb) nor a stop word and more (将于…; 组织|部 is a unit). A head
    with a ``gap`` names a unit of up to that many characters (国家航天局|空间碎片监测|中心; no title or verb in
    it); a head with ``after`` follows only those bodies (联合国|粮食计划|署). A unit's own unit joins too."""
    k = place_ends.get(end, end)
    if k == end and text.startswith("长", end) and text[end:end + 2] not in common_words():
        return end  # 国防部长: a title (长春 is a place; 水利部|长江水利委员会 a unit)
    heads = grammar["unit_heads"].pattern
    head = heads.match(text, k) if k != end else None
    if head and _after_body(grammar, head.group(), text, end):
        return _unit_end(text, head.end(), {}, grammar)  # 海关总署|广东|分署: a place's own unit
    joined = 0  # a joiner inside a long unit name: 国家星象局|观测与预报|中心
    for size in range(1, _LONGEST_UNIT + 2):
        char = text[k + size - 1:k + size]
        if char in _JOINERS and size >= 3 and not joined:
            joined = 1
            continue
        if not char or not han(char) or char in grammar.stop_chars:
            return end
        head = heads.match(text, k + size)
        if head and size - joined <= grammar.unit_gaps[head.group()][0] and _after_body(
                grammar, head.group(), text, end):
            gap, long = text[k:k + size], grammar.unit_gaps[head.group()][0] > _UNIT_GAP
            if joined and (not long or _holds_word(gap, grammar.stop_words)):
                return end  # 统计局与|物流|处, 统计局今天与…中心: only a unit's long name holds a joiner
            second = heads.match(text, head.end())  # 有关司局: two one-character heads; 部|组织拍摄: a verb
            if second and len(second.group()) == 1 and not long or any(
                    gap[:n] in grammar.stop_words for n in range(2, size)):
                return end  # 有关司局, 相关处室: units in general
            if any(gap[i:i + 2] in verbs() or gap[i:i + 2] in dictionary_verbs() and not long
                   for i in range(size - 2)):  # a long name keeps a task (扶贫开发|领导小组), not a verb
                return end  # 海军|完成北部: a verb is no unit's name, but its task right before the head (扶贫办)
            if long and grammar.title.search(gap):
                return end  # 发改委主任|…中心: a title ends the body's name
            if any(text[j:head.end()] in grammar["national_bodies"] for j in range(k, head.start())):
                return end  # 应急部|商|财政部: another national body is no unit
            return _unit_end(text, head.end(), {}, grammar)  # a unit's unit: 水利委员会|水土保持局
    return end


def _after_body(grammar: Grammar, head: str, text: str, end: int) -> bool:
    """Whether a unit head may follow the body that ends at ``end`` (a head with no ``after`` follows any)."""
    bodies = grammar.unit_gaps[head][1]
    return not bodies or any(text.endswith(body, 0, end) for body in bodies)


def _brand_before_place(text: str, start: int, place_ends: Mapping[int, int], units: Units, grammar: Grammar) -> int:
    """A brand of 2-4 plain characters right before the place that starts a branch name (华为南京研究所)."""
    if start not in place_ends or start < 2:
        return start
    if function_char(text, start, grammar):  # 华为|南京: one plain character after punctuation, then a function character
        k = start - 2
        return k if plain(text[k], grammar) and (k == 0 or not han(text[k - 1])) else start
    for size in (2, 3, 4):
        k = start - size
        if k < 0:
            break
        if not all(plain(c, grammar) and c not in grammar.counting for c in text[k:start]) or after_stop_word(
                text, start, grammar) or k in units:
            break
        if boundary(text, k, grammar) or after_stop_word(text, k, grammar):
            return k
    return start


def _places_end(start: int, place_ends: Mapping[int, int]) -> int:
    """Where the place names written from ``start`` on end (湖北|麻城|…)."""
    while start in place_ends:
        start = place_ends[start]
    return start


def _country(text: str, start: int, place_ends: Mapping[int, int], grammar: Grammar) -> str:
    """A foreign country written before a company name (德国博世集团), or ""."""
    name = text[start:place_ends.get(start, start)]
    return name if name in grammar.foreign else ""


def short_companies(text: str, units: Units, grammar: Grammar, index: TextIndex) -> list[Candidate]:
    """Short company names written without a full name: used twice or more, with a stock code (天衡股份（603xxx）)
    or before 公告."""
    found = []
    place_starts = set(units.values())
    counts: Counter[str] = Counter()
    excluded = grammar.stop_chars | grammar.not_brand | grammar.counting
    heads = grammar.generic_heads + grammar.industry_heads
    descriptors = grammar["apposition_nouns"]
    for match in grammar.short_company.finditer(text):
        name, start = match.group(), match.start()
        brand = name[:2]
        described = bool(descriptors.suffix_of(text[max(0, start - 3):start])) and text[start - 3:start - 2] not in (
            grammar.stop_chars) and not text.startswith("的", match.end()) and brand not in common_words() or (  # 企业|进行智能  # 帮助企业|优化汽车的设计
            text[start - 1:start] == "以" and text.startswith("为代表", match.end()))
        if (start in place_starts or not (described or boundary(text, start, grammar)
                                          or after_stop_word(text, start, grammar))
                or set(brand) & excluded or brand in grammar.stop_words  # 抓好科技防疫
                or name.startswith(heads)):
            continue
        if name not in counts:
            counts[name] = len(index.occurrences(name))
        repeated = counts[name] >= 2 and brand not in common_words() and (stands_alone(text, start, match.end(), grammar) or text[
            match.end():match.end() + 1] in grammar.stop_chars or grammar.title.match(text, match.end()) or any(
            text[match.end():match.end() + n] in verbs() for n in (2, 3)))  # 清洁能源|产业: a compound, no name
        if repeated or described or _STOCK_CODE.match(text, match.end()) or text.startswith(
                "公告", match.end()):
            found.append(Candidate(start, match.end(), "ORG"))
    return found
