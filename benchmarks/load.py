"""Load time and memory of zhqx in fresh processes: ``import zhqx``, then ``zhqx.load()``, then a first ``extract``.

    python benchmarks/load.py                      # 7 fresh processes, medians (min-max)
    python benchmarks/load.py --against ../main    # interleaved with another checkout (on PYTHONPATH)

Each process reports wall-clock and CPU seconds (``time.process_time``, steadier on a shared machine) from
before ``import zhqx`` to after the import, to after ``zhqx.load()`` ("load") and to after a first
``zhqx.extract`` ("ready": what a script calling ``extract`` once pays), and resident memory after load and
after the first extract. Byte-compiled caches are used as Python finds them (run once beforehand, or
``python -m compileall zhqx``, to measure an installed package; ``PYTHONDONTWRITEBYTECODE`` keeps them unwritten).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = r"""
import json, time
def rss():
    with open("/proc/self/statm") as f:
        import resource
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20
wall, cpu = time.perf_counter(), time.process_time()
marks = {}
import zhqx
marks["import"] = (time.perf_counter() - wall, time.process_time() - cpu)
zhqx.load()
marks["load"] = (time.perf_counter() - wall, time.process_time() - cpu)
marks["rss after load"] = rss()
zhqx.extract("临江高新区共8个项目签约，总投资36.5亿元。")
marks["ready"] = (time.perf_counter() - wall, time.process_time() - cpu)
marks["rss after first extract"] = rss()
print(json.dumps(marks))
"""


def measure(checkout: Path | None) -> dict:
    env = dict(os.environ)
    if checkout is not None:
        env["PYTHONPATH"] = str(checkout.resolve())
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, env=env, cwd="/")
    return json.loads(done.stdout.strip().splitlines()[-1])


def summary(runs: list[dict]) -> list[str]:
    lines = []
    for mark in ("import", "load", "ready"):
        for k, unit in ((1, "CPU s"), (0, "wall s")):
            values = [run[mark][k] for run in runs]
            lines.append(f"{mark:6s} {unit:6s} {statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})")
    for mark in ("rss after load", "rss after first extract"):
        lines.append(f"{mark}: {statistics.median(run[mark] for run in runs):.0f} MB")
    return lines


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--against", type=Path, help="another checkout of zhqx, measured interleaved")
    args = parser.parse_args(argv)
    sides = {"this checkout": None}
    if args.against is not None:
        sides = {str(args.against): args.against, "this checkout": ROOT}
    runs = {side: [] for side in sides}
    for _ in range(args.runs):
        for side, checkout in sides.items():
            runs[side].append(measure(checkout))
    for side, found in runs.items():
        print(f"{side} ({args.runs} fresh processes, median (min-max)):")
        print("\n".join("  " + line for line in summary(found)))


if __name__ == "__main__":
    main()
