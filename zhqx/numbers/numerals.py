"""Chinese and Arabic numerals: the pattern of one numeral and its exact value.

Pure Python (no spaCy), shared by ``zhqx.numbers.quantities``. A numeral may be Arabic (``72.3``, ``1,200``),
Chinese (``七十二点三``, ``十二亿五千万``, ``两``, ``〇``), financial capitals (``壹佰贰拾叁万``) or mixed
(``12亿5000万``, ``3千万``); ``numeral_value`` reads it with ``decimal.Decimal``. A numeral longer than
``MAX_NUMERAL`` characters is none (its value would be beyond float range).
"""

import sys
from decimal import Decimal

if sys.version_info >= (3, 11):
    import re  # about twice as fast as the regex module on these patterns
else:
    import regex as re  # the stdlib's re has no atomic groups (?>...) before 3.11

DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9))) | dict(
    zip("壹贰貳叁參肆伍陆陸柒捌玖", (1, 2, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9))
)
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MAGNITUDES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

CN = "零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
ARABIC = r"(?:[1-9]\d{0,2}(?:,\d{3})+(?!\d)|[1-9]\d*|0)(?:\.\d+)?"  # no leading zeros: 0512 is a code
# A bare 百 / 千 / 万 is a number only after a qualifier and before a count or money unit (近百家, 逾千万元, 近万家).
_BARE_HUNDRED = r"(?<=[近约超逾])[百千万](?=[余多]?(?:家|个|项|名|人|万|亿|元))"
_PIECE = rf"(?:(?:{ARABIC}|[{CN}])(?:[十拾]|[百佰](?!分)|[千仟](?![瓦米克]))?|[十拾]|{_BARE_HUNDRED})"
# Arabic digits after a magnitude continue the numeral only as its lower section: after 亿 when they end in
# 万 (12亿5000万), after 万 when they fill its four places (3万5000), after either as one digit of 千 (1万6千);
# otherwise they start another figure (30亿12个 is 30亿 and 12个, glued).
_LOWER_SECTION = (
    rf"(?:(?<=[亿億])(?={ARABIC}[千仟]?[万萬])|(?<=[万萬])(?=\d{{4}}(?![\d.,]))|(?<=[万萬亿億])(?=\d[千仟]))"
)
_NEXT_PIECE = rf"(?:(?<![万萬亿億])|(?![\d])|{_LOWER_SECTION}){_PIECE}"
# Atomic: a numeral is read greedily once and never re-split (that backtracking is exponential).
NUMBER = rf"(?>{_PIECE}(?:{_NEXT_PIECE}|[万萬亿億])*(?:点[{CN}]+[万萬亿億]*)?)"

_NUMBER_TOKEN = re.compile(rf"{ARABIC}|点[{CN}]+|.", re.ASCII)
_PLAIN = re.compile(rf"({ARABIC})([万萬亿億]*)", re.ASCII)  # the common case, read without the loop
# Longer numerals (and runs of 万/亿) are no quantity: a float holds at most 309 digits before the point,
# and reading them would hit Python's 4,300-digit limit on int() or decimal.Overflow.
MAX_NUMERAL = 320


def numeral_value(text: str) -> Decimal | None:
    """The value of one numeral (Arabic, Chinese or mixed), or None if it is not well formed."""
    if len(text) > MAX_NUMERAL:
        return None
    plain = _PLAIN.fullmatch(text)
    if plain:
        return Decimal(plain[1].replace(",", "")) * magnitude_of(plain[2])
    total = group = section = 0  # int until a decimal point makes them Decimal
    digit = None
    last_small = 10**5
    previous_unit = 1
    seen = zero_after_unit = decimal_done = arabic = False
    for token in _NUMBER_TOKEN.findall(text):
        if decimal_done and token not in MAGNITUDES:
            return None
        if token[0].isdigit():
            if digit is not None:
                return None
            token = token.replace(",", "")
            digit, arabic = (Decimal(token) if "." in token else int(token)), True
        elif token[0] == "点":
            if not seen:
                return None
            fraction = "".join(str(DIGITS[c]) for c in token[1:])
            section += (digit or 0) + Decimal("0." + fraction)
            digit, decimal_done = None, True
        elif token in DIGITS:
            if digit is not None:
                return None
            if DIGITS[token] == 0 and seen:
                zero_after_unit = True
                continue
            digit, arabic = DIGITS[token], False
        elif token in SMALL_UNITS:
            unit = SMALL_UNITS[token]
            if unit >= last_small or (digit is None and unit != 10 and seen):  # a leading 十 / 百 / 千 is one
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_small, previous_unit, zero_after_unit = None, unit, unit, False
        elif token in MAGNITUDES:
            magnitude = MAGNITUDES[token]
            if magnitude == 10**4:
                if not (section or digit or group or seen):
                    digit = 1  # a bare 万 after a qualifier (近万家: see _BARE_HUNDRED)
                elif not (section or digit or group):
                    return None
                group = (group + section + (digit or 0)) * magnitude
            else:
                if not (group or section or digit):
                    return None
                total = (total + group + section + (digit or 0)) * magnitude
                group = 0
            section, digit, last_small, previous_unit, zero_after_unit = 0, None, 10**5, magnitude, False
        else:
            return None
        seen = True
    if not seen:
        return None
    if digit is not None and not arabic and not zero_after_unit and previous_unit >= 100:
        digit *= previous_unit // 10  # 一万二 = 12000, 三千五 = 3500
    return Decimal(total + group + section + (digit or 0))


def magnitude_of(*parts: str | None) -> int:
    """The product of the magnitudes (万, 亿) that end the numeral parts given."""
    product = 1
    if sum(len(part) for part in parts if part) > MAX_NUMERAL:
        return 10 ** (MAX_NUMERAL * 8)  # beyond float range: the value is dropped as not finite
    for part in parts:
        if part:
            for char in reversed(part):
                if char not in MAGNITUDES:
                    break
                product *= MAGNITUDES[char]
    return product

_NEIGHBOURS = re.compile(r"(十)?([一二两三四五六七八九])([两三四五六七八九])([十百千])?[万萬亿億]*")


def neighbours(numeral: str) -> tuple[Decimal, Decimal] | None:
    """The range written as two neighbouring digits: 五六 (5-6), 三五 (3-5), 十五六 (15-16), 二三十 (20-30)."""
    match = _NEIGHBOURS.fullmatch(numeral)
    if match is None or (match[1] and match[4]):
        return None
    low, high = DIGITS[match[2]], DIGITS[match[3]]
    if not (high == low + 1 or (low, high) == (3, 5)):
        return None
    if match[1]:
        return Decimal(10 + low), Decimal(10 + high)
    unit = SMALL_UNITS[match[4]] if match[4] else 1
    return Decimal(low * unit), Decimal(high * unit)
