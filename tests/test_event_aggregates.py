"""Aggregates reported with a count (issue 12), each with invented sentences: works or firms counted by their own
head (lexicon event_counted_heads: 改造老旧小区860个, 近400个安置点开工, 84家商户恢复经营), named works launched
with what they do once built (X工程今天启动，建成后…), and reopening words (恢复经营, 复业); plans, states (另有4个签约
项目尚未开工), programmes and obligations (应开工未开工) are not events."""

import pytest

from test_events import assert_events, extract

CASES = [
    pytest.param("今年以来，江南省新开工改造老旧小区1.2万个。", "2021-06-30",
                 [{"type": "project_start", "count": 12000, "date": "2021"}], id="counted-after-the-verb-and-object"),
    pytest.param("今年滨江县新开工建设农村新型社区96个，总投资38亿元。", "2021-06-30",
                 [{"type": "project_start", "count": 96, "investment": 3.8e9}], id="counted-after-construction"),
    pytest.param("今年全省已有近260个易地搬迁安置点开工建设。", "2021-06-30",
                 [{"type": "project_start", "count": 260}], id="counted-before-the-trigger"),
    pytest.param("江城技术转移中心已经开建分中心7个。", "2021-06-30",
                 [{"type": "project_start", "count": 7}], id="branch-centres-counted"),
    pytest.param("滨江县城东防洪治理工程今天在江城启动，建成后可保护沿岸5万人。", "2021-06-30",
                 [{"type": "project_start", "trigger": "启动", "project": "滨江县城东防洪治理工程",
                   "date": "2021-06-30"}], id="works-launched-with-what-they-do-once-built"),
    pytest.param("截至目前，江城高新区已有132家商户恢复经营。", "2021-06-30",
                 [{"type": "resumption", "trigger": "恢复经营", "count": 132}], id="merchants-reopened"),
    pytest.param("6月2日，江城市2300家个体工商户复业。", "2021-06-30",
                 [{"type": "resumption", "trigger": "复业", "count": 2300, "date": "2021-06-02"}],
                 id="businesses-reopened"),
]

NO_EVENTS = [
    pytest.param("今年江南省计划新开工改造老旧小区9000个。", id="a-plan"),
    pytest.param("江城园区现有49家投产企业。", id="a-state"),
    pytest.param("开发区另有4个签约项目尚未开工。", id="signed-projects-not-started-are-a-state"),
    pytest.param("“青苗阅读推广工程”今天在江城启动，首期将为120所学校配书。", id="a-programme-launched"),
    pytest.param("江城商业银行已恢复业务办理。", id="business-resumed-is-no-reopening"),
    pytest.param("江城区出台六条措施，推动商户恢复经营。", id="a-measure"),
    pytest.param("督查发现，滨江省6个公路项目应开工未开工。", id="an-obligation-not-met"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_aggregates(text, published, expected):
    assert_events(text, published, expected)


@pytest.mark.parametrize("text", NO_EVENTS)
def test_no_event(text):
    assert extract(text, "2021-06-30") == []
