"""Discourse: the event a sentence opening with 该项目 refers back to, a listing after an aggregate (其中),
and member events of an aggregate (其中，X项目总投资12亿元)."""

import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.roles.bodies import is_body
from zhqx.events.roles.company import prefix_company
from zhqx.events.roles.park import brief_start
from zhqx.events.roles.mentions import same_project
from zhqx.events.roles.project import find_projects, full_name, name_spans
from zhqx.numbers.numerals import numeral_value
from zhqx.types import ProjectSigning

PROJECT_ANAPHOR = re.compile(r"(?:其中，?)?(?:该项目|(?:此|这个|这一)项目|该产业园|该园|该基地|该工程|该医院|该厂|该工厂|项目)")
_BATCH = re.compile(r"(?:这批|这些|上述)|(?:这|上述)?([两二三四五六七八九十\d]+)(?:座|个|条|项|台|家)")
_POINTER = re.compile("该|此|这座|这条|这个|这家|这一")
# bare 工程 opening a sentence: the works of the sentence before, whatever its head (not 工程机械, 工程师, …)
_WORKS = re.compile("工程(?!机械|师|车|队|兵|院|局|公司|款|造价|量|技术)")
_MEMBERS = re.compile(r"其中|项目中|(?:仪式|活动)(?:上|现场)")


# A sentence opening with the time after the project is done speaks of it (…今天开工。2023年建成后，预计年产值…)
_AFTER_DONE = re.compile(r"(?:\d{4}年)?(?:项目)?(?:全部|全面|一期)?(?:建成|投产|达产|建成投产|满产)后")


def find_antecedent(a: Article, start: int) -> Draft | None:
    """The event a sentence opening with 该项目 / 项目 / 该产业园 … refers back to (bare 项目 right after an
    aggregate: the aggregate), or one of the sentence before that opens with its project's head (电站总投资…, 该桥…)
    or with the time after its completion (建成后，…)."""
    if match := PROJECT_ANAPHOR.match(a.text, start):
        return _batch_before(a, match.group()) or a.last_with("project")
    if match := _BATCH.match(a.text, start):  # 两座电站总投资…: the two of the start before
        return _batch_before(a, "", match.group(1))
    if (named := _named_before(a, start)) is not None:
        return named
    last = a.last_with("project") if _AFTER_DONE.match(a.text, start) else None
    return last if last is not None and last.sentence == a.previous else None


def _batch_before(a: Article, anaphor: str, number: str | None = None) -> Draft | None:
    """The aggregate a sentence opening with bare 项目 (or 这批, 这些, 两座电站 with its count) speaks of: the last
    event of the sentence before, when it has a count and no project (甲省80个项目开工。项目总投资…)."""
    last = a.of_sentence(a.previous)[-1:] if a.previous and anaphor in ("项目", "") else []
    if not last or last[0].get("project") or not (last[0].get("count") or last[0].get("batch")):
        return None
    return last[0] if number is None or numeral_value(number) == last[0].get("count") else None


def _named_before(a: Article, start: int) -> Draft | None:
    """The event of the sentence before whose project the sentence opens with, by its head (甲水库工程开工。工程总投资…;
    乙抽水蓄能电站开工。电站总投资…) or its whole name; after 该 / 此 / 这座 …, its last character will do (该桥); bare
    工程 for the one project named there, whatever its head (甲围堤开工。工程全长23公里，投资17.6亿元)."""
    pointer = _POINTER.match(a.text, start)
    at, shortest = (pointer.end(), 1) if pointer else (start, 2)
    before = a.of_sentence(a.previous) if a.previous else []
    for d in reversed(before):
        name = d.get("project") or ""
        if any(a.text.startswith(name[-k:], at) for k in range(shortest, len(name) + 1)):
            return d
    named = [d for d in before if d.get("project")]
    if not pointer and _WORKS.match(a.text, start) and len(named) == 1:
        return named[0]  # 甲围堤今天开工。工程全长23公里，投资17.6亿元: the one works named before
    return None


def opens_listing(a: Article, start: int) -> bool:
    """A sentence opening with 其中 right after an aggregate lists its members: their 投资X亿元 are figures."""
    return a.text.startswith("其中", start) and any(
        d.get("count") for d in a.events[-2:])


def find_members(a: Article, segment: tuple[int, int], span: tuple[int, int], aggregate: Draft | None = None,
            ) -> list[Draft]:
    """A segment without a trigger that names a project: figures for an event already found
    (其中，深远海养殖工船项目…), or a member of the aggregate before it in its brief (其中，X项目总投资12亿元)."""
    g0, g1 = segment
    if (referred := find_antecedent(a, g0)) is not None and referred.pos >= brief_start(a, g0):
        _describe(a, referred, segment)  # 该厂坐落在甲化学工业园: the park of the project before
    if a.last_with("project") is None and not _may_list(a, segment, span, aggregate):
        return []  # no project named before for the names to speak of, no aggregate for them to join
    draft = Draft(ProjectSigning, "", g1, span, segment)
    names = find_projects(a, g0, g0, g1, draft)
    if not names:
        return []
    name = full_name(a, names[0], g0)
    opened = brief_start(a, g0)  # of its brief: not an event under another headline of a roundup
    known = next((d for d in reversed(a.with_project_like(name)) if same_project(d.get("project"), name)
                  and d.pos >= opened), None)
    if known:
        a.refer(known, segment)
        _describe(a, known, segment)
        return []
    whole = aggregate.segment if aggregate else segment
    if aggregate is None:
        aggregate = next((d for d in reversed(a.referred_by(segment)) if d.get("count")), None) or next(
            (d for d in reversed(a.events[-4:]) if d.get("count") and d.pos >= opened), None)
        if aggregate is None or not _MEMBERS.search(a.text, span[0], g1):
            return []
    pos = a.text.find(name, g0)
    members = [(name, pos + len(name) if pos >= 0 else g1)]
    for k, end, other in name_spans(a, g0, g1):  # 其中，A项目投资4.2亿元，B项目投资3.5亿元: one member each
        if pos >= 0 and k > pos and a.text[k - 1] in "，,、" and not name.endswith(other) and not any(
                same_project(d.get("project"), other) for d in a.with_project_like(other)):
            members.append((other, end))
    drafts = []
    for name, end in members:
        company = prefix_company(a, name) or (None if len(members) > 1 else next(
            (e.text for e in a.companies.between(g0, g1)), None))
        member = Draft(aggregate.cls, aggregate.trigger, end, span, whole)
        member.roles = {"project": name, "park": _own_park(a, name, end) or aggregate.get("park"), "date": aggregate.get("date"),
                        "company": company, "member": True}
        drafts.append(member)
    return drafts


def _own_park(a: Article, name: str, end: int) -> str | None:
    """The park a member's phrase places it in (其中，乙工业园的X项目 / 位于乙工业园的X项目), not the venue of the
    ceremony its batch was started at (在甲开发区举行的集中开工仪式上)."""
    k = end - len(name) - 1
    if k < 0 or a.text[k] != "的":
        return None
    return next((p[2] for p in a.parks.between(k - 40, k) if p[1] == k), None)


def _may_list(a: Article, segment: tuple[int, int], span: tuple[int, int], aggregate: Draft | None) -> bool:
    """Whether a segment may list members of an aggregate: the one given, or (after 其中 …) one it speaks of or
    one of the last four events (the tests ``find_members`` makes after reading the names)."""
    return aggregate is not None or (_MEMBERS.search(a.text, span[0], segment[1]) is not None and any(
        d.get("count") for d in a.referred_by(segment) + a.events[-4:]))


_LOCATED = re.compile("(?<![起终]点)(?:位于|坐落在|坐落于|落户在?|建在|地处)$")  # not a road's 起点位于X
_OWNED = re.compile("是$")


def _describe(a: Article, known: Draft, segment: tuple[int, int]) -> None:
    """Roles a sentence about a known project states (X基地是Y集团的生产基地，位于Z开发区): its park after 位于 and
    the company it belongs to (是Y的…, not a government body's), for the event that lacks them."""
    g0, g1 = segment
    park = next((p for p in a.parks.between(g0, g1) if _LOCATED.search(a.text, max(g0, p[0] - 3), p[0])), None)
    if park is not None:
        a.fill(known, "park", park[2])
    company = next((e for e in a.companies.between(g0, g1) if _OWNED.search(a.text, max(g0, e.start - 1), e.start)
                    and not a.text.startswith(("，", "。", "、", "和", "与"), e.end)
                    and not is_body(e.text, a.entity_lexicons)), None)  # 该工程是国务院确定的: no party
    if company is not None:
        a.fill(known, "company", company.text)

