"""Classes of phrasing found in published reports (issue 12), each with invented sentences."""

import pytest

from test_events import _shown, extract

CASES = [
    pytest.param(
        "3月1日，华信化工新材料项目在宁波临港生态城开工。3月5日，落户生态城的企业已达120家。", "2021-06-30",
        [{"type": "project_start", "park": "宁波临港生态城"},
         {"type": "settlement", "park": "宁波临港生态城", "count": 120}],
        id="a-bare-kind-word-names-the-park-of-that-kind",
    ),
    pytest.param(
        "不仅如此，宁波滨海试验区将对新兴产业给予奖励。截至目前，已落地项目18个，总投资额74亿元。", "2021-06-30",
        [{"type": "settlement", "park": "宁波滨海试验区", "count": 18, "investment": 7.4e9}],
        id="a-settlement-without-a-park-settles-in-the-park-the-sentence-before-speaks-of",
    ),
    pytest.param(
        "截至5月中旬，宁波高新区已累计入驻企业86家。", "2021-12-30",
        [{"type": "settlement", "count": 86, "date": "2021"}],
        id="a-total-up-to-part-of-a-month-is-dated-by-its-year",
    ),
]

NEGATIVES = [
    pytest.param("如今，全省规划的30个产业园区已经吸引了2600多家企业入驻。", id="settlement-into-unnamed-parks"),
    pytest.param("截至目前，青州已建成扶贫车间900多个，120多家企业入驻。", id="settlement-into-workshops"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_classes(text, published, expected):
    found = extract(text, published)
    assert [_shown(e, want) for e, want in zip(found, expected)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_events(text):
    assert [e for e in extract(text, "2021-06-30") if e["type"] == "settlement"] == []
