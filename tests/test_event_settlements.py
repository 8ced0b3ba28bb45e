"""Settlements as real news reports them (issue 12): a signing that is a settlement too, counted settlers drawn
to the park a report is about. Invented sentences."""

import pytest

from test_events import _shown, extract

CASES = [
    pytest.param("3月5日，总投资60多亿元的9个重点项目签约入驻临川高新区。",
                 [{"type": "project_signing", "trigger": "签约", "park": "临川高新区", "count": 9, "investment": 6e9},
                  {"type": "settlement", "trigger": "入驻", "park": "临川高新区", "count": 9, "investment": 6e9}],
                 id="signed-and-settled-is-two-events"),  # dev gold u00718, u00903
    pytest.param("3月5日，鸿川银行等6家金融机构签约进驻临川金融港开发区。",
                 [{"type": "project_signing", "trigger": "签约", "count": 6},
                  {"type": "settlement", "trigger": "进驻", "park": "临川金融港开发区", "count": 6}],
                 id="signed-and-moved-in-takes-the-signings-count"),
    pytest.param("3月5日，总投资60多亿元的9个重点项目签约落户临川高新区。",
                 [{"type": "project_signing", "trigger": "签约落户", "park": "临川高新区", "count": 9}],
                 id="signed-to-settle-is-one-signing"),  # CONVENTIONS: 签约落户 is a signing
    pytest.param("近年来，临川县治理河道，并通过打造临川湾现代渔业产业园，实现了绿色发展。目前，已经吸引18家养殖企业和研究所入驻。",
                 [{"type": "settlement", "trigger": "入驻", "park": "临川湾现代渔业产业园", "count": 18}],
                 id="counted-settlers-go-to-the-park-of-the-paragraph"),  # dev gold u01235
    pytest.param("2019年，青禾化工有限公司整体搬迁到了距离江边两公里之外的临川高新区。",
                 [{"type": "settlement", "trigger": "搬迁", "park": "临川高新区", "company": "青禾化工有限公司"}],
                 id="moved-to-a-park-described-on-the-way"),  # dev gold u00921
]

NEGATIVES = [
    pytest.param("临川县推出了云川人才产业园区专场招聘会。截至目前，招聘平台入驻企业3150家。",
                 id="a-park-inside-a-name-is-no-topic"),
    pytest.param("临川湾现代渔业产业园，占地3000亩。临川湾现代渔业产业园，已建成标准厂房12栋，可容纳40家企业入驻。",
                 id="capacity-in-the-park-of-the-paragraph-is-no-settlement"),
    pytest.param("临川县打造了临川湾现代渔业产业园，又建成江北物流园。目前，已经吸引18家企业入驻。",
                 id="two-parks-in-the-paragraph-give-none"),
    pytest.param("其中，青禾电子项目签约落户临川高新区，总投资12亿元。全县全年新入驻企业215家。",
                 id="settlers-of-the-whole-county-are-no-parks"),  # fixture 108: 全区新入驻企业
    pytest.param("2019年，青禾化工有限公司整体搬迁到了距离江边两公里之外的临川县城。",
                 id="moved-to-a-town-is-no-settlement"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_settlement_negatives(text):
    assert [e for e in extract(text, "2021-05-06") if e["type"] == "settlement"] == []


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_settlement_cases(text, expected):
    found = extract(text, "2021-05-06")
    assert [_shown(e, want) for e, want in zip(found, expected)] == expected
    assert len(found) == len(expected)
