"""Verbs and adverbs glued into a name's prefix: 鼓励|商业银行, 走进|广汽集团, 陕西全面取消|政府.

The words come from ``zhqx/resources/verbs.txt`` (built by ``scripts/build_verbs.py`` from a segmented corpus:
words that act as verbs or adverbs there and that no name of the names lexicon contains). A name's prefix
starts after the last such word in it.
"""

from collections.abc import Mapping
from functools import cache

from zhqx.packaged import packaged_file

_SIZES = (3, 2)
_LONGEST_UNIT = 24  # characters of a place or zone name


@cache
def verbs() -> frozenset[str]:
    """The packaged verb and adverb list."""
    path = packaged_file("verbs.txt", rebuild="python scripts/build_verbs.py")
    with path.open(encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def after_verbs(text: str, start: int, end: int, units: Mapping[int, int]) -> int:
    """Where a name whose prefix is ``text[start:end]`` starts: after the last verb or adverb in the prefix that
    lies outside the place and zone names ``units`` (end -> start) and ends before ``end`` (…高新区|分局 holds no
    区分)."""
    words = verbs()
    cut = start
    for k in range(start, end - 1):
        size = next((n for n in _SIZES if k + n <= end and text[k:k + n] in words), 0)
        if size and not any(e in units and units[e] < k + size for e in range(k + 1, k + size + _LONGEST_UNIT)):
            cut = max(cut, k + size)
    return cut
