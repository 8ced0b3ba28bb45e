"""The components' scorers: spaCy's Language.evaluate / Pipe.score on Examples."""

import pytest
from spacy.training import Example

from scripts.corpus import read_fixture_articles
from zhqx.pipeline.scoring import gold_example, score_entities, score_events

TEXT = "昆山高新区与中关村管委会签约，总投资72.3亿元。"
PARK, ORG = {"start": 0, "end": 5, "label": "PARK"}, {"start": 6, "end": 12, "label": "ORG"}


def example(nlp, entities=(), events=None, predicted_entities=(), predicted_events=None):
    """A gold Example whose predicted Doc is set by hand, so the expected scores are known."""
    eg = gold_example(nlp, TEXT, entities=entities, events=events)
    other = gold_example(nlp, TEXT, entities=predicted_entities, events=predicted_events).reference
    return Example(other, eg.reference)


def test_entities_per_label_by_character_offsets(nlp):
    shifted_org = {**ORG, "start": 7}
    scores = score_entities([example(nlp, [PARK, ORG], predicted_entities=[PARK, shifted_org])])
    assert scores["ents_per_type"]["PARK"] == {"p": 1.0, "r": 1.0, "f": 1.0}
    assert scores["ents_per_type"]["ORG"] == {"p": 0.0, "r": 0.0, "f": 0.0}
    assert (scores["ents_p"], scores["ents_r"]) == (0.5, 0.5)
    only_parks = score_entities([example(nlp, [PARK, ORG], predicted_entities=[PARK, shifted_org])], entity_labels=["PARK"])
    assert set(only_parks["ents_per_type"]) == {"PARK"} and only_parks["ents_f"] == 1.0


def test_events_per_role_quantities_by_value(nlp):
    gold = [{"type": "project_signing", "trigger": "签约", "park": "昆山高新区", "count": 6,
             "investment": {"value": 7230000000.0, "unit": "CNY", "text": "72.3亿元"}}]
    found = [{"type": "project_signing", "trigger": "签约", "sentence": [0, 24], "park": "昆山高新区", "count": None,
              "company": "中关村管委会", "investment": {"text": "72.3亿元", "value": None, "low": 7230000000.0}}]
    scores = score_events([example(nlp, events=gold, predicted_events=found)])
    roles = scores["events_per_role"]
    assert roles["investment"]["f"] == roles["park"]["f"] == roles["trigger"]["f"] == 1.0
    assert roles["count"] == {"p": 0.0, "r": 0.0, "f": 0.0} and roles["company"]["p"] == 0.0
    assert "sentence" not in roles
    assert (scores["events_p"], scores["events_r"]) == (pytest.approx(2 / 3), pytest.approx(2 / 3))  # trigger apart


def test_language_evaluate_scores_fixture_articles_per_label_and_role(nlp):
    articles = [a for a in read_fixture_articles("dev") if a["events"]][:3]
    examples = [gold_example(nlp, a["text"], entities=a["entities"], events=a["events"], published=a["published"])
                for a in articles]
    scores = nlp.evaluate(examples)
    gold_labels = {e["label"] for a in articles for e in a["entities"]}
    gold_roles = {role for a in articles for event in a["events"] for role, v in event.items() if v and role != "type"}
    assert gold_labels <= set(scores["ents_per_type"]) and gold_roles <= set(scores["events_per_role"])
    assert scores["ents_p"] < 1.0 and "MONEY" in scores["ents_per_type"]  # the fixtures annotate no numbers
    for eg in examples:  # Language.evaluate worked on copies
        eg.predicted = nlp(eg.predicted)
    annotated = nlp.get_pipe("zhqx_entities").score(examples, entity_labels=gold_labels)
    assert set(annotated["ents_per_type"]) == gold_labels and annotated["ents_f"] > 0.9
    annotated = nlp.get_pipe("zhqx_events").score(examples, roles=gold_roles)
    assert set(annotated["events_per_role"]) <= gold_roles and annotated["events_f"] > 0.9
    perfect = [gold_example(nlp, a["text"], entities=a["entities"], events=a["events"]) for a in articles]
    for eg in perfect:
        eg.predicted = eg.reference
    assert nlp.get_pipe("zhqx_events").score(perfect)["events_f"] == 1.0
