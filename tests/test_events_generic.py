"""One unnamed facility of a kind that names no project elsewhere (lexicon event_facility_heads: 园区, 小区, 场地,
仓库), marked as one by a demonstrative, a count of one or a 的-modifier, is the project of the start or the
completion it is the subject or the object of, as written (zhqx.events.generic; NOTES n120). All sentences are
invented."""

import pytest

from zhqx import extract
from zhqx.events import EventRules


def _events(text):
    return [(e.type, e.trigger, e.project.text if e.project else None)
            for e in extract(text, published="2022-05-10").events]


@pytest.mark.parametrize("text, expected", [
    # every row of event_facility_heads, with its own example
    *((row["example"], None) for row in EventRules.default().lexicons["event_facility_heads"].rows),
    ("2019年底，这个总投资2.35亿元的风电园区在湖西滩建成，用于发电。", ("project_completion", "建成", "风电园区")),
    ("今年，总投资2亿多元的安置房小区交付使用，老王一家住了进去。", ("project_completion", "交付使用", "安置房小区")),
    ("在社区的协调下，设在菜场旁边的一个健身活动场地已经开工，居民很高兴。", ("project_start", "开工", "健身活动场地")),
    ("今年，这片占地80亩的露天训练场地已经开工，年底完工。", ("project_start", "开工", "露天训练场地")),
    ("近两年，镇里建起全市唯一一家设在村里的冷链物流仓库。", ("project_completion", "建起", "冷链物流仓库")),  # the object
    ("近两年，桐溪镇建起了一个冷链物流仓库。", ("project_completion", "建起", "冷链物流仓库")),
])
def test_one_unnamed_facility_is_the_project(text, expected):
    events = _events(text)
    assert len(events) == 1 and events[0][2] is not None
    if expected:
        assert events == [expected]


@pytest.mark.parametrize("text", [
    "两年后桐溪村将建成一个占地500亩的物流园区。",  # a plan
    "今年，这个青禾物流园区建成后将带动就业。",  # a time, not the happening
    "今年，镇里要求这个物流园区尽快开工。",  # a request
    "桐溪村是去年刚刚建成的一个协作示范园区。",  # 建成的X describes X
    "近两年，桐溪镇建起冷链物流仓库。",  # no marker of one facility: the kind alone
])
def test_no_event_of_one_unnamed_facility(text):
    assert all(project is None for _, _, project in _events(text)) or _events(text) == []
    assert not any(project and project.endswith(("园区", "仓库")) for _, _, project in _events(text))


def test_a_count_in_the_clause_is_an_aggregate_not_one_facility():
    assert _events("去年，多个安置房小区已经交付使用。") == [("project_completion", "交付使用", None)]
