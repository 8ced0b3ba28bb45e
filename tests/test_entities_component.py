import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from zhqx.pipeline.entities import EntityTagger
from zhqx.pipeline.numbers import NumberFinder

TEXT = "2月21日,总投资150亿元的无锡先导集成电路装备与材料产业园在无锡高新区签约落户。中关村管委会主任翟立新表示,员工返岗率达80%。"


@pytest.fixture(scope="module")
def run():
    numbers, entities = NumberFinder(), EntityTagger()
    return lambda doc: entities(numbers(doc))


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_names_and_numbers_become_doc_ents(nlp, run):
    found = ents(run(nlp.make_doc(TEXT)))
    for expected in [
        ("无锡先导集成电路装备与材料产业园", "PARK"),
        ("无锡高新区", "PARK"),
        ("中关村管委会", "ORG"),
        ("翟立新", "PERSON"),
        ("150亿元", "MONEY"),
        ("80%", "PERCENT"),
        ("2月21日", "DATE"),
    ]:
        assert expected in found


def test_only_the_longest_name_is_an_entity(nlp, run):
    found = ents(run(nlp.make_doc(TEXT)))
    assert ("中关村", "PARK") not in found
    assert ("管委会", "ORG") not in found


def test_entity_inside_a_badly_cut_token_is_split_out(nlp, run):
    words = ["位于昆山高", "新区的昆山丘钛微电子科技", "有限公司总经理王健强说"]
    doc = run(Doc(nlp.vocab, words=words, spaces=[False] * 3))
    assert ("昆山高新区", "PARK") in ents(doc)
    assert ("昆山丘钛微电子科技有限公司", "ORG") in ents(doc)
    assert ("王健强", "PERSON") in ents(doc)


def test_offsets_are_character_offsets_into_the_text(nlp, run):
    doc = run(nlp.make_doc(TEXT))
    for entity in doc.ents:
        assert TEXT[entity.start_char : entity.end_char] == entity.text


def test_text_without_names_has_no_named_entities(nlp, run):
    assert ents(run(nlp.make_doc("要做好企业服务,帮助企业解决实际困难。"))) == []


@given(st.text(alphabet=st.sampled_from(list("上海市昆山高新区有限公司管委会主任王强发自在的记者12.3亿元%年月日,。 ?\n")), max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_valid_entities(text):
    import zhqx

    doc = zhqx.load()(text)
    assert doc.text == text
    for entity in doc.ents:
        assert text[entity.start_char : entity.end_char] == entity.text


def test_a_company_inside_a_project_name_is_no_entity_but_stays_in_the_project():
    import zhqx

    result = zhqx.extract("5月8日，星澜科技有限公司年产5万吨电池项目在青湖经济开发区开工。")
    assert "星澜科技有限公司" not in [e.text for e in result.entities]
    assert [(e.project.text, e.company) for e in result.events] == [("星澜科技有限公司年产5万吨电池项目", None)]
