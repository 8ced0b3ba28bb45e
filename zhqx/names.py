"""The packaged names lexicon: companies (ORG), government bodies (GOV), media (MEDIA) and zones (PARK).

Built by ``python scripts/build_names.py`` from ``shared/data/names`` into ``zhqx/resources/names.tsv``
(permissive sources) and ``zhqx/resources/names.cc-by-sa.tsv`` (CC BY-SA 4.0 sources); each entry keeps its
licence and sources (see ``zhqx/resources/names.SOURCES.md``).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from zhqx.errors import ZhqxValueError
from zhqx.packaged import packaged_file

NAMES_FILES = ("names.tsv", "names.cc-by-sa.tsv")
KINDS = ("ORG", "GOV", "MEDIA", "PARK")
_COLUMNS = ["name", "aliases", "kind", "detail", "licence", "source"]


@dataclass(frozen=True, slots=True, kw_only=True)
class NameEntry:
    """One organization or zone: its name, the other forms texts use for it, and where the entry comes from."""

    name: str
    aliases: tuple[str, ...]
    kind: str  # ORG, GOV, MEDIA or PARK
    detail: str  # market, body kind or zone type as the source gives it
    licence: str  # SPDX expression, e.g. "Apache-2.0 AND ISC AND MIT" or "CC-BY-SA-4.0"
    source: str  # source keys joined by "|"

    @property
    def forms(self) -> tuple[str, ...]:
        """The name and its aliases."""
        return (self.name, *self.aliases)


def load_names(kinds: Iterable[str] | None = None) -> list[NameEntry]:
    """Every entry of the packaged lexicon, or only those of ``kinds`` (a new list each call; files read once)."""
    if kinds is None:
        return list(_entries())
    wanted = set(kinds)
    unknown = sorted(wanted - set(KINDS))
    if unknown:
        raise ZhqxValueError(f"load_names: unknown kinds {unknown}; expected some of {list(KINDS)}")
    return [entry for entry in _entries() if entry.kind in wanted]


def name_forms(kinds: Iterable[str] | None = None) -> dict[str, list[NameEntry]]:
    """Every written form (name or alias) -> the entries that use it, for ``kinds`` (all when None)."""
    forms: dict[str, list[NameEntry]] = {}
    for entry in load_names(kinds):
        for form in entry.forms:
            forms.setdefault(form, []).append(entry)
    return forms


@cache
def _entries() -> tuple[NameEntry, ...]:
    entries = []
    for file_name in NAMES_FILES:
        path = packaged_file(file_name, rebuild="python scripts/build_names.py")
        with path.open(encoding="utf-8") as lines:
            header = next(lines).rstrip("\n").split("\t")
            if header != _COLUMNS:
                raise ZhqxValueError(f"{file_name}: header {header}, expected {_COLUMNS}; rebuild the lexicon")
            for line in lines:
                name, aliases, kind, detail, licence, source = line.rstrip("\n").split("\t")
                entries.append(NameEntry(name=name, aliases=tuple(a for a in aliases.split(";") if a), kind=kind,
                                         detail=detail, licence=licence, source=source))
    return tuple(entries)
