"""Growth of ``zhqx.extract``'s time with the length of repetitive text: chars/s at 1k, 10k and 100k chars.

    python benchmarks/growth.py                  # every case, 60 s cap per measurement
    python benchmarks/growth.py --cap 20 --sizes 1000 10000

Each case is a unit repeated up to the size: the pathological units of issue 15 (``签约项目``, ``开工``,
newlines, one plausible sentence pair, a doubt word in unpunctuated text, runs of ``，``, long numerals) and,
for comparison, varied text (the fixture articles, cut to the size). Each measurement runs in a forked child
process that is killed at the cap (wall time), so a super-linear rule never hangs the script: the row then
shows ``> cap`` and an upper bound on chars/s, and its larger sizes are not run. chars/s are by the child's
CPU time (``time.process_time``), the honest figure on a machine shared with other jobs; wall seconds are
shown beside it. Linear time shows as chars/s that stays level from 1k to 100k; the issue's target is
>= 20,000 chars/s for every case at every size.
"""

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zhqx  # noqa: E402
from scripts.corpus import read_fixture_articles  # noqa: E402

TARGET = 20_000
CASES = {
    "签约项目 repeated": "签约项目",
    "开工 repeated": "开工",
    "newlines": "\n",
    "one sentence pair repeated": "昆山高新区共6个项目签约，总投资72.3亿元。无锡高新区有200家企业复工，员工返岗率达85%。\n",
    "doubt word, no 。": "网传昆山高新区6个项目签约总投资72.3亿元无锡高新区200家企业复工",
    "， repeated": "，",
    "digits repeated": "1234567890",
    "亿 repeated": "亿",
    "long numeral sentence": "总投资1" + "亿" * 40 + "元，" + "9" * 400 + "万元。",
}


def varied() -> str:
    return "\n".join(article["text"].strip() for article in read_fixture_articles())


def _time(text: str, out) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    zhqx.extract(text)
    out.send((time.process_time() - cpu, time.perf_counter() - start))


def measure(text: str, cap: float) -> tuple[float, float] | None:
    """(CPU, wall) seconds ``zhqx.extract(text)`` takes in a forked child, or None past ``cap`` wall seconds."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_time, args=(text, send))
    child.start()
    seconds = receive.recv() if receive.poll(cap) else None
    child.kill()
    child.join()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cap", type=float, default=60.0, help="seconds per measurement before it is killed")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--cases", nargs="+", help="only the cases whose name starts with one of these")
    args = parser.parse_args()
    zhqx.extract(CASES["one sentence pair repeated"])  # load and warm up before forking
    cases = {**CASES, "varied (fixture articles)": None}
    whole = varied()
    print(f"zhqx {zhqx.__version__}; cap {args.cap:.0f} s per measurement; chars/s by CPU time; "
          f"target >= {TARGET:,} chars/s\n")
    print("| case | " + " | ".join(f"{size:,} chars" for size in args.sizes) + " |")
    print("|---|" + "---|" * len(args.sizes))
    for name, unit in cases.items():
        if args.cases and not name.startswith(tuple(args.cases)):
            continue
        cells = []
        for size in args.sizes:
            if cells and cells[-1].startswith(">"):
                cells.append("not run (smaller size over the cap)")
                continue
            source = whole if unit is None else unit * (size // len(unit) + 1)
            text = (source * (size // len(source) + 1))[:size]
            seconds = measure(text, args.cap)
            if seconds is None:
                cells.append(f"> {args.cap:.0f} s (< {size / args.cap:,.0f}/s)")
            else:
                cpu, wall = seconds
                mark = "" if size / cpu >= TARGET else " *"
                cells.append(f"{size / cpu:,.0f}/s ({cpu:.2f} s CPU, {wall:.2f} s wall){mark}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("\n* below the target")


if __name__ == "__main__":
    main()
