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
    pytest.param("这是位于青川的临湖数字软件园。\n园区设立以来，配套建起了学校和医院。截至目前，累计吸引甲讯、乙度等870多家企业进驻。",
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
