"""Starts written with 启动 and the figures of a start (issue 12), each with invented sentences: 建设 / 改造 launched
with adverbs between (改造正式启动, 建设已提前启动), a 配套 works as a lead's subject, a counted batch of 工程 or
power lines launched, 启动全面建设 (NOTES n091), and the next sentence opening with bare 工程 for the one works named
before; a single 工程 that only opens a longer phrase (一项大型的工程——…), programmes, a pilot's 建设, bus lines and
工程机械 are not."""

import pytest

from test_events import assert_events, extract

CASES = [
    pytest.param("2010年，滨江县老城区危房改造正式启动，目前核心区改造已完成八成。", "2019-04-02",
                 [{"type": "project_start", "trigger": "启动", "project": "滨江县老城区危房改造", "date": "2010"}],
                 id="a-renovation-launched-with-an-adverb"),
    pytest.param("青禾港区配套道路建设已提前启动。", "2019-04-02",
                 [{"type": "project_start", "trigger": "启动", "project": "青禾港区配套道路建设"}],
                 id="construction-launched-ahead-of-time"),
    pytest.param("今天，青禾镇生态配套建设正式启动。", "2019-04-02",
                 [{"type": "project_start", "trigger": "启动", "project": "青禾镇生态配套建设", "date": "2019-04-02"}],
                 id="supporting-works-are-no-dwellings"),
    pytest.param("我国四条跨省输水工程同时启动", "2019-04-02",
                 [{"type": "project_start", "trigger": "启动", "project": None, "count": 4}],
                 id="a-counted-batch-of-works-launched"),
    pytest.param("今天，江北省两条输电线路同步启动。", "2019-04-02",
                 [{"type": "project_start", "trigger": "启动", "count": 2, "date": "2019-04-02"}],
                 id="counted-power-lines-launched"),
    pytest.param("我国四条跨省输水工程均已启动", "2019-04-02",  # launches._ADVERBS: one list before 启动
                 [{"type": "project_start", "trigger": "启动", "project": None, "count": 4}],
                 id="a-counted-batch-launched-after-any-adverb-of-the-list"),
    pytest.param("今年3月，青禾科学城南片区启动全面建设。", "2019-04-02",
                 [{"type": "project_start", "trigger": "启动", "project": "青禾科学城南片区", "date": "2019-03"}],
                 id="full-construction-launched"),
    pytest.param("今天（5月8日），青禾新区东南围堤正式开工建设。工程全长18公里，投资12.5亿元，预计年底建成。", "2019-05-08",
                 [{"type": "project_start", "trigger": "开工", "project": "青禾新区东南围堤", "investment": 1.25e9,
                   "date": "2019-05-08"}],
                 id="bare-works-opening-the-next-sentence"),
]

NO_START = [
    pytest.param("一项大型的工程——江城新区建设开始启动。", id="one-works-opening-a-longer-phrase"),
    pytest.param("江北省今天启动了两项乡村书屋工程。", id="programmes-launched-as-objects"),
    pytest.param("今天，江北省3条公交线路同时启动。", id="bus-lines-launched"),
    pytest.param("今天，青禾港区智慧码头试点建设正式启动。", id="a-pilot-construction-launched"),
    pytest.param("今天，青禾港区智慧码头试点建设已相继启动。", id="a-pilot-launched-after-any-adverb-of-the-list"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_classes(text, published, expected):
    assert_events(text, published, expected)


@pytest.mark.parametrize("text", NO_START)
def test_no_start(text):
    assert [e for e in extract(text, "2019-04-02") if e["type"] == "project_start"] == []


def test_construction_machinery_is_no_works():
    found = extract("今天，青禾大桥正式开工建设。工程机械企业总投资5亿元。", "2019-04-02")
    assert [(e["type"], e["investment"]) for e in found if e["type"] == "project_start"] == [("project_start", None)]
