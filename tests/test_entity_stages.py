"""Unit tests of the entity stages (zhqx.entities.*): each stage on its own, typed candidates in and out."""

from hypothesis import given, settings
from hypothesis import strategies as st

from zhqx.entities.grammar import Candidate, grammar_for
from zhqx.entities.parks import parks, quoted_parks
from zhqx.entities.people import people
from zhqx.entities.resolution import resolve
from zhqx.entities.scanning import TextIndex, place_units
from zhqx.lexicon import default_lexicons

GRAMMAR = grammar_for(None)


def _pairwise_resolve(candidates, kept):
    """The quadratic resolution the linear one replaced (reference)."""
    rank = {"ORG": 0, "PARK": 1, "PERSON": 2, "GPE": 3}
    taken = [(s, e) for s, e, _ in kept]
    result = list(kept)
    for start, end, label in sorted(set(candidates), key=lambda c: (c[0] - c[1], rank[c[2]], c[0])):
        if all(end <= s or e <= start for s, e in taken):
            taken.append((start, end))
            result.append(Candidate(start, end, label))
    return result


spans = st.builds(lambda s, n, label: Candidate(s, s + n, label), st.integers(0, 40), st.integers(1, 8),
                  st.sampled_from(["ORG", "PARK", "PERSON", "GPE"]))


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, max_size=25))
def test_resolution_keeps_what_the_pairwise_check_kept(candidates):
    kept = _pairwise_resolve(candidates[:5], [])  # disjoint, as the stage passes them
    assert resolve(candidates, kept, 50) == _pairwise_resolve(candidates, kept)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="青禾湾园区", max_size=40), st.text(alphabet="青禾湾园区", min_size=1, max_size=4))
def test_text_index_finds_what_repeated_find_finds(text, name):
    expected, start = [], text.find(name)
    while start >= 0:
        expected.append(start)
        start = text.find(name, start + len(name))
    assert TextIndex(text).occurrences(name) == expected


def test_place_units_map_ends_to_starts():
    text = "湖北麻城经济开发区"
    units = place_units(text, GRAMMAR.places, GRAMMAR)
    assert {text[start:end] for end, start in units.items()} >= {"湖北", "麻城"}


def test_parks_stage_returns_candidates():
    text = "项目落户青禾湾高新区，入驻孵化器“伊通河湾”。"
    units = place_units(text, GRAMMAR.places, GRAMMAR)
    assert parks(text, units, GRAMMAR.places, GRAMMAR) == [Candidate(4, 10, "PARK")]
    assert quoted_parks(text, GRAMMAR) == [Candidate(17, 21, "PARK")]  # a carrier, then a zone head


def test_people_stage_returns_offsets():
    assert people("总经理张明华表示。", GRAMMAR) == [(3, 6)]


def test_a_grammar_is_compiled_once_per_lexicons_object():
    lexicons = default_lexicons()  # (not GRAMMAR: other tests' mutants may have pushed it out of the cache)
    shipped = grammar_for(lexicons)
    assert grammar_for(None) is shipped and grammar_for(lexicons) is shipped
    mutant = lexicons.replaced(lexicons["titles"].without("主任"))
    assert grammar_for(mutant) is not shipped and people("主任张明华表示。", grammar_for(mutant)) == []
    assert grammar_for(mutant) is grammar_for(mutant)
