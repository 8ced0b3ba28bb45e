"""zhqx.numbers.dates: table-driven cases (dev / regressions / negatives) and properties."""

import datetime
import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhqx.numbers.dates import dateline_date, find_dates
from zhqx.errors import ZhqxTypeError
from zhqx.types import DateMention

# (text, published, [(mention text, value, precision), ...])
DEV = [
    pytest.param("2020年2月22日,项目开工。", None, [("2020年2月22日", "2020-02-22", "day")], id="full-date"),
    pytest.param("二〇二〇年二月二十二日签约", None, [("二〇二〇年二月二十二日", "2020-02-22", "day")], id="chinese-date"),
    pytest.param("发布于2020-02-22", None, [("2020-02-22", "2020-02-22", "day")], id="iso-date"),
    pytest.param("2月20日举行签约仪式", None, [("2月20日", "02-20", "day")], id="no-year-mm-dd"),
    pytest.param("2月20日举行签约仪式", "2020-03-01", [("2月20日", "2020-02-20", "day")], id="year-from-published"),
    pytest.param(
        "2020年1月8日开工,2月20日签约",
        None,
        [("2020年1月8日", "2020-01-08", "day"), ("2月20日", "2020-02-20", "day")],
        id="year-from-earlier-full-date",
    ),
    pytest.param(
        "在2月20日举行的2020年春季重大项目集中签约仪式上",
        None,
        [("2月20日", "2020-02-20", "day"), ("2020年", "2020", "year")],
        id="year-from-season-later-in-text",
    ),
    pytest.param("计划在2020年年底前投用", None, [("2020年年底", "2020-12", "month")], id="year-end"),
    pytest.param("2021年初", None, [("2021年初", "2021-01", "month")], id="year-start"),
    pytest.param("2020年3月", None, [("2020年3月", "2020-03", "month")], id="year-month"),
    pytest.param("将于3月签约", None, [("3月", "03", "month")], id="month-no-year"),
    pytest.param("将于3月签约", datetime.date(2020, 2, 25), [("3月", "2020-03", "month")], id="month-published"),
    pytest.param("一季度经济运行", None, [("一季度", "Q1", "quarter")], id="quarter-no-year"),
    pytest.param("2020年第一季投产", None, [("2020年第一季", "2020-Q1", "quarter")], id="year-quarter"),
    pytest.param("前三季度", "2020-10-20", [("前三季度", "2020-Q1/2020-Q3", "quarter")], id="first-three-quarters"),
    pytest.param("上半年", "2020-07-01", [("上半年", "2020-H1", "half")], id="first-half"),
    pytest.param("1至3月份", "2020-04-10", [("1至3月份", "2020-01/2020-03", "month")], id="month-range"),
    pytest.param("订单排到了五六月份", None, [("五六月份", "05/06", "month")], id="adjacent-chinese-months"),
    pytest.param("2月20日至22日", "2020-03-01", [("2月20日至22日", "2020-02-20", "day")], id="day-range-low-end"),
    pytest.param("2019-2020年", None, [("2019-2020年", "2019/2020", "year")], id="year-range"),
    pytest.param("2017年落户", None, [("2017年", "2017", "year")], id="bare-year"),
    pytest.param("今年以来", "2020-02-25", [("今年", "2020", "year")], id="this-year-published"),
    pytest.param("去年同期", "2020-02-25", [("去年", "2019", "year")], id="last-year"),
    pytest.param("3月底前", None, [("3月底", "03", "month")], id="month-end-rounds-to-month"),
]

REGRESSIONS = [
    pytest.param("3月至今", None, [("3月", "03", "month")], id="range-needs-an-end"),
    pytest.param("五、六月份", None, [("五、六月份", "05/06", "month")], id="months-with-enumeration-comma"),
    pytest.param(
        "2月22日开工;2020年3月签约",
        None,
        [("2月22日", "2020-02-22", "day"), ("2020年3月", "2020-03", "month")],
        id="first-later-anchor-when-none-earlier",
    ),
    pytest.param(
        "2019年12月启动,2020年3月完工,4月验收",
        None,
        [("2019年12月", "2019-12", "month"), ("2020年3月", "2020-03", "month"), ("4月", "2020-04", "month")],
        id="nearest-earlier-anchor-wins",
    ),
    pytest.param("2020年2月22日", "2018-01-01", [("2020年2月22日", "2020-02-22", "day")], id="explicit-year-kept"),
]

# Real-text noise and the forms an event's date is read from (invented examples).
REAL_TEXT = [
    pytest.param("8 月15 日签约", None, [("8 月15 日", "08-15", "day")], id="spaces-in-a-date"),
    pytest.param("2019 年投产", None, [("2019 年", "2019", "year")], id="space-before-year"),
    pytest.param("2019 年 8 月开工", None, [("2019 年 8 月", "2019-08", "month")], id="spaces-year-month"),
    pytest.param("8\u3000月15\u3000日签约", None, [("8\u3000月15\u3000日", "08-15", "day")], id="full-width-spaces"),
    pytest.param("8月15日-16日举办", "2021-09-01", [("8月15日-16日", "2021-08-15", "day")], id="dash-range-low-end"),
    pytest.param("8月15日至 9月2日举办", None, [("8月15日至 9月2日", "08-15", "day")], id="range-over-months"),
    pytest.param(
        "8月10日报道：15日至16日举办", None, [("8月10日", "08-10", "day"), ("15日至16日", "08-15", "day")],
        id="lone-day-range-low-end",
    ),
    pytest.param("8月10日报道：16日至15日", None, [("8月10日", "08-10", "day")], id="lone-day-range-reversed"),
    pytest.param("8月10日报道：大会21—23日举办", None, [("8月10日", "08-10", "day"), ("21—23日", "08-21", "day")],
                 id="lone-day-range-first-day-without-its-word"),
    pytest.param("8月10日报道：23至21日", None, [("8月10日", "08-10", "day")], id="lone-day-range-without-its-word-reversed"),
    pytest.param("今年5月18日签约", None, [("今年5月18日", "05-18", "day")], id="this-year-without-published"),
    pytest.param("今年5月18日签约", "2022-06-01", [("今年5月18日", "2022-05-18", "day")], id="this-year-published"),
    # a day alone with no month before it: the publication's month, or the month before when nearer
    pytest.param("仪式16日在园区举行", "2019-04-16", [("16日", "2019-04-16", "day")], id="lone-day-published-month"),
    pytest.param("当地时间3日上午签约", "2019-04-05", [("3日", "2019-04-03", "day")], id="lone-day-days-before"),
    pytest.param("29日签约", "2019-05-02", [("29日", "2019-04-29", "day")], id="lone-day-month-before"),
    pytest.param("将于29日开幕", "2019-04-20", [("29日", "2019-04-29", "day")], id="lone-day-later-this-month"),
    pytest.param("16日至18日举办", "2019-04-20", [("16日至18日", "2019-04-16", "day")], id="lone-day-range-published"),
    pytest.param("16日签约", None, [], id="lone-day-without-anything"),
    pytest.param("地铁6号线第9日", "2019-04-20", [], id="line-number-and-ordinal-day"),
]

# Text with no date in it.
NEGATIVES = [
    "3个月内完成", "建设期为5-7年", "两个季度", "总投资72.3亿元", "2月30日", "13月", "今年", "去年同期",
    "第1,200家", "12345年", "一方面", "电话0512-57012345", "产量较前一天增长", "比前一天多",
    "15日至16日",  # a day range with no month before it
]


def _triples(mentions):
    return [(m.text, m.value, m.precision) for m in mentions]


@pytest.mark.parametrize("text,published,expected", DEV + REGRESSIONS + REAL_TEXT)
def test_dates(text, published, expected):
    found = find_dates(text, published=published)
    assert _triples(found) == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize("text", NEGATIVES, ids=repr)
def test_negatives(text):
    assert find_dates(text) == []


def test_seed_style_article():
    text = (
        "截至2月22日,全区已有120家企业复工。在2月20日举行的2020年春季项目签约会上,"
        "共8个项目签约。其中一个项目2018年落户,将于2020年第一季投产,首期在2020年年底前交付,"
        "并将于3月陆续签约,力争一季度开工,订单已排到五六月份。"
    )
    assert _triples(find_dates(text)) == [
        ("2月22日", "2020-02-22", "day"),
        ("2月20日", "2020-02-20", "day"),
        ("2020年", "2020", "year"),
        ("2018年", "2018", "year"),
        ("2020年第一季", "2020-Q1", "quarter"),
        ("2020年年底", "2020-12", "month"),
        ("3月", "2020-03", "month"),
        ("一季度", "2020-Q1", "quarter"),
        ("五六月份", "2020-05/2020-06", "month"),
    ]


def test_never_uses_today():
    assert find_dates("3月5日")[0].value == "03-05"


@pytest.mark.parametrize("bad", [20200225, datetime.datetime(2020, 2, 25).timestamp()])
def test_published_wrong_type(bad):
    with pytest.raises(ZhqxTypeError, match=type(bad).__name__):
        find_dates("3月5日", published=bad)


def test_published_bad_string():
    with pytest.raises(ValueError, match="2020/02/25"):
        find_dates("3月5日", published="2020/02/25")


def test_text_wrong_type():
    with pytest.raises(TypeError, match="decode"):
        find_dates("3月5日".encode())


def test_round_trip_dict():
    mention = find_dates("2020年2月22日")[0]
    assert DateMention.from_dict(json.loads(json.dumps(mention.to_dict()))) == mention


# --- properties -----------------------------------------------------------------------------------

_CN = "〇一二三四五六七八九"


def _chinese_small(number: int) -> str:
    tens, ones = divmod(number, 10)
    return ("" if tens == 0 else ("" if tens == 1 else _CN[tens]) + "十") + (_CN[ones] if ones else "")


@settings(max_examples=300)
@given(st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)), st.booleans())
def test_written_dates_normalize(date, chinese):
    if chinese:
        text = "".join(_CN[int(d)] for d in str(date.year)) + f"年{_chinese_small(date.month)}月{_chinese_small(date.day)}日"
    else:
        text = f"{date.year}年{date.month}月{date.day}日"
    assert _triples(find_dates(f"据悉,{text}开工。")) == [(text, date.isoformat(), "day")]


@settings(max_examples=300)
@given(st.dates(datetime.date(1990, 1, 1), datetime.date(2099, 12, 31)), st.dates())
@example(datetime.date(2020, 8, 1), datetime.date(1, 1, 1))
def test_year_comes_from_published(date, published):
    """The publication year, or the one before when that would put the day over half a year later."""
    text = f"{date.month}月{date.day}日"
    found = find_dates(text, published=published)
    if not found:
        assert (date.month, date.day) == (2, 29)
        return
    if published.year == 1 and (datetime.date(1, date.month, date.day) - published).days > 183:
        assert found[0].value == f"{date.month:02d}-{date.day:02d}"  # the year before would be year 0
        return
    value = datetime.date.fromisoformat(found[0].value)
    assert (value.month, value.day) == (date.month, date.day)
    assert (value - published).days <= 183
    if value.year == published.year - 1:
        assert (datetime.date(published.year, value.month, value.day) - published).days > 183
    else:
        assert value.year == published.year


def test_a_day_late_in_the_year_before_an_early_publication_is_last_year():
    assert [d.value for d in find_dates("12月30日开工", published="2021-01-06")] == ["2020-12-30"]
    assert [d.value for d in find_dates("3月将签约", published="2020-02-25")] == ["2020-03"]


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_ALPHABET = "0123456789年月日号季度上下半第前今去明至到-底初末份春一二三四五六七八九十〇个,。"


@settings(max_examples=500)
@given(st.one_of(st.text(), st.text(alphabet=_ALPHABET, max_size=30)), st.one_of(st.none(), st.dates()))
def test_find_dates_offsets_valid_and_ordered(text, published):
    end = 0
    for mention in find_dates(text, published=published):
        assert text[mention.start : mention.end] == mention.text
        assert end <= mention.start < mention.end
        end = mention.end
        assert mention.precision in ("day", "month", "quarter", "half", "year")


def test_an_opening_bare_year_gives_the_year_of_later_dates():
    text = "2022年，全区新签约项目52个。8月，星澜资本增资。4月18日，Axiom智能复产。"
    assert [d.value for d in find_dates(text)] == ["2022", "2022-08", "2022-04-18"]
    assert [d.value for d in find_dates("公司成立于2008年，3月5日签约。")] == ["2008", "03-05"]


# -- the dateline -------------------------------------------------------------------------------------

DATELINES = [
    pytest.param("本报讯（记者 甘棠）8月9日，园区签约。截至昨日18时", None, ("8月9日", 10, "08-09"), id="after-benbaoxun"),
    pytest.param("本报讯 8月9日 园区签约", "2020-08-20", ("8月9日", 4, "2020-08-09"), id="year-from-published"),
    pytest.param("标题一行\n新华社南宁12月28日电（记者 甘棠）园区", "2021-01-03", ("12月28日", 10, "2020-12-28"),
                 id="dispatch-across-new-year"),
    pytest.param("星河网消息：8月9日，园区签约", None, ("8月9日", 6, "08-09"), id="after-xiaoxi"),
    pytest.param("园区8月9日签约，本报讯", None, None, id="a-date-in-the-body"),
    pytest.param("今年8月9日电力供应", None, None, id="dian-of-a-word"),
    pytest.param("园区签约。" * 80 + "本报讯 8月9日", None, None, id="too-far-from-the-head"),
]


@pytest.mark.parametrize("text,published,expected", DATELINES)
def test_dateline_date(text, published, expected):
    mention = dateline_date(text, published=published)
    assert (None if mention is None else (mention.text, mention.start, mention.value)) == expected
