"""Peak memory of ``zhqx.extract`` on one huge article, in chunks (the default) and in one piece.

    python benchmarks/memory.py                    # 1 MB and 10 MB in chunks
    python benchmarks/memory.py --whole            # also 1 MB in one piece (slow: minutes)
    python benchmarks/memory.py --run 10 chunked   # one measurement (what each row runs, in a fresh process)

The article is the sample article and every fixture article, one paragraph per line, repeated up to the
size in UTF-8 bytes. Each row runs in a fresh process: resident memory (peak ``ru_maxrss``) after loading
the pipeline and a warm-up, then its peak during ``extract``; growth includes the result itself, whose
size is estimated as the resident memory freed by deleting it. (That
no event is lost at a split point is tested in ``tests/test_bad_input.py``; counts here are not comparable
across modes, since the rules merge an event reported twice in one text, and this text repeats itself.)
"""

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zhqx  # noqa: E402
from zhqx import api  # noqa: E402
from scripts.corpus import read_fixture_articles  # noqa: E402



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
    args = parser.parse_args()
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
