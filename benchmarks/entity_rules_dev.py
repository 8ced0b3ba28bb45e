"""Entity grammar (zhqx.entities, no model): per-label P/R/F1 on the project's fixtures, and speed.

    python benchmarks/entity_rules_dev.py [--split dev|heldout] [--errors] [--runs 5]

Scores exact spans against ``fixtures/articles/*.json`` of one split (tune on dev only; heldout is
the honest test). ``--errors`` lists the missed and spurious spans of that split. Speed: the median
of ``--runs`` timed passes over the split after a warm-up pass.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.corpus import read_fixture_articles  # noqa: E402
from scripts.ner_corpora import span_prf  # noqa: E402
from zhqx.entities import find_entities  # noqa: E402

LABELS = ("ORG", "PARK", "GPE", "PERSON")


def spans(entities) -> list[tuple[int, int, str]]:
    return [(e["start"], e["end"], e["label"]) if isinstance(e, dict) else (e.start, e.end, e.label) for e in entities]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--runs", type=int, default=5, help="timed runs over the split (median reported)")
    args = parser.parse_args()
    docs = read_fixture_articles(args.split)
    predicted = [spans(find_entities(a["text"])) for a in docs]  # also the warm-up: loads the gazetteer
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        for a in docs:
            find_entities(a["text"])
        times.append(time.perf_counter() - started)
    seconds = statistics.median(times)
    gold = [spans(a["entities"]) for a in docs]
    print(f"{args.split}: {len(docs)} articles")
    for label, (p, r, f, n) in span_prf(gold, predicted, LABELS).items():
        print(f"  {label:7} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n})")
    count = sum(map(len, predicted))
    chars = sum(len(a["text"]) for a in docs)
    print(f"  speed: {count / seconds:,.0f} entities/s, {chars / seconds:,.0f} chars/s "
          f"({seconds * 1000:.1f} ms per pass, median of {args.runs})")
    if args.errors:
        for a, g, p in zip(docs, gold, predicted):
            for tag, diff in (("missed", set(g) - set(p)), ("spurious", set(p) - set(g))):
                for s, e, label in sorted(diff):
                    print(f"  {a['id']} {tag:8} {label:6} {a['text'][s:e]}  …{a['text'][max(0, s - 8):e + 4]}…")


if __name__ == "__main__":
    main()
