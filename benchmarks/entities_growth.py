"""Entity stage growth: chars/s of ``zhqx.entities.find_entities`` on 1k, 10k and 100k characters of repeated units.

    python benchmarks/entities_growth.py [--sizes 1000 10000 100000] [--cap 20] [--runs 3]

The cases are issue 15's pathological inputs (one short phrase repeated, newlines only, an article repeating one
sentence pair) plus a text whose company names are all different (so the names to look up grow with the text).
A linear stage keeps chars/s roughly flat as the size grows; the last column gives, for each step to the next
size, the ratio of chars/s after to before (1.0 = linear; a quadratic stage gives about 0.1 per tenfold step).
Inputs with no names at all run at about 2M chars/s at 1k characters, where the fixed costs still fit in the CPU's
caches; compare their 10k -> 100k step. A case stops growing once one run takes more
than --cap seconds (printed as "capped").
"""

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from zhqx.entities import find_entities  # noqa: E402

PAIR = ("6月3日，宁波杭州湾经济技术开发区与浙江远航新能源汽车有限公司签署投资协议。"
        "远航新能源董事长张明华表示，项目将落户杭州湾新区。\n")
_BRANDS = ["".join(pair) for pair in itertools.permutations("青禾星河远航蓝海华晨天衡瑞丰鼎盛凯越嘉和博远恒泰", 2)]


def _distinct_names(size: int) -> str:
    units = (f"{brand}{trade}科技有限公司与{brand}{trade}签约。"
             for trade in ("电子", "光电", "材料", "智能", "精密", "装备", "生物", "医药") for brand in _BRANDS)
    text, total = [], 0
    for unit in itertools.cycle(units):
        if total >= size:
            return "".join(text)[:size]
        text.append(unit)
        total += len(unit)


CASES = {
    "'签约项目' repeated": lambda size: ("签约项目" * (size // 4 + 1))[:size],
    "newlines only": lambda size: "\n" * size,
    "one sentence pair repeated": lambda size: (PAIR * (size // len(PAIR) + 1))[:size],
    "distinct company names": _distinct_names,
}


def measure(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        find_entities(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--cap", type=float, default=20.0, help="seconds per run after which a case stops growing")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    find_entities("预热：苏州工业园区")  # load the gazetteer and compile the grammar outside the timings
    header = " | ".join(f"{size:,} chars" for size in args.sizes)
    print(f"chars/s of find_entities (median of {args.runs} runs)\n")
    print(f"| case | {header} | chars/s ratio per step |\n|---|" + "---|" * (len(args.sizes) + 1))
    for name, make in CASES.items():
        rates, cells = [], []
        for size in args.sizes:
            if cells and cells[-1] == "capped":
                cells.append("capped")
                continue
            seconds = measure(make(size), 1 if size >= 100_000 else args.runs)
            rates.append(size / seconds)
            cells.append(f"{size / seconds:,.0f}" if seconds <= args.cap else "capped")
        ratio = ", ".join(f"{after / before:.2f}" for before, after in zip(rates, rates[1:])) or "n/a"
        print(f"| {name} | {' | '.join(cells)} | {ratio} |")


if __name__ == "__main__":
    main()
