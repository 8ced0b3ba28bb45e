"""Starts and signings as published reports write them (issue 12), each with invented sentences: 启动 of works
with their investment or a batch's 建设, 开始建设, a signing's 合同金额 / 总金额 as its total, a count after 协议 or
after a modifier with its own figure, a ceremony and its batch as one signing; a programme launched, a span
(从项目启动到交割), a trade value, a threshold (投资10亿元以上的项目), an organiser (由X主办) and a plan going on after
并和 or an adverb are not."""

import pytest

from test_events import assert_events, extract

CASES = [
    pytest.param("总投资约96亿元的华东某特高压输电工程今天在湖州启动。", "2019-04-02",
                 [{"type": "project_start", "trigger": "启动", "investment": 9.6e9, "date": "2019-04-02"}],
                 id="works-launched-with-their-investment"),
    pytest.param("今年，江南省启动了近150个重大项目，总投资6800多亿元。", "2019-04-02",
                 [{"type": "project_start", "count": 150, "investment": 6.8e11}], id="a-batch-launched"),
    pytest.param("今年，江南省启动了近150个重大项目，投资6800多亿。", "2019-04-02",
                 [{"type": "project_start", "count": 150, "investment": 6.8e11}], id="yi-without-yuan"),
    pytest.param("今天，滨江市926个重大项目同时开工，总投资1.08万亿，其中民生工程占三成。", "2019-04-02",
                 [{"type": "project_start", "count": 926, "investment": 1.08e12}], id="wan-yi-without-yuan"),
    pytest.param("闽江省启动418个水利重点项目建设。", "2019-04-02",
                 [{"type": "project_start", "count": 418}], id="a-batch-launched-for-construction"),
    pytest.param("今年以来，闽江省新开工建设的重大交通工程项目累计达到37项。", "2019-04-02",
                 [{"type": "project_start", "count": 37}], id="a-count-reached-cumulatively-after-the-noun"),
    pytest.param("昨天，闽江省召开招商推介会，推介会上签约了包括新材料、生物医药等在内的31个重点项目，投资额达156亿元。",
                 "2019-04-02", [{"type": "project_signing", "count": 31, "investment": 1.56e10}],
                 id="a-count-after-what-it-includes"),
    pytest.param("今天，闽江省37个重点项目集中签约，项目涵盖文旅、物流等领域，预计总金额达86亿元。", "2019-04-02",
                 [{"type": "project_signing", "count": 37, "investment": 8.6e9}], id="an-expected-total-sum-of-a-signing"),
    pytest.param("临川展会今天落幕，展会期间215个合作项目达成投资协议，总投资930亿元。", "2019-04-02",
                 [{"type": "project_signing", "trigger": "达成", "count": 215, "investment": 9.3e10}],
                 id="projects-reaching-cooperation-agreements-are-signed"),
    pytest.param("3月6日，全国最大的蓝莓种植基地在江城开始建设。", "2019-04-02",
                 [{"type": "project_start", "trigger": "开始建设", "date": "2019-03-06"}], id="began-construction"),
    pytest.param("本届洽谈会共签约项目73个，合同金额392亿元。", "2019-04-02",
                 [{"type": "project_signing", "count": 73, "investment": 3.92e10}], id="a-contract-value"),
    pytest.param("展会期间签约项目48个，总金额达231亿元。", "2019-04-02",
                 [{"type": "project_signing", "count": 48, "investment": 2.31e10}], id="a-total-value-after-a-signing"),
    pytest.param("本届绿博会共签约项目214项，签约资金960多亿元。", "2019-04-02",
                 [{"type": "project_signing", "count": 214, "investment": 9.6e10}], id="signed-funds"),
    pytest.param("展会期间共签约项目57个，合同引资额318.5亿元。", "2019-04-02",
                 [{"type": "project_signing", "count": 57, "investment": 3.185e10}], id="contracted-inward-investment"),
    pytest.param("推介会上，双方签订合作协议9个，总签约金额83亿元。", "2019-04-02",
                 [{"type": "project_signing", "count": 9, "investment": 8.3e9}], id="agreements-counted-after-the-noun"),
    pytest.param("两天里，江南省与各地客商签订投资额5000万以上的合同项目317个，投资总额超2600亿元。", "2019-04-02",
                 [{"type": "project_signing", "count": 317, "investment": 2.6e11}], id="a-modifier-with-a-threshold"),
    pytest.param("今年，滨江园区又有21个投资5亿元以上的项目落地。", "2019-04-02",
                 [{"type": "settlement", "count": 21, "investment": None}], id="a-threshold-is-no-total"),
    pytest.param("86家民营企业昨天在江城举行项目签约仪式，31家企业签约投资项目215亿元。", "2019-04-02",
                 [{"type": "project_signing", "count": 31, "investment": 2.15e10, "date": "2019-04-01"}],
                 id="a-ceremony-and-its-batch-are-one-signing"),
    pytest.param("由江城日报社主办的影视博览会今天举行签约仪式，共有52家企业的37个项目签约，总金额达180亿元。", "2019-04-02",
                 [{"type": "project_signing", "count": 37, "company": None, "investment": 1.8e10}],
                 id="an-organiser-is-no-builder"),
    pytest.param("奠基仪式上，共有17个项目开工，6个项目揭牌。", "2019-04-02",
                 [{"type": "project_start", "count": 17}], id="the-count-before-the-trigger-wins"),
    pytest.param("澄江石化扩能改造项目全面启动", "2019-04-02",
                 [{"type": "project_start", "trigger": "启动", "project": "澄江石化扩能改造项目"}],
                 id="a-project-launched-as-a-whole"),
    pytest.param("闽南“6.18”暴雨灾后重建工作今天全面启动。", "2019-04-02",
                 [{"type": "project_start", "trigger": "启动", "date": "2019-04-02"}],
                 id="a-reconstruction-launched-as-a-whole"),
    pytest.param("江北省防沙工程首批11个重点项目昨天（4月1日）全面启动，总投资42.6亿元。", "2019-04-02",
                 [{"type": "project_start", "trigger": "启动", "count": 11, "investment": 4.26e9}],
                 id="a-batch-launched-as-a-whole"),
    pytest.param("为期两天的消费帮扶活动今天开幕，19家央企现场签约。", "2019-04-02",
                 [{"type": "project_signing", "count": 19, "date": "2019-04-02"}], id="central-enterprises-counted"),
    pytest.param("青禾市今天还进行了26个合作项目的签约仪式，签约总额达380亿元。", "2019-04-02",
                 [{"type": "project_signing", "count": 26, "investment": 3.8e10, "date": "2019-04-02"}],
                 id="a-signing-ceremony-carried-out"),
    pytest.param("今天，江城集中签约动工320多个重点项目。", "2019-04-02",
                 [{"type": "project_signing", "count": 320}, {"type": "project_start", "count": 320}],
                 id="signed-and-started-share-the-count-after"),
]

NEGATIVES = [
    pytest.param("江城市贫困家庭助学项目今天启动，每名学生可获资助2000元。", id="a-programme-launched"),
    pytest.param("这个海上风电项目总投资额约80亿元，从项目启动到签约只用了4个月。", id="a-span-from-launch"),
    pytest.param("江北省今天启动了乡村书屋工程。", id="a-programme-without-an-investment"),
    pytest.param("今年，江北省医共体建设试点全面启动。", id="a-pilot-launched-as-a-whole"),
    pytest.param("今年村村通网这一民生工程在江北全面启动。", id="a-programme-launched-somewhere"),
]

PLANS = [
    pytest.param("江南省将与多家央企签署合作协议，并和省内各市签署产业项目协议近70项。", id="a-plan-goes-on-after-bing-he"),
    pytest.param("论坛将发布新一代机器人产品，重点签约40多个智能制造项目。", id="a-plan-goes-on-after-an-adverb"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_classes(text, published, expected):
    assert_events(text, published, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_start(text):
    assert [e for e in extract(text, "2019-04-02") if e["type"] == "project_start"] == []


def test_an_agreement_reached_without_cooperation_is_no_signing():
    assert extract("两国外长今天就边境停火达成协议。", "2019-04-02") == []


def test_an_amount_glued_to_projects_is_no_count():
    found = extract("今天（3月5日），青禾生态农业示范区超百亿项目同步开工。", "2019-04-02")
    assert [(e["type"], e["count"]) for e in found] == [("project_start", None)]


def test_central_enterprises_signed_with_are_no_count():
    assert [e["count"] for e in extract("滨江省与近40家央企签署合作协议", "2019-04-02")] == []


def test_a_trade_value_is_no_total():
    found = extract("本届交易会签约项目52个，交易额达120亿元。", "2019-04-02")
    assert [(e["type"], e["count"], e["investment"]) for e in found] == [("project_signing", 52, None)]


@pytest.mark.parametrize("text", PLANS)
def test_plans_are_no_events(text):
    assert extract(text, "2019-04-02") == []
