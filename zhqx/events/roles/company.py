"""The company role: prefixed to the project, in the trigger's clause, 该公司 / 其, or the segment's subject."""

import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.roles.bodies import hosts, is_body, no_party
from zhqx.events.roles.mentions import labels_only
from zhqx.events.roles.park import brief_start
from zhqx.events.spans import CLAUSE_MARKS
from zhqx.types import Investment, ProjectSigning, Resumption, Settlement


def find_company(a: Article, draft: Draft, clause: int, floor: int, i: int) -> str | None:
    """The company doing it: prefixed to the project, in the clause, 该公司 / 其, or the segment's subject; of an
    aggregate, only a company opening the trigger's clause (华源电力集团在甲县、乙县同时开建两座电站), not one of a list
    (甲公司等10家企业签约; 甲公司、乙公司两家企业入驻). An official's body is no party (国务院总理…出席竣工典礼);
    a name the entity stage missed is read from the phrasing (乙市政府和甲公司签约, 由甲公司承建的…竣工)."""
    acting = _Acting(a)
    found = _find(acting, draft, clause, floor, i) or (  # a named project's source (not 记者从X获悉，…直通车…)
        _source(acting, draft.sentence[0], clause) if draft.get("project") else None)
    if not found and any(hosts(a.text, e) for e in a.companies.between(floor, i)):
        draft.roles["hosted"] = True  # 由X主办的峰会上进行了投资签约: a happening of the meeting, no company of its own
    return found if found or draft.get("count") is not None else unrecognised(a.text, clause, i)


class _Acting:
    """The article's companies without the bodies of officials named before their title, nor bodies, hosts and
    reporters (``zhqx.events.roles.bodies``)."""

    def __init__(self, a: Article):
        self.a = a
        self.text = a.text

    def __getattr__(self, name):
        return getattr(self.a, name)

    @property
    def companies(self) -> "_Acting":
        return self

    def between(self, lo: int, hi: int) -> list:
        return [e for e in self.a.companies.between(lo, hi) if self._party(e)]

    def before(self, at: int):  # 该公司 / 其 refers back to a company even where it reported (X介绍，该公司…)
        return (e for e in self.a.companies.before(at)
                if not _NO_PARTY.match(self.a.text, e.end) and not is_body(e.text, self.a.entity_lexicons))

    def _party(self, e) -> bool:
        return not _NO_PARTY.match(self.a.text, e.end) and not no_party(self.a.text, e, self.a.entity_lexicons)


# after an organisation: an official's title, the official attending being no party (国务院总理李某出席…)
_NO_PARTY = re.compile(r"副?总理|国务委员|副?部长|副?省长|副?市长|副?县长|副?书记")
# a company the entity stage missed: a party to a signing, or the builder by 由, ending as a company's name
_NAME = r"(?![这该其本此我每一两几多各新子母原老第首])(?:(?![与和同及、的在家])[\u4e00-\u9fa5A-Za-z]){2,14}?(?:股份有限公司|有限责任公司|有限公司|公司|集团)"
_SIGNED = re.compile(rf"(?:^|[与和同])({_NAME})(?:[与和同][^，,。；;]{{2,20}})?(?:正式|共同|成功)?(?:签约|签署|签订|签下)")
_BY = re.compile(rf"由({_NAME})(?:投资|承建|建设|援建|建造|投建|开发|兴建)")
# the company a reporter learnt it from, opening the sentence: 记者今天从甲集团获悉，乙电站并网发电 (甲集团 runs it)
_SOURCE = re.compile(r"(?:据悉，)?记者[^，,。；;从]{0,12}从$")
_LEARNT = re.compile(r"(?:获悉|了解到)[，,：:]")
_TIME = re.compile(r"(?:[今昨前]天|日前|近日|近期|目前|当天|[上下中]午|晚上|\d+月(?:\d+[日号])?|\d+[日号])+")


def unrecognised(text: str, clause: int, i: int) -> str | None:
    """The company named in the trigger's clause as a party to a signing (甲公司与乙市政府签约; 乙市政府和甲集团签署)
    or as the builder (由甲公司承建的)."""
    clause = m.end() if (m := _TIME.match(text, clause)) else clause
    found = _SIGNED.search(text[clause:i + 2]) or _BY.search(text, clause, i)
    return found.group(1) if found else None


def _source(a: "_Acting", start: int, clause: int) -> str | None:
    """The company a reporter learnt the news from, in the sentence's first clause before the trigger's
    (记者从甲集团获悉，…并网发电), not a government body (记者从乙部获悉)."""
    return next((e.text for e in a.companies.between(start, clause) if _SOURCE.search(a.text, start, e.start)
                 and _LEARNT.match(a.text, e.end)), None)


def _find(a: Article, draft: Draft, clause: int, floor: int, i: int) -> str | None:
    """``find_company`` among the entity stage's companies."""
    if draft.get("count") is not None:
        first = next((e for e in a.companies.between(clause, i) if e.end <= i), None)
        listed = first is None or "等" in a.text[first.end:i] or a.text[first.end] in "、和与及"
        return first.text if not listed and first.start == clause else None
    project = draft.get("project")
    in_clause = [e for e in a.companies.between(clause, i) if e.end <= i and e.text != project
                 and not labels_only(a, e.text, project, e.start)]  # X大学开工: built
    by = next((e.text for e in in_clause if a.text[e.start - 1:e.start] == "由"), None)
    if by:  # 由X援建的“Y市场”竣工: X builds it
        return by
    if project and (company := prefix_company(a, project)) and company != project and (
            a.text.find(project, floor, i) >= 0 or not in_clause):  # 与X公司签约，X项目落户: the party who signed
        return company
    k = a.text.find(project, clause, i) if project and not in_clause else -1
    if k > clause and a.first_company_prefix(a.text[clause:k]) == a.text[clause:k]:
        return a.text[clause:k]  # 甲电气|全新柔性生产线启用: the company before its new facility
    builder = _builder(a, project, floor, clause) if project and not in_clause else None
    if builder:  # X研究院投资3亿元打造的中试基地…，尽管投入使用刚两个月: X
        return builder
    if draft.cls is Investment:  # 向X增资 / 对X投资: X receives the money
        in_clause = [e for e in in_clause if not re.search("[向对给]", a.text[clause:e.start])]
    if draft.cls is ProjectSigning and not in_clause:
        in_clause = [e for e in a.companies.between(floor, i) if e.end <= i]
    if draft.cls is not Investment:  # 甲株式会社全资子公司乙有限公司落户: the subsidiary
        in_clause = [e for e in in_clause if re.search("子公司$", a.text[clause:e.start])] or in_clause
    if in_clause:  # the subject nearest an investment's verb: X的母公司Y向其增资 -> Y
        return in_clause[-1 if draft.cls is Investment else 0].text
    before = a.text[clause:i]
    anaphor = re.search("该公司|该企业|这家企业|这家公司", before) or re.match("其(?![中他余实次])|公司", before)
    if anaphor:  # the company named last before it, in the same brief (其中 is no anaphor)
        at = clause + anaphor.start()
        opened = brief_start(a, at)
        return next((e.text for e in a.companies.before(at) if e.end <= at and e.start >= opened), None)
    rest = before
    for d in a.dates.between(clause, i):
        if d.end <= i:
            rest = rest.replace(d.text, "")
    if re.fullmatch("[已于在率先全面正式顺利实现也均]*", rest):
        earlier = [e for e in a.companies.between(draft.segment[0], clause) if e.end <= clause]
        return earlier[-1].text if earlier else None
    subject = next((e for e in a.companies.between(draft.segment[0], clause) if e.end < clause and (
        a.text[e.end] in CLAUSE_MARKS or a.clause_start(e.start, draft.segment[0]) == e.start)), None)
    if subject and draft.cls in (Resumption, Settlement) and not draft.get("count"):
        return subject.text  # X公司曾停产半年，…于7月初复产; …停产的X公司，…已复产
    return None


_BUILT_BY = re.compile(r"[^，,。；;]{0,8}?(?:投资|出资|投建|建设|打造|兴建)[^，,。；;]{0,10}的$")


def _builder(a: Article, project: str, floor: int, clause: int) -> str | None:
    """The company that built ``project``, named in an earlier clause as X投资…打造的<project>."""
    k = a.text.rfind(project, floor, clause)
    if k < 0:
        return None
    return next((e.text for e in a.companies.between(a.clause_start(k, floor), k)
                 if _BUILT_BY.fullmatch(a.text, e.end, k)), None)


def prefix_company(a: Article, project: str | None) -> str | None:
    """The company whose name starts the project's (the first named, when several do), when the article also
    names it apart from the project: 甲汽车第二工厂投产 alone names no company (the name only labels the plant)."""
    company = a.first_company_prefix(project) if project else None
    return None if company is None or labels_only(a, company, project) else company
