"""The one matcher over zhqx's word lists (``zhqx/rules/lexicons/*.tsv``).

Each lexicon is a tab-separated file, one entry per row, with the columns ``entry``, ``source`` and ``example``
(the text the entry is there for; a test removes each entry in turn and checks its example's result changes),
and optionally ``not_before`` / ``not_after``: space-separated strings that cancel a match when they stand right
before / right after it (局 but not 布局, 格局; 将 but not 将近). Further columns are kept as row data.

A lexicon matches as a regular expression compiled from a character trie, so the longest entry wins at each
position and no module rebuilds an alternation by hand::

    >>> suffixes = Lexicon.from_rows("demo", [{"entry": "高新区"}, {"entry": "开发区"}, {"entry": "经济开发区"}])
    >>> suffixes.pattern.search("湖北麻城经济开发区").group()
    '经济开发区'
    >>> suffixes.suffix_of("昆山高新区")
    '高新区'
"""

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import TypeVar

from zhqx.errors import ZhqxError

RULES_DIR = Path(__file__).resolve().parent / "rules"
LEXICON_DIR = RULES_DIR / "lexicons"
REQUIRED = ("entry", "source", "example")
_CONTEXT = ("not_before", "not_after")
_T = TypeVar("_T")


class LexiconError(ZhqxError, ValueError):
    """A lexicon file or entry that cannot be used (names the file, the row and the fix)."""


@dataclass(frozen=True)
class Lexicon:
    """A named word list with its rows (entry, source, example, ...) and its matchers."""

    name: str
    rows: tuple[Mapping[str, str], ...]
    entries: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "entries", frozenset(row["entry"] for row in self.rows))

    @classmethod
    def from_rows(cls, name: str, rows: Iterable[Mapping[str, str]]) -> "Lexicon":
        rows = tuple({k: v for k, v in row.items() if v not in ("", None)} for row in rows)
        seen = set()
        for number, row in enumerate(rows, 1):
            entry = row.get("entry", "")
            if not entry or entry != entry.strip():
                raise LexiconError(f"lexicon {name!r}, row {number}: empty entry or spaces around {entry!r}")
            if entry in seen:
                raise LexiconError(f"lexicon {name!r}, row {number}: {entry!r} is listed twice; keep one row")
            seen.add(entry)
        return cls(name, rows)

    @classmethod
    def read(cls, path: Path | str) -> "Lexicon":
        """Read a ``.tsv`` lexicon file; its name is the file's stem."""
        path = Path(path)
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or ())]
            if missing:
                raise LexiconError(f"{path}: the header lacks {', '.join(missing)} (columns: {', '.join(REQUIRED)}, ...)")
            return cls.from_rows(path.stem, reader)

    def write(self, path: Path | str) -> None:
        columns = list(REQUIRED) + sorted({k for row in self.rows for k in row} - set(REQUIRED))
        with Path(path).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, columns, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n",
                                    restval="")
            writer.writeheader()
            writer.writerows(self.rows)

    def __contains__(self, word: object) -> bool:
        return word in self.entries

    def __iter__(self) -> Iterator[str]:
        return (row["entry"] for row in self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def without(self, entry: str) -> "Lexicon":
        """A copy lacking one entry (the leave-one-out test's mutant)."""
        if entry not in self.entries:
            raise LexiconError(f"lexicon {self.name!r} has no entry {entry!r}")
        return Lexicon(self.name, tuple(row for row in self.rows if row["entry"] != entry))

    def extended(self, rows: Iterable[Mapping[str, str]]) -> "Lexicon":
        """A copy with further rows (a user's own entries); an entry already listed is an error."""
        return Lexicon.from_rows(self.name, self.rows + tuple(rows))

    def where(self, column: str, value: str) -> "Lexicon":
        """The rows whose ``column`` is ``value``, as a lexicon of their own (built once per lexicon and value)."""
        subsets = self.__dict__.setdefault("_subsets", {})  # a cache beside the frozen fields
        if (column, value) not in subsets:
            subsets[column, value] = Lexicon(self.name, tuple(row for row in self.rows if row.get(column) == value))
        return subsets[column, value]

    @cached_property
    def regex(self) -> str:
        """The lexicon as a regular-expression source (longest entry first at each position)."""
        plain = [row["entry"] for row in self.rows if not any(row.get(c) for c in _CONTEXT)]
        parts = [_trie_regex(plain)] if plain else []
        for row in self.rows:
            if any(row.get(c) for c in _CONTEXT):
                parts.append(_with_context(row))
        # Entries with context come first only when longer; sort so a longer alternative is tried first.
        return "(?:" + "|".join(sorted(parts, key=_longest_literal, reverse=True)) + ")" if parts else "(?!)"

    @cached_property
    def pattern(self) -> "re.Pattern[str]":
        return re.compile(self.regex)

    @cached_property
    def lengths(self) -> tuple[int, ...]:
        """The lengths of the entries, longest first."""
        return tuple(sorted({len(e) for e in self.entries}, reverse=True))

    def suffix_of(self, text: str) -> str | None:
        """The longest entry that ``text`` ends with (context columns are not applied here)."""
        for length in self.lengths:
            if length <= len(text) and text[-length:] in self.entries:
                return text[-length:]
        return None

    def prefix_of(self, text: str) -> str | None:
        """The longest entry that ``text`` starts with (context columns are not applied here)."""
        for length in self.lengths:
            if length <= len(text) and text[:length] in self.entries:
                return text[:length]
        return None


def _trie_regex(words: Iterable[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _node_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # greedy: the longer continuation is tried first
        return ("(?:" + body + ")?") if len(branches) == 1 and len(body) > 1 else body + "?"
    return body


def _with_context(row: Mapping[str, str]) -> str:
    source = re.escape(row["entry"])
    before = row.get("not_before", "").split()
    after = row.get("not_after", "").split()
    # Lookbehinds must be fixed-width: one per distinct length.
    for length in sorted({len(b) for b in before}):
        source = "(?<!" + "|".join(re.escape(b) for b in before if len(b) == length) + ")" + source
    if after:
        source += "(?!" + "|".join(re.escape(a) for a in sorted(after, key=len, reverse=True)) + ")"
    return source


def _longest_literal(regex: str) -> int:
    return len(re.sub(r"\(\?<?!.*?\)|[\\()?:|]", "", regex))


class Lexicons(Mapping[str, Lexicon]):
    """All lexicons of a rule set by name; immutable, with copies that add or drop entries."""

    def __init__(self, lexicons: Iterable[Lexicon]):
        self._by_name = {lexicon.name: lexicon for lexicon in lexicons}

    @classmethod
    def read(cls, directory: Path | str = LEXICON_DIR) -> "Lexicons":
        directory = Path(directory)
        if not directory.is_dir():
            raise LexiconError(f"no lexicon folder at {directory}")
        return cls(Lexicon.read(path) for path in sorted(directory.glob("*.tsv")))

    def write(self, directory: Path | str) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        for lexicon in self._by_name.values():
            lexicon.write(directory / f"{lexicon.name}.tsv")

    def __getitem__(self, name: str) -> Lexicon:
        try:
            return self._by_name[name]
        except KeyError:
            raise LexiconError(f"no lexicon {name!r}; known: {', '.join(sorted(self._by_name))}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self._by_name)

    def to_disk(self, directory: Path | str) -> None:
        """spaCy-style alias of ``write``: a saved pipeline carries its lexicons."""
        self.write(directory)

    @classmethod
    def from_disk(cls, directory: Path | str) -> "Lexicons":
        return cls.read(directory)

    def replaced(self, lexicon: Lexicon) -> "Lexicons":
        """A copy in which ``lexicon`` takes the place of the one with its name (or is added)."""
        return Lexicons({**self._by_name, lexicon.name: lexicon}.values())

    def derived(self, build: Callable[["Lexicons"], _T]) -> _T:
        """``build(self)``, computed once per lexicons object (what a later stage draws from several lexicons)."""
        made = self.__dict__.setdefault("_derived", {})  # a cache per object: a Mapping has no hash to key one by
        if build not in made:
            made[build] = build(self)
        return made[build]


@cache
def default_lexicons() -> Lexicons:
    """The lexicons shipped in ``zhqx/rules/lexicons``, read once."""
    return Lexicons.read(LEXICON_DIR)
