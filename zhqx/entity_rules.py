"""Pure-Python entity grammar: ORG, PARK, GPE and PERSON mentions in Chinese news text.

A name is a suffix (…高新区, …有限公司, …管委会) plus the prefix found by scanning left from it:
the scan passes over characters and known place or park names, and stops at punctuation, function
words and verbs, or where a place name starts the name. Then PERSON names after titles, GPEs from
the gazetteer, and every later mention of a name or of its short form (德康生物 for
湖南德康生物制药有限公司, 青山湾 for 青山湾高新区). Only the longest of overlapping names is kept.
"""

import re
from collections.abc import Mapping
from functools import cache

from zhqx.errors import require_text
from zhqx.types import Entity


def _alternation(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


_PARK_SUFFIX = re.compile(
    "(?:" + _alternation("""
        高新技术产业开发区 高新技术产业园区 高新技术开发区 高技术产业开发区 经济技术开发区 经济开发区 综合保税区
        保税区 自由贸易试验区 自贸试验区 自贸区 合作区 高新区 经开区 开发区 示范区 新区""")
    + r"|(?:工业|产业|科技|创新|软件|科创|智汇|创业|物流|孵化|智造|双创|信息|电商|文创|总部)园区?"
    + r"|[创造梦智慧数芯光药硅]谷)"
)
# Suffixes of government bodies (and bare 公司): their prefix must start with a place, a park or 市/省/县/区.
_GOV_SUFFIX = _alternation("""
    管委会 管理委员会 委员会 党工委 办事处 人民政府 政府 分局 发改委 发展改革委 经信委 工信委 卫健委 国资委 科委
    教委 商委 住建委 公司""") + r"|(?<=[市省区县州])委(?!员)|局(?!长)|厅(?!长)"
_COMPANY_SUFFIX = _alternation("""
    股份有限公司 有限责任公司 有限公司 股份公司 分公司 株式会社 集团 研究总院 研究院 研究所 科学院 大学 学院 银行
    分行 支行 协会 学会 商会 联合会 基金会 医院""")
_ORG_SUFFIX = re.compile(f"(?:{_GOV_SUFFIX})|(?:{_COMPANY_SUFFIX})(?!生)")
_COMPANY = re.compile(_COMPANY_SUFFIX)
# Where a name ends: the scan for a park prefix stops after one of these.
_NAME_END = re.compile(f"(?:{_COMPANY_SUFFIX}|{_GOV_SUFFIX}|园|谷|区)$")

_STOP_CHARS = set("在于的和与是将已等及或为由向从把被对也还并又再都就即所其该此各每这那了着给让使至到自而但则要我本个座批类种项")
_STOP_WORDS = set("""
    位于 落户 入驻 进驻 签约 签订 签署 推动 推进 引进 支持 帮助 联合 走访 选择 来自 包括 其中 以及 同时 目前 今年
    去年 明年 当天 同日 次日 获悉 举行 召开 出席 表示 介绍 成为 作为 通过 依托 携手 牵头 组织 对接 洽谈 企业
    公司 旗下 所辖 辖区 正式 成功 顺利 率先 先后 分别 相继 已有 还有 另有 此外 另外 据悉 近日 日前 打造 加快
    建成 开工 竣工 投产 复工 复产 抓好 看中 聚焦 加强 推广 提供 发布 组建 制定 开展 实施 落实 协调 解决 指导
    督促 要求 按照 围绕 针对 面向 拜访 考察 调研 会见 会同 邀请 协助 根据 积极 主动 全力 继续 持续 深入 已经
    正在 计划 预计 力争 宣布 启动 参与 配合 争取 吸引 招引 承接 共建 新建 筹建 设立 成立 建立 主任 书记 局长 市长 董事长 总经理 记者 通讯员""".split())
_MAX_STOP_WORD = max(map(len, _STOP_WORDS))
# Words containing a stop character that may sit inside a name (湘潭市工业和信息化局).
_KEEP_WORDS = ("工业和信息化", "经济和信息化", "发展和改革", "住房和城乡建设", "人力资源和社会保障", "文化和旅游", "国家")
_GENERIC_HEADS = (
    "国家", "省级", "市级", "区级", "全国", "一流", "新型", "现代", "特色", "重点", "相关", "有关", "主要", "龙头",
    "科技", "工业", "产业", "高新", "创新", "创业", "商业", "国有", "民营", "外资", "地方", "城市", "建设", "首个",
    "多个", "各类", "全资", "控股", "全省", "全市", "全区", "全县", "各地", "省内", "市内", "区内", "母", "子",
)
_BARE_ZONES = ("中关村", "张江", "漕河泾", "前海", "横琴", "亦庄")
_NATIONAL_ORGS = ("新华社", "国务院", "工信部", "科技部", "商务部", "财政部", "中国人民银行", "海关总署")
_COUNTRIES = """
    中国 美国 日本 韩国 朝鲜 德国 法国 英国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 丹麦 挪威 芬兰 奥地利 波兰
    俄罗斯 乌克兰 以色列 土耳其 印度 巴基斯坦 越南 泰国 新加坡 马来西亚 印度尼西亚 菲律宾 柬埔寨 老挝 缅甸 澳大利亚
    新西兰 加拿大 墨西哥 巴西 阿根廷 智利 南非 埃及 沙特阿拉伯 阿联酋 卡塔尔 哈萨克斯坦 蒙古""".split()

_TITLE = re.compile(
    "(?:" + _alternation("""
        记者 通讯员 主任 副主任 总经理 副总经理 董事长 副董事长 书记 副书记 局长 副局长 市长 副市长 区长 副区长
        县长 副县长 省长 副省长 创始人 总裁 副总裁 负责人 院长 副院长 校长 行长 副行长 主席 副主席 秘书长
        处长 部长 厅长 总监 总工程师 会长 理事长 所长 镇长""") + r")[ \u3000]?"
)
_AFTER_NAME = re.compile(
    r"(?:[^\u4e00-\u9fff]|表示|介绍|说|告诉|出席|宣布|在|等|指出|强调|认为|透露|称|信心|也|还|要|对|代表|主持|"
    r"会见|率|带队|一行|坦言|向|和|与|报道|致辞|讲话|参加|调研|考察|接受|同志|先生|女士|谈|提出|回忆)"
)
_SURNAMES = set("""
    王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜
    崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文
    牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲
    翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫
    米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封普楼晁衡粟冼蔺
    燕薄暴井仝雍练戈居权逯郜宣揭索帅植竺钮敬嵇巢冀廉郦印裘""".replace("\n", "")
    .replace(" ", "")) | {"欧阳", "司马", "诸葛", "上官", "东方", "慕容", "令狐", "皇甫", "尉迟", "长孙"}
_ALIAS_NOTE = re.compile(r"[（(](?:以下)?简称[“\"]?([\u4e00-\u9fff]{2,8})[”\"]?[）)]")
_COMPANY_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司)$")
_ZONE_KIND = re.compile(r"(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|新区)$")


def find_entities(text: str, *, places: Mapping[str, str] | None = None) -> list[Entity]:
    """ORG, PARK, GPE and PERSON mentions in ``text``, non-overlapping and sorted by offset.

    ``places`` maps place and zone names to "GPE" or "PARK"; by default the packaged gazetteer
    (every name and short alias) plus a short list of countries.
    """
    require_text(text)
    places = _default_places() if places is None else places
    units = _place_units(text, places)
    found = [(start, end, places[text[start:end]]) for end, start in units.items()]
    parks = _parks(text, units, places)
    found += parks + _orgs(text, units, {end: start for start, end, _ in parks})
    found += [(start, end, "PERSON") for start, end in _people(text)]
    first = _resolve(found, [])
    named = [entity for entity in first if entity[2] != "GPE"]  # a short form may contain a place: 宁德时代
    entities = _resolve(_mentions(text, named, found, places) + first, named)
    return [Entity(text=text[s:e], label=label, start=s, end=e) for s, e, label in sorted(entities)]


@cache
def _default_places() -> dict[str, str]:
    from zhqx.gazetteer import lookup_table

    table = {name: "GPE" if any(e.label == "GPE" for e in entries) else "PARK"
             for name, entries in lookup_table().items()}
    table.update(dict.fromkeys(_COUNTRIES, "GPE"))
    table.update(dict.fromkeys(_BARE_ZONES, "PARK"))
    return table


def _place_units(text: str, places: Mapping[str, str]) -> dict[int, int]:
    """end -> start of the longest place names, matched left to right."""
    sizes = _default_sizes() if places is _default_places() else _sizes(places)
    units: dict[int, int] = {}
    i = 0
    while i < len(text):
        for size in sizes.get(text[i], ()):
            if i + size <= len(text) and text[i:i + size] in places and (not _weak(text[i:i + size], places) or _boundary(text, i)):
                units[i + size] = i
                i += size - 1
                break
        i += 1
    return units


@cache
def _default_sizes() -> dict[str, list[int]]:
    return _sizes(_default_places())


def _sizes(places: Mapping[str, str]) -> dict[str, list[int]]:
    """First character -> the lengths of the names starting with it, longest first."""
    sizes: dict[str, set[int]] = {}
    for name in places:
        sizes.setdefault(name[0], set()).add(len(name))
    return {char: sorted(lengths, reverse=True) for char, lengths in sizes.items()}


def _weak(name: str, places: Mapping[str, str]) -> bool:
    """A two-character district or county alias (江源 of 江源区): a place only after a boundary."""
    return len(name) == 2 and (name + "区" in places or name + "县" in places)


def _boundary(text: str, i: int) -> bool:
    """Whether a name can start at ``i``: after the text's start, punctuation or a function word."""
    return i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] in _STOP_CHARS


def _scan_left(text: str, end: int, units: Mapping[int, int], *, org: bool, limit: int, barriers=()) -> int:
    """Start of the name whose prefix ends at ``end``: a place name starts it, a stop word or a barrier bounds it."""
    i = end
    while i > 0 and end - i < limit and i not in barriers:
        if i in units:
            i = units[i]
            if i in units or (org and _NAME_END.search(text[max(0, i - 6):i])):
                continue  # 湖北|麻城, 闽南海峡银行|漳州分行: the name goes on
            return i
        if org and text[i - 1] in "）)":
            opening = max(text.rfind("（", 0, i), text.rfind("(", 0, i))
            if 0 < i - opening <= 8:
                i = opening
                continue
        kept = next((word for word in _KEEP_WORDS if text.endswith(word, 0, i)), "")
        if kept:
            i -= len(kept)
            continue
        if not org and _NAME_END.search(text[max(0, i - 6):i]):
            return i
        if any(text[max(0, i - n):i] in _STOP_WORDS for n in range(2, _MAX_STOP_WORD + 1)):
            return i
        if _boundary(text, i):
            return i
        i -= 1
    return i


def _parks(text: str, units: Mapping[int, int], places: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Zones and parks: a prefix of 2+ characters that is not generic (全省, 国家级), then a park suffix."""
    found = []
    unit_starts = set(units.values())
    for match in _PARK_SUFFIX.finditer(text):
        start = _scan_left(text, match.start(), units, org=False, limit=12)
        if text[start - 1:start] in ("与", "和") and start not in unit_starts:  # 无锡先导集成电路装备与材料产业园
            joined = _scan_left(text, start - 1, units, org=False, limit=12)
            start = joined if joined in unit_starts else start
        prefix = text[start:match.start()]
        if len(prefix) >= 2 and not prefix.startswith(_GENERIC_HEADS):
            found.append((start, match.end(), places.get(text[start:match.end()], "PARK")))
    return found


def _orgs(text: str, units: Mapping[int, int], parks: Mapping[int, int]) -> list[tuple[int, int, str]]:
    """Government bodies (a place or park name, then 管委会, …局) and companies, institutes, banks (2+ characters)."""
    found = [(start, start + len(name), "ORG") for name in _NATIONAL_ORGS for start in _occurrences(text, name)]
    zone_units = {**units, **parks}
    unit_starts = set(zone_units.values())
    for match in _ORG_SUFFIX.finditer(text):
        gov = not _COMPANY.fullmatch(match.group())
        start = _scan_left(text, match.start(), zone_units if gov else units, org=True, limit=24,
                           barriers=() if gov else parks)  # a company name does not contain a park name
        prefix = text[start:match.start()]
        if gov:
            named = start in unit_starts or prefix.startswith(("国家", "中央")) or (
                prefix[:1] in set("市省县区州") and not prefix.startswith("市场")
                and text[start - 1:start] not in set("各全本该我每"))
        else:
            named = len(prefix) >= 2 and not prefix.startswith(_GENERIC_HEADS)
        if named:
            found.append((start, match.end(), "ORG"))
    return found


def _people(text: str) -> list[tuple[int, int]]:
    """Names right after a title (主任翟立新, 记者 张伟): a surname, or a verb (汉森介绍) after the name."""
    found = []
    for match in _TITLE.finditer(text):
        start = match.end()
        run = re.match(r"[\u4e00-\u9fff]{2,4}", text[start:])
        if not run or _AFTER_NAME.match(run.group()) or (
                run.group()[0] not in _SURNAMES and set(run.group()[:2]) & _STOP_CHARS):
            continue
        name = run.group()
        sizes = (2, 3) if name[2:3] and name[2] in "说在等称谈也还要对率" else (3, 2)  # 张强说
        for size in (size for size in sizes if size <= len(name)):
            after = _AFTER_NAME.match(text, start + size)
            if after or start + size == len(text):
                foreign = size == 2 and after and "\u4e00" <= after.group()[0] <= "\u9fff"  # 副总裁汉森介绍
                if name[0] in _SURNAMES or name[:2] in _SURNAMES or foreign:
                    found.append((start, start + size))
                break
        else:
            end = start + len(name)
            if (end == len(text) or not "\u4e00" <= text[end] <= "\u9fff") and name[0] in _SURNAMES:
                found.append((start, end))
    return found


def _mentions(text: str, entities, candidates, places: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Every occurrence of a found name, its short forms and the coordinated names (A、B等)."""
    names: dict[str, str] = {}
    for start, end, label in entities:
        if label != "GPE":
            names[text[start:end]] = label
    for start, end, label in candidates:  # nested parks count too: 青山湾高新区 in …青山湾高新区分局
        inside = any(s <= start and end <= e for s, e, _ in entities)
        if label == "PARK" and inside:
            names.update(dict.fromkeys(_park_aliases(text[start:end], places), "PARK"))
    for start, end, label in entities:
        if label == "ORG":
            names.update(dict.fromkeys(_company_aliases(text[start:end], places), "ORG"))
    for note in _ALIAS_NOTE.finditer(text):
        before = [e for e in entities if e[1] == note.start()]
        if before:
            names[note.group(1)] = before[0][2]
    found = [(start, start + len(name), label) for name, label in names.items() for start in _occurrences(text, name)]
    return found + _coordinated(text, entities + found)


def _occurrences(text: str, name: str) -> list[int]:
    """Start offsets of ``name`` in ``text``, left to right, without overlaps."""
    starts = []
    start = text.find(name)
    while start >= 0:
        starts.append(start)
        start = text.find(name, start + len(name))
    return starts


def _park_aliases(name: str, places: Mapping[str, str]) -> list[str]:
    """The name without its leading places (合肥翠微湖科技园 -> 翠微湖科技园), and a zone's bare name (青山湾)."""
    short = _strip_places(name, places)
    aliases = [short] if short != name and len(short) >= 4 else []
    bare = _ZONE_KIND.sub("", short)
    if bare != short and len(bare) >= 3:
        aliases.append(bare)
    return aliases


def _company_aliases(name: str, places: Mapping[str, str]) -> list[str]:
    """Short forms of a company name: 四川蜀芯光电科技有限公司 -> 蜀芯光电, 湖北汉江智能电气有限公司 -> 汉江电气."""
    core = _COMPANY_LEGAL.sub("", name)
    if core == name:
        return []
    core = _strip_places(re.sub(r"[（(][^）)]*[）)]$", "", core), places)
    base = re.sub(r"(?:信息技术|科技|技术|实业|发展|控股)$", "", core)
    forms = {core, base, base[:4], base[:2] + base[-2:]}
    return [form for form in forms if len(form) >= 4 and not form.startswith(_GENERIC_HEADS)]


def _strip_places(name: str, places: Mapping[str, str]) -> str:
    """``name`` without its leading place names (湖北汉江… -> 汉江…)."""
    changed = True
    while changed:
        changed = False
        for size in range(min(len(name) - 2, 12), 1, -1):
            if places.get(name[:size]) == "GPE" and not _weak(name[:size], places):
                name, changed = name[size:], True
                break
    return name


def _coordinated(text: str, spans) -> list[tuple[int, int, str]]:
    """Untagged members after a tagged company or park in a list: 丘钛微电子、通力电梯等企业."""
    by_end = {end: label for _, end, label in spans}
    found = []
    for match in re.finditer(r"(?<=、)[\u4e00-\u9fff]{4,8}(?=[、等])", text):
        label = by_end.get(match.start() - 1)
        if label in ("ORG", "PARK") and not set(match.group()) & _STOP_CHARS:
            by_end[match.end()] = label
            found.append((match.start(), match.end(), label))
    return found


def _resolve(candidates, kept) -> list[tuple[int, int, str]]:
    """Add the longest candidates that overlap neither a kept span nor a longer candidate."""
    rank = {"ORG": 0, "PARK": 1, "PERSON": 2, "GPE": 3}
    taken = [(s, e) for s, e, _ in kept]
    result = list(kept)
    for start, end, label in sorted(set(candidates), key=lambda c: (c[0] - c[1], rank[c[2]], c[0])):
        if all(end <= s or e <= start for s, e in taken):
            taken.append((start, end))
            result.append((start, end, label))
    return result
