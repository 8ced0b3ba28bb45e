"""National institutions named by the short forms the press uses (lexicon national_bodies, editorial rows): each
row's invented example names it as an ORG, and the boundary guards keep ordinary words that contain a short form
(人行道, 加工行业, 其中建成) from becoming names."""

import pytest

from zhqx.entities import entity_mentions, find_entities
from zhqx.lexicon import default_lexicons

EDITORIAL = [row for row in default_lexicons()["national_bodies"].rows if row["source"].startswith("editorial")]


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "ORG"]


@pytest.mark.parametrize("row", EDITORIAL, ids=[row["entry"] for row in EDITORIAL])
def test_an_editorial_row_names_its_entry_in_its_example(row):
    found = [e for e in find_entities(row["example"]) if e.label == "ORG"]
    assert any(row["entry"] in e.text for e in found), (row["example"], found)


@pytest.mark.parametrize("text", [
    "行人走上人行道，再过人行横道。", "石油加工行业和施工行为受到规范。", "其中建成住房800套，老中建交已久。",
    "泰国航空和韩国航空增开航线，共和国航道法通过。", "第一汽车制造厂扩产。", "其中铝材出口增长。",
    "全市集中粮食收购，其中铁路运输占三成。", "其中冶金行业回暖。", "空中行走表演吸引游客，途中行驶平稳。",
    "新建行政中心，外交行动频繁。", "山东航空和广东航空增开航班。", "进出口行业回暖，关口行人增多。",
    "国土部门和劳动部门联合检查，电力部件供应充足。",
])
def test_guards_keep_ordinary_words_that_contain_a_short_form(text):
    assert _orgs(text) == []


@pytest.mark.parametrize("text, orgs", [
    ("农发行、进出口行和国开行向青川县发放贷款。", ["农发行", "进出口行", "国开行"]),
    ("工行、农行、中行、建行和交行下调利率。", ["工行", "农行", "中行", "建行", "交行"]),
    ("中国信保为青禾公司出口提供保险。", ["中国信保", "青禾公司"]),
    ("中铁大桥局承建的青川大桥合龙。", ["中铁大桥局"]),
    ("国家卫生计生委和质检总局联合发布公告。", ["国家卫生计生委", "质检总局"]),
])
def test_the_press_short_forms_are_names(text, orgs):
    assert _orgs(text) == orgs


def test_a_listed_national_body_is_a_name_after_a_glued_word():
    assert _orgs("该处遗址经国家文物局认定为重点保护单位。") == ["国家文物局"]  # known: 经 is no boundary


@pytest.mark.parametrize("text, orgs", [
    ("中央组织部、人社部等五部门联合印发通知。", ["中央组织部", "人社部"]),  # ent-r4o: central Party departments
    ("中央社会工作部近日部署推广社区经验。", ["中央社会工作部"]),  # not 中央社 (a news agency)
    ("青禾论坛由中共中央对外联络部、中共青州市委主办。", ["中共中央对外联络部", "中共青州市委"]),
    ("中央追逃办近日公布两名外逃人员的线索。", ["中央追逃办"]),
])
def test_central_party_departments_are_names(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("那部纪录片是中央军委政治工作部组织摄制的。", ["中央军委政治工作部"]),  # 部|组织: a verb, not a second head
    ("由科技部火炬中心组织评选的名单公布。", ["科技部火炬中心"]),
    ("有关司局负责人介绍了情况。", []),  # two one-character heads: units in general
])
def test_a_verb_after_a_unit_head_is_no_second_head(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("记者从中国铁路郑州局集团有限公司获悉，春运客流创新高。", ["中国铁路郑州局集团有限公司"]),  # ent-r4o
    ("记者从国铁兰州局了解到，货运量增长一成。", ["国铁兰州局"]),
    ("中共青州市委召开全会。", ["中共青州市委"]),
])
def test_the_railway_prefix_is_part_of_its_regional_group(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [  # ent-units2: an academy followed by its institute is one name
    ("中科院南宁自动化研究所发布成果。", ["中科院南宁自动化研究所"]),  # attached prefix (自 stops a unit's name)
    ("中国科学院南宁天文台发布观测结果。", ["中国科学院南宁天文台"]),  # unit head with its academies
    ("中国科学院国家天文台发布观测结果。", ["中国科学院国家天文台"]),  # two national bodies joined
    ("中科院南宁分院今天揭牌。", ["中科院南宁分院"]),
    ("中科院南宁光电材料实验室发布成果。", ["中科院南宁光电材料实验室"]),
])
def test_an_academy_and_its_institute_are_one_name(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [  # ent-units2: a joiner between them makes two names
    ("中科院和南宁自动化研究所签约。", ["中科院", "南宁自动化研究所"]),
    ("中科院与南宁光电材料研究所签约。", ["中科院", "南宁光电材料研究所"]),
    ("中科院、南宁光电材料研究所签约。", ["中科院", "南宁光电材料研究所"]),
])
def test_an_academy_joined_to_an_institute_stays_apart(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [  # ent-units2: short forms of ministries the press uses
    ("退役军人部今天发布通知。", ["退役军人部"]),
    ("工业信息化部今天发布通知。", ["工业信息化部"]),
    ("国合署今天发布通知。", ["国合署"]),
    ("社保基金理事会今天发布年报。", ["社保基金理事会"]),
])
def test_ministries_short_forms_are_names(text, orgs):
    assert _orgs(text) == orgs


def test_the_academy_opening_a_facility_s_name_is_part_of_it():  # ent-units2: 中国科学院 is a company-like body
    found = [(e.text, e.label) for e in entity_mentions("在中国科学院南宁空间实验运行中心，科研人员调试设备。")]
    assert ("中国科学院", "ORG") not in found
