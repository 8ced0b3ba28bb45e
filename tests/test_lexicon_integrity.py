"""The entity and relation lexicons: the check script, leave-one-out (every entry changes its own example) and
user lexicons passed to the entity stage."""

from pathlib import Path

import pytest

from leave_one_out import entity_extraction, owned_by_entities, surviving_mutants
from zhqx.entities import find_entities
from zhqx.lexicon import LEXICON_DIR, Lexicon, Lexicons, default_lexicons
from zhqx.numbers.quantities import find_quantities
from zhqx.relations import find_relations
from repo_modules import load

ROOT = Path(__file__).resolve().parents[1]


def _script():
    return load("scripts/check_lexicons.py", "check_lexicons")


def test_the_shipped_lexicons_pass_the_check(capsys):
    assert _script().main([str(LEXICON_DIR)]) == 0, capsys.readouterr().out


@pytest.mark.parametrize(("content", "problem"), [
    ("word\tsource\texample\n高新区\tx\t高新区\n", "header must start with entry, source, example"),
    ("entry\tsource\texample\n高新区\tx\t昆山高新区\n高新区\tx\t昆山高新区\n", "listed twice"),
    ("entry\tsource\texample\n高新区\tx\t\n", "no example"),
    ("entry\tsource\texample\n高新区\t\t昆山高新区\n", "no source"),
    ("entry\tsource\texample\n高新区\tx\t昆山开发区\n", "does not contain the entry"),
    ("entry\tsource\texample\tnot_after\n局\tx\t市统计局\t长  面\n", "separated by single spaces"),
    ("entry\tsource\texample\n高新区\tx\n", "fields for 3 columns"),
])
def test_the_check_names_each_problem(tmp_path, capsys, content, problem):
    (tmp_path / "bad.tsv").write_text(content, encoding="utf-8")
    assert _script().main([str(tmp_path)]) == 1
    assert problem in capsys.readouterr().out


def test_every_entry_changes_its_own_example():
    lexicons = default_lexicons()
    names = owned_by_entities(lexicons)
    assert len(names) >= 40 and sum(len(lexicons[n]) for n in names) > 1000  # the lexicons are really read
    survivors = list(surviving_mutants(lexicons, names, entity_extraction))
    assert not survivors, f"{len(survivors)} entries whose removal changes nothing on their example: {survivors[:10]}"


def test_leave_one_out_finds_an_entry_its_example_does_not_need():
    lexicons = default_lexicons()
    suffixes = lexicons["park_suffixes"]
    shadowed = Lexicon.from_rows("park_suffixes", [*suffixes.rows, {
        "entry": "产业集聚区", "source": "test", "example": "项目落户许昌经开区尚集产业集聚区。"}])  # 集聚区 covers it
    survivors = list(surviving_mutants(lexicons.replaced(shadowed), ["park_suffixes"], entity_extraction))
    assert [entry for _, entry, _ in survivors] == ["产业集聚区"]


def test_a_user_lexicon_extends_the_entity_stage(tmp_path):
    text = "项目落户青禾湾智算中心。"
    assert find_entities(text) == []
    lexicons = default_lexicons()
    extended = lexicons.replaced(lexicons["park_suffixes"].extended(
        [{"entry": "智算中心", "source": "user", "example": text}]))
    extended.to_disk(tmp_path / "lexicons")
    again = Lexicons.from_disk(tmp_path / "lexicons")
    assert [(e.label, e.text) for e in find_entities(text, lexicons=again)] == [("PARK", "青禾湾智算中心")]
    assert find_entities(text) == []  # the shipped rules are untouched


def test_entity_stage_rejects_a_wrong_rules_object():
    with pytest.raises(TypeError, match="lexicons must be a zhqx.lexicon.Lexicons"):
        find_entities("苏州工业园区", lexicons={"titles": ["主任"]})


@pytest.mark.parametrize(("text", "title"), [
    ("青禾协会理事长张明华出席。", "理事长"),  # the drift of issue 10: relations had its own, shorter title list
    ("省商务厅副厅长谭立恒介绍。", "副厅长"),
])
def test_relations_use_the_entity_stage_titles(text, title):
    entities = find_entities(text)
    relations = find_relations(text, entities=entities, quantities=find_quantities(text))
    assert [(r.type, r.title) for r in relations if r.type == "title_of"] == [("title_of", title)]


def test_a_dateline_is_no_title():
    text = "新华社北京6月22日电记者张明华报道。"
    relations = find_relations(text, entities=find_entities(text), quantities=[])
    assert [r for r in relations if r.type == "title_of" and r.tail.text == "北京"] == []
