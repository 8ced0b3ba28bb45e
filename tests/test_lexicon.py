"""zhqx.lexicon: reading, checking and matching word lists."""

import random

import pytest

from zhqx.lexicon import Lexicon, LexiconError, Lexicons


def lex(*entries, **context):
    return Lexicon.from_rows("t", [{"entry": e, "source": "test", "example": e, **context.get(e, {})} for e in entries])


def test_longest_entry_wins_at_a_position():
    suffixes = lex("开发区", "经济开发区", "经济技术开发区", "区")
    assert [m.group() for m in suffixes.pattern.finditer("麻城经济技术开发区和经济开发区")] == ["经济技术开发区", "经济开发区"]


def test_trie_regex_agrees_with_a_plain_alternation_on_random_words():
    rng = random.Random(7)
    words = {"".join(rng.choice("园区开发高新工业") for _ in range(rng.randint(1, 4))) for _ in range(60)}
    lexicon = lex(*sorted(words))
    plain = __import__("re").compile("|".join(sorted(words, key=len, reverse=True)))
    for _ in range(300):
        text = "".join(rng.choice("园区开发高新工业市") for _ in range(12))
        assert [m.span() for m in lexicon.pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_context_columns_cancel_a_match():
    cues = lex("将", "局", 将={"not_after": "近"}, 局={"not_before": "布 格"})
    assert cues.pattern.findall("将近三成将开工") == ["将"]
    assert [m.start() for m in cues.pattern.finditer("布局，市统计局")] == [6]


def test_metacharacters_are_literals():
    assert lex("(有限合伙)", "A+B").pattern.findall("某基金(有限合伙)和A+B和AAB") == ["(有限合伙)", "A+B"]


def test_suffix_and_prefix_of():
    suffixes = lex("园", "产业园", "园区")
    assert suffixes.suffix_of("光谷产业园") == "产业园"
    assert suffixes.suffix_of("光谷") is None
    assert suffixes.prefix_of("园区内") == "园区"


def test_without_and_extended_are_copies():
    base = lex("签约", "开工")
    assert "签约" not in base.without("签约") and "签约" in base
    assert base.extended([{"entry": "揭牌", "source": "user", "example": "揭牌"}]).pattern.search("正式揭牌")
    with pytest.raises(LexiconError, match="no entry"):
        base.without("竣工")
    with pytest.raises(LexiconError, match="listed twice"):
        base.extended([{"entry": "开工"}])


def test_empty_lexicon_matches_nothing():
    assert lex().pattern.search("任何文字") is None


def test_files_round_trip_and_bad_headers_are_named(tmp_path):
    lexicons = Lexicons([lex("高新区", "局", 局={"not_before": "布 格"})])
    lexicons.write(tmp_path)
    again = Lexicons.read(tmp_path)
    assert again["t"].rows == lexicons["t"].rows
    (tmp_path / "bad.tsv").write_text("word\tsource\n高新区\tx\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.tsv: the header lacks entry, example"):
        Lexicons.read(tmp_path)
    with pytest.raises(LexiconError, match="no lexicon 'nope'"):
        again["nope"]


def test_to_disk_from_disk_carry_a_user_extension(tmp_path):
    lexicons = Lexicons([lex("高新区")])
    extended = lexicons.replaced(lexicons["t"].extended([{"entry": "科学城", "source": "user", "example": "光明科学城"}]))
    extended.to_disk(tmp_path / "lexicons")
    assert Lexicons.from_disk(tmp_path / "lexicons")["t"].pattern.search("光明科学城").group() == "科学城"


def test_where_selects_rows_by_a_column_once():
    cues = Lexicon.from_rows("t", [{"entry": "日前", "category": "VAGUE"}, {"entry": "去年", "category": "PAST"},
                                   {"entry": "近日", "category": "VAGUE"}])
    vague = cues.where("category", "VAGUE")
    assert list(vague) == ["日前", "近日"] and vague.pattern.findall("近日去年日前") == ["近日", "日前"]
    assert cues.where("category", "VAGUE") is vague
    assert len(cues.where("category", "NONE")) == 0
