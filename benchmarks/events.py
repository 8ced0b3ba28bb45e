"""DuEE-style argument-level scores of event extraction on real news and the gold fixtures.

Real-news dev (the headline, through ``zhqx.extract`` with ``published``): the look part of
../shared/data/realnews, and with --heldout its held-out part (scored once per revision, never read for errors); split
and scoring (money to 1万元, dates on month-day) in ``realnews.py``. The fixtures are scored as below.

A hit is an (event type, role, value) triple found in both the gold and the predicted events of one
article, counted with multiplicity. Money is compared by its value in yuan (the low end of a range),
dates as the strings given (so on their own precision), everything else exactly. Triggers are scored
the same way as (type, "trigger", word) but kept out of the argument figures.

    python benchmarks/events.py                       # real-news look, fixtures dev and heldout, then speed
    python benchmarks/events.py --heldout             # also the real-news held-out part (once per revision)
    python benchmarks/events.py --split dev --errors  # tune on dev: also its misses and false hits
    python benchmarks/events.py --rules               # the pure-Python chain without spaCy (same figures)

``score(articles, extract)`` takes any ``extract(text, published) -> list[event dict]``.
Speed: docs/s and chars/s of ``zhqx.extract_many`` with n_process 1 and 2 over the seed article and
every fixture text, repeated (--repeat), median of --runs runs.
"""

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zhqx  # noqa: E402
from scripts.corpus import read_fixture_articles, shared_dir  # noqa: E402
from zhqx.numbers.dates import find_dates  # noqa: E402
from zhqx.entities import entity_mentions  # noqa: E402
from zhqx.events import find_events  # noqa: E402
from zhqx.numbers.quantities import find_quantities  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realnews  # noqa: E402  (benchmarks/realnews.py)

ROLES = ("project", "park", "company", "investment", "annual_output", "count", "date")


def _value(role: str, value):
    if isinstance(value, dict) and "label" in value:  # a mention (project, park, company): its text
        return value["text"]
    if isinstance(value, dict):  # money: compared in yuan
        amount = value.get("value")
        return round(value["low"] if amount is None else amount, 2)
    return value


def triples(events: Iterable[dict]) -> Counter:
    """The (type, role, value) triples of a list of event dicts, triggers included."""
    found = Counter()
    for event in events:
        for role in ("trigger", *ROLES):
            value = event.get(role)
            if value is not None:
                found[event["type"], role, _value(role, value)] += 1
    return found


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(articles: Iterable[dict], extract: Callable[[str, str | None], list[dict]]) -> dict:
    """P/R/F1 of ``extract`` on ``articles``: ``arguments`` (all roles but the trigger), ``triggers``,
    ``by_type`` and ``by_role`` (arguments), each a dict with p, r, f1, hits, predicted, gold; and
    ``errors``: per article id, the (missed, spurious) triples."""
    tallies: dict[str, Counter] = {}
    errors = {}

    def add(key: str, gold: Counter, predicted: Counter) -> None:
        tally = tallies.setdefault(key, Counter())
        tally["hits"] += sum((gold & predicted).values())
        tally["gold"] += sum(gold.values())
        tally["predicted"] += sum(predicted.values())

    for article in articles:
        gold = triples(article["events"])
        predicted = triples(extract(article["text"], article.get("published")))
        errors[article["id"]] = (gold - predicted, predicted - gold)
        def part(counter, keep):
            return Counter({k: v for k, v in counter.items() if keep(k)})
        add("triggers", part(gold, lambda k: k[1] == "trigger"), part(predicted, lambda k: k[1] == "trigger"))
        add("arguments", part(gold, lambda k: k[1] != "trigger"), part(predicted, lambda k: k[1] != "trigger"))
        for kind in {k[0] for k in gold} | {k[0] for k in predicted}:
            keep = lambda k, kind=kind: k[0] == kind and k[1] != "trigger"  # noqa: E731
            add(f"type:{kind}", part(gold, keep), part(predicted, keep))
        for role in ROLES:
            keep = lambda k, role=role: k[1] == role  # noqa: E731
            add(f"role:{role}", part(gold, keep), part(predicted, keep))

    def summary(tally: Counter) -> dict:
        p, r, f1 = _prf(tally["hits"], tally["predicted"], tally["gold"])
        return {"p": p, "r": r, "f1": f1, **tally}

    return {
        "arguments": summary(tallies.get("arguments", Counter())),
        "triggers": summary(tallies.get("triggers", Counter())),
        "by_type": {k[5:]: summary(v) for k, v in sorted(tallies.items()) if k.startswith("type:")},
        "by_role": {k[5:]: summary(v) for k, v in sorted(tallies.items()) if k.startswith("role:")},
        "errors": errors,
    }


def rules(text: str, published: str | None) -> list[dict]:
    """The pure-Python extractor end to end: entities, quantities, dates, then events."""
    events = find_events(
        text, entities=entity_mentions(text), quantities=find_quantities(text),
        dates=find_dates(text, published=published), published=published,
    )
    return [event.to_dict() for event in events]


def pipeline(text: str, published: str | None) -> list[dict]:
    """The product: ``zhqx.extract``."""
    return [event.to_dict() for event in zhqx.extract(text, published=published).events]


def speed(texts: list[str], n_process: int, runs: int) -> tuple[float, float]:
    """Median docs/s and chars/s of ``extract_many`` over ``texts``."""
    n_chars = sum(map(len, texts))
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        for _extraction in zhqx.extract_many(texts, n_process=n_process, batch_size=16):
            pass
        seconds.append(time.perf_counter() - started)
    median = statistics.median(seconds)
    return len(texts) / median, n_chars / median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"), action="append", help="default: both")
    parser.add_argument("--errors", action="store_true", help="print each article's misses and false hits")
    parser.add_argument("--rules", action="store_true", help="score the pure-Python chain instead of zhqx.extract")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=10, help="copies of the speed texts (0: no speed run)")
    parser.add_argument("--heldout", action="store_true", help="also the real-news held-out part (once per revision)")
    args = parser.parse_args()
    if not args.rules:
        realnews.report("events", heldout=args.heldout)
    for split in args.split or ("dev", "heldout"):
        result = score(read_fixture_articles(split), rules if args.rules else pipeline)
        realnews.print_event_scores(f"fixtures {split}: hits/predicted/gold", result)
        if args.errors:
            for article_id, (missed, spurious) in result["errors"].items():
                if missed or spurious:
                    print(article_id, "missed", sorted(missed), "spurious", sorted(spurious))
    if args.repeat:
        texts = [a["text"] for split in ("dev", "heldout") for a in read_fixture_articles(split)]
        seed = shared_dir() / "seed" / "000_bf49702848a3559d.txt"
        if seed.exists():
            texts.append(seed.read_text(encoding="utf-8"))
        texts *= args.repeat
        print(f"\nspeed: extract_many over {len(texts)} articles, {sum(map(len, texts)):,} chars, median of {args.runs}")
        zhqx.load()
        for n_process in (1, 2):
            docs, chars = speed(texts, n_process, args.runs)
            print(f"  n_process={n_process}: {docs:,.1f} docs/s, {chars:,.0f} chars/s")


if __name__ == "__main__":
    main()
