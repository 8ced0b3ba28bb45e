"""Trigger forms real articles use that had no candidate (issue 12, "triggers not known"): works that 开始施工 /
开始土建施工 or whose 工程全面展开 (starts), an 工程 that 完成 ending its clause or 完成…项目建设, a port that 正式通航, a road that
双向开通, a 大厅 that 开馆 (completions), enterprises that 恢复(了)产能 (resumptions), firms that 集中落户 or
搬迁到 a park named right after the verb (settlements). Milestones, moves to a mere place and talk stay no event.
All sentences are invented."""

import pytest

from zhqx import extract


def _events(text, published="2021-06-08"):
    return [(e.type, e.trigger, e.project.text if e.project else None, e.park.text if e.park else None,
             e.company.text if e.company else None, e.count, e.date)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    ("昨天，柳岸市桐溪水质净化厂项目开始施工，总投资4.6亿元。",
     [("project_start", "开始施工", "柳岸市桐溪水质净化厂项目", None, None, None, "2021-06-07")]),
    ("眼下，桐溪储能电池项目开始土建施工，计划明年投产。",
     [("project_start", "开始土建施工", "桐溪储能电池项目", None, None, None, None)]),
    ("记者从柳岸电力获悉，柳岸三县农村电网改造工程全面展开，总投资96亿元。",
     [("project_start", "展开", "柳岸三县农村电网改造工程", None, None, None, None)]),
    ("目前，桐溪港区疏浚工程已全面展开。",
     [("project_start", "展开", "桐溪港区疏浚工程", None, None, None, None)]),
    ("今天，桐溪水库除险加固工程已经全面展开。",
     [("project_start", "展开", "桐溪水库除险加固工程", None, None, None, "2021-06-08")]),
])
def test_works_begun_are_starts(text, expected):
    """展开 needs 工程全面 before it (an adverb is no part of a trigger, as in 全面铺开: 铺开)."""
    assert _events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("今天，历时三年的柳岸铁路电气化改造工程完成，全线列车提速至160公里。",
     [("project_completion", "完成", "柳岸铁路电气化改造工程", None, None, None, "2021-06-08")]),
    ("桐溪大道拓宽工程已完成，沿线交通恢复正常。",
     [("project_completion", "完成", "桐溪大道拓宽工程", None, None, None, None)]),
    ("目前，柳岸污水管网改造工程已经完成。",
     [("project_completion", "完成", "柳岸污水管网改造工程", None, None, None, None)]),
    ("6月3日，桐溪大道拓宽工程顺利完成。",
     [("project_completion", "完成", "桐溪大道拓宽工程", None, None, None, "2021-06-03")]),
    ("柳岸铁路扩能改造工程完成\n柳岸铁路扩能改造工程6日完成，改造后年运量将超过900万吨。",
     [("project_completion", "完成", "柳岸铁路扩能改造工程", None, None, None, "2021-06-06")]),
    ("截至2019年底，柳岸省已完成86座乡村桥梁项目建设，惠及群众40万人。",
     [("project_completion", "完成", None, None, None, 86, "2019")]),
    ("6月3日，桐溪储能电池项目完成建设。",
     [("project_completion", "完成", "桐溪储能电池项目", None, None, None, "2021-06-03")]),
    ("昨天，桐溪新港正式通航，千吨级货船可直达入海口。",
     [("project_completion", "通航", "桐溪新港", None, None, None, "2021-06-07")]),
    ("柳岸至桐溪高速南段今天双向开通，两地车程缩短一半。",
     [("project_completion", "开通", "柳岸至桐溪高速南段", None, None, None, "2021-06-08")]),
    ("今年，面积3000平米的桐溪跨境商品展示大厅开馆。",
     [("project_completion", "开馆", "桐溪跨境商品展示大厅", None, None, None, "2021")]),
])
def test_works_done_are_completions(text, expected):
    """完成 ends its clause right after the 工程 (and its adverbs or day word), or has the works built as its
    object (zhqx.events.finishes); the headline and its body are one event, dated by the body."""
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "日前，柳岸至桐溪快速路二期的主体工程完成，随后进入路面施工。",  # a milestone of unfinished works
    "目前，桐溪大桥前期工程已完成，预计明年开工。",  # preparatory works done, the bridge not begun
    "今天，桐溪大桥项目的征迁工程顺利完成。",  # land cleared for the works
    "目前，桐溪新城安置房项目拆迁工程已完成。",  # buildings cleared for the works
    "今年以来，柳岸市重大项目完成投资260亿元。",  # investment done, no works completed
    "今年以来，柳岸市拨付完成乡村饮水工程建设资金12亿元。",  # funds, no works completed
    "柳岸市前期工作已完成，项目将于下月开工。",  # no works named
    "柳岸市各部门就营商环境展开讨论。",  # talk, no works
    "桐溪港区疏浚工程施工同步展开。",  # under way, no start reported
    "桐溪江干流全线恢复通航。",  # a river navigable again
])
def test_milestones_and_talk_stay_no_event(text):
    assert [e for e in _events(text) if e[0] in ("project_start", "project_completion")] == []


@pytest.mark.parametrize("text, expected", [
    ("6月3日，柳岸高新区46家企业恢复产能。",
     [("resumption", "恢复产能", None, "柳岸高新区", None, 46, "2021-06-03")]),
    ("目前，桐溪经开区28家企业恢复了产能。",
     [("resumption", "恢复了产能", None, "桐溪经开区", None, 28, None)]),
    ("6月3日，青禾集团7家企业集中落户柳岸高新区。",
     [("settlement", "集中落户", None, "柳岸高新区", "青禾集团", 7, "2021-06-03")]),
    ("2019年，青禾化工有限公司整体搬迁到了柳岸高新区。",
     [("settlement", "搬迁", None, "柳岸高新区", "青禾化工有限公司", None, "2019")]),
    ("去年，青禾化工有限公司搬迁至桐溪经开区。",
     [("settlement", "搬迁", None, "桐溪经开区", "青禾化工有限公司", None, "2020")]),
])
def test_capacity_restored_and_moves_into_a_park(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "今天，青禾集团总部由上海搬迁至江西南昌。",  # a city, no park
    "今天，青禾集团八家下属企业启动整体搬迁到柳岸高新区的准备工作。",  # the move begins
    "青禾化工有限公司计划明年搬迁到柳岸高新区。",  # a plan
    "2019年，青禾化工有限公司从柳岸高新区整体搬迁。",  # moves out, no park after the verb
])
def test_a_move_settles_only_when_done_into_a_park(text):
    assert [e for e in _events(text) if e[0] == "settlement"] == []


@pytest.mark.parametrize("text, expected", [
    ("今年以来，桐溪经开区投产的9个项目年产值超过40亿元。",
     [("project_completion", "投产", None, "桐溪经开区", None, 9, "2021")]),
    ("截至6月3日，柳岸高新区开工的重点项目有37个。",
     [("project_start", "开工", None, "柳岸高新区", None, 37, "2021-06-03")]),
    ("6月3日，柳岸高新区正式开工。",  # a park whose construction starts is the project (NOTES n009)
     [("project_start", "开工", "柳岸高新区", "柳岸高新区", None, None, "2021-06-03")]),
])
def test_an_attributive_trigger_after_a_park_counts_what_follows(text, expected):
    """CONVENTIONS: a trigger used attributively still reports its happening; the park before it is where."""
    assert _events(text) == expected
