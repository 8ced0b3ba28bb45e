"""Day words resolved against the dateline, the publication date or the events before (今天, 昨天, 2天前, 同日,
次日, 上个月), and the checks every event date passes (no happening after publication)."""

import datetime
import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.roles.park import brief_start
from zhqx.types import DateMention

RELATIVE_DAY = re.compile(r"(?<![\d一二两三四五六七八九十几多])(?:\d{1,2}|[两二三四五六七八九十])天前|同日|同一天|当天|当日|同期|同月|当月|次日|第二天|(?<![较比])(?:此)?前一[天日]|昨[天日晚夜]|今[天日晨早]|(?:[上本]个?|这个)月(?:\d{1,2}[日号])?|"
                           r"(?:(?<=^)|(?<=[，,。；;：:\n]))(?:上午|下午|中午|晚上|傍晚)")  # 上午，… after a dated sentence
_TODAY, _YESTERDAY = ("今天", "今日", "今晨", "今早"), ("昨天", "昨日", "昨晚", "昨夜")  # 昨晚 is 昨天's evening
REPORT_DAY = re.compile("今[天日晨早]|昨[天日晚夜]")  # against the dateline or publication
_SAME_DAY = ("同日", "同一天", "当天", "当日", "上午", "下午", "中午", "晚上", "傍晚")
_DAY_SHIFT = {"次日": 1, "第二天": 1, "前一天": -1, "前一日": -1, "此前一天": -1, "此前一日": -1}
_DAYS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
DATE_FORMAT = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?|\d\d-\d\d")


def _shifted(day: datetime.date, days: int) -> datetime.date | None:
    """``day`` moved by ``days``; None outside the calendar (the day before 0001-01-01 is no date)."""
    try:
        return day + datetime.timedelta(days=days)
    except OverflowError:
        return None


def _iso(day: datetime.date | None, last: int = 10) -> str | None:
    return None if day is None else day.isoformat()[-last:]


def relative(a: Article, word: str, kept: list[Draft], at: int) -> str | None:
    if word.endswith("天前"):  # 2天前 against the publication date (几天前 stays undated)
        if a.published is None:
            return None
        days = int(word[:-2]) if word[0].isdigit() else _DAYS[word[0]]
        return _iso(_shifted(a.published, -days))
    if word in _TODAY + _YESTERDAY:  # against the dateline's day, else the publication date
        if a.dateline and DATE_FORMAT.fullmatch(a.dateline) and len(a.dateline) in (5, 10) and _near_publication(a):
            day = datetime.date.fromisoformat(a.dateline if len(a.dateline) == 10 else "2000-" + a.dateline)  # leap
            return _iso(_shifted(day, -(word in _YESTERDAY)), last=len(a.dateline))
        if a.published is None:
            return None
        return _iso(_shifted(a.published, -(word in _YESTERDAY)))
    if word[0] in "上本这" and "月" in word[1:3]:  # 上月 / 上个月 / 本月 / 上月28日: against the publication date
        if a.published is None:
            return None
        month = a.published.replace(day=1)
        if word[0] == "上" and (month := _shifted(month, -1)) is None:
            return None
        day = re.match(r"\d+", word[word.index("月") + 1:])
        return f"{month.isoformat()[:7]}-{int(day.group()):02d}" if day else month.isoformat()[:7]
    last = last_date(a, kept, at, day=word in _DAY_SHIFT or word in _SAME_DAY)
    if word in ("同月", "当月") and last:
        return last[:7] if len(last) in (7, 10) else None  # a month alone (MM) is no date value
    if word in _DAY_SHIFT and last and len(last) in (5, 10):
        day = datetime.date.fromisoformat(last if len(last) == 10 else "2000-" + last)
        return _iso(_shifted(day, _DAY_SHIFT[word]), last=len(last))
    return last


def said_day(a: Article, word: str, at: int) -> str | None:
    """A day found in a sentence as it dates a happening there: 今天 / 昨天 against the dateline or publication, a
    written day's value as it is."""
    return relative(a, word, [], at) if word[0] in "今昨" else word


_DATELINE_SLACK = 7  # days: a "dateline" further from publication is a date the report looks back to


def _near_publication(a: Article) -> bool:
    """Whether the dateline may be the report's day: within a week of publication (a retrospective opening with
    2019年3月5日 is not dated then), or no publication date to compare."""
    if a.published is None or len(a.dateline) != 10:
        return True
    return abs((a.published - datetime.date.fromisoformat(a.dateline)).days) <= _DATELINE_SLACK


def last_date(a: Article, kept: list[Draft], at: int, day: bool = False) -> str | None:
    """The date of the last event (with a day when ``day``: 同日), else of the last full date written
    before ``at``, in the same brief."""
    last = a.last_with("day" if day else "date")
    opened = brief_start(a, at)  # not from a brief before, under its own headline
    return next((d.get("date") for d in reversed(kept) if d.get("date") and (
        not day or len(d.get("date")) in (5, 10))), None) or (last and last.pos >= opened and last.get("date")) or next(
        (checked(a, d.value) for d in a.dates.before(at) if opened <= d.start and d.end <= at and d.precision == "day"
         and DATE_FORMAT.fullmatch(d.value) and not planned_day(a, d.value)), None)


def planned_day(a: Article, value: str) -> bool:
    """Whether a day written with the publication's year (or none) falls after publication: a plan's day (影片8月2日
    上映), no date a later sentence carries."""
    if a.published is None:
        return False
    day = value if len(value) == 10 else f"{a.published.year:04d}-{value}"
    return day > a.published.isoformat() and day[:4] == str(a.published.year)


def checked(a: Article, value: str | None) -> str | None:
    """A dated happening cannot follow publication: its year is the last one before publication with that month
    and day (a year carried over from a plan, 实施期限到2028年底…今天（2月21日）, is not its year; no year before year
    1: a day keeps its month and day, a month alone is no date)."""
    if value and a.published and len(value) >= 7 and value > a.published.isoformat()[:len(value)]:
        year = a.published.year - (value[4:] > a.published.isoformat()[4:len(value)])
        return f"{year:04d}{value[4:]}" if year >= 1 else (value[5:] if len(value) == 10 else None)
    return value


def date_value(d: DateMention) -> str | None:
    """An event's date from a mention: the value itself, or the year of a span of months or quarters
    within one year (今年1至7月 -> 2022); None for other forms."""
    if DATE_FORMAT.fullmatch(d.value):
        return d.value
    ends = d.value.split("/")
    year = ends[0][:4]
    if len(ends) == 2 and d.precision in ("month", "quarter") and ends[1].startswith(year) and year.isdigit():
        return year
    if d.precision in ("quarter", "half") and re.fullmatch(r"\d{4}-[QH]\d", d.value):  # 一季度 -> 2022
        return d.value[:4]
    return None
