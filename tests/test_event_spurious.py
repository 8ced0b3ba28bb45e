"""Spurious events (issue 12, ev-prec): a plan for a later year, the same happening written twice in a
headline and its body, and the members of a batch named in a mere list are no events of their own, and money
spent is no total, nor is a push toward a start or completion or a time frame after one; each class with
invented sentences."""

import pytest

from test_events import assert_events

LATER_YEARS = [
    pytest.param("今天（3月1日），青江市数据局印发方案，提出到2029年累计建成智慧工厂120个以上。", "2024-03-01", [],
                 id="a-target-for-a-later-year"),
    pytest.param("临川港区扩建方案近日印发：2027年，临川港区二期工程全面建成。", "2024-03-01", [],
                 id="a-later-year-fronting-its-clause"),
    pytest.param("青江港物流枢纽仍在施工，力争年底前封顶，明年二季度竣工。", "2024-03-01", [],
                 id="next-year"),
    pytest.param("2030年第2届青江运动会主场馆开工\n今天（3月1日），青江运动会主场馆开工。", "2024-03-01",
                 [{"type": "project_start", "date": "2024-03-01"}], id="a-year-in-an-event-name-is-no-plan"),
    pytest.param("2023年，青江市共有120个项目建成投产。", "2024-03-01",
                 [{"type": "project_completion", "count": 120, "date": "2023"}], id="an-earlier-year-reports"),
]


@pytest.mark.parametrize(("text", "published", "expected"), LATER_YEARS)
def test_a_later_year_is_a_plan(text, published, expected):
    assert_events(text, published, expected)


HEADLINES = [
    pytest.param("临川新区60多家科技企业现场签约\n今天（3月1日），青湖科技园产业发展大会在临川新区举办，60多家科技企业现场签约。",
                 "2024-03-01", [{"type": "project_signing", "park": "临川新区", "count": 60}],
                 id="the-headline-park-is-the-venue-in-the-body"),
    pytest.param("临川自贸港80个项目集中开工\n今天（3月1日），临川自由贸易港建设第三批80个项目集中开工，为临川自贸港建设注入动力。", "2024-03-01",
                 [{"type": "project_start", "park": "临川自由贸易港", "count": 80}], id="the-body-park-before-its-trigger-stays"),
]


@pytest.mark.parametrize(("text", "published", "expected"), HEADLINES)
def test_headline_and_body_are_one_happening(text, published, expected):
    assert_events(text, published, expected)


LISTS = [
    pytest.param("今天，青江县10万头肉牛养殖项目和临川冷链物流中心项目集中开工，总投资近8亿元。", "2024-03-01",
                 [{"type": "project_start", "project": None, "count": 2, "investment": 8e8}],
                 id="a-batch-of-two-named-is-one-aggregate"),
    pytest.param("今天，青江县10万头肉牛养殖项目和临川冷链物流中心项目分别开工。", "2024-03-01",
                 [{"type": "project_start", "project": "青江县10万头肉牛养殖项目"},
                  {"type": "project_start", "project": "临川冷链物流中心项目"}], id="each-starting-on-its-own"),
]


@pytest.mark.parametrize(("text", "published", "expected"), LISTS)
def test_a_batch_listed_by_name_makes_no_members(text, published, expected):
    assert_events(text, published, expected)


SPENT = [
    pytest.param("2023年，青江市共有120个工业项目开工，当年完成总投资逾700亿元。", "2024-03-01",
                 [{"type": "project_start", "count": 120, "investment": None}], id="completed-total-investment"),
    pytest.param("2023年，青江市共有110个民生项目开工，完成年度计划投资815亿元。", "2024-03-01",
                 [{"type": "project_start", "count": 110, "investment": None}], id="completed-planned-investment"),
    pytest.param("2023年，青江市共有110个民生项目开工，总投资815亿元。", "2024-03-01",
                 [{"type": "project_start", "count": 110, "investment": 8.15e10}], id="a-total-stays"),
]


@pytest.mark.parametrize(("text", "published", "expected"), SPENT)
def test_money_spent_is_no_total(text, published, expected):
    assert_events(text, published, expected)


EFFORTS = [
    pytest.param("会议要求，抓紧推动12个已批复水利项目全面开工。", "2024-03-01", [], id="a-start-pushed-for"),
    pytest.param("青江市全力推进8项重大工程如期投产。", "2024-03-01", [], id="a-completion-pushed-for"),
    pytest.param("专项资金支持的120个灌区改造项目开工率已达九成。", "2024-03-01", [{"type": "project_start", "count": None}],
                 id="a-measure-in-a-modifier-stays"),
    pytest.param("青江市用十天时间帮助青禾制药集团建成医用口罩生产线。", "2024-03-01",
                 [{"type": "project_completion", "company": "青禾制药集团"}], id="help-given-reports-it"),
]


@pytest.mark.parametrize(("text", "published", "expected"), EFFORTS)
def test_an_effort_is_no_start_or_completion(text, published, expected):
    assert_events(text, published, expected)


TIME_FRAMES = [
    pytest.param("青川铁路通车10年，累计运送旅客3亿人次。", "2024-03-01", [], id="years-since"),
    pytest.param("青川城际铁路开通运营九年多来，带动了沿线发展。", "2024-03-01",  # a frame since it reports it (dev gold)
                 [{"type": "project_completion", "project": "青川城际铁路", "date": None}], id="years-and-more-since"),
    pytest.param("青江大学新校区项目开工第一年仅支出1400万元。", "2024-03-01", [], id="the-first-year"),
    pytest.param("青江大学新校区项目开工于2023年，总投资5亿元。", "2024-03-01",
                 [{"type": "project_start", "project": "青江大学新校区项目"}], id="a-year-it-happened-in"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TIME_FRAMES)
def test_a_time_frame_is_no_happening(text, published, expected):
    assert_events(text, published, expected)
