"""A headline event whose body's first sentence writes the same trigger word as a plan, a requirement or a state
document is no event (zhqx.events.planned_headlines); a body that reports it done, or names a ceremony held,
keeps it. Invented texts."""

import pytest

from test_events import assert_events

CASES = [
    pytest.param("青川本月集中开工15个重点项目\n本台消息：这个月，青川市将集中开工15个重点项目，总投资约300亿元。\n",
                 [], id="the-body-plans-it"),
    pytest.param("甲县农房加固改造9月底竣工\n本台消息：甲省住建厅发出通知，要求各县确保农房加固改造于9月底前全部竣工。\n",
                 [], id="the-body-requires-it"),
    pytest.param("青川署与联合国组织签署发展合作\n本台消息：昨天，青川署在甲市与联合国组织签署了发展合作联合声明，明确了重点领域。\n",
                 [], id="the-body-signs-a-state-document"),
    pytest.param("青川本月集中开工15个重点项目\n本台消息：这个月，青川市集中开工15个重点项目，总投资约300亿元。\n",
                 [{"type": "project_start", "trigger": "集中开工", "count": 15}], id="the-body-reports-it-done"),
    pytest.param("青川上半年80个重点项目全部开工\n本台消息：今年上半年，青川市计划新开工的80个重点项目，到本月中旬都已开工。\n",
                 [{"type": "project_start", "trigger": "开工", "count": 80}],
                 id="a-planned-occurrence-and-a-done-one"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_planned_headlines(text, expected):
    assert_events(text, "2019-05-06", expected)
