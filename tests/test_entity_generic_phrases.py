"""ent-r7: generic phrases ending in an organisation's head are no names; a few bodies written with their owner.

The word lists (kind modifiers, countries, founding verbs, corps heads, oilfield units, common listed short names)
are checked entry by entry by tests/test_lexicon_integrity.py; these are the rules in code.
"""

import pytest

from zhqx.entities import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "ORG"]


@pytest.mark.parametrize(("text", "orgs"), [
    pytest.param("教授在接受本台记者采访时说，", [], id="a-word-before-bentai"),
    pytest.param("，我们来看本台记者发回的报道。", [], id="a-clause-before-bentai"),
    pytest.param("据青川广播台报道，新区开园。", ["青川广播台"], id="a-named-outlet-stays"),
])
def test_the_speakers_own_outlet_names_no_one(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize(("text", "orgs"), [
    pytest.param("，两百个省部级政府网站已整改。", [], id="a-level-of-two-characters"),
    pytest.param("，县级以上政府要负责。", [], id="a-level-of-one-character"),
    pytest.param("，省政府办公厅发布通知。", ["省政府办公厅"], id="a-bare-province-and-its-office"),
])
def test_administrative_levels_name_no_body(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize(("text", "orgs"), [
    pytest.param("，青川防疫队和武警救援大队完成任务。", [], id="two-teams-joined"),
    pytest.param("，青川市海洋与渔业局发布通知。", ["青川市海洋与渔业局"], id="two-fields-of-one-body"),
])
def test_a_field_ending_like_a_body_joins_no_body(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize(("text", "orgs"), [
    pytest.param("，叙利亚外交部发表声明。", ["叙利亚外交部"], id="a-country-and-its-ministry"),
    pytest.param("，建成一所高水平研究型大学。", [], id="a-kind-of-university"),
    pytest.param("，中国石油青川油田产量创新高。", ["中国石油青川油田"], id="an-oil-company-and-its-oilfield"),
])
def test_lexicon_classes_in_sentences(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize(("text", "orgs"), [
    # ent-r8: a kind word right before a head of kinds (三甲|医院, 定点|医院) names a kind whatever stands before it: a
    # place, a glued word, a whole clause (lexicon kind_head_ends); a name's own words before the head keep it
    pytest.param("，这里一直以公立医院为主。", [], id="a-glued-word-then-a-kind"),
    pytest.param("，改变了青川片区缺少三甲医院的局面。", [], id="a-clause-then-a-kind"),
    pytest.param("，患者被送往青川市发热筛查定点医院。", [], id="a-field-then-a-kind"),
    pytest.param("，病房原来按综合性医院设计。", [], id="a-preposition-then-a-kind"),
    pytest.param("，青川市中西医结合医院接诊。", ["青川市中西医结合医院"], id="a-named-hospital"),
])
def test_a_kind_word_before_its_head_names_a_kind(text, orgs):
    assert _orgs(text) == orgs
