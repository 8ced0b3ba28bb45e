"""The JSON Schema of ``Extraction.to_dict()``, generated from the result dataclasses and the event schema
(``zhqx/rules/events.json``: the event types, their triggers and roles; a user's extended ``EventRules`` gives a
schema with their types too).

    python scripts/schema.py      # rewrites zhqx/resources/extraction.schema.json

``tests/test_schema.py`` keeps the committed file in sync with the classes.
"""

import json
import types
import typing
from dataclasses import fields, is_dataclass
from pathlib import Path

from zhqx.events.spec import EventRules, EventType
from zhqx.types import DateMention, Entity, Extraction, Quantity, Relation

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "zhqx" / "resources" / "extraction.schema.json"
_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def _schema_of(hint) -> dict:
    if hint in _SCALARS:
        return {"type": _SCALARS[hint]}
    if is_dataclass(hint):
        return {"$ref": f"#/$defs/{hint.__name__}"}
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(arg) for arg in args]}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema_of(args[0])}
        return {"type": "array", "prefixItems": [_schema_of(arg) for arg in args], "items": False}
    raise TypeError(f"no JSON Schema for {hint!r}")


def _object(cls, kind: EventType | None = None) -> dict:
    hints = typing.get_type_hints(cls)
    properties = {"type": {"const": kind.type}} if kind else {}
    properties.update({field.name: _schema_of(hints[field.name]) for field in fields(cls)})
    schema = {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}
    description = " ".join((kind.description if kind and kind.description else cls.__doc__ or "").split())
    if kind:
        properties["trigger"] = {"type": "string", "examples": list(kind.triggers)}
        description += f" Roles: {', '.join(kind.roles)}."
    if description:
        schema["description"] = description
    return schema


def extraction_schema(rules: EventRules | None = None) -> dict:
    """The schema of ``Extraction.to_dict()`` (JSON Schema 2020-12), with the event types of ``rules``."""
    kinds = list((rules or EventRules.default()).schema.values())
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "zhqx Extraction"}
    schema.update(_object(Extraction))
    schema["properties"]["events"] = {"type": "array", "items": {"anyOf": [
        {"$ref": f"#/$defs/{kind.cls.__name__}"} for kind in kinds]}}
    schema["$defs"] = {cls.__name__: _object(cls) for cls in (Quantity, DateMention, Entity, Relation)}
    schema["$defs"].update({kind.cls.__name__: _object(kind.cls, kind) for kind in kinds})
    return schema


def main() -> None:
    SCHEMA_PATH.write_text(json.dumps(extraction_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(SCHEMA_PATH)


if __name__ == "__main__":
    main()
