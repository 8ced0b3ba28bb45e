"""A completion, settlement or resumption whose subject is described, not named: 公司的新项目竣工, 一个生姜加工项目在
甲县建成投产, 多个电站相继投产, 一个试验设施项目落户在X开发区, 这家生产口罩的企业全面恢复了生产. The facility is
reported as done (NOTES.md n032, n033), so the event stands without a project when the clause before the trigger
ends in a project head (``event_project_suffixes``: 项目, 电站, 生产线, …, or 公司: 甲乙合资成立的公司投产) or,
for a settlement or a resumption, in a kind of enterprise (``event_kind_heads``: 企业, 工厂, 车间; NOTES.md: a vague
企业复工 is a resumption without count) followed by nothing but adverbs, a day or a place; a settlement also needs
a park in its clause, and a resumption's trigger ends its clause (not 企业复工后, 复工人员) unless its day stands
right before it (这家企业5月6日复工后，…: the resumption reported with its day). 建成 with the works as its object
(甲县建成综合物流园区项目, NOTES n056/n065), and so 建起 (甲镇建起了冷链物流中心), takes them as its project, as
written, after their size (建成了12万平方米的带状公园: 带状公园; heads also in ``event_built_heads``)."""

import re
from functools import cache

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.types import ProjectCompletion, Resumption, Settlement

# between the head and the trigger: adverbs, the day, a place (在甲县), nothing else
TO_TRIGGER = (r"(?:[也已都均就]|已经|刚刚?|正式|全面|顺利|全部|基本|相继|陆续|先后|集中|率先|开始|今天|昨天|日前|近日|不久前|前不久|近期|最近|"
               r"\d{1,2}月(?:\d{1,2}[日号])?|在[^，,。；;：:、的]{1,12}?)*")
# a measure or its meaning, not a report (组织企业复工, 协调上下游企业复工复产)
# or a vague many, summing up the reports around it (不少商户也陆续复工)
_MEASURE = re.compile("推进|加快|加速|推动|促进|确保|实现|要求|标志|随着|意味|组织|协调|支持|帮助|鼓励|引导|积极|吸引|"
                      "不少|许多|很多|众多|越来越多")
_AS_SUBJECT = re.compile("标志|意味|使|让|以来")  # 这条铁路通车标志着…: the happening as a noun, reported before
# 这个项目刚刚投产: one already reported in the sentence before (not a firm shown apart from the figures reported
# before it: …复工率超过50%。…在政府扶持下，这家生产口罩的企业全面恢复了生产)
_ANAPHOR = re.compile("这|那|该|此")
_SHARE = re.compile("其中")
# the size of the works before their name (超过110万平方米的, 3公里的, 2800米的)
_SIZE = r"(?:(?:超过|近|约|共|全长)?\d+(?:\.\d+)?[万千]?[多余]?(?:平方米|平方公里|公里|千米|米|亩)的)?"
_DAY_BEFORE = re.compile(r"\d{1,2}月\d{1,2}[日号](?:[已就]|正式|全面|开始)?$")  # 5月6日复工后: a day, then the trigger


@cache
def _described(heads: str) -> "re.Pattern[str]":
    return re.compile(f"(?:{heads}){TO_TRIGGER}$")


def described_subject(a: Article, draft: Draft) -> bool:
    """Whether ``draft``, a completion or settlement without project, company or count, has a described
    facility as its subject (see the module docstring)."""
    end = draft.pos + len(draft.trigger)
    if draft.cls not in (ProjectCompletion, Settlement, Resumption) or any(draft.get(r) for r in ("project", "company", "count")):
        return False  # a repeat of a named project, not a described one
    if _AS_SUBJECT.match(a.text, end) or a.rules.modality.naming.match(a.text, end):
        return False  # 投产活动: a ceremony named, held or not
    clause = a.clause_start(draft.pos, draft.segment[0])
    before = a.text[clause:draft.pos]
    if _MEASURE.search(before) or _ANAPHOR.search(before) and any(
            d.cls is draft.cls and d.sentence[0] >= (a.previous or draft.sentence)[0] for d in a.events):
        return False
    if draft.cls is Settlement and not (a.parks.between(clause, a.phrase_end(end)) or draft.get("park") and a.rules.lexicons[
            "event_park_anaphors"].pattern.match(a.text, end)):  # 一批基地在上海落户: the park it enters stands in its
        return False  # clause, or is pointed back to right after the trigger (在X园区，龙头企业入驻这里)
    if draft.cls is Resumption and a.phrase_end(end) != end and not (
            a.text.startswith("后", end) and a.phrase_end(end + 1) == end + 1 and _DAY_BEFORE.search(a.text, clause, draft.pos)):
        return False  # 企业复工后, 复工人员: the word qualifies what follows
    if draft.cls is not ProjectCompletion and (_SHARE.match(a.text, clause) or clause > draft.sentence[0] and _SHARE.match(
            a.text, a.clause_start(clause - 1, draft.sentence[0]))):
        return False  # …复工率达到92%，其中，过半的中小企业恢复了生产: a share of the report before
    heads = a.rules.lexicons["event_project_suffixes"].regex + "|公司"
    if draft.cls is not ProjectCompletion:  # enterprises settle and resume; a completion is of a facility
        heads += "|" + a.rules.lexicons["event_kind_heads"].regex
    built = draft.trigger in ("建成", "建起") and _built(heads + "|" + a.rules.lexicons["event_built_heads"].regex).fullmatch(
        a.text, end, a.phrase_end(end))
    if built:  # 甲县建成综合保税区: the works built, as written
        draft.roles["project"] = built.group(1)
        return True
    return bool(_described(heads).search(before))


@cache
def _built(heads: str) -> "re.Pattern[str]":
    return re.compile(f"了?{_SIZE}([^，,。；;：:、的\\d]{{2,20}}?(?:{heads}))")
