"""The names lexicon: its build script (scripts/build_names.py) on invented rows, the committed artifacts
(rebuilt byte for byte from ../shared, skipped without it) and the loader ``zhqx.names``."""

from pathlib import Path

import pytest

from zhqx.names import KINDS, load_names, name_forms
from repo_modules import load

ROOT = Path(__file__).resolve().parent.parent


def _script():
    return load("scripts/build_names.py", "build_names")


build_names = _script()


@pytest.mark.parametrize("raw, clean", [
    ("*ST甲乙", "甲乙"), ("ST甲乙B", "甲乙"), ("S*ST甲乙", "甲乙"), ("甲乙A", "甲乙"), ("甲乙集团-W", "甲乙集团"),
    ("甲乙控股-SW", "甲乙控股"), ("甲乙集团－W", "甲乙集团"), ("甲乙医药－B", "甲乙医药"), ("甲乙－T", "甲乙"),
    ("TCL甲乙", "TCL甲乙"), ("甲乙丙", "甲乙丙"), ("ABC", "ABC"),
])
def test_stock_names_lose_status_and_share_class_marks(raw, clean):
    assert build_names.clean_stock_name(raw) == clean


def _write(folder: Path, name: str, header: str, *rows: str) -> None:
    (folder / name).write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


@pytest.fixture
def invented(tmp_path):
    _write(tmp_path, "companies.csv", "name,short_name,market,code,en,aliases,source",
           "甲乙科技股份有限公司,*ST甲乙,SZSE,000001,,,szse-list@marszhongx/stock-data:168980f2f8|adata:2.9.5",
           ",甲乙科技股份有限公司,HKEX,00001,,甲乙,matchina:0.2.4",  # merges into the row above (same name)
           "丙丁集团有限公司,,central-SOE(SASAC),,,丙丁集团,wikipedia:国务院国有资产监督管理委员会",
           "戊己,,foreign(CC-CEDICT),,a brand,,cc-cedict:2023-11-07",
           "庚辛公司,庚辛,SSE,600001,,,some-unlicensed-scrape:1.0",
           "壬,,cn(CC-CEDICT),,,,cc-cedict:2023-11-07",
           "癸委员会),,unknown(CC-CEDICT),,,,cc-cedict:2023-11-07")
    _write(tmp_path, "gov_media.csv", "name,abbreviations,kind,en,source",
           "甲省经济委员会,甲省经委;经,gov-provincial,,gov-site-list:0.1.0",
           "乙日报,,media(CC-CEDICT),,cc-cedict:2023-11-07")
    _write(tmp_path, "zones.csv", "name,aliases,level,province,city,approved,type,source",
           "丙经济技术开发区,丙经开区,,甲省,丙市,,经开区(NBS乡级单位),jionlp:1.5.31",
           "丁高新区,,national,甲省,丁市,,国家级新区,wikipedia:国家级新区|jionlp:1.5.31")
    return tmp_path


def _rows(text: str) -> dict[str, list[str]]:
    lines = text.splitlines()
    assert tuple(lines[0].split("\t")) == build_names.COLUMNS
    return {line.split("\t")[0]: line.split("\t") for line in lines[1:]}


def test_build_keeps_rows_by_licence_and_merges_forms(invented):
    texts, counts = build_names.build(invented)
    permissive = _rows(texts[build_names.OUT_PERMISSIVE])
    share_alike = _rows(texts[build_names.OUT_SHARE_ALIKE])
    assert set(permissive) == {"甲乙科技股份有限公司", "甲省经济委员会", "丙经济技术开发区"}
    assert set(share_alike) == {"丙丁集团有限公司", "戊己", "乙日报", "丁高新区"}
    name, aliases, kind, _detail, licence, source = permissive["甲乙科技股份有限公司"]
    assert (aliases, kind, licence, source) == ("甲乙", "ORG", "Apache-2.0 AND ISC AND MIT", "adata|matchina|szse")
    assert permissive["甲省经济委员会"][1:3] == ["甲省经委", "GOV"]  # the one-character form is dropped
    assert share_alike["乙日报"][2] == "MEDIA" and share_alike["丁高新区"][2] == "PARK"
    assert share_alike["丁高新区"][4] == "Apache-2.0 AND CC-BY-SA-4.0"
    assert share_alike["丙丁集团有限公司"][5] == "wikipedia:国务院国有资产监督管理委员会"  # attribution: the page
    assert counts["rows left out: unknown source"] == 1 and counts["rows left out: malformed name"] == 2
    assert "庚辛公司" not in permissive and "庚辛公司" not in share_alike


def test_build_is_deterministic_and_pointer_is_added_once(invented):
    assert build_names.build(invented)[0] == build_names.build(invented)[0]
    once = build_names.with_pointer("# Sources\n")
    assert once.count("## Names lexicon") == 1 and build_names.with_pointer(once) == once


def test_rebuilding_gives_the_committed_bytes(shared):
    texts, _ = build_names.build(shared / "data" / "names")
    for path, text in texts.items():
        assert path.read_bytes() == text.encode("utf-8"), f"{path.name} is stale: run python scripts/build_names.py"
    sources_md = build_names.SOURCES_MD.read_text(encoding="utf-8")
    assert build_names.with_pointer(sources_md) == sources_md


# -- the loader -------------------------------------------------------------------------------------

def test_loader_reads_every_kind_with_a_redistributable_licence():
    entries = load_names()
    assert {entry.kind for entry in entries} == set(KINDS)
    allowed = {"Apache-2.0", "MIT", "ISC", "CC-BY-SA-4.0"}
    for entry in entries:
        assert set(entry.licence.split(" AND ")) <= allowed, entry
        assert len(entry.name) >= 2 and all(len(alias) >= 2 for alias in entry.aliases), entry


def test_loader_filters_kinds_and_rejects_unknown_ones():
    parks = load_names(["PARK"])
    assert parks and all(entry.kind == "PARK" for entry in parks)
    with pytest.raises(ValueError, match="unknown kinds"):
        load_names(["COMPANY"])


def test_name_forms_maps_every_alias_back_to_its_entry():
    forms = name_forms(["ORG"])
    with_aliases = [entry for entry in load_names(["ORG"]) if entry.aliases][:50]
    assert with_aliases
    for entry in with_aliases:
        for form in entry.forms:
            assert entry in forms[form]


@pytest.mark.parametrize("name, forms", [
    ("中国青禾集团有限公司", ["中国青禾集团", "中国青禾", "青禾集团"]),  # a core that is no word: 中国 + core, core + 集团
    ("中国建筑集团有限公司", ["中国建筑集团"]),  # 建筑 is a common word: no 建筑集团
    ("中国川岭控股有限责任公司", ["中国川岭控股", "中国川岭", "川岭控股"]),
    ("国家青禾电网有限公司", ["国家青禾电网"]), ("青禾（集团）有限公司", []), ("青禾集团", []),
])
def test_state_firms_get_the_short_forms_the_press_uses(name, forms):
    assert build_names.state_firm_forms(name) == forms


@pytest.mark.parametrize("short, aliases, form", [
    ("XD青禾汽", ["XD青禾汽车"], "青禾汽车"),  # the exchange cut the name to four characters with its mark
    ("XD青禾汽", [], "青禾汽"), ("*ST甲乙", ["甲乙丙"], "甲乙丙"), ("青禾汽车", ["青禾汽车集团"], "青禾汽车"),
])
def test_a_short_name_cut_by_its_mark_is_its_uncut_alias(short, aliases, form):
    assert build_names.stock_short_name(short, aliases) == form


@pytest.mark.parametrize("name, forms", [
    ("青禾东方航空股份", ["青禾东方航空"]), ("青禾股份", []), ("西岭高速公路股份", []), ("青禾东方航空", []),
])
def test_a_hong_kong_share_company_is_also_named_without_its_mark(name, forms):
    assert build_names.share_company_forms(name) == forms
