"""A start or completion of ONE unnamed facility of a kind that names no project elsewhere (``event_facility_heads``:
园区, 小区, 场地, 仓库; 产业园 is a PARK's head, and such a park is a project already), marked as one by a
demonstrative or a count of one (这个…光伏园区, 一个小型活动场地) or by a 的-modifier (总投资2亿多元的安置房小区): as the
subject right before the trigger (then only adverbs, a day or a place) or as the object of 建成 / 建起 closing the
clause, the facility is the project, as written without the marker (CONVENTIONS: project as written; NOTES n120
takes such a kind, 服装产业园, as a completion's project). A count or a batch in the clause (一批集聚式的甲园区, 多个
小区) is an aggregate, a plan (将建成一个…园区) is no happening and 建成的X (是…刚建成的一个X) describes X: all are
left to the other rules. Elsewhere these heads name places (在甲园区举行), so they join no project name by
themselves; the bare kind (建起冷链物流仓库) is no one facility marked, and left alone too."""

import re
from functools import cache

from zhqx.events.article import Article
from zhqx.events.described import TO_TRIGGER
from zhqx.events.draft import Draft
from zhqx.types import ProjectCompletion, ProjectStart

# one facility: a demonstrative or 一 with a measure word, or the end of a modifier (的)
_ONE = r"的?(?:(?:这|该|此)(?:个|座|处|片|家|所)?|(?<!第)一(?:个|座|处|片|家|所))|的"  # not an ordinal: 第一个
_NAME = r"[^，,。；;：:、的“”\s\d这该此]{0,8}"  # its kind before the head, no modifier of its own
# a count or a batch in the clause: an aggregate, not one facility
_MANY = re.compile(r"一批|一些|一系列|多[个座处片家所]|[\d两二三四五六七八九十几百千万]+[个座处片家所栋套]|各|等")
_AFTER = re.compile(r"后|时|前|以来|期间|之")  # 建成后, 开工以来: a time, not the happening reported


@cache
def _subject(heads: str) -> "re.Pattern[str]":
    return re.compile(rf"(?:{_ONE})({_NAME}(?:{heads})){TO_TRIGGER}$")


@cache
def _object(heads: str) -> "re.Pattern[str]":
    return re.compile(rf"了?(?!的)(?:[^，,。；;：:]{{0,24}}的(?:一(?:个|座|处|片|家|所))?|一(?:个|座|处|片|家|所))({_NAME}(?:{heads}))")


def generic_facility(a: Article, draft: Draft) -> bool:
    """Whether ``draft``, a start or completion without project, company or count, has one unnamed facility of
    a kind in ``event_facility_heads`` as its subject or its object (see the module docstring); sets its project."""
    if draft.cls not in (ProjectStart, ProjectCompletion) or any(draft.get(r) for r in ("project", "company", "count")):
        return False
    end = draft.pos + len(draft.trigger)
    clause = a.clause_start(draft.pos, draft.segment[0])
    if _AFTER.match(a.text, end) or a.rules.modality.naming.match(a.text, end) or a.rules.modality.not_done(
            a.text, clause, end):
        return False
    heads = a.rules.lexicons["event_facility_heads"].regex
    found = _subject(heads).search(a.text, clause, draft.pos)
    if found is None and draft.trigger in ("建成", "建起"):
        found = _object(heads).fullmatch(a.text, end, a.phrase_end(end))
        clause = end
    if found is None or len(found.group(1)) < 4 or _MANY.search(a.text, clause, found.end(1)):
        return False
    draft.roles["project"] = found.group(1)
    return True
