"""The real-news development set (``../shared/data/realnews``): its fixed look / held-out split and its scoring.

    python benchmarks/realnews.py                   # look figures, entities and events (while developing)
    python benchmarks/realnews.py --heldout         # also the held-out part: once per revision, never while tuning
    python benchmarks/realnews.py --errors          # the LOOK part's misses and false hits, per item
    python benchmarks/realnews.py --dev dev6        # a dev set of annotated unlabeled items (benchmarks/devsets)

90 CCTV items with gold (``SOURCE.md`` there). ``realnews_split.json`` beside this file fixes which item ids
are looked at while developing (60) and which are scored once per revision and never read for errors (30);
``make_split`` rebuilds it from the sorted ids and its seed. Scoring follows the set's SOURCE.md: entities
as distinct (text, label) pairs per item (ORG, PARK, and both together); events as (type, role, value)
triples counted with multiplicity, money compared to 1万元, dates on month-day where a day is given, the
trigger scored apart from the arguments. Predictions come from ``zhqx.extract(text, published=...)``.
Role values may be plain strings, objects with ``.text`` (mentions) or dicts with ``"text"``; money may be a
number, a ``Quantity`` or its dict. The texts are read from ../shared at run time and never stored here.
"""

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.corpus import shared_dir  # noqa: E402

SPLIT_FILE = Path(__file__).with_name("realnews_split.json")
SEED = 20261204
HELDOUT_SIZE = 30
LABELS = ("ORG", "PARK")
ROLES = ("project", "park", "company", "investment", "annual_output", "count", "date")
_MONEY_ROLES = ("investment", "annual_output")
_TEXT_ROLES = ("trigger", "project", "park", "company")
_DAY = re.compile(r"^(?:\d{4}-)?(\d{2}-\d{2})$")
HELDOUT_TITLE = "held-out (score once per revision)"


def realnews_dir() -> Path:
    """``../shared/data/realnews`` (or under ``$ZHQX_SHARED``)."""
    return shared_dir() / "data" / "realnews"


def available() -> bool:
    """Whether the real-news gold is present (it is not in a fresh clone without ../shared)."""
    return (realnews_dir() / "gold.jsonl").is_file()


def make_split(ids: Iterable[str], seed: int = SEED, heldout_size: int = HELDOUT_SIZE) -> dict[str, list[str]]:
    """The look / held-out split of ``ids``: ``heldout_size`` ids drawn from the sorted ids with ``seed``."""
    ordered = sorted(set(ids))
    heldout = set(random.Random(seed).sample(ordered, heldout_size))
    return {"look": [i for i in ordered if i not in heldout], "heldout": sorted(heldout)}


def split() -> dict[str, list[str]]:
    """The committed split: ``{"look": [...60 ids], "heldout": [...30 ids]}``."""
    data = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    return {"look": data["look"], "heldout": data["heldout"]}


def load_items(part: str | None = None) -> list[dict]:
    """Gold items with their text (``id``, ``published``, ``text``, ``entities``, ``events``), in id order;
    only the ``look`` or ``heldout`` part if given."""
    folder = realnews_dir()
    keep = None if part is None else set(split()[part])
    items = []
    with open(folder / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            if keep is None or item["id"] in keep:
                item["text"] = (folder / "texts" / f"{item['id']}.txt").read_text(encoding="utf-8")
                items.append(item)
    return sorted(items, key=lambda item: item["id"])


# -- normalizing values ----------------------------------------------------------------------------

def _get(record, key: str):
    return record.get(key) if isinstance(record, dict) else getattr(record, key, None)


def _text(value) -> str:
    """A role value as its text: a plain string, a mention's ``.text`` or a dict's ``"text"``."""
    if isinstance(value, dict):
        return value["text"]
    return getattr(value, "text", value)


def _money(value) -> int:
    """Money in units of 1万元 (rounded): a number in yuan, a Quantity or its dict (value, else low end)."""
    if not isinstance(value, (int, float)):
        amount = _get(value, "value")
        value = _get(value, "low") if amount is None else amount
    return round(value / 1e4)


def _date(value: str) -> str:
    """Month-day when a day is given (``2012-10-27`` and ``10-27`` -> ``10-27``), else as written."""
    match = _DAY.match(value)
    return match.group(1) if match else value


def normalize(role: str, value):
    """The comparable form of one role value."""
    if role in _MONEY_ROLES:
        return _money(value)
    if role in _TEXT_ROLES:
        return _text(value)
    if role == "date":
        return _date(value)
    return value


def event_triples(events: Iterable) -> Counter:
    """The (type, role, value) triples of events (objects or dicts), triggers included, with multiplicity."""
    found = Counter()
    for event in events:
        for role in ("trigger", *ROLES):
            value = _get(event, role)
            if value is not None:
                found[_get(event, "type"), role, normalize(role, value)] += 1
    return found


def entity_pairs(entities: Iterable) -> set[tuple[str, str]]:
    """Distinct (text, label) pairs of the ORG and PARK entities (objects or dicts)."""
    return {(_text(e), _get(e, "label")) for e in entities if _get(e, "label") in LABELS}


# -- scoring ---------------------------------------------------------------------------------------

def prf(hits: int, predicted: int, gold: int) -> dict:
    """P, R, F1 and the three counts (0.0 where a denominator is 0)."""
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "hits": hits, "predicted": predicted, "gold": gold}


def _tally(tallies: dict, key: str, gold: Counter, predicted: Counter) -> None:
    tally = tallies.setdefault(key, Counter())
    tally["hits"] += sum((gold & predicted).values())
    tally["gold"] += sum(gold.values())
    tally["predicted"] += sum(predicted.values())


def _part(counter: Counter, keep: Callable) -> Counter:
    return Counter({key: n for key, n in counter.items() if keep(key)})


def score_entities(pairs: Iterable[tuple[set, set]]) -> dict:
    """P/R/F1 per label and for ``ORG+PARK`` over (gold pairs, predicted pairs) per item."""
    tallies: dict[str, Counter] = {}
    for gold, predicted in pairs:
        gold, predicted = Counter(gold), Counter(predicted)
        for label in LABELS:
            keep = lambda key, label=label: key[1] == label  # noqa: E731
            _tally(tallies, label, _part(gold, keep), _part(predicted, keep))
        _tally(tallies, "ORG+PARK", gold, predicted)
    return {key: prf(t["hits"], t["predicted"], t["gold"]) for key, t in sorted(tallies.items())}


def score_events(triples: Iterable[tuple[Counter, Counter]]) -> dict:
    """``arguments`` (every role but the trigger), ``triggers``, ``by_type`` and ``by_role`` (arguments)
    over (gold triples, predicted triples) per item."""
    tallies: dict[str, Counter] = {}
    for gold, predicted in triples:
        is_trigger = lambda key: key[1] == "trigger"  # noqa: E731
        _tally(tallies, "triggers", _part(gold, is_trigger), _part(predicted, is_trigger))
        gold, predicted = _part(gold, lambda k: not is_trigger(k)), _part(predicted, lambda k: not is_trigger(k))
        _tally(tallies, "arguments", gold, predicted)
        for kind in {key[0] for key in gold} | {key[0] for key in predicted}:
            keep = lambda key, kind=kind: key[0] == kind  # noqa: E731
            _tally(tallies, f"type:{kind}", _part(gold, keep), _part(predicted, keep))
        for role in ROLES:
            keep = lambda key, role=role: key[1] == role  # noqa: E731
            _tally(tallies, f"role:{role}", _part(gold, keep), _part(predicted, keep))
    summary = {key: prf(t["hits"], t["predicted"], t["gold"]) for key, t in sorted(tallies.items())}
    empty = prf(0, 0, 0)
    return {
        "arguments": summary.get("arguments", empty),
        "triggers": summary.get("triggers", empty),
        "by_type": {key[5:]: s for key, s in summary.items() if key.startswith("type:")},
        "by_role": {key[5:]: s for key, s in summary.items() if key.startswith("role:")},
    }


# -- running zhqx ----------------------------------------------------------------------------------

def run(items: list[dict]) -> list:
    """``zhqx.extract(text, published=...)`` of each item."""
    import zhqx

    return [zhqx.extract(item["text"], published=item["published"]) for item in items]


def entity_scores(items: list[dict], extractions: list) -> dict:
    return score_entities((entity_pairs(item["entities"]), entity_pairs(x.entities)) for item, x in zip(items, extractions))


def event_scores(items: list[dict], extractions: list) -> dict:
    return score_events((event_triples(item["events"]), event_triples(x.events)) for item, x in zip(items, extractions))


def _line(label: str, s: dict) -> str:
    return f"  {label:<20} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  ({s['hits']}/{s['predicted']}/{s['gold']})"


def print_entities(title: str, scores: dict) -> None:
    """One line per label: P, R, F1 (hits/predicted/gold)."""
    print(f"real-news {title}: entities as distinct (text, label) per item, hits/predicted/gold")
    for label in (*LABELS, "ORG+PARK"):
        print(_line(label, scores.get(label, prf(0, 0, 0))))


def print_events(title: str, scores: dict) -> None:
    print_event_scores(f"real-news {title}: (type, role, value) triples, hits/predicted/gold", scores)


def print_event_scores(heading: str, scores: dict) -> None:
    """Arguments, triggers, then each type and each role."""
    print(heading)
    print(_line("arguments", scores["arguments"]))
    print(_line("triggers", scores["triggers"]))
    for kind, s in scores["by_type"].items():
        print(_line(kind, s))
    for role, s in scores["by_role"].items():
        print(_line(role, s))


def report(*kinds: str, heldout: bool = False) -> None:
    """Print the look figures, then with ``heldout`` the held-out part's (the headline, scored once per revision),
    for each of ``kinds`` (``entities``, ``events``); a message instead when ../shared is absent."""
    if not available():
        print(f"real-news: skipped, {realnews_dir()} not found (set ZHQX_SHARED)\n")
        return
    titles = {"look": f"look ({len(split()['look'])} items)",
              "heldout": f"{HELDOUT_TITLE} ({len(split()['heldout'])} items)"}
    for part in ("look", "heldout") if heldout else ("look",):
        title = titles[part]
        items = load_items(part)
        extractions = run(items)
        if "entities" in kinds:
            print_entities(title, entity_scores(items, extractions))
            print()
        if "events" in kinds:
            print_events(title, event_scores(items, extractions))
            print()


def _print_errors(items: list[dict]) -> None:
    """Per item (the look part's, or a dev set's that may be read): entity and event triples missed (-) and false
    (+). Never the held-out part."""
    for item, extraction in zip(items, run(items)):
        gold, predicted = entity_pairs(item["entities"]), entity_pairs(extraction.entities)
        gold_events, predicted_events = event_triples(item["events"]), event_triples(extraction.events)
        print(f"== {item['id']} ({item['published']})")
        for pair in sorted(gold - predicted):
            print("  - ent", *pair)
        for pair in sorted(predicted - gold):
            print("  + ent", *pair)
        for triple in sorted((gold_events - predicted_events).elements(), key=str):
            print("  - evt", *triple)
        for triple in sorted((predicted_events - gold_events).elements(), key=str):
            print("  + evt", *triple)


def _dev(name: str, errors: bool) -> None:
    """Figures (or, for a set that may be read, the misses) of dev set ``name``."""
    sys.path.insert(0, str(Path(__file__).parent))  # devsets.py, beside this file
    import devsets

    if errors and name in devsets.CLEAN:
        sys.exit(f"{name} is a clean check: its misses are not to be read (devsets/README.md)")
    try:
        items = devsets.load(name)
    except devsets.DevSetError as error:
        sys.exit(f"real-news dev set: {error}")
    if errors:
        _print_errors(items)
        return
    extractions = run(items)
    title = f"dev set {name} ({len(items)} unlabeled items)"
    print_entities(title, entity_scores(items, extractions))
    print()
    print_events(title, event_scores(items, extractions))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="the look part's misses and false hits")
    parser.add_argument("--heldout", action="store_true",
                        help="also the held-out part's figures (once per revision; never while tuning)")
    parser.add_argument("--dev", metavar="NAME", help="a dev set of annotated unlabeled items (benchmarks/devsets)")
    args = parser.parse_args(argv)
    if not available():
        print(f"real-news: skipped, {realnews_dir()} not found (set ZHQX_SHARED)")
        return
    if args.dev:
        _dev(args.dev, args.errors)
        return
    if args.errors:
        _print_errors(load_items("look"))
        return
    report("entities", "events", heldout=args.heldout)


if __name__ == "__main__":
    main()
