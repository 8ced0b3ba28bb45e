"""A regular expression that skips spans it cannot match: ``Prefiltered(pattern)``.

Every match of most patterns holds one of a few characters (every match of ``昨天|今天|同日`` holds 天 or
日), read off the parsed pattern: ``needed_chars``. ``Prefiltered.search`` and ``finditer`` first look for
one of them in the span and give no match without trying the pattern there. Results are those of the
pattern itself; only the time differs, where the pattern is tried at every position of a long span (a
lookbehind first, or a first character frequent in the text) and is called for many spans of one text:
from the second call on the same text, the offsets of the needed characters in it are kept, and the test
is a bisection.
"""

import re
import sys
from bisect import bisect_left
from collections.abc import Iterator

try:  # the parser behind ``re`` (``sre_parse`` before Python 3.11)
    from re import _constants as _c, _parser
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _parser

_MAX_CHARS = 64  # a class larger than this is no useful filter
_MAX_FIRST = 1024  # first characters (``leading``): a lookahead for more saves little
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


def needed_chars(pattern: "re.Pattern[str]") -> frozenset[str] | None:
    """Characters of which every match of ``pattern`` holds at least one, or None when no small such set
    is found (an empty match, a class such as ``\\d`` or ``[^，]``, a back-reference, ignored case)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        return _sequence(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 (an unknown parser: no filter, the pattern alone)
        return None


def _sequence(items) -> frozenset[str] | None:
    """The set of the last item that must consume one of a known set (any one would do)."""
    found = None
    for op, value in items:
        if op not in _ZERO_WIDTH:
            found = _item(op, value) or found
    return found


def _item(op, value) -> frozenset[str] | None:
    if op is _c.LITERAL:
        return frozenset(chr(value))
    if op is _c.IN:
        return _class(value)
    if op in _REPEATS:
        low, _high, sub = value
        return _sequence(sub) if low >= 1 else None
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = value
        return None if add_flags & re.IGNORECASE else _sequence(sub)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(value)
    if op is _c.BRANCH:
        branches = [_sequence(branch) for branch in value[1]]
        if any(chars is None for chars in branches):
            return None
        union = frozenset().union(*branches)
        return union if len(union) <= _MAX_CHARS else None
    return None  # ANY, NOT_LITERAL, GROUPREF, CATEGORY ...


def _class(items) -> frozenset[str] | None:
    chars = set()
    for op, value in items:
        if op is _c.LITERAL:
            chars.add(chr(value))
        elif op is _c.RANGE and value[1] - value[0] < _MAX_CHARS:
            chars.update(chr(k) for k in range(value[0], value[1] + 1))
        else:
            return None  # NEGATE, CATEGORY, a wide range
    return frozenset(chars) if len(chars) <= _MAX_CHARS else None


def first_chars(pattern: "re.Pattern[str]") -> frozenset[str] | None:
    """Characters of which every match of ``pattern`` starts with one, or None when no small such set is found
    (an empty match, a class such as ``\\d`` or ``[^，]``, ignored case)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        chars, empty = _first(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 (an unknown parser: no set)
        return None
    return None if empty or chars is None or len(chars) > _MAX_FIRST else chars


def _first(items) -> tuple[frozenset[str] | None, bool]:
    """The characters a match of the sequence ``items`` may start with (None: any), and whether it may be empty."""
    found: frozenset[str] = frozenset()
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        chars, empty = _first_of(op, value)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of(op, value) -> tuple[frozenset[str] | None, bool]:
    if op is _c.LITERAL:
        return frozenset(chr(value)), False
    if op is _c.IN:
        return _class(value), False
    if op in _REPEATS:
        low, _high, sub = value
        chars, empty = _first(sub)
        return chars, empty or low == 0
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = value
        return (None, False) if add_flags & re.IGNORECASE else _first(sub)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _first(value)
    if op is _c.BRANCH:
        branches = [_first(branch) for branch in value[1]]
        if any(chars is None for chars, _ in branches):
            return None, False
        return frozenset().union(*(chars for chars, _ in branches)), any(empty for _, empty in branches)
    return None, False  # ANY, NOT_LITERAL, GROUPREF, CATEGORY ...


def leading(pattern: "re.Pattern[str]") -> "re.Pattern[str]":
    """``pattern`` behind a lookahead for its first characters (``first_chars``): the same matches and groups, found
    several times faster where the pattern starts with a lookbehind or many alternatives (the engine then tries
    it only where one of those characters is written); the pattern itself when no such set is found."""
    chars = first_chars(pattern)
    if not chars:
        return pattern
    try:
        return re.compile(f"(?=[{''.join(map(re.escape, sorted(chars)))}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # pragma: no cover (global flags written inside the pattern)
        return pattern


class Prefiltered:
    """``pattern`` with ``search``, ``finditer`` and ``findall`` that first test the span for a needed character
    (see the module); everything else is the pattern's own."""

    def __init__(self, pattern: "re.Pattern[str]"):
        self.regex = pattern
        chars = needed_chars(pattern)
        self._needed = re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]") if chars else None
        self._seen: tuple[str | None, list[int] | None] = (None, None)  # the last text, its needed offsets

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False when no match can lie in ``text[pos:endpos]``."""
        if self._needed is None:
            return True
        seen = self._seen  # one tuple, replaced whole: threads never see one text with another's offsets
        if seen[0] is not text:
            self._seen = (text, None)
            return self._needed.search(text, pos, endpos) is not None
        if seen[1] is None:
            seen = (text, [m.start() for m in self._needed.finditer(text)])
            self._seen = seen
        offsets = seen[1]
        k = bisect_left(offsets, pos)
        return k < len(offsets) and offsets[k] < endpos

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> "re.Match[str] | None":
        return self.regex.search(text, pos, endpos) if self.may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator["re.Match[str]"]:
        return self.regex.finditer(text, pos, endpos) if self.may_match(text, pos, endpos) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return self.regex.findall(text, pos, endpos) if self.may_match(text, pos, endpos) else []

    def __getattr__(self, name: str):
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r})"


_CACHE: dict[int, tuple["re.Pattern[str]", Prefiltered]] = {}


def prefiltered(pattern: "re.Pattern[str]") -> Prefiltered:
    """``Prefiltered(pattern)``, made once per pattern (for patterns built elsewhere, such as a lexicon's)."""
    found = _CACHE.get(id(pattern))
    if found is None or found[0] is not pattern:
        if len(_CACHE) > 4096:  # patterns of many rule variants (tests): start again
            _CACHE.clear()
        found = _CACHE[id(pattern)] = (pattern, Prefiltered(pattern))
    return found[1]
