"""The date an event takes from outside its own sentence when that sentence states none before its trigger:
the event before it, the sentence before (the day opening it, a day or month it states, a period opening one of
its clauses, the day of a scene it sets), the paragraph's or the brief's one report day (今天, 昨天 against the
dateline or publication); and a headline event's day, from the body's first sentence. A fair's closing day
dates nothing signed during the fair (NOTES n089)."""

import datetime
import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.headlines import body_opening, is_headline
from zhqx.events.roles.days import (DATE_FORMAT, RELATIVE_DAY, REPORT_DAY, checked, date_value, last_date,
                                    planned_day, relative, said_day)
from zhqx.events.roles.park import brief_start
from zhqx.events.spans import CLAUSE_MARKS
from zhqx.events.spec import rows_pattern
from zhqx.text.prefilter import prefiltered
from zhqx.types import ProjectSigning

# A period over the year's first months (今年前7个月, 今年前三季度) gives the year.
YEAR_PERIOD = re.compile(r"前(?:\d{1,2}|[一二两三四五六七八九十]{1,2})个?(?:月|季度)")
GLOSSED = re.compile(f"(?:{REPORT_DAY.pattern})[（(]$")  # 今天（3月1日）: the day glosses the word


def carried_date(a: Article, draft: Draft, kept: list[Draft], start: int, i: int, continues: bool,
                 carries_park: bool) -> str | None:
    """The date of an event whose sentence (from ``start``) states none before its trigger at ``i``: the event
    before it in the sentence; in one continuing the last (其中, 同日), the day opening the sentence before, the last
    event's or a day that sentence states; in one continued by a word that carries the date only (``carries_park``
    False: 此外, 会上), the report's one day; else a period opening the sentence before, the day of a scene it sets or
    the paragraph's one report day."""
    if kept:
        return kept[-1].get("date")
    if continues:
        if _vague_before(a) or (draft.cls is ProjectSigning and a.previous and CLOSED.search(a.text, *a.previous)):
            return None  # 日前，…集中签约。此次签约项目28个; 博览会今天闭幕。博览会上，…签订协议46项: no date either
        if not carries_park:
            return _report_day(a, kept, start, i)  # 此外, 会上: the report's one day only
        opening = _opening_day(a, kept, a.previous) if a.previous and not kept else None  # 3月2日，…集中开工。此次…
        return checked(a, opening) if opening else last_date(a, kept, start) or _stated_before(a, kept)
    return _period(a, draft) or _scene_day(a, draft, kept) or _paragraph_day(a, start, i)


def headline_dates(a: Article, drafts: list[Draft]) -> None:
    """A headline event the body does not report again (no trigger of its type there) takes the day the body's
    first sentence gives (X电站开工\nX电站主体工程今天开始建设。…): the headline names that happening."""
    for draft in drafts:
        if draft.get("date") is None and is_headline(a, draft.sentence):
            draft.fill("date", _body_day(a, draft.sentence[1]))


_NOT_ITS_DAY = re.compile(r"[起前后至到]|以来")  # 从10日起, 9月1日前: no day of a happening


def _body_day(a: Article, at: int) -> str | None:
    """The first day (a date with its day, 今天, 昨天) of the sentence opening the body after a headline line
    ending at ``at``: none in a plan (将于9月17号推出), after a vague time (日前, 目前) or in another headline."""
    b0, b1, sentence = body_opening(a, at)
    if not sentence:
        return None
    days = _days_in(a, b0, b1)
    if not days:
        return None
    s0, s1, word = min(days)
    if _NOT_ITS_DAY.match(a.text, s1) or a.rules.modality.not_done(a.text, b0, s1) or _vague(a).search(a.text, b0, s0):
        return None
    return checked(a, said_day(a, word, s0))


def _days_in(a: Article, s0: int, s1: int) -> list[tuple[int, int, str]]:
    """The days written in ``s0:s1`` (a date with its day) and the words 今天 / 昨天, as (start, end, value or word)."""
    return [(d.start, d.end, d.value) for d in a.dates.between(s0, s1) if d.precision == "day" and d.end <= s1
            and DATE_FORMAT.fullmatch(d.value)] + [(m.start(), m.end(), m.group()) for m in REPORT_DAY.finditer(a.text, s0, s1)]


def _vague(a: Article) -> re.Pattern[str]:
    """The VAGUE cues of the lexicon event_date_cues (日前, 目前): a time that gives a happening no date of its own."""
    return prefiltered(rows_pattern(a.rules.lexicons["event_date_cues"], "category", "VAGUE"))



def _stated_before(a: Article, kept: list[Draft]) -> str | None:
    """A day or month the sentence before states against the publication date (就在这个月，…集中开工。其中，…)."""
    if a.previous is None:
        return None
    p0, p1 = a.previous
    words = [m.group() for m in prefiltered(RELATIVE_DAY).finditer(a.text, p0, p1) if m.group()[0] in "今昨上本这" or
             m.group().endswith("天前")]
    return checked(a, relative(a, words[-1], kept, p1)) if words else None


def _period(a: Article, draft: Draft) -> str | None:
    """The year of a period opening a clause of the sentence before, when that sentence reports no event of its
    own (一季度，各园区成绩单陆续出炉。A区签约项目14个…; 今年前4个月，全省完成投资…。新开工项目23个) — for an
    aggregate."""
    if not draft.get("count") or a.previous is None or a.of_sentence(a.previous):
        return None
    p0, p1 = a.previous
    for d in a.dates.between(p0, p1):
        if not (d.start == p0 or a.text[d.start - 1] in CLAUSE_MARKS + " \u3000）)"):
            continue
        value = date_value(d)
        if value and (d.precision in ("quarter", "half") or (len(value) == 4 and "/" in d.value) or (
                d.precision == "year" and re.match(r"以来|" + YEAR_PERIOD.pattern, a.text[d.end:]))):
            return value
    return None


_OPENING = re.compile(f"(?:{REPORT_DAY.pattern})?[（(]?$")


def _opening_day(a: Article, kept: list[Draft], span: tuple[int, int]) -> str | None:
    """The day that opens ``span`` (3月5日，…; 今天（3月5日）上午，…; 昨天，…), if any."""
    s0, s1 = span
    day = next((d for d in a.dates.between(s0, s0 + 4) if d.precision == "day"), None)
    if day and DATE_FORMAT.fullmatch(day.value) and _OPENING.match(a.text, s0, day.start):
        return day.value
    word = REPORT_DAY.match(a.text, s0, s1)
    return relative(a, word.group(), kept, s0) if word and a.text[word.end()] in "，,（(上下中晚" else None


CLOSED = re.compile("闭幕|落幕|闭会")  # an expo's closing day is not the day of what was signed during it (NOTES n089)
_REPORT_DAYS = 3  # a scene set this many days before publication at most is the report's day


def _recent(a: Article, day: str) -> bool:
    """Whether ``day`` may be the report's day: up to three days before publication (any day without its year, or
    without a publication date)."""
    return not (a.published and len(day) == 10) or 0 <= (a.published - datetime.date.fromisoformat(day)).days <= _REPORT_DAYS


def _scene_day(a: Article, draft: Draft, kept: list[Draft]) -> str | None:
    """The report's day that the sentence before opens with, when that sentence only sets the scene (今天，…在江城
    举办推介会。会上，…签约项目15个): it reports no event, is no closing of a fair, and its day is the report's
    (up to three days before publication); not for a headline (it may follow another brief)."""
    if kept or a.previous is None or a.of_sentence(a.previous) or a.text[draft.sentence[1] - 1] not in "。！？!?":
        return None
    p0, p1 = a.previous
    day = _opening_day(a, kept, a.previous) or _held_day(a, a.previous)
    if not day or CLOSED.search(a.text, p0, p1) or not _recent(a, day):
        return None
    return checked(a, day)


_ALREADY = re.compile("已")  # 已签订, 已经投运: done before the report's day


def _paragraph_day(a: Article, start: int, i: int) -> str | None:
    """The one date the paragraph states before the sentence at ``start``, when it is the report's day (up to three
    days before publication): the sentences of that report go on with it (今天，甲公司签订订单。乙集团签约金额也超50亿元);
    none when the paragraph states other dates or a fair's closing (what was done during the fair is not of that day),
    when the sentence has a date of its own before the trigger at ``i`` or reports it done already (已签订: before
    that day); 今天的 (今天的中国) is no day."""
    p0 = a.text.rfind("\n", 0, start) + 1
    if (p0 == start or CLOSED.search(a.text, p0, start) or a.dates.between(start, i)
            or _ALREADY.search(a.text, a.clause_start(i, start), i)):
        return None
    days = {relative(a, m.group(), [], m.start()) for m in REPORT_DAY.finditer(a.text, p0, start)
            if a.text[m.end()] != "的"}
    days |= {d.value for d in a.dates.between(p0, start) if d.end <= start
             and not GLOSSED.search(a.text, max(0, d.start - 3), d.start)}
    day = days.pop() if len(days) == 1 else None
    if not day or not DATE_FORMAT.fullmatch(day) or len(day) not in (5, 10) or not _recent(a, day):
        return None
    return checked(a, day)


_HELD = re.compile(r"[^，,。；;：:]{0,16}?(?:举行|举办|召开|开幕)")  # …洽谈会今天在宁波举行


def _held_day(a: Article, span: tuple[int, int]) -> str | None:
    """The day of a meeting or ceremony held in ``span`` (X洽谈会今天在江城举行; 签约仪式16号在青川举行): the day
    written right before its verb, in its clause."""
    s0, s1 = span
    for start, end, word in sorted(_days_in(a, s0, s1)):
        if _HELD.match(a.text, end) and not a.rules.modality.not_done(a.text, s0, end):
            return said_day(a, word, start)
    return None


def _vague_before(a: Article) -> bool:
    """Whether the sentence before is dated only vaguely (日前，…集中签约。): it holds no date mention and a VAGUE
    cue opens it."""
    if a.previous is None:
        return False
    p0, p1 = a.previous
    return not a.dates.between(p0, p1) and bool(_vague(a).match(a.text, p0))


def _report_day(a: Article, kept: list[Draft], start: int, i: int) -> str | None:
    """The one day the report states before the sentence at ``start`` in its brief (今天（5月6日）…; 大会18日举行):
    none when it states several (记者昨天获悉，6月12日…；6月15日…。此外，…: the days of a list) or when the sentence
    has a date of its own before the trigger at ``i`` (此外，3家企业已于10月底进驻)."""
    if a.dates.between(start, i):
        return None
    opened = brief_start(a, start)
    days = {relative(a, m.group(), kept, m.start()) for m in REPORT_DAY.finditer(a.text, opened, start)}
    days |= {d.value for d in a.dates.between(opened, start) if d.precision == "day" and DATE_FORMAT.fullmatch(d.value)
             and not planned_day(a, d.value) and not GLOSSED.search(a.text, max(0, d.start - 3), d.start)}
    return checked(a, days.pop()) if len(days) == 1 else None

