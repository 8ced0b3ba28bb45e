"""The park role: after 落户 / 入驻, at 在…, else the first park of the segment or sentence; 该区 / 园区 refer
back to the park spoken of before; with none named, the park of the context (``context_park``)."""

import re
from bisect import bisect_left

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.headlines import is_headline
from zhqx.events.roles.mentions import occurrences
from zhqx.events.spans import CLAUSE_MARKS, headline_line
from zhqx.events.spec import rows_pattern
from zhqx.gazetteer import lookup_table
from zhqx.text.prefilter import prefiltered
from zhqx.types import Settlement

_LINES_BACK = 40  # a headline further back than this many lines is not looked for (reading stays linear)

_TO_PLACE = "在到于至"
_RECIPIENT = ("向", "给")  # 每年向甲新区输送清洁电能: where it goes, not where it happens
_HOLDING = ("内", "里", "的")  # 向甲新区内的一家企业注资: the recipient is in the park
_SETTLED = re.compile("落户|入驻|进驻")
_STEMMED = "新区"  # a 新区 the article names, written by its stem after 落户 (落户甲州浦江, 甲州浦江新区 named)
_DESTINATION = re.compile(r"[^，,。；;：:！？!?\n的、和与及]{2,6}(?=[，,。；;：:！？!?\n]|$)")
# A park ending a route's name (甲市至乙新区城际铁路): a line's terminus, not where the event is
_ROUTE_END = re.compile(r"[^，,。；;、：:的和与及]{0,4}?(?:城际|铁路|高铁|公路|高速|轻轨|地铁|管道|专线|航线)")
# A park naming a meeting (甲论坛暨乙科技城产业发展大会在丙新区举办): the meeting's theme, not where it happens
# when another park is named
_MEETING = re.compile(r"[^，,。；;、：:的在]{0,8}?(?:大会|论坛|峰会|博览会|推介会|洽谈会|交易会|招商会|年会)")
# A park founding what is done elsewhere (甲园在外地设立的中心在乙市启用): not the park where it happens
_FOUNDER = re.compile(r"[^，,。；;]{0,12}?(?:设立|建立|投资|打造|援建|共建)的")
_KIND = re.compile("(?:示范|产业|工业|科技|物流|创业|创新|生态|文化|农业|合作|特色|专业)$")  # …园区 of a kind
_VENUE = re.compile("(?:[、和与及][^，,。；;、]{1,6}?)*(?:同步|同时|分别|隆重)?(?:举行|召开|开幕|举办)")  # 在甲国、乙国举办: venues
_FLOOR = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})层"
_CLAUSE_END = r"(?=[，,。；;：:！？!?\n]|$)"
# A destination that is a building, a floor or a workshop (科创大厦, 12层, 扶贫车间), or a place described with 的
# (甲市的科技产业园, 当地的工业园区): no park's name
_BUILDING = re.compile(rf"了?[在到于]?(?:[^，,。；;：:、的]{{0,12}}?(?:(?:大厦|大楼|写字楼|办公楼|楼宇|孵化器|众创空间|车间)"
                       rf"(?:{_FLOOR})?|{_FLOOR})|[^，,。；;：:、]{{1,12}}?的[^，,。；;：:、的]{{0,10}}?(?:园|园区|基地|中心)){_CLAUSE_END}")
_MODIFIES = re.compile("(?:建设)?的")  # 乙区的一部分, 乙港建设的核心园区: a park qualifying a noun, not the topic
_WHOLE_AREA = re.compile("全(?:区|市|县|省|州|镇|乡|国)")  # 全区新入驻企业346家: the whole district's, not a park's
_AS_WRITTEN = ("这里",)  # a demonstrative: the park as last written (前海…。这里…开工: 前海, not 深圳前海)
_ANAPHOR_OPENERS = set("，,。；;、：:该在驻户至到入本全") | {"\n"}


def find_park(a: Article, draft: Draft, end: int) -> str | None:
    """Where it happens: the park after 落户 / 入驻, at 在…, else the first in the segment or sentence."""
    projects = [p for p in draft.roles.get("projects") or [draft.get("project")] if p]
    (s0, s1), (g0, g1) = draft.sentence, draft.segment
    inside = [(k, k + len(p)) for p in projects for k in occurrences(a.text, p, s0 - len(p) + 1, s1)]
    opening = _opening_park(a, inside)
    parks = [p for p in parks_in(a, s0, s1) if p[2] not in projects and not any(a <= p[0] < b for a, b in inside)
             and not (a.text.endswith(("至", "到"), 0, p[0]) and _ROUTE_END.match(a.text, p[1]))
             and not (a.text.endswith(_RECIPIENT, 0, p[0]) and not a.text.startswith(_HOLDING, p[1]))]
    named = [p for p in parks if not _MEETING.match(a.text, p[1])]  # 甲科技城产业发展大会在乙新区举办: 乙新区
    parks = named if named else parks  # (甲示范区合作大会在乙市召开: still 甲示范区)
    if draft.cls is Settlement or _SETTLED.search(draft.trigger):  # 签约落户X开发区: X, not the venue before
        # a settlement's destination stands in the trigger's clause (not 80家企业落户，小镇也争来了X园的称号)
        after = [p for p in parks if end <= p[0] < (a.phrase_end(end, g1) if draft.cls is Settlement else g1)]
        if not after and (stem := zone_by_stem(a, end)):
            return stem  # 落户甲州浦江: the 甲州浦江新区 named in the article, as written
        if after:
            chain = after[0]
            for p in after[1:]:  # 南通高新区江海智汇园: the inner park
                if p[0] == chain[1]:
                    chain = p
            return chain[2]
        if draft.cls is Settlement:  # a signing without a destination: the park of its segment, below
            before = [p for p in parks if p[1] <= draft.pos and not _placed_in_city(a, p[1], draft.pos)]
            return _as_written(a, before) if before else None
    for lo, hi in ((g0, g1), _semicolon_part(a.text, _own_subject(a, s0, g0), s1, g1)):
        inside = [p for p in parks if lo <= p[0] < hi and not (  # 甲园在外地设立的中心在乙市投入运营: in 乙市
            _FOUNDER.match(a.text, p[1]) and _placed_in_city(a, p[1], draft.pos, p[2]))]
        if inside:
            return inside[0][2]
    if opening:  # 甲新区起步区X围堤开工: the zone its name opens with
        return opening
    if a.last_with("park"):  # a host zone spoken of before (同日，X产业园项目…签署) is carried, not replaced
        return None
    bare = [re.sub("(?:项目|工程)$", "", project) for project in projects]  # no host zone named: a park's
    headline = is_headline(a, draft.sentence)  # a headline's park-project is merged into the body's event
    return next((name for name, project in zip(bare, projects)  # project (X示范园项目, or a body's X产业园
                 if (name != project or not headline) and name in a.park_endings.get(name, {})), None)  # itself)


def context_park(a: Article, draft: Draft, carries: bool) -> str | None:
    """The park of the context, for an event whose own words name none (``find_park``): the park of the event
    before when the sentence continues it (``carries``: 其中, 当天; not when the sentence names a place outside it:
    当天，乙市还有85个项目动工), else, for an aggregate or a settlement without a project, the park the sentence
    before speaks of (``_subject_park``), else, for a counted settlement, the one park of its paragraph or brief
    (``_sole_park``)."""
    start, i = draft.sentence[0], draft.pos
    carried = _previous_park(a, start) if carries else None
    if carried and not _elsewhere(a, start, i, carried, draft.get("project")):
        return carried
    subject = _subject_park(a, start, i) if not draft.get("project") and (
        draft.cls is Settlement or draft.get("count")) else None
    if subject:
        return subject
    return _sole_park(a, start, i + len(draft.trigger)) if draft.cls is Settlement and draft.get("count") else None


def _opening_park(a: Article, inside: list[tuple[int, int]]) -> str | None:
    """The park a project's name opens with, as written (甲新区起步区X围堤, 甲商务区Y贸易港, 甲产业园（一期）): the
    zone of a work named with it; not a park-project (X产业园项目, read below)."""
    for lo, hi in inside:
        park = max((p for p in a.parks.between(lo, hi) if p[0] == lo and p[1] < hi and a.text[lo:p[1]] == p[2]
                    and a.text[p[1]:hi] not in ("项目", "工程")), key=lambda p: p[1], default=None)
        if park is not None:
            return park[2]
    return None


def _placed_in_city(a: Article, start: int, end: int, park: str = "") -> bool:
    """Whether 在 + a city (not one in ``park``'s name) stands between ``start`` and ``end`` (甲园…；其分中心在乙市启用，
    首批入驻的企业: the settlers went to the city, not to the park named before)."""
    return any(e.label == "GPE" and start < e.start and e.end <= end and a.text[e.start - 1] == "在"
               and e.text not in park for e in a.entities)


def _as_written(a: Article, before: list[tuple[int, int, str]]) -> str:
    """The last park named before a settlement trigger that qualifies no noun (甲新区是乙港建设的核心园区，…落户:
    甲新区), else the last, as its sentence writes it: 园区 resolved to the park that sentence names (甲园区又有8个
    项目在园区落地: 甲园区, not the longer name of the first paragraph)."""
    start, end, park = next((p for p in reversed(before) if not _MODIFIES.match(a.text, p[1])), before[-1])
    written = [name for k, stop, name in before if a.text[k:stop] == name]
    return next((name for name in reversed(written) if park.endswith(name)), park) if a.text[start:end] != park else park


def zone_by_stem(a: Article, end: int) -> str | None:
    """The destination right after a settlement trigger ending at ``end`` when it is the stem of a 新区 the article
    names (落户上海浦东, 落户浦东 with 上海浦东新区 named: as written), not a city or province of its own (落户甲州 with 甲州新区
    named: the city; CONVENTIONS: 落户重庆 without a park is none)."""
    k = end + (a.text[end:end + 1] in _TO_PLACE)
    written = _DESTINATION.match(a.text, k)
    if not written or not any(name.endswith(written.group() + _STEMMED) for _, _, name in a.parks):
        return None
    divisions = lookup_table().get(written.group(), ())
    return None if any(e.level in ("province", "city") for e in divisions) else written.group()


def settles_in_place(a: Article, end: int) -> bool:
    """Whether the destination written right after a settlement trigger ending at ``end`` is a place, not a park
    (落户福州, 落户广州增城, 落户在南京的…; CONVENTIONS: 落户重庆 without a park is no settlement)."""
    places = {e.start: e.end for e in a.entities if e.label == "GPE"}
    k = end + (a.text[end:end + 1] in _TO_PLACE)
    if k not in places or zone_by_stem(a, end):
        return False
    while k in places:  # 广州增城
        k = places[k]
    if k < len(a.text) and a.text[k] not in CLAUSE_MARKS + "。！？!?\n的":
        return False  # 入驻新加坡企业400家: the place is the settlers' origin
    k += a.text.startswith("的", k)  # 落户在南京的江宁开发区: the park follows
    return not a.parks.between(k, k + 1) and not a.entity_at(k)


def settles_in_building(a: Article, end: int) -> bool:
    """Whether the destination written right after a settlement trigger ending at ``end`` is a building, floor or
    workshop, or a place described with 的, with no park named in it (入驻科创大厦, 入驻扶贫车间: NOTES n030, n039;
    入驻甲市的科技产业园: a kind, no name); one inside a park named there (入驻甲高新区创新大厦, 园区内的大厦) is
    that park's."""
    building = _BUILDING.match(a.text, end)
    return bool(building) and not parks_in(a, end, building.end())


def _semicolon_part(text: str, s0: int, s1: int, g1: int) -> tuple[int, int]:
    """The sentence up to the semicolon after the segment: a park after ； belongs to its own clause
    (甲区…集中开工；乙高新区加快布局 gives the start no park); one named before it may head a list (X：…；…)."""
    after = [k for k in (text.find("；", g1 - 1, s1), text.find(";", g1 - 1, s1)) if k >= 0]  # the segment may end at it
    return s0, min(after, default=s1)


def _own_subject(a: Article, s0: int, g0: int) -> int:
    """Where the sentence part of the segment starts when it opens with its own subject after ；(在甲区，…；乙省270个
    项目集中开工: not 甲区's; 甲区…；新开工项目38个: 甲区's), else ``s0``."""
    before = max(a.text.rfind("；", s0, g0), a.text.rfind(";", s0, g0))
    opens = before >= 0 and any(e.label in ("GPE", "ORG") for e in a.entities.between(before + 1, before + 2))
    return before + 1 if opens and not re.search("[：:]", a.text[s0:before]) else s0


def parks_in(a: Article, start: int, end: int) -> list[tuple[int, int, str]]:
    """Parks named in the span, with 该区 / 园区 / 开发区 … resolved to the park spoken of before."""
    found = a.parks.between(start, end)
    anaphors = a.rules.lexicons["event_park_anaphors"]  # 该区, 园区 anywhere; 产业园 at the start of a phrase
    anywhere, phrase_start = (prefiltered(rows_pattern(anaphors, "position", p)) for p in ("anywhere", "phrase_start"))
    words = [m for m in phrase_start.finditer(a.text, start, end)  # 产业园已入驻…, 落户片区, 示范区内…, 整个自贸区
             if m.start() == 0 or a.text[m.start() - 1] in _ANAPHOR_OPENERS or a.text.endswith("整个", 0, m.start())]
    kinds = [m for m in anywhere.finditer(a.text, start, end) if not _kind_tail(a.text, m.start())]
    for match in [*kinds, *words]:
        if a.entity_at(match.start()) is None:
            park = _named_by_kind(a, match.group(), match.start()) if match in words else None
            park = park or _previous_park(a, match.start(), match.group() not in _AS_WRITTEN)
            if park:
                found.append((match.start(), match.end(), park))
    return sorted(found)


def _kind_tail(text: str, at: int) -> bool:
    """Whether the word at ``at`` ends a kind noun (首个共建的示范园区, 一处工业园区: not the park before; 是园区内
    最大的企业, 成立一年的园区 refer back)."""
    return _KIND.search(text, max(at - 2, 0), at) is not None


def _named_by_kind(a: Article, word: str, at: int) -> str | None:
    """The park named last before ``at`` whose name ends in the kind word (生态城 -> 天津滨海新区生态城), unless
    it is a project of an event before (X产业园签约落户Y高新区。…该产业园首个项目: the park of X)."""
    named = [(k, name) for name, k in a.park_endings.get(word, {}).items() if k < at and name != word
             and not any(d.get("project") == name for d in a.with_project_like(name))]
    return _in_full(a, max(named)[1], at) if named else None


def _subject_park(a: Article, start: int, at: int) -> str | None:
    """The park the sentence before speaks of: the first one opening a clause of it (不仅如此，X试验区…).
    A settlement whose sentence names no park settles there (截至目前，已落地项目18个); not when the sentence up to
    the trigger (``start``-``at``) names another place (…示范区集中开工一批项目。今天，乙市签约动工87个项目) or
    opens at a place of its own (在甲市，乙中心吸引80家机构入驻)."""
    if a.previous is None or _opens_at_place(a, start):
        return None
    p0, p1 = a.previous
    park = next((name for k, _, name in a.parks.between(p0, p1) if k == p0 or a.text[k - 1] in CLAUSE_MARKS), None)
    return None if park is None or _elsewhere(a, start, at, park) else park


def _elsewhere(a: Article, start: int, at: int, park: str, project: str | None = None) -> bool:
    """Whether ``start``-``at`` names a place outside ``park`` (not 海南 of 海南自由贸易港, a meeting's venue:
    在甲国、乙国举办, a company's origin: 浙江诸暨X有限公司, nor a place in the project's name)."""
    firms = {e.start for e in a.entities if e.label == "ORG"}
    for e in sorted((e for e in a.entities if e.label == "GPE"), key=lambda e: -e.start):
        if e.end in firms:  # 浙江|诸暨|X有限公司: the places before a company name are its origin
            firms.add(e.start)
    return any(e.label == "GPE" and start <= e.start and e.end <= at and e.text not in park
               and not _VENUE.match(a.text, e.end) and e.end not in firms and e.text not in (project or "")
               for e in a.entities)


def _sole_park(a: Article, start: int, end: int) -> str | None:
    """The park a counted settlement stating no destination (sentence at ``start``, trigger ending at ``end``)
    settles in: the last park its paragraph names before it, else the one park its brief names (甲软件园……。截至
    目前，累计吸引1900多家企业进驻: 甲软件园), as last written; none when a place is named after that park
    (…甲园…。乙市已有30家企业入驻), the paragraph names two parks (打造了甲园，又建成乙园。已吸引18家企业入驻), or
    the sentence speaks of the whole area (全区新入驻企业346家) or opens at a place (在甲市，…)."""
    if a.text[end + a.text.startswith("了", end):][:1] not in CLAUSE_MARKS + "。！？!?\n":
        return None
    at = end - 1
    named = [p for p in a.parks.between(brief_start(a, at), at) if p[1] <= at]
    longest = {name for _, _, name in named if not any(name != other and name in other for _, _, other in named)}
    paragraph = a.text.rfind("\n", 0, at) + 1
    here = {name for k, _, name in named if k >= paragraph and name in longest}
    if len(here) > 1 or len(longest) != 1 and not here:
        return None
    if _WHOLE_AREA.search(a.text, start, at) or _opens_at_place(a, start):
        return None
    park = named[-1][2]
    return None if _elsewhere(a, named[-1][1], at, park) else park


def place_figure(a: Article, start: int, at: int, park: str | None) -> bool:
    """Whether the sentence from ``start`` up to a counted trigger at ``at`` names no park and opens a clause with a
    place whose name only begins ``park`` (三年来，甲省累计开工项目412个，签约项目207个 with 甲省自由贸易港 spoken
    of: the province's figures, not the zone's)."""
    return bool(park) and not parks_in(a, start, at) and any(
        e.label == "GPE" and start <= e.start and e.end <= at and (e.start == start or a.text[e.start - 1] in CLAUSE_MARKS)
        and park.startswith(e.text) and park != e.text for e in a.entities)


def _opens_at_place(a: Article, start: int) -> bool:
    """Whether the sentence at ``start`` opens with 在 and a place, in a clause of its own (在甲省乙市，…)."""
    k = start + a.text.startswith("在", start)
    places = {e.start: e.end for e in a.entities if e.label == "GPE"}
    if k == start or k not in places:
        return False
    while k in places:  # 在山东青岛
        k = places[k]
    return a.text[k:k + 1] in CLAUSE_MARKS


def _previous_park(a: Article, at: int, full: bool = True) -> str | None:
    """The park of the last event, unless a park opening a clause after that event's sentence is another one
    spoken of (甲园…。2016年，乙新区获批…。这里…落户: 乙新区); with no event's park, the last park named before
    ``at`` (one that qualifies no noun first, none listed as a settler: 甲城、乙园等项目在这里落户); in the same report
    (a headline between opens another brief); by its full name when the article also writes it out (章贡湾产业园 ->
    赣州章贡湾产业园; 高新区内的 -> 甲市乙高新区), unless not ``full``: 这里 is the park as the sentence referred to
    writes it (在甲市乙新区工作…。乙新区已有…。这里又有7个项目开工: 乙新区; NOTES n049)."""
    opened = brief_start(a, at)
    last = a.last_with("park")
    last_park = last.get("park") if last and last.pos >= opened else None
    named = [p for p in a.parks.before(at) if p[1] <= at and p[0] >= (last.sentence[1] if last_park else opened)
             and a.text[p[1]:p[1] + 1] not in "、等"]
    topics = [p for p in named if p[0] == 0 or a.text[p[0] - 1] in CLAUSE_MARKS + "。！？!?\n"]
    if last_park:
        topic = topics[0][2] if topics else None
        park = topic if topic and topic not in last_park else last_park  # 御泽湾 of 苏州御泽湾高新区: the same
    else:  # with none named in its own sentence, the subject of the one before (甲区是…，与乙园相邻。园区内…: 甲区)
        p0, p1 = a.previous or (at, at)
        park = next((p[2] for p in topics if p0 <= p[0] and named[0][1] <= p1 and not _MODIFIES.match(a.text, p[1])),
                    None) or next((p[2] for p in named if not _MODIFIES.match(a.text, p[1])), named[0][2] if named else None)
    return park if park is None or not full else _in_full(a, park, at)


def brief_start(a: Article, at: int) -> int:
    """Where the brief holding ``at`` starts: at the last headline up to its line (a short line of its own, not
    ended by 。？！ or ：: a news roundup gives several briefs, each under its headline; a headline opens its own),
    else 0."""
    k = bisect_left(a.newlines, at)
    for k in range(k, max(k - _LINES_BACK, -1), -1):
        start = a.newlines[k - 1] + 1 if k else 0
        line = a.text[start:a.newlines[k] if k < len(a.newlines) else len(a.text)].strip()
        if headline_line(line) and not line.endswith(("。", "：", ":", "？", "?", "！", "!")):
            return start
    return 0


def _in_full(a: Article, park: str, at: int) -> str:
    """``park`` by its full name when the article writes it out before ``at`` (章贡湾产业园 -> 赣州章贡湾产业园)."""
    named = a.park_endings.get(park, {})
    return max((name for name, k in named.items() if k < at), key=len, default=park)

