"""The event rules as data: the schema (zhqx/rules/events.json), the modality cues (modality.tsv), user types.

Leave-one-out: removing any trigger word or cue changes the events found in its own example.
"""

import dataclasses
import json
from dataclasses import replace

import pytest

from zhqx.numbers.dates import find_dates
from zhqx.entities import find_entities
from zhqx.events import find_events
from zhqx.events.spec import (
    EventRules,
    EventSchema,
    EventSchemaError,
    EventType,
    read_schema,
)
from zhqx.numbers.quantities import find_quantities
from zhqx.types import EVENT_TYPES

RULES = EventRules.default()
CUES = [row for row in RULES.lexicons["modality"].rows]
WORDS = [(name, row) for name in RULES.lexicons if name.startswith("event_") for row in RULES.lexicons[name].rows]
TRIGGERS = [(kind.type, word, example) for kind in RULES.schema.values() for word, example in kind.triggers.items()]


def events(text: str, rules: EventRules = RULES) -> list[dict]:
    found = find_events(text, entities=find_entities(text), quantities=find_quantities(text),
                        dates=find_dates(text), published="2021-06-30", rules=rules)
    return [{k: v["text"] if k in ("project", "park", "company") and v else v for k, v in e.to_dict().items()}
            for e in found]


def _without_trigger(rules: EventRules, kind: str, word: str) -> EventRules:
    types = tuple(replace(t, triggers={w: e for w, e in t.triggers.items() if w != word},
                          also={w: o for w, o in t.also.items() if w != word}) if t.type == kind else t
                  for t in rules.schema.values())
    return replace(rules, schema=EventSchema(types, rules.schema.version))


@pytest.mark.parametrize("row", CUES, ids=[f"{r['category']}-{r['entry']}" for r in CUES])
def test_removing_a_cue_changes_its_example(row):
    mutant = RULES.with_lexicon(RULES.lexicons["modality"].without(row["entry"]))
    assert events(row["example"]) != events(row["example"], mutant), f"{row['entry']!r} does nothing in its example"


@pytest.mark.parametrize(("name", "row"), WORDS, ids=[f"{name}-{row['entry']}" for name, row in WORDS])
def test_removing_a_word_changes_its_example(name, row):
    mutant = RULES.with_lexicon(RULES.lexicons[name].without(row["entry"]))
    assert row["entry"] in row["example"]
    assert events(row["example"]) != events(row["example"], mutant), f"{row['entry']!r} does nothing in its example"


@pytest.mark.parametrize(("kind", "word", "example"), TRIGGERS, ids=[f"{k}-{w}" for k, w, _ in TRIGGERS])
def test_removing_a_trigger_changes_its_example(kind, word, example):
    found = events(example)
    assert kind in [e["type"] for e in found] and word in [e["trigger"] for e in found]
    assert found != events(example, _without_trigger(RULES, kind, word))


def test_the_schema_lists_the_roles_of_each_result_class():
    for kind in RULES.schema.values():
        fields = {f.name for f in dataclasses.fields(kind.cls)} - {"trigger", "sentence"}
        assert set(kind.roles) == fields, kind.type
    assert list(RULES.schema) == list(EVENT_TYPES)


def test_pseudo_literals_cancel_a_cue():
    assert events("3月1日，华信化工新材料项目将近300人在宁波高新区开工。")  # 将近 is no plan
    assert events("3月1日，华信化工未来工厂项目在宁波高新区开工。")  # 未来 is no negation
    assert not events("3月1日，华信化工新材料项目将在宁波高新区开工。")


UNVEILING = {"type": "unveiling", "description": "A park or project is unveiled (揭牌).",
             "triggers": {"揭牌": "3月1日，华信化工新材料项目在宁波高新区揭牌。"},
             "roles": ["project", "park", "company", "date"], "requires": [["project", "park"]]}


def test_a_user_event_type_is_found_with_the_users_rules(tmp_path):
    text = "3月1日，华信化工新材料项目在宁波高新区揭牌。次日，该项目开工。"
    assert [e["type"] for e in events(text)] == ["project_start"]
    rules = RULES.extended(UNVEILING)
    rules.to_disk(tmp_path / "rules")
    loaded = EventRules.from_disk(tmp_path / "rules")
    for found in (events(text, rules), events(text, loaded)):
        unveiling = found[0]
        assert (unveiling["type"], unveiling["trigger"], unveiling["project"], unveiling["park"], unveiling["date"]) == (
            "unveiling", "揭牌", "华信化工新材料项目", "宁波高新区", "03-01")
        assert [e["type"] for e in found] == ["unveiling", "project_start"]
    assert json.loads((tmp_path / "rules" / "events.json").read_text(encoding="utf-8"))["types"][-1]["type"] == "unveiling"


def test_a_user_type_can_use_modality_and_yields_as_the_shipped_ones():
    rules = RULES.extended(UNVEILING)
    assert events("3月1日，华信化工新材料项目将在宁波高新区揭牌。", rules) == []


@pytest.mark.parametrize(("bad", "message"), [
    ({"type": "Bad Name", "triggers": {"x": "x"}}, "snake_case"),
    ({"type": "unveiling", "triggers": {}}, "triggers"),
    ({"type": "unveiling", "triggers": {"开工": "x"}}, "more than one event type"),
    ({"type": "unveiling", "triggers": {"揭牌": "x"}, "yields_to": ["nothing"]}, "unknown event types"),
])
def test_a_bad_user_type_is_refused_by_name(bad, message):
    with pytest.raises(EventSchemaError, match=message):
        RULES.extended(bad)


def test_the_schema_file_round_trips(tmp_path):
    RULES.to_disk(tmp_path)
    assert read_schema(tmp_path / "events.json") == RULES.schema
    assert EventType.from_dict(RULES.schema["settlement"].to_dict()) == RULES.schema["settlement"]


def test_quanmian_qidong_is_a_start_only_of_construction():
    """全面 is an adverb, no part of the trigger (as the CCTV gold writes it)."""
    assert [e["trigger"] for e in events("3月1日，华信化工新材料项目建设全面启动。")] == ["启动"]
    assert [e["trigger"] for e in events("3月1日，华信化工新材料项目全面启动建设。")] == ["启动"]
    assert events("3月1日，宁波高新区全面启动招商工作。") == []


@pytest.mark.parametrize("text", ["3月1日，甬临输油管线北段建设正式启动。", "甬临引水渠三期工程建设已经启动，年调水量翻番。"])
def test_works_whose_construction_is_formally_launched_start(text):
    """建设正式启动 / 建设已经启动 launch construction as 建设启动 does (the adverb is no part of the trigger)."""
    assert [(e["type"], e["trigger"]) for e in events(text)] == [("project_start", "启动")]


def test_a_doubt_word_in_unpunctuated_text_doubts_its_own_stretch_only():
    """Issue 15: without 。 the whole text was one sentence and one doubt word dropped every event."""
    filler = "园区企业生产经营情况总体良好" * 40  # 560 characters without a sentence end
    text = f"网传甲公司将撤出园区{filler}3月1日华信化工新材料项目在宁波高新区开工"
    assert [(e["type"], e["project"]) for e in events(text)] == [("project_start", "华信化工新材料项目")]
    assert events(f"3月1日华信化工新材料项目在宁波高新区开工的消息不实{filler}") == []



def test_a_park_that_ends_the_text_is_read_without_error():
    """A park named as the project of a segment without a trigger, at the very end of the text."""
    assert events("中关村示范区") == []
    assert events("园区项目集中签约12个。其中，中关村示范区") == events("园区项目集中签约12个。")


def test_an_event_lexicon_without_its_columns_is_refused_by_name():
    cues = RULES.lexicons["event_date_cues"]
    bare = type(cues).from_rows(cues.name, [{k: v for k, v in row.items() if k != "category"} for row in cues.rows])
    with pytest.raises(EventSchemaError, match="event_date_cues.*category"):
        RULES.with_lexicon(bare)


def test_a_trigger_s_second_type_must_be_known_and_the_word_its_own():
    """``also`` (开竣工: a completion that reports a start too) names a known type and a trigger of its own type."""
    completion = RULES.schema["project_completion"]
    for also, message in (({"开竣工": "unveiling"}, "unknown event types"), ({"开工": "project_start"}, "not triggers")):
        with pytest.raises(EventSchemaError, match=message):
            EventSchema(tuple(replace(t, also=also) if t is completion else t for t in RULES.schema.values()))

