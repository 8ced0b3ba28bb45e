"""Word segmentation: F1 on the SIGHAN 2005 gold files and speed, zhqx against the peers, in one run.

    python benchmarks/segmentation.py [--runs 5]

- PKU test gold (1,945 lines): zhqx's held-out set (same standard as its training corpus; never trained or tuned on).
- MSR test gold (3,985 lines): a different standard; reported, not tuned to.
Peers: jieba (default mode), spaCy's Chinese character segmenter, and pkuseg's own decoder running zhqx's model.
Speed: chars/s over the PKU test text, line by line, median (and min-max) of --runs runs after a warm-up.
Needs ../shared (or $ZHQX_SHARED) and the `bench` extra (jieba).
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import zhqx  # noqa: E402
from scripts.corpus import read_segmented, shared_dir  # noqa: E402
from scripts.seg_eval import word_prf  # noqa: E402
from zhqx.loading import pipeline_path  # noqa: E402
from zhqx.normalize import to_fullwidth  # noqa: E402

GOLD = {"PKU (held-out)": "data/sighan2005/pku_test_gold.utf8", "MSR (other standard)": "data/sighan2005/msr_test_gold.utf8"}


def segmenters() -> dict:
    """name -> function(text) -> list of words (no whitespace)."""
    import jieba
    import spacy
    import spacy_pkuseg

    jieba.setLogLevel(60)
    jieba.initialize()
    nlp = zhqx.load()
    char_nlp = spacy.blank("zh")
    stock = spacy_pkuseg.pkuseg(str(pipeline_path() / "tokenizer" / "pkuseg_model"), user_dict=None)
    stock.model.w = numpy.asarray(stock.model.w, dtype=numpy.float64)
    return {
        "zhqx": lambda text: [t.text for t in nlp.make_doc(text) if not t.is_space],
        "jieba": lambda text: [w for w in jieba.cut(text) if w.strip()],
        "spaCy char": lambda text: [t.text for t in char_nlp.make_doc(text) if not t.is_space],
        "pkuseg decoder, zhqx model": lambda text: _same_lengths(stock.cut(to_fullwidth(text)), text),
    }


def _same_lengths(words: list[str], text: str) -> list[str]:
    """Cut ``text`` (whitespace-free) into pieces as long as ``words``."""
    pieces, start = [], 0
    for word in words:
        pieces.append(text[start : start + len(word)])
        start += len(word)
    return pieces


def chars_per_second(segment, lines: list[str], runs: int) -> tuple[float, float, float]:
    n_chars = sum(map(len, lines))
    for line in lines[:200]:
        segment(line)
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for line in lines:
            segment(line)
        rates.append(n_chars / (time.perf_counter() - started))
    return statistics.median(rates), min(rates), max(rates)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    golds = {name: read_segmented(shared_dir() / path) for name, path in GOLD.items()}
    started = time.perf_counter()
    zhqx.load()
    load_seconds = time.perf_counter() - started
    systems = segmenters()
    speed_lines = ["".join(words) for words in golds["PKU (held-out)"]]
    print(f"zhqx {zhqx.__version__}: pipeline load {load_seconds:.2f} s; model "
          f"{sum(f.stat().st_size for f in (pipeline_path() / 'tokenizer' / 'pkuseg_model').iterdir()) / 1e6:.1f} MB")
    print(f"speed text: PKU test, {len(speed_lines)} lines, {sum(map(len, speed_lines)):,} chars; {args.runs} runs\n")
    header = ["segmenter"] + [f"{name} P/R/F1" for name in golds] + ["chars/s median (min-max)", "x jieba"]
    rows, rates = [], {}
    for name, segment in systems.items():
        scores = []
        for gold in golds.values():
            p, r, f1 = word_prf(gold, [segment("".join(words)) for words in gold])
            scores.append(f"{p:.4f} / {r:.4f} / **{f1:.4f}**")
        median, low, high = chars_per_second(segment, speed_lines, args.runs)
        rates[name] = median
        rows.append([name, *scores, f"{median:,.0f} ({low:,.0f}-{high:,.0f})"])
    for row in rows:
        row.append(f"{rates[row[0]] / rates['jieba']:.2f}")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
