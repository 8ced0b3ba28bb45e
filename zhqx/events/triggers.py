"""Whether a trigger candidate reports a happening: not a plan (将, 计划), a negation (未), a meeting or
ceremony name (签约暨集中开工推进会) unless it is reported as held, a rate (复工率) — the cues of
``modality.tsv`` (see ``zhqx.events.modality``) — nor a modifier (签约项目), nor a network or system built
(铁路网…已基本建成: no project); for 投资, see
``zhqx.events.investments``."""

import re
from functools import cache

from zhqx.events.article import Article
from zhqx.events.headlines import is_headline
from zhqx.events.investments import invests
from zhqx.events.launches import develops_zone, pilots
from zhqx.events.rates import industry_rate
from zhqx.events.roles.count import count_at
from zhqx.events.roles.park import settles_in_building, settles_in_place
from zhqx.events.totals import signed_amount
from zhqx.text.prefilter import prefiltered
from zhqx.types import Investment, ProjectCompletion, ProjectSigning, ProjectStart, Resumption, Settlement

# a ceremony held, carried out or attended took place: 举行X项目开工仪式, 进行了N个项目的签约仪式, 出席X项目签约仪式 (not 将出席); 出席签约仪式 alone
# names the ceremony of a signing already reported
_ATTENDED = re.compile(r"(?:举行|进行)[^，,。；;]{0,40}$|(?:出席|参加|见证)[^，,。；;]{2,40}$")
_HELD_LENGTH = 64  # longer than any match of _HELD
# (集中开工和签约活动隆重举行: a ceremony of two triggers)
_HELD = re.compile(r"(?:[暨和及与][^，,。；;]{0,12})?(?:仪式|活动)[^，,。；;]{0,20}?(?:隆重|正式)?举行")
_COUNT_VERB = r"(?:已经?)?(?:达到?|突破|超过|为)?"  # 项目共28个, 企业已达378家, 入驻企业突破2000家
_SETTLED = re.compile("(?:入驻|进驻|落户|落地)$")  # 企业入驻开工: enterprises that moved in and began work
_AFTER_RESUMED = re.compile("(?:复工|复产)(?:和|、|及|与)?新?$")  # 复工和新|开工: the resumption reports it
_DONE_ADVERBS = "[已均全部也都陆续先后正式经面]*"  # 已经 / 全部 / 陆续 / 正式 / 全面, between what opened again and 开工
_FACTORIES = re.compile(rf"企业{_DONE_ADVERBS}$|\d+家[^，,。；;]{{0,8}}$")  # 企业已全面|开工
# a plant's lines opened again in a report on resuming (生产线已全部|开工 after 春节后 / 复工): not 开工建设
_LINES = re.compile(rf"(?:生产线|工厂|车间|厂区){_DONE_ADVERBS}$")
_RESUMING = re.compile("复工|复产|节后|春节后|停产后")
_BUILDING = ("建设", "建造")  # 开工|建设: construction begun, not a plant opening again
_CONTEXT = 80  # characters before a clause where 复工 / 节后 make its 开工 a resumption (about a sentence)
# the trigger opens its clause, after adverbs or a time (计划7月开工，2024年投产: the plan goes on)
_NO_SUBJECT = re.compile(r"(?:(?:\d{4}年|去年|今年|明年|年内|年底|次年)?(?:\d{1,2}月)?(?:底|初|前|中旬|下旬|上旬)?)?"
                         "(?:还|也|并|再|又|可|就|才|逐步|全面|基本|重点|集中|陆续|先后|同步)*")
_AND_WITH = re.compile("并(?:和|与|同|跟)")  # 将与X签署…，并和Y签署…: the clause goes on with the same subject
_BUILT_BY = ("重", "修", "改", "扩", "兴", "筹", "组", "搭", "创", "构")  # 重建|成果, 修建|成, 构建|起
_PART = re.compile("主体|控制性|路面|铺轨|桩基|节点|土建|前期|征迁|拆迁")  # a part of the works: its 完工 is a milestone
_PART_CHECKED = re.compile(f"(?:{_PART.pattern})(?:工程|项目)[^，,。；;——]{{0,4}}$")  # 主体工程(日前)|通过验收
_STRUCTURE_DONE = re.compile("主体(?:已经?|基本|全部|全面|顺利)*$")  # 主体已完工 / 主体完工 (not 主体工程竣工)
# dwellings right after a start or completion: housing statistics, no event (开工建设住房6.2万套, 已开工3.4万户)
_DWELLINGS = re.compile(r"[^，,。；;\d]{0,10}?\d+(?:\.\d+)?(?:[多余]?万[多余]?(?:套|户)|[多余]?套)")
# kilometres of line right after a completion: a length statistic, no event (投产新线1600公里, 通车里程突破5000公里;
# not a line's own length, 此次开通的线路全长128公里)
_LENGTH = re.compile(r"[^，,。；;\d长速]{0,8}?\d+(?:\.\d+)?[多余]?万?[多余]?(?:公里|千米)")
_REMAINING = re.compile("[另还尚]有$")  # 另有3个签约项目: the projects left over, no happening
_MANNER = re.compile("[快慢](?!速)")  # 落地快、开工快、投产快: how projects go, no happening
# an anniversary after a start or completion (通车10周年, 通车10年，, 开工第一年): no happening; a time frame since it
# (投产两年来, 开通11个多月以来) still reports it (dev gold: the happening the frame opens is annotated)
_SINCE = re.compile(r"[^，,。；;]{0,6}?周年|第[一二三\d]年|(?:已经?|满|整|近)?[\d一二两三四五六七八九十]+年(?=[，,])")
# a network or system built (铁路网规划中的四纵已基本建成, 建成了天然气管网, 建成…体系), no project: not 电网工程
# (nor 网联, networked: 智能网联无人车测试场)
_NETWORK = re.compile(r"(?<![联并])(?:网(?!联)络?|体系|港口群)(?![^，,。；;]{0,6}?(?:工程|项目|中心|公司|基地|园|站|厂))")
_PARK_RIGHT_AFTER = ("进入", "搬迁")  # settle verbs that settle only in a park named right after them
_INTO = re.compile("(?:到|至)了?(?:[^，,。；;、的]{1,16}的)?")  # 搬迁到了|宁波高新区, 搬迁到了距江边两公里的|甲园
_MOVE_BEGUN = re.compile(r"(?:启动|开始|着手|准备)[^，,。；;]{0,4}$")  # 正式启动整体|搬迁到…的工作
_GAP = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[^\x00-\x7f])")  # 精准帮扶 多家工厂全面复工: a headline's phrases
_COUNTED_NOUN = re.compile(rf"(?:项目|企业)(?:共计?|总数|数量)?{_COUNT_VERB}")  # right after a trigger: 开工项目9个


# the trigger's subject: a product (event_product_heads), its name in quotes, the place, adverbs and the day
_WHEN = r"(?:今天|今日|昨天|昨日|日前|近日|不久前|正式|顺利|成功|首次|已经?|全部|全面|相继|陆续|同时)*"
_PRODUCT_TAIL = rf"(?:“[^”]{{1,12}}”)?{_WHEN}(?:在[^，,。；;]{{1,24}}?)?{_WHEN}$"


# a firm opening for business (渣打证券在北京正式开业, 8家公司同时开业, 这家金融公司从筹备到开业): no project built
_FIRM_OPENS = re.compile(rf"(?:公司|银行|证券|交易所|分行|支行){_WHEN}(?:在[^，,。；;]{{1,24}}?|从[^，,。；;]{{1,6}}到)?{_WHEN}$")


@cache
def _product(heads: str) -> "re.Pattern[str]":
    return re.compile(f"(?:{heads}){_PRODUCT_TAIL}")


def event_class(a: Article, cls: type, match: re.Match, floor: int) -> type:
    """The type a trigger reports: 开工 of enterprises (1860家工业企业开工) or industry's 开工率 in an article that
    speaks of 复工 / 复产 is a resumption (enterprises opening again after a shutdown), else the trigger's own type."""
    if cls is ProjectStart and a.resuming and (_FACTORIES.search(a.text, a.clause_start(match.start(), floor),
                                                                  match.start()) or industry_rate(a, match, floor)):
        return Resumption  # 全省规模以上工业开工率达到97% in a report on 复工: industry's rate
    return cls


def happened(a: Article, cls: type, match: re.Match, floor: int, rate: bool = False) -> bool:
    """Whether the trigger reports a happening (see the module docstring); with ``rate``, the rate after it is
    known to report one (``zhqx.events.rates``): only its modality is checked."""
    text, i, j = a.text, match.start(), match.end()
    if a.entity_at(i) or a.entity_at(j - 1):
        return False
    if match.group().endswith("工") and a.text.startswith(("作", "程"), j):
        return False  # 修复|工作, 修复|工程: 工 belongs to the word after
    clause = a.clause_start(i, floor)
    before = text[clause:i]
    after = text[j:j + 16]
    subject = 0 if a.rules.modality.naming.match(text, j) else subject_start(before)  # 原定…举行的X奠基仪式: planned
    if (gap := _last_gap(before)) > subject and is_headline(a, (floor, j)):
        subject = gap  # 精准帮扶 多家工厂全面复工: a headline's phrase of its own
    if a.rules.modality.not_done(text, clause + subject, i, a.entity_at) or ((_NO_SUBJECT.fullmatch(before) or _AND_WITH.match(
            before)) and clause > floor and (
            a.rules.modality.not_done(text, a.clause_start(clause - 1, floor), clause - 1))):
        return False  # 计划用五年时间，建成…: a clause without a subject continues the plan of the clause before
    if cls is Resumption and a.rules.modality.effort(before, subject, len(before)):
        return False  # 推动企业复工复产: a measure (NOTES n078); 企业加紧复工复产: an effort (n111)
    if cls in (ProjectStart, ProjectCompletion) and a.rules.modality.pushed(before, subject_start(before), len(before)):
        return False  # 抓紧推动已批复项目开工, 全力推进24项工程如期投产: a measure (not 资金支持的项目开工率达九成)
    if rate:
        return True
    if cls is ProjectSigning and a.rules.modality.between_states(text, a.clause_start(i, floor), a.phrase_end(j)):
        return False
    if cls is ProjectSigning and signed_amount(a, match.group(), j):
        return True  # 签约金额80亿元, 签约项目总投资9亿元: a total signed, no name (zhqx.events.totals)
    if a.rules.modality.naming.match(text, j, j + 16) and not a.entity_at(j) and not (_ATTENDED.search(before) and re.match(
            r"[^，,。；;]{0,3}?(?:仪式|典礼|活动)", after)) and not _held(a, j):
        return False
    counted = _COUNTED_NOUN.match(after)
    if counted and not count_at(a, j + 2 if cls is Settlement else j + counted.end(), j + counted.end() + 1) and not (
            counted.group().startswith("项目") and any(q.end == i and not _REMAINING.search(text, clause, q.start)
                                                    for q in a.counts.between(max(clause, i - 8), i))):
        return False  # 入驻项目已经超过150个: the count may hold its verb; 100个开工项目: the count before it
        # (not 6万多家开业企业: firms in business, a stock; nor 另有3个签约项目尚未开工: the ones left)
    if cls is Settlement and match.group() in _PARK_RIGHT_AFTER and not any(
            p[0] <= j + 1 or _INTO.fullmatch(text, j, p[0]) for p in a.parks.between(j, j + 24)):
        return False  # 进入 a park settles (进入宁波高新区); 进入生产阶段 does not; 搬迁到了宁波高新区, not 搬迁至武汉
    if cls is Settlement and match.group() == "搬迁" and _MOVE_BEGUN.search(before):
        return False  # 启动整体搬迁到X新区的工作: the move begins
    if cls is Settlement and (settles_in_place(a, j) or settles_in_building(a, j)):
        return False  # 落户福州: a place, no park; 入驻科创大厦: a building
    if cls is Settlement and match.group() == "落地" and (before.endswith("签约") or after.startswith("实施")):
        return False  # 签约落地项目43个: the signing reports it; 项目落地实施: carried out, not settled
    if cls is ProjectCompletion and (after.startswith(("后", "以后", "之后")) or match.group() == "建成" and (
            after.startswith("区") or _next_completion(a, j))):
        return False  # 建成后: a time; 建成并投用: the word after reports it (建成通车 is one trigger); 建成区: a place
    if match.group() in ("建成", "建起") and (before.endswith(_BUILT_BY) or after.startswith(("立", "来"))):
        return False  # 重建成果, 修建成水泥路, 搭建起平台: 建 belongs to the verb before; 在福建成立: 成立; 建起来: no object
    if cls is ProjectCompletion and (_NETWORK.search(text, clause, i) or _NETWORK.search(text, j, a.phrase_end(j))):
        return False  # 并网发电, 互联网产业园: no network
    if cls is ProjectCompletion and _product(a.rules.lexicons["event_product_heads"].regex).search(before):
        return False  # 科考船在青岛交付使用, 铝合金材料在黑龙江投产: a product, no project (NOTES n080)
    if match.group() == "开业" and (_FIRM_OPENS.search(before) or (e := a.entity_at(i - 1)) is not None and e.label == "ORG"):
        return False  # 渣打证券正式开业 (an ORG right before), 8家公司同时开业: a firm opens, no facility
    if cls is ProjectCompletion and (_STRUCTURE_DONE.search(before) or match.group() in ("完工", "完成") and _PART.search(before)):
        return False  # 项目主体已完工, 控制性工程完工, 沥青路面完工: a milestone of a project still unfinished
    if match.group() == "通过验收" and _PART_CHECKED.search(before):
        return False  # 主体工程通过验收: a part accepted, the works go on (not X控制性工程——Y项目通过验收: Y is whole)
    if cls is ProjectStart and (re.match("复工|复产", after) or _AFTER_RESUMED.search(before) or prefiltered(
            _FACTORIES).search(before) and not after.startswith(_BUILDING) or _SETTLED.search(before)):
        return False  # 开工复工, 复工和新开工…935个: one resumption; 1860家工业企业开工: factories, not projects
        # (3家央企总部启动建设: buildings begun); 100家企业入驻开工: the settlement reports it
    if cls is ProjectStart and _LINES.search(text, clause, i) and not text.startswith(_BUILDING, j) and \
            _RESUMING.search(text, max(0, clause - _CONTEXT), j):
        return False  # 春节后，…3条生产线已全部开工: lines opened again (a resumption's detail), no project started
    if cls is ProjectStart and match.group().endswith("启动") and (develops_zone(a, i, clause) or pilots(a, i, clause)):
        return False  # 青川先导区建设正式启动: a zone's development, not a construction; 某试点建设启动: a pilot
        # (zhqx.events.launches)
    if cls in (ProjectStart, ProjectCompletion) and _DWELLINGS.match(text, j):
        return False  # 棚改工程开工建设房屋3.1万套: dwellings counted (CONVENTIONS: housing statistics)
    if cls in (ProjectStart, ProjectCompletion) and _MANNER.match(text, j):
        return False  # 让项目开工快、投产快: a quality of the process
    if cls in (ProjectStart, ProjectCompletion) and _SINCE.match(text, j):
        return False  # 港珠澳大桥通车五年来，往来人员…: the happening is the frame of a later figure
    if cls is ProjectCompletion and _LENGTH.match(text, j):
        return False  # 全国铁路投产新线1600公里: kilometres counted, as dwellings are
    if cls is Investment:
        return invests(a, i, j, clause, floor)
    return True


def subject_start(before: str) -> int:
    """Where the clause before a trigger leaves a modifier ending in 的 for the subject it qualifies (计划2023年建成的
    甲项目今天开工: a plan of the modifier's, 甲项目 started; 将原定的开工时间: the trigger is that noun's; 将最大的
    市场建成…: 将 may govern the whole clause)."""
    k = before.rfind("的") + 1
    return k if 0 < k < len(before) and "将" not in before[:k] else 0


def _last_gap(before: str) -> int:
    """Where the phrase after the last space between two Chinese characters starts (0 if none): in a headline, the
    space ends a phrase as a comma does."""
    gaps = list(_GAP.finditer(before))
    return gaps[-1].end() if gaps else 0


def _next_completion(a: Article, j: int) -> bool:
    """Whether another completion trigger follows at ``j`` (建成投用, 建成并投入运营)."""
    k = j + 1 if a.text.startswith("并", j) else j
    word = a.rules.schema.trigger_pattern.match(a.text, k)
    kind = a.rules.schema.by_trigger[word.group()] if word else None
    return kind is not None and kind.cls is ProjectCompletion and kind.in_context(word.group(), a.text, k, word.end())


def _held(a: Article, j: int) -> bool:
    """A ceremony named after the trigger is reported as held (开工仪式在…举行, 集中开工活动举行)."""
    held = _HELD.match(a.text, j, a.phrase_end(j, j + _HELD_LENGTH))  # the phrase ends at a punctuation mark
    return bool(held) and not a.rules.modality.called_off(held.group())
