"""The event schema and rules: ``EventRules`` = the event types of ``zhqx/rules/events.json`` (triggers with
their examples, roles, the roles an event needs, the types it yields to) + the event lexicons (modality cues).

A user adds an event type without editing zhqx::

    >>> rules = EventRules.default().extended({"type": "unveiling", "triggers": {"揭牌": "产业园揭牌。"}})
    >>> rules.schema["unveiling"].cls.type
    'unveiling'
"""

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from zhqx.errors import ZhqxError
from zhqx.events.modality import Modality
from zhqx.lexicon import LEXICON_DIR, RULES_DIR, Lexicon, Lexicons
from zhqx.types import EVENT_TYPES, user_event_class

SCHEMA_PATH = RULES_DIR / "events.json"
# The event stage's lexicons (zhqx/rules/lexicons/<name>.tsv).
LEXICON_NAMES = ("modality", "event_continuations", "event_date_cues", "event_name_stops", "event_park_anaphors", "event_project_suffixes",
                 "event_counted_heads", "event_product_heads", "event_kind_heads", "event_built_heads",
                 "event_signed_settlements", "event_joined_works", "event_facility_heads")
_PROJECT_ROLES = ("project", "park", "company", "investment", "annual_output", "count", "date", "sectors", "land")
_TYPE_NAME = re.compile(r"[a-z][a-z0-9_]*")
# The columns an event lexicon's rows need, with their allowed values.
_COLUMNS = {
    "modality": {"category": {"PLANNED", "NEGATED", "POSTPONED", "RESTORED", "DOUBTED", "CALLED_OFF", "NAMING", "RATE",
                              "STATE", "EFFORT", "PUSH", "DONE"},
                 "direction": {"FORWARD", "BACKWARD", "BIDIRECTIONAL"},
                 "scope": {"clause", "adjacent", "phrase", "sentence", "ceremony"}},
    "event_park_anaphors": {"position": {"anywhere", "phrase_start"}},
    "event_date_cues": {"category": {"VAGUE", "PAST"}},
    "event_continuations": {"carries": {"park_and_date", "date"}},
}


class EventSchemaError(ZhqxError, ValueError):
    """An event schema that cannot be used (names the type and the fix)."""


@dataclass(frozen=True)
class EventType:
    """One event type: its name, result class, trigger words (each with its example), roles, the role groups it
    needs (one role of each group), the types it yields to in the same segment, and the triggers that report an
    event of a second type as well (``also``: 开竣工, a start and a completion)."""

    type: str
    cls: type
    triggers: Mapping[str, str]
    roles: tuple[str, ...] = _PROJECT_ROLES
    requires: tuple[tuple[str, ...], ...] = (("project", "company", "count"),)
    yields_to: tuple[str, ...] = ()
    description: str = ""
    trigger_context: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    also: Mapping[str, str] = field(default_factory=dict)  # a trigger that reports a second type too: 开竣工 -> project_start

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "EventType":
        name = data.get("type")
        if not isinstance(name, str) or not _TYPE_NAME.fullmatch(name):
            raise EventSchemaError(f"event type {name!r}: 'type' must be a snake_case name such as 'unveiling'")
        triggers = data.get("triggers")
        if not isinstance(triggers, Mapping) or not triggers:
            raise EventSchemaError(f"event type {name!r}: 'triggers' must map each trigger word to its example text")
        builtin = EVENT_TYPES.get(name)
        return cls(
            type=name, cls=builtin or user_event_class(name), triggers=dict(triggers),
            roles=tuple(data.get("roles", _PROJECT_ROLES)),
            requires=tuple(tuple(group) for group in data.get("requires", (("project", "company", "count"),))),
            yields_to=tuple(data.get("yields_to", ())), description=data.get("description", ""),
            trigger_context={word: {side: tuple(words) for side, words in sides.items()}
                             for word, sides in data.get("trigger_context", {}).items()},
            also=dict(data.get("also", {})))

    def in_context(self, word: str, text: str, start: int, end: int) -> bool:
        """Whether the trigger ``word`` at ``start:end`` has the context it needs: a word of ``after`` right after
        it or one of ``before`` right before it (启动 of 建设 / 施工), and, where ``closing`` is given, one of
        those right after it as well (正式开放 ending its clause)."""
        context = self.trigger_context.get(word)
        if context is None:
            return True
        if "closing" in context and not text.startswith(context["closing"], end):
            return False
        return not context.keys() - {"closing"} or text.startswith(tuple(context.get("after", ())), end) or \
            text.endswith(tuple(context.get("before", ())), 0, start)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "class": self.cls.__name__, "description": self.description,
                "triggers": dict(self.triggers), "roles": list(self.roles),
                "requires": [list(group) for group in self.requires], "yields_to": list(self.yields_to),
                "trigger_context": {word: {side: list(words) for side, words in sides.items()}
                                    for word, sides in self.trigger_context.items()},
                **({"also": dict(self.also)} if self.also else {})}


@dataclass(frozen=True)
class EventSchema(Mapping[str, EventType]):
    """The event types by name, in the schema's order."""

    types: tuple[EventType, ...]
    version: int = 1
    _by_name: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_by_name", {t.type: t for t in self.types})
        words = [word for t in self.types for word in t.triggers]
        twice = sorted({w for w in words if words.count(w) > 1})
        if twice:
            raise EventSchemaError(f"trigger words {twice} belong to more than one event type; keep each in one")
        unknown = sorted({y for t in self.types for y in t.yields_to} - set(self._by_name))
        if unknown:
            raise EventSchemaError(f"'yields_to' names unknown event types {unknown}")
        unknown = sorted({y for t in self.types for y in t.also.values()} - set(self._by_name))
        if unknown:
            raise EventSchemaError(f"'also' names unknown event types {unknown}")
        stray = sorted({w for t in self.types for w in t.also if w not in t.triggers})
        if stray:
            raise EventSchemaError(f"'also' names words {stray} that are not triggers of their own type")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "EventSchema":
        return cls(tuple(EventType.from_dict(t) for t in data.get("types", ())), int(data.get("version", 1)))

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "types": [t.to_dict() for t in self.types]}

    def __getitem__(self, name: str) -> EventType:
        try:
            return self._by_name[name]
        except KeyError:
            raise EventSchemaError(f"no event type {name!r}; known: {', '.join(self._by_name)}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self._by_name)

    @cached_property
    def by_class(self) -> dict[type, EventType]:
        return {t.cls: t for t in self.types}

    @cached_property
    def by_trigger(self) -> dict[str, EventType]:
        return {word: t for t in self.types for word in t.triggers}

    @cached_property
    def trigger_pattern(self) -> "re.Pattern[str]":
        """Every trigger word, the longest first at each position."""
        return Lexicon.from_rows("triggers", ({"entry": word} for word in self.by_trigger)).pattern


@dataclass(frozen=True)
class EventRules:
    """What the event stage reads: the schema and the event lexicons (see the module docstring)."""

    schema: EventSchema
    lexicons: Lexicons

    def __post_init__(self):
        for name in LEXICON_NAMES:
            if name not in self.lexicons:
                raise EventSchemaError(f"the event rules lack the lexicon {name!r} ({name}.tsv)")
            for number, row in enumerate(self.lexicons[name].rows, 1):
                for column, allowed in _COLUMNS.get(name, {}).items():
                    if row.get(column) not in allowed:
                        raise EventSchemaError(f"lexicon {name!r}, row {number} ({row['entry']!r}): {column} is "
                                               f"{row.get(column)!r}; use one of {sorted(allowed)}")

    @classmethod
    def default(cls) -> "EventRules":
        """The rules shipped in ``zhqx/rules`` (read once)."""
        return _default()

    @cached_property
    def modality(self) -> Modality:
        return Modality(self.lexicons["modality"])

    def extended(self, *types: Mapping[str, Any]) -> "EventRules":
        """A copy with further event types, each a dict as in ``events.json`` (``type``, ``triggers``: word ->
        example, optional ``roles``, ``requires``, ``yields_to``, ``description``)."""
        added = tuple(EventType.from_dict(t) for t in types)
        return replace(self, schema=EventSchema(self.schema.types + added, self.schema.version))

    def with_lexicon(self, lexicon: Lexicon) -> "EventRules":
        """A copy in which ``lexicon`` replaces the event lexicon of its name."""
        return replace(self, lexicons=self.lexicons.replaced(lexicon))

    def to_disk(self, path: Path | str) -> None:
        """Write ``events.json`` and ``lexicons/*.tsv`` into the folder ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "events.json").write_text(json.dumps(self.schema.to_dict(), ensure_ascii=False, indent=2) + "\n",
                                          encoding="utf-8")
        self.lexicons.to_disk(path / "lexicons")

    @classmethod
    def from_disk(cls, path: Path | str) -> "EventRules":
        path = Path(path)
        return cls(read_schema(path / "events.json"), Lexicons.from_disk(path / "lexicons"))


def read_schema(path: Path | str = SCHEMA_PATH) -> EventSchema:
    """An event schema from its JSON file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise EventSchemaError(f"cannot read the event schema {path}: {error}") from None
    return EventSchema.from_dict(data)


def rows_pattern(lexicon: Lexicon, column: str, value: str) -> "re.Pattern[str]":
    """The pattern of the rows of ``lexicon`` whose ``column`` is ``value``."""
    return lexicon.where(column, value).pattern


@cache
def _default() -> EventRules:
    return EventRules(read_schema(), Lexicons(Lexicon.read(LEXICON_DIR / f"{name}.tsv") for name in LEXICON_NAMES))
