"""Exact quantities in Chinese text: money, percents, counts, measures and indexes.

Pure Python (no spaCy): ``parse_quantity`` reads one whole expression and
``find_quantities`` scans running text; both share one grammar, so every span
found parses back to the same ``Quantity``. Numbers may be Arabic (``72.3``,
``1,200``, full-width ``７２.３``), Chinese (``七十二点三``, ``十二亿五千万``, ``两``,
``〇``), financial capitals (``壹佰贰拾叁万``) or mixed (``12亿5000万``, ``3千万``).
Values are computed with ``decimal.Decimal`` and converted to float once, so
``16.4亿`` is exactly 1640000000.0.

A value must be finite: a numeral longer than ``MAX_NUMERAL`` (``zhqx.numbers.numerals``) characters, or one
whose value is beyond float range (``1亿亿亿…``), is no quantity.

Dates are left to ``zhqx.numbers.dates``: ``2020年`` is a year, not a duration, and
``3月``/``一季度`` are not quantities. A number with no unit, currency, ``%`` or
万/亿 magnitude is not a quantity either (it may be a code, a phone number or a
year), and ordinals (``第一``) are skipped.
"""

import math
import sys
from decimal import Decimal

if sys.version_info >= (3, 11):
    import re  # about twice as fast as the regex module on these patterns
else:
    import regex as re  # the stdlib's re has no atomic groups (?>...) before 3.11

from zhqx.errors import InvalidQuantityError, require_text
from zhqx.text.normalize import to_halfwidth
from zhqx.numbers.numerals import CN, DIGITS, MAGNITUDES, NUMBER, magnitude_of, neighbours, numeral_value
from zhqx.types import Quantity


_CURRENCY_UNITS = {
    "元": "CNY", "元整": "CNY", "元人民币": "CNY", "人民币": "CNY", "美元": "USD", "美金": "USD",
    "欧元": "EUR", "港元": "HKD", "港币": "HKD", "日元": "JPY", "英镑": "GBP", "韩元": "KRW",
    "澳元": "AUD", "加元": "CAD", "新加坡元": "SGD", "卢布": "RUB", "新台币": "TWD", "瑞士法郎": "CHF",
}
_CURRENCY_PREFIXES = {
    "人民币": "CNY", "美元": "USD", "欧元": "EUR", "港币": "HKD", "港元": "HKD", "日元": "JPY",
    "英镑": "GBP", "RMB": "CNY", "￥": "CNY", "¥": "CNY", "US$": "USD", "HK$": "HKD", "$": "USD",
    "€": "EUR", "£": "GBP",
}
# written unit -> (kind, canonical unit). "多" inside a unit (3个多月) means more_than.
_MEASURE_UNITS = {
    "%": ("percent", "%"), "成": ("percent", "%"), "个百分点": ("percent_point", "pp"), "百分点": ("percent_point", "pp"),
    "平方米": ("area", "平方米"), "平米": ("area", "平方米"), "㎡": ("area", "平方米"), "m²": ("area", "平方米"),
    "平方公里": ("area", "平方公里"), "平方千米": ("area", "平方公里"), "km²": ("area", "平方公里"),
    "亩": ("area", "亩"), "公顷": ("area", "公顷"),
    "米": ("length", "米"), "公里": ("length", "公里"), "千米": ("length", "公里"), "km": ("length", "公里"),
    "厘米": ("length", "厘米"), "cm": ("length", "厘米"), "毫米": ("length", "毫米"), "mm": ("length", "毫米"),
    "微米": ("length", "微米"), "μm": ("length", "微米"), "纳米": ("length", "纳米"), "nm": ("length", "纳米"),
    "英寸": ("length", "英寸"),
    "吨": ("weight", "吨"), "t": ("weight", "吨"), "千克": ("weight", "千克"), "公斤": ("weight", "千克"),
    "kg": ("weight", "千克"), "克": ("weight", "克"),
    "立方米": ("volume", "立方米"), "m³": ("volume", "立方米"),
    "瓦": ("power", "瓦"), "千瓦": ("power", "千瓦"), "kW": ("power", "千瓦"), "兆瓦": ("power", "兆瓦"),
    "MW": ("power", "兆瓦"), "吉瓦": ("power", "吉瓦"), "GW": ("power", "吉瓦"),
    "千瓦时": ("energy", "千瓦时"), "kWh": ("energy", "千瓦时"), "兆瓦时": ("energy", "兆瓦时"),
    "MWh": ("energy", "兆瓦时"),
    "年": ("duration", "年"), "个月": ("duration", "月"), "个多月": ("duration", "月"), "天": ("duration", "天"),
    "个工作日": ("duration", "工作日"), "小时": ("duration", "小时"), "个小时": ("duration", "小时"),
    "个多小时": ("duration", "小时"), "分钟": ("duration", "分钟"), "周": ("duration", "周"),
    "个星期": ("duration", "周"), "个季度": ("duration", "季度"),
    "t/d": ("throughput", "吨/天"), "吨/天": ("throughput", "吨/天"), "吨/日": ("throughput", "吨/天"),
    "t/h": ("throughput", "吨/小时"), "吨/小时": ("throughput", "吨/小时"), "t/a": ("throughput", "吨/年"),
    "吨/年": ("throughput", "吨/年"), "片/月": ("throughput", "片/月"),
    "倍": ("multiple", "倍"),
}
# Units that a bare 一 before them rarely counts: 一成 (李一成), 一颗 (一颗心), 一班 (一班人马), 一趟 (去一趟).
_NOT_AFTER_BARE_ONE = {"成", "颗", "班", "趟", "宗"}
# Units written in tenths of the canonical one: 九成 is 90%.
_TENTHS = {"成"}
# What may not follow a unit, so that 2020年底, 天然气, 一次性 or 一条龙 are not read as quantities.
_UNIT_GUARDS = {
    "年": r"(?!\d{1,2}月|[底末初度])", "天": "(?![然津])", "周": "(?![年岁边末])", "次": "(?!性)",
    "条": "(?!龙)", "位": "(?!数)", "台": "(?![湾商资胞风])", "克": "(?!服)",
    "班": "(?![子级组长次列车机倒])", "成": "(?![果员本功立为交就绩长熟型品效都]|不变)",
}
_CLASSIFIERS = (
    "家 个 项 名 位 人 人次 户 条 批 台 套 件 座 所 处 辆 架 艘 次 场 种 款 份 支 栋 幢 间 张 例 股 枚 颗 班 宗 趟"
).split()
# Counted nouns kept inside a count span (九个项目, 20个团队): the ones news counts most.
_COUNT_NOUNS = "项目 企业 团队 单位 部门 园区 城市 国家 省份 平台 基地 产品 行业 领域 方面 环节 人员 员工".split()

_QUALIFIERS_BEFORE = {
    "约": "about", "大约": "about", "约合": "about", "大概": "about",
    "约达": "about", "近": "nearly", "将近": "nearly", "接近": "nearly",
    "超": "more_than", "超过": "more_than", "逾": "more_than", "多于": "more_than", "高于": "more_than",
    "不少于": "more_than", "不低于": "more_than", "至少": "more_than",
    "不到": "less_than", "不足": "less_than", "不超过": "less_than", "少于": "less_than", "低于": "less_than",
    "最多": "less_than",
}
_QUALIFIERS_AFTER = {"左右": "about", "上下": "about", "以上": "more_than", "以下": "less_than", "以内": "less_than"}


def _alternation(words, guards=None) -> str:
    """A regex alternation of ``words``, longest first, with any lookahead guard from ``guards``."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        guard = (guards or {}).get(word, "")
        if word[-1].isascii() and word[-1].isalpha():
            guard += "(?![A-Za-z])"
        parts.append(re.escape(word) + guard)
    return "(?:" + "|".join(parts) + ")"


# Spaces typeset inside a figure (8 亿元, 4 个): at most two, before a magnitude or unit only.
_GAP = r"[ \u00a0]{0,2}"
_SEP = r"(?:[-~—–〜至到])"
_UNIT = _alternation([*_CURRENCY_UNITS, *_MEASURE_UNITS, *_CLASSIFIERS], _UNIT_GUARDS)
# 近 and 约 end common words (最近, 附近; 签约, 制约, 预约) that are no qualifier before a number.
_BEFORE = (
    _alternation(_QUALIFIERS_BEFORE)
    .replace("|近", "|(?<![最附])近")
    .replace("|约", "|(?<![签制节预公条契违履解特邀相守践])约")
)
_AFTER = _alternation(_QUALIFIERS_AFTER)
# Verbs that may lead an amount given to ``parse_quantity`` (达812万元): not part of the amount's text.
# Qualifying words (约, 超过, 逾, 约达) are qualifiers instead, inside the text.
_LEADING_VERB = re.compile(r"(?:达到|高达|多达|共计|共有|合计|总计|累计|总共|突破|达|共|计)[ \u00a0]{0,2}")


def _amount(name: str) -> str:
    more = rf"(?P<{name}_more>[余多]|来(?={_GAP}{_UNIT}))"  # 三千余万, 30多位, 100来个 (about: before a unit only)
    return rf"(?P<{name}>{NUMBER})(?:{_GAP}{more})?(?:{_GAP}(?P<{name}_mag>[万萬亿億]+))?"


_HEAD = rf"(?P<q1>{_BEFORE})?(?P<cur>{_alternation(_CURRENCY_PREFIXES)})?(?P<q2>{_BEFORE})?(?P<neg>[-负])?"
# Measure and currency units come first so that 3个月 is a duration, not 3个 and a stray 月.
_TAIL = (
    rf"(?:{_GAP}(?P<unit>{_alternation([*_CURRENCY_UNITS, *_MEASURE_UNITS], _UNIT_GUARDS)})"
    rf"(?:(?P<jiao>[\d{CN}])角)?(?:零?(?P<fen>[\d{CN}])分(?![之钟]))?"
    rf"|{_GAP}(?P<cls>{_alternation(_CLASSIFIERS, _UNIT_GUARDS)})(?P<noun>{_alternation(_COUNT_NOUNS)})?)?"
    rf"(?P<q3>{_AFTER})?"
)
_LOW = rf"(?P<pct>百分之)?(?:(?<=百分之)(?P<hundred>百)|{_amount('lo')})"
_HIGH = rf"(?:{_GAP}(?P<lo_unit>{_UNIT}))?{_SEP}(?:百分之)?{_amount('hi')}"
# ASCII makes \d mean 0-9.
_QUANTITY = re.compile(rf"{_HEAD}{_LOW}(?:{_HIGH})?{_TAIL}", re.ASCII)
# The fallback when a range reading is no quantity: _QUANTITY with a range part that never matches.
_SINGLE = re.compile(rf"{_HEAD}{_LOW}(?:(?!){_HIGH})?{_TAIL}", re.ASCII)
_FRACTION = re.compile(
    rf"(?P<q1>{_BEFORE})?(?:(?P<den>{NUMBER})分之(?P<num>{NUMBER})|(?P<anum>\d+)/(?P<aden>\d+)(?![\d/]))"
    rf"(?P<q3>{_AFTER})?",
    re.ASCII,
)
_INDEX = re.compile(rf"指数(?:达到|达|为|是|升至|降至|回升至|回落至|录得|报)?(?P<index>{NUMBER})(?![%\d])", re.ASCII)
_NAMED_INDEX = re.compile(rf"[\u3400-\u9fff]*?{_INDEX.pattern}", re.ASCII)
_NUMERAL_FIRST = set(CN + "0123456789十拾百指-负")
_WORD_FIRST = {w[0] for w in (*_QUALIFIERS_BEFORE, *_CURRENCY_PREFIXES)} - _NUMERAL_FIRST
_FIRST = re.escape("".join(sorted(_NUMERAL_FIRST | _WORD_FIRST)))
# 数十家, 几百人, 上千名, 成百: vague, never read as 十家 or 百人. A bare 百 / 千 is read only with the
# qualifier before it (近百家), so a match never starts at it (签约百亿元, 2.4近百亿元: no quantity).
# A quantity starts with a numeral or a whole qualifier or currency word (大约, 人民币: not 大 of 大型); the
# lookahead first lets the scan skip other characters fast. The candidates dropped are those no reading takes.
_START = re.compile(
    rf"(?=[{_FIRST}])(?![十拾百佰千仟](?<=[数几上成][十拾百佰千仟]))(?![百千万](?<=[近约超逾][百千万]))"
    rf"(?<![第\dA-Za-z/{CN}十拾百佰千仟])(?<![万萬亿億](?![\d]))(?<!\d[.,])"
    rf"(?:[{re.escape(''.join(sorted(_NUMERAL_FIRST)))}]"
    rf"|(?={_BEFORE}|{_alternation(_CURRENCY_PREFIXES)})[{re.escape(''.join(sorted(_WORD_FIRST)))}])",
    re.ASCII,
)
# 上百家, 上千名, 上万个: vague, so no quantity above; ``find_rough_counts`` reads them as their low end for a
# caller that wants one (an aggregate's count: 上百家企业落户 -> 100). Not 以上百家, 马上, 早上, 晚上, 线上, 网上, 路上.
_ROUGH_COUNT = re.compile(r"(?<![以马早晚线网路])上([百千万])([家个项名])")
_UNIT_TABLE = (
    {written: ("money", code) for written, code in _CURRENCY_UNITS.items()}
    | _MEASURE_UNITS
    | {classifier: ("count", classifier) for classifier in _CLASSIFIERS}
)
def _looks_like_year(numeral: str | None) -> bool:
    return bool(numeral) and numeral.isdigit() and len(numeral) == 4 and numeral[0] in "12"


def _bound(match: re.Match, name: str) -> Decimal | None:
    """The value of the ``lo`` or ``hi`` amount of a match, magnitudes and sign applied."""
    value = numeral_value(match[name])
    if value is None:
        return None
    value *= magnitude_of(match[name + "_mag"])
    return -value if name == "lo" and match["neg"] else value


def _index(match: re.Match) -> tuple | None:
    value = numeral_value(match["index"])
    return None if value is None else ("index", value, value, value, "", None)


def _fraction(match: re.Match) -> tuple | None:
    if match["anum"]:
        numerator, denominator = Decimal(match["anum"]), Decimal(match["aden"])
    else:
        numerator, denominator = numeral_value(match["num"]), numeral_value(match["den"])
    if not numerator or not denominator:
        return None
    return _qualified("fraction", numerator / denominator, "", match["q1"], False, match["q3"])


def _amount_or_range(match: re.Match) -> tuple | None:
    """(kind, value, low, high, unit, qualifier) of a _QUANTITY or _SINGLE match, or None if no quantity."""
    unit_text = match["unit"] or match["cls"]
    kind, unit = _UNIT_TABLE[unit_text] if unit_text else ("number", "")
    if match["pct"]:
        if unit_text:
            return None
        kind, unit = "percent", "%"
    elif match["hundred"]:
        return None
    if match["cur"]:
        currency = _CURRENCY_PREFIXES[match["cur"]]
        if unit_text and unit != currency:
            return None
        kind, unit = "money", currency
    hi = match["hi"]
    if kind == "number":
        numerals = "".join(filter(None, (match["lo"], match["lo_mag"], hi, match["hi_mag"])))
        if not any(char in MAGNITUDES for char in numerals):
            return None
    if unit == "年" and (_looks_like_year(match["lo"]) or _looks_like_year(hi)):
        return None
    if unit_text in _NOT_AFTER_BARE_ONE and match["lo"] == "一" and not (hi or match["q1"] or match["q2"]):
        return None  # a bare 一成, 一颗, 一班 is more often part of a name or a phrase (李一成, 这一班人) than a figure

    low = Decimal(100) if match["hundred"] else _bound(match, "lo")
    if low is None:
        pair = None if hi else neighbours(match["lo"])
        if pair is None:
            return None
        scale = magnitude_of(match["lo"], match["lo_mag"])
        return kind, None, pair[0] * scale, pair[1] * scale, unit, "range"
    if match["jiao"] or match["fen"]:
        if unit_text not in ("元", "元整"):
            return None
        low += Decimal(_cent(match["jiao"])) / 10 + Decimal(_cent(match["fen"])) / 100
    if hi is None:
        if match["lo_more"] == "来":  # 100来个: about 100
            return _qualified(kind, low, unit, match["q1"] or match["q2"] or "约", False, match["q3"])
        more = bool(match["lo_more"]) or "多" in (unit_text or "")
        return _qualified(kind, low, unit, match["q1"] or match["q2"], more, match["q3"])

    if match["lo_unit"] and _UNIT_TABLE[match["lo_unit"]] != _UNIT_TABLE.get(unit_text):
        return None
    high = _bound(match, "hi")
    if high is None:
        return None
    if not match["lo_mag"] and magnitude_of(match["lo"]) == 1:
        low *= magnitude_of(hi, match["hi_mag"])
    if low >= high:
        return None
    return kind, None, low, high, unit, "range"


def _cent(digit: str | None) -> int:
    return 0 if digit is None else int(digit) if digit.isdigit() else DIGITS[digit]


def _qualified(kind: str, value: Decimal, unit: str, before: str | None, more: bool, after: str | None) -> tuple:
    """A point value with the qualifier written before it, inside (余/多) or after it, and its bounds."""
    if before:
        qualifier = _QUALIFIERS_BEFORE[before]
    elif more:
        qualifier = "more_than"
    else:
        qualifier = _QUALIFIERS_AFTER.get(after)
    low = None if qualifier in ("about", "nearly", "less_than") else value
    high = None if qualifier in ("about", "more_than") else value
    return kind, value, low, high, unit, qualifier


def _read_at(normalized: str, text: str, start: int, end: int | None, fractions: bool = True) -> Quantity | None:
    """The quantity that starts at ``start`` (and ends at ``end`` when given), or None; ``fractions``: False when
    ``normalized`` holds no 分之 and no / (no fraction can be read)."""
    if end is None:
        index = _INDEX if normalized.startswith("指数", start) else None
    else:
        index = _NAMED_INDEX if "指数" in normalized else None
    range_rejected = False
    for pattern, interpret in ((index, _index), *_ATTEMPTS) if fractions else ((index, _index), *_ATTEMPTS[:2]):
        if pattern is None or (pattern is _SINGLE and not range_rejected):
            continue  # _SINGLE only matters when _QUANTITY read a range that was no quantity
        match = pattern.match(normalized, start) if end is None else pattern.fullmatch(normalized, start, end)
        if match is None or match.end() == start:
            continue
        parts = interpret(match)
        if parts is not None:
            kind, value, low, high, unit, qualifier = parts
            if interpret is _amount_or_range and match["unit"] in _TENTHS:
                value, low, high = (None if v is None else v * 10 for v in (value, low, high))
            value = None if value is None else float(value)
            low = None if low is None else float(low)
            high = None if high is None else float(high)
            if not ((value is None or _isfinite(value)) and (low is None or _isfinite(low))
                    and (high is None or _isfinite(high))):
                return None  # 1亿亿…亿元 or 9…9%: beyond float range, no quantity
            return Quantity(
                text=text[start : match.end()], start=start, end=match.end(), kind=kind,
                value=value, low=low, high=high, unit=unit, qualifier=qualifier,
            )
        range_rejected = pattern is _QUANTITY and match["hi"] is not None
    return None


_ATTEMPTS = ((_QUANTITY, _amount_or_range), (_SINGLE, _amount_or_range), (_FRACTION, _fraction))
_isfinite = math.isfinite


def parse_quantity(text: str) -> Quantity:
    """Parse ``text`` as one whole quantity expression, e.g. ``"约37亿元"`` or ``"150名以上"``.

    A leading verb of amount (达, 达到, 共, 共计, 合计, 总计, 累计, 突破 ...) is allowed and left out of the
    quantity (``"达812万元"`` gives text ``"812万元"``, start 1); qualifiers stay in (``"超过5家"``). Returns a
    ``Quantity`` ending at ``len(text)``, starting at 0 or after the verb. Raises
    ``InvalidQuantityError`` (a ``ValueError``) when the text is anything else, and
    ``ZhqxTypeError`` (a ``TypeError``) when it is not a str.
    """
    require_text(text)
    normalized = to_halfwidth(text)
    verb = _LEADING_VERB.match(normalized)
    quantity = _read_at(normalized, text, 0, len(text)) if text else None
    if quantity is None and verb and verb.end() < len(text):
        quantity = _read_at(normalized, text, verb.end(), len(text))
    if quantity is None:
        shown = repr(text) if len(text) <= 60 else f"{text[:40]!r}... ({len(text)} characters)"
        raise InvalidQuantityError(
            f"{shown} is not a quantity: expected one number with a unit, currency, % or 万/亿 "
            "(e.g. '72.3亿元', '约40家', '百分之八十', '3-5年'), and nothing else"
        )
    return quantity


def find_rough_counts(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """The vague counts written with 上 (上百家, 上千名, 上万个) in ``text[start:end]``, which ``find_quantities``
    and ``parse_quantity`` leave out, each read as more than its round number (上百家: value and low 100, unit 家)."""
    require_text(text)
    found = []
    for match in _ROUGH_COUNT.finditer(text, start, len(text) if end is None else end):
        value = float(numeral_value(match[1]))
        found.append(Quantity(text=match.group(), start=match.start(), end=match.end(), kind="count", value=value,
                              low=value, high=None, unit=match[2], qualifier="more_than"))
    return found


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in running ``text``, in order, non-overlapping, with offsets into ``text``."""
    require_text(text)
    normalized = to_halfwidth(text)
    fractions = "分之" in normalized or "/" in normalized
    found = []
    position = 0
    while candidate := _START.search(normalized, position):
        start = candidate.start()
        quantity = _read_at(normalized, text, start, None, fractions)
        if quantity is None:
            position = start + 1
        else:
            found.append(quantity)
            position = quantity.end
    return found
