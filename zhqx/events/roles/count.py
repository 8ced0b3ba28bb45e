"""The count role: how many projects or enterprises an aggregate event has (开工项目9个, 已有97家复工)."""

import re

from zhqx.events.article import Article
from zhqx.types import Quantity

_COUNTED = re.compile(r"[^，,。；;]{0,12}?(?:项目|企业|院所|机构|单位|公司)")
_COUNT_VERB = r"(?:已经?)?(?:达到?|突破|超过|为)?"  # 项目共28个, 企业已达378家, 入驻企业突破2000家
_COUNTED_AFTER = re.compile(rf"(?:[^，,。；;、：:\d]{{0,8}}?(?:项目|企业|单位|机构|公司))?(?:共计?|总数|数量|数)?{_COUNT_VERB}")
_COUNTED_BEFORE = re.compile(r"[已均全部也都陆续先后集中相继同步正式顺利]*")


def find_count(a: Article, clause: int, i: int, j: int) -> int | None:
    """The number of projects or enterprises of an aggregate (never one: 一家合资企业 is no aggregate):
    right after the trigger (入驻企业126家, 复工413家, 新落户外资企业42家), right before it (已有97家复工),
    else the last count of projects or enterprises in its clause."""
    after = next((q for q in _counts(a.counts.between(j, j + 13))
                  if j <= q.start <= j + 12 and _COUNTED_AFTER.fullmatch(a.text, j, q.start)
                  or j < q.start <= j + 4 and re.fullmatch("[，,](?:共有?|共计|涉及)?", a.text[j:q.start])
                  and (q.text.endswith("项目") or a.text.startswith("项目", q.end))), None)  # 集中开工，9个项目…
    if after:
        return _number(after)
    before = [q for q in _counts(a.counts.between(clause, i)) if q.end <= i]
    if before and _COUNTED_BEFORE.fullmatch(a.text, before[-1].end, i):  # only adverbs between: 已有97家复工
        return _number(before[-1])  # (an earlier count has the same words and more between)
    return next((_number(q) for q in reversed(before) if _COUNTED.match(a.text, q.start, i)), None)


def count_at(a: Article, lo: int, hi: int) -> Quantity | None:
    """The first count with a value starting in ``lo:hi``."""
    return next((q for q in a.counts.between(lo, hi) if q.value), None)


def _counts(quantities: list[Quantity]) -> list[Quantity]:
    """Counts of projects or enterprises, more than one."""
    return [q for q in quantities if q.unit in ("家", "个", "项") and (q.value or q.low or 0) > 1]


def _number(q: Quantity) -> int:
    return int(q.low if q.value is None else q.value)  # 五六个: the low end
