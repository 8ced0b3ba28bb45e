"""Attributive triggers: a trigger used as a modifier still reports its happening (CONVENTIONS). Its roles stand
after it: a count (本次集中开工的18个项目, 落户X经开区的企业达到560家, 已建成投产的7条生产线) or a project named right
after 的 (刚动工的X项目, or after one more modifier: 去年投产的年产5万吨的X项目) that is not one reported before
(本次签约的二期项目); a settlement's or a resumption's company named right after 的 (落户X经开区的Y公司,
恢复正常生产的Y公司)."""

import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.roles.count import counts_parties
from zhqx.events.roles.project import name_spans, reported_before
from zhqx.types import Resumption, Settlement

_PLACE = re.compile(r"([^，,。；;：:、的“”\d]{0,10})的")  # a place noun between the trigger (and its park) and 的
_MODIFIER = re.compile(r"[^，,。；;：:、的“”]{1,12}的")  # a second modifier before the name (的年产5万吨的)
_SHORTLY = re.compile("(?:后)?不久")  # 刚投产不久的X生产线: a time, no place
_COUNTED_UNITS = ("家", "个", "项", "条", "座")
_LONGEST_NOUN = 12  # 的科技型中小企业 … 达到: the counted noun between 的 and the count
# 的, the counted noun (no clause mark, no second 的), then a verb of amount
_TO_COUNT = re.compile(rf"的[^，,。；;：:、的]{{0,{_LONGEST_NOUN}}}?(?:已经?|均|总数|数量)?"
                       r"(?:达到|已达|达|有|突破|超过|为|共计|共)?")


def attributive_roles(a: Article, draft: Draft) -> bool:
    """Whether the trigger of ``draft`` is followed by 的 and a count or a project name; if so they become its
    ``count`` or ``project``."""
    j = draft.pos + len(draft.trigger)
    park = next(iter(a.parks.between(j, j + 1)), None)  # 落户X经开区的企业: the park it names first
    if park is not None:
        j = park[1]
    place = _PLACE.match(a.text, j)  # 入驻X经开区孵化平台的企业, 落户生态城的企业: where, as written
    if place is None or not (park is not None or not place.group(1) or _SHORTLY.fullmatch(place.group(1))
                             or draft.cls is Settlement):
        return False
    j = place.end() - 1
    end = a.clause_end(j, draft.sentence[1])
    q = next((q for q in a.counts.between(j, end) if q.unit in _COUNTED_UNITS), None)
    if q is not None and (q.value or q.low or 0) > 1 and _TO_COUNT.fullmatch(a.text, j, q.start) and not counts_parties(a, q):
        draft.roles["count"] = int(q.low if q.value is None else q.value)
        return True
    company = a.entity_at(j + 1) if draft.cls in (Settlement, Resumption) else None
    if company is not None and company.label == "ORG" and company.start == j + 1:  # 落户X经开区的Y公司 (CONVENTIONS)
        draft.roles["company"] = company.text
        return True
    modifier = _MODIFIER.match(a.text, j + 1, end)  # 建成投产的年产80万吨的X项目: the name after its modifier
    opens = (j + 1, modifier.end()) if modifier else (j + 1,)
    name = next((name for start, _, name in name_spans(a, j + 1, end) if start in opens), None)
    if name is not None and not reported_before(a, draft, name):  # 本次签约的二期项目: the signing reported before
        draft.roles["project"] = name
        return True
    return False

