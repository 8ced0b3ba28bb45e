"""zhqx.relations: table-driven cases, negatives and the Relation round trip."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhqx.entities import find_entities
from zhqx.quantities import find_quantities, parse_quantity
from zhqx.relations import find_relations
from zhqx.types import Entity, Relation


def relations(text: str) -> list[tuple]:
    found = find_relations(text, entities=find_entities(text), quantities=find_quantities(text))
    for r in found:
        assert text[r.head.start:r.head.end] == r.head.text and text[r.tail.start:r.tail.end] == r.tail.text
    return [(r.type, r.head.text, r.tail.text, r.title) for r in found]


CASES = [
    pytest.param(
        "3月6日，总投资20亿元的常州西太湖科技产业园在常州武进高新区签约落户。",
        [("investment_of", "20亿元", "常州西太湖科技产业园", None)],
        id="amount-of-a-park-project",
    ),
    pytest.param(
        "苏州工业园区管委会副主任陈立明表示，将优化营商环境。",
        [("part_of", "苏州工业园区管委会", "苏州工业园区", None),
         ("title_of", "陈立明", "苏州工业园区管委会", "副主任")],
        id="person-title-organization",
    ),
    pytest.param(
        "江苏华源芯片有限公司2019年入驻无锡高新区太湖智造园，主要从事功率芯片设计。",
        [("located_in", "江苏华源芯片有限公司", "无锡高新区", None),
         ("located_in", "江苏华源芯片有限公司", "太湖智造园", None)],
        id="company-settles-in-nested-parks",
    ),
    pytest.param(
        "位于合肥高新区的安徽科讯电子有限公司已全面复工。",
        [("located_in", "安徽科讯电子有限公司", "合肥高新区", None)],
        id="company-located-in-park",
    ),
    pytest.param(
        "常州市市场监管局武进分局开展食品安全检查。",
        [("part_of", "常州市市场监管局武进分局", "常州市", None)],
        id="nested-government-body-part-of-city",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relations(text, expected):
    assert relations(text) == expected


NEGATIVES = [
    pytest.param("江苏华源芯片有限公司与无锡高新区签约，共建联合实验室。", id="signing-is-no-location"),
    pytest.param("江苏华源芯片有限公司成立五年，去年落户无锡高新区。", id="clause-break"),
    pytest.param("总投资20亿元，常州西太湖科技产业园开工。", id="amount-not-attached"),
    pytest.param("苏州华星光电有限公司开展员工培训。", id="a-company-named-after-a-city-is-no-part"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text):
    assert relations(text) == []


_entities = st.builds(
    lambda text, label, start: Entity(text=text, label=label, start=start, end=start + len(text)),
    st.text(min_size=1, max_size=6), st.sampled_from(["ORG", "PARK", "GPE", "PERSON"]), st.integers(0, 500),
)
_nodes = st.one_of(_entities, st.builds(lambda n: parse_quantity(f"{n}亿元"), st.integers(1, 999)))


@given(st.sampled_from(["investment_of", "title_of", "located_in", "part_of"]), _nodes, _nodes,
       st.one_of(st.none(), st.text(max_size=4)))
def test_round_trip(kind, head, tail, title):
    relation = Relation(type=kind, head=head, tail=tail, title=title)
    data = relation.to_dict()
    assert isinstance(data["head"], dict) and isinstance(data["tail"], dict)
    assert Relation.from_dict(data) == relation


def test_from_dict_rejects_unknown_keys():
    data = Relation(type="part_of", head=parse_quantity("1亿元"), tail=parse_quantity("2亿元")).to_dict()
    with pytest.raises(ValueError, match="allowed keys"):
        Relation.from_dict(data | {"score": 1.0})
