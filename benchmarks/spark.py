"""zhqx on Spark (local[2]) against ``extract_many`` with 1 and 2 processes, on the same texts, in one run.

    python benchmarks/spark.py                 # 4,000 texts, 3 interleaved runs of each
    python benchmarks/spark.py --quick         # 2,000 texts, one run of each

Needs ``pip install ".[spark]"``, a Java runtime and ``../shared`` (or ``ZHQX_SHARED``). The texts: the
real news items of ``shared/data/realnews`` (``unlabeled.jsonl`` and ``texts/``) and the fixture articles,
read at run time, repeated from the start when ``--n`` is more than there are (1,968 distinct: the default
4,000 holds each about twice, which amortizes the Spark job's fixed cost of about a second as a long job
does); no publication dates. Spark runs ``zhqx spark-job``'s code (``zhqx.spark_job.main``, with its local
JVM options) on a one-file Parquet of the texts, so the timing includes reading, spreading the input over
the cores and writing the events; it is checked to write exactly ``extract_many``'s events. Each Spark run
follows a warm-up job on the same 50 texts that warm ``extract_many``'s pipeline before timing (Python
workers started and the pipeline loaded once per worker, as on a long job: Spark stops workers idle for a
minute, as they are while the other modes run). The load average at start and end tells whether the
cores were free: wall-clock ratios hold only on an idle machine.
Memory: the peak proportional set size (PSS: shared pages split among the processes that share them) of
this process and its descendants, sampled every 0.2 s, per mode: for Spark the JVM and its Python workers
too, for extract_many its pool (without the idle JVM). CPU: the user + system seconds of the same tree
(and of its reaped children) during each run, by kind of process, which depends little on other jobs
competing for the cores: the chars per CPU-second of the Python that extracts (the one process, the pool's
workers, Spark's Python workers) against one process's show each mode's own overhead, the whole tree's
what the cores must also carry (the pool's parent, Spark's JVM).
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

import zhqx  # noqa: E402
from zhqx import batches, spark_job  # noqa: E402
from scripts.corpus import read_fixture_articles, require, shared_dir  # noqa: E402


def texts(n: int) -> tuple[list[str], int]:
    realnews = require(shared_dir() / "data" / "realnews")
    found = [json.loads(line)["text"] for line in (realnews / "unlabeled.jsonl").open(encoding="utf-8")]
    found += [path.read_text(encoding="utf-8") for path in sorted((realnews / "texts").glob("*.txt"))]
    found += [article["text"] for article in read_fixture_articles()]
    return [found[i % len(found)] for i in range(n)], len(found)


class TreeUsage:
    """Peak PSS (MB) of this process and its descendants, by what each process is, and the CPU seconds
    they used (user + system, with their reaped children's), while running."""

    def __init__(self, with_jvm: bool):
        self.with_jvm = with_jvm
        self.peaks: dict[str, float] = {}
        self.cpu_seconds = 0.0
        self.cpu_by_kind: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self):
        self._cpu_before = _tree_cpu(self.with_jvm)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        after = _tree_cpu(self.with_jvm)
        for pid, ticks in after.items():
            kind = _kind(pid)
            used = (ticks - self._cpu_before.get(pid, 0)) / os.sysconf("SC_CLK_TCK")
            self.cpu_by_kind[kind] = self.cpu_by_kind.get(kind, 0.0) + used
        self.cpu_by_kind["driver"] -= self._sampler_cpu  # not the sampling
        self.cpu_seconds = sum(self.cpu_by_kind.values())

    def _sample(self):
        self._sampler_cpu = 0.0
        while not self._stop.wait(0.2):
            parts = {"total": 0.0}
            for pid in _tree(os.getpid(), self.with_jvm):
                kind = _kind(pid)
                mb = _pss_mb(pid)
                parts[kind] = parts.get(kind, 0.0) + mb
                parts["total"] += mb
            for kind, mb in parts.items():
                self.peaks[kind] = max(self.peaks.get(kind, 0.0), mb)
            self._sampler_cpu = time.thread_time()


def _tree(pid: int, with_jvm: bool) -> list[int]:
    """``pid`` and its descendants; without the JVM and its own descendants unless ``with_jvm``."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        if not with_jvm and _kind(current) == "jvm":
            continue
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                todo += map(int, Path(f"/proc/{current}/task/{task}/children").read_text().split())
        except OSError:
            pass
    return found


def _tree_cpu(with_jvm: bool) -> dict[int, int]:
    """Clock ticks used so far by each process of the tree: utime + stime + cutime + cstime."""
    ticks = {}
    for pid in _tree(os.getpid(), with_jvm):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks[pid] = sum(int(value) for value in fields[11:15])
    return ticks


def _kind(pid: int) -> str:
    if pid == os.getpid():
        return "driver"
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "other"
    if command and command[0].endswith(b"java"):
        return "jvm"
    return "python workers"


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def plain_run(items: list[str], n_process: int) -> tuple[float, list]:
    start = time.perf_counter()
    found = list(zhqx.extract_many(items, n_process=n_process))
    return time.perf_counter() - start, found


def spark_run(parquet: Path, output: Path) -> float:
    start = time.perf_counter()
    status = spark_job.main(["--input", str(parquet), "--output", str(output), "--mode", "overwrite",
                             "--log-every", "600"])
    if status:
        raise SystemExit("the Spark job failed")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=4000, help="texts (default 4,000)")
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs of each mode (default 3)")
    parser.add_argument("--quick", action="store_true", help="2,000 texts, one run of each mode")
    args = parser.parse_args()
    if args.quick:
        args.n, args.runs = 2000, 1
    items, distinct = texts(args.n)
    chars = sum(map(len, items))
    print(f"zhqx {zhqx.__version__}; {len(items):,} texts ({distinct:,} distinct), {chars:,} chars; "
          f"{os.cpu_count()} cores; {args.runs} runs; load average at start {_load()}", flush=True)
    list(zhqx.extract_many(items[:50]))  # load the pipeline, warm its caches
    seconds = {"extract_many n_process=1": [], "extract_many n_process=2": [], "spark local[2]": []}
    cpu = {mode: [] for mode in seconds}
    cpu_parts = {mode: {} for mode in seconds}
    memory = {}
    with tempfile.TemporaryDirectory() as tmp:
        parquet, output = Path(tmp) / "articles.parquet", Path(tmp) / "events"
        pd.DataFrame({"id": [f"{i:05d}" for i in range(len(items))], "text": items}).to_parquet(parquet)
        os.environ["PYSPARK_PYTHON"] = sys.executable
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        from pyspark.sql import SparkSession

        start = time.perf_counter()
        session = (SparkSession.builder.master("local[2]").appName("zhqx-benchmark")
                   .config("spark.driver.extraJavaOptions", spark_job.LOCAL_JAVA_OPTIONS)
                   .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").getOrCreate())
        session.sparkContext.setLogLevel("ERROR")
        session.range(1).count()
        session_start = time.perf_counter() - start
        warm = Path(tmp) / "warm.parquet"
        pd.DataFrame({"id": [f"w{i}" for i in range(50)], "text": items[:50]}).to_parquet(warm)
        start = time.perf_counter()
        spark_run(warm, Path(tmp) / "warm-events")
        warm_up = time.perf_counter() - start
        for run in range(args.runs):
            for mode in seconds:
                if mode.startswith("spark"):  # Spark stops Python workers idle for a minute: start them again
                    spark_run(warm, Path(tmp) / "warm-events")
                with TreeUsage(with_jvm=mode.startswith("spark")) as tree:
                    if mode.startswith("spark"):
                        seconds[mode].append(spark_run(parquet, output))
                    else:
                        elapsed, found = plain_run(items, int(mode[-1]))
                        seconds[mode].append(elapsed)
                cpu[mode].append(tree.cpu_seconds)
                for kind, used in tree.cpu_by_kind.items():
                    cpu_parts[mode].setdefault(kind, []).append(used)
                for kind, mb in tree.peaks.items():
                    memory.setdefault(mode, {})[kind] = max(memory.get(mode, {}).get(kind, 0.0), mb)
                parts = ", ".join(f"{kind} {used:.1f}" for kind, used in sorted(tree.cpu_by_kind.items()))
                print(f"run {run + 1}: {mode}: {seconds[mode][-1]:.1f} s, {cpu[mode][-1]:.1f} CPU-s ({parts})",
                      file=sys.stderr, flush=True)
        written = session.read.parquet(str(output)).toPandas()
        session.stop()
    expected = sorted(
        tuple(row.values()) for i, extraction in enumerate(found) for row in batches.event_rows(f"{i:05d}", extraction)
    )
    same = _rows(written) == expected
    print(f"\nload average at end {_load()}")
    print(f"Spark session start {session_start:.1f} s; warm-up job (workers start, pipeline load) {warm_up:.1f} s")
    print(f"events: Spark wrote {len(written):,}, extract_many gave {len(expected):,}; identical rows: {same}\n")
    base = statistics.median(seconds["extract_many n_process=1"])
    base_cpu = statistics.median(cpu["extract_many n_process=1"])
    print("| mode | chars/s median (min-max) | x one process | CPU-s (driver / JVM / Python workers) | "
          "chars per CPU-s of the extracting Python (x one process's) | chars per CPU-s of the tree (x one "
          "process's) | at most, on 2 idle cores | peak PSS of the tree, MB (driver / JVM / Python workers) |")
    print("|---|---|---|---|---|---|---|---|")
    for mode, runs in seconds.items():
        rates = [chars / s for s in runs]
        peaks = memory[mode]
        kinds = ("driver", "jvm", "python workers")
        parts = " / ".join(f"{peaks.get(kind, 0):,.0f}" for kind in kinds)
        used = {kind: statistics.median(cpu_parts[mode].get(kind, [0.0])) for kind in kinds}
        tree = statistics.median(cpu[mode])
        # extract_many's pool workers are reaped by the end: their CPU counts in the driver's (its children's)
        extracting = used["python workers"] if mode.startswith("spark") else tree
        cores = 1 if mode.endswith("=1") else 2
        print(f"| {mode} | {chars / statistics.median(runs):,.0f} ({min(rates):,.0f}-{max(rates):,.0f}) | "
              f"{base / statistics.median(runs):.2f} | {' / '.join(f'{used[k]:.1f}' for k in kinds)} | "
              f"{chars / extracting:,.0f} ({base_cpu / extracting:.2f}) | "
              f"{chars / tree:,.0f} ({base_cpu / tree:.2f}) | "
              f"{cores * base_cpu / tree:.2f}x | {peaks['total']:,.0f} ({parts}) |")
    print("\nCPU-s: medians of the user + system seconds of each kind of process; they change little when other jobs")
    print("compete for the cores, unlike the wall clock. 'At most, on 2 idle cores': the cores x the tree's chars per")
    print("CPU-s over one process's, the speed-up if every core stayed busy (start-up, skew and waits cost the rest).")
    if not same:
        raise SystemExit("Spark's events differ from extract_many's")


def _load() -> str:
    return " / ".join(f"{value:.2f}" for value in os.getloadavg()) + " (1 / 5 / 15 min)"


def _rows(frame: pd.DataFrame) -> list[tuple]:
    frame = frame.astype(object).where(frame.notna(), None)  # nulls as None, ints as int
    return sorted(map(tuple, frame[[name for name, _ in batches.EVENT_COLUMNS]].itertuples(index=False)))


if __name__ == "__main__":
    main()
