"""Hostile input at scale: generated texts through ``zhqx.extract_many``, every result checked.

    python benchmarks/fuzz.py                       # 50,000 texts, seed 0
    python benchmarks/fuzz.py --count 5000 --seed 3

Five generators take turns (seeded, so a run can be repeated): random Unicode (every plane, surrogates and
control characters included), news-like assemblies of parks, triggers, amounts and dates, fixture articles
mutated (characters dropped, doubled, swapped, huge numerals spliced in), huge numerals alone and in
sentences, and short units repeated. Each text is checked for: an exception (``extract_many(errors=
"record")`` gives a ``Failure``), a value that is not finite, an offset that does not slice its own text,
JSON that is not strict, and a quantity ``find_quantities`` finds that ``parse_quantity`` reads otherwise.
The script prints a count per check and generator, and the first few texts of each problem.
"""

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zhqx  # noqa: E402
from scripts.corpus import read_fixture_articles  # noqa: E402
from zhqx.quantities import find_quantities, parse_quantity  # noqa: E402
from zhqx.types import Failure  # noqa: E402

PARKS = ["昆山高新区", "苏州工业园区", "无锡高新区", "常德澧水高新区", "张江科学城", "园区", "开发区"]
TRIGGERS = ["签约", "集中签约", "开工", "复工", "竣工", "投产", "落户", "入驻", "网传", "否认", "并非", "拟", "将"]
UNITS = ["亿元", "万元", "元", "%", "个项目", "家企业", "亩", "平方米", "个百分点", "美元", "倍", "年"]
NUMERALS = ["72.3", "6", "1,200", "七十二点三", "十二亿五千万", "两", "壹佰贰拾叁", "近百", "约", "超", "三五", "0"]
DATES = ["2月20日", "2020年3月", "一季度", "今年", "去年底", "昨天", "上月28日", "1至7月", "次日", "同日"]
PUNCTUATION = ["，", "。", "；", "、", "！", "？", "\n", " ", "（", "）", "“", "”", "\u3000"]
REPEATED = ["签约项目", "开工", "\n", "亿", "1", "，", "。", "签约", "约", "%", "年", "复工企业", "1亿元，"]


def random_unicode(rng: random.Random) -> str:
    """Any code point, surrogates and controls included, with CJK weighted up."""
    def char():
        band = rng.random()
        if band < 0.4:
            return chr(rng.randint(0x4E00, 0x9FFF))
        if band < 0.6:
            return chr(rng.randint(0, 0x7F))
        if band < 0.7:
            return chr(rng.randint(0xD800, 0xDFFF))
        return chr(rng.randint(0, 0x10FFFF))

    return "".join(char() for _ in range(rng.randint(0, 200)))


def news_like(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(1, 40)):
        kind = rng.random()
        if kind < 0.2:
            pieces.append(rng.choice(PARKS))
        elif kind < 0.4:
            pieces.append(rng.choice(TRIGGERS))
        elif kind < 0.65:
            pieces.append(rng.choice(NUMERALS) + rng.choice(UNITS))
        elif kind < 0.8:
            pieces.append(rng.choice(DATES))
        else:
            pieces.append(rng.choice(PUNCTUATION))
    return "".join(pieces)


def huge_numeral(rng: random.Random) -> str:
    forms = [
        lambda: "1" * rng.randint(300, 5000),
        lambda: "1" + "亿" * rng.randint(30, 3000),
        lambda: "9" * rng.randint(100, 800) + "." + "9" * rng.randint(1, 400),
        lambda: "一" + "亿" * rng.randint(30, 400),
        lambda: "1" + "0" * rng.randint(250, 400),
        lambda: "".join(rng.choice("一二三四五六七八九十百千万亿") for _ in range(rng.randint(50, 600))),
        lambda: "1" * rng.randint(1, 400) + "/" + "1" * rng.randint(1, 400),
    ]
    numeral = rng.choice(forms)()
    return rng.choice(["", "总投资", "共", "增长", "约"]) + numeral + rng.choice(UNITS + ["", "家企业复工。"])


def repeated(rng: random.Random) -> str:
    return rng.choice(REPEATED) * rng.randint(1, 80)


def mutated(rng: random.Random, fixtures: list[str]) -> str:
    chars = list(rng.choice(fixtures)[: rng.randint(20, 600)])
    for _ in range(rng.randint(1, 12)):
        if not chars:
            break
        i = rng.randrange(len(chars))
        action = rng.random()
        if action < 0.3:
            del chars[i]
        elif action < 0.5:
            chars.insert(i, chars[i])
        elif action < 0.7:
            j = rng.randrange(len(chars))
            chars[i], chars[j] = chars[j], chars[i]
        elif action < 0.9:
            chars.insert(i, rng.choice(PUNCTUATION + NUMERALS + UNITS))
        else:
            chars.insert(i, huge_numeral(rng))
    return "".join(chars)


def problems(text: str, result) -> list[str]:
    """What is wrong with ``result`` (an Extraction of ``text``, or a Failure): [] when nothing is."""
    if isinstance(result, Failure):
        return [f"exception: {result.error}: {result.message[:120]}"]
    found = []
    if result.text != text:
        found.append("offsets: the result's text is not the input")
    members = [*result.entities, *result.quantities, *result.dates]
    members += [node for r in result.relations for node in (r.head, r.tail)]
    for event in result.events:
        members += [v for v in vars_of(event) if isinstance(v, (zhqx.Quantity, zhqx.Entity))]
        if not 0 <= event.sentence[0] < event.sentence[1] <= len(text):
            found.append(f"offsets: event sentence {event.sentence}")
    for member in members:
        if not (0 <= member.start <= member.end <= len(text)) or text[member.start : member.end] != member.text:
            found.append(f"offsets: {type(member).__name__} {member.text!r} at {member.start}-{member.end}")
    if not all_finite(result.to_dict()):
        found.append("not finite: a value is inf or nan")
    try:
        json.loads(result.to_json())
    except ValueError as error:
        found.append(f"json: {error}")
    for quantity in find_quantities(text):
        try:
            parsed = parse_quantity(quantity.text)
        except ValueError:
            found.append(f"find/parse: {quantity.text[:40]!r} found but does not parse")
            continue
        if _fields(parsed) != _fields(quantity):
            found.append(f"find/parse: {quantity.text[:40]!r} parses to another value")
    return found


def vars_of(record) -> list:
    return [getattr(record, name) for name in record.__dataclass_fields__]


def all_finite(value) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(all_finite(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(all_finite(v) for v in value)
    return True


def _fields(quantity) -> tuple:
    return quantity.kind, quantity.value, quantity.low, quantity.high, quantity.unit, quantity.qualifier


def generate(count: int, seed: int) -> list[tuple[str, str]]:
    """(generator name, text) pairs, the generators taking turns."""
    rng = random.Random(seed)
    fixtures = [article["text"] for article in read_fixture_articles()]
    generators = {
        "random unicode": random_unicode, "news-like": news_like, "mutated fixtures": lambda r: mutated(r, fixtures),
        "huge numerals": huge_numeral, "repeated units": repeated,
    }
    names = list(generators)
    return [(names[i % len(names)], generators[names[i % len(names)]](rng)) for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=3, help="texts shown per problem kind")
    args = parser.parse_args()
    cases = generate(args.count, args.seed)
    zhqx.load()
    start = time.perf_counter()
    counts, shown, per_generator = Counter(), Counter(), Counter()
    results = zhqx.extract_many((text for _, text in cases), batch_size=64, errors="record")
    for (name, text), result in zip(cases, results):
        for problem in problems(text, result):
            kind = problem.split(":")[0]
            counts[kind] += 1
            per_generator[name, kind] += 1
            if shown[kind] < args.show:
                shown[kind] += 1
                print(f"  {kind} ({name}): {problem} in {text[:80]!r}{'...' if len(text) > 80 else ''}")
    seconds = time.perf_counter() - start
    chars = sum(len(text) for _, text in cases)
    print(f"zhqx {zhqx.__version__}: {len(cases):,} texts, {chars:,} chars, seed {args.seed}, {seconds:.0f} s")
    for kind in ("exception", "not finite", "offsets", "json", "find/parse"):
        print(f"{kind:>12}: {counts[kind]}")
    for name in dict.fromkeys(name for name, _ in cases):
        texts = sum(1 for n, _ in cases if n == name)
        bad = {k: v for (n, k), v in per_generator.items() if n == name}
        print(f"  {name}: {texts:,} texts, problems {bad or 0}")


if __name__ == "__main__":
    main()
