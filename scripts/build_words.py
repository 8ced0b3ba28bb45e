"""Build four word lists: ``zhqx/resources/verbs.txt`` (words that act as verbs or adverbs and are never part of an
organization's name), ``zhqx/resources/dictionary_verbs.txt`` (more of them, from a tagged dictionary),
``zhqx/resources/common_words.txt`` (frequent two-character words) and ``zhqx/resources/dictionary_words.txt``
(the two-character words of a tagged dictionary that it does not tag as names).

    python scripts/build_words.py            # write the lists
    python scripts/build_words.py --check    # exit 1 if rebuilding would change them

A POS-like list without POS tags: from the segmented People's Daily corpus of ``../shared/data/seg_extra/
pd1998_janfeb`` a word (2-3 Chinese characters, seen at least ``MIN_COUNT`` times) is a verb when a share of its
occurrences (``VERB_SHARE``) stands before an aspect particle (了, 着, 过) or after a modal or adverb (不, 已经,
将, 进一步 …), and an adverb (seen ``ADVERB_COUNT`` times) when a share of its occurrences (``ADVERB_SHARE``) stands right before such a verb
(全面|推进, 大幅|提高). A word written inside any form of the names lexicon (投资, 发展, 控股, 延长 of 延长石油) or
that is a place name is left out: the list may only cut what no name contains. The entity grammar uses it to
leave a verb phrase out of a name's prefix (鼓励|商业银行, 走进|广汽集团). The common words (two characters, seen
at least ``COMMON_COUNT`` times) tell a word from a brand: 租赁公司 is a kind, 凯瑞公司 a company. The corpus counts
miss verbs that seldom take an aspect particle (鼓励|商业银行, 走进|广汽集团): the dictionary verbs are the words
tagged verb (v) or adverb (d) in jieba's dictionary (MIT, installed with the ``test`` and ``bench`` extras), seen at least
``DICTIONARY_COUNT`` times there, with the same exclusions. The dictionary words are jieba's two-character words
seen at least ``WORD_COUNT`` times there and not tagged as a person, place, organization or other proper name: a
brand that is none of them (星澜公司) is a coined name, a word (水务公司, 离岸公司) a kind. Never in the wheel (top-level ``scripts/``); the lists
it writes are.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.corpus import shared_dir  # noqa: E402

OUT = ROOT / "zhqx" / "resources" / "verbs.txt"
OUT_COMMON = ROOT / "zhqx" / "resources" / "common_words.txt"
OUT_DICTIONARY = ROOT / "zhqx" / "resources" / "dictionary_verbs.txt"
OUT_WORDS = ROOT / "zhqx" / "resources" / "dictionary_words.txt"
WORD_COUNT = 20
NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", "nt", "nz"))
DICTIONARY_COUNT = 200
DICTIONARY_TAGS = frozenset(("v", "d"))
COMMON_COUNT = 10
MIN_COUNT = 10
VERB_SHARE = 0.1
ADVERB_SHARE = 0.3
ADVERB_COUNT = 30
ASPECT = frozenset("了着过")
MODALS = frozenset("不 没 没有 已 已经 正在 将 要 会 能 可以 应 应该 必须 努力 积极 进一步 大力 继续 共同 认真 坚决 "
                   "切实 不断 逐步 开始 也 都 还 又 并 就".split())
_WORD = re.compile(r"[\u4e00-\u9fff]{2,3}")
HEADER = ("# Verbs and adverbs that no organization's name contains (built by scripts/build_words.py from the\n"
          "# segmented People's Daily 1998 corpus, research use, see zhqx/resources/SOURCES.md), one a line.\n")
HEADER_DICTIONARY = ("# Verbs and adverbs of jieba's dictionary (MIT; built by scripts/build_words.py) that no organization's\n"
                     "# name contains and verbs.txt does not list, one a line.\n")
HEADER_WORDS = ("# Two-character words of jieba's dictionary (MIT; built by scripts/build_words.py) that it does not tag\n"
                "# as names, one a line.\n")
HEADER_COMMON = ("# Two-character words frequent in the segmented People's Daily 1998 corpus (built by\n"
                 "# scripts/build_words.py, research use, see zhqx/resources/SOURCES.md), one a line.\n")


def corpus_lines():
    folder = shared_dir() / "data" / "seg_extra" / "pd1998_janfeb"
    for path in sorted(folder.glob("*.txt")):
        with path.open(encoding="utf-8") as lines:
            yield from (line.split() for line in lines)


def name_parts() -> set[str]:
    """Every 2-3 character substring of a names-lexicon form, and the place names."""
    from zhqx.entities.grammar import grammar_for
    from zhqx.names import name_forms

    grammar = grammar_for()
    parts = set(grammar.places)
    for form in name_forms():
        for size in (2, 3):
            parts.update(form[i:i + size] for i in range(len(form) - size + 1))
    return parts


def _has_head(word: str) -> bool:
    """Whether a word holds a name's head (地税局, 拍卖行, 中联部): it could end a name, never cut one."""
    from zhqx.entities.grammar import grammar_for

    grammar = grammar_for()
    return bool(grammar.org_suffix.search(word) or grammar.park_suffix.search(word)
                or grammar.national_org.search(word) or word[-1] in "部署行局厅委办")


def dictionary_verbs(excluded: set[str], listed: set[str]) -> list[str]:
    """The words of 2-3 Chinese characters tagged v or d in jieba's dictionary, frequent there, not ``excluded``
    (name parts, places), holding no name's head and not ``listed`` already."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    found = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, count, tag = line.split()
            if tag in DICTIONARY_TAGS and int(count) >= DICTIONARY_COUNT and _WORD.fullmatch(word) and (
                    word not in excluded and word not in listed and not _has_head(word)):
                found.add(word)
    return sorted(found)


def dictionary_words() -> list[str]:
    """The two-character words of jieba's dictionary, frequent there, not tagged as a name."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    with path.open(encoding="utf-8") as lines:
        rows = [line.split() for line in lines]
    return sorted({word for word, count, tag in rows if len(word) == 2 and _WORD.fullmatch(word)
                   and int(count) >= WORD_COUNT and tag not in NAME_TAGS})


def build() -> tuple[list[str], list[str], list[str]]:
    """The verb and adverb list, the dictionary's further verbs and adverbs, and the common two-character words."""
    count, verb_context = Counter(), Counter()
    for words in corpus_lines():
        for i, word in enumerate(words):
            if _WORD.fullmatch(word):
                count[word] += 1
                if (i + 1 < len(words) and words[i + 1] in ASPECT) or (i and words[i - 1] in MODALS):
                    verb_context[word] += 1
    excluded = name_parts()
    frequent = [w for w, n in count.items() if n >= MIN_COUNT and w not in excluded and not _has_head(w)]
    verbs = {w for w in frequent if verb_context[w] / count[w] >= VERB_SHARE}
    before_verb = Counter()
    for words in corpus_lines():
        for word, after in zip(words, words[1:]):
            if after in verbs:
                before_verb[word] += 1
    adverbs = {w for w in frequent if count[w] >= ADVERB_COUNT and before_verb[w] / count[w] >= ADVERB_SHARE}
    common = [w for w, n in count.items() if len(w) == 2 and n >= COMMON_COUNT]
    listed = verbs | adverbs
    return sorted(listed), dictionary_verbs(excluded, listed), sorted(common)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if rebuilding would change the lists")
    args = parser.parse_args(argv)
    verbs, more, common = build()
    texts = {OUT: HEADER + "".join(f"{word}\n" for word in verbs),
             OUT_DICTIONARY: HEADER_DICTIONARY + "".join(f"{word}\n" for word in more),
             OUT_COMMON: HEADER_COMMON + "".join(f"{word}\n" for word in common),
             OUT_WORDS: HEADER_WORDS + "".join(f"{word}\n" for word in dictionary_words())}
    stale = [path.name for path, text in texts.items() if not path.is_file() or path.read_text(encoding="utf-8") != text]
    if args.check:
        print(f"{', '.join(stale)} would change: run scripts/build_words.py" if stale else "word lists up to date")
        return 1 if stale else 0
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({text.count(chr(10)) - 2} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
