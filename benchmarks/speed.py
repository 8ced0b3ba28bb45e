"""Speed of the whole extraction against jieba's segmentation, in one process and one run.

    python benchmarks/speed.py                       # real news and fixtures, 5 rounds
    python benchmarks/speed.py --limit 100000        # quick: the first 100k chars of each text set
    python benchmarks/speed.py --rounds 7 --texts fixtures

Text sets: the real news of ``../shared/data/realnews/unlabeled.jsonl`` (or ``$ZHQX_SHARED``; skipped with a
message when absent; read here, never copied) and the 184 fixture articles repeated 4 times.

Each round times, one after another over the same texts: ``jieba.cut``, ``jieba.posseg.cut``, zhqx's tokenizer
alone (``nlp.make_doc`` text by text, and ``nlp.tokenizer.pipe``, 64 texts at a time), zhqx's ``nlp.pipe``,
``zhqx.extract_many`` with ``n_process`` 1 and 2, then the pipeline stage by stage (tokenizer, each component,
building the ``Extraction``) for the share of each stage.
Figures are chars/s of wall-clock time and of CPU time (``time.process_time``, steadier on a shared machine;
none for ``n_process=2``, whose work is done in other processes); a ratio to ``jieba.cut`` is taken within each
round, so a machine shared with other jobs slows both sides of it alike. Stage shares are of CPU time. Printed: medians and min-max over the rounds, the load
time of the pipeline, and resident memory after loading. Needs the ``bench`` extra (jieba).
"""

import argparse
import datetime
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REALNEWS = "data/realnews/unlabeled.jsonl"
FIXTURE_REPEATS = 4


def _resident_mb() -> float:
    """Resident memory now (Linux)."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2**20


def _text_sets(which: str, limit: int | None) -> dict[str, list[str]]:
    from scripts.corpus import read_fixture_articles, shared_dir

    sets = {}
    if which in ("all", "realnews"):
        path = shared_dir() / REALNEWS
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                sets["real news"] = [json.loads(line)["text"] for line in lines if line.strip()]
        else:
            print(f"real news skipped: {path} not found (put ../shared beside the repo or set ZHQX_SHARED)")
    if which in ("all", "fixtures"):
        sets["fixtures x4"] = [article["text"] for article in read_fixture_articles()] * FIXTURE_REPEATS
    return {name: _first_chars(texts, limit) for name, texts in sets.items()}


def _first_chars(texts: list[str], limit: int | None) -> list[str]:
    """The first texts, whole, up to ``limit`` chars in all (at least one)."""
    if limit is None:
        return texts
    kept, total = [], 0
    for text in texts:
        if kept and total + len(text) > limit:
            break
        kept.append(text)
        total += len(text)
    return kept


def _contenders(nlp) -> dict:
    """name -> function(texts) running over every text and keeping nothing."""
    import jieba
    import jieba.posseg

    import zhqx

    def drain(iterable):
        for _ in iterable:
            pass

    def tokenize(texts):
        for text in texts:
            nlp.make_doc(text)

    return {
        "jieba.cut": lambda texts: [drain(jieba.cut(t)) for t in texts],
        "jieba.posseg.cut": lambda texts: [drain(jieba.posseg.cut(t)) for t in texts],
        "zhqx tokenizer (make_doc)": tokenize,
        "zhqx tokenizer.pipe": lambda texts: drain(nlp.tokenizer.pipe(texts)),
        "zhqx nlp.pipe": lambda texts: drain(nlp.pipe(texts)),
        "zhqx extract_many": lambda texts: drain(zhqx.extract_many(texts)),
        "zhqx extract_many n_process=2": lambda texts: drain(zhqx.extract_many(texts, n_process=2)),
    }


def _stage_seconds(nlp, texts: list[str], batch: int = 64) -> dict[str, float]:
    """CPU seconds per stage of the pipeline run stage by stage over ``texts``, ``batch`` texts at a time."""
    from zhqx.api import extraction_from_doc

    seconds = dict.fromkeys(["tokenizer", *nlp.pipe_names, "Extraction"], 0.0)
    for first in range(0, len(texts), batch):
        started = time.process_time()
        docs = [nlp.make_doc(text) for text in texts[first : first + batch]]
        seconds["tokenizer"] += time.process_time() - started
        for name, component in nlp.pipeline:
            started = time.process_time()
            docs = [component(doc) for doc in docs]
            seconds[name] += time.process_time() - started
        started = time.process_time()
        for doc in docs:
            extraction_from_doc(doc)
        seconds["Extraction"] += time.process_time() - started
    return seconds


def _commit() -> str:
    try:
        found = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"
    return (found.stdout.strip() or "unknown") + (" (uncommitted changes)" if dirty else "")


def _report(name: str, texts: list[str], rates: dict[str, list[float]], cpu_rates: dict[str, list[float]],
            stages: list[dict[str, float]]) -> None:
    chars = sum(map(len, texts))
    rounds = len(rates["jieba.cut"])
    print(f"\n### {name}: {len(texts):,} texts, {chars:,} chars, {rounds} rounds\n")
    print("| run | chars/s median (min-max) | x jieba.cut median (min-max) | CPU chars/s median | "
          "CPU x jieba.cut median (min-max) |")
    print("|---|---|---|---|---|")
    for contender, found in rates.items():
        cpu = cpu_rates.get(contender)
        cpu_cells = (f"{statistics.median(cpu):,.0f} | {_ratios(cpu, cpu_rates['jieba.cut'])}" if cpu else "- | -")
        print(f"| {contender} | {statistics.median(found):,.0f} ({min(found):,.0f}-{max(found):,.0f}) | "
              f"{_ratios(found, rates['jieba.cut'])} | {cpu_cells} |")
    print("\n| stage | CPU share median (min-max) | CPU chars/s median |")
    print("|---|---|---|")
    for stage in stages[0]:
        shares = [found[stage] / sum(found.values()) for found in stages]
        speed = statistics.median(chars / found[stage] for found in stages)
        print(f"| {stage} | {statistics.median(shares):.1%} ({min(shares):.1%}-{max(shares):.1%}) | {speed:,.0f} |")


def _ratios(found: list[float], jieba: list[float]) -> str:
    """Median (min-max) of the ratios round by round."""
    ratios = [rate / base for rate, base in zip(found, jieba)]
    return f"{statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many chars of each text set (quick)")
    parser.add_argument("--texts", choices=["all", "realnews", "fixtures"], default="all")
    args = parser.parse_args(argv)

    started, cpu = time.perf_counter(), time.process_time()
    import zhqx

    nlp = zhqx.load()
    loaded, loaded_cpu = time.perf_counter() - started, time.process_time() - cpu
    zhqx.extract("昆山高新区共6个项目签约。")  # builds the segmenter's tables on first use
    ready, ready_cpu = time.perf_counter() - started, time.process_time() - cpu
    resident = _resident_mb()
    print(f"zhqx {zhqx.__version__}, commit {_commit()}, {datetime.date.today().isoformat()}")
    print(f"load (import zhqx, zhqx.load()): {loaded:.2f} s, {loaded_cpu:.2f} s CPU; ready (a first extract done): "
          f"{ready:.2f} s, {ready_cpu:.2f} s CPU; resident memory after load {resident:.0f} MB")

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    contenders = _contenders(nlp)
    for name, texts in _text_sets(args.texts, args.limit).items():
        for run in contenders.values():  # warm-up: dictionaries, caches, the vocabulary
            run(texts[:20])
        rates, stages = {contender: [] for contender in contenders}, []
        cpu_rates = {contender: [] for contender in contenders if "n_process" not in contender}
        chars = sum(map(len, texts))
        for _ in range(args.rounds):
            for contender, run in contenders.items():
                started, cpu = time.perf_counter(), time.process_time()
                run(texts)
                rates[contender].append(chars / (time.perf_counter() - started))
                if contender in cpu_rates:
                    cpu_rates[contender].append(chars / (time.process_time() - cpu))
            stages.append(_stage_seconds(nlp, texts))
        _report(name, texts, rates, cpu_rates, stages)


if __name__ == "__main__":
    main()
