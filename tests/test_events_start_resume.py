"""Starts and resumptions as published reports write them (issue 12), each with invented sentences: counts after
a long or listed noun phrase, works counted by 条, enterprises by 户, 恢复营业, enterprises reported as opened
again outside a park, a share of capacity resumed, 签约或动工, 开工奠基 and 开工复工 written whole, 恢复施工 of a project; efforts (推动, 加紧) and
dwellings are no events."""

import pytest

from test_events import assert_events, extract

CASES = [
    pytest.param("2019年，江南省开建亿元以上重大文化旅游项目近90个，累计总投资约600亿元。", "2020-01-10",
                 [{"type": "project_start", "count": 90, "investment": 6e10}], id="a-count-after-a-long-noun-phrase"),
    pytest.param("去年，全区开工建设农村道路、饮水改造、危房改造等民生项目2870个。", "2020-01-10",
                 [{"type": "project_start", "count": 2870}], id="a-count-after-a-listed-noun-phrase"),
    pytest.param("今天，宁夏送往湖南、江西的两条特高压电力通道开工。", "2020-01-10",
                 [{"type": "project_start", "count": 2}], id="channels-counted-by-tiao"),
    pytest.param("近日，滨海市同时开工了9所中小学校。", "2020-01-10",
                 [{"type": "project_start", "count": 9}], id="a-count-after-le-before-its-head"),
    pytest.param("本届博览会签订了26个产业合作项目，总投资达430亿元。", "2020-01-10",
                 [{"type": "project_signing", "count": 26, "investment": 4.3e10}], id="signed-le-a-count-of-projects"),
    pytest.param("在政策推动下，江城高新区28个项目集中开工。", "2020-01-10",
                 [{"type": "project_start", "count": 28}], id="driven-by-policy-is-no-effort"),
    pytest.param("截至3月5日，全区复工企业达到43户。", "2020-03-06",
                 [{"type": "resumption", "count": 43, "date": "2020-03-05"}], id="enterprises-counted-by-hu"),
    pytest.param("江城市826家商贸企业已陆续恢复营业。", "2020-03-06",
                 [{"type": "resumption", "trigger": "恢复营业", "count": 826}], id="opening-for-business-again"),
    pytest.param("3月5日，江城市召开新闻发布会。目前，全市规上工业企业已全部复工。", "2020-03-06",
                 [{"type": "resumption", "count": None}], id="enterprises-reported-as-opened-again-outside-a-park"),
    pytest.param("日前，在苏州无锡两地，48个长三角建设项目签约或动工，总投资近520亿元。", "2020-01-10",
                 [{"type": "project_signing", "count": 48, "investment": 5.2e10},
                  {"type": "project_start", "count": 48, "investment": 5.2e10}], id="signed-or-started-is-two-events"),
    pytest.param("目前，江城市九成以上产能已实现复产。", "2020-03-06",
                 [{"type": "resumption", "count": None}], id="a-share-of-capacity-resumed-is-a-rate"),
    pytest.param("今天，柳岸智能制造产业园项目正式开工奠基。", "2021-06-08",
                 [{"type": "project_start", "trigger": "开工奠基"}], id="two-start-verbs-are-one-trigger"),
    pytest.param("6月3日，柳岸高新区36个重点项目开工复工。", "2021-06-08",
                 [{"type": "resumption", "trigger": "开工复工", "count": 36}], id="started-or-resumed-is-one-resumption"),
    pytest.param("近日，桐溪大桥项目全面恢复施工。", "2020-03-06",
                 [{"type": "resumption", "trigger": "恢复施工", "count": None}], id="works-resumed-on-a-project"),
]

NEGATIVES = [
    pytest.param("3月5日，江城市出台十条措施，推动全市1200家规上企业复工复产。", id="an-effort-to-resume"),
    pytest.param("3月1日，江城市320家企业正加紧复工复产。", id="hurrying-to-resume"),
    pytest.param("3月5日，江城市召开新闻发布会。目前，全市规上工业企业正逐步复工。", id="resuming-gradually-summarises"),
    pytest.param("五年来，江北省棚改工程开工建设房屋86.3万套，完成投资1200亿元。", id="dwellings-started"),
    pytest.param("全省渔民上岸安居工程已开工5.2万户。", id="households-started"),
    pytest.param("江城市简化审批流程，让项目落地快、开工快。", id="starting-fast-is-a-quality"),
    pytest.param("论坛上，双方代表签署了12项合作成果文件。", id="documents-signed-are-no-projects"),
    pytest.param("像这样的社区书屋，甬江市已经建成了26家。", id="reading-rooms-built-are-no-aggregate"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_classes(text, published, expected):
    assert_events(text, published, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_events(text):
    assert [e for e in extract(text, "2020-03-06") if e["count"] or e["type"] in ("resumption", "project_start")] == []
