"""The experimental statistical NER model alone (``build/ner_model/news``, see zhqx/build/ner_model.py): per-label P/R/F1 on the test sets, and speed.

    OMP_NUM_THREADS=1 python benchmarks/ner_model.py [--runs 3] [--model DIR]

- MSRA test (3,442 sentences) and People's Daily test (4,636): ORG, PERSON, GPE (their LOC, so GPE is approximate).
- CLUENER dev (1,343; the official validation set): ORG (company + government + organization) and PERSON.
None of these was trained on or used to choose anything (``python -m zhqx.build.ner_model``).
Speed: chars/s and entities/s over the MSRA test text, nlp.pipe, median of --runs runs.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from zhqx.build.ner_corpora import cluener, msra_test, peoples_daily, span_prf  # noqa: E402
from zhqx.build.ner_model import OUTPUT, predict  # noqa: E402

TEST_SETS = {
    "MSRA test": (msra_test, ("ORG", "PERSON", "GPE")),
    "People's Daily test": (lambda: peoples_daily("test"), ("ORG", "PERSON", "GPE")),
    "CLUENER dev": (lambda: cluener("dev"), ("ORG", "PERSON")),
}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    nlp = spacy.load(args.model)
    load_seconds = time.perf_counter() - started
    size = sum(f.stat().st_size for f in args.model.rglob("*") if f.is_file()) / 1e6
    print(f"model {args.model}: {size:.1f} MB on disk, loaded in {load_seconds:.2f} s; {nlp.meta.get('zhqx')}\n")
    print("| test set | label | P | R | F1 | gold |")
    print("|---|---|---|---|---|---|")
    msra_texts = None
    for name, (read, labels) in TEST_SETS.items():
        rows = read()
        texts = [text for text, _ in rows]
        msra_texts = msra_texts or texts
        scores = span_prf([spans for _, spans in rows], predict(nlp, texts), labels)
        for label, (p, r, f1, n) in scores.items():
            print(f"| {name} | {label} | {p:.4f} | {r:.4f} | **{f1:.4f}** | {n} |")
    chars = sum(map(len, msra_texts))
    rates = []
    for _ in range(args.runs):
        started = time.perf_counter()
        entities = sum(map(len, predict(nlp, msra_texts)))
        rates.append(time.perf_counter() - started)
    seconds = statistics.median(rates)
    print(f"\nspeed (MSRA test, {len(msra_texts)} sentences, {chars:,} chars, median of {args.runs}): "
          f"{chars / seconds:,.0f} chars/s, {entities / seconds:,.0f} entities/s")


if __name__ == "__main__":
    main()
