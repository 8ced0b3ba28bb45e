"""Events reported by a rate alone (CONVENTIONS: a rate alone is a resumption event without a count; NOTES.md
n037: projects' 开工率 is a start without a count): a park's enterprises that opened again (X高新区所有企业已复工复产;
在X开发区，近九成的企业已开工), enterprises reported as opened again elsewhere (全市规上企业已全部复工; NOTES: a vague
企业复工 is a resumption without count), a share of capacity or of the firms resumed (九成产能已复产, 八成以上商户已复工),
resumption picking up pace (复工复产逐月好转), a reported 复工率 (全省规上企业复工率达89.4%) or a rate right after the
trigger (复工复产已达到95%) when its segment reports no other resumption (198家企业已复工，复工率达97%: one event;
用于企业复工复产；复工率达68.5%: the rate is one), and projects' 开工率 (重点项目开工率达92%); enterprises' 开工率
without a shutdown is no event."""

import re
from collections.abc import Iterator

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.roles.count import MANNER
from zhqx.types import ProjectStart, Resumption

# enterprises reported as opened again: 企业已 / 企业正逐步 / 企业均已全面 (not 支持企业复工复产: a measure)
# how they did it, between the enterprises and the trigger (roles.count.MANNER): 企业已通过网上办公的方式|复工
_REPORTED = re.compile(rf"企业[^，,。；;]{{0,6}}?(?:{MANNER})?(?:已经?|均已|全部|陆续|正?逐步|全面)[^，,。；;]{{0,4}}"
                       rf"(?:{MANNER}[^，,。；;]{{0,4}})?$")
_FIRM = r"(?:企业|商户|商家|商铺|门店|店铺|餐厅|餐馆|商场|超市|影院|工厂|厂家)"
# outside a park, only as done (全市规上企业已全部复工, 配套企业早早复工, 沿街商铺开始恢复营业; not 企业正逐步复工,
# a summary of what follows)
_DONE = re.compile(rf"{_FIRM}[^，,。；;]{{0,6}}?(?:{MANNER})?(?:已经?|均已|全部|早早|开始)[^，,。；;]{{0,4}}"
                   rf"(?:{MANNER}[^，,。；;]{{0,4}})?$")
_SHARE = r"(?:半数|一半|[一二三四五六七八九]成|\d+(?:\.\d+)?[%％])(?:以上|左右|多)?"
# a share of the firms (八成以上商户已复工, 超过半数的企业恢复了生产, 近半数餐厅恢复营业; the firms counted first:
# 全市3000多家餐馆中已有近半数恢复营业): a rate
_FIRMS_SHARE = re.compile(rf"{_SHARE}的?[^，,。；;\d]{{0,8}}?{_FIRM}[^，,。；;]{{0,6}}$"
                          rf"|{_FIRM}[^，,。；;\d]{{0,6}}?(?:已经?|均|目前)?(?:已?有|中有?)[近约超逾]?(?:超过)?{_SHARE}$")
# a share of capacity resumed (CONVENTIONS: 九成产能已复产 is a rate): 八成以上产能已实现, 85%的产能已
_CAPACITY = re.compile(r"(?:[一二三四五六七八九]成|\d+(?:\.\d+)?[%％])(?:以上|左右|多)?的?产能[^，,。；;]{0,6}$")
# a rate stated with its value: 复工率达到95%, 开工率为87%, 复工率近五成, 复工率100%
# (农贸市场复工率则超过了93%: 则 / 也 / 分别 linking it to a rate before, 了 after the verb; 复工率接近100%,
# 复工率已超9成, 复工率已经在80%以上)
_RATE = re.compile(r"率(?:则|也|分别)?(?:已经?|均)?(?:达到|达|为|在|保持|超过|超|逾|近|接近|约|升至|提高到|提升至)?了?"
                   r"[约近超逾]?(?:\d+(?:\.\d+)?[%％]|百分之|[一二三四五六七八九\d]成)")
# a rate right after the trigger (规上企业复工复产已经达到95%, 复产已超过八成)
_TRIGGER_RATE = re.compile(r"(?:已经?|均|都)?(?:达到|已达|达|超过|超|逾|接近)[约近超逾]?"
                           r"(?:\d+(?:\.\d+)?[%％]|百分之|[一二三四五六七八九]成)")
# the word qualifies a noun that is not what resumed: 正值复工复产的要紧关头 (not 复工的企业, 复产的项目)
_QUALIFIES = re.compile(r"的(?![^，,。；;]{0,6}?(?:企业|项目|工地|工厂|商户|门店|单位))")
# resumption picking up pace, reported as it goes on (商贸服务业复产复工不断提速, 复工复产逐月好转, 企业复工复产进程
# 不断加快): a resumption without count; not 稳步推进 / 有序推进 (a summary), a push (推动复工复产提速扩面: effort), a
# noun (跑出复工复产加速度) nor the background of 随着 (随着复工复产步伐加快，需求将增加)
_PACE = re.compile(r"(?:的)?(?:进程|步伐|进度)?(?:不断|持续|逐步|逐月|明显|进一步)?(?:提速|加快|加速|好转)(?![扩度])")
_BACKGROUND = re.compile("随着")
_INDUSTRY = re.compile(r"(?:工业|制造业)[^，,。；;项目房]{0,4}$")  # 规模以上工业|开工率 (not 重点项目, 保障房)
_PROJECTS_RATE = re.compile(r"项目$")  # 重点项目开工率, 签约项目开工率 (not 企业开工率)
_COUNTED_SUBJECT = re.compile(r"[^，,。；;]{0,12}企业$")  # 3100余家规上工业企业，复工率超过六成


def industry_rate(a: Article, match: re.Match, floor: int) -> bool:
    """Whether the 开工 at ``match`` opens a rate of industry (规模以上工业开工率, 制造业企业开工率), not of projects or
    dwellings."""
    return bool(_RATE.match(a.text, match.end())) and bool(
        _INDUSTRY.search(a.text, a.clause_start(match.start(), floor), match.start()))


def reported_rate(a: Article, cls: type, i: int, j: int, floor: int) -> bool:
    """Whether the trigger at ``i:j`` opens a rate stated with its value that reports a happening (see the module
    docstring): any resumption rate outside a subgroup (其中…), a start rate of projects."""
    if not (_RATE.match(a.text, j) or cls is Resumption and _TRIGGER_RATE.match(a.text, j)):
        return False
    clause = a.text[a.clause_start(i, floor):i]
    if cls is ProjectStart:
        return bool(_PROJECTS_RATE.search(clause))
    return cls is Resumption and "其中" not in clause


def firms_share(a: Article, clause: int, i: int) -> bool:
    """Whether a share of the firms resumed stands right before the trigger at ``i`` (5000多家餐馆中已有近半数|恢复营业):
    the count before it is of all the firms, not of those resumed."""
    return bool(_FIRMS_SHARE.search(a.text, clause, i))


def planned_rate(a: Article, start: int, i: int) -> bool:
    """Whether a clause of the sentence before the rate at ``i`` makes it a target (力争A率达90%，B率达95%), not a
    clause whose cue governs a resumption word of its own (为保障企业复工复产，…，复工率达到85%: a purpose)."""
    while i > start:
        clause = a.clause_start(i, start)
        if a.rules.modality.not_done(a.text, clause, i) and not any(
                not _RATE.match(a.text, m.end()) for m in _resumed(a, clause, i)):
            return True
        i = clause - 1
    return False


def rate_only(a: Article, draft: Draft) -> bool:
    """Whether ``draft``, a resumption without count, project or company, is one of a park's enterprises, of
    enterprises reported as opened again, or a reported rate; or a start reported by its projects' rate."""
    if draft.get("rate"):
        draft.roles["project"] = draft.roles["company"] = None
        if draft.cls is ProjectStart:
            return True
    if draft.cls is not Resumption:
        return False
    if any(_reports(a, m, draft) for m in _resumed(a, *draft.segment)):
        return False  # another resumption word in the segment reports it
    clause = a.clause_start(draft.pos, draft.sentence[0])
    if draft.get("rate"):
        draft.roles["count"] = _subject_count(a, clause, draft.sentence[0])
        return True
    if _CAPACITY.search(a.text, clause, draft.pos) or firms_share(a, clause, draft.pos):
        draft.roles["rate"] = True  # 九成以上产能已实现复产, 八成以上商户已复工: a share resumed, a rate (not a
        return "其中" not in a.text[draft.sentence[0]:draft.pos]  # subgroup's: 其中，超过半数的中小企业…)
    if _PACE.match(a.text, draft.pos + len(draft.trigger)) and not _BACKGROUND.match(a.text, clause):
        draft.roles["batch"] = True  # 服务业复产复工不断提速: under way and faster, an aggregate the article may count
        return True
    if draft.get("park"):
        return bool(_REPORTED.search(a.text, clause, draft.pos))
    draft.roles["batch"] = True  # enterprises without a count: an aggregate the article may count later
    return bool(_DONE.search(a.text, clause, draft.pos))


def _resumed(a: Article, start: int, end: int) -> Iterator[re.Match]:
    """The resumption triggers of the schema in ``start:end`` (复工, 复产, 恢复生产, ...), each in its context, as the
    reader finds them."""
    schema = a.rules.schema
    for m in schema.trigger_pattern.finditer(a.text, start, end):
        kind = schema.by_trigger[m.group()]
        if kind.cls is Resumption and kind.in_context(m.group(), a.text, m.start(), m.end()):
            yield m


def _subject_count(a: Article, clause: int, floor: int) -> int | None:
    """The count of enterprises making up the clause before the rate (3100余家规上工业企业，复工率超过六成)."""
    if clause <= floor:
        return None
    before = a.clause_start(clause - 1, floor)
    q = next((q for q in a.counts.between(before, clause) if q.unit == "家" and (q.value or q.low or 0) > 1), None)
    if q is None or not _COUNTED_SUBJECT.fullmatch(a.text, q.end, clause - 1):
        return None
    return int(q.low if q.value is None else q.value)


def _reports(a: Article, m: re.Match, draft: Draft) -> bool:
    """Whether the resumption word ``m``, another than ``draft``'s trigger in its segment, reports the happening
    itself, with a rate of its own (to another rate), a count or company in its clause, or its enterprises
    reported as resumed (198家企业已复工，复工率达97%: one event); not a purpose or a measure (用于企业复工复产；…
    复工率达68.5%), a phrase named after it or a noun it qualifies (正值复工复产的要紧关头，…开工率达到97%), nor a bare
    clause of its own (全市企业有序复工复产，规上工业企业复工率达68.5%: the rate reports it)."""
    if draft.pos <= m.start() < draft.pos + len(draft.trigger):
        return False
    lo, hi = a.clause_start(m.start(), draft.segment[0]), a.clause_end(m.end(), draft.segment[1])
    before = a.text[lo:m.start()]
    modality = a.rules.modality
    if _RATE.match(a.text, m.end()):  # its own rate: industry's 开工率 read as a resumption yields to it (企业开工率为
        kind = a.rules.schema.by_trigger.get(draft.trigger)  # 96.3%，在建项目复工率100%: one), another group's 复工率
        return bool(draft.get("rate")) and (kind is None or kind.cls is not Resumption)  # does not (商超复工率达88%，
        # 农贸市场复工率超过93%: two)
    if (modality.effort(before, 0, len(before)) or modality.not_done(before, 0, len(before))
            or modality.naming.match(a.text, m.end()) or _QUALIFIES.match(a.text, m.end())):
        return False
    return bool(a.counts.between(lo, hi) or a.companies.between(lo, m.start())
                or _REPORTED.search(a.text, lo, m.start()))
