"""The event reader's gate: a sentence with no trigger, read before any event, is skipped. The triggers come
from the schema the reader is given, so a trigger added to the schema opens the gate for its sentences."""

from dataclasses import replace

from zhqx.entities import find_entities
from zhqx.events import find_events
from zhqx.events.spec import EventRules, EventSchema
from zhqx.numbers.dates import find_dates
from zhqx.numbers.quantities import find_quantities

RULES = EventRules.default()
FIRST = "4月2日，恒远光电显示模组项目在合肥经开区封顶。"  # an invented sentence; 封顶 is no shipped trigger


def _events(text: str, rules: EventRules) -> list[tuple[str, str, str | None]]:
    found = find_events(text, entities=find_entities(text), quantities=find_quantities(text),
                        dates=find_dates(text), published="2022-04-30", rules=rules)
    return [(e.type, e.trigger, e.project.text if e.project else None) for e in found]


def _with_trigger(rules: EventRules, kind: str, word: str, example: str) -> EventRules:
    types = tuple(replace(t, triggers={**t.triggers, word: example}) if t.type == kind else t
                  for t in rules.schema.values())
    return replace(rules, schema=EventSchema(types, rules.schema.version))


def test_the_example_sentence_holds_no_shipped_trigger():
    assert RULES.schema.trigger_pattern.search(FIRST) is None
    assert _events(FIRST, RULES) == []


def test_a_trigger_added_to_a_shipped_type_opens_the_gate_for_its_sentence():
    rules = _with_trigger(RULES, "project_completion", "封顶", FIRST)
    assert _events(FIRST, rules) == [("project_completion", "封顶", "恒远光电显示模组项目")]


def test_a_trigger_of_a_user_type_opens_the_gate_for_its_sentence():
    rules = RULES.extended({"type": "topping_out", "class": "ProjectCompletion", "triggers": {"封顶": FIRST},
                            "roles": ["project", "park", "date"], "requires": [["project"]]})
    assert [event[1:] for event in _events(FIRST, rules)] == [("封顶", "恒远光电显示模组项目")]


def test_a_sentence_without_trigger_after_an_event_is_still_read():
    """After the first event the gate is open: a later sentence gives the event its figures (该项目总投资…)."""
    text = "4月2日，恒远光电显示模组项目在合肥经开区开工。该项目总投资26亿元。"
    found = find_events(text, entities=find_entities(text), quantities=find_quantities(text),
                        dates=find_dates(text), published="2022-04-30")
    assert [(e.type, e.investment.text if e.investment else None) for e in found] == [("project_start", "26亿元")]


def test_a_sentence_without_trigger_naming_a_known_project_is_still_read():
    """A sentence with neither trigger nor figure is read when it names a project: it may give a known project
    its park (X项目位于…); one naming nothing is skipped and changes nothing."""
    text = "4月2日，恒远光电显示模组项目正式开工。天气晴朗。恒远光电显示模组项目位于合肥经开区。"
    found = find_events(text, entities=find_entities(text), quantities=find_quantities(text),
                        dates=find_dates(text), published="2022-04-30")
    assert [(e.type, e.park.text if e.park else None) for e in found] == [("project_start", "合肥经开区")]
