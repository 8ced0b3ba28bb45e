"""启动 of construction written without 建设 next to it (CONVENTIONS: (全面)启动 of construction): a named 工程 /
项目 or a batch of projects launched, with the investment of the works stated in the sentence (X工程今天启动，总投资…;
启动了200个重大项目，投资1万多亿), or a batch's 建设 (启动512个交通项目建设). A programme launched without an
investment (某救助项目今天启动, 惠民工程启动) is no start."""

import re

from zhqx.events.article import Article
from zhqx.events.roles.money import as_yuan

_OBJECT = re.compile(r"了?[^，,。；;！!？?]{0,30}?(?:项目|工程)[”」\"]?(?:(建设)|(?=[，,。；;、]|$))")  # 启动|了一批…项目，
_SUBJECT = re.compile(r"(?:项目|工程)[”」\"]?[^，,。；;！!？?\d]{0,12}$")  # …工程|今天在某地|启动
_INVESTED = re.compile(r"(?<!完成)投资(?:总额|额)?[^，,。；;\d]{0,4}$")  # 总投资超过|2000亿元


def launched(a: Article, i: int, j: int, start: int, end: int) -> bool:
    """Whether 启动 at ``i:j`` (its sentence ``start:end``) launches works (see the module docstring)."""
    text = a.text
    clause = a.clause_start(i, start)
    if "从" in text[clause:i]:
        return False  # 从项目启动到交割: a span, not a happening
    works = _OBJECT.match(text, j, a.phrase_end(j, end))
    if works and works.group(1):
        return bool(a.counts.between(j, works.end()))  # 启动512个交通项目建设 (not 17个省份启动了X项目建设)
    if not (works or _SUBJECT.search(text, clause, i)):
        return False
    return any(_INVESTED.search(text, max(start, q.start - 12), q.start) and as_yuan(
        a, q, text[max(start, q.start - 12):q.start]).kind == "money" for q in a.quantities.between(start, end))
