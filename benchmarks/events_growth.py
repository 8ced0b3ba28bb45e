"""Growth of ``find_events`` with text length: chars/s on news-like text and on pathological inputs.

    python benchmarks/events_growth.py            # news-like at 5k and 80k chars, pathological units at 1k/10k/100k
    python benchmarks/events_growth.py --cap 20   # seconds allowed per pathological case (default 30)

News-like text is the fixture articles concatenated (one article per paragraph) and cut at a sentence end
near 80k characters; the same text is also read as 16 texts of about 5k characters (cut at sentence ends), so
both figures are over the same words. The entities, quantities and dates are found first (the pure-Python chain)
and not timed; the figure is ``find_events`` alone, after one untimed run, median of --runs runs.
``find_events`` is linear when the 5k and 80k figures are within 20% of each other (the ratio is printed). Each pathological unit (``签约项目``,
``开工``, a run of newlines, …) is repeated to 1k, 10k and 100k chars; a case over the cap prints ``>cap``.
"""

import argparse
import signal
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.corpus import read_fixture_articles
from zhqx.dates import find_dates
from zhqx.entities import find_entities
from zhqx.events import find_events
from zhqx.quantities import find_quantities

PATHOLOGICAL = {"签约项目": "签约项目", "开工": "开工", "newlines": "\n", "项目开工。": "项目开工。",
                "该项目开工，": "该项目开工，", "5家企业复工": "5家企业复工", "2020年3月1日": "2020年3月1日"}


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout


def news_like(chars: int) -> str:
    """Fixture articles joined by line breaks, cut after the last 。 before ``chars``."""
    texts, total = [], 0
    while total < chars:
        for article in read_fixture_articles():
            texts.append(article["text"])
            total += len(article["text"]) + 1
            if total >= chars:
                break
    text = "\n".join(texts)[:chars]
    return text[: text.rfind("。") + 1]


def _mentions(text: str) -> dict:
    return {"entities": find_entities(text), "quantities": find_quantities(text), "dates": find_dates(text)}


def pieces(text: str, chars: int) -> list[str]:
    """``text`` cut after the first 。 past every ``chars`` characters."""
    cuts, start = [], 0
    while start < len(text):
        end = text.find("。", start + chars)
        end = len(text) if end < 0 else end + 1
        cuts.append(text[start:end])
        start = end
    return cuts


def events_rate(texts: list[str], runs: int, cap: float, warm: bool = True) -> float | None:
    """chars/s of ``find_events`` over ``texts`` (median of ``runs``), None when a run exceeds ``cap`` seconds."""
    mentions = [_mentions(text) for text in texts]
    times = []
    signal.signal(signal.SIGALRM, _alarm)
    for _ in range(runs + warm):
        signal.setitimer(signal.ITIMER_REAL, cap)
        try:
            t0 = time.perf_counter()
            for text, found in zip(texts, mentions):
                find_events(text, published="2021-06-30", **found)
            times.append(time.perf_counter() - t0)
        except _Timeout:
            return None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return sum(map(len, texts)) / statistics.median(times[warm:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cap", type=float, default=30.0, help="seconds allowed per pathological case")
    args = parser.parse_args()
    rates, text = {}, news_like(80_000)
    for chars in (5_000, 80_000):
        texts = pieces(text, chars) if chars < len(text) else [text]
        rates[chars] = events_rate(texts, args.runs, args.cap * 4)
        print(f"news-like, {len(texts):>2} text(s) of ~{chars // 1000}k chars: {rates[chars]:>10,.0f} chars/s")
    if all(rates.values()):
        print(f"ratio 80k / 5k: {rates[80_000] / rates[5_000]:.2f} (linear when within 0.80-1.20)")
    print(f"pathological (cap {args.cap:g} s per case), chars/s at 1k / 10k / 100k chars:")
    for name, unit in PATHOLOGICAL.items():
        cells = []
        for chars in (1_000, 10_000, 100_000):
            rate = events_rate([unit * (chars // len(unit))], 1, args.cap, warm=False)
            cells.append(f"{rate:>12,.0f}" if rate else f"{'>cap':>12}")
        print(f"  {name:<14}" + "".join(cells))


if __name__ == "__main__":
    main()
