"""Word lists from a segmented corpus (built by ``scripts/build_words.py``).

Verbs and adverbs glued into a name's prefix (鼓励|商业银行, 走进|广汽集团, 陕西全面取消|政府): ``zhqx/resources/
verbs.txt``, words that act as verbs or adverbs in the corpus and that no name of the names lexicon contains; a
name's prefix starts after the last such word in it. More verbs and adverbs from a tagged dictionary
(``dictionary_verbs.txt``: 鼓励, 走进) may not start a name's prefix (鼓励|商业银行); inside it they may be its
brand or task (贵州筑城电子, 乡村振兴产业投资基金), and right before its head a verbal noun names a body's task
(行政审批局). Common words (``common_words.txt``): frequent two-character
words, which are no brand (租赁公司 is a kind, 凯瑞公司 a company); dictionary words (``dictionary_words.txt``): the
two-character words of a tagged dictionary that it does not tag as names (水务, 离岸: 水务公司 is a kind).
"""

from collections.abc import Mapping
from functools import cache

from zhqx.packaged import packaged_file

_SIZES = (3, 2)
_LONGEST_UNIT = 24  # characters of a place or zone name


@cache
def verbs() -> frozenset[str]:
    """The packaged verb and adverb list."""
    return _read("verbs.txt")


@cache
def dictionary_verbs() -> frozenset[str]:
    """The packaged dictionary verbs and adverbs (no name's part, not in ``verbs``)."""
    return _read("dictionary_verbs.txt")


@cache
def common_words() -> frozenset[str]:
    """The packaged frequent two-character words."""
    return _read("common_words.txt")


@cache
def dictionary_words() -> frozenset[str]:
    """The packaged two-character dictionary words that are no names."""
    return _read("dictionary_words.txt")


def coined(brand: str) -> bool:
    """Whether a brand holds no two-character word of the word lists (星澜, 施耐德; not 水务, 服装业)."""
    lists = (common_words(), dictionary_words(), verbs(), dictionary_verbs())
    return not any(brand[k:k + 2] in words for k in range(len(brand) - 1) for words in lists)


def glued(text: str, start: int, end: int, stops: frozenset[str]) -> bool:
    """Whether a short name at ``start:end`` is written inside a word: its first character ends a word with the plain
    character before it, a common or dictionary word for two characters (网民|进行: no 民进, 中国|航展: no 国航), a
    common word for three unless that character ends a word itself (全国|新办: no 国新办; 各国|外交部 and 报国|务院
    keep theirs). ``stops``: function characters, after which a name starts (对|比亚迪)."""
    before = text[start - 1:start] if start else ""
    if not ("\u4e00" <= before <= "\u9fff") or before in stops:
        return False
    if end - start == 2:
        return before + text[start] in two_words()
    return end - start == 3 and before + text[start] in common_words() and text[start - 2:start] not in two_words()


@cache
def two_words() -> frozenset[str]:
    """The common and dictionary two-character words."""
    return common_words() | dictionary_words()


def _read(name: str) -> frozenset[str]:
    path = packaged_file(name, rebuild="python scripts/build_words.py")
    with path.open(encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def _words() -> frozenset[str]:
    """Every listed verb and common word: a dictionary verb is no start of a name where one of them runs across its
    end."""
    return verbs() | dictionary_verbs() | common_words()


def after_verbs(text: str, start: int, end: int, units: Mapping[int, int], *, dictionary: bool = True) -> int:
    """Where a name whose prefix is ``text[start:end]`` starts: after the last verb or adverb in the prefix that
    lies outside the place and zone names ``units`` (end -> start) and ends before ``end`` (…高新区|分局 holds no
    区分); a dictionary verb only where it starts the prefix, more of it follows and no word runs across its end
    (鼓励|商业银行, 首先|关注|…公司; not 行政审批|局, 贵州|筑城电子, 应|急救|援); ``dictionary``: False for the corpus
    verbs alone."""
    words, more = verbs(), dictionary_verbs() if dictionary else frozenset()
    cut = start
    for k in range(start, end - 1):
        size = next((n for n in _SIZES if k + n <= end and (
            text[k:k + n] in words or k == cut and k + n < end and text[k:k + n] in more
            and text[k + n - 1:k + n + 1] not in _words())), 0)
        if size and not any(e in units and units[e] < k + size for e in range(k + 1, k + size + _LONGEST_UNIT)):
            cut = max(cut, k + size)
    return cut
