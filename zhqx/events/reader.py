"""Orchestration: read an article sentence by sentence, trigger candidates first, then the roles of each,
members and figures; ``find_events`` is the entry point."""

import datetime
import re

from zhqx.errors import require_text
from zhqx.events.anaphors import pointed_project
from zhqx.events.article import PHASE, Article
from zhqx.events.attributive import attributive_roles
from zhqx.events.batches import counted_later, is_batch, one_per_count
from zhqx.events.ceremonies import one_ceremony
from zhqx.events.compounds import fused_twins, join_compound, share_compound_figures, share_signed, signed_settlement
from zhqx.events.described import described_subject
from zhqx.events.generic import generic_facility
from zhqx.events.discourse import (
    PROJECT_ANAPHOR,
    find_antecedent,
    find_members,
    opens_listing,
)
from zhqx.events.draft import Draft
from zhqx.events.finishes import finished
from zhqx.events.headlines import headline_names, is_headline, merge_headlines
from zhqx.events.planned_headlines import drop_planned_headlines
from zhqx.events.launches import launched
from zhqx.events.lists import drop_list_members
from zhqx.events.rates import firms_share, planned_rate, rate_only, reported_rate
from zhqx.events.roles.carried_dates import headline_dates
from zhqx.events.roles.company import find_company, prefix_company
from zhqx.events.roles.count import find_count, manner_count
from zhqx.events.roles.date import find_date, planned_time
from zhqx.events.roles.mentions import mentions_project, same_project
from zhqx.events.roles.money import assign_figures, share_figures
from zhqx.events.roles.park import brief_start, context_park, find_park, parks_in, place_figure
from zhqx.events.roles.project import find_projects, name_spans, unnamed_batches
from zhqx.events.spans import segment_spans, sentence_spans
from zhqx.events.spec import EventRules, EventSchema, rows_pattern
from zhqx.events.subjects import lead_subject
from zhqx.events.totals import amount_noun, signed_total, total_only
from zhqx.events.triggers import event_class, happened
from zhqx.lexicon import Lexicons
from zhqx.text.prefilter import prefiltered
from zhqx.types import (
    DateMention,
    Entity,
    Event,
    Investment,
    ProjectSigning,
    Quantity,
    Resumption,
    Settlement,
)

_SAME_PROJECT_NEXT = re.compile(r"[^，,。；;]{0,4}|[，,](?:并|并于|于)?(?:次日|当天|当日|同日|随即|随后|旋即)即?(?:正式|顺利)?")
_PROJECT_REFERENCE = re.compile("该项目|该工程|该基地")
# 从签约到开工 / 从开工到投产: two happenings of one project, the subject of the sentence
_FROM_TO = re.compile(r"从[^，,。；;到]{0,4}$")
_TO = re.compile("到(?:项目)?(?:全面|正式|顺利)?")  # 从开工|到|完工: the second happening of a span
_FROM_TO_AFTER = re.compile(_TO.pattern + r"[^，,。；;]{0,4}?(?:开工|投产|竣工|建成|签约)")
_THIS_PROJECT = re.compile("(?:这个|这一|该)项目")
_SHARE = re.compile("其中[，,]?")
_DESCRIBED = re.compile("——|--|—|[^，,。；;、]{0,4}之一")  # a description before the name (…10大数据中心集群之一X)
_THIS_IS = re.compile("这(?:也|还|又)?是")  # …落户乙新区，这是今年首批落户的企业: the same happening
_DESCRIPTION = re.compile(r"的[^，,。；;：:—]{0,20}——")  # 首个开工的抽水蓄能项目——: a description before the name
_ONE_OF = re.compile(r"[\d一二三四五六七八九十百]+[项个座家条][^，,。；;]{0,16}之一")  # 国家150项重大工程之一——X: one


def find_events(
    text: str, *, entities: list[Entity], quantities: list[Quantity], dates: list[DateMention],
    published: datetime.date | str | None = None, rules: EventRules | None = None,
    entity_lexicons: Lexicons | None = None,
) -> list[Event]:
    """The events ``text`` reports, in text order (``published`` resolves 昨天 / 今天; ``rules``: the event types
    and cues, ``EventRules.default()`` when None; ``entity_lexicons``: those ``entities`` were found with, whose
    heads and cues tell bodies, media credits and zones, ``zhqx.lexicon.default_lexicons()`` when None)."""
    require_text(text)
    article = Article(text, entities, quantities, dates, published, rules or EventRules.default(), entity_lexicons)
    for start, end in sentence_spans(text):
        _sentence(article, start, end)
    drafts = one_per_count(merge_headlines(article, counted_later(article, sorted(article.events, key=lambda d: d.pos))))
    drafts = drop_planned_headlines(article, drafts)
    headline_names(article, drafts)
    headline_dates(article, drafts)
    unnamed_batches(drafts)
    return [draft.build(article.mention, article.amended.get(id(draft), {})) for draft in drafts]


def _sentence(a: Article, start: int, end: int) -> None:
    text = a.text
    if a.previous and a.previous[0] < brief_start(a, start):  # a roundup's next brief, under its own headline:
        a.previous, a.held = None, {}  # no sentence or ceremony of the brief before carries into it
    if a.rules.modality.doubted(text, start, end):
        return
    try:
        _read(a, start, end)
    finally:
        a.previous = (start, end)


def _read(a: Article, start: int, end: int) -> None:
    text = a.text
    schema = a.rules.schema
    if not schema.trigger_pattern.search(text, start, end) and not _may_join(a, start, end):
        a.held = {}  # no trigger, and nothing a member or a figure could join: nothing to read
        return
    span = (start, end)
    segments = segment_spans(a.text, start, end)
    found: list[Draft] = []
    for match in schema.trigger_pattern.finditer(text, start, end):
        kind = schema.by_trigger[match.group()]
        cls = event_class(a, kind.cls, match, start)
        if not kind.in_context(match.group(), text, match.start(), match.end()) and not (
                match.group().endswith("启动") and launched(a, match.start(), match.end(), start, end)
                or match.group() == "完成" and finished(text, match.end(), end)):
            continue
        rate = reported_rate(a, cls, match.start(), match.end(), start) and happened(a, cls, match, start, rate=True) \
            and not planned_rate(a, start, match.start())  # 力争A率达90%，B率达95%: targets
        if rate or happened(a, cls, match, start):
            segment = next(s for s in segments if s[0] <= match.start() < s[1])
            found.append(Draft(cls, match.group(), match.start(), span, segment, {"rate": True} if rate else {}))
    found = [d for d in found if not _described_by(a, d, found) and not _characterized(a, d, found)]
    kinds = {d.cls for d in found}
    settles_in, money_in = (_yields_to(schema, Settlement), _yields_to(schema, Investment)) if found else (set(), set())
    signed = {d.segment for d in found if d.cls in settles_in}  # 签约，…项目落户开发区: one signing
    found = [d for d in found if not (d.cls is Settlement and d.segment in signed  # …签约落户，累计入驻企业186家
                                      and find_count(a, d.pos, d.pos, d.pos + len(d.trigger)) is None
                                      and not signed_settlement(a, d))]
    if find_antecedent(a, start) or opens_listing(a, start):
        found = [d for d in found if d.cls is not Investment]
    elif kinds & money_in:  # another happening carries the money of its segment (；-separated
        others = {d.segment for d in found if d.cls in money_in}  # roundups keep theirs)
        found = [d for d in found if d.cls is not Investment or d.trigger in ("增资", "注资")  # capital: its own
                 or (d.segment not in others and len(segments) > 1)]
    kept, held = [], dict(a.held)
    a.held = {}
    for draft in found:
        filled = _fill(a, draft, kept)
        if signed_total(a, draft):  # 签约金额80亿元: an aggregate by its amount (zhqx.events.totals)
            filled = total_only(a, draft, found, kept)
            if not filled:
                continue
        if not filled:
            if (join_compound(a, draft, kept) or attributive_roles(a, draft) or rate_only(a, draft) or is_batch(
                    a, draft) or generic_facility(a, draft) or described_subject(a, draft) or draft.cls is Investment
                    or draft.get("hosted")) and all(
                    any(draft.get(r) for r in group) for group in _requires(a, draft)[1:]):
                kept.append(draft)  # a settlement still needs its park (落户上海的企业848家 is none); an investment
                # has its investor (zhqx.events.investments: 双方共投资8亿元)
                continue
            referred = a.last_count(draft.cls)
            if referred and text.startswith("的项目", draft.pos + len(draft.trigger)):  # 集中开工的项目总投资…
                a.refer(referred, draft.segment)
            if a.rules.modality.naming.match(text, draft.pos + len(draft.trigger)):  # a ceremony held, no roles of its own:
                held.setdefault(draft.cls, (draft.trigger, draft.get("park"), draft.get("date")))
                a.held.setdefault(draft.cls, held[draft.cls])  # the aggregate it names takes its word
            continue
        if draft.get("count") and draft.cls in held and not text.endswith(("项目", "企业"), 0, draft.pos):
            # 举行集中签约活动，共签约项目11个 (also the next sentence: 开工项目5个); not …，7个项目签约
            draft.trigger, park, date = held.pop(draft.cls)
            a.held.pop(draft.cls, None)
            draft.fill("park", park)
            draft.fill("date", date)
        first = next((d for d in kept if d.cls is draft.cls is ProjectSigning and d.get("company")
                      and not d.get("project") and not d.get("count")), None)
        if first and draft.get("project") and not draft.get("company") and not draft.get("count"):
            first.roles["project"] = draft.get("project")  # 甲公司与…签署协议，…项目签约落地: one signing
            continue
        read = [d for d in kept if d.cls is draft.cls and d.segment == draft.segment and d.get("count") == draft.get(
            "count") and (text.startswith("的", d.pos + len(d.trigger)) or amount_noun(a, draft))] if draft.get("count") else []
        if read:  # 首批完工的46个项目今天交付使用: one aggregate, read twice; its day is the second reading's (集中签约
            # 12个项目 签约额30亿: its amount's noun, the same aggregate)
            read[0].fill("date", draft.get("date"))
            continue
        kept.extend(_split(a, draft))
    for segment in segments:
        if not any(d.segment == segment for d in kept):
            kept.extend(find_members(a, segment, span))
    for draft in [d for d in kept if d.get("count")]:  # 新开工项目9个，总投资41亿元，其中X基地总投资12亿元
        sub = re.compile("[，,]其中[，,]?").search(text, draft.pos, draft.segment[1])
        if sub and not any(d.segment == draft.segment and d.pos > sub.start() for d in kept):
            kept.extend(find_members(a, (sub.end(), draft.segment[1]), span, draft))
    kept = drop_list_members(a, one_ceremony(a, kept))
    assign_figures(a, span, segments, kept)
    share_figures(kept)
    share_compound_figures(a, kept)
    kept += fused_twins(a, kept)
    share_signed(a, kept)
    a.emit(d for d in kept if not d.get("member") or d.get("investment") or d.get("annual_output")
           or d.get("figures"))


def _described_by(a: Article, draft: Draft, found: list[Draft]) -> bool:
    """Whether ``draft``'s trigger only describes the name after a dash that reports the same happening
    (首个开工的抽水蓄能项目——甲电站今天正式开工: one start, the second)."""
    dash = _DESCRIPTION.match(a.text, draft.pos + len(draft.trigger))
    return bool(dash) and any(d.cls is draft.cls and d.pos >= dash.end() for d in found)


def _characterized(a: Article, draft: Draft, found: list[Draft]) -> bool:
    """Whether ``draft``'s trigger stands in a clause that characterizes the happening reported before it in the
    sentence (甲集团6家企业落户乙新区，这是乙新区今年迎来的首批企业: one settlement)."""
    clause = a.clause_start(draft.pos, draft.sentence[0])
    return bool(_THIS_IS.match(a.text, clause)) and any(d.cls is draft.cls and d.pos < clause for d in found)


def _may_join(a: Article, start: int, end: int) -> bool:
    """Whether a sentence without a trigger may add to the events before it: only a member or a known project
    (``find_members``: a project name, or a park, in the sentence) or the figures of the event it refers back
    to (``find_antecedent``: 该项目总投资…) can, and only after an event."""
    return bool(a.events) and (find_antecedent(a, start) is not None or bool(a.parks.between(start, end))
                               or mentions_project(a, start, end))


def _fill(a: Article, draft: Draft, kept: list[Draft]) -> bool:
    """Fill the roles of ``draft``; False when it is no event (a subset, a repeat, nothing named)."""
    text, i = a.text, draft.pos
    sentence_start = draft.sentence[0]
    floor = max([draft.segment[0]] + [d.pos + len(d.trigger) for d in kept if d.segment == draft.segment])
    clause = a.clause_start(i, floor)
    end = i + len(draft.trigger)
    one_of = _ONE_OF.search(text, clause, i)  # 国家150项重大工程之一——X工程开工: X, no aggregate
    count = None if draft.get("rate") or one_of or draft.cls is Resumption and firms_share(a, clause, i) else (
        find_count(a, clause, i, end))  # 3000多家餐馆中已有近半数恢复营业: a share resumed, no count
    if count is None and draft.cls is Resumption and not draft.get("rate"):
        count = manner_count(a, floor, clause, end)  # 近万家企业…，通过线上办公的方式复工复产
    shared = None  # 华信公司从开工到完工…: the company of the first happening is the second's too
    continuations = a.rules.lexicons["event_continuations"]  # 其中 carries the park and date on, 此外 the date only
    continues = bool(continuations.pattern.search(text, sentence_start, i))
    carries_park = bool(prefiltered(rows_pattern(continuations, "carries", "park_and_date")).search(text, sentence_start, i))
    if count is not None:
        subset = text.startswith("其中", clause) or text.startswith("其中", sentence_start)
        if subset and draft.cls is not Resumption and any(
                d.cls is draft.cls and d.get("count") for d in a.events[-3:] + kept):
            return False  # an unnamed subset of the aggregate before (a resumption subgroup with its own count is
            # its own event: 其中规上企业97家已复产, CONVENTIONS)
        draft.roles["count"] = count
    else:
        projects = find_projects(a, floor, one_of.end() if one_of else clause, i, draft)
        if len(projects) == 1 and _DESCRIBED.match(text, text.find(projects[0], clause, i) + len(projects[0])) and (
                subject := lead_subject(a, draft, clause, i)) and not any(name == subject for _, _, name in a.parks.between(clause, i)):
            projects = [subject]  # 我国首条…高速铁路——济青高铁正式开工: the name after the dash
        last = kept[-1] if kept else None
        between = text[last.pos + len(last.trigger):i] if last else ""
        if not projects and last and last.get("project") and (  # the same project: 签约后即开工,
                _SAME_PROJECT_NEXT.fullmatch(between) or _PROJECT_REFERENCE.search(between)):  # X项目投产，该项目…开工
            projects = [last.get("project")]
            draft.roles["park"] = last.get("park")  # where the same project is (X产业园从开工到投产: X)
        referred = None
        if not projects and a.previous and (  # 该项目 opening the sentence or the trigger's clause
                PROJECT_ANAPHOR.match(text, sentence_start) or PROJECT_ANAPHOR.match(text, clause)):
            referred = [s for s in name_spans(a, *a.previous)[-1:]  # …推进会在X项目工地举行。该项目当天破土
                        if text[s[1]] not in "、等"]  # not a member of a list (A、B等一批工程陆续开工。项目…)
            projects = [name for _, _, name in referred]
        if not projects and (pointed := pointed_project(a, draft, clause, i)):
            projects = [pointed]  # 这条铁路于2016年开工: the facility named before
        if not projects and (_FROM_TO.search(text, clause, i) or _FROM_TO_AFTER.match(text, end)):
            projects = _project_of_span(a, draft)  # 从签约到开工，这个项目只用了六个月
            if not projects:  # 这里是X产业园，这个大项目从开工到投产仅用了10个月: the park is the project (NOTES n009)
                projects = [name for k, _, name in a.parks.between(*draft.sentence) if name.endswith("园") and (
                    k == draft.sentence[0] or text.endswith(("这里是", "这是"), 0, k))][:1]
                draft.roles["park"] = projects[0] if projects else None
        if not projects and last and _TO.fullmatch(between) and _FROM_TO.search(text, last.segment[0], last.pos):
            shared = last
        if not projects and (subject := lead_subject(a, draft, clause, i)) is not None:
            projects = [subject] if subject else []  # X大桥今天正式开工建设: a lead's facility
            draft.roles["lead_batch"] = not subject  # 一批重大项目今天开工: an aggregate
        draft.roles["projects"] = projects
        draft.roles["project"] = projects[0] if projects else None
        if referred:
            draft.roles["park"] = next((p[2] for p in parks_in(a, *a.previous)), None)
    draft.roles["company"] = find_company(a, draft, clause, floor, i) or (  # an aggregate's too (X集中开工三座电站)
        shared.get("company") if shared else None)
    draft.roles["park"] = find_park(a, draft, end) or draft.get("park") or context_park(a, draft, carries_park)
    if draft.get("count") and place_figure(a, sentence_start, i, draft.get("park")):
        draft.roles["park"] = None  # 甲省累计开工项目412个: the province's, not its 甲省自由贸易港's
    draft.roles["date"] = find_date(a, draft, kept, sentence_start, i, continues, carries_park)
    if planned_time(a, max([sentence_start] + [d.pos for d in kept]), i):
        return False  # 今年年底，X段开通运营: a plan
    if not all(any(draft.get(role) for role in group) for group in _requires(a, draft)):
        return False  # e.g. a settlement needs its park or a count (全区新入驻企业346家 is one)
    if not any(draft.get(role) for role in ("project", "company", "count")) and _SHARE.match(text, clause) and any(
            d.cls is draft.cls and d.get("count") for d in a.events[-3:] + kept):
        return False  # …签约项目170个，其中民营企业签约额达…: a share of the aggregate, no event
    project = draft.get("project")
    return not (project and any(  # 宣布二期工程正式开工: counted already (a bare 二期 only in the same park;
        d.cls is draft.cls and d.get("project") and same_project(d.get("project"), project)  # a headline's event
        and (not re.fullmatch(PHASE, project) or d.get("park") == draft.get("park"))  # is merged into the body's)
        and (d.sentence == draft.sentence or not is_headline(a, d.sentence))
        for d in a.with_project_like(project) + kept))


def _requires(a: Article, draft: Draft) -> tuple[tuple[str, ...], ...]:
    """The role groups an event of the type needs (one of each): who or how many, then (a settlement) where."""
    return a.rules.schema.by_class[draft.cls].requires


def _project_of_span(a: Article, draft: Draft) -> list[str]:
    """The project of 从签约到开工: named in the sentence, else the last one named in the sentence before when
    the sentence speaks of 这个项目 / 该项目."""
    s0, s1 = draft.sentence
    named = [name for _, _, name in name_spans(a, s0, s1)]
    if named:
        return named[:1]
    if a.previous and _THIS_PROJECT.search(a.text, s0, s1):
        return [name for _, _, name in name_spans(a, *a.previous)[-1:]]
    return []


def _yields_to(schema: EventSchema, cls: type) -> set[type]:
    """The classes an event type yields to in its segment (``yields_to`` in the schema)."""
    kind = schema.by_class.get(cls)
    return {schema[name].cls for name in kind.yields_to} if kind else set()


def _split(a: Article, draft: Draft) -> list[Draft]:
    """One draft per listed project (A项目、B项目分别签约)."""
    projects = draft.roles.pop("projects", None) or [draft.get("project")]
    end = draft.pos + len(draft.trigger)
    parks = [name for _, _, name in a.parks.between(end, draft.segment[1])]  # 分别落户甲区和乙区: one each
    respective = len(projects) > 1 and len(parks) == len(projects) and "分别" in _clause_before(a, draft)
    if len(projects) > 1 and draft.trigger.startswith("集中") and "分别" not in a.text[slice(*draft.segment)]:
        # A项目和B项目集中开工: one batch of two, a mere list (not …总投资分别为8亿元、5亿元: figures of their own)
        return [Draft(draft.cls, draft.trigger, draft.pos, draft.sentence, draft.segment,
                      dict(draft.roles, project=None, count=len(projects)))]
    drafts = []
    for k, project in enumerate(projects):
        copy = Draft(draft.cls, draft.trigger, draft.pos, draft.sentence, draft.segment, dict(draft.roles))
        copy.roles["project"] = project
        if len(projects) > 1:
            copy.roles["company"] = prefix_company(a, project)
        if respective:
            copy.roles["park"] = parks[k]
        drafts.append(copy)
    return drafts


def _clause_before(a: Article, draft: Draft) -> str:
    """The text of the trigger's clause before it."""
    return a.text[a.clause_start(draft.pos, draft.segment[0]):draft.pos]
