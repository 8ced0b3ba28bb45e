"""The entity stage's gates give the results of a full scan: the place cue (zhqx.entities.cues), the patterns
behind a lookahead for their first characters (zhqx.text.prefilter.leading) and TextIndex past its budget; and a
lexicon entry added later passes them (the gates are read off the lexicons, never written by hand)."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhqx.entities import find_entities
from zhqx.entities.cues import StartCue
from zhqx.entities.grammar import grammar_for
from zhqx.entities.scanning import TextIndex, boundary, place_units
from zhqx.lexicon import default_lexicons
from zhqx.text.prefilter import first_chars, leading

GRAMMAR = grammar_for(None)
FIXTURES = sorted(Path(__file__).resolve().parents[1].joinpath("fixtures", "articles").glob("*.json"))
TEXT = "".join(json.loads(path.read_text(encoding="utf-8"))["text"] for path in FIXTURES[:40])
ALPHABET = "青禾湾园区高新"


def _row(entry: str, example: str) -> dict:
    return {"entry": entry, "source": "test", "example": example}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), max_size=8),
       st.text(alphabet=ALPHABET + "，", max_size=30))
def test_start_cue_gives_every_start_with_its_lengths(words, text):
    cue = dict(StartCue(words).starts(text))
    for i in range(len(text)):
        lengths = {len(word) for word in words if text.startswith(word, i)}
        assert lengths <= set(cue.get(i, ())), (i, words)
    for sizes in cue.values():
        assert sizes == sorted(sizes, reverse=True)


@pytest.mark.parametrize("pattern, chars", [
    (r"(?<=[市省])委(?!员)", {"委"}),
    (r"(?:高新)?区|园", {"高", "区", "园"}),
    (r"[甲乙]*丙", {"甲", "乙", "丙"}),
    (r"(?:甲)?", None),  # may match empty: no set
    (r"\d+元", None),  # a class too large
    (r"(?i)ab", None),
])
def test_first_chars_of_a_pattern(pattern, chars):
    assert first_chars(re.compile(pattern)) == (None if chars is None else frozenset(chars))


def _spans(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(default_lexicons()))
def test_a_lexicon_pattern_behind_its_lookahead_matches_as_itself(name):
    pattern = default_lexicons()[name].pattern
    assert _spans(leading(pattern), TEXT) == _spans(pattern, TEXT)


def test_every_grammar_pattern_is_behind_a_lookahead_that_changes_no_match():
    for name, value in vars(GRAMMAR).items():
        if isinstance(value, re.Pattern) and value.pattern.startswith("(?=["):
            plain = re.compile(value.pattern[value.pattern.index("])(?:") + 5:-1])
            assert _spans(value, TEXT) == _spans(plain, TEXT), name


def _units_of_every_offset(text):
    """The place scan before the cue: every offset tried, longest name first."""
    units, i, longest = {}, 0, max(map(len, GRAMMAR.places))
    while i < len(text):
        for size in range(longest, 0, -1):
            name = text[i:i + size]
            if i + size <= len(text) and name in GRAMMAR.places:
                weak = name in GRAMMAR.weak_places
                if text[i - 1:i + 1] in GRAMMAR.stop_words or (weak and not (boundary(text, i, GRAMMAR) or i in units)):
                    continue
                units[i + size] = i
                i += size - 1
                break
        i += 1
    return units


@pytest.mark.parametrize("text", ["湖北麻城经济开发区与江苏省昆山市、西枝江畔的企业", "其中山西项目", TEXT])
def test_places_found_at_the_cue_are_those_of_every_offset(text):
    assert place_units(text, GRAMMAR.places, GRAMMAR) == _units_of_every_offset(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="青禾湾园区", max_size=40), st.lists(st.text(alphabet="青禾湾园区", min_size=1, max_size=4),
                                                        min_size=1, max_size=6))
def test_text_index_past_its_budget_finds_what_str_find_finds(text, names):
    index, searched = TextIndex(text), TextIndex(text)
    index.FINDS = 1  # the index is built from the second name on
    assert [index.occurrences(name) for name in names] == [searched.occurrences(name) for name in names]


def test_new_lexicon_entries_pass_the_gates():
    lexicons = default_lexicons()
    assert "鲲" not in first_chars(GRAMMAR.park_suffix) and "货" not in first_chars(GRAMMAR.org_suffix)
    cases = [
        ("park_suffixes", "鲲鹏港", "项目落户青禾湾鲲鹏港。", ("青禾湾鲲鹏港", "PARK")),
        ("company_suffixes", "货栈", "昨日，青禾湾电子货栈与园区签约。", ("青禾湾电子货栈", "ORG")),
        ("bare_zones", "鳌屿湾", "鳌屿湾企业加快复工。", ("鳌屿湾", "PARK")),
    ]
    for lexicon, entry, example, expected in cases:
        mine = lexicons.replaced(lexicons[lexicon].extended([_row(entry, example)]))
        assert expected not in [(e.text, e.label) for e in find_entities(example)]
        assert expected in [(e.text, e.label) for e in find_entities(example, lexicons=mine)], lexicon


def test_entity_spans_are_those_of_filter_spans():
    import spacy
    from spacy.util import filter_spans

    from zhqx.pipeline.entities import _longest

    doc = spacy.blank("xx").make_doc("青禾 湾 园区 去年 签约")  # tokens at 0, 3, 5, 8, 11
    for mentions in ([(8, 10, "DATE"), (0, 4, "ORG")], [(8, 10, "PERSON"), (8, 10, "DATE"), (0, 7, "PARK")],
                     [(0, 4, "ORG"), (3, 7, "PARK")]):
        expected = filter_spans([doc.char_span(start, end, label=label) for start, end, label in mentions])
        assert [(s.start_char, s.end_char, s.label_) for s in _longest(doc, mentions)] == [
            (s.start_char, s.end_char, s.label_) for s in expected]
