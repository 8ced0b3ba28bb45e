"""Entities: per-label P/R/F1 of zhqx's pipeline on real news, the shared NER corpora and the project's fixtures.

    python benchmarks/entities.py [--runs 3] [--limit N] [--heldout]

- Real-news dev (the headline): ORG, PARK and ORG+PARK on the look part of ../shared/data/realnews, and with
  --heldout its held-out part (scored once per revision, never read for errors); split and scoring in
  ``realnews.py``.
- MSRA test (ORG, PERSON, GPE~LOC), People's Daily test (same labels), CLUENER dev (ORG = company +
  government + organization, PERSON): label mapping and caveats in ``scripts/ner_corpora.py``.
- The project's fixtures (ORG, PARK, GPE, PERSON): dev (tuned on) and heldout (never tuned on).
Exact span match. Speed: entities/s and chars/s of ``nlp.pipe`` over the MSRA test text, median of
--runs runs. Needs ../shared (or $ZHQX_SHARED).
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import zhqx  # noqa: E402
from scripts import ner_corpora  # noqa: E402
from scripts.corpus import read_fixture_articles  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realnews  # noqa: E402  (benchmarks/realnews.py)

NAMED = ("ORG", "PARK", "GPE", "PERSON")


def fixtures(split: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    articles = read_fixture_articles(split)
    return [(a["text"], [(e["start"], e["end"], e["label"]) for e in a["entities"]]) for a in articles]


def predict(nlp, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in NAMED] for doc in nlp.pipe(texts)]


def report(name: str, examples, nlp, labels) -> None:
    gold = [[s for s in spans if s[2] in labels] for _, spans in examples]
    predicted = [[s for s in spans if s[2] in labels] for spans in predict(nlp, [text for text, _ in examples])]
    scores = ner_corpora.span_prf(gold, predicted)
    for label in [*labels, "ALL"]:
        if label in scores:
            p, r, f1, n = scores[label]
            print(f"| {name} | {label} | {p:.3f} | {r:.3f} | **{f1:.3f}** | {n} |")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N sentences of each corpus (a quick look)")
    parser.add_argument("--heldout", action="store_true", help="also the real-news held-out part (once per revision)")
    args = parser.parse_args(argv)
    nlp = zhqx.load()
    cut = slice(args.limit)
    print(f"zhqx {zhqx.__version__}, components {nlp.pipe_names}\n")
    realnews.report("entities", heldout=args.heldout)
    print("| corpus | label | P | R | F1 | gold |\n|---|---|---|---|---|---|")
    report("fixtures heldout", fixtures("heldout"), nlp, NAMED)
    report("fixtures dev", fixtures("dev"), nlp, NAMED)
    report("MSRA test", ner_corpora.msra_test()[cut], nlp, ("ORG", "PERSON", "GPE"))
    report("People's Daily test", ner_corpora.peoples_daily("test")[cut], nlp, ("ORG", "PERSON", "GPE"))
    report("CLUENER dev", ner_corpora.cluener("dev")[cut], nlp, ("ORG", "PERSON"))
    texts = [text for text, _ in ner_corpora.msra_test()[cut]]
    n_chars = sum(map(len, texts))
    rates = []
    for _ in range(args.runs):
        started = time.perf_counter()
        n_entities = sum(len(doc.ents) for doc in nlp.pipe(texts))
        seconds = time.perf_counter() - started
        rates.append((n_entities / seconds, n_chars / seconds))
    print(f"\nspeed over MSRA test ({len(texts)} sentences, {n_chars:,} chars), median of {args.runs}: "
          f"{statistics.median(r[0] for r in rates):,.0f} entities/s (all labels), "
          f"{statistics.median(r[1] for r in rates):,.0f} chars/s")


if __name__ == "__main__":
    main()
