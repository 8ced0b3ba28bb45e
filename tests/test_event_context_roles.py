"""Park and company roles read from the context of the trigger (issue 12: roles in a neighbouring sentence, park
context), each class with invented sentences."""

import pytest

from test_events import assert_events

CASES = [
    pytest.param("今天，青岭送临湖800千伏直流输电工程正式投运，每年可向临湖新区输送50亿度清洁电能。", "2022-06-08",
                 [{"type": "project_completion", "project": "青岭送临湖800千伏直流输电工程", "park": None}],
                 id="a-park-receiving-what-is-sent-is-not-where-it-happens"),
    pytest.param("同日，日本丸正精工株式会社向青湖开发区内的一家合资企业增资3000万美元。", "2022-06-08",
                 [{"type": "investment", "park": "青湖开发区"}], id="a-recipient-inside-the-park-is-in-the-park"),
    pytest.param("昨天，甬山智能仓储中心建成启用，可为滨江经开区的企业提供服务。", "2022-06-08",
                 [{"type": "project_completion", "park": "滨江经开区"}],
                 id="a-park-qualifying-a-noun-after-wei-is-still-read"),
    pytest.param("今天，青川数字经济论坛暨临湖未来科技城产业发展大会在甬州新区举办，60多家企业现场签约。", "2022-06-08",
                 [{"type": "project_signing", "park": "甬州新区"}], id="a-park-naming-a-meeting-is-not-its-venue"),
    pytest.param("临湖生态示范区合作伙伴大会昨天在甬州召开，8个合作项目现场签约。", "2022-06-08",
                 [{"type": "project_signing", "count": 8, "park": "临湖生态示范区"}],
                 id="a-park-naming-a-meeting-held-in-a-city-is-its-park"),
    pytest.param("昨天，在东港经济开发区举行的集中开工仪式上，全市26个项目同时开工，其中西岭工业园的智能装备项目总投资10亿元。",
                 "2022-06-08", [{"type": "project_start", "count": 26, "park": "东港经济开发区"},
                                {"type": "project_start", "project": "智能装备项目", "park": "西岭工业园"}],
                 id="a-member-in-its-own-park-is-not-at-the-ceremony-venue"),
    pytest.param("昨天，东港经济开发区26个项目同时开工，其中智能装备项目总投资10亿元。", "2022-06-08",
                 [{"type": "project_start", "count": 26, "park": "东港经济开发区"},
                  {"type": "project_start", "project": "智能装备项目", "park": "东港经济开发区"}],
                 id="a-member-without-a-park-of-its-own-is-in-the-batch-s"),
    pytest.param("另外，临湖科技城在省外建立的首个孵化中心近日在青川市投入运营。", "2022-06-08",
                 [{"type": "project_completion", "park": None}],
                 id="a-park-founding-what-opens-in-another-city-is-not-where-it-happens"),
    pytest.param("临湖生态示范区10个重点项目在甬州青浦、江苏吴江两地开工建设。", "2022-06-08",
                 [{"type": "project_start", "count": 10, "park": "临湖生态示范区"}],
                 id="a-zone-s-projects-in-its-cities-are-the-zone-s"),
    pytest.param("青阳高新区是全省重点开发区，与南湖物流园相邻。今年以来，园区内新开工项目12个。", "2022-06-08",
                 [{"type": "project_start", "count": 12, "park": "青阳高新区"}],
                 id="the-park-anaphor-is-the-subject-of-the-sentence-before"),
    pytest.param("青阳高新区是全省重点开发区。今年，宏达公司入驻南湖物流园，园区内新开工项目12个。", "2022-06-08",
                 [{"type": "settlement", "park": "南湖物流园"}, {"type": "project_start", "count": 12, "park": "南湖物流园"}],
                 id="a-park-named-in-its-own-sentence-is-nearer-than-the-subject"),
    pytest.param("5月6日，鑫达化工年产5万吨新材料项目正式开工。该厂坐落在临川化学工业园，总投资8亿元。", "2022-06-08",
                 [{"type": "project_start", "project": "鑫达化工年产5万吨新材料项目", "park": "临川化学工业园"}],
                 id="the-factory-sits-in-the-park-of-the-start-before"),
    pytest.param("5月6日，鑫达化工年产5万吨新材料项目正式开工。项目位于临川化学工业园，总投资8亿元。", "2022-06-08",
                 [{"type": "project_start", "park": "临川化学工业园"}], id="the-project-lies-in-the-park-of-the-start-before"),
    pytest.param("5月6日，青峪水库枢纽工程正式开工。该工程是国务院确定的重大水利工程之一。", "2022-06-08",
                 [{"type": "project_start", "project": "青峪水库枢纽工程", "company": None}],
                 id="a-government-body-deciding-on-the-project-is-no-company"),
    pytest.param("记者今天（6月8日）从中能建集团获悉，地处澜沧江中游的青峪水电站第三台机组昨天顺利并网发电。", "2022-06-08",
                 [{"type": "project_completion", "project": "青峪水电站第三台机组", "company": "中能建集团"}],
                 id="the-company-a-reporter-learnt-it-from"),
    pytest.param("记者从水利部获悉，青峪水库工程今天开工建设。", "2022-06-08",
                 [{"type": "project_start", "project": "青峪水库工程", "company": None}],
                 id="a-ministry-a-reporter-learnt-it-from-is-no-company"),
    pytest.param("这是位于青川的临湖数字软件园。\n园区设立以来，配套设施日益完善。截至目前，累计吸引甲讯、乙度等870多家企业进驻。",
                 "2022-06-08", [{"type": "settlement", "count": 870, "park": "临湖数字软件园"}],
                 id="settlers-without-a-destination-go-to-the-one-park-of-the-brief"),
    pytest.param("甬州文旅城也在加快建设。\n近年来，甬州通过打造青湾现代渔业产业园等举措推动转型。目前，已经吸引16家养殖企业入驻。",
                 "2022-06-08", [{"type": "settlement", "count": 16, "park": "青湾现代渔业产业园"}],
                 id="settlers-without-a-destination-go-to-the-last-park-of-their-paragraph"),
    pytest.param("杭州浦江新区今年扩建。\n目前，已有60多家企业落户杭州浦江。", "2022-06-08",
                 [{"type": "settlement", "count": 60, "park": "杭州浦江"}], id="a-new-area-written-by-its-stem-is-the-park"),
    pytest.param("在甲州浦江新区，配套持续完善。\n去年，青禾研究院落户浦江。", "2022-06-08",
                 [{"type": "settlement", "company": "青禾研究院", "park": "浦江"}],
                 id="a-new-area-written-by-the-stem-of-its-longer-name-is-the-park"),
    pytest.param("今天，福建自由贸易港首批重点项目集中签约。\n两年来，福建累计开工项目620个，签约项目310个。", "2022-06-08",
                 [{"type": "project_start", "count": 620, "park": None}, {"type": "project_signing", "count": 310, "park": None}],
                 id="a-province-s-figures-are-not-its-zone-s"),
    pytest.param("今天，福建自由贸易港首批重点项目集中签约。\n两年来，福建自由贸易港累计开工项目620个。", "2022-06-08",
                 [{"type": "project_signing", "park": "福建自由贸易港"}, {"type": "project_start", "count": 620, "park": "福建自由贸易港"}],
                 id="the-zone-s-own-figures-are-the-zone-s"),
    pytest.param("这里是福建自由贸易港，两年来，福建的企业在这里开工项目620个。", "2022-06-08",
                 [{"type": "project_start", "count": 620, "park": "福建自由贸易港"}],
                 id="a-province-s-firms-in-the-zone-named-in-the-sentence-are-the-zone-s"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_context_roles(text, published, expected):
    assert_events(text, published, expected, exact=False)


# Figures of the sentence after an event, in a sentence that opens with the event's project by its head or name, or
# with bare 项目 right after an aggregate (zhqx.events.discourse.find_antecedent)
FIGURES = [
    pytest.param("昨天，青峪抽水蓄能电站破土动工。电站总投资约96亿元，共装4台机组。", "2022-06-08",
                 [{"type": "project_start", "project": "青峪抽水蓄能电站", "investment": 9.6e9}],
                 id="the-head-of-the-project-opens-the-next-sentence"),
    pytest.param("今天，甬州到临川的甬临铁路正式开通。铁路全长118公里，客货共线，总投资88.6亿元。", "2022-06-08",
                 [{"type": "project_completion", "project": "甬临铁路", "investment": 8.86e9}],
                 id="the-head-then-other-facts-then-the-total"),
    pytest.param("昨天，青江二桥正式建成。该桥投资约23.5亿元，长4800米。", "2022-06-08",
                 [{"type": "project_completion", "project": "青江二桥", "investment": 2.35e9}],
                 id="this-and-the-last-character-of-the-name"),
    pytest.param("横跨甬江两岸的甬临通道今天开工建设。甬临通道全长18公里，集桥、隧为一体，项目总投资约160亿元。", "2022-06-08",
                 [{"type": "project_start", "project": "甬临通道", "investment": 1.6e10}],
                 id="the-whole-name-opens-the-next-sentence"),
    pytest.param("今天，甬州新材料产业园的柔性屏生产线建成投产。此项目总投资120亿元。", "2022-06-08",
                 [{"type": "project_completion", "project": "柔性屏生产线", "investment": 1.2e10}],
                 id="this-project-is-the-project-before"),
    pytest.param("昨天，临川市126个产业项目同时开工。项目共计投资48.5亿元。", "2022-06-08",
                 [{"type": "project_start", "count": 126, "investment": 4.85e9}],
                 id="bare-project-after-an-aggregate-is-the-aggregate"),
    pytest.param("昨天，甬州举行重点项目推介会，会上18个项目集中签约，投资额达96.2亿元。项目建成后年产值预计为130.5亿元。", "2022-06-08",
                 [{"type": "project_signing", "count": 18, "investment": 9.62e9, "annual_output": 1.305e10}],
                 id="the-output-of-the-aggregate-s-projects"),
    pytest.param("昨天，甬能集团在甲地、乙地同时开工建设青山、白水两座水电站。两座电站装机共150万千瓦，总投资96亿元。",
                 "2022-06-08", [{"type": "project_start", "count": 2, "investment": 9.6e9}],
                 id="the-aggregate-s-count-and-head-open-the-next-sentence"),
    pytest.param("昨天，甬能集团在甲地等地的5座水电站同步开建。这批总投资近300亿元、装机共500万千瓦的电站，预计2031年建成。",
                 "2022-06-08", [{"type": "project_start", "count": 5, "investment": 3e10}], id="this-batch-is-the-aggregate-before"),
    pytest.param("昨天，甬能集团在甲地、乙地同时开工建设青山、白水两座水电站。三座电站总投资96亿元。", "2022-06-08",
                 [{"type": "project_start", "count": 2, "investment": None}], id="another-count-is-another-batch"),
    pytest.param("今天，甬临高速正式通车。甬临高速公路全长75公里，起点位于临川经开区，终点位于甬州。", "2022-06-08",
                 [{"type": "project_completion", "project": "甬临高速", "park": None}],
                 id="a-road-s-starting-point-is-not-its-park"),
]


@pytest.mark.parametrize(("text", "published", "expected"), FIGURES)
def test_figures_of_the_sentence_after(text, published, expected):
    assert_events(text, published, expected, exact=False)


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("临湖数字软件园今年扩建。\n另外，青川市近年来累计吸引430多家企业入驻。", "2022-06-08", [],
                 id="settlers-of-a-city-named-after-the-park-are-not-the-park-s"),
    pytest.param("近年来，甬州市先后建成临湖数字软件园和青湾经济开发区。\n截至目前，累计吸引430多家企业入驻。", "2022-06-08", [],
                 id="settlers-without-a-destination-in-a-brief-of-two-parks"),
    pytest.param("温州新区今年扩建。\n目前，已有60多家企业落户温州。", "2022-06-08", [],
                 id="a-city-with-a-new-area-of-its-name-is-still-a-city"),
])
def test_no_context_park(text, published, expected):
    assert_events(text, published, expected)
