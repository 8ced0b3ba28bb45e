"""Build ``zhqx/resources/verbs.txt``: words that act as verbs or adverbs and are never part of an organization's name.

    python scripts/build_verbs.py            # write the list
    python scripts/build_verbs.py --check    # exit 1 if rebuilding would change it

A POS-like list without POS tags: from the segmented People's Daily corpus of ``../shared/data/seg_extra/
pd1998_janfeb`` a word (2-3 Chinese characters, seen at least ``MIN_COUNT`` times) is a verb when a share of its
occurrences (``VERB_SHARE``) stands before an aspect particle (了, 着, 过) or after a modal or adverb (不, 已经,
将, 进一步 …), and an adverb (seen ``ADVERB_COUNT`` times) when a share of its occurrences (``ADVERB_SHARE``) stands right before such a verb
(全面|推进, 大幅|提高). A word written inside any form of the names lexicon (投资, 发展, 控股, 延长 of 延长石油) or
that is a place name is left out: the list may only cut what no name contains. The entity grammar uses it to
leave a verb phrase out of a name's prefix (鼓励|商业银行, 走进|广汽集团). Never in the wheel (top-level
``scripts/``); the list it writes is.
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
MIN_COUNT = 10
VERB_SHARE = 0.1
ADVERB_SHARE = 0.3
ADVERB_COUNT = 30
ASPECT = frozenset("了着过")
MODALS = frozenset("不 没 没有 已 已经 正在 将 要 会 能 可以 应 应该 必须 努力 积极 进一步 大力 继续 共同 认真 坚决 "
                   "切实 不断 逐步 开始 也 都 还 又 并 就".split())
_WORD = re.compile(r"[\u4e00-\u9fff]{2,3}")
HEADER = ("# Verbs and adverbs that no organization's name contains (built by scripts/build_verbs.py from the\n"
          "# segmented People's Daily 1998 corpus, research use, see zhqx/resources/SOURCES.md), one a line.\n")


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


def build() -> list[str]:
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
    return sorted(verbs | adverbs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if rebuilding would change the list")
    args = parser.parse_args(argv)
    text = HEADER + "".join(f"{word}\n" for word in build())
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("verbs.txt is up to date" if same else "verbs.txt would change: run scripts/build_verbs.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 2} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
