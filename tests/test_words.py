"""The word lists (scripts/build_words.py -> zhqx/resources/verbs.txt, common_words.txt) and the verb cut in a
name's prefix."""

import pytest

from repo_modules import load
from zhqx.entities.words import after_verbs, common_words, dictionary_verbs, verbs
from zhqx.names import name_forms

build_words = load("scripts/build_words.py", "build_words")


def test_rebuilding_gives_the_committed_list(shared):
    assert build_words.main(["--check"]) == 0, "a word list is stale: run python scripts/build_words.py"


def test_common_words_are_frequent_two_character_words():
    words = common_words()
    assert len(words) > 5000 and all(len(word) == 2 for word in words)
    assert {"租赁", "证券"} <= words


def test_no_name_of_the_names_lexicon_holds_a_listed_word():
    words = verbs() | dictionary_verbs()
    assert len(words) > 1000 and not verbs() & dictionary_verbs()
    for form in name_forms():
        assert not any(form[i:i + n] in words for n in (2, 3) for i in range(len(form) - n + 1)), form


@pytest.mark.parametrize(("text", "units", "start"), [
    pytest.param("允许外资银行", {}, 2, id="after-a-verb"),
    pytest.param("陕西全面取消政府", {}, 6, id="after-the-last-of-adverb-and-verb"),
    pytest.param("青山湾高新区分局", {6: 0}, 0, id="never-across-a-zone"),
    pytest.param("青禾重工机械", {}, 0, id="no-verb"),
    pytest.param("鼓励商业银行", {}, 2, id="a-dictionary-verb-starting-it"),
    pytest.param("首先关注星澜投资公司", {}, 4, id="dictionary-adverb-and-verb"),
    pytest.param("贵州筑城电子公司", {2: 0}, 0, id="a-dictionary-verb-as-brand-after-a-place"),
    pytest.param("行政审批局", {}, 0, id="a-task-right-before-the-head"),
    pytest.param("应急救援联盟", {}, 0, id="no-dictionary-verb-inside-a-word"),
])
def test_a_prefix_starts_after_its_last_verb(text, units, start):
    head = next((h for h in ("银行", "政府", "分局", "公司", "联盟", "局") if text.endswith(h)), "")
    assert after_verbs(text, 0, len(text) - len(head), units) == start


def test_a_name_after_a_dictionary_verb_is_judged_as_any_name():
    from zhqx.entities import find_entities

    assert [e.text for e in find_entities("命令：授予星澜大学荣誉称号。") if e.label == "ORG"] == ["星澜大学"]
    assert not [e for e in find_entities("政策鼓励商业银行放贷。") if e.label == "ORG"]
