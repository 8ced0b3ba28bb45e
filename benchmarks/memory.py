"""Peak memory of ``zhqx.extract`` on one huge article, in chunks (the default) and in one piece; and of the
``zhqx extract`` command on one huge file.

    python benchmarks/memory.py                    # 1 MB and 10 MB in chunks
    python benchmarks/memory.py --whole            # also 1 MB in one piece (slow: minutes)
    python benchmarks/memory.py --run 10 chunked   # one measurement (what each row runs, in a fresh process)
    python benchmarks/memory.py --cli 50           # the command on a 50 MB article, with and without 。 (long)

The article is the sample article and every fixture article, one paragraph per line, repeated up to the
size in UTF-8 bytes. Each row runs in a fresh process: resident memory (peak ``ru_maxrss``) after loading
the pipeline and a warm-up, then its peak during ``extract``; growth includes the result itself, whose
size is estimated as the resident memory freed by deleting it. (That
no event is lost at a split point is tested in ``tests/test_bad_input.py``; counts here are not comparable
across modes, since the rules merge an event reported twice in one text, and this text repeats itself.)

``--cli`` writes one generated article of that many MB (invented news-like sentences: parks, companies,
amounts, dates; seeded) to a file, once as written and once without 。 (one run-on text), and runs
``zhqx extract FILE -o OUT`` on each in a child process: its peak resident memory (``ru_maxrss`` of the
child, from ``os.wait4``), CPU and wall time, and the size of the output, which must be one JSON line.
"""

import argparse
import gc
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zhqx  # noqa: E402
from zhqx import api  # noqa: E402
from scripts.corpus import read_fixture_articles  # noqa: E402

_PLACES = "东南西北青云江海山湖安平泰兴华宁丰和新川岭溪"
_PARKS = ("高新区", "经开区", "工业园区", "开发区", "科技城", "产业园")
_COMPANIES = ("科技", "新材料", "智能装备", "能源", "电子", "生物医药")
_FORMS = ("有限公司", "股份有限公司", "集团")
_PRODUCTS = ("锂电池", "光伏组件", "精密轴承", "汽车零部件", "半导体材料", "智能终端", "生物制剂", "环保设备")
_SENTENCES = (
    "{date}，{park}{n}个项目集中签约，总投资{money}亿元。",
    "{company}投资{money}亿元的{product}项目在{park}开工。",
    "{park}已有{n}家企业复工，复工率达{pct}%。",
    "{date}，{company}与{park}管委会签署合作协议，计划建设{product}生产基地。",
    "据了解，{park}今年以来新落户项目{n}个，实现产值{money}亿元，同比增长{pct}%。",
    "{company}年产{n}万套{product}项目一期工程{date}竣工投产。",
    "记者从{park}获悉，{company}总部项目正式入驻，注册资本{n}亿元。",
)


def news_article(megabytes: float, seed: int = 0) -> str:
    """An invented news-like article of about ``megabytes`` MB of UTF-8, paragraphs of 3 to 8 sentences."""
    rng = random.Random(seed)

    def name(ends) -> str:
        return "".join(rng.choice(_PLACES) for _ in range(2)) + rng.choice(ends)

    paragraphs, size = [], 0
    while size < megabytes * 2**20:
        paragraph = "".join(rng.choice(_SENTENCES).format(
            date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", park=name(_PARKS), n=rng.randint(2, 60),
            money=f"{rng.randint(1, 300)}.{rng.randint(0, 9)}", pct=rng.randint(50, 99), product=rng.choice(_PRODUCTS),
            company=name(_COMPANIES) + rng.choice(_FORMS)) for _ in range(rng.randint(3, 8)))
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return "\n".join(paragraphs) + "\n"


def cli_run(path: Path, out: Path) -> dict:
    """Peak resident memory (MB), CPU and wall seconds of ``zhqx extract path -o out`` in a child process."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "zhqx.cli", "extract", str(path), "-o", str(out), "-q"],
                             stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    stderr = child.stderr.read().decode("utf-8", "replace")
    child.stderr.close()
    with open(out, "rb") as written:
        lines = sum(1 for _ in written)
    return {"exit": child.returncode, "peak_mb": round(usage.ru_maxrss / 1024), "cpu_s": round(usage.ru_utime + usage.ru_stime),
            "wall_s": round(time.perf_counter() - start), "output_mb": round(out.stat().st_size / 2**20, 1),
            "lines": lines, "stderr": stderr[-500:]}


def cli_rows(megabytes: float) -> None:
    """The ``--cli`` table (see the module docstring)."""
    print(f"zhqx {zhqx.__version__}: zhqx extract FILE -o OUT on one generated article\n")
    print("| article | chars | peak RSS (MB) | CPU s | wall s | output (MB) | JSON lines | exit |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        text = news_article(megabytes)
        for label, article in ((f"{megabytes:g} MB news-like", text), (f"{megabytes:g} MB news-like, no 。", None)):
            article = article if article is not None else text.replace("。", "")
            path, out = Path(folder) / "article.txt", Path(folder) / "out.jsonl"
            path.write_text(article, encoding="utf-8")
            chars = len(article)
            del article
            row = cli_run(path, out)
            print(f"| {label} | {chars:,} | {row['peak_mb']:,} | {row['cpu_s']:,} | {row['wall_s']:,} | "
                  f"{row['output_mb']} | {row['lines']} | {row['exit']} |", flush=True)
            if row["exit"]:
                print(row["stderr"], file=sys.stderr)
            out.unlink(missing_ok=True)


def block() -> str:
    """The repeated unit: the sample article and the fixture articles, paragraphs on their own lines."""
    texts = [(ROOT / "fixtures" / "sample_article.txt").read_text(encoding="utf-8")]
    texts += [article["text"] for article in read_fixture_articles()]
    return "\n".join(t.strip() for t in texts) + "\n"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_mb() -> float:
    """Resident memory now (Linux)."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2**20


def measure(megabytes: int, mode: str) -> dict:
    unit = block()
    repeats = -(-megabytes * 2**20 // len(unit.encode("utf-8")))
    text = unit * repeats
    zhqx.extract(unit)  # warm-up
    before = peak_mb()
    chunk = api.CHUNK_CHARS if mode == "chunked" else len(text)
    start = time.perf_counter()
    with mock.patch.object(api, "CHUNK_CHARS", chunk):
        extraction = zhqx.extract(text)
    seconds = time.perf_counter() - start
    counts = len(extraction.entities), len(extraction.events)
    with_result = current_mb()
    del extraction
    gc.collect()
    return {
        "MB": megabytes, "mode": mode, "chars": len(text), "chunk": chunk, "rss_before_mb": round(before),
        "peak_mb": round(peak_mb()), "growth_mb": round(peak_mb() - before), "seconds": round(seconds, 1),
        "chars_per_s": round(len(text) / seconds), "entities": counts[0], "events": counts[1],
        "result_mb": round(with_result - current_mb()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--whole", action="store_true", help="also 1 MB in one piece")
    parser.add_argument("--run", nargs=2, metavar=("MB", "MODE"), help="one measurement, printed as JSON")
    parser.add_argument("--cli", type=float, metavar="MB", help="the command on one generated article of MB")
    args = parser.parse_args()
    if args.cli:
        cli_rows(args.cli)
        return
    if args.run:
        print(json.dumps(measure(int(args.run[0]), args.run[1])))
        return
    print(f"zhqx {zhqx.__version__}; CHUNK_CHARS {api.CHUNK_CHARS:,}; block {len(block()):,} chars\n")
    print("| article | mode | chars | RSS after load (MB) | peak (MB) | growth (MB) | result (MB) | s | chars/s | entities | events |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for megabytes, mode in [(1, "chunked"), (10, "chunked"), *([(1, "whole")] if args.whole else [])]:
        run = [sys.executable, __file__, "--run", str(megabytes), mode]
        row = json.loads(subprocess.run(run, check=True, capture_output=True, text=True).stdout)
        print(
            f"| {row['MB']} MB | {mode} | {row['chars']:,} | {row['rss_before_mb']} | {row['peak_mb']} | "
            f"{row['growth_mb']} | {row['result_mb']} | {row['seconds']} | {row['chars_per_s']:,} | {row['entities']:,} | {row['events']:,} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
