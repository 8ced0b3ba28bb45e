import dataclasses

import pytest

from scripts import gazetteer as builder
from zhqx.gazetteer import GazetteerEntry, load_gazetteer, lookup_table


def only(key):
    entries = lookup_table()[key]
    assert len(entries) == 1, f"{key} -> {[e.name for e in entries]}"
    return entries[0]


def test_loads_the_packaged_gazetteer():
    entries = load_gazetteer()
    assert len(entries) > 3500
    assert {e.label for e in entries} == {"GPE", "PARK"}
    assert {e.level for e in entries} == {"province", "city", "county"}
    assert sum(e.label == "PARK" for e in entries) == 113
    assert isinstance(entries[0], GazetteerEntry)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entries[0].name = "x"


def test_county_alias():
    entry = only("昆山")
    assert (entry.name, entry.label, entry.level, entry.code) == ("昆山市", "GPE", "county", "320583")
    assert (entry.province, entry.city) == ("江苏省", "苏州市")


@pytest.mark.parametrize(
    "alias, name",
    [("内蒙古", "内蒙古自治区"), ("广西", "广西壮族自治区"), ("新疆", "新疆维吾尔自治区"), ("香港", "香港特别行政区"),
     ("北京", "北京市"), ("恩施州", "恩施土家族苗族自治州"), ("神农架", "神农架林区"), ("氹仔", "嘉模堂区")],
)
def test_short_forms(alias, name):
    assert only(alias).name == name


@pytest.mark.parametrize(
    "short, long",
    [("郑州高新区", "郑州高新技术产业开发区"), ("长春经开区", "长春经济技术开发区"), ("苏州工业园", "苏州工业园区"),
     ("秦皇岛经开区", "秦皇岛市经济技术开发区"), ("唐山芦台经开区", "河北唐山芦台经济开发区"),
     ("威海火炬高新区", "威海火炬高技术产业开发区")],
)
def test_park_short_and_long_forms(short, long):
    assert only(short) is only(long)
    assert only(long).label == "PARK"


def test_wuxi_high_tech_zone_is_not_in_the_division_codes():
    # The NBS codes list 113 functional zones; Wuxi's is not one of them, so the
    # entities component has to find 无锡高新区 by its suffix, not by this gazetteer.
    assert "无锡高新区" not in lookup_table()
    assert "无锡高新技术产业开发区" not in lookup_table()


def test_districts_that_are_new_areas_stay_gpe():
    assert only("浦东新区").label == "GPE"
    assert only("兰州新区").label == "PARK"


def test_aliases_are_never_one_character_common_words_or_the_name():
    for entry in load_gazetteer():
        for alias in entry.aliases:
            assert len(alias) > 1 and alias != entry.name, (entry.name, alias)
            assert alias not in builder.COMMON_WORDS, (entry.name, alias)
    assert "资源" not in lookup_table() and only("资源县").level == "county"


def test_lower_levels_do_not_take_a_higher_level_short_form():
    assert only("吉林").level == "province"
    assert only("海南").level == "province"
    assert only("海南州").name == "海南藏族自治州"


def test_placeholders_are_skipped():
    table = lookup_table()
    assert not {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"} & table.keys()


def test_rebuild_gives_identical_bytes(shared, tmp_path):
    source = shared / builder.SOURCE_DIR
    entries = builder.build(source)
    builder.write_jsonl(entries, tmp_path / "gazetteer.jsonl")
    builder.write_sources(source, entries, tmp_path / "gazetteer.SOURCES.md")
    for built, packaged in [("gazetteer.jsonl", builder.OUT_JSONL), ("gazetteer.SOURCES.md", builder.OUT_SOURCES)]:
        assert (tmp_path / built).read_bytes() == packaged.read_bytes(), (
            f"{packaged.name} is stale: run `python scripts/gazetteer.py`"
        )
