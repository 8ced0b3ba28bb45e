"""Result types: frozen, slotted, keyword-only dataclasses.

Every type keeps the raw text and its character offsets beside the normalized
value (``source[r.start:r.end] == r.text``), and converts to and from plain
JSON-safe dicts with ``to_dict()`` / ``from_dict()``.
"""

from collections.abc import Mapping
from dataclasses import MISSING, dataclass, fields
from typing import Any, TypeVar

from zhqx.errors import ZhqxTypeError, ZhqxValueError


_R = TypeVar("_R", bound="_Record")


class _Record:
    """``to_dict`` / ``from_dict`` shared by the result dataclasses."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict of JSON-safe primitives (str, int, float, None)."""
        return {field.name: getattr(self, field.name) for field in fields(self)}

    @classmethod
    def from_dict(cls: type[_R], data: Mapping[str, Any]) -> _R:
        """Rebuild an instance from ``to_dict()`` output; unknown or missing keys raise ``ValueError``."""
        if not isinstance(data, Mapping):
            raise ZhqxTypeError(f"{cls.__name__}.from_dict expects a mapping, got {type(data).__name__}")
        allowed = [field.name for field in fields(cls)]
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise ZhqxValueError(f"{cls.__name__}.from_dict: unknown keys {unknown}; allowed keys are {allowed}")
        required = [f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING]
        missing = [name for name in required if name not in data]
        if missing:
            raise ZhqxValueError(f"{cls.__name__}.from_dict: missing keys {missing}")
        return cls(**data)


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity(_Record):
    """An amount, count, rate or measure as written in the text, with its exact value.

    ``kind`` is one of ``money``, ``percent``, ``percent_point``, ``count``, ``area``,
    ``length``, ``weight``, ``volume``, ``power``, ``energy``, ``duration``,
    ``throughput``, ``multiple``, ``fraction``, ``index`` or ``number`` (a bare
    number with 万/亿). ``value``, ``low`` and ``high`` are in base units (yuan, not
    亿元; square metres, not 万平方米); percents and percentage points keep the
    written scale (``80%`` is 80.0). ``unit`` is an ISO 4217 code for money, ``%``
    for percents, ``pp`` for percentage points, and the classifier (家, 个, 名) or
    the canonical Chinese unit (平方米, 纳米, 吨/天, 年) otherwise.

    ``qualifier`` and the bounds go together: none: ``value == low == high``;
    ``about``: no bounds; ``nearly`` and ``less_than``: ``high == value``;
    ``more_than``: ``low == value``; ``range``: ``value`` is None and ``low``/``high``
    are the ends.
    """

    text: str
    start: int
    end: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    qualifier: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention(_Record):
    """A calendar date or period as written, normalized to an ISO 8601 style string.

    ``precision`` is ``day``, ``month``, ``quarter``, ``half`` or ``year``; ``value`` is
    ``2020-02-22``, ``2020-02``, ``2020-Q1``, ``2020-H1`` or ``2020``, without the year
    (``02-22``, ``02``, ``Q1``, ``H1``) when no year can be known. A range is two such
    values joined by ``/`` (``2020-01/2020-03``).
    """

    text: str
    start: int
    end: int
    value: str
    precision: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity(_Record):
    """A named mention: ``source[start:end] == text``; ``label`` is ORG, PARK, GPE, PERSON,
    or (from the numbers) MONEY, PERCENT, QUANTITY, DATE."""

    text: str
    label: str
    start: int
    end: int
