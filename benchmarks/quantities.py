"""Accuracy and speed of ``zhqx.parse_quantity`` against cn2an and JioNLP on generated cases.

Run from the repo root: ``python benchmarks/quantities.py [--per-form N] [--seed S] [--runs R]``.

The cases come from a seeded generator with known values (``generate``), over every
form the grammar covers: Arabic, Chinese, financial-capital and mixed numerals;
magnitudes; currencies before and after; percents and percentage points; counts
with classifiers; measures; durations; indexes; qualifiers and ranges. A tool is
right on a case when it gives the expected numbers:

- zhqx: kind, value, low, high, unit and qualifier all equal to the expected ones;
- cn2an: ``cn2an.cn2an(numeral, "smart")`` on the numeral alone (qualifiers, units
  and currency stripped for it) equals the expected point value; it has no answer
  for ranges;
- JioNLP ``parse_money`` (money cases only; a benchmark-only dependency, skipped when
  not installed): its number equals the value (or low/high for a range, or the low
  end of its own range for 余/多) and its currency matches.

Speed is parses per second over the same cases, the median of several runs.
"""

import argparse
import contextlib
import io
import random
import statistics
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import cn2an

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from zhqx.numbers.quantities import parse_quantity  # noqa: E402


@dataclass(frozen=True)
class Case:
    form: str
    text: str
    kind: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str
    qualifier: str | None
    numeral: str  # the number alone, for cn2an


_CURRENCIES = {"元": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD", "日元": "JPY"}
_MAGNITUDES = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}
_FULL_WIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789.,%"}
_QUALIFIED = [("约", "", "about"), ("近", "", "nearly"), ("超", "", "more_than"), ("超过", "", "more_than"),
              ("逾", "", "more_than"), ("不到", "", "less_than"), ("", "左右", "about"), ("", "以上", "more_than"),
              ("", "以下", "less_than")]
_CLASSIFIERS = ["家", "个", "项", "名", "位", "户", "条", "批", "台", "套", "座", "所"]
_MEASURES = [("亩", "area", "亩"), ("平方米", "area", "平方米"), ("平方公里", "area", "平方公里"),
             ("英寸", "length", "英寸"), ("nm", "length", "纳米"), ("公里", "length", "公里"),
             ("吨", "weight", "吨"), ("千瓦", "power", "千瓦"), ("个月", "duration", "月"),
             ("天", "duration", "天"), ("t/d", "throughput", "吨/天"), ("吨/年", "throughput", "吨/年")]


def _decimal(rng: random.Random, places: int) -> Decimal:
    return Decimal(rng.randint(1, 99999)) / 10**places


def _chinese(number: Decimal | int, mode: str = "low") -> str:
    return cn2an.an2cn(str(number), mode)


def _bounds(value: Decimal, qualifier: str | None) -> tuple:
    low = None if qualifier in ("about", "nearly", "less_than") else value
    high = None if qualifier in ("about", "more_than") else value
    return value, low, high


def generate(seed: int = 0, per_form: int = 300) -> list[Case]:
    """``per_form`` cases for each form, the same for the same seed."""
    rng = random.Random(seed)
    cases = []

    def add(form, text, kind, value, unit, qualifier=None, numeral=None, low=None, high=None):
        if qualifier == "range":
            point = (None, low, high)
        else:
            point = _bounds(value, qualifier)
        cases.append(Case(form, text, kind, *point, unit, qualifier, numeral if numeral is not None else text))

    forms = {}

    def form(function):
        forms[function.__name__] = function
        return function

    @form
    def money_arabic():
        mag = rng.choice(list(_MAGNITUDES))
        number = rng.randint(1, 99999) if rng.random() < 0.5 else _decimal(rng, rng.randint(1, 2))
        cur = rng.choice(list(_CURRENCIES))
        add("money_arabic", f"{number}{mag}{cur}", "money", Decimal(number) * _MAGNITUDES[mag], _CURRENCIES[cur],
            numeral=f"{number}{mag}")

    @form
    def money_separators():
        number = rng.randint(1000, 99_999_999)
        mag = rng.choice(["", "万"])
        text = f"{number:,}{mag}元"
        if rng.random() < 0.5:
            text = text.translate(_FULL_WIDTH)
        add("money_separators", text, "money", Decimal(number) * _MAGNITUDES[mag], "CNY", numeral=text[:-1])

    @form
    def money_fullwidth():
        number = _decimal(rng, 1)
        mag = rng.choice(["万", "亿"])
        text = f"{number}".translate(_FULL_WIDTH) + f"{mag}元"
        add("money_fullwidth", text, "money", number * _MAGNITUDES[mag], "CNY", numeral=text[:-1])

    @form
    def money_chinese():
        mag = rng.choice(["", "万", "亿"])
        number = rng.randint(1, 9999) if rng.random() < 0.6 else _decimal(rng, 1)
        numeral = _chinese(number) + mag
        if numeral[0] == "二" and len(numeral) > 1 and numeral[1] in "百千万亿":
            numeral = "两" + numeral[1:]
        add("money_chinese", f"{numeral}元", "money", Decimal(number) * _MAGNITUDES[mag], "CNY", numeral=numeral)

    @form
    def money_chinese_sections():
        yi, wan = rng.randint(1, 99), rng.randint(1, 9999)
        numeral = f"{_chinese(yi)}亿{_chinese(wan)}万"
        add("money_chinese_sections", f"{numeral}元", "money", Decimal(yi * 10**8 + wan * 10**4), "CNY",
            numeral=numeral)

    @form
    def money_mixed():
        if rng.random() < 0.5:
            yi, wan = rng.randint(1, 99), rng.randint(1, 9999)
            numeral, value = f"{yi}亿{wan}万", yi * 10**8 + wan * 10**4
        else:
            digit = rng.randint(1, 9)
            unit, factor = rng.choice([("千万", 10**7), ("百万", 10**6), ("千", 1000)])
            numeral, value = f"{digit}{unit}", digit * factor
        add("money_mixed", f"{numeral}元", "money", Decimal(value), "CNY", numeral=numeral)

    @form
    def money_capitals():
        number = rng.randint(1, 99_999_999)
        numeral = _chinese(number, "up")
        add("money_capitals", f"人民币{numeral}元整", "money", Decimal(number), "CNY", numeral=numeral)

    @form
    def money_prefix_currency():
        number, mag = rng.randint(1, 999), rng.choice(["万", "亿"])
        cur, code = rng.choice([("人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR")])
        suffix = "元" if cur == "人民币" and rng.random() < 0.5 else ""
        add("money_prefix_currency", f"{cur}{number}{mag}{suffix}", "money", Decimal(number) * _MAGNITUDES[mag],
            code, numeral=f"{number}{mag}")

    @form
    def money_qualified():
        before, after, qualifier = rng.choice(_QUALIFIED)
        number, mag = _decimal(rng, rng.randint(0, 1)), rng.choice(["万", "亿"])
        add("money_qualified", f"{before}{number}{mag}元{after}", "money", number * _MAGNITUDES[mag], "CNY",
            qualifier, numeral=f"{number}{mag}")

    @form
    def money_more():
        digit = rng.randint(1, 9)
        if rng.random() < 0.5:
            numeral, value = f"{_chinese(digit)}千{rng.choice('余多')}万", digit * 10**7
        else:
            tens = rng.randint(1, 99) * 10
            numeral, value = f"{tens}{rng.choice('余多')}亿", tens * 10**8
        add("money_more", f"{numeral}元", "money", Decimal(value), "CNY", "more_than", numeral=numeral)

    @form
    def money_range():
        low = rng.randint(1, 50)
        high = low + rng.randint(1, 50)
        mag = rng.choice(["万", "亿"])
        sep = rng.choice(["-", "至", "到", "~"])
        text = rng.choice([f"{low}{sep}{high}{mag}元", f"{low}{mag}{sep}{high}{mag}元"])
        add("money_range", text, "money", None, "CNY", "range", numeral=text[:-1],
            low=Decimal(low * _MAGNITUDES[mag]), high=Decimal(high * _MAGNITUDES[mag]))

    @form
    def percent():
        number = _decimal(rng, rng.randint(0, 2)) % 1000
        style = rng.randrange(4)
        if style == 0:
            add("percent", f"{number}%", "percent", number, "%", numeral=str(number))
        elif style == 1:
            numeral = _chinese(number)
            add("percent", f"百分之{numeral}", "percent", number, "%", numeral=numeral)
        elif style == 2:
            add("percent", f"{number}%左右", "percent", number, "%", "about", numeral=str(number))
        else:
            low = rng.randint(1, 40)
            high = low + rng.randint(1, 40)
            add("percent", f"{low}%-{high}%", "percent", None, "%", "range", numeral=f"{low}%-{high}%",
                low=Decimal(low), high=Decimal(high))

    @form
    def percent_point():
        number = _decimal(rng, rng.randint(1, 2)) % 100
        numeral = str(number) if rng.random() < 0.7 else _chinese(number)
        add("percent_point", f"{numeral}个百分点", "percent_point", number, "pp", numeral=numeral)

    @form
    def count():
        number = rng.randint(1, 99999)
        classifier = rng.choice(_CLASSIFIERS)
        numeral = str(number) if rng.random() < 0.6 else _chinese(number)
        before, after, qualifier = rng.choice([("", "", None), ("近", "", "nearly"), ("", "以上", "more_than"),
                                               ("", "多", "more_than"), ("", "余", "more_than")])
        if after in ("多", "余"):
            text = f"{numeral}{after}{classifier}"
        else:
            text = f"{before}{numeral}{classifier}{after}"
        if classifier == "个" and rng.random() < 0.5 and after not in ("多", "余", "以上"):
            text += rng.choice(["项目", "团队", "园区"])
        add("count", text, "count", Decimal(number), classifier, qualifier, numeral=numeral)

    @form
    def measure():
        written, kind, unit = rng.choice(_MEASURES)
        if rng.random() < 0.3:
            low = rng.randint(1, 20)
            high = low + rng.randint(1, 20)
            add("measure", f"{low}-{high}{written}", kind, None, unit, "range", numeral=f"{low}-{high}",
                low=Decimal(low), high=Decimal(high))
        else:
            number, mag = rng.randint(1, 999), rng.choice(["", "", "万"])
            more = rng.choice(["", "多"]) if mag else ""
            add("measure", f"{number}{mag}{more}{written}", kind, Decimal(number) * _MAGNITUDES[mag], unit,
                "more_than" if more else None, numeral=f"{number}{mag}")

    @form
    def duration_years():
        if rng.random() < 0.5:
            low = rng.randint(1, 20)
            high = low + rng.randint(1, 10)
            sep = rng.choice(["-", "至", "到"])
            add("duration_years", f"{low}{sep}{high}年", "duration", None, "年", "range", numeral=f"{low}{sep}{high}",
                low=Decimal(low), high=Decimal(high))
        else:
            number = rng.randint(1, 100)
            numeral = str(number) if rng.random() < 0.5 else _chinese(number)
            add("duration_years", f"{numeral}年", "duration", Decimal(number), "年", numeral=numeral)

    @form
    def index():
        number = _decimal(rng, 2)
        name = rng.choice(["电力", "景气", "采购经理", "价格"])
        verb = rng.choice(["达到", "为", ""])
        add("index", f"{name}指数{verb}{number}", "index", number, "", numeral=str(number))

    for name in forms:
        for _ in range(per_form):
            forms[name]()
    return cases


def _as_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def zhqx_right(case: Case) -> bool:
    try:
        q = parse_quantity(case.text)
    except ValueError:
        return False
    expected = (case.kind, *map(_as_float, (case.value, case.low, case.high)), case.unit, case.qualifier)
    return (q.kind, q.value, q.low, q.high, q.unit, q.qualifier) == expected


def cn2an_right(case: Case) -> bool:
    try:
        return case.value is not None and Decimal(str(cn2an.cn2an(case.numeral, "smart"))) == case.value
    except Exception:  # cn2an raises ValueError and others on what it cannot read
        return False


_JIONLP_CURRENCY = {"元": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD", "日元": "JPY", "人民币": "CNY"}


def jionlp_right(parse_money, case: Case) -> bool:
    try:
        result = parse_money(case.text)
    except Exception:  # JioNLP raises on what it cannot read
        return False
    number = result["num"]
    if _JIONLP_CURRENCY.get(result["case"]) != case.unit:
        return False
    if case.qualifier == "range":
        return isinstance(number, list) and [Decimal(n) for n in number] == [case.low, case.high]
    if isinstance(number, list):
        return case.qualifier == "more_than" and Decimal(number[0]) == case.value
    return Decimal(number) == case.value


def _load_jionlp():
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import jionlp
    except ImportError:
        print("JioNLP not installed (pip install jionlp): its column is skipped")
        return None
    return jionlp.parse_money


def _rates(tools: dict, runs: int) -> dict:
    """Median calls per second of each ``(function, inputs)`` in ``tools``, runs interleaved, after a warm-up."""
    def one_pass(function, inputs):
        started = time.perf_counter()
        for item in inputs:
            try:
                function(item)
            except Exception:  # failures cost time too and are part of the rate
                pass
        return len(inputs) / (time.perf_counter() - started)

    for function, inputs in tools.values():
        one_pass(function, inputs)
    samples = {name: [] for name in tools}
    for _ in range(runs):
        for name, (function, inputs) in tools.items():
            samples[name].append(one_pass(function, inputs))
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-form", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    cases = generate(args.seed, args.per_form)
    parse_money = _load_jionlp()
    kinds = sorted({case.kind for case in cases})
    print(f"{len(cases)} cases, seed {args.seed}\n")
    print(f"{'kind':<15}{'cases':>7}{'zhqx':>9}{'cn2an':>9}{'JioNLP':>9}")
    rows = [(kind, [c for c in cases if c.kind == kind]) for kind in kinds] + [("all", cases)]
    for kind, subset in rows:
        zhqx = sum(map(zhqx_right, subset)) / len(subset)
        cn = sum(map(cn2an_right, subset)) / len(subset)
        jio = "-"
        if parse_money and kind in ("money", "all"):
            money = [c for c in subset if c.kind == "money"]
            jio = f"{sum(jionlp_right(parse_money, c) for c in money) / len(money):.3f}"
        print(f"{kind:<15}{len(subset):>7}{zhqx:>9.3f}{cn:>9.3f}{jio:>9}")

    wrong = [c.text for c in cases if not zhqx_right(c)]
    if wrong:
        print(f"\nzhqx wrong on {len(wrong)}, e.g. {wrong[:10]}")

    print(f"\nspeed, parses/s (median of {args.runs} interleaved runs)")
    money = [c.text for c in cases if c.kind == "money"]
    tools = {
        "zhqx parse_quantity (whole expression)": (parse_quantity, [c.text for c in cases]),
        "cn2an.cn2an smart (numeral alone)": (lambda s: cn2an.cn2an(s, "smart"), [c.numeral for c in cases]),
    }
    if parse_money:
        tools["zhqx parse_quantity (money cases)"] = (parse_quantity, money)
        tools["JioNLP parse_money (money cases)"] = (parse_money, money)
    rates = _rates(tools, args.runs)
    names = list(rates)
    for name in names:
        print(f"{name:<45}{rates[name]:>12,.0f}")
    print(f"zhqx/cn2an = {rates[names[0]] / rates[names[1]]:.2f}", end="")
    print(f", zhqx/JioNLP = {rates[names[2]] / rates[names[3]]:.2f}" if parse_money else "")


if __name__ == "__main__":
    main()
