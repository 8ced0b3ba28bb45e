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
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_settlement_cases(text, expected):
    found = extract(text, "2021-05-06")
    assert [_shown(e, want) for e, want in zip(found, expected)] == expected
    assert len(found) == len(expected)
