"""Signings reported by their total amount (zhqx.events.totals), with invented sentences."""

import pytest

from test_events import assert_events

TOTALS = [
    pytest.param("今天，第五届青商大会在临川召开，会上共有36个重大项目签约，金额超320亿元，涵盖汽车、医药等领域。", "2020-05-01",
                 [{"type": "project_signing", "count": 36, "investment": 3.2e10}], id="a-bare-amount-opening-the-clause-after"),
    pytest.param("800多位专家与甬州高校签订合作协议，签约重大项目58个、金额96.5亿元，涉及电子信息等领域。", "2020-05-01",
                 [{"type": "project_signing", "count": 58, "investment": 9.65e9}], id="a-bare-amount-after-the-count"),
    pytest.param("第五届东川博览会今天在临川闭幕，共有800家企业参展，签约金额380.5亿元。", "2020-05-01",
                 [{"type": "project_signing", "trigger": "签约", "project": None, "count": None, "investment": 3.805e10,
                   "date": None}], id="a-fair-s-amount-signed-is-an-aggregate"),
    pytest.param("首届甬商大会今天在宁波举行，招商引资签约总额已超千亿元人民币。", "2020-05-01",
                 [{"type": "project_signing", "investment": 1e11}], id="a-total-with-its-verb-of-amount"),
    pytest.param("甲市推行新的投融资模式，签约项目总投资960亿元中社会投资过半。", "2020-05-01",
                 [{"type": "project_signing", "project": None, "investment": 9.6e10}],
                 id="the-projects-signed-and-their-total"),
    pytest.param("临川动漫节今天闭幕，达成合作意向300个，现场签约金额超过1.5亿元人民币。", "2020-05-01",
                 [{"type": "project_signing", "count": None, "investment": 1.5e8}],
                 id="the-intentions-before-are-not-its-count"),
    pytest.param("东川博览会签约金额230亿元，共签约项目45个。", "2020-05-01",
                 [{"type": "project_signing", "count": 45, "investment": 2.3e10}],
                 id="the-count-after-is-the-same-aggregate"),
    pytest.param("东川博览会集中签订了87个合作项目，总签约金额逾700亿元人民币。其中，本地企业投资签约额达到12亿美元。",
                 "2020-05-01", [{"type": "project_signing", "trigger": "集中签订", "count": 87, "investment": 7e10}],
                 id="a-share-of-the-total-is-no-second-event"),
    pytest.param("第三届中国—欧盟博览会签约项目投资总额超900亿元\n本届博览会期间，共签订投资合作项目130个，总投资额912亿元。",
                 "2020-05-01", [{"type": "project_signing", "company": None, "count": 130, "investment": 9.12e10}],
                 id="a-name-inside-the-fair-s-is-no-party"),
    pytest.param("甬城集中签约28个重大项目 签约额960.5亿\n甬城28个重大项目昨天（4月30日）集中签约，签约额960.5亿元，项目涉及新材料等领域。\n",
                 "2020-05-01", [{"type": "project_signing", "trigger": "集中签约", "count": 28, "investment": 9.605e10,
                                 "date": "2020-04-30"}], id="a-headline-s-amount-noun-is-its-signing-s"),
    pytest.param("甬江农产品交易会今天闭幕，采购商云集，贸易签约额达36亿元。", "2020-05-01", [], id="trade-signed-is-no-project"),
    pytest.param("航展上，成交各型飞机90架，签约总金额达到260亿元。", "2020-05-01", [], id="a-purchase-before-is-no-project"),
    pytest.param("东川水果博览会近日开幕，展会突出实效性，签约项目金额近60亿元。", "2020-05-01",
                 [{"type": "project_signing", "investment": 6e9}], id="the-amount-of-the-projects-signed"),
    pytest.param("乙银行今天与甲集团在京签署总额为500亿元人民币的授信协议。", "2020-05-01", [],
                 id="the-amount-of-an-agreement-signed-is-no-total"),
    pytest.param("本届博览会意向签约金额230亿元。", "2020-05-01", [], id="an-intended-amount-is-no-signing"),
    pytest.param("东川博览会将于明天开幕，预计签约金额超百亿元。", "2020-05-01", [], id="an-expected-amount-is-a-plan"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TOTALS)
def test_totals(text, published, expected):
    assert_events(text, published, expected)
