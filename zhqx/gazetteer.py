"""The packaged gazetteer: Chinese administrative divisions (GPE) and development zones (PARK).

Built by ``python scripts/gazetteer.py`` into ``zhqx/resources/gazetteer.jsonl``.
"""

import json
from dataclasses import dataclass
from functools import cache

from zhqx.packaged import packaged_file

GAZETTEER_FILE = "gazetteer.jsonl"


@dataclass(frozen=True, slots=True, kw_only=True)
class GazetteerEntry:
    """One division or zone; ``province`` and ``city`` name its parents (None at the top or when absent)."""

    name: str
    label: str  # "GPE" or "PARK"
    level: str  # "province", "city" or "county"
    code: str | None  # NBS code; None for Hong Kong, Macau and Taiwan
    province: str | None
    city: str | None
    aliases: tuple[str, ...] = ()


def load_gazetteer() -> list[GazetteerEntry]:
    """Every entry of the packaged gazetteer, in file order (a new list each call; the file is read once)."""
    return list(_entries())


@cache
def _entries() -> tuple[GazetteerEntry, ...]:
    path = packaged_file(GAZETTEER_FILE, rebuild="python scripts/gazetteer.py")
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(map(_entry, json.loads("[" + ",".join(lines) + "]")))  # one parse: faster than one per line


def _entry(record: dict) -> GazetteerEntry:
    return GazetteerEntry(**{**record, "aliases": tuple(record["aliases"])})


@cache
def lookup_table() -> dict[str, tuple[GazetteerEntry, ...]]:
    """Each name and alias mapped to the entries it can refer to (鼓楼区 -> four districts)."""
    table: dict[str, list[GazetteerEntry]] = {}
    for entry in _entries():
        for key in (entry.name, *entry.aliases):
            table.setdefault(key, []).append(entry)
    return {key: tuple(entries) for key, entries in table.items()}
