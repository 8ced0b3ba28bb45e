"""Completions and past happenings told as background (issue 12): a pointing subject, an attributive trigger
after a second modifier, a ceremony held today, an airport that 通航; and plans or networks that stay no
event. All sentences are invented."""

import pytest

from zhqx import extract


def _events(text, published="2021-06-08"):
    return [(e.type, e.trigger, e.project.text if e.project else None, e.date)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    # a pointer and the head of the facility named in the sentence before
    ("今天，桐溪至柳岸城际铁路全线铺轨完成。这条铁路于2017年11月开工建设，全长188公里，预计明年开通。",
     [("project_start", "开工", "桐溪至柳岸城际铁路", "2017-11")]),
    ("昨天，南岭至东湾特高压输电工程正式送电。工程于2018年4月开工建设，全长1600公里。",
     [("project_start", "开工", "南岭至东湾特高压输电工程", "2018-04")]),
    # a topic clause that is only the project's name
    ("这个晨光集团年产60万吨乙烯项目，在2015年建成投产，是当地最大的化工项目。",
     [("project_completion", "建成投产", "年产60万吨乙烯项目", "2015")]),
    # a topic clause ending in the project's name, then where the happening took place
    ("由柳岸重工自主研制的国内首台百吨级光热储能电站，在宁夏中卫正式投产，年发电量2亿度。",
     [("project_completion", "投产", "百吨级光热储能电站", None)]),
    # an attributive completion with one more modifier before the name
    ("去年底建成投产的年产90万吨的柳岸煤化工项目，带动了上下游企业集聚。",
     [("project_completion", "建成投产", "柳岸煤化工项目", "2020")]),  # a year's end gives the year (dev gold)
])
def test_a_past_happening_told_as_background(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "今天，桐溪至柳岸城际铁路全线铺轨完成。这条铁路将于明年6月建成通车。",  # a plan
    "今天，桐溪至柳岸城际铁路全线铺轨完成。这条铁路建成后，两地车程缩短一半。",  # a time
    "今天，桐溪至柳岸城际铁路全线铺轨完成。这条公路于2017年11月开工建设。",  # no road named before
])
def test_a_pointer_to_nothing_reported_or_a_plan_is_no_event(text):
    assert _events(text) == []


def test_a_grid_project_and_units_connected_to_the_grid_are_no_network():
    assert [e[:3] for e in _events("今天，湖东电网工程投产。")] == [("project_completion", "投产", "湖东电网工程")]
    assert [e[:3] for e in _events("今天，湖东光伏电站项目并网发电。")] == [
        ("project_completion", "并网发电", "湖东光伏电站项目")]


def test_a_ceremony_held_today_dates_its_completion():
    assert _events("柳岸植物园二期工程竣工仪式今天上午在园内举行。") == [
        ("project_completion", "竣工", "柳岸植物园二期工程", "2021-06-08")]
    assert _events("柳岸植物园二期工程竣工仪式将于下月举行。") == []


def test_an_airport_that_opens_to_flights_is_completed_a_route_is_not():
    assert _events("桐溪机场建成通航\n今天，桐溪机场迎来首批航班，开通三条航线。") == [
        ("project_completion", "通航", "桐溪机场", "2021-06-08")]
    assert _events("柳岸至桐溪航线今天正式通航。") == []
    assert _events("即将正式通航的桐溪机场模型亮相展会。") == []


@pytest.mark.parametrize("text", [
    "五年来，桐溪港相继建成了东港码头、西港码头和北港码头等一批深水码头。",  # a mere list of achievements
    "到2025年，全市要建成一批现代化产业园区。",  # a plan
    "我省已建成以桐溪港为核心的现代化港口群。",  # a network, no project
    "全市提出了建成东部物流枢纽的目标。",  # a target
    "截至目前，全省规划中的高速公路网已基本建成。",  # a network
    "全省已有30多个县城建成了天然气管网。",  # a network, counted by towns
    "首家知识产权调解中心今天在福建成立。",  # 成立, not 建成
])
def test_spurious_completions_stay_out(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    # a time frame since the happening still reports it (dev gold), undated: the report's day is not its day
    ("记者今天从柳岸能源获悉，桐溪光伏示范工程投产三年来共发电超过300万度。",
     [("project_completion", "投产", "桐溪光伏示范工程", None)]),
    ("湖东页岩气田投产以来，共产出天然气200多亿立方米。",
     [("project_completion", "投产", "湖东页岩气田", None)]),
    ("作为两市合作的首个项目，桐溪数字产业园开工一年来，引进企业40多家。",
     [("project_start", "开工", "桐溪数字产业园", None)]),
])
def test_a_happening_that_opens_a_time_frame_is_reported(text, expected):
    assert _events(text) == expected


def test_an_anniversary_stays_no_event():
    assert _events("今天是柳岸大桥通车10周年。") == []
