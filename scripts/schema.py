"""The JSON Schema of ``Extraction.to_dict()``, generated from the result dataclasses.

    python scripts/schema.py      # rewrites zhqx/resources/extraction.schema.json

``tests/test_schema.py`` keeps the committed file in sync with the classes.
"""

import json
import types
import typing
from dataclasses import fields, is_dataclass
from pathlib import Path

from zhqx.types import EVENT_TYPES, DateMention, Entity, Extraction, Quantity, Relation

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


def _object(cls) -> dict:
    hints = typing.get_type_hints(cls)
    properties = {"type": {"const": cls.type}} if cls in EVENT_TYPES.values() else {}
    properties.update({field.name: _schema_of(hints[field.name]) for field in fields(cls)})
    schema = {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}
    if cls.__doc__:
        schema["description"] = " ".join(cls.__doc__.split())
    return schema


def extraction_schema() -> dict:
    """The schema of ``Extraction.to_dict()`` (JSON Schema 2020-12)."""
    classes = [Quantity, DateMention, Entity, Relation, *EVENT_TYPES.values()]
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "zhqx Extraction"}
    schema.update(_object(Extraction))
    schema["$defs"] = {cls.__name__: _object(cls) for cls in classes}
    return schema


def main() -> None:
    SCHEMA_PATH.write_text(json.dumps(extraction_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(SCHEMA_PATH)


if __name__ == "__main__":
    main()
