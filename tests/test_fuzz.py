"""A bounded fuzz harness (the long one is ``benchmarks/fuzz.py``, whose checks these tests share): generated
text never raises, never gives a value that is not finite, an invalid offset, or JSON that is not strict."""


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zhqx
from repo_modules import load


def _fuzz():
    return load("benchmarks/fuzz.py", "fuzz_benchmark")


FUZZ = _fuzz()
_ANY = st.text(st.characters(blacklist_categories=()), max_size=120)
_NEWS = st.lists(
    st.sampled_from(FUZZ.PARKS + FUZZ.TRIGGERS + FUZZ.DATES + FUZZ.PUNCTUATION + FUZZ.UNITS + FUZZ.NUMERALS),
    max_size=30,
).map("".join)
_HUGE = st.builds(
    lambda head, digits, magnitudes, unit: head + digits + magnitudes + unit,
    st.sampled_from(["", "总投资", "共", "增长"]),
    st.text("0123456789一二九十百千", min_size=1, max_size=600),
    st.text("万亿", max_size=60),
    st.sampled_from(FUZZ.UNITS + ["", "家企业复工。"]),
)
_REPEATED = st.builds(lambda unit, n: unit * n, st.sampled_from(FUZZ.REPEATED), st.integers(1, 40))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_ANY, _NEWS, _HUGE, _REPEATED))
def test_generated_text_has_no_problem(text):
    [result] = zhqx.extract_many([text], errors="record")
    assert FUZZ.problems(text, result) == []


def test_each_generator_of_the_long_harness_gives_texts_without_problems():
    cases = FUZZ.generate(100, seed=1)
    results = zhqx.extract_many((text for _, text in cases), errors="record")
    assert [(name, p) for (name, text), r in zip(cases, results) for p in FUZZ.problems(text, r)] == []
    assert {name for name, _ in cases} == {"random unicode", "news-like", "mutated fixtures", "huge numerals",
                                           "repeated units"}


def test_the_checks_catch_what_they_check():
    text = "总投资72.3亿元"
    good = zhqx.extract(text)
    assert FUZZ.problems(text, good) == []
    [quantity] = good.quantities
    moved = zhqx.Extraction(text=text, quantities=(zhqx.Quantity(**{**quantity.to_dict(), "start": 0}),))
    infinite = zhqx.Extraction(text=text, quantities=(zhqx.Quantity(**{**quantity.to_dict(), "value": float("inf")}),))
    assert [p.split(":")[0] for p in FUZZ.problems(text, moved)] == ["offsets"]
    assert [p.split(":")[0] for p in FUZZ.problems(text, infinite)] == ["not finite", "json"]
    assert FUZZ.problems(text, zhqx.types.Failure(index=0, error="ValueError", message="x"))[0].startswith("exception")
    assert FUZZ.generate(25, seed=5) == FUZZ.generate(25, seed=5) != FUZZ.generate(25, seed=6)  # seeded
