"""zhqx.text.prefilter: a pattern's needed characters, and Prefiltered gives the pattern's own results."""

import re

from hypothesis import given, strategies as st

from zhqx.events import triggers
from zhqx.events.roles import days, project
from zhqx.events.spec import EventRules, rows_pattern
from zhqx.text.prefilter import Prefiltered, needed_chars, prefiltered


def test_needed_chars_of_a_pattern():
    assert needed_chars(re.compile("昨天|今天")) == {"天"}
    assert needed_chars(re.compile("(?:项目|基地)+(?:一期)?")) == {"目", "地"}
    assert needed_chars(re.compile(r"(?<![\d])\d{1,2}天前|同日")) == {"前", "日"}  # lookbehinds read nothing
    assert needed_chars(re.compile("[甲乙]+")) == {"甲", "乙"}
    for none in (r"\d+", "[^，]", "天?", "a|", ".", "(天)\\1?x?" "|b*", "(?i)abc", "[\u4e00-\u9fff]"):
        assert needed_chars(re.compile(none)) is None, none


def test_prefiltered_is_the_pattern_where_it_cannot_filter():
    pattern = Prefiltered(re.compile(r"\d+"))
    assert [m.group() for m in pattern.finditer("a12b3")] == ["12", "3"] and pattern.groups == 0


def test_prefiltered_is_made_once_per_pattern():
    pattern = re.compile("昨天")
    assert prefiltered(pattern) is prefiltered(pattern) and prefiltered(pattern).regex is pattern


_RULES = EventRules.default()
_PATTERNS = [
    days.RELATIVE_DAY, triggers._FACTORIES, _RULES.modality._not_done.regex,
    project._suffix_pattern(_RULES.lexicons["event_project_suffixes"].regex).regex,
    *(rows_pattern(_RULES.lexicons["event_park_anaphors"], "position", p) for p in ("anywhere", "phrase_start")),
    *(rows_pattern(_RULES.lexicons["event_date_cues"], "category", c) for c in ("VAGUE", "PAST")),
    re.compile("(?:复工|复产)(?:和|、)?新?$"), re.compile(r"(?<=[，。])(?:上午|下午)|\d+家"),
]
# Characters of the patterns' words, and others: texts in which the patterns match here and there.
_ALPHABET = "天日月前同当次昨今上午晚期项目基地工程中心区园城将计划未家企业复工产新开签约，。；1２3 \n"


@given(st.text(_ALPHABET, max_size=60), st.integers(0, 70), st.integers(0, 70), st.sampled_from(_PATTERNS))
def test_prefiltered_finds_what_the_pattern_finds(text, pos, endpos, pattern):
    filtered = Prefiltered(pattern)
    expected = [(m.span(), m.group()) for m in pattern.finditer(text, pos, endpos)]
    for _ in range(2):  # the first call on a text scans the span, later ones bisect the text's offsets
        assert [(m.span(), m.group()) for m in filtered.finditer(text, pos, endpos)] == expected
        found = filtered.search(text, pos, endpos)
        assert (found and found.span()) == (expected[0][0] if expected else None)
        assert filtered.findall(text, pos, endpos) == pattern.findall(text, pos, endpos)
