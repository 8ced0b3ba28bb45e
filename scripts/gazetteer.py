"""Build zhqx's gazetteer of administrative divisions and development zones.

    python scripts/gazetteer.py

Reads ``../shared/data/gazetteers`` (the NBS 2023 division codes, plus the Hong Kong,
Macau and Taiwan names) and writes ``zhqx/resources/gazetteer.jsonl``, one sorted JSON
object per line, and its provenance to ``zhqx/resources/gazetteer.SOURCES.md``.

Labels: every division is GPE, except the county-level rows whose NBS code is a
functional zone (digits 5-6 are 71-79) and whose name is a zone (…开发区, …园区,
…示范区, …新区, …); those are PARK. The other functional-zone rows (…管理区, a scenic
area) stay GPE. Districts that are also national new areas (浦东新区) are ordinary
districts in the codes and stay GPE.

Aliases are the short forms a reader uses (昆山市 -> 昆山, 广西壮族自治区 -> 广西,
恩施土家族苗族自治州 -> 恩施 / 恩施州, 郑州高新技术产业开发区 -> 郑州高新区). An alias
is never one character, never a word in ``COMMON_WORDS``, and never a name or alias of a
higher-level division (the city 吉林市 does not get 吉林, which is the province).
"""

import csv
import json
import logging
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a file: `scripts.*` from this checkout

from scripts.corpus import REPO_ROOT, require, sha256, shared_dir  # noqa: E402

log = logging.getLogger("zhqx.scripts")

SOURCE_DIR = Path("data/gazetteers")
OUT_JSONL = REPO_ROOT / "zhqx" / "resources" / "gazetteer.jsonl"
OUT_SOURCES = REPO_ROOT / "zhqx" / "resources" / "gazetteer.SOURCES.md"

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
LEVELS = ("province", "city", "county")

# Short forms that are ordinary words in news text (资源县 -> 资源, 合作市 -> 合作, 路桥区 -> 路桥):
# aliases found as frequent words in People's Daily 1998 and outside any entity in the MSRA and
# People's Daily NER sets, reviewed by hand. The full names (资源县) still match.
COMMON_WORDS = set("""
合作 资源 友好 公安 解放 友谊 南部 振兴 比如 新建 富裕 将军 东方 牡丹 新兴 宏伟 光明 会同 通道 延长 万年
港口 共和 平原 安定 富民 古城 平安 淡水 清新 复兴 长寿 大关 安宁 前锋 威信 山上 上街 来宾 清水 新星 温泉
大方 江山 爱民 丰满 平房 同仁 同心 天涯 安居 工农 树林 平和 新民 新都 芙蓉 路桥 大名 太平 方正 白银 东山
台前 大厂 南岸 大田 平川 海港 灯塔 兴业 大观 沿河 同德 中方 安南 建华 商城 中原 运河 大树 南海 东海 太湖
三峡 阿里 长子 西山 凤凰 博爱 惠民 龙潭 天桥 鼓楼 莲花 白沙 木兰 钟楼 香山 白塔 白水 龙门 万里 江口 盐水
城厢 中和 江海 海棠 荷塘 站前 麒麟 甘泉 白杨 清流 洞口 河口 天心 水城 路南 路北 东坡 龙城 太白 太保 鸡冠
西市 南关 北关 高台 和顺 朝阳 和平 新华 长安 江南 江北 河东 河西 城中 城东 城西 城南 城北 青山 白云 向阳
前进 红旗 东风 胜利 建设 新城 老城 城关 市中 中西 大堂 互助 中正 离岛
""".split())
_ETHNIC = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|"
    "东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|"
    "俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺"
)
_ETHNIC_NAMES = set(_ETHNIC.split("|"))
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:(?:{_ETHNIC})族?)*自治(区|州|县|旗)$")
_PLAIN_SUFFIX = re.compile(r"^(.{2,}?)(特别行政区|地区|林区|特区|省|市|县|区|盟|旗)$")
_PARK_NAME = re.compile(r"(开发区|园区|示范区|实验区|试验区|新区|新城|聚集区|食品区)$")
# Zone-type short forms: the long suffix on the left, the forms a reader also writes on the right.
_ZONE_SHORT = (
    ("高新技术产业开发区", ("高新区",)),
    ("高技术产业开发区", ("高新区",)),
    ("高新技术开发区", ("高新区",)),
    ("高新技术产业园区", ("高新区",)),
    ("经济技术开发区", ("经开区", "经济开发区")),
    ("经济开发区", ("经开区",)),
    ("工业园区", ("工业园",)),
    ("产业园区", ("产业园",)),
)
# Rows whose official name is not the name a reader uses.
_EXTRA_ALIASES = {
    "乌拉盖管理区管委会": ["乌拉盖管理区", "乌拉盖"],
    "大柴旦行政委员会": ["大柴旦"],
    "中沙群岛的岛礁及其海域": ["中沙群岛"],
    "郑州航空港经济综合实验区": ["郑州航空港区"],
    "山西转型综合改革示范区": ["山西综改示范区"],
    "嘉模堂区": ["氹仔"],  # the source writes 嘉模堂区（氹仔）
    "圣方济各堂区": ["路环"],
}


def read_divisions(source: Path) -> list[dict]:
    """Every real division as a dict (name, label, level, code, province, city); placeholders skipped."""
    with open(require(source / "provinces.csv"), encoding="utf-8") as f:
        provinces = {row["code"]: row["name"] for row in csv.DictReader(f)}
    with open(require(source / "cities.csv"), encoding="utf-8") as f:
        cities = {row["code"]: row["name"] for row in csv.DictReader(f)}
    with open(require(source / "areas.csv"), encoding="utf-8") as f:
        areas = list(csv.DictReader(f))
    rows = [_row(name, "province", code, None, None) for code, name in provinces.items()]
    rows += [
        _row(name, "city", code, provinces[code[:2]], None)
        for code, name in cities.items()
        if name not in PLACEHOLDERS
    ]
    for area in areas:
        city = cities[area["cityCode"]]
        row = _row(area["name"], "county", area["code"], provinces[area["provinceCode"]],
                   None if city in PLACEHOLDERS else city)
        if area["code"][4] == "7" and _PARK_NAME.search(area["name"]):
            row["label"] = "PARK"
        rows.append(row)
    with open(require(source / "HK-MO-TW.json"), encoding="utf-8") as f:
        for province, children in json.load(f).items():
            rows.append(_row(province, "province", None, None, None))
            for city, counties in children.items():
                rows.append(_row(city, "city", None, province, None))
                rows += [_row(county.split("（")[0], "county", None, province, city) for county in counties]
    return rows


def _row(name: str, level: str, code: str | None, province: str | None, city: str | None) -> dict:
    return {"name": name, "label": "GPE", "level": level, "code": code, "province": province, "city": city}


def build(source: Path) -> list[dict]:
    """The gazetteer entries, each with its aliases, in a fixed order."""
    rows = read_divisions(source)
    taken: set[str] = set()
    for level in LEVELS:
        at_level = [row for row in rows if row["level"] == level]
        for row in at_level:
            row["aliases"] = _aliases(row, taken)
        taken |= {name for row in at_level for name in (row["name"], *row["aliases"])}
    return sorted(rows, key=lambda r: (r["name"], r["province"] or "", r["city"] or "", r["code"] or ""))


def _aliases(row: dict, taken: set[str]) -> list[str]:
    """The short forms of one row, minus its own name, common words, 1-char forms and higher-level names."""
    name = row["name"]
    forms = _EXTRA_ALIASES.get(name, []) + (_park_forms(row) if row["label"] == "PARK" else _division_forms(row))
    seen = []
    for form in forms:
        if form != name and len(form) > 1 and form not in COMMON_WORDS and form not in taken and form not in seen:
            seen.append(form)
    return seen


def _division_forms(row: dict) -> list[str]:
    name = row["name"]
    match = _AUTONOMOUS.match(name)
    if match:
        short, kind = match.group(1).removesuffix("族"), match.group(2)
        forms = [short + kind] if kind != "区" else []
        return forms if short in _ETHNIC_NAMES else [short, *forms]
    if name.endswith("管理区"):  # 岳阳市屈原管理区 -> 屈原管理区
        return [_strip_city(name, row["city"])]
    match = _PLAIN_SUFFIX.match(name)
    if not match or (match.group(2) == "旗" and match.group(1)[-1] in "左右前后中"):
        return []
    return [match.group(1)]


def _park_forms(row: dict) -> list[str]:
    """Zone names without the leading province or 市, each also with its short zone-type suffix."""
    bases = {row["name"], _strip_city(row["name"], row["city"])}
    province, city = _short(row["province"]), _short(row["city"])
    for base in list(bases):
        if base.startswith(province) and base[len(province):].startswith(city):
            bases.add(base[len(province):])
    forms = sorted(bases)
    for base in sorted(bases):
        for long, shorts in _ZONE_SHORT:
            if base.endswith(long):
                forms += [base.removesuffix(long) + short for short in shorts]
                break
    return forms


def _short(name: str) -> str:
    match = _AUTONOMOUS.match(name) or _PLAIN_SUFFIX.match(name)
    return match.group(1) if match else name


def _strip_city(name: str, city: str | None) -> str:
    """唐山市汉沽管理区 -> 汉沽管理区; 蚌埠市经济开发区 -> 蚌埠经济开发区."""
    if city and name.startswith(city) and len(name) > len(city):
        rest = name[len(city):]
        return rest if rest.endswith("管理区") else _short(city) + rest
    return name


def write_jsonl(entries: list[dict], path: Path = OUT_JSONL) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for entry in entries:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")


def write_sources(source: Path, entries: list[dict], path: Path = OUT_SOURCES) -> None:
    """Record the inputs (sha256, rows read) and the output counts."""
    inputs = []
    for name in ("provinces.csv", "cities.csv", "areas.csv", "HK-MO-TW.json"):
        if name.endswith(".csv"):
            with open(source / name, encoding="utf-8") as f:
                rows = f"{sum(1 for _ in csv.DictReader(f))} rows"
        else:
            rows = f"{sum(e['code'] is None for e in entries)} names"
        inputs.append(f"  - `{name}` ({rows}): sha256 `{sha256(source / name)}`")
    counts = {label: [e for e in entries if e["label"] == label] for label in ("GPE", "PARK")}
    lines = [
        "## Gazetteer (`gazetteer.jsonl`)",
        "Written by `python scripts/gazetteer.py`; do not edit by hand.",
        "",
        "- Chinese administrative divisions, NBS 统计用区划代码 2023 edition, from",
        "  github.com/modood/Administrative-divisions-of-China (`dist/`) at 57a0aa9cef47169a2eb74cf057b0245052a34e8c;",
        "  licence WTFPL (see `shared/data/gazetteers/SOURCE.md`). Placeholder rows (市辖区, 县, …) are skipped.",
        *inputs,
        f"- {len(entries)} entries: "
        + ", ".join(f"{label} {len(rows)} ({sum(len(e['aliases']) for e in rows)} aliases)" for label, rows in counts.items())
        + ".",
        "- PARK: county-level rows with a functional-zone code (digits 5-6 in 71-79) and a zone name.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    source = shared_dir() / SOURCE_DIR
    entries = build(source)
    write_jsonl(entries)
    write_sources(source, entries)
    log.info("%d entries -> %s", len(entries), OUT_JSONL)


if __name__ == "__main__":
    main()
