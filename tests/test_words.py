"""The word lists (scripts/build_words.py -> zhqx/resources/verbs.txt, common_words.txt) and the verb cut in a
name's prefix."""

import pytest

from repo_modules import load
from zhqx.entities.words import after_verbs, common_words, verbs
from zhqx.names import name_forms

build_words = load("scripts/build_words.py", "build_words")


def test_rebuilding_gives_the_committed_list(shared):
    assert build_words.main(["--check"]) == 0, "a word list is stale: run python scripts/build_words.py"


def test_common_words_are_frequent_two_character_words():
    words = common_words()
    assert len(words) > 5000 and all(len(word) == 2 for word in words)
    assert {"租赁", "证券"} <= words


def test_no_name_of_the_names_lexicon_holds_a_listed_word():
    words = verbs()
    assert len(words) > 1000
    for form in name_forms():
        assert not any(form[i:i + n] in words for n in (2, 3) for i in range(len(form) - n + 1)), form


@pytest.mark.parametrize(("text", "units", "start"), [
    pytest.param("允许外资银行", {}, 2, id="after-a-verb"),
    pytest.param("陕西全面取消政府", {}, 6, id="after-the-last-of-adverb-and-verb"),
    pytest.param("青山湾高新区分局", {6: 0}, 0, id="never-across-a-zone"),
    pytest.param("青禾重工机械", {}, 0, id="no-verb"),
])
def test_a_prefix_starts_after_its_last_verb(text, units, start):
    assert after_verbs(text, 0, len(text) - 2 if text.endswith(("银行", "政府", "分局")) else len(text), units) == start
