"""Resumptions without a count (CONVENTIONS: a rate alone is a resumption event): a park's enterprises that
opened again (X高新区所有企业已复工复产; 在X开发区，近九成的企业已开工), when the sentence reports no other
resumption (198家企业已复工，其余企业已全部复工: one event)."""

import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.types import Resumption

# enterprises reported as opened again: 企业已 / 企业正逐步 / 企业均已全面 (not 支持企业复工复产: a measure)
_RESUMED = re.compile("复工|复产|恢复生产")
_REPORTED = re.compile(r"企业[^，,。；;]{0,6}?(?:已经?|均已|全部|陆续|正?逐步|全面)[^，,。；;]{0,4}$")


def rate_only(a: Article, draft: Draft) -> bool:
    """Whether ``draft``, a resumption without count, project or company, is one of a park's enterprises."""
    if draft.cls is not Resumption or not draft.get("park"):
        return False
    start, end = draft.sentence
    if any(not draft.pos <= m.start() < draft.pos + len(draft.trigger) for m in _RESUMED.finditer(a.text, start, end)):
        return False  # another resumption word in the sentence reports it
    clause = a.clause_start(draft.pos, draft.sentence[0])
    return bool(_REPORTED.search(a.text, clause, draft.pos))
