"""Result types: frozen, slotted, keyword-only dataclasses.

Every type keeps the raw text and its character offsets beside the normalized
value (``source[r.start:r.end] == r.text``), and converts to and from plain
JSON-safe dicts with ``to_dict()`` / ``from_dict()``.
"""

from collections.abc import Mapping
from dataclasses import MISSING, dataclass, fields, replace
from functools import cache
from typing import Any, ClassVar, TypeVar

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
        allowed, required = _keys(cls)
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ZhqxValueError(
                f"{cls.__name__}.from_dict: unknown keys {unknown}; allowed keys are {[f.name for f in fields(cls)]}"
            )
        missing = [name for name in required if name not in data]
        if missing:
            raise ZhqxValueError(f"{cls.__name__}.from_dict: missing keys {missing}")
        return cls(**data)


@cache
def _keys(cls: type) -> tuple[frozenset[str], tuple[str, ...]]:
    """A dataclass's field names, and those without a default."""
    names = frozenset(field.name for field in fields(cls))
    return names, tuple(f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING)


@dataclass(frozen=True, slots=True, kw_only=True)
class Failure(_Record):
    """An article ``extract_many(..., errors="record")`` could not extract, in its place among the results:
    ``index`` is its position in the input (from 0), ``error`` the exception's class name, ``message`` its text."""

    index: int
    error: str
    message: str


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


def _node_from_dict(data: Mapping[str, Any]) -> "Entity | Quantity":
    """An Entity (has ``label``) or a Quantity (has ``kind``) from its ``to_dict()``."""
    if not isinstance(data, Mapping):
        raise ZhqxTypeError(f"a relation's head or tail must be a mapping, got {type(data).__name__}")
    return Entity.from_dict(data) if "label" in data else Quantity.from_dict(data)


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation(_Record):
    """A typed link between two mentions: ``investment_of`` (money -> project or park), ``title_of``
    (person -> organization, with ``title``), ``located_in`` (company -> park), ``part_of`` (organization
    -> the place or zone it belongs to)."""

    type: str
    head: Entity | Quantity
    tail: Entity | Quantity
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "head": self.head.to_dict(), "tail": self.tail.to_dict(), "title": self.title}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Relation":
        record = super(Relation, cls).from_dict(data)  # key checks; head and tail are still dicts
        return replace(record, head=_node_from_dict(record.head), tail=_node_from_dict(record.tail))


@dataclass(frozen=True, slots=True, kw_only=True)
class _Event(_Record):
    """Roles shared by every event; None when the text does not give them.

    ``project`` is the name as written (None for an aggregate), ``park`` a PARK entity's text, ``company``
    an ORG entity's text, ``investment`` / ``annual_output`` money ``Quantity`` objects (the total
    investment, the yearly output or sales), ``count`` the number of projects or enterprises of an
    aggregate, ``date`` ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``MM-DD``, ``sentence`` the offsets of
    the sentence that reports it. ``type`` is the class's fixed discriminator.
    """

    type: ClassVar[str]
    trigger: str
    sentence: tuple[int, int]
    project: str | None = None
    park: str | None = None
    company: str | None = None
    investment: Quantity | None = None
    annual_output: Quantity | None = None
    count: int | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """``type`` first, then the roles at top level; quantities as their ``to_dict()``, tuples as lists."""
        data: dict[str, Any] = {"type": self.type}
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, Quantity):
                value = value.to_dict()
            elif isinstance(value, tuple):
                value = list(value)
            data[field.name] = value
        return data

    @classmethod
    def from_dict(cls: type[_R], data: Mapping[str, Any]) -> _R:
        """Rebuild from ``to_dict()``; a ``type`` other than the class's raises ``ValueError``."""
        if not isinstance(data, Mapping):
            raise ZhqxTypeError(f"{cls.__name__}.from_dict expects a mapping, got {type(data).__name__}")
        allowed = ["type", *(field.name for field in fields(cls))]
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise ZhqxValueError(f"{cls.__name__}.from_dict: unknown keys {unknown}; allowed keys are {allowed}")
        data = dict(data)
        kind = data.pop("type", cls.type)
        if kind != cls.type:
            raise ZhqxValueError(f"{cls.__name__}.from_dict: type {kind!r} is not {cls.type!r}; use event_from_dict")
        for field in fields(cls):
            value = data.get(field.name)
            if isinstance(value, Mapping):
                data[field.name] = Quantity.from_dict(value)
            elif isinstance(value, list):
                data[field.name] = tuple(value)
        return super(_Event, cls).from_dict(data)


@dataclass(frozen=True, slots=True, kw_only=True)
class _ProjectEvent(_Event):
    """Project events add ``sectors`` (主要集中在电子信息、智能制造等领域) and ``land`` (用地50亩, area)."""

    sectors: tuple[str, ...] = ()
    land: Quantity | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ProjectSigning(_ProjectEvent):
    """签约, 签署/签订…协议, 签约落户, 集中签约."""

    type: ClassVar[str] = "project_signing"


@dataclass(frozen=True, slots=True, kw_only=True)
class ProjectStart(_ProjectEvent):
    """开工, 动工, 奠基, 开建, 破土."""

    type: ClassVar[str] = "project_start"


@dataclass(frozen=True, slots=True, kw_only=True)
class ProjectCompletion(_ProjectEvent):
    """竣工, 建成投产, 投产, 投用, 落成, reported as done."""

    type: ClassVar[str] = "project_completion"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settlement(_ProjectEvent):
    """A company or project 落户 / 入驻 / 进驻 a park, not reported as a signing."""

    type: ClassVar[str] = "settlement"


@dataclass(frozen=True, slots=True, kw_only=True)
class Investment(_ProjectEvent):
    """A company or body 投资 / 注资 / 增资 an amount, when no other event of the sentence carries it."""

    type: ClassVar[str] = "investment"


@dataclass(frozen=True, slots=True, kw_only=True)
class Resumption(_Event):
    """复工 / 复产 of enterprises, with ``return_rate`` (员工返岗率) and ``capacity_rate`` (产能恢复率 /
    产能利用率) as percent quantities when the sentence gives them."""

    type: ClassVar[str] = "resumption"
    return_rate: Quantity | None = None
    capacity_rate: Quantity | None = None


Event = ProjectSigning | ProjectStart | ProjectCompletion | Settlement | Investment | Resumption
EVENT_TYPES: dict[str, type[_Event]] = {
    cls.type: cls for cls in (ProjectSigning, ProjectStart, ProjectCompletion, Settlement, Investment, Resumption)
}


def event_from_dict(data: Mapping[str, Any]) -> Event:
    """The event class named by ``data["type"]``, rebuilt from its ``to_dict()``."""
    if not isinstance(data, Mapping):
        raise ZhqxTypeError(f"event_from_dict expects a mapping, got {type(data).__name__}")
    cls = EVENT_TYPES.get(data.get("type"))
    if cls is None:
        raise ZhqxValueError(f"event_from_dict: unknown event type {data.get('type')!r}; expected one of {list(EVENT_TYPES)}")
    return cls.from_dict(data)


@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    """Everything zhqx found in one article; offsets index ``text``.

    ``entities``: named (ORG, PARK, GPE, PERSON) and numeric (MONEY, PERCENT, QUANTITY, DATE) mentions;
    ``quantities`` and ``dates``: every amount, count, rate and date with its normalized value;
    ``relations`` and ``events``: typed links and happenings, events in text order.
    """

    text: str
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe primitives: every member as its own ``to_dict()``."""
        data: dict[str, Any] = {"text": self.text}
        for field in fields(self)[1:]:
            data[field.name] = [member.to_dict() for member in getattr(self, field.name)]
        return data

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict()`` as JSON (non-ASCII kept as is unless ``ensure_ascii=True`` is passed); strict JSON:
        never ``Infinity`` or ``NaN``."""
        import json

        return json.dumps(self.to_dict(), **{"ensure_ascii": False, "allow_nan": False, **kwargs})

    def _repr_html_(self) -> str:
        """The notebook view: ``zhqx.render(self)``."""
        from zhqx.render import render

        return render(self)


def user_event_class(type_name: str) -> type[_Event]:
    """A result class for a user-declared event type (the roles of project events), e.g. ``unveiling``."""
    name = "".join(part.title() for part in type_name.split("_"))
    namespace = {"__annotations__": {"type": ClassVar[str]}, "type": type_name, "__module__": __name__,
                 "__doc__": f"A user-declared {type_name!r} event (the roles of project events)."}
    return dataclass(frozen=True, slots=True, kw_only=True)(type(name, (_ProjectEvent,), namespace))
