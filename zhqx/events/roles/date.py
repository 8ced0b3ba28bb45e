"""The date role: the nearest date before the trigger (a day, month, quarter or year written, or a relative day:
同日, 次日, 昨天, 2天前, against the event before, the dateline or the publication date) and the value it gives (a
period since, until or over part of a year gives the year; a plan's later time gives none); a dated happening cannot
follow publication. A sentence that states no date before its trigger takes one from outside it: roles.carried_dates."""

import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.roles.carried_dates import CLOSED, GLOSSED, YEAR_PERIOD, carried_date
from zhqx.events.roles.days import DATE_FORMAT, RELATIVE_DAY, REPORT_DAY, checked, date_value, relative, said_day
from zhqx.events.roles.mentions import occurrences
from zhqx.events.roles.modifier_dates import dates_a_modifier, names_a_batch
from zhqx.events.spans import CLAUSE_MARKS
from zhqx.events.spec import rows_pattern
from zhqx.text.prefilter import prefiltered
from zhqx.types import DateMention, ProjectSigning

# A year or month running into a noun is no date of a happening (2021年第二批, 2020年重点项目, 一季度);
# a month may run into 新 (5月新进驻企业9家), a year may not (2021年新开工项目).
_NOT_A_DATE = {False: re.compile("[重项春夏秋冬首新前度第]"), True: re.compile("[重项春夏秋冬首前度第]")}
_CEREMONY_HELD = re.compile(r"[^，,。；;]{0,12}?(?:仪式|典礼|活动)(?=[^，,。；;]{0,6}?(?:\d|今天|今日|昨天|昨日))")  # …竣工仪式27日在…举行
_YEAR = re.compile(r"\d{4}")  # a value with its year (2028, 2028-06), not MM-DD
_BY_YEAR = ("到", "至", "于", "围绕", "在")  # right before a later year: the time a plan is for (到2028年)


def find_date(a: Article, draft: Draft, kept: list[Draft], start: int, i: int, continues: bool,
              carries_park: bool) -> str | None:
    """The nearest date before the trigger (back to the previous event of the sentence); else that
    event's date; else, in a sentence continuing the last one (其中, 同日), the last event's; in one continued by a
    word that carries the date only (``carries_park`` False: 此外, 会上), the report's one day."""
    previous = kept[-1].pos if kept else start
    named = _project_spans(a, draft)
    candidates = [(d.start, value, d.end) for d in a.dates.between(previous, i) if d.end <= i
                  and not any(k <= d.start and d.end < stop for k, stop in named)  # 甲区块16号平台: a name's
                  and (value := date_value(d)) and (value := _since(a, value, d.end))
                  and (value := _plan_year(a, d, value))
                  and (value := _until_part_of_month(value, a.text, d)) and (value := _year_end(value, d))
                  and (d.precision == "day" or YEAR_PERIOD.match(a.text, d.end)
                       or not _NOT_A_DATE[d.precision == "month"].match(a.text, d.end))
                  and (a.published or d.text[0] not in "今去明前" or d.precision == "day")  # 今年4月12日: 04-12
                  and not _glossed(a, d, kept) and not dates_a_modifier(a, d.end, i)
                  and not _SERIAL.match(a.text, d.end) and not _closing(a, draft, d.end)
                  and (value := _not_after_publication(a, d, value))]
    framed = _BACKGROUND.match(a.text, i + len(draft.trigger))  # 投产两年来: the report's day is not the happening's
    candidates = [c for c in candidates if not framed or not _REPORTED.search(a.text, c[2], i)] + [
        (m.start(), relative(a, m.group(), kept, m.start()), m.end())
        for m in prefiltered(RELATIVE_DAY).finditer(a.text, previous, i) if not _closing(a, draft, m.end()) and not framed
        and not dates_a_modifier(a, m.end(), i)]
    cues = a.rules.lexicons["event_date_cues"]  # VAGUE (日前, 今年): no date of its own; PAST (此前): undated
    vague, past = (prefiltered(rows_pattern(cues, "category", c)) for c in ("VAGUE", "PAST"))
    vague = [m for m in vague.finditer(a.text, previous, i) if not _NO_TIME.match(a.text, m.end())]
    top = max(candidates) if candidates else None
    if top and not (vague and (vague[-1].start() > top[0] or names_a_batch(a, top[0], top[2], vague[-1].group()))):
        return checked(a, _named_period(a, candidates))
    if past.search(a.text, previous, i) or vague or framed:
        return None  # 复工以来: the happening opens a period, it is no day of the report
    held = _held_on(a, i)
    if held:
        return held
    return carried_date(a, draft, kept, start, i, continues, carries_park)


# after the trigger (全面复工以来，…, 投产两年来, 开通11个多月以来): a period since it, not the report's day
_BACKGROUND = re.compile(r"[^，,。；;\d]{0,4}?(?:[\d一二两三四五六七八九十]+[多余]?)?(?:以来|年多?来|个多?月来)")

# A vague word that qualifies a rank or a batch, not the happening (目前国内最大的X电站, 今年首批, 今年（2022年）第二批)
_NO_TIME = re.compile(r"[^，,。；;：:已正将刚就]{0,6}?(?:最|唯一)|(?:[（(][^）)]{1,8}[）)])?(?:首批|第[一二三四五六七八九十\d]+批)")
# A verb of reporting between a day and a period: the day is the report's, the period the figure's (今天发布，今年一季度…)
_REPORTED = re.compile("发布|公布|表示|获悉|了解到|介绍|透露|显示|通报|宣布|说")


def _named_period(a: Article, candidates: list[tuple[int, str | None, int]]) -> str | None:
    """The date of the nearest candidate; a year, quarter or half that a day before it, in the same sentence,
    qualifies a name written with (今天（3月9日），甲省2021年一季度126个重大项目集中开工; 昨天，乙区一季度重点项目开复工) gives way to
    that day: the period runs into the name, no clause mark after it, no verb of reporting between, and it has no
    year of its own or the day's."""
    start, value, end = max(candidates, key=lambda c: c[0])
    days = [c for c in candidates if c[0] < start and c[1] and len(c[1]) in (5, 10)  # a day written, 今天 or 昨天
            and (a.text[c[0]].isdigit() or REPORT_DAY.match(a.text, c[0]))]  # (not 同期, 当天: carried)
    if not value or len(value) != 4 or not days or a.text[end:end + 1] in CLAUSE_MARKS + "。！？!?\n":
        return value
    _, day, day_end = max(days, key=lambda c: c[0])
    own_year = re.search(r"\d{4}|[今去明前]年", a.text[start:end])  # 2022年一季度, 去年: a year of its own
    if _REPORTED.search(a.text, day_end, start) or (own_year and len(day) == 10 and value[:4] != day[:4]):
        return value
    return day


def _plan_year(a: Article, d: DateMention, value: str) -> str:
    """A day written without its year, with no publication date and no year written before it, took its year from a
    later mention; a plan's year (3月25日，…开工。…预计2011年底竣工) is not the happening's: the day alone (03-25)."""
    if a.published or "年" in d.text or len(value) != 10 or any("年" in e.text for e in a.dates.between(0, d.start)):
        return value
    later = next((e for e in a.dates.between(d.end, len(a.text)) if "年" in e.text and e.value[:4] == value[:4]), None)
    if later and a.rules.modality.not_done(a.text, a.clause_start(later.start, 0), later.start):
        return value[5:]
    return value

def _project_spans(a: Article, draft: Draft) -> list[tuple[int, int]]:
    """Where the event's project is written in its sentence (a date inside a name is none of its date)."""
    project = draft.get("project")
    if not project:
        return []
    s0, s1 = draft.sentence
    return [(k, k + len(project)) for k in occurrences(a.text, project, s0, s1 - len(project) + 1)]



def _closing(a: Article, draft: Draft, at: int) -> bool:
    """Whether the day ending at ``at`` is the day a fair closed, in its own clause before a signing (大会23日闭幕，
    共签约项目…; 昨晚闭幕): the projects were signed during the fair, not that day (NOTES n089)."""
    return draft.cls is ProjectSigning and bool(CLOSED.search(a.text, at, a.clause_end(at, draft.pos)))


_SERIAL = re.compile(r"(?<=号)新?(?:水?库|[线楼机井院馆站泊坝桥厂窑炉])")  # 地铁9号线, 3号机组: a number, no day


def _not_after_publication(a: Article, d: DateMention, value: str) -> str | None:
    """A year after publication is no happening's year: a year read into a period written without one (二季度 after
    a 2030年 plan) is the publication's; a year written out (2031年投产) is a plan's, no date; so is a later month
    or day of this year (今年年底, 今年7月: not last year's)."""
    if _planned(a, d, value):
        return None
    if not (a.published and len(value) == 4 and value.isdigit() and int(value) > a.published.year):
        return value
    return None if "年" in d.text else str(a.published.year)


def _planned(a: Article, d: DateMention, value: str) -> bool:
    """Whether ``d`` is a later month or day of this year, written so (今年年底, 今年7月), or a year after
    publication written as a time (到2028年建成120个, 2028年，…建成, 明年一季度竣工; not 2030年第2届运动会场馆开工): a plan's
    time."""
    return bool(a.published) and (d.text.startswith(("今年", "本年", "明年", "后年")) or (
        _YEAR.match(value) is not None and value[:4] > str(a.published.year) and value[:4] in d.text
        and (a.text.endswith(_BY_YEAR, 0, d.start) or a.text.startswith(("，", ","), d.end)))
    ) and value > a.published.isoformat()[:len(value)]


def planned_time(a: Article, start: int, i: int) -> bool:
    """Whether the last date before the trigger (in its clause chain from ``start``) is a later time of this year
    (今年年底，X段开通运营; 计划今年7月开工): the happening is planned, no event."""
    last = next((d for d in a.dates.before(i) if d.end <= i), None)
    return last is not None and last.start >= start and bool(value := date_value(last)) and _planned(a, last, value)


def _glossed(a: Article, d: DateMention, kept: list[Draft]) -> bool:
    """Whether ``d`` only glosses 今天 / 昨天 before it (今天（3月1日）), written without its year: the word dates the
    happening against the dateline or publication (a year from an earlier sentence, 2019年6月8日首飞, is not its)."""
    if "年" in d.text or not GLOSSED.search(a.text, max(0, d.start - 3), d.start):
        return False
    word = a.text[d.start - 3:d.start - 1]
    day = relative(a, word, kept, d.start)
    return bool(day) and day[-5:] == d.value[-5:]


def _held_on(a: Article, i: int) -> str | None:
    """The day of a ceremony named by the trigger, written after it (X项目竣工仪式27日在顺义区举行)."""
    ceremony = _CEREMONY_HELD.match(a.text, i)
    if not ceremony:
        return None
    days = [(d.start, d.end, d.value) for d in a.dates.between(ceremony.end(), ceremony.end() + 8)
            if d.precision == "day"] + [(m.start(), m.end(), m.group()) for m in REPORT_DAY.finditer(
                a.text, ceremony.end(), ceremony.end() + 8)]  # …竣工开放仪式今天上午在…举行
    if not days:
        return None
    start, end, word = min(days)
    if not re.match(r"[^，,。；;]{0,20}?举行", a.text[end:end + 24]):
        return None
    return checked(a, said_day(a, word, start)) if word[0] in "今昨" or DATE_FORMAT.fullmatch(word) else None


def _until_part_of_month(value: str, text: str, d: DateMention) -> str | None:
    """A running total up to a part of a month (截至11月中旬, 截至5月上旬) is a period statistic: its year only
    (NOTES.md n023); without a year, nothing."""
    if not (len(value) == 7 and re.search("[上中下]旬$", d.text) and re.search("(?:截至|截止到?)$", text[max(0, d.start - 3):d.start])):
        return value
    return value[:4] if value[:4].isdigit() else None


def _year_end(value: str, d: DateMention) -> str:
    """A year's end or start (2017年底建成投产, 去年年末, 今年初正式开工) gives the year, not its December or
    January (dev gold: 年初 as 年底)."""
    return value[:4] if len(value) == 7 and re.search("年年?[底末初]$", d.text) else value

_SINCE = re.compile(r"份?(?:(?:[^，,。；;\d]{0,4}?(?:成立|挂牌|获批|设立))?以来|起(?![步草航飞身]))")


def _since(a: Article, value: str, end: int) -> str | None:
    """A period since a month or year (2022年3月以来, 2017年9月设立以来, 自2014年起) gives the year only, and only the
    publication's year: a running total over several years has no date (NOTES.md n059); without a year, nothing."""
    if not _SINCE.match(a.text, end) or len(value) not in (4, 7):
        return value
    year = value[:4]
    if not year.isdigit() or (a.published and int(year) != a.published.year):
        return None
    return year
