"""Money, land, sectors and rates of a sentence, each to the nearest event of its segment (investment,
annual_output, land, sectors, return_rate, capacity_rate)."""

import re
from dataclasses import replace

from zhqx.events.article import Article
from zhqx.events.roles.bodies import no_party
from zhqx.events.discourse import find_antecedent
from zhqx.events.draft import Draft
from zhqx.types import Investment, ProjectSigning, Quantity, Resumption

# A year's output before the figure (预计年产值, 每年可实现产值, 达产后年销售收入), or a plant's bare 产值 (达产后产值超百亿元;
# not an industry's, a zone's or a period's: 工业产值, 总产值, 园区产值, 上半年产值); after the figure, its 产值 (可实现500亿元的年产值, 创造了180亿元产值).
_OUTPUT_CUE = re.compile(r"(?:(?<![上下]半)(?<![今去明前])年|每年|首年)(?:可|将|预计)*(?:实现|新增)?(?:产值|产出|销售额|销售收入)"
                         r"[^，,。；;]{0,6}$|(?<![工农总区园年])(?<!产业)产值[^，,。；;]{0,6}$")
_OUTPUT_AFTER = re.compile(r"的?年?产值")
_INVESTMENT_CUE = re.compile(r"(?:(?<!天使)(?<!固定资产)(?<!工业)投资额?|注资|增资|出资|斥资|拿出|投入|签约(?:金额|总额|额))[^，,。；;]{0,8}$")
# 完成 before 投资, right before or with words between (完成投资, 完成总投资, 完成年度计划投资, 完成基础设施建设投资):
# money spent so far, not a total (CONVENTIONS)
_SPENT = re.compile(r"完成[^，,。；;\d]{0,8}投资额?[^，,。；;]{0,8}$")
# The value of what a signing agreed (合同金额, 协议金额, 签约总金额, 签约资金, 合同引资额, 总金额): the total of a signing only (CONVENTIONS),
# not a trade or deal value (交易额, 贸易总额) nor another event's
# a year's planned investment (年度计划投资, 年度投资计划, 今年计划完成投资): a plan for one year, not the total
_YEARLY = re.compile(r"(?:年度|今年|全年)(?:计划(?:完成)?投资|投资计划?)[^，,。；;]{0,6}$")
# funds put in (投入资金, 已投入财政专项资金): an investor's amount, else money spent, not the projects' total
_FUNDS = re.compile(r"投入[^，,。；;]{0,10}资金[^，,。；;]{0,4}$")
_SIGNED_CUE = re.compile(r"(?:(?:(?:合同|协议|签约(?:项目)?)总?|^(?:预计|计划|共计)?总)(?:金额|额)|(?:^|、)金额|签约资金|引资额)[^，,。；;]{0,6}$")  # ^: the clause opens with it (…项目签约，金额超60亿元)
_BUILDS = re.compile(r"[^，,。；;]{0,12}?(?:投资|建设|承建|打造|开发|兴建|出资|援建|组建|设立)")  # 由X投资建设 (not 由X主办)
_YUAN_END = re.compile(r"[，,。；;、）)的\s]|$")  # 1.33万亿，: no unit of its own after it
_THRESHOLD = re.compile("(?:以上|以下)的")  # 投资1亿元以上的项目: a threshold (with or in the figure)
_ATTRIBUTIVE = re.compile("(?:左右|多)?的")  # 总投资8亿元的|X项目: the figure describes what follows
_EQUIVALENT = re.compile(r"[（(，,]?\s*(?:约合|折合|合|相当于)")
_SECTORS = re.compile(r"(?:集中在|涉及|聚焦)([^，,。；;]{2,40}?)等?(?:领域|产业|行业)")
_CUE_LENGTH = 32  # longer than any cue below
_RATES = {"return_rate": re.compile(r"返岗率[达为]?$"), "capacity_rate": re.compile(r"产能(?:恢复|利用)率[达为约]?$")}


def spent(before: str) -> bool:
    """Whether the text ``before`` a figure ends in money spent so far (完成投资, 完成年度计划投资): not a total
    (CONVENTIONS); the one rule for it, here and in launches."""
    return bool(_SPENT.search(before))


def assign_figures(a: Article, span: tuple[int, int], segments, kept: list[Draft]) -> None:
    """Money, land, sectors and rates of the sentence, each to the nearest event of its segment."""
    text = a.text
    antecedent = find_antecedent(a, span[0])
    for segment in segments:  # 该园由X投资建设 / 人才公寓由X投资建设: X is the company of that project
        builder = next((e for e in a.companies.between(segment[0] + 1, segment[1]) if text[e.start - 1] == "由"
                        and _BUILDS.match(text, e.end) and not no_party(text, e, a.entity_lexicons)), None)
        targets = _targets(a, None, segment, kept, antecedent, segment[0]) if builder else []
        if targets:
            a.fill(targets[0], "company", builder.text)
    claimed = set()
    for q in a.quantities.between(*span):
        if id(q) in claimed:
            continue
        segment = next(s for s in segments if s[0] <= q.start < s[1])
        clause = a.clause_start(q.start, segment[0])
        before = text[max(clause, q.start - _CUE_LENGTH):q.start]  # the cues stand right before the figure
        role = value = None
        q = as_yuan(a, q, before)
        if q.kind == "money" and _THRESHOLD.search(text, q.end - 2, q.end + 3):
            continue  # 签下单个投资1亿元以上的项目35个: a threshold, not a total
        if q.kind == "money" and (_OUTPUT_CUE.search(before) or _OUTPUT_AFTER.match(text, q.end)):
            role, value = "annual_output", q
        elif q.kind == "money" and (_INVESTMENT_CUE.search(before) and not (spent(before) or _YEARLY.search(before))
                                    or _SIGNED_CUE.search(before) and any(
                d.cls is ProjectSigning for d in _targets(a, q, segment, kept, antecedent))):
            role, value = "investment", q
            if q.unit != "CNY":
                value = _equivalent(a, q)
                if value is not None:
                    claimed.add(id(value))
        elif q.kind == "area" and q.unit == "亩" and re.search("(?:用地|占地)[^，,]{0,4}$", before):
            role, value = "land", q
        else:
            for name, cue in _RATES.items():
                if q.kind == "percent" and cue.search(before):
                    role, value = name, q
        if role is None:
            continue
        targets = _targets(a, q, segment, kept, antecedent)
        if role == "investment" and _FUNDS.search(before) and not any(d.cls is Investment for d in targets):
            continue  # 已投入资金60亿元，开工…: spent, no total of the start
        if role in ("return_rate", "capacity_rate"):
            targets = [d for d in kept if d.cls is Resumption and d.pos < q.start][-1:]
        elif text.find("分别", clause, q.start) >= 0:
            listed = [d for d in targets if d.pos == targets[0].pos] if targets else []
            moneys = [m for m in a.quantities.between(clause, segment[1]) if m.kind == "money"]
            if len(listed) == len(moneys) > 1:
                for d, m in zip(listed, moneys):
                    a.fill(d, role, m)
                    claimed.add(id(m))
                continue
        if targets:
            a.fill(targets[0], role, value)
            if role == "investment" and value is None:
                a.fill(targets[0], "figures", True)  # a foreign amount without its RMB equivalent
    if antecedent is not None:  # X项目投产。该项目总投资9.3亿元，去年开工: the start and X's completion
        for d in kept:
            if d.get("project") == antecedent.get("project"):
                for role in ("investment", "annual_output"):
                    a.fill(antecedent, role, d.get(role))
    if antecedent is not None:  # 签约并同步开工。该项目总投资…: both events of the project
        for d in a.of_sentence(antecedent.sentence):
            if d is not antecedent and d.get("project") == antecedent.get("project"):
                for role in ("investment", "annual_output", "company", "land"):
                    a.fill(d, role, a.role(antecedent, role))
    for match in _SECTORS.finditer(text, *span):
        segment = next(s for s in segments if s[0] <= match.start() < s[1])
        targets = _targets(a, None, segment, kept, antecedent, match.start())
        if targets and not a.role(targets[0], "sectors"):
            a.fill(targets[0], "sectors", tuple(re.split("[、和及与]", match.group(1))))


def share_figures(kept: list[Draft]) -> None:
    """Two events of one project in a sentence (签约后即开工) both carry its figures."""
    for draft in kept:
        for other in kept:
            if other is not draft and draft.get("project") and other.get("project") == draft.get("project"):
                for role in ("investment", "annual_output", "company"):
                    draft.fill(role, other.get(role))


def _targets(a: Article, q, segment, kept, antecedent, at=None) -> list[Draft]:
    """The event a figure at ``at`` belongs to: the next one in its clause when the figure describes its name
    (总投资8亿元的X项目), else the last one before it in its segment, else the next one, else an earlier event
    named in the segment, else the sentence's antecedent."""
    at = q.start if q is not None else at
    here = [d for d in kept if d.segment == segment and (d.cls is not Resumption or d.get("project"))]
    if q is not None and _ATTRIBUTIVE.match(a.text, q.end):  # …集中开工，总投资8亿元的X项目动工: X's
        clause = a.clause_start(at, segment[0])
        after = [d for d in here if d.pos > at and a.clause_start(d.pos, segment[0]) == clause]
        if after:
            return after[:1]
    before = [d for d in here if d.pos < at]
    if before:
        return [d for d in before if d.pos == before[-1].pos]
    named = a.referred_by(segment)
    if named:  # the segment speaks of an earlier event (集中竣工投产的项目总投资…, 其中…)
        return named[-1:]
    if here:
        return here
    return [antecedent] if antecedent is not None else []


def as_yuan(a: Article, q: Quantity, before: str) -> Quantity:
    """A bare number of 亿 right after an investment or signing cue is yuan (总投资1.33万亿，投资近900亿的X)."""
    if q.kind == "number" and q.text.endswith(("亿", "亿多", "亿余")) and (
            _INVESTMENT_CUE.search(before) or _SIGNED_CUE.search(before)) and _YUAN_END.match(a.text, q.end):
        return replace(q, kind="money", unit="CNY")
    return q


def _equivalent(a: Article, q: Quantity) -> Quantity | None:
    """The article's own RMB equivalent right after a foreign amount (约合人民币4.7亿元)."""
    for other in a.quantities.between(q.end, q.end + 5):
        if other.unit == "CNY":
            between = a.text[q.end:other.start]
            if _EQUIVALENT.match(between) or other.text.startswith(("约合", "折合")):
                return other
    return None
