"""Pure-Python entity grammar: ORG, PARK, GPE and PERSON mentions in Chinese news text.

A name is a suffix (…高新区, …有限公司, …管委会) plus the prefix found by scanning left from it:
the scan passes over characters and known place or park names, and stops at punctuation, function
words and verbs, or where a place name starts the name. Then PERSON names after titles, GPEs from
the gazetteer, and every later mention of a name or of its short form (德康生物 for
湖南德康生物制药有限公司, 青山湾 for 青山湾高新区). Only the longest of overlapping names is kept.

Name-boundary rules: a function character stays inside a brand (华为技术, 美的集团, 山东鸢都动力) and a
classifier ends a name only after a numeral (寒地种业 vs 一种); lexical words keep their function characters
(自动化, 高等); a foreign country before a company is a place of its own (德国|博世集团); a park written
right after a company name is that company's project; full place names written together are one place
(赣州市章贡区); two-character county names are places only after a boundary (西枝江 holds no 枝江).
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
        保税区 自由贸易试验区 自贸试验区 自贸片区 新片区 片区 自贸区 综保区 合作区 高新区 经开区 开发区 示范区 产业集聚区 集聚区
        新区 众创空间 孵化器""")
    + r"|(?:工业|产业|科技|创新|软件|科创|智汇|创业|物流|孵化|智造|双创|信息|电商|文创|总部|化工|研创|智创|众创|数创|"
      r"创意|研发|数据|数字|智能|生物|医药|光电|装备|电子|环保|人才|文化|影视|留创|台商|港澳|中小企业)园区?"
    # …城 / …港 / …小镇 zone types: 科技城, 生物城 (not 智慧城市), 创新港, 基金小镇
    + r"|(?:科技|科学|知识|纳米|生物|医药|健康|软件|数字|光电|汽车|航空|航天|未来|生态|产业)城(?![市乡镇区])"
    + r"|(?:创新|科创|创客|数字|智慧|双创)港(?![口区务湾])"
    + r"|(?:基金|科技|创新|创业|数字|智造|梦想)小镇"
    + r"|[创造梦智慧数芯光药硅]谷)"
)
# Single-character zone heads (…光谷, …科技城): inside a longer company name they are part of the brand.
_WEAK_PARK_END = re.compile(r"(?:谷|城|港)$")
# A quoted name is a zone when it ends like one (“智造谷”), or when a carrier noun introduces it.
_QUOTED = re.compile(r"“([\u4e00-\u9fff]{2,10})”")
_PARK_HEADS = re.compile(r"(?:谷|港|园|园区|城|岛|湾|汇|空间|小镇|工场|社区)$")
_QUOTED_PARK_END = re.compile(r"(?<![家公花乐校庄果菜茶陵])(?:谷|园|园区|空间|小镇)$")  # “芯火谷”, “智汇园”: quoted, these name a zone
_CARRIERS = ("孵化器", "众创空间", "加速器", "载体", "孵化载体", "创新平台", "双创平台", "孵化基地")
# Suffixes of government bodies (and bare 公司): their prefix must start with a place, a park or 市/省/县/区.
# 局 is not the suffix of a word (布局, 格局); …中心 is a body when a title follows (投资促进中心主任).
_GOV_SUFFIX = _alternation("""
    管委会 管理委员会 委员会 党工委 办事处 人民政府 政府 分局 发改委 发展改革委 经信委 工信委 卫健委 国资委 科委
    教委 商委 住建委 公司 海关 法院 检察院 融媒体中心 投资促进中心 投促中心""") + r"|(?<=[市省区县州])委(?!员)|(?<![布格大全结开当时变胜骗])局(?!长|面|势)|厅(?!长)" + (
    r"|中心(?=(?:党委|主任|副主任|负责人|总经理|书记|工作人员))")
_COMPANY_SUFFIX = _alternation("""
    股份有限公司 有限责任公司 有限公司 股份公司 分公司 株式会社 集团 研究总院 研究院 研究所 科学院 大学 学院 银行
    分行 支行 协会 学会 商会 联合会 基金会 医院 促进会 研究会 事务所 合作社 报社 电视台""") + (
    r"|(?:(?:产业|投资|创业|创投|引导|发展)基金|合伙企业)(?:[（(]有限合伙[）)])?")
_ORG_SUFFIX = re.compile(f"(?:{_GOV_SUFFIX})|(?:{_COMPANY_SUFFIX})(?!生)")
_COMPANY = re.compile(_COMPANY_SUFFIX)
# Where a name ends: the scan for a park prefix stops after one of these.
_NAME_END = re.compile(f"(?:{_COMPANY_SUFFIX}|{_GOV_SUFFIX}|园|谷|区)$")
_PARK_NAME_END = re.compile(f"(?:{_COMPANY_SUFFIX}|{_GOV_SUFFIX}|园|区)$")  # 武汉光谷|生物城 is one name

_STOP_CHARS = set("在于的和与是将已等及或为由向从把被对也还并又再都就即所其该此各每这那了着给让使至到自而但则要我本个座批类种项家")
# Classifiers end a name only after a numeral or a demonstrative (一家, 多种, 该项); else they are a name's own
# characters (寒地种业, 专家).
_CLASSIFIERS = set("个座批类种项家")
_COUNTING = set("一二两三四五六七八九十百千万几多数每该这那此各首余0123456789")
_STOP_WORDS = set("""
    位于 落户 入驻 进驻 签约 签订 签署 推动 推进 引进 支持 帮助 联合 走访 选择 来自 包括 其中 以及 同时 目前 今年
    去年 明年 当天 同日 次日 获悉 举行 召开 出席 表示 介绍 成为 作为 通过 依托 携手 牵头 组织 对接 洽谈 企业
    公司 旗下 所辖 辖区 正式 成功 顺利 率先 先后 分别 相继 已有 还有 另有 此外 另外 据悉 近日 日前 打造 加快
    建成 开工 竣工 投产 复工 复产 抓好 看中 聚焦 加强 推广 提供 发布 组建 制定 开展 实施 落实 协调 解决 指导
    督促 要求 按照 围绕 针对 面向 拜访 考察 调研 会见 会同 邀请 协助 根据 积极 主动 全力 继续 持续 深入 已经
    正在 计划 预计 力争 宣布 启动 参与 配合 争取 吸引 招引 承接 共建 新建 筹建 设立 成立 建立 主任 书记 局长 市长 董事长 总经理 记者 通讯员
    以来 期间 之后 以后 之前 以前 落地 扎根 迁入 迎来 签下 注册 入园 进园 昨天 昨日 今天 今日 上午 下午 晚上 日起
    月底 年底 年初 月初 中旬 上旬 下旬 供应商 客户 伙伴 投资方 运营商 承建商 开发商 服务商 制造商 生产商 合作方 股东
    投资者 投资人 区内 园内 园区内 县内 市内""".split())
_MAX_STOP_WORD = max(map(len, _STOP_WORDS))
# Words containing a stop character that may sit inside a name (湘潭市工业和信息化局).
_KEEP_WORDS = ("工业和信息化", "经济和信息化", "发展和改革", "住房和城乡建设", "人力资源和社会保障", "文化和旅游", "国家",
               # lexical words with a function character (自动化, 高等, 资本, 和平, 首都, 在线, 自由贸易)
               "自动化", "自动", "自主", "自然", "自由", "自贸", "高等", "再生", "资本", "成本", "基本", "和平", "和谐",
               "中和", "共和", "祥和", "都市", "首都", "为民", "向阳", "在线", "对外", "事务所", "至诚", "将军")
_KEEP_BY_LAST: dict[str, tuple[str, ...]] = {}
for _word in _KEEP_WORDS:
    _KEEP_BY_LAST[_word[-1]] = (*_KEEP_BY_LAST.get(_word[-1], ()), _word)
_STOP_LAST = {word[-1] for word in _STOP_WORDS}
# Bridging a function character in a brand (华为技术, 美的集团, 山东鸢都动力): not over these characters.
_NOT_BRAND = set("内外中上下里间前后现今曾均共仅他她它们者人省市区县镇乡村")
_GENERIC_HEADS = (
    "国家", "省级", "市级", "区级", "全国", "一流", "新型", "现代", "特色", "重点", "相关", "有关", "主要", "龙头",
    "科技", "工业", "产业", "高新", "创新", "创业", "商业", "国有", "民营", "外资", "地方", "城市", "建设", "首个",
    "多个", "各类", "全资", "控股", "全省", "全市", "全区", "全县", "各地", "省内", "市内", "区内", "母", "子",
)
_BARE_ZONES = ("中关村", "张江", "漕河泾", "前海", "横琴", "亦庄")
# Named bodies without a suffix the grammar knows: party and state organs, ministries, international bodies.
_NATIONAL_ORG = re.compile(_alternation("""
    新华社 国务院 中国人民银行 海关总署 中科院 中国科学院 中国工程院 中国共产党 中共中央 党中央 中共中央政治局 中央军委
    全国人大常委会 全国人大 全国政协 中央纪委 中国人民解放军 最高人民法院 最高人民检察院 审计署 国家统计局
    外交部 国防部 教育部 科技部 工信部 工业和信息化部 公安部 民政部 司法部 财政部 人社部 人力资源和社会保障部 自然资源部
    生态环境部 住建部 住房和城乡建设部 交通运输部 水利部 农业农村部 农业部 商务部 文化和旅游部 卫健委 国家卫健委
    应急管理部 退役军人事务部 中宣部 中组部 中联部 统战部 国资委 国家发改委 国家发展改革委 证监会 银保监会 银监会
    联合国 安理会 欧盟 欧盟委员会 东盟 北约 欧佩克 世贸组织 世界贸易组织 世界银行 国际货币基金组织 亚太经合组织
    世界卫生组织 世卫组织 国际奥委会 国际足联 联合国教科文组织 亚洲开发银行 亚投行 金砖国家新开发银行"""))
_COUNTRIES = """
    中国 美国 日本 韩国 朝鲜 德国 法国 英国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 丹麦 挪威 芬兰 奥地利 波兰
    俄罗斯 乌克兰 以色列 土耳其 印度 巴基斯坦 越南 泰国 新加坡 马来西亚 印度尼西亚 菲律宾 柬埔寨 老挝 缅甸 澳大利亚
    新西兰 加拿大 墨西哥 巴西 阿根廷 智利 南非 埃及 沙特阿拉伯 沙特 阿联酋 卡塔尔 哈萨克斯坦 蒙古 爱尔兰 希腊 匈牙利
    捷克 斯洛伐克 罗马尼亚 塞尔维亚 白俄罗斯 乌兹别克斯坦 孟加拉国 斯里兰卡 尼泊尔 文莱 伊朗 伊拉克 尼日利亚 肯尼亚
    埃塞俄比亚 摩洛哥 秘鲁 哥伦比亚 卢森堡 冰岛""".split()

_TITLES = _alternation("""
    记者 通讯员 主任 副主任 总经理 副总经理 董事长 副董事长 书记 副书记 局长 副局长 市长 副市长 区长 副区长
    县长 副县长 省长 副省长 创始人 总裁 副总裁 负责人 院长 副院长 校长 行长 副行长 主席 副主席 秘书长
    处长 部长 厅长 总监 总工程师 会长 理事长 所长 镇长 乡长 州长 副州长 旗长 巡视员 调研员 专员 副专员 助理 经理 副经理 厂长
    副厂长 常委 董事 监事 首席执行官 首席科学家 教授 研究员 工程师 主管 站长 队长 科长 副科长 司长 副司长 署长
    社长 主编 总编辑 秘书 董秘 合伙人 总会计师 总经济师 实习生 特约记者 工作人员 技术员""")
# Compound titles run together or with 兼 (主任助理钱伟, 副总经理兼财务总监王敏).
_TITLE = re.compile(f"(?:{_TITLES})(?:兼?(?:{_TITLES}))*[ \u3000]?")
_BYLINE = re.compile(r"[（(]([\u4e00-\u9fff·]{2,12}(?:[ \u3000]+[\u4e00-\u9fff·]{2,12})*)[）)]")
_BYLINE_TITLES = ("特约记者", "见习记者", "本报记者", "记者", "通讯员", "实习生", "摄影", "摄")
# Verbs that follow a title but are no name (负责人回应称).
_NOT_NAME = re.compile(r"(?:回应|回答|答复|解释|证实|否认|承认|确认|说明|提醒|呼吁|补充|分析|建议|预计|表态|承诺|坦承|感慨|"
                       r"记者|媒体|大家|外界|企业|客商|群众|与会)")
_AFTER_NAME = re.compile(
    r"(?:[^\u4e00-\u9fff]|表示|介绍|说|告诉|出席|宣布|在|等|指出|强调|认为|透露|称|信心|也|还|要|对|代表|主持|"
    r"会见|率|带队|一行|坦言|向|和|与|报道|致辞|讲话|参加|调研|考察|接受|同志|先生|女士|谈|提出|回忆|回应|解释|证实|"
    r"否认|确认|说明|提醒|呼吁|补充|分析|建议|预计|看来|到|赴|前往|为)"
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
_FULL_PLACE = re.compile(r"(?:省|市|区|县|州|地区|盟|旗)$")
_ZONE_END = re.compile(r"(?:区|园)$")
_BRANCH = re.compile(r"(?:研究总院|研究院|研究所|分公司|分行|支行|分院)")
_OWNER_END = re.compile(r"(?:公司|集团|株式会社|[（(]有限合伙[）)])$")
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
_FOREIGN = frozenset(_COUNTRIES) - {"中国"}
_INDUSTRY_HEADS = (
    "新能源", "汽车", "医疗", "电子", "新材料", "材料", "化工", "能源", "环保", "物流", "投资", "贸易", "房地产",
    "制药", "生物", "信息", "网络", "软件", "电力", "电气", "机械", "装备", "食品", "纺织", "服装", "钢铁", "金融",
    "文化", "旅游", "农业", "项目", "平台", "合资", "独资", "上市", "头部", "运营", "管理", "服务", "咨询", "半导体",
    "芯片", "光伏", "锂电", "电池", "外国", "外商", "港资", "台资", "中资", "央企", "国企", "城投", "医药", "智能",
)
# A bare zone name right before one of these names a facility, not the zone (青山湾人才公寓, 青山湾大厦).
_FACILITY = re.compile(r"(?:人才|职工|员工|青年|专家)?(?:公寓|大厦|广场|小区|酒店|宾馆|学校|公园|大道|路|街|体育馆|剧院)")
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
    found += _place_chains(text, units, places)
    parks = _nested_parks(text, _parks(text, units, places), units)
    barriers = {end: start for start, end, _ in parks if not _WEAK_PARK_END.search(text[start:end])}
    found += parks + _quoted_parks(text) + _orgs(text, units, barriers, places) + _short_companies(text, units)
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


@cache
def _default_weak() -> frozenset[str]:
    """Two-character names of county-level places only (枝江, 伊通, 北区): often inside other words (西枝江)."""
    from zhqx.gazetteer import lookup_table

    return frozenset(name for name, entries in lookup_table().items()
                     if len(name) == 2 and all(e.level == "county" for e in entries) and name not in _COUNTRIES)


def _place_units(text: str, places: Mapping[str, str]) -> dict[int, int]:
    """end -> start of the longest place names, matched left to right."""
    default = places is _default_places()
    sizes = _default_sizes() if default else _sizes(places)
    weak_names = _default_weak() if default else None
    units: dict[int, int] = {}
    i = 0
    while i < len(text):
        for size in sizes.get(text[i], ()):
            name = text[i:i + size]
            if i + size <= len(text) and name in places:
                weak = name in weak_names if default else _weak(name, places)
                if text[i - 1:i + 1] in _STOP_WORDS or (weak and not (_boundary(text, i) or i in units)):
                    continue  # no name starts inside a stop word (其|中山西… is 其中|山西)
                units[i + size] = i
                i += size - 1
                break
        i += 1
    return units


def _place_chains(text: str, units: Mapping[int, int], places: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Full place names written together are one place: 赣州市章贡区, 江苏省昆山市."""
    found = []
    for end, start in units.items():
        first = start
        while first in units and _FULL_PLACE.search(text[units[first]:first]) and places.get(
                text[units[first]:first]) == "GPE":
            first = units[first]
        if first != start and _FULL_PLACE.search(text[start:end]) and places.get(text[start:end]) == "GPE":
            found.append((first, end, "GPE"))
    return found


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
    """A two-character district or county name or alias (江源 of 江源区, 北区): a place only after a boundary."""
    return len(name) == 2 and (name + "区" in places or name + "县" in places or name[1] in "区县")


def _function_char(text: str, i: int) -> bool:
    """Whether the character before ``i`` is a function word; a classifier only after a numeral (一家, 多种)."""
    char = text[i - 1]
    if char not in _STOP_CHARS:
        return False
    return char not in _CLASSIFIERS or (i >= 2 and text[i - 2] in _COUNTING)


def _boundary(text: str, i: int) -> bool:
    """Whether a name can start at ``i``: after the text's start, punctuation or a function word."""
    return i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff" or _function_char(text, i) or _after_date(text, i)


def _after_date(text: str, i: int) -> bool:
    """Whether a date ends at ``i``: digits (2021年|南湖湾高新区, 3月5日|…) or a year in Chinese numerals (二〇二一年)."""
    if text.endswith(("季度", "上半年", "下半年", "上旬", "中旬", "下旬"), 0, i):  # 一季度|三江口高新区
        return True
    if i < 2 or text[i - 1] not in "年月日号":
        return False
    if text[i - 2] in "0123456789０１２３４５６７８９":
        return True
    return i >= 3 and text[i - 1] == "年" and all(c in "〇零一二三四五六七八九" for c in text[i - 3:i - 1])


# Verbs that take a zone as object (监管昆山高新区, 助力无锡高新区): they end a park's name, never an
# organization's (市场监管局, 行政审批服务局 contain such words).
_PARK_STOP_WORDS = frozenset("""
    监管 扶持 助力 带动 覆盖 辐射 走进 前往 来到 进入 视察 检查 督查 帮扶 联系 挂钩 惠及 保障 监督 巡查 托管 代管
    管辖 统筹 引导 鼓励 促进 赋能 支撑 服务 建设 运营 实行 现有 拥有""".split())


def _after_park_stop_word(text: str, i: int) -> bool:
    """Whether a verb of ``_PARK_STOP_WORDS`` ends at ``i``, with no 业 after it (现代服务业集聚区)."""
    return text[max(0, i - 2):i] in _PARK_STOP_WORDS and text[i:i + 1] != "业"


def _after_stop_word(text: str, i: int) -> bool:
    """Whether a stop word (落户, 以来) ends at ``i``."""
    return i > 1 and text[i - 1] in _STOP_LAST and any(
        text[max(0, i - n):i] in _STOP_WORDS for n in range(2, _MAX_STOP_WORD + 1))


def _brand_start(text: str, i: int, units: Mapping[int, int]) -> int | None:
    """Where a brand with a function character starts (华为技术, 美的集团, 山东|鸢都动力, 黑龙江|寒地种业), or None.

    The function character at ``i - 1`` belongs to the name when one plain character before it follows
    punctuation, a function word or the text's start, or when one or two plain characters before it follow
    a place name.
    """
    j = i - 1
    for size in (1, 2):
        k = j - size
        if k < 0:
            return None
        chars = text[k:j]
        if not all("\u4e00" <= c <= "\u9fff" and c not in _STOP_CHARS and c not in _NOT_BRAND for c in chars):
            return None
        if k in units and not _function_char(text, k) and units[k] != k:
            return k
        if size == 1 and (k == 0 or not "\u4e00" <= text[k - 1] <= "\u9fff" or _function_char(text, k)
                          or _after_stop_word(text, k)):
            return k  # ，华为技术 / 与美的集团
    return None


# What a park's operating company adds to the park's name (…科技园发展有限公司, …开发区投资集团).
_OPERATOR = re.compile("(?:开发|建设|发展|投资|运营|管理|控股|实业|置业|资产|服务)+")


# A listed company's short name: a two-character brand and its trade (星曜科技, 天衡股份, 华岳新材, 恒睿电子).
_SHORT_COMPANY = re.compile(
    "[\u4e00-\u9fff]{2}(?:科技|股份|智能|电子|新材|精密|电气|医药|生物|光电|动力|重工|化工|能源|控股|药业|电器|汽车|机械|装备|"
    "环保|集团|实业|传媒|物流|通信|软件|微电子|半导体|新能源)(?![\u4e00-\u9fff]{0,6}?(?:有限|公司|园|区|城|谷|港|基地))")
_STOCK_CODE = re.compile(r"[（(]\d{6}(?:\.S[HZ])?[）)]")


def _short_companies(text: str, units: Mapping[int, int]) -> list[tuple[int, int, str]]:
    """Short company names written without a full name: used twice or more, with a stock code (天衡股份（603xxx）)
    or before 公告."""
    found = []
    place_starts = set(units.values())
    for match in _SHORT_COMPANY.finditer(text):
        name, start = match.group(), match.start()
        brand = name[:2]
        if (start in place_starts or not (_boundary(text, start) or _after_stop_word(text, start))
                or set(brand) & (_STOP_CHARS | _NOT_BRAND | _COUNTING) or brand in _STOP_WORDS  # 抓好科技防疫
                or name.startswith(_GENERIC_HEADS + _INDUSTRY_HEADS)):
            continue
        if text.count(name) >= 2 or _STOCK_CODE.match(text, match.end()) or text.startswith("公告", match.end()):
            found.append((start, match.end(), "ORG"))
    return found


# What an industry park inside a zone is named after (柏临湾高新区|生物医药产业园 is one name).
_INDUSTRY_PARK = re.compile(
    "(?:电子信息|生物医药|智能装备|智能制造|高端装备|装备制造|新能源汽车|汽车零部件|新能源|新材料|氢能|石材|光电|"
    "大数据|数字经济|现代物流|物流|医疗器械|半导体|集成电路|食品|纺织|化工|建材|机械|电子|材料|科技|信息|创新|创业|文化)+"
    "(?:产业园区?|工业园区?|产业基地|园区?)$")


def _nested_parks(text: str, parks: list, units: Mapping[int, int]) -> list:
    """A zone's industry park written after it is one PARK (举水湾经开区石材产业园); a park with a name of its
    own stays apart (南通高新区|江海智汇园, 舜耕山高新区|淮南大数据产业园)."""
    by_start = {start: (start, end, label) for start, end, label in parks}
    place_starts = set(units.values())
    merged, inner = [], set()
    for start, end, label in sorted(parks):
        if (start, end) in inner:
            continue
        follower = by_start.get(end)
        if follower and end not in place_starts and _INDUSTRY_PARK.fullmatch(text, end, follower[1]):
            merged.append((start, follower[1], "PARK"))
            inner.add(follower[:2])
        else:
            merged.append((start, end, label))
    return merged


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _scan_left(text: str, end: int, units: Mapping[int, int], *, org: bool, limit: int, barriers=(),
               brand: bool = False) -> int:
    """Start of the name whose prefix ends at ``end``: a place name starts it, a stop word or a barrier bounds it."""
    i = end
    while i > 0 and end - i < limit and i not in barriers:
        if i in units:
            i = units[i]
            if i in units or (org and _NAME_END.search(text[max(0, i - 6):i])):
                continue  # 湖北|麻城, 闽南海峡银行|漳州分行: the name goes on
            return i
        if text[i - 1] in "）)":
            opening = max(text.rfind("（", 0, i), text.rfind("(", 0, i))
            if 0 < i - opening <= 8 and (org or units.get(i - 1) == opening + 1):  # 中国（江苏）自由贸易试验区
                i = opening
                continue
        kept = next((word for word in _KEEP_BY_LAST.get(text[i - 1], ()) if text.endswith(word, 0, i)), "")
        if kept:
            i -= len(kept)
            continue
        if not org and (_PARK_NAME_END.search(text[max(0, i - 6):i]) or _after_park_stop_word(text, i)):
            return i
        if _after_stop_word(text, i):
            return i
        if text[i - 1] == "·" and i > 1 and "\u4e00" <= text[i - 2] <= "\u9fff" and text[i - 2] not in _STOP_CHARS:
            i -= 1  # 淀湖·桃州湾飞地产业园: a dot joins two names
            continue
        if _latin(text[i - 1]):  # 苏州NovaLink光电科技有限公司, 深圳Axiom智能科技有限公司, iPark数字经济产业园
            while i > 1 and (_latin(text[i - 2]) or text[i - 2] in " -&" and i > 2 and _latin(text[i - 3])):
                i -= 1
            i -= 1
            if i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" and not _boundary(text, i):
                continue
            return i
        if _boundary(text, i):
            if brand and i > 0 and _function_char(text, i):
                start = _brand_start(text, i, units)
                if start is not None:
                    if start in units:
                        i = start
                        continue
                    return start
            return i
        i -= 1
    return i


def _parks(text: str, units: Mapping[int, int], places: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Zones and parks: a prefix of 2+ characters that is not generic (全省, 国家级), then a park suffix.

    A park right after a company name (…科技有限公司大数据产业园项目) is the company's own project, not a zone.
    """
    found = []
    unit_starts = set(units.values())
    ends = {end: start for end, start in units.items() if places.get(text[start:end]) == "PARK"}  # 许昌经开区|尚集…
    zone_ends = dict(ends)
    for match in _PARK_SUFFIX.finditer(text):
        start = _scan_left(text, match.start(), units, org=False, limit=12, barriers=zone_ends)
        if text[start - 1:start] in ("与", "和", "及") and start not in unit_starts:  # 无锡先导集成电路装备与材料产业园
            joined = _scan_left(text, start - 1, units, org=False, limit=12)
            start = joined if joined in unit_starts or joined in ends else start
        prefix = text[start:match.start()]
        if _OWNER_END.search(text, max(0, start - 6), start):
            continue
        if match.group().endswith("集聚区") and start not in unit_starts and not _ZONE_END.search(
                text, max(0, start - 4), start):
            continue  # 打造氢能产业集聚区 is a plan, 长葛市产业集聚区 a zone
        if start in ends and (len(prefix) < 2 or prefix.startswith(_GENERIC_HEADS) or match.group() == "片区"):
            start, prefix = ends[start], text[ends[start]:match.start()]  # 南京江北新区|产业技术研创园, …自贸区|大连片区
        if len(prefix) >= 2 and not prefix.startswith(_GENERIC_HEADS):
            found.append((start, match.end(), places.get(text[start:match.end()], "PARK")))
            ends[match.end()] = start
    return found


def _quoted_parks(text: str) -> list[tuple[int, int, str]]:
    """Quoted zone names: “智造谷” (a zone suffix), 孵化器“伊通河创客港” (a carrier noun before a zone head)."""
    found = []
    for match in _QUOTED.finditer(text):
        name, before = match.group(1), text[max(0, match.start() - 5):match.start()]
        if before.endswith(("简称", "称为", "称", "号称", "牌", "品牌")):
            continue
        if _QUOTED_PARK_END.search(name) or (before.endswith(_CARRIERS) and _PARK_HEADS.search(name)):
            found.append((match.start(1), match.end(1), "PARK"))
    return found


def _orgs(text: str, units: Mapping[int, int], parks: Mapping[int, int],
          places: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Government bodies (a place or park name, then 管委会, …局) and companies, institutes, banks (2+ characters).

    A country before a company is a place of its own (德国|博世集团); a bare …公司 needs a 4+ character name
    that is not an industry word (安柏瑞医疗器械公司, not 新能源汽车公司).
    """
    found = [(m.start(), m.end(), "ORG") for m in _NATIONAL_ORG.finditer(text)]
    zone_units = {**units, **parks}
    unit_starts = set(zone_units.values())
    place_ends = {start: end for end, start in units.items()}
    for match in _ORG_SUFFIX.finditer(text):
        gov = not _COMPANY.fullmatch(match.group())
        start = _scan_left(text, match.start(), zone_units if gov else units, org=True, limit=24,
                           barriers=() if gov else parks, brand=not gov)  # a company name has no park name
        if not gov and _BRANCH.fullmatch(match.group()):
            start = _brand_before_place(text, start, place_ends)  # 华为|南京|研究所
        if not gov and start in parks and _OPERATOR.fullmatch(text, start, match.start()):
            start = parks[start]  # the park's own operator: 苏州工业园区|开发建设有限公司 is one name
        prefix = text[start:match.start()]
        if gov:
            named = start in unit_starts or prefix.startswith(("国家", "中央")) or (
                prefix[:1] in set("市省县区州") and not prefix.startswith("市场")
                and text[start - 1:start] not in set("各全本该我每"))
            if named and match.group() == "委" and start not in unit_starts:
                named = False  # 县委副书记: a party committee without its place is generic
            if named and match.group() == "公司" and match.start() - _places_end(start, place_ends) < 2:
                named = False  # 一家香港公司: a place, then 公司, names no company
            country = _country(text, start, place_ends)
            if not named and match.group() == "公司" and country and len(prefix) - len(country) >= 2:
                start, prefix, named = start + len(country), prefix[len(country):], True  # 美国|苹果公司
            elif country and len(prefix) - len(country) >= 2:
                start, prefix = start + len(country), prefix[len(country):]  # 日本|丰田汽车公司
            if not named and match.group() == "公司":
                named = len(prefix) >= 4 and not prefix.startswith(_GENERIC_HEADS + _INDUSTRY_HEADS) and (
                    not _COMPANY.search(prefix) and not prefix.endswith(("子", "母", "总"))) and (
                    _boundary(text, start) or _after_stop_word(text, start))
        else:
            country = _country(text, start, place_ends)
            if country and len(prefix) - len(country) >= 2:
                start, prefix = start + len(country), prefix[len(country):]
            named = len(prefix) >= 2 and not prefix.startswith(_GENERIC_HEADS)
        if named:
            found.append((start, match.end(), "ORG"))
    return found


def _brand_before_place(text: str, start: int, place_ends: Mapping[int, int]) -> int:
    """A brand of 2-4 plain characters right before the place that starts a branch name (华为南京研究所)."""
    if start not in place_ends or start < 2:
        return start
    if _function_char(text, start):  # 华为|南京: one plain character after punctuation, then a function character
        k = start - 2
        plain = "\u4e00" <= text[k] <= "\u9fff" and text[k] not in _STOP_CHARS and text[k] not in _NOT_BRAND
        return k if plain and (k == 0 or not "\u4e00" <= text[k - 1] <= "\u9fff") else start
    for size in (2, 3, 4):
        k = start - size
        if k < 0:
            break
        chunk = text[k:start]
        if not all("\u4e00" <= c <= "\u9fff" and c not in _STOP_CHARS and c not in _NOT_BRAND
                   and c not in _COUNTING for c in chunk) or _after_stop_word(text, start) or k in place_ends.values():
            break
        if _boundary(text, k) or _after_stop_word(text, k):
            return k
    return start


def _places_end(start: int, place_ends: Mapping[int, int]) -> int:
    """Where the place names written from ``start`` on end (湖北|麻城|…)."""
    while start in place_ends:
        start = place_ends[start]
    return start


def _country(text: str, start: int, place_ends: Mapping[int, int]) -> str:
    """A foreign country written before a company name (德国博世集团), or ""."""
    name = text[start:place_ends.get(start, start)]
    return name if name in _FOREIGN else ""


def _people(text: str) -> list[tuple[int, int]]:
    """Names right after a title (主任翟立新, 记者 张伟): a surname, or a verb (汉森介绍) after the name; bylines."""
    found = _bylines(text)
    for match in _TITLE.finditer(text):
        start = match.end()
        dotted = _DOTTED_NAME.match(text, start)  # 副专员艾尔肯·吐尔逊表示
        if dotted:
            end = next((e for e in range(text.index("·", start) + 2, dotted.end())
                        if _AFTER_NAME.match(text, e)), dotted.end())
            found.append((start, end))
            continue
        run = re.match(r"[\u4e00-\u9fff]{2,4}", text[start:])
        if not run or _NOT_NAME.match(run.group()):
            continue
        name = run.group()
        if _AFTER_NAME.match(name) and not (name[0] in _SURNAMES and _followed_by_name_end(text, start)
                                            and not _NOT_NAME.match(name, 1) and not _TITLE.match(name, 1)):
            continue  # 主任向记者介绍 / 局长向东升表示
        if name[0] not in _SURNAMES and set(name[:2]) & _STOP_CHARS:
            continue
        sizes = (2, 3) if name[2:3] and name[2] in "说在等称谈也还要对率" else (3, 2)  # 张强说
        for size in (size for size in sizes if size <= len(name)):
            after = _AFTER_NAME.match(text, start + size)
            if after or start + size == len(text):
                foreign = size == 2 and after and "\u4e00" <= after.group()[0] <= "\u9fff"  # 副总裁汉森介绍
                if name[0] in _SURNAMES or name[:2] in _SURNAMES or foreign:
                    found.append((start, start + size))
                break
        else:
            end = start + len(name) - name.endswith("摄")  # 记者 王海涛摄
            if (end == len(text) or not "\u4e00" <= text[end] <= "\u9fff") and name[0] in _SURNAMES:
                found.append((start, end))
    return found


def _followed_by_name_end(text: str, start: int) -> bool:
    """A name of 2 or 3 characters at ``start`` is followed by what ends a name (向东升表示)."""
    return any(_AFTER_NAME.match(text, start + size) or start + size == len(text) for size in (2, 3))


def _bylines(text: str) -> list[tuple[int, int]]:
    """Names in a byline: 本报讯（记者 乌云其其格 通讯员 向丽）, also without titles right after 讯 / 电."""
    found = []
    for match in _BYLINE.finditer(text):
        tokens = match.group(1).split()
        titled = any(t.startswith(_BYLINE_TITLES) for t in tokens)
        if not titled and not text[max(0, match.start() - 1):match.start()] in ("讯", "电"):
            continue
        offset = match.start(1)
        for token in tokens:
            position = text.index(token, offset)
            offset = position + len(token)
            title = next((t for t in _BYLINE_TITLES if token.startswith(t)), "")
            name = re.sub(r"(?:摄|报道)$", "", token[len(title):])
            if 2 <= len(name) <= 6 or ("·" in name and len(name) <= 12):
                found.append((position + len(title), position + len(title) + len(name)))
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
    found = [(start, start + len(name), label) for name, label in names.items() for start in _occurrences(text, name)
             if not (label == "PARK" and not _PARK_SUFFIX.search(name) and _FACILITY.match(text, start + len(name)))]
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
    whole = re.sub(r"[（(][^）)]*[）)]$", "", core)
    core = _strip_places(whole, places)
    base = re.sub(r"(?:信息技术|科技|技术|实业|发展|控股|材料)$", "", core)
    latin = re.match(r"[A-Za-z][A-Za-z0-9]+", base)  # ThinkEdge of 宁波ThinkEdge智能科技有限公司, never Thin
    forms = {core, base, latin.group()} if latin else {core, base, base[:4], base[:2] + base[-2:]}
    if len(whole) - len(core) == 2:
        forms.add(whole[:4])  # 宁德时代 of 宁德时代新能源科技股份有限公司
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
