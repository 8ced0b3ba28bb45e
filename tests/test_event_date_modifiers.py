"""The date role: a date inside a modifier of the subject (…的) is the modifier's happening's, not the event's; a
quarter written into a batch after a vague time (不久前，X一季度43个项目) names the batch."""

import pytest

from test_events import assert_events

MODIFIERS = [
    pytest.param("上个月刚刚挂牌成立的甬江自贸区启动全面建设，首批18个项目入驻核心区。", "2021-10-19",
                 [{"type": "project_start", "date": None}, {"type": "settlement", "count": 18, "date": None}],
                 id="a-founding-month-in-a-modifier-dates-the-founding-only"),
    pytest.param("除了今天开工的青川输水三线之外，甬江输油管道北段也已开工建设。", "2021-10-19",
                 [{"type": "project_start", "date": None}], id="a-day-of-another-start-in-a-modifier"),
    pytest.param("去年5月在甬州落户的华信科技有限公司新材料项目已建成投产。", "2021-10-19",
                 [{"type": "project_completion", "date": None}], id="a-settlement-month-in-a-modifier"),
    pytest.param("上个月，甬江自贸区启动全面建设，首批18个项目入驻核心区。", "2021-10-19",
                 [{"type": "project_start", "date": "2021-09"}, {"type": "settlement", "count": 18, "date": "2021-09"}],
                 id="a-month-opening-the-sentence-dates-it"),
    pytest.param("今天上午举行的签约仪式上，甬州高新区共签约项目12个。", "2021-10-19",
                 [{"type": "project_signing", "count": 12, "date": "2021-10-19"}],
                 id="a-day-of-the-ceremony-held-dates-the-signing"),
]


@pytest.mark.parametrize(("text", "published", "expected"), MODIFIERS)
def test_a_date_in_a_modifier(text, published, expected):
    assert_events(text, published, expected, exact=False)


BATCHES = [
    pytest.param("不久前，甬州新区一季度36个工业项目动工。", "2021-06-30", [{"type": "project_start", "date": None}],
                 id="a-quarter-naming-a-batch-after-a-vague-time"),
    pytest.param("这两天，青川第三季度14个产业项目同时开建。", "2021-10-19", [{"type": "project_start", "date": None}],
                 id="a-third-quarter-s-batch-after-these-two-days"),
    pytest.param("前不久，甬江湾二季度8个文旅项目动工。", "2021-10-19", [{"type": "project_start", "date": None}],
                 id="not-long-ago-is-vague"),
    pytest.param("今年，甬州一季度36个工业项目动工。", "2021-06-30", [{"type": "project_start", "date": "2021"}],
                 id="this-year-before-a-batch-s-quarter-gives-the-year"),
    pytest.param("甬州新区一季度36个工业项目动工。", "2021-06-30", [{"type": "project_start", "date": "2021"}],
                 id="a-batch-s-quarter-alone-gives-the-year"),
]


@pytest.mark.parametrize(("text", "published", "expected"), BATCHES)
def test_a_period_naming_a_batch(text, published, expected):
    assert_events(text, published, expected, exact=False)
