"""Two happenings in one compound (集中签约动工, 签约并开工, 签约、开工, 签约或动工): the second trigger, glued to the first,
reports its own event with the first one's roles and figures (CONVENTIONS: 签约并开工 is two events); so does one
word fusing two happenings (集中开竣工: a start and a completion, the ``also`` of ``zhqx/rules/events.json``), and
a signing glued to a settlement (9个项目签约入驻甲高新区: lexicon event_signed_settlements)."""

import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.types import ProjectSigning, Settlement

_GLUE = re.compile(r"(?:并|、|和|及|暨|或)?(?:集中|同步|同时)?")  # 签约或动工: some of each
_SHARED = ("project", "park", "company", "count", "date", "sectors")
_FIGURES = ("investment", "annual_output")


def join_compound(a: Article, draft: Draft, kept: list[Draft]) -> bool:
    """Whether ``draft`` (found without roles of its own) follows the trigger of the event before it in its
    segment with nothing but a conjunction between; if so it takes that event's roles."""
    first = kept[-1] if kept else None
    if first is None or first.cls is draft.cls or first.segment != draft.segment:
        return False
    if not _GLUE.fullmatch(a.text, first.pos + len(first.trigger), draft.pos):
        return False
    for role in _SHARED:
        draft.roles[role] = first.get(role)
    draft.roles["joined"] = first
    return True


def share_compound_figures(a: Article, kept: list[Draft]) -> None:
    """An event of a compound carries the figures of the event it is joined to (and the other way round), also when
    both read the same count (签约、开工项目36个，总投资218亿元)."""
    for k, draft in enumerate(kept):
        first = draft.get("joined") or (_glued(a, kept[k - 1], draft) if k else None)
        if first is not None:
            for role in _FIGURES:
                draft.fill(role, first.get(role))
                first.fill(role, draft.get(role))


def _glued(a: Article, first: Draft, draft: Draft) -> Draft | None:
    """``first`` when ``draft`` follows its trigger in its segment with nothing but a conjunction between and both
    have the same count."""
    if first.cls is draft.cls or first.segment != draft.segment or not draft.get("count") or (
            first.get("count") != draft.get("count")):
        return None
    return first if _GLUE.fullmatch(a.text, first.pos + len(first.trigger), draft.pos) else None


def fused_twins(a: Article, kept: list[Draft]) -> list[Draft]:
    """The second event of each trigger that reports two types (40个项目集中开竣工: a completion and a start), with
    the same roles and figures; not an event that took the word of a ceremony held (开竣工仪式举行，…竣工13个项目:
    the completion's count, the start has its own)."""
    twins = []
    for draft in kept:
        other = a.rules.schema.by_class[draft.cls].also.get(draft.trigger)
        if other is not None and a.text.startswith(draft.trigger, draft.pos):
            twins.append(Draft(a.rules.schema[other].cls, draft.trigger, draft.pos, draft.sentence, draft.segment,
                               dict(draft.roles)))
    return twins


def signed_settlement(a: Article, draft: Draft) -> bool:
    """Whether the settlement trigger ends a signing that is a settlement as well (9个项目签约入驻临川高新区: a
    signing and a settlement; 签约落户 is one signing, 签约落地 one too)."""
    end = draft.pos + len(draft.trigger)
    signed = a.rules.lexicons["event_signed_settlements"]
    return signed.suffix_of(a.text[max(0, end - max(signed.lengths, default=0)):end]) is not None


def share_signed(a: Article, kept: list[Draft]) -> None:
    """A settlement glued to its signing (6家机构签约进驻甲园区) takes the roles the signing found and it did not."""
    signings = {d.pos + len(d.trigger): d for d in kept if d.cls is ProjectSigning}
    for draft in kept:
        if draft.cls is Settlement and draft.pos in signings and signed_settlement(a, draft):
            for role in ("company", "count", "investment", "annual_output", "date"):
                draft.fill(role, signings[draft.pos].get(role))
