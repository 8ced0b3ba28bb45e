"""Roles of found events (ev-roles3): a descriptor before a project's name is no part of it (a standing that
names its field, the kind after a rank, what a quoted name is), a lead reached through 实现, and a year's start
as a date. All sentences are invented."""

import pytest

from zhqx import extract


def _events(text, published="2021-06-08"):
    return [(e.type, e.trigger, e.project.text if e.project else None, e.date)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    # a standing that names its field (重大水利工程, 重点能源项目) before the name
    ("近日，总投资12亿元的省重点水利工程青川柳岸水库开工建设。",
     [("project_start", "开工", "青川柳岸水库", None)]),
    ("位于东川的省重大能源项目桐溪抽水蓄能电站今天开工建设。",
     [("project_start", "开工", "桐溪抽水蓄能电站", "2021-06-08")]),
    # no field between: as before
    ("国家重点工程青川柳岸项目今天开工。", [("project_start", "开工", "青川柳岸项目", "2021-06-08")]),
    # after a rank, the kind of what is ranked, then its name with the same head
    ("今天，南疆首条双线电气化铁路柳桐铁路开通运营。",
     [("project_completion", "开通运营", "柳桐铁路", "2021-06-08")]),
    # a rank before the kind alone: the kind stays the name
    ("今天，南疆首条双线电气化铁路开通运营。",
     [("project_completion", "开通运营", "双线电气化铁路", "2021-06-08")]),
])
def test_a_descriptor_before_the_name_is_no_part_of_it(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a quoted name is, written before it
    ("上个月，配套的安置小区“柳岸嘉苑”建成入住。", [("project_completion", "建成", "柳岸嘉苑", "2021-05")]),
    # a bare kind after it
    ("全省首个“青川政务云”平台近日在东川启动建设。", [("project_start", "启动", "青川政务云", None)]),
])
def test_a_quoted_lead_name_is_what_is_quoted(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("今天，东川湾大型油田群——柳岸3-2油田群实现全面投产，产量稳步提升。",
     [("project_completion", "投产", "柳岸3-2油田群", "2021-06-08")]),
    ("青川港五号泊位昨天（6月7日）实现投产。", [("project_completion", "投产", "青川港五号泊位", "2021-06-07")]),
    ("青川湾万吨级泊位已实现全面投产。", [("project_completion", "投产", "青川湾万吨级泊位", None)]),
])
def test_a_lead_reached_through_shixian(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "青川港五号泊位预计年底实现投产。",  # a plan
    "青川港五号泊位力争明年实现全面投产。",
])
def test_a_planned_shixian_is_no_event(text):
    assert _events(text) == []


def test_a_years_start_gives_the_year():
    assert _events("今年初，柳岸村民宿集群项目正式开工，全村有二十户参与。") == [
        ("project_start", "开工", "柳岸村民宿集群项目", "2021")]


@pytest.mark.parametrize("text, expected", [
    # a kind written before the group or place that opens a name with the same head (ev-projbound)
    ("今天，全省首座风光互补的新型电站青川能源集团柳岸风光互补电站并网发电。",
     [("project_completion", "并网发电", "青川能源集团柳岸风光互补电站", "2021-06-08")]),
    ("今天，西部最大单体工业项目浙江青川石化转型项目全面启动。",
     [("project_start", "启动", "浙江青川石化转型项目", "2021-06-08")]),
    # another head after the place: a line and its section, one name
    ("今天，连接两地的川柳铁路浙江青溪至柳镇段开通运营。",
     [("project_completion", "开通运营", "川柳铁路浙江青溪至柳镇段", "2021-06-08")]),
    # a group whose own name holds a kind stays whole
    ("今天，甲水利工程集团有限公司青川水库项目开工。",
     [("project_start", "开工", "甲水利工程集团有限公司青川水库项目", "2021-06-08")]),
])
def test_a_kind_before_the_owner_of_a_name_is_no_part_of_it(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 建设工程 after works is the name's head, not a verb before a name (ev-projbound)
    ("今天，青川柳岸水库建设工程正式开工，项目总投资12亿元。",
     [("project_start", "开工", "青川柳岸水库建设工程", "2021-06-08")]),
    # after a zone, no works before 建设: no name
    ("今天，青川新区建设项目集中开工。", [("project_start", "集中开工", None, "2021-06-08")]),
])
def test_construction_works_keep_their_head(text, expected):
    assert _events(text) == expected
