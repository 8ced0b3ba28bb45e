"""Precision of events and roles on published reports (issue 12, ev-precision): no government body, party organ,
coordination mechanism, media outlet, host or reporter as the company; each class with invented sentences."""

import pytest

from test_events import assert_events
from zhqx.events.roles.bodies import is_body
from zhqx.lexicon import default_lexicons

COMPANY = [
    pytest.param("国务院联防联控机制3日介绍，全国规模以上工业企业复工率已达到91%。", "2020-03-04",
                 [{"type": "resumption", "company": None}], id="a-coordination-mechanism-reports"),
    pytest.param("国务院扶贫办介绍，截至2月27日，全国扶贫龙头企业复工率达到83%。", "2020-03-04",
                 [{"type": "resumption", "company": None}], id="a-poverty-office-reports"),
    pytest.param("由临川市工商联主办的民营企业投资峰会今天在临川举行，现场签约项目16个。", "2020-03-04",
                 [{"type": "project_signing", "company": None, "count": 16}], id="a-federation-hosts-the-meeting"),
    pytest.param("昨天，临川海归创业促进会与临川市联合举办的创业峰会在临川举行，峰会上还进行了项目签约，签约金额320亿元。",
                 "2020-03-04", [{"type": "project_signing", "company": None, "investment": 3.2e10}],
                 id="a-host-is-no-party-and-the-signing-stays"),
    pytest.param("青禾化工有限公司介绍，该公司新材料项目今天投产。", "2020-03-04",
                 [{"type": "project_completion", "company": "青禾化工有限公司"}], id="a-company-reporting-its-own-event"),
    pytest.param("青禾化工有限公司的新材料项目今天在临川经济开发区投产。", "2020-03-04",
                 [{"type": "project_completion", "company": "青禾化工有限公司"}], id="a-company-stays-a-company"),
]


@pytest.mark.parametrize(("text", "published", "expected"), COMPANY)
def test_company_is_a_party(text, published, expected):
    assert_events(text, published, expected)


@pytest.mark.parametrize(("name", "body"), [
    ("国务院联防联控机制", True), ("中共中央政治局常委会", True), ("省政府扶贫办", True), ("临川市工商联", True),
    ("临川日报", True), ("国家电网", False), ("青川材料研究所", False), ("临川光电实验室", False),
    ("临川大学", False), ("临川农商银行", False), ("青川新材料创新中心", False)])
def test_bodies_come_from_the_entity_lexicons(name, body):
    assert is_body(name, default_lexicons()) is body


def test_bodies_follow_the_entity_lexicons_given():
    """A user's own unit head (专班, invented) names a body; the packaged lexicons, read before and after, do not."""
    lexicons = default_lexicons()
    mine = lexicons.replaced(lexicons["unit_heads"].extended([{"entry": "专班", "source": "user", "example": "x"}]))
    assert [is_body("青川市招商专班", lex) for lex in (lexicons, mine, lexicons)] == [False, True, False]


STARTS = [
    pytest.param("今天，湖滨科学城建设全面启动。科学城规划面积50平方公里，总投资300亿元。", "2020-03-04", [],
                 id="a-zone-development-launched"),
    pytest.param("3月1日，青川国家级智能制造先导区建设正式启动。", "2020-03-04", [], id="a-zone-named-by-its-suffix"),
    pytest.param("3月1日，青川县茶叶产业扶贫项目启动，项目总投资2.6亿元，带动贫困户1200户。", "2020-03-04", [],
                 id="a-programme-launched-with-an-investment"),
    pytest.param("3月1日，临川港区二期工程正式启动，总投资42亿元。", "2020-03-04",
                 [{"type": "project_start", "project": "临川港区二期工程"}], id="works-launched"),
    pytest.param("3月1日，华信光伏电站项目今天启动，总投资12亿元。", "2020-03-04",
                 [{"type": "project_start", "project": "华信光伏电站项目"}], id="a-facility-project-launched"),
    pytest.param("今天，临川科技合作园在青州启动建设。", "2020-03-04",
                 [{"type": "project_start", "project": "临川科技合作园"}], id="a-park-whose-construction-starts"),
]


@pytest.mark.parametrize(("text", "published", "expected"), STARTS)
def test_launches_of_works_only(text, published, expected):
    assert_events(text, published, expected)


RESUMED_LINES = [
    pytest.param("春节后，青禾汽车有限公司复工，3条生产线已全部开工。", "2020-03-04",
                 [{"type": "resumption", "company": "青禾汽车有限公司"}], id="lines-opened-again-after-the-festival"),
    pytest.param("3月1日，青禾汽车有限公司新生产线开工建设。", "2020-03-04",
                 [{"type": "project_start"}], id="a-new-line-built-is-a-start"),
    pytest.param("春节后，全省136个重点项目集中开工，计划总投资560亿元。", "2020-03-04",
                 [{"type": "project_start", "count": 136}], id="projects-after-the-festival-start"),
]


@pytest.mark.parametrize(("text", "published", "expected"), RESUMED_LINES)
def test_lines_opened_again_are_no_start(text, published, expected):
    assert_events(text, published, expected)


SETTLEMENTS = [
    pytest.param("最终，60多家配套企业落户，青湖镇也获得了“临川智能装备产业园”的称号。", "2020-03-04", [],
                 id="a-park-named-in-a-later-clause-is-no-destination"),
    pytest.param("3月1日，华信化工有限公司落户宁波高新区，总投资5亿元。", "2020-03-04",
                 [{"type": "settlement", "park": "宁波高新区", "company": "华信化工有限公司"}], id="the-destination-after-the-trigger"),
    pytest.param("3月1日，20家企业在宁波高新区落户，总投资50亿元。", "2020-03-04",
                 [{"type": "settlement", "park": "宁波高新区", "count": 20}], id="the-destination-before-the-trigger"),
    pytest.param("昨天我们走访了浙江临川智能装备产业园。\n今年，临川智能装备产业园又有9个亿元以上的大项目在园区落地。", "2020-03-04",
                 [{"type": "settlement", "park": "临川智能装备产业园", "count": 9}], id="park-anaphor-as-its-sentence-names-it"),
    pytest.param("甬江高新区在外省设立的第一家孵化中心也在衢州启用，首批入驻的42家企业里，20家来自宁波。", "2020-03-04",
                 [{"type": "project_completion"}], id="settlers-of-a-centre-in-a-city-are-not-in-the-park-before"),
]


@pytest.mark.parametrize(("text", "published", "expected"), SETTLEMENTS)
def test_settlement_destination(text, published, expected):
    assert_events(text, published, expected)


# a company named only inside the project's name labels the project, no company of its own (ev-r4b)
LABELS = [
    pytest.param("今天（3月5日），南方电网梅岭抽水蓄能电站开工建设，总投资80亿元。", "2021-03-05",
                 [{"type": "project_start", "project": "南方电网梅岭抽水蓄能电站", "company": None}],
                 id="an-owner-inside-the-works-name"),
    pytest.param("今天（3月5日），一汽青旗新能源客车基地在辽宁盘锦建成启用。", "2021-03-05",
                 [{"type": "project_completion", "project": "一汽青旗新能源客车基地", "company": None}],
                 id="a-maker-inside-the-plant-name"),
    pytest.param("今天（3月5日），一汽青旗新能源客车基地在辽宁盘锦建成启用。一汽表示，基地年产客车5千辆。", "2021-03-05",
                 [{"type": "project_completion", "project": "一汽青旗新能源客车基地", "company": "一汽"}],
                 id="named-apart-it-is-the-company"),
    pytest.param("今天（3月5日），青禾石化公司年产80万吨乙烯装置在吉林开工建设。", "2021-03-05",
                 [{"type": "project_start", "company": "青禾石化公司"}], id="a-legal-form-owns-what-follows"),
]


@pytest.mark.parametrize("text, published, expected", LABELS)
def test_a_name_only_labelling_the_project_is_no_company(text, published, expected):
    assert_events(text, published, expected)
