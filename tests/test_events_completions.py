"""Completions reported as real articles write them (issue 12): a verb compound is one trigger, written whole
(建成通车, 竣工投运, 投入商业运营; 投产发电 is reported by 投产, as annotators write it), a facility that opens (正式开放, written 开放, 开园, 开港, a 馆 that 开馆;
落成启用 whole) or starts sending power (启动送电, 并网) is completed; plans, times and milestones stay no event. All sentences are invented."""

import pytest

from zhqx import extract


def _events(text, published="2021-06-08"):
    return [(e.type, e.trigger, e.project.text if e.project else None, e.date)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    ("今天，柳岸至桐溪高速公路项目建成通车，全长86公里。",
     [("project_completion", "建成通车", "柳岸至桐溪高速公路项目", "2021-06-08")]),
    ("昨天，桐溪水电站首批机组投产发电，年发电量约12亿度。",
     [("project_completion", "投产", "桐溪水电站首批机组", "2021-06-07")]),
    ("近日，柳岸220千伏输变电工程全面竣工投运。",
     [("project_completion", "竣工投运", "柳岸220千伏输变电工程", None)]),
    ("6月3日，桐溪核电站三号机组正式投入商业运营。",
     [("project_completion", "投入商业运营", "桐溪核电站三号机组", "2021-06-03")]),
    ("今天，南岭至东湾特高压直流输电工程正式启动送电。",
     [("project_completion", "启动送电", "南岭至东湾特高压直流输电工程", "2021-06-08")]),
    ("柳岸国家湿地公园项目今天正式开园，面积达3000亩。",
     [("project_completion", "开园", "柳岸国家湿地公园项目", "2021-06-08")]),
    ("今天，总投资3.2亿元的桐溪博物馆新馆正式开馆。", [("project_completion", "开馆", "桐溪博物馆新馆", "2021-06-08")]),
    ("6月3日，柳岸国际会展中心落成启用。", [("project_completion", "落成启用", "柳岸国际会展中心", "2021-06-03")]),
    ("昨天，桐溪海上风电场项目全容量并网。", [("project_completion", "并网", "桐溪海上风电场项目", "2021-06-07")]),
    ("不久前，柳岸水电站第12台机组顺利投产。", [("project_completion", "投产", "柳岸水电站第12台机组", None)]),
    ("今天，柳岸科技馆正式开放，展厅面积1.2万平方米。", [("project_completion", "开放", "柳岸科技馆", "2021-06-08")]),
    ("昨天，桐溪地铁5号线正式运营，全长32公里。", [("project_completion", "运营", "桐溪地铁5号线", "2021-06-07")]),
    ("6月3日，桐溪城际铁路全线贯通运营。", [("project_completion", "贯通运营", "桐溪城际铁路", "2021-06-03")]),
    ("今天，柳岸至桐溪城际铁路正式开通。", [("project_completion", "开通", "柳岸至桐溪城际铁路", "2021-06-08")]),
    ("今年3月，柳岸500千伏变电站工程已投入试运行。",
     [("project_completion", "投入试运行", "柳岸500千伏变电站工程", "2021-03")]),
])
def test_a_completion_compound_is_one_trigger_written_whole(text, expected):
    """正式 is no part of a trigger (正式开放: 开放; 正式运营: 运营), as the CCTV gold writes triggers."""
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "柳岸至桐溪高速公路项目预计明年6月建成通车。",  # a plan
    "柳岸至桐溪高速公路项目建成通车后，两地车程缩短一半。",  # a time
    "桐溪水电站项目计划于2023年投产发电。",  # a plan
    "桐溪储能工厂项目昨天落户柳岸高新区。这个工厂拟于今年9月动工，2022年投产，初期年产储能电池1万台。",  # a plan
    "柳岸自贸区正式开放外资准入，吸引了一批企业。",  # an opening of a market, no facility
    "柳岸城际铁路隧道今天全线贯通。",  # a milestone
    "柳岸地铁5号线下月正式运营。",  # next month: a plan
    "柳岸至东湾国际货运航线今天正式开通。",  # a route opens: no line built
    "柳岸市开通企业服务热线，受理复工申请。",  # a service, not a railway
    "第七届柳岸国际汽车博览会今日开馆，260个品牌参展。",  # an exhibition opens its halls: no facility completed
    "桐溪光伏电站并网容量已达到50万千瓦。",  # 并网 as a noun's modifier
    "去年，柳岸省铁路投产新线1260公里，高速公路通车里程突破6000公里。",  # kilometres counted, no project
    "今天，桐溪造船厂建造的“柳岸02”轮在桐溪港正式交付使用。",  # a product delivered (NOTES n080)
    "今天，首批300辆氢能公交车辆在柳岸正式投入运营。",  # vehicles put into service
    "今天是柳岸大桥通车10周年。",  # an anniversary
    "3月22日，柳岸首家外资证券公司在桐溪正式开业。",  # a firm opens for business
    "至此，桐溪水电站12台机组已投产过半。",  # a share of the units: a tally after the unit's own event
])
def test_plans_times_and_milestones_stay_no_completion(text):
    assert [e for e in _events(text) if e[0] == "project_completion"] == []


def test_a_described_subject_may_be_followed_by_a_vague_time():
    assert _events("柳岸化学在本省落地的首个项目前不久建成投产，年产值约9亿元。") == [
        ("project_completion", "建成投产", None, None)]


@pytest.mark.parametrize("text, project", [
    ("桐溪体育馆竣工，并投入使用。", "桐溪体育馆"),  # a facility head: no 项目 or 工程 after it
    ("柳岸纪念馆竣工并投入使用。", "柳岸纪念馆"),  # the trigger stays out of the name
    ("6月3日，柳岸地铁7号线正式开通运营。", "柳岸地铁7号线"),
    ("6月3日，桐溪城际铁路临川—柳岸—东湾段正式开通运营。", "桐溪城际铁路临川—柳岸—东湾段"),  # a section between places
    ("3月1日，东川市面积3000平米的跨境商品展示大厅开馆。", "跨境商品展示大厅"),  # a hall that opens
])
def test_a_facility_head_ends_a_project_name(text, project):
    assert [e[2] for e in _events(text) if e[0] == "project_completion"] == [project]


def test_a_line_s_own_length_after_its_opening_is_no_statistic():
    assert _events("今天，柳岸城际铁路开通运营，此次开通的线路全长86公里。")[:1] == [_events("今天，柳岸城际铁路开通运营。")[0]]


def test_time_still_to_go_before_a_trigger_is_no_completion():
    assert _events("虽然离柳岸地铁3号线正式通车还有两个月，不少市民已前来试乘。") == []


def test_a_share_of_units_is_no_second_completion_but_a_resumption_share_is_reported():
    """机组已投产过半 tallies the units after the unit's own event (one completion); 企业已复工过半 is a resumption."""
    assert _events("昨天，桐溪电厂3号机组顺利投产。截至目前，桐溪电厂6台机组已投产过半。") == [
        ("project_completion", "投产", "桐溪电厂3号机组", "2021-06-07")]
    assert [e[:2] for e in _events("截至昨天，柳岸区规上企业已复工过半。")] == [("resumption", "复工")]


@pytest.mark.parametrize("text, project", [
    ("近年来，青川县不仅建起了冷链物流中心，还引来一批企业。", "冷链物流中心"),  # 建起 with the works as object
    ("这三年，柳岸市通过微改造建成了超过60万平方米的带状公园，方便了市民。", "带状公园"),  # after their size
    ("去年，桐溪镇建起了9000平方米的湿地公园。", "湿地公园"),  # 公园: a head of built works (event_built_heads)
    ("去年，桐溪区建起了智能网联无人车测试场。", "智能网联无人车测试场"),  # 网联 (networked): no network built
])
def test_works_built_as_the_object_of_jiancheng_or_jianqi(text, project):
    assert [e[:3] for e in _events(text)] == [("project_completion", text[text.index("建"):text.index("建") + 2], project)]


@pytest.mark.parametrize("text", [
    "去年，柳岸市搭建起了跨境电商服务平台。",  # 搭建起: set up, no works built
    "去年，柳岸市构建起了现代物流中心。",  # 构建起: built up figuratively
    "看着村里建起来了物流中心，大家都很高兴。",  # 建起来: no object right after it
])
def test_jianqi_inside_another_verb_is_no_completion(text):
    assert _events(text) == []


def test_a_counted_object_is_no_project_name():
    """建起了300多个文体中心: a count of works, not one project's name (roles.project._MEMBERS)."""
    assert [e[2] for e in _events("近年来，桐溪市还建起了300多个文体中心。")] == [None]


def test_kaijungong_is_a_start_and_a_completion_with_the_same_figures():
    """集中开竣工 fuses two happenings (CONVENTIONS: 签约并开工 is two events): the trigger's ``also`` in events.json."""
    found = [(e.type, e.trigger, e.count, e.investment.value) for e in
             extract("5月8日，柳岸市总投资96亿元的15个重点项目集中开竣工。", published="2021-06-08").events]
    assert sorted(found) == [("project_completion", "开竣工", 15, 9.6e9), ("project_start", "开竣工", 15, 9.6e9)]


def test_a_count_under_a_kaijungong_ceremony_is_no_start():
    """开竣工仪式举行。…开工21个项目，竣工9个项目: the completion of 9 takes the ceremony's word, and no start of 9."""
    found = [(e.type, e.count) for e in extract("昨天，柳岸市第二批重点项目开竣工仪式于桐溪举行。本次共开工21个项目，竣工9个项目。",
                                                published="2021-06-08").events]
    assert ("project_start", 9) not in found and ("project_completion", 9) in found
