"""Completions reported as the start of operation (issue 12, ev-compl3): a port that 开港运营, a road that 试通车, a
facility that 开始运营, a hospital that 开始接诊 / 开诊, a plant that 开始批量生产, works that are 建好 or (项目, 工程)
通过验收, each ending its clause; works counted after 建起了 / 建成了 (by a project or counted head); railways listed before 等相继开通 (one
aggregate). Plans, parts accepted and other things that open stay no event. All sentences are invented."""

import pytest

from zhqx import extract


def _events(text, published="2021-06-08"):
    return [(e.type, e.trigger, e.project.text if e.project else None, e.count)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize("text, trigger, project", [
    ("今天，柳岸新生码头开港运营，设计泊位12个。", "开港运营", "柳岸新生码头"),  # one trigger, written whole
    ("昨晚，柳岸快速路东段试通车，两地车程缩短一半。", "试通车", "柳岸快速路东段"),
    ("6月3日，桐溪冷链物流基地开始运营，日处理货物300吨。", "开始运营", "桐溪冷链物流基地"),
    ("今天，柳岸国际医院在桐溪全面开始接诊，结束了当地缺少大医院的历史。", "开始接诊", "柳岸国际医院"),
    ("今天，桐溪市第二人民医院东院区正式开诊，床位800张。", "开诊", "桐溪市第二人民医院东院区"),
    ("桐溪电机的柳岸工厂今年三月开始批量生产，年产电机5万台。", "开始批量生产", "柳岸工厂"),
    ("在柳岸高新区，一座由政府投资2亿元的桐溪创新中心大楼刚刚建好。", "建好", "桐溪创新中心大楼"),
    ("在柳岸，连接长江和桐河的调水控制性工程——桐溪船闸项目日前通过验收。", "通过验收", "桐溪船闸项目"),
])
def test_the_start_of_operation_is_a_completion(text, trigger, project):
    assert [e[:3] for e in _events(text)] == [("project_completion", trigger, project)]


def test_a_subject_after_suiran_is_named_without_it():
    """随着X正式开诊，…: the happening the sentence goes on from; X is the facility (subjects._HEAD)."""
    assert [e[2] for e in _events("今天，随着柳岸医院南院区新门诊楼正式开诊，全市医疗资源更加均衡。")] == ["柳岸医院南院区新门诊楼"]


@pytest.mark.parametrize("text", [
    "柳岸城际铁路开始运营前的联调联试今天启动。",  # 开始运营前: a time
    "柳岸冷链物流基地计划明年开始运营。",  # a plan
    "桐溪体育馆主体工程日前通过验收，进入装修阶段。",  # a part accepted: a milestone
    "桐溪综合保税区通过验收，成为全省第五个。",  # no works (项目, 工程) accepted
    "柳岸物流中心建好后，将服务周边企业。",  # 建好后: a time
    "桐溪渠道即将建好，农户放下心来。",  # about to be built
    "柳岸芯片开始批量生产，良品率超过九成。",  # a product, no plant
    "本月，柳岸航线、桐溪航线等相继开通。",  # routes, no railway built
])
def test_plans_parts_and_other_openings_are_no_completion(text):
    assert [e for e in _events(text) if e[0] == "project_completion"] == []


@pytest.mark.parametrize("text, count", [
    ("如今，东川省在沿江滩涂上建起了12个物流基地，聚集了一批新兴产业。", 12),  # 基地: a project head
    ("在城市社区，桐溪市还建成了300多个文化中心。", 300),  # 中心: a project head
])
def test_works_counted_after_jiancheng_le_make_an_aggregate(text, count):
    assert [e[::3] for e in _events(text)] == [("project_completion", count)]


def test_a_time_after_jiancheng_le_is_no_count():
    assert [e[3] for e in _events("这座柳岸工厂建成了3年，产值翻了一番。")] in ([], [None])


def test_railways_listed_before_one_opening_are_one_aggregate():
    """A、B、C等相继开通: one completion without project or count (lists.py; CONVENTIONS: a mere list of names)."""
    assert _events("本月，位于东部的柳岸高铁、连接两地的桐溪高铁、东川高铁等相继开通，路网进一步完善。") == [
        ("project_completion", "开通", None, None)]
