"""Kind phrases are no names (conventions: a name, not a kind): level and scope words before a head of kinds, a
quoted kind of park, a verb before a trade, an idiom ending in 局; names of the same shape stay."""

import pytest

from zhqx.entities import find_entities


def names(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label in ("ORG", "PARK")]


@pytest.mark.parametrize("text", [
    "会上，县级医疗集团和省技术创新中心都作了发言。",
    "文件要求各类国家工程（技术）研究中心加快建设。",
    "两地建成多个“飞地园区”等孵化载体。",
    "帮助企业进行智能化改造，给予补贴。",
    "推动浙江乡村振兴开好局，出台措施。",
])
def test_kind_phrases_name_nothing(text):
    assert names(text) == []


@pytest.mark.parametrize("text, name", [
    ("会上，国家杂交小麦工程技术研究中心作了发言。", "国家杂交小麦工程技术研究中心"),
    ("会上，世界白银协会发布报告。", "世界白银协会"),
    ("会上，岚峰集团发布报告。", "岚峰集团"),
    ("青禾县医疗集团挂牌运行。", "青禾县医疗集团"),
])
def test_names_of_the_same_shape_stay(text, name):
    assert name in names(text)
