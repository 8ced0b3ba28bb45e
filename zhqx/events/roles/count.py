"""The count role: how many projects or enterprises an aggregate event has (开工项目9个, 已有97家复工)."""

import re
from functools import cache

from zhqx.events.article import Article
from zhqx.numbers.quantities import find_rough_counts
from zhqx.types import Quantity

_COUNTED = re.compile(r"[^，,。；;]{0,20}?(?:项目|企业|院所|机构|单位|公司|工程|协议的?)")  # 19项商业协议的签署
_COUNT_VERB = r"(?:已经?)?(?:累计)?(?:达到?|突破|超过|为)?"  # 项目共28个, 企业已达378家, 入驻企业突破2000家, 项目累计达到42项
# 开工建设105项, 已建成扶贫车间1800多个, 开建亿元以上重大文化旅游项目近90个, 开工建设甲、乙等民生项目800个
# 签订合作协议9个; 与客商签下单个投资1亿元以上的工业项目45个 (a modifier with its own figure, ending in 的);
# 签约了包括甲、乙等在内的25个项目; 集中签约动工450个项目 (the start after the signing shares its count);
# attributive, with a company: 甲公司已建成投产的7条生产线
_COUNTED_AFTER = re.compile(rf"(?:[并和、]?(?:开工|动工|开建))?"
                            rf"[了的]?(?:建设)?(?:包括[^，,。；;]{{1,24}}?在内的)?"
                            rf"(?:(?:[^，,。；;]{{0,24}}?的)?[^，,。；;：:\d]{{0,20}}?(?:项目|企业|单位|机构|公司|车间|工程|协议|合同))?"
                            rf"(?:共计?|总数|数量|数)?{_COUNT_VERB}")
# 新开工改造老旧小区1.6万个, 已开建分中心6个: a noun phrase whose head is in the lexicon event_counted_heads
_HEADED = re.compile(rf"了?(?:建设|改造)?([^，,。；;：:\d]{{1,20}}?){_COUNT_VERB}")
_HEAD_SPAN = 20  # a count, then the head of what it counts within this many characters (近400个易地搬迁安置点开工)
_HEAD_AFTER = re.compile(r"[^，,。；;\d]{0,10}?(?:项目|企业|工程|学校)")  # 签订了18个合作项目 (not 签署了15项文件)
_AFTER_SPAN = 28  # the trigger, a noun phrase of up to 20 characters ending in its head, a verb, the count
# The count opening the next clause (开工，首批9个项目 / 共有9项 / 包括甲、乙等共有30项 / 投入运行，6项工程), of projects the clause
# of the trigger names (重大项目正式动工，…共有30项).
_NEXT_CLAUSE = re.compile(r"[，,](?:首批|共有?|共计|涉及|包括[^，,。；;]{1,30}?等(?:在内)?(?:共有?|共计)?)?")
_PROJECTS_BEFORE = re.compile(r"(?:项目|工程)[^，,。；;\d]{0,6}$")
_CLAUSE_END = re.compile(r"[，,。；;]")
_BUILT = ("建成", "建起")  # works built, counted after 了 (建起了42个产业园区)
_ADVERBS = "[已均全部也都陆续先后集中相继同步正式顺利]"  # between a count and its trigger: 已有97家|陆续|复工
_COUNTED_BEFORE = re.compile(f"{_ADVERBS}*")
# Central or state enterprises signing, counted right before (36家央企现场签约); not the partners of 与 (与近60家央企签署)
_SIGNERS = re.compile(f"(?:央企|国企)(?:现场|{_ADVERBS})*")
_PARTNER = re.compile(r"[与和同跟][近约超逾]?$")
# The grammar's own quantity right after the trigger: 签署了8份合作协议 (documents signed), 开工建设大雅河、
# 兴城两座抽水蓄能电站 (the named list's number).
_SIGNED = re.compile(r"了?(?:[^，,。；;]{2,30}的)?")  # 签署了为期3年、总金额约280亿元的9项协议
_STATED_SPAN = 40
_ONE_OF = re.compile(r"[^，,。；;]{0,12}?之一")  # 省级60项民生工程之一——X工程: one project
# Works counted by 条 / 座 / 所 / 处 (9条城际线路, 三座配套电站, 40所学校, 灌区17处), not 10条措施;
# or a works noun just before the count (供水工程完工860处).
_WORKS_NOUN = r"(?:铁路|高铁|公路|高速|线路|管道|通道|隧道|电站|机组|水库|灌区|煤矿|矿井|学校|医院|桥|项目|工程|标段|生产线|公园|场馆)"
_WORKS = re.compile(rf"(?:[^，,。；;]{{0,30}}的)?[^，,。；;、\s]{{0,8}}?{_WORKS_NOUN}")
_WORKS_BEFORE = re.compile(rf"{_WORKS_NOUN}[^，,。；;、\s\d]{{0,4}}$")  # 工程完工 right before the count
_WORKS_UNITS = ("条", "座", "所", "处")
# Lines or plants counted by 套 (两套…生产线), not a yearly output (年产50万套…电堆项目)
_SETS = re.compile(r"(?:[^，,。；;]{0,30}的)?[^，,。；;、\s]{0,8}?(?:生产线|装置|机组)")
_FIRMS = re.compile("企业")  # enterprises counted by 户: 复工企业达到43户
_DOCUMENT = re.compile(r"[^，,。；;]{0,6}?(?:协议|合同)")
# Parties counted, not projects or enterprises: provinces, countries, cities, customers, farms (签约客户120家)
_PARTIES = re.compile(r"[^，,。；;、\d]{0,4}?(?:省份|省区市|国家和地区|(?:国家|城市|省)(?=[，,。；;、与和的])|客户|用户|农户|会员|合作社|家庭农场)")
# how they did it (通过线上办公的方式, 以视频连线的形式, 借助云平台模式): opening the clause of a trigger here, and between
# the enterprises and the trigger in rates (企业已通过网上办公的方式复工)
MANNER = r"(?:通过|采取|采用|利用|借助|以)[^，,。；;]{1,16}?(?:的)?(?:方式|形式|办法|模式)"
_MANNER_OPENING = re.compile(MANNER)
_NAMED_LIST = re.compile(r"了?(?:[^，,。；;：:、\d]{1,8}、)+[^，,。；;：:、\d]{1,8}")


def find_count(a: Article, clause: int, i: int, j: int) -> int | None:
    """The number of projects or enterprises of an aggregate (never one: 一家合资企业 is no aggregate):
    right after the trigger (入驻企业126家, 复工413家, 新落户外资企业42家), right before it (已有97家复工),
    else the last count of projects or enterprises in its clause."""
    counted_before = _counts(a, _between(a, clause, i))  # 8个项目动工，3个项目签约: the count before
    after = next((q for q in _counts(a, _between(a, j, j + _STATED_SPAN))  # (the next clause: up to 40)
                  if j <= q.start <= j + _AFTER_SPAN and (
                      _COUNTED_AFTER.fullmatch(a.text, j, q.start) or _headed(a, j, q.start))
                  and (q.start > j + 1 or not a.text.startswith("了", j) or _HEAD_AFTER.match(a.text, q.end)
                       or a.text[i:j] in _BUILT and _built(a).match(a.text, q.end))
                  or _NEXT_CLAUSE.fullmatch(a.text, j, q.start) and not counted_before and (
                      q.text.endswith("项目") or a.text.startswith(("项目", "工程"), q.end)
                      or _PROJECTS_BEFORE.search(a.text, clause, i) and _CLAUSE_END.match(a.text, q.end))),
                 None)  # 集中开工，9个项目…; 工程开工，首批9个项目; 项目动工，包括甲、乙等共有30项。
    if after:
        return _number(after)
    stated = _stated_after(a, j)
    if stated:
        return stated
    before = [q for q in counted_before if q.end <= i]
    if before and (_COUNTED_BEFORE.fullmatch(a.text, before[-1].end, i) or _SIGNERS.fullmatch(
            a.text, before[-1].end, i) and not _PARTNER.search(a.text, max(0, before[-1].start - 2), before[-1].start)):
        return _number(before[-1])  # only adverbs between (已有97家复工; an earlier count has more between), or
        # 央企 signing (28家央企现场签约)
    return next((_number(q) for q in reversed(before)  # works by 条 / 座 / 所 / 处 / 套: checked in _counts
                 if _COUNTED.match(a.text, q.start, i) or _heads(a).search(a.text, q.end, min(i, q.start + _HEAD_SPAN))
                 or q.unit in (*_WORKS_UNITS, "套")), None)


def manner_count(a: Article, floor: int, clause: int, j: int) -> int | None:
    """The count of the clause before a trigger's clause that only says how they resumed (近万家企业根据自身特点，
    通过线上办公的方式复工复产: the enterprises of the clause before)."""
    if clause <= floor or not _MANNER_OPENING.match(a.text, clause):
        return None
    return find_count(a, a.clause_start(clause - 1, floor), clause - 1, j)


def _stated_after(a: Article, j: int) -> int | None:
    """N份 / N项 agreements right after a signing word (签署了8份合作协议), or the number closing a list of
    names right after the trigger (开工建设甲、乙两座电站)."""
    for q in a.counts.between(j, j + _STATED_SPAN):
        if (q.value or 0) <= 1 or not _SIGNED.fullmatch(a.text, j, q.start) and q.start > j + 20:
            continue
        if q.unit in ("份", "项") and _SIGNED.fullmatch(a.text, j, q.start) and _DOCUMENT.match(a.text, q.end):
            return _number(q)
        if q.unit in ("座", "个", "项", "家") and _NAMED_LIST.fullmatch(a.text, j, q.start):
            return _number(q)
        return None
    return None


def _built(a: Article) -> re.Pattern[str]:
    """The works counted after 建成了 / 建起了: a noun phrase ending in a project head, a counted head or a head of works
    built (建起了12个物流基地, 建成了1200多个文化中心; not 建成了3年)."""
    lex = a.rules.lexicons
    return _built_pattern("|".join(lex[name].regex for name in (
        "event_project_suffixes", "event_counted_heads", "event_built_heads")))


@cache
def _built_pattern(heads: str) -> re.Pattern[str]:
    return re.compile(f"[^，,。；;\\d]{{0,10}}?(?:{heads})")


def _heads(a: Article) -> re.Pattern[str]:
    """What an aggregate may count besides projects and enterprises (lexicon event_counted_heads: 小区, 商户)."""
    return a.rules.lexicons["event_counted_heads"].pattern


def _headed(a: Article, j: int, k: int) -> bool:
    """Whether ``j:k`` (from the trigger to the count) is a noun phrase ending in such a head (改造老旧小区)."""
    phrase = _HEADED.fullmatch(a.text, j, k)
    return bool(phrase) and a.rules.lexicons["event_counted_heads"].suffix_of(phrase.group(1)) is not None


def _between(a: Article, lo: int, hi: int) -> list[Quantity]:
    """The counts starting in ``lo:hi``, with the vague ones written with 上 (上百家: read by the quantity grammar's
    ``find_rough_counts``, as more than 100)."""
    rough = find_rough_counts(a.text, lo, hi)
    return sorted([*a.counts.between(lo, hi), *rough], key=lambda q: q.start) if rough else a.counts.between(lo, hi)


def count_at(a: Article, lo: int, hi: int) -> Quantity | None:
    """The first count with a value starting in ``lo:hi``."""
    return next((q for q in a.counts.between(lo, hi) if q.value), None)


def _counts(a: Article, quantities: list[Quantity]) -> list[Quantity]:
    """Counts of projects or enterprises, more than one (9条线路, 3座电站, 40所学校, 供水工程860处 count works too;
    43户 of enterprises), not the size of a list the event is one of (60项民生工程之一), nor an amount in 亿 glued
    to 项目 (超百亿项目开工: projects worth ten billion, read as 百亿 + 项)."""
    return [q for q in quantities if (q.value or q.low or 0) > 1 and not (
        q.text.endswith("亿项") and a.text.startswith("目", q.end)) and (
        q.unit in ("家", "个", "项") or q.unit in _WORKS_UNITS and (
            _WORKS.match(a.text, q.end) or _WORKS_BEFORE.search(a.text[max(0, q.start - 10):q.start]))
        or q.unit == "套" and _SETS.match(a.text, q.end) and not a.text.endswith("产", 0, q.start)
        or q.unit == "户" and _FIRMS.search(a.text, max(0, q.start - 8), q.start)
        or q.unit == "名" and _heads(a).search(a.text, q.end, q.end + 6))  # 近千名外迁商户
        and not _ONE_OF.match(a.text, q.end) and not counts_parties(a, q)]


def counts_parties(a: Article, q: Quantity) -> bool:
    """Whether ``q`` counts parties, not projects or enterprises (15个省份, 120家客户, 200家蔬菜合作社): the noun
    right after its classifier."""
    k = q.text.find(q.unit)
    return k >= 0 and bool(_PARTIES.match(a.text, q.start + k + len(q.unit)))


def _number(q: Quantity) -> int:
    return int(q.low if q.value is None else q.value)  # 五六个: the low end
