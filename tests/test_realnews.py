"""The real-news harness (benchmarks/realnews.py): its fixed split and its scoring rules.

The scoring tests use invented values; the split tests that need the gold ids skip without ../shared.
"""

import json
from collections import Counter
from types import SimpleNamespace

import pytest

from zhqx.types import Quantity
from repo_modules import load


def _harness():
    return load("benchmarks/realnews.py", "realnews_benchmark")


rn = _harness()


# -- the split --------------------------------------------------------------------------------------

def test_split_is_disjoint_and_sized():
    parts = rn.split()
    look, heldout = set(parts["look"]), set(parts["heldout"])
    assert len(look) == len(parts["look"]) == 60 and len(heldout) == len(parts["heldout"]) == rn.HELDOUT_SIZE
    assert not look & heldout


def test_make_split_depends_on_the_seed_only():
    ids = [f"x{i:03d}" for i in range(90)]
    first = rn.make_split(ids)
    assert rn.make_split(reversed(ids)) == first  # order of the input does not matter
    assert rn.make_split(ids, seed=rn.SEED + 1) != first
    assert sorted(first["look"] + first["heldout"]) == ids


def test_split_is_the_seeded_split_of_the_gold_ids(shared):
    gold = shared / "data" / "realnews" / "gold.jsonl"
    ids = [json.loads(line)["id"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(ids) == 90
    assert rn.make_split(ids) == rn.split()
    assert json.loads(rn.SPLIT_FILE.read_text(encoding="utf-8"))["seed"] == rn.SEED


# -- normalizing values -----------------------------------------------------------------------------

def _money(text, value, low=None):
    return Quantity(text=text, start=0, end=len(text), kind="money", value=value,
                    low=value if low is None else low, high=value, unit="CNY")


@pytest.mark.parametrize("value", [
    72300000.0, 72304999.0, _money("7230万元", 72300000.0), {"text": "7230万元", "value": 72300000.0, "low": 72300000.0},
    {"text": "7230万至8000万元", "value": None, "low": 72300000.0},
])
def test_money_is_compared_to_ten_thousand_yuan(value):
    assert rn.normalize("investment", value) == 7230


def test_money_that_differs_by_ten_thousand_yuan_differs():
    assert rn.normalize("investment", 72300000.0) != rn.normalize("annual_output", 72310000.0)


@pytest.mark.parametrize("gold, predicted, same", [
    ("2012-10-27", "10-27", True),
    ("2012-10-27", "2013-10-27", True),
    ("2012-10-27", "2012-10-28", False),
    ("2012-05", "2012-05", True),
    ("2012-05", "05", False),
    ("2014", "2014", True),
    ("2014", "2015", False),
])
def test_dates_compare_on_month_day_where_a_day_is_given(gold, predicted, same):
    assert (rn.normalize("date", gold) == rn.normalize("date", predicted)) is same


@pytest.mark.parametrize("value", ["星湖经开区", SimpleNamespace(text="星湖经开区", start=3, end=8, label="PARK"),
                                   {"text": "星湖经开区", "start": 3, "end": 8, "label": "PARK"}])
def test_mentions_strings_and_dicts_give_the_same_text(value):
    assert rn.normalize("park", value) == "星湖经开区"


# -- scoring ----------------------------------------------------------------------------------------

def _event(**roles):
    return {"type": "project_start", "trigger": "开工", **roles}


def test_event_triples_count_each_role_with_multiplicity():
    events = [_event(project="甲项目", count=None), _event(project="甲项目", date="2020-03-05")]
    found = rn.event_triples(events)
    assert found[("project_start", "project", "甲项目")] == 2
    assert found[("project_start", "trigger", "开工")] == 2
    assert ("project_start", "date", "03-05") in found
    assert not any(key[1] == "count" for key in found)


def test_event_triples_read_objects_and_dicts_alike():
    mention = SimpleNamespace(text="蓝鲸公司", start=0, end=4, label="ORG")
    as_object = SimpleNamespace(type="settlement", trigger="落户", project=None, park=None, company=mention,
                                investment=_money("3亿元", 3e8), annual_output=None, count=None, date="2020-03")
    as_dict = {"type": "settlement", "trigger": {"text": "落户"}, "company": {"text": "蓝鲸公司"},
               "investment": {"text": "3亿元", "value": 3e8, "low": 3e8}, "date": "2020-03"}
    assert rn.event_triples([as_object]) == rn.event_triples([as_dict])


def test_score_events_separates_triggers_types_and_roles():
    gold = rn.event_triples([_event(project="甲项目", park="A园", investment=3e8),
                             {"type": "settlement", "trigger": "入驻", "park": "A园", "count": 12}])
    predicted = rn.event_triples([_event(project="甲项目", park="B园", investment=3.00001e8),
                                  {"type": "settlement", "trigger": "落户", "park": "A园", "count": 12},
                                  {"type": "resumption", "trigger": "复工", "count": 5}])
    scores = rn.score_events([(gold, predicted)])
    assert (scores["arguments"]["hits"], scores["arguments"]["predicted"], scores["arguments"]["gold"]) == (4, 6, 5)
    assert (scores["triggers"]["hits"], scores["triggers"]["predicted"], scores["triggers"]["gold"]) == (1, 3, 2)
    assert scores["by_role"]["park"]["hits"] == 1 and scores["by_role"]["park"]["gold"] == 2
    assert scores["by_type"]["resumption"]["p"] == 0.0 and scores["by_type"]["resumption"]["gold"] == 0
    assert scores["by_type"]["settlement"]["f1"] == 1.0
    assert scores["arguments"]["f1"] == pytest.approx(2 * (4 / 6) * (4 / 5) / (4 / 6 + 4 / 5))


def test_score_entities_uses_distinct_pairs_per_item():
    gold_1 = rn.entity_pairs([{"text": "央视网", "label": "ORG"}, {"text": "A园", "label": "PARK"},
                              {"text": "张三", "label": "PERSON"}])
    predicted_1 = rn.entity_pairs([SimpleNamespace(text="央视网", label="ORG", start=0, end=3),
                                   SimpleNamespace(text="央视网", label="ORG", start=9, end=12),
                                   SimpleNamespace(text="A园", label="ORG", start=4, end=6)])
    gold_2 = rn.entity_pairs([{"text": "央视网", "label": "ORG"}])
    scores = rn.score_entities([(gold_1, predicted_1), (gold_2, set())])
    assert (scores["ORG"]["hits"], scores["ORG"]["predicted"], scores["ORG"]["gold"]) == (1, 2, 2)
    assert (scores["PARK"]["hits"], scores["PARK"]["predicted"], scores["PARK"]["gold"]) == (0, 0, 1)
    assert (scores["ORG+PARK"]["hits"], scores["ORG+PARK"]["predicted"], scores["ORG+PARK"]["gold"]) == (1, 2, 3)


def test_prf_of_nothing_is_zero_not_an_error():
    assert rn.prf(0, 0, 0) == {"p": 0.0, "r": 0.0, "f1": 0.0, "hits": 0, "predicted": 0, "gold": 0}
    assert rn.score_events([(Counter(), Counter())])["arguments"]["f1"] == 0.0


# -- dev sets stored as offsets -------------------------------------------------------------------

devsets = load("benchmarks/devsets.py", "devsets_benchmark")


def test_a_dev_item_is_stored_without_its_text_and_read_back():
    text = "青川高新区华信公司新材料项目今天开工。"
    item = {"id": "u1", "published": "2021-03-06",
            "entities": [{"text": "青川高新区", "label": "PARK"}, {"text": "华信公司", "label": "ORG"}],
            "events": [{"type": "project_start", "trigger": "开工", "project": "华信公司新材料项目", "park": "青川高新区",
                        "company": None, "investment": None, "annual_output": None, "count": None,
                        "date": "2021-03-06"}]}
    stored = devsets.encode(item, text)
    assert not any("\u4e00" <= c <= "\u9fff" for c in json.dumps(stored, ensure_ascii=False))
    assert devsets.decode(stored, text) == {**item, "text": text}


def test_a_dev_item_refuses_a_changed_text_or_a_span_not_in_it():
    item = {"id": "u1", "published": "2021-03-06", "entities": [{"text": "华信公司", "label": "ORG"}], "events": []}
    stored = devsets.encode(item, "华信公司签约。")
    with pytest.raises(devsets.DevSetError, match="changed"):
        devsets.decode(stored, "华信公司签约了。")
    with pytest.raises(devsets.DevSetError, match="does not occur"):
        devsets.encode(item, "青禾公司签约。")


@pytest.mark.parametrize("name, size", [("dev6", 75), ("dev7", 75), ("dev8", 75), ("dev9", 75), ("dev10", 60), ("dev11", 60),
                                        ("dev12", 60), ("dev13", 60), ("dev14", 60), ("dev15", 60),
                                        ("dev16", 60)])
def test_the_stored_dev_sets_fit_the_unlabeled_texts(shared, name, size):
    items = devsets.load(name)
    assert len(items) == size and len({i["id"] for i in items}) == size
    assert all(e["text"] and e["label"] in ("ORG", "PARK") for i in items for e in i["entities"])


def test_the_dev_sets_are_disjoint_and_the_clean_ones_refuse_errors(shared):
    ids = [json.loads(line)["id"] for name in ("dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                                                         "dev13", "dev14", "dev15", "dev16")
           for line in open(devsets.FOLDER / f"{name}.jsonl", encoding="utf-8")]
    assert len(ids) == len(set(ids)) == 720
    for name in devsets.CLEAN:
        with pytest.raises(SystemExit, match="clean"):
            rn.main(["--dev", name, "--errors"])


@pytest.mark.parametrize("argv, parts", [([], ["look"]), (["--heldout"], ["look", "heldout"])])
def test_the_held_out_part_is_scored_only_when_asked(monkeypatch, argv, parts):
    asked = []
    monkeypatch.setattr(rn, "available", lambda: True)
    monkeypatch.setattr(rn, "load_items", lambda part: asked.append(part) or [])
    monkeypatch.setattr(rn, "run", lambda items: [])
    rn.main(argv)
    assert asked == parts
