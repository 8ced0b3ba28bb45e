"""Typed events in Chinese economic news: signings, starts, completions, settlements, investments, resumptions.

Pure Python rules (no spaCy) over the text and the mentions found by ``zhqx.entities``, ``quantities`` and
``dates``, following ``CONVENTIONS.md``. Sentences end at 。！？, segments at ；, clauses at ，：. A trigger
word is kept only when it reports what happened: not a plan (将, 计划, 力争), a negation (未能, 尚未), a
doubted report (网传 … 不实), a meeting or ceremony name (签约暨集中开工推进会) unless the ceremony is
reported as held (开工仪式在…举行), a rate (复工率), a modifier (签约项目) or, for 投资, a cue word of an
amount (协议投资, 投资额) or a builder (由X投资建设). Roles come from the trigger's segment; money goes to
the nearest event of its segment, and a sentence opening with 该项目 / 项目 / 其中 adds its figures to the
event before (to both events of 签约并开工), or makes member events of an aggregate (其中，X项目总投资12亿元;
签约仪式上，…). Project names end in 项目 / 基地 / 工程 / 中心 / 生产线 / 总部 …, with a trailing phase
(二期, 首期工程), a quoted name and a park directly before 项目 (…产业园项目); a short name refers back to
the name written in full. Counts of an aggregate stand before the trigger or right after it (入驻企业126家,
已有97家复工). Nothing is guessed: a role the text does not give stays None.
"""

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

from zhqx.errors import require_text
from zhqx.types import (
    DateMention, Entity, Event, Investment, ProjectCompletion, ProjectSigning, ProjectStart, Quantity,
    Resumption, Settlement,
)

_TRIGGERS = {
    ProjectSigning: "签约落户 集中签约 签约 签署 签订",
    ProjectStart: "集中开工 破土动工 开工 动工 破土 奠基 开建",
    ProjectCompletion: "竣工投产 建成投产 竣工 投产 投用 落成",
    Settlement: "落户 入驻 进驻",
    Investment: "投资 注资 增资",
    Resumption: "复工复产 复工 复产",
}
_TYPE_OF = {word: cls for cls, words in _TRIGGERS.items() for word in words.split()}
_TRIGGER = re.compile("|".join(sorted(_TYPE_OF, key=len, reverse=True)))

_BREAK = re.compile(r"[。！？!?]|\n")
_SEGMENT_END = re.compile("[；;]")
_CLAUSE_MARKS = "，,：:；;"
_NOT_DONE = re.compile(r"将(?!近)|计划|拟|力争|预计|有望|争取|原定|未能|尚未|未(?!来)|没有|推迟|暂缓|选择|准备|早$|"
                       r"确保|尽快|早日|督促|要求|保障|力促|即将")
_DOUBT = re.compile(r"不实|不属实|失实|不准确|网传|传言|所传|谣言|传闻|辟谣|否认|并非")
# After a trigger: a meeting, ceremony, plan or paper named after it, or a rate (复工率).
_NAMING = re.compile(r"率|金额|总额|前|条件|(?:暨[^，。；]*)?[^，,。；;：:、]{0,6}?(?:仪式|会|活动|工作|方案|申请|政策|指南|防疫|情况|资料)")
_CALLED_OFF = re.compile(r"延期|延后|推迟|暂缓|取消|暂停|改期")
_HELD = re.compile(r"(?:暨[^，,。；;]{0,12})?(?:仪式|活动)[^，,。；;]{0,20}?(?:隆重|正式)?举行")
_COUNTED = re.compile(r"[^，,。；;]{0,12}?(?:项目|企业|院所|机构|单位|公司)")
_COUNT_VERB = r"(?:已经?)?(?:达到?|突破|超过|为)?"  # 项目共28个, 企业已达378家, 入驻企业突破2000家
_COUNTED_AFTER = re.compile(rf"(?:[^，,。；;、：:\d]{{0,8}}?(?:项目|企业|单位|机构|公司))?(?:共计?|总数|数量|数)?{_COUNT_VERB}")
_COUNTED_NOUN = re.compile(rf"(?:项目|企业)(?:共计?|总数|数量)?{_COUNT_VERB}")  # right after a trigger: 开工项目9个
_COUNTED_BEFORE = re.compile(r"[已均全部也都陆续先后集中相继同步正式顺利]*")
# A project name ends in one of these words, optionally followed by its phase (项目二期, 首期工程).
_PHASE = r"(?:[一二三四五六首]期(?:工程|项目)?)"
_PROJECT_SUFFIX = re.compile(
    rf"(?:(?:项目|基地|生产线|变电站|测试场|孵化园|工程|中心|公寓|综合楼|大楼|总部|处理厂|水厂|电厂|医院|学校)+{_PHASE}?|{_PHASE})"
    r"(?![）)]|总数|名单|主任|负责人|[^，,。；;、：:（(“”\s]{0,4}?(?:有限|股份|集团|公司))")
_BUILT = re.compile(r"(?:建设|共建|投建|新建|设立)([^，,。；;、：:]{2,30}?(?:项目|基地|中心|生产线|工程|总部|研究院|平台)(?:项目)?)")
_AGREEMENT = re.compile(r"(?:投资|合作|入驻|落户|建设|框架)*(?:协议|合同)")
_SETTLES = re.compile(r"(?:将|正式|顺利|已|成功)*(?:落户|入驻|进驻|落地)")
_NAME_STOPS = set("，,。；;：:、()（）—\n 的在于将已该其是为由向对把被也还并从另有就暨")
_STOP_WORDS = ("推动", "建设", "共建", "新建", "作为", "位于", "引进", "其中", "同日", "次日", "当天", "此外", "举行", "推进", "宣布",
               "确保", "要求", "督促", "随着", "保障", "加快", "促进", "实现", "力争", "争取", "我们", "我市", "我区", "我县",
               "支持", "帮助", "助力",
               "公司", "区内", "园内", "签下", "签署", "签订", "该区", "全区", "本区", "全市", "全县")
_BRACKETED = re.compile(r"[（(](?:[一二三四五六首]期|[台套件个])[）)]$")  # inside a name: 华信化工（一期）项目
_ZONE_END = re.compile(r"(?:区|园|城|谷|港|基地|中心)$")
_LISTED = re.compile(r"(?:项目|基地|中心|工程|生产线)(?:和|及|与|以及)$")
_STOP_WORD_END = re.compile("(?:" + "|".join(_STOP_WORDS) + ")$")
# A PARK entity written right before one of these is part of a project's name (…智能制鞋产业园项目).
_PARK_IN_NAME = re.compile(r"(?:园|城|谷|中心|基地)$")
_UNNAMED = re.compile(r".*(?:重大|重点|招商引资|招商)项目$|(?:园区|开发区|高新区|经开区|新区|全区|全市|全县)项目$|(?:[^项]{0,4}(?:产业|工业|制造业?|服务业|基础设施|民生|社会事业|外资|内资|"
                      r"产业链|数字经济))项目$|[春夏秋冬]季|第?[一二三四1-4]季度|[上下]半年|年度|第[一二三四五六七八九十\d]+批|"
                      r"[一二两三四五六七八九十几\d]+[个家批项座]|一(?:些|大批|系列|揽子|般)|另|某|该|上述|首个|多个|重点|重大|这|签约|开工|落户")
_GOVERNMENT = re.compile(r"(?:管委会|管理委员会|委员会|党工委|政府|办事处|局|委|厅|部|署|(?<!株式会)社)$")
_PARK_ANAPHOR = re.compile(r"该区|该园区|该园|园区|开发区|高新区|经开区|新区")
# Bare zone words that refer back to the park only at the start of a phrase (产业园已入驻…, 落户片区, 示范区内…).
_PARK_ANAPHOR_WORD = re.compile(r"科技城|片区|产业园|示范区|工业园|保税区|综保区|自贸区|科创园|科技园")
_ANAPHOR_OPENERS = set("，,。；;、：:该在驻户至到入本全") | {"\n"}
_PROJECT_ANAPHOR = re.compile(r"(?:其中，?)?(?:该项目|该产业园|该园|该基地|该工程|该医院|项目)")
_SAME_PROJECT_NEXT = re.compile(r"[^，,。；;]{0,4}|[，,](?:并|并于|于)?(?:次日|当天|当日|同日|随即|随后|旋即)即?(?:正式|顺利)?")
_PROJECT_REFERENCE = re.compile("该项目|该工程|该基地")
_MEMBERS = re.compile(r"其中|项目中|(?:仪式|活动)(?:上|现场)")
_CONTINUES = re.compile(r"其中|同日|当天|当日|同期|仪式上|分会场|主会场|此次|本次")
_RELATIVE_DAY = re.compile(r"同日|同一天|当天|当日|同期|同月|当月|次日|第二天|(?:此)?前一[天日]|昨天|昨日|今天|今日|(?:[上本]个?|这个)月(?:\d{1,2}[日号])?|"
                           r"(?:(?<=^)|(?<=[，,。；;：:\n]))(?:上午|下午|中午|晚上|傍晚)")  # 上午，… after a dated sentence
_SAME_DAY = ("同日", "同一天", "当天", "当日", "上午", "下午", "中午", "晚上", "傍晚")
_DAY_SHIFT = {"次日": 1, "第二天": 1, "前一天": -1, "前一日": -1, "此前一天": -1, "此前一日": -1}
# A year or month running into a noun is no date of a happening (2021年第二批, 2020年重点项目, 一季度);
# a month may run into 新 (5月新进驻企业9家), a year may not (2021年新开工项目).
_NOT_A_DATE = {False: re.compile("[重项春夏秋冬首新前度第]"), True: re.compile("[重项春夏秋冬首前度第]")}
_DATE_FORMAT = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?|\d\d-\d\d")
_PAST_UNDATED = re.compile(r"去年|前年|此前|早前")
# Vague times (日前, 近日, 目前) and 今年 without a publication date: the happening has no date of its own.
_VAGUE = re.compile(r"日前|近日|近期|目前|今年|本年")
_OUTPUT_CUE = re.compile(r"(?<![上下]半)(?<![今去明前])年(?:新增)?(?:产值|产出|销售额|销售收入)[^，,。；;]{0,6}$")
_INVESTMENT_CUE = re.compile(r"(?:(?<!天使)(?<!固定资产)(?<!工业)投资额?|注资|增资|签约(?:金额|总额))[^，,。；;]{0,8}$")
_EQUIVALENT = re.compile(r"[（(，,]?\s*(?:约合|折合|合|相当于)")
_SECTORS = re.compile(r"(?:集中在|涉及|聚焦)([^，,。；;]{2,40}?)等?(?:领域|产业|行业)")
_RATES = {"return_rate": re.compile(r"返岗率[达为]?$"), "capacity_rate": re.compile(r"产能(?:恢复|利用)率[达为约]?$")}


@dataclass
class _Draft:
    """An event being filled; ``pos`` orders it in the text (the trigger, or a member's project name)."""

    cls: type
    trigger: str
    pos: int
    sentence: tuple[int, int]
    segment: tuple[int, int]
    roles: dict[str, Any] = field(default_factory=dict)

    def get(self, role: str) -> Any:
        return self.roles.get(role)

    def fill(self, role: str, value: Any) -> None:
        if value is not None and self.roles.get(role) is None:
            self.roles[role] = value

    def build(self) -> Event:
        names = set(self.cls.__dataclass_fields__)
        return self.cls(trigger=self.trigger, sentence=self.sentence,
                        **{k: v for k, v in self.roles.items() if k in names and v is not None})


def find_events(
    text: str, *, entities: list[Entity], quantities: list[Quantity], dates: list[DateMention],
    published: datetime.date | str | None = None,
) -> list[Event]:
    """The events ``text`` reports, in text order (``published`` resolves 昨天 / 今天)."""
    require_text(text)
    reader = _Reader(text, entities, quantities, dates, published)
    for start, end in _sentences(text):
        reader.sentence(start, end)
    return [draft.build() for draft in sorted(reader.events, key=lambda d: d.pos)]


def _date_value(d: DateMention) -> str | None:
    """An event's date from a mention: the value itself, or the year of a span of months or quarters
    within one year (今年1至7月 -> 2022); None for other forms."""
    if _DATE_FORMAT.fullmatch(d.value):
        return d.value
    ends = d.value.split("/")
    year = ends[0][:4]
    if len(ends) == 2 and d.precision in ("month", "quarter") and ends[1].startswith(year) and year.isdigit():
        return year
    if d.precision in ("quarter", "half") and re.fullmatch(r"\d{4}-[QH]\d", d.value):  # 一季度 -> 2022
        return d.value[:4]
    return None


def _since(value: str, text: str, end: int) -> str | None:
    """N月以来 gives the year only (2022-03 以来 -> 2022; without a year, nothing)."""
    if len(value) != 7 or not re.match("份?以来", text[end:end + 3]):
        return value
    return value[:4] if value[:4].isdigit() else None


def _bare(name: str) -> str:
    """A project name without its trailing phase (人才公寓一期 -> 人才公寓)."""
    return re.sub(_PHASE + "$", "", name) or name


def _same_project(known: str, name: str) -> bool:
    """Whether ``name`` refers to the project ``known`` (人才公寓 to 人才公寓一期, 二期工程 to X项目二期工程;
    not 厂房三期项目 to 厂房一期)."""
    phase, known_phase = re.search(_PHASE + "$", name), re.search(_PHASE + "$", known)
    if phase and known_phase and phase.group()[0] != known_phase.group()[0]:
        return False
    if phase and phase.start() == 0:
        return bool(known_phase)
    return _bare(known).endswith(_bare(name))


def _occurrences(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans without leading blanks: a sentence ends at 。！？ or at the line break after a short
    line (a headline); a long line broken off in mid-sentence (a pasted print page) runs on."""
    spans, start = [], 0
    for match in _BREAK.finditer(text):
        if match.group() == "\n":
            k = match.start()
            while k and text[k - 1] == "\n":
                k -= 1
            if k - text.rfind("\n", 0, k) > 41:
                continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    spans = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans]
    return [(a, b) for a, b in spans if a < b]


class _Reader:
    """The article's mentions and the events found so far, read sentence by sentence."""

    def __init__(self, text, entities, quantities, dates, published):
        self.text = text
        self.entities = sorted(entities, key=lambda e: e.start)
        self.quantities = quantities
        self.dates = dates
        self.published = datetime.date.fromisoformat(published) if isinstance(published, str) else published
        park_names = {e.text for e in self.entities if e.label == "PARK"}
        self.parks = []  # (start, end, park name): PARK entities and the park of a 管委会-like ORG
        for e in self.entities:
            if e.label == "PARK":
                self.parks.append((e.start, e.end, e.text))
            elif e.label == "ORG" and _GOVERNMENT.search(e.text):
                name = max((p for p in park_names if e.text.startswith(p)), key=len, default=None)
                if name:
                    self.parks.append((e.start, e.start + len(name), name))
        self.companies = [e for e in self.entities if e.label == "ORG" and not _GOVERNMENT.search(e.text)]
        self.named_at: dict[int, Entity] = {}  # offset -> the (first) non-GPE entity covering it
        for e in self.entities:
            if e.label != "GPE":
                for k in range(e.start, e.end):
                    self.named_at.setdefault(k, e)
        self.events: list[_Draft] = []
        self.previous: tuple[int, int] | None = None  # the span of the sentence before
        self.held: dict[type, tuple] = {}  # ceremonies held in the sentence before, without roles of their own

    # -- sentences ---------------------------------------------------------------------------------

    def sentence(self, start: int, end: int) -> None:
        text = self.text
        if _DOUBT.search(text, start, end):
            return
        try:
            self._read(start, end)
        finally:
            self.previous = (start, end)

    def _read(self, start: int, end: int) -> None:
        text = self.text
        span = (start, end)
        segments = self._segments(start, end)
        found: list[_Draft] = []
        for match in _TRIGGER.finditer(text, start, end):
            cls = _TYPE_OF[match.group()]
            if self._happened(cls, match, start):
                segment = next(s for s in segments if s[0] <= match.start() < s[1])
                found.append(_Draft(cls, match.group(), match.start(), span, segment))
        kinds = {d.cls for d in found}
        signed = {d.segment for d in found if d.cls is ProjectSigning}  # 签约，…项目落户开发区: one signing
        found = [d for d in found if not (d.cls is Settlement and d.segment in signed  # …签约落户，累计入驻企业186家
                                          and self._count(d.pos, d.pos, d.pos + len(d.trigger)) is None)]
        if self._antecedent(start) or self._listing(start):
            found = [d for d in found if d.cls is not Investment]
        elif kinds - {Investment, Resumption}:  # another happening carries the money of its segment (；-separated
            others = {d.segment for d in found if d.cls not in (Investment, Resumption)}  # roundups keep theirs)
            found = [d for d in found if d.cls is not Investment or d.trigger in ("增资", "注资")  # capital: its own
                     or (d.segment not in others and len(segments) > 1)]
        kept, held = [], dict(self.held)
        self.held = {}
        for draft in found:
            if not self._fill(draft, kept):
                referred = next((d for d in reversed(self.events) if d.cls is draft.cls and d.get("count")), None)
                if referred and text.startswith("的项目", draft.pos + len(draft.trigger)):  # 集中开工的项目总投资…
                    referred.roles.setdefault("segments", []).append(draft.segment)
                if _NAMING.match(text, draft.pos + len(draft.trigger)):  # a ceremony held, no roles of its own:
                    held.setdefault(draft.cls, (draft.trigger, draft.get("park"), draft.get("date")))
                    self.held.setdefault(draft.cls, held[draft.cls])  # the aggregate it names takes its word
                continue
            if draft.get("count") and draft.cls in held and not text.endswith(("项目", "企业"), 0, draft.pos):
                # 举行集中签约活动，共签约项目11个 (also the next sentence: 开工项目5个); not …，7个项目签约
                draft.trigger, park, date = held.pop(draft.cls)
                self.held.pop(draft.cls, None)
                draft.fill("park", park)
                draft.fill("date", date)
            first = next((d for d in kept if d.cls is draft.cls is ProjectSigning and d.get("company")
                          and not d.get("project") and not d.get("count")), None)
            if first and draft.get("project") and not draft.get("company") and not draft.get("count"):
                first.roles["project"] = draft.get("project")  # 甲公司与…签署协议，…项目签约落地: one signing
                continue
            kept.extend(self._split(draft))
        for segment in segments:
            if not any(d.segment == segment for d in kept):
                kept.extend(self._member(segment, span))
        for draft in [d for d in kept if d.get("count")]:  # 新开工项目9个，总投资41亿元，其中X基地总投资12亿元
            sub = re.compile("[，,]其中[，,]?").search(text, draft.pos, draft.segment[1])
            if sub and not any(d.segment == draft.segment and d.pos > sub.start() for d in kept):
                kept.extend(self._member((sub.end(), draft.segment[1]), span, draft))
        self._figures(span, segments, kept)
        self._share(kept)
        self.events.extend(d for d in kept if not d.get("member") or d.get("investment") or d.get("annual_output")
                           or d.get("figures"))

    def _segments(self, start: int, end: int) -> list[tuple[int, int]]:
        bounds = [start] + [m.end() for m in _SEGMENT_END.finditer(self.text, start, end)] + [end]
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]

    def _happened(self, cls: type, match: re.Match, floor: int) -> bool:
        """Whether the trigger reports a happening (see the module docstring)."""
        text, i, j = self.text, match.start(), match.end()
        if self._entity_at(i) or self._entity_at(j - 1):
            return False
        before = text[self._clause_start(i, floor):i]
        after = text[j:j + 16]
        if _NOT_DONE.search(before):
            return False
        if _NAMING.match(after) and not (re.search(r"举行[^，,。；;]{0,40}$", before) and re.match(
                r"[^，,。；;]{0,3}?(?:仪式|活动)", after)) and not self._held(j):
            return False
        counted = _COUNTED_NOUN.match(after)
        if counted and not self._count_at(j + counted.end(), j + counted.end() + 1):
            return False
        if cls is ProjectCompletion and after.startswith("后"):
            return False
        if cls is ProjectStart and (re.match("复工|复产", after) or before.endswith(("复工", "复产")) or re.search(
                r"企业[已均全部也都陆续先后正式]*$|\d+家[^，,。；;]{0,8}$", before)):
            return False  # 开工复工 is a resumption; 1860家工业企业开工: factories, not projects
        if cls is Investment:
            money = any(q.kind == "money" and j <= q.start <= j + 1 for q in self.quantities)
            if re.match("额|总额|总量|规模", after):  # 投资额 / 投资总额: a cue word, no verb
                return False
            if re.search(r"由[^，,。；;]*$", before):  # 由X投资建设: X builds the project, no event of its own
                return False
            if re.search(r"(?:协议|合同|意向|计划|实际|固定资产|累计完成)$", before):  # cue words of an amount
                return False
            if re.search(r"完成对[^，,。；;]{2,40}的$", before):  # 完成对子公司的增资，增资金额4亿元
                return True
            return not re.search("总|项目|的$", before[-2:]) and (money or after.startswith("扩产"))
        return True

    def _held(self, j: int) -> bool:
        """A ceremony named after the trigger is reported as held (开工仪式在…举行, 集中开工活动举行)."""
        end = re.compile(r"[，,：:；;。！？!?\n]").search(self.text, j)
        held = _HELD.match(self.text, j, end.start() if end else len(self.text))
        return bool(held) and not _NOT_DONE.search(held.group()) and not _CALLED_OFF.search(held.group())

    # -- roles of a triggered event ----------------------------------------------------------------

    def _fill(self, draft: _Draft, kept: list[_Draft]) -> bool:
        """Fill the roles of ``draft``; False when it is no event (a subset, a repeat, nothing named)."""
        text, i = self.text, draft.pos
        sentence_start = draft.sentence[0]
        floor = max([draft.segment[0]] + [d.pos + len(d.trigger) for d in kept if d.segment == draft.segment])
        clause = self._clause_start(i, floor)
        end = i + len(draft.trigger)
        count = self._count(clause, i, end)
        continues = bool(_CONTINUES.search(text, sentence_start, i))
        if count is not None:
            subset = text.startswith("其中", clause) or text.startswith("其中", sentence_start)
            if subset and any(d.cls is draft.cls and d.get("count") for d in self.events[-3:] + kept):
                return False  # an unnamed subset of the aggregate before
            draft.roles["count"] = count
        else:
            projects = self._projects(floor, clause, i, draft)
            last = kept[-1] if kept else None
            between = text[last.pos + len(last.trigger):i] if last else ""
            if not projects and last and last.get("project") and (  # the same project: 签约后即开工,
                    _SAME_PROJECT_NEXT.fullmatch(between) or _PROJECT_REFERENCE.search(between)):  # X项目投产，该项目…开工
                projects = [last.get("project")]
            referred = None
            if not projects and self.previous and (  # 该项目 opening the sentence or the trigger's clause
                    _PROJECT_ANAPHOR.match(text, sentence_start) or _PROJECT_ANAPHOR.match(text, clause)):
                referred = self._name_spans(*self.previous)[-1:]  # …推进会在X项目工地举行。该项目当天破土
                projects = [name for _, _, name in referred]
            draft.roles["projects"] = projects
            draft.roles["project"] = projects[0] if projects else None
            draft.roles["company"] = self._company(draft, clause, floor, i)
            if referred:
                draft.roles["park"] = next((p[2] for p in self._parks_in(*self.previous)), None)
        draft.roles["park"] = self._park(draft, end) or draft.get("park") or (
            self._previous_park(sentence_start) if continues else None)
        draft.roles["date"] = self._date(draft, kept, sentence_start, i, continues)
        if not (draft.get("project") or draft.get("company") or draft.get("count")):
            return False
        if draft.cls is Settlement and not draft.get("park") and not draft.get("count"):  # 全区新入驻企业346家 is one
            return False
        project = draft.get("project")
        return not (project and any(  # 宣布二期工程正式开工: counted already (a bare 二期 only in the same park)
            d.cls is draft.cls and d.get("project") and _same_project(d.get("project"), project)
            and (not re.fullmatch(_PHASE, project) or d.get("park") == draft.get("park")) for d in self.events + kept))

    def _split(self, draft: _Draft) -> list[_Draft]:
        """One draft per listed project (A项目、B项目分别签约)."""
        projects = draft.roles.pop("projects", None) or [draft.get("project")]
        drafts = []
        for project in projects:
            copy = _Draft(draft.cls, draft.trigger, draft.pos, draft.sentence, draft.segment, dict(draft.roles))
            copy.roles["project"] = project
            if len(projects) > 1:
                copy.roles["company"] = self._prefix_company(project)
            drafts.append(copy)
        return drafts

    def _count(self, clause: int, i: int, j: int) -> int | None:
        """The number of projects or enterprises of an aggregate (never one: 一家合资企业 is no aggregate):
        right after the trigger (入驻企业126家, 复工413家, 新落户外资企业42家), right before it (已有97家复工),
        else the last count of projects or enterprises in its clause."""
        counts = {q: int(q.low if q.value is None else q.value) for q in self.quantities  # 五六个: the low end
                  if q.kind == "count" and q.unit in ("家", "个", "项") and (q.value or q.low or 0) > 1}
        after = next((q for q in counts
                      if j <= q.start <= j + 12 and _COUNTED_AFTER.fullmatch(self.text, j, q.start)
                      or j < q.start <= j + 4 and re.fullmatch("[，,](?:共有?|共计|涉及)?", self.text[j:q.start])
                      and (q.text.endswith("项目") or self.text.startswith("项目", q.end))), None)  # 集中开工，9个项目…
        if after:
            return counts[after]
        before = [q for q in counts if clause <= q.start and q.end <= i]
        direct = [q for q in before if _COUNTED_BEFORE.fullmatch(self.text, q.end, i)]
        if direct:
            return counts[direct[-1]]
        before = [q for q in before if _COUNTED.match(self.text, q.start, i)]
        return counts[before[-1]] if before else None

    def _count_at(self, lo: int, hi: int) -> Quantity | None:
        return next((q for q in self.quantities if q.kind == "count" and lo <= q.start < hi and q.value), None)

    def _projects(self, floor: int, clause: int, i: int, draft: _Draft) -> list[str]:
        """Project names before the trigger, in its clause first (one, or a list before 分别); else a park
        that is the project (…产业园在…签约落户); else after 建设 / 共建."""
        if draft.cls is Resumption:
            return self._named(clause, i)
        names = self._named(clause, i) or [  # or the subject of an earlier clause
            name for name in self._named(floor, i)
            if (k := self.text.find(name, floor)) == floor or self.text[k - 1] in _CLAUSE_MARKS + "的"]
        if not names and draft.cls in (ProjectSigning, ProjectStart, ProjectCompletion):
            for start, end, name in self.parks:
                if floor <= start and end <= i and (start == floor or self.text[start - 1] in "的，,") and re.fullmatch(
                        r"(?:(?:\d{1,2}月)?\d{1,2}[日号])?(?:在[^，,。；;]*?)?(?:顺利|正式|成功|全面|已)*", self.text[end:i]):
                    names.append(name)
        if not names and draft.cls is ProjectSigning:  # 签约，总投资6.8亿元的X项目落户园区: one signing of X;
            after = i + len(draft.trigger)  # 签署X项目投资协议: X
            names = [name for start, stop, name in self._name_spans(after, draft.segment[1])
                     if _SETTLES.match(self.text, stop) or (start == after and _AGREEMENT.match(self.text, stop))][:1]
        if not names and draft.trigger not in ("增资", "注资"):  # capital goes into a company, not a project
            nxt = min([d.pos for d in self.events if d.pos > i] + [draft.segment[1]])
            built = _BUILT.search(self.text, i, nxt)
            if built and draft.cls is not ProjectSigning and _NOT_DONE.search(  # 入驻…，将在此设立研发中心: a plan
                    self.text, self._clause_start(built.start(), i), built.start()):
                built = None
            if built:  # without its modifiers: 其在欧洲以外最大的精密减速机生产基地 -> 精密减速机生产基地
                name = built.group(1).rsplit("的", 1)[-1]
                if len(name) >= 4 and not _UNNAMED.match(name):
                    names.append(name)
        return names

    def _named(self, floor: int, i: int) -> list[str]:
        """Project names in ``floor:i``: the first, or all of a list (A项目、B项目和C项目; a list before 分别)."""
        spans = self._name_spans(floor, i)
        names = [name for _, _, name in spans[:1]]
        for (_, end, _), (start, _, name) in zip(spans, spans[1:]):
            if "分别" not in self.text[end:i] and self.text[end:start] not in ("、", "和", "及", "与", "以及"):
                break
            names.append(name)
        return names

    def _name_spans(self, floor: int, i: int) -> list[tuple[int, int, str]]:
        """Every project name in ``floor:i`` as (start, end, name); a run such as 工程塑料项目 is one name."""
        spans = []
        for match in _PROJECT_SUFFIX.finditer(self.text, floor, i):
            entity = self._entity_at(match.start())
            if entity and match.end() <= entity.end:  # …研究院中心 inside a name; …医院项目 goes on past it
                continue
            name = self._name_ending(match.end(), floor)
            if not name or _UNNAMED.match(name):
                continue
            start = match.end() - len(name)
            if spans and start <= spans[-1][0]:  # the same name, running on: keep the longer one
                spans.pop()
            spans.append((start, match.end(), name))
        return spans

    def _name_ending(self, end: int, floor: int) -> str | None:
        """The name ending at ``end``: characters, ORG and GPE entities and “quotes”, back to a stop."""
        start = end
        while start > floor:
            entity = self._entity_at(start - 1)
            if entity is not None:
                inner = self.text.startswith("项目", entity.end)
                bare_zone = entity.label == "PARK" and entity.end < end and not _ZONE_END.search(entity.text)
                if entity.label == "PERSON" or (entity.label == "PARK" and self.text[entity.end] != "”" and not (
                        inner and _PARK_IN_NAME.search(entity.text)) and not bare_zone):  # 邕江湾|企业服务中心
                    break
                start = entity.start
                if self.text.endswith(("企业", "公司"), floor, start):  # 新加坡企业X集团…项目: the name starts at X
                    break
                continue
            latin_space = self.text[start - 1] == " " and start > floor + 1 and self.text[start - 2].isascii() and (
                self.text[start - 2].isalnum() and self.text[start].isascii() and self.text[start].isalnum())  # Mini LED
            if self.text[start - 1] == "、" and self.text[start].isdigit() and start - 1 > floor:
                start -= 1  # 年产10万吨电子化学品、5万吨锂电材料项目: one name
                continue
            bracket = _BRACKETED.search(self.text, max(floor, start - 5), start)
            if bracket:  # 华信化工（一期）项目, 年产3000台（套）
                start = bracket.start()
                continue
            if (self.text[start - 1] in _NAME_STOPS and not latin_space) or _STOP_WORD_END.search(
                    self.text, max(floor, start - 4), start):
                break
            if _LISTED.search(self.text, max(floor, start - 6), start):  # A项目和B项目: B starts after 和
                break
            if any(d.start < start <= d.end for d in self.dates):
                break
            start -= 1
        name = self.text[start:end].lstrip("”")
        if name.startswith("“") and "”" not in name:
            name = name[1:]
        after_park = start > floor and (park := self._entity_at(start - 1)) is not None and park.label == "PARK"
        return name if len(name) >= 4 or (after_park and re.fullmatch(_PHASE, name)) else None  # …产业园|二期

    def _company(self, draft: _Draft, clause: int, floor: int, i: int) -> str | None:
        """The company doing it: prefixed to the project, in the clause, 该公司 / 其, or the segment's subject."""
        project = draft.get("project")
        in_clause = [e for e in self.companies if clause <= e.start and e.end <= i]
        if project and (company := self._prefix_company(project)) and (
                project in self.text[floor:i] or not in_clause):  # 与X公司签约，X项目落户: the party who signed
            return company
        if draft.cls is Investment:  # 向X增资 / 对X投资: X receives the money
            in_clause = [e for e in in_clause if not re.search("[向对给]", self.text[clause:e.start])]
        if draft.cls is ProjectSigning and not in_clause:
            in_clause = [e for e in self.companies if floor <= e.start and e.end <= i]
        if draft.cls is not Investment:  # 甲株式会社全资子公司乙有限公司落户: the subsidiary
            in_clause = [e for e in in_clause if re.search("子公司$", self.text[clause:e.start])] or in_clause
        if in_clause:  # the subject nearest an investment's verb: X的母公司Y向其增资 -> Y
            return in_clause[-1 if draft.cls is Investment else 0].text
        before = self.text[clause:i]
        anaphor = re.search("该公司|该企业|这家企业|这家公司", before) or re.match("其|公司", before)
        if anaphor:
            earlier = [e for e in self.companies if e.end <= clause + anaphor.start()]
            return earlier[-1].text if earlier else None
        rest = before
        for d in self.dates:
            if clause <= d.start and d.end <= i:
                rest = rest.replace(d.text, "")
        if re.fullmatch("[已于在率先全面正式顺利实现也均]*", rest):
            earlier = [e for e in self.companies if draft.segment[0] <= e.start and e.end <= clause]
            return earlier[-1].text if earlier else None
        subject = next((e for e in self.companies if draft.segment[0] <= e.start and e.end < clause and (
            self.text[e.end] in _CLAUSE_MARKS or self._clause_start(e.start, draft.segment[0]) == e.start)), None)
        if subject and draft.cls in (Resumption, Settlement) and not draft.get("count"):
            return subject.text  # X公司曾停产半年，…于7月初复产; …停产的X公司，…已复产
        return None

    def _prefix_company(self, project: str | None) -> str | None:
        return next((e.text for e in self.companies if project and project.startswith(e.text)), None)

    def _park(self, draft: _Draft, end: int) -> str | None:
        """Where it happens: the park after 落户 / 入驻, at 在…, else the first in the segment or sentence."""
        projects = [p for p in draft.roles.get("projects") or [draft.get("project")] if p]
        (s0, s1), (g0, g1) = draft.sentence, draft.segment
        inside = [(k, k + len(p)) for p in projects for k in _occurrences(self.text, p)]
        parks = [p for p in self._parks_in(s0, s1) if p[2] not in projects and not any(a <= p[0] < b for a, b in inside)]
        if draft.cls is Settlement:
            after = [p for p in parks if end <= p[0] < g1]
            if after:
                chain = after[0]
                for p in after[1:]:  # 南通高新区江海智汇园: the inner park
                    if p[0] == chain[1]:
                        chain = p
                return chain[2]
            before = [p for p in parks if p[1] <= draft.pos]
            return before[-1][2] if before else None
        for lo, hi in ((g0, g1), (s0, s1)):
            inside = [p for p in parks if lo <= p[0] < hi]
            if inside:
                return inside[0][2]
        return None

    def _parks_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Parks named in the span, with 该区 / 园区 / 开发区 … resolved to the park spoken of before."""
        found = [p for p in self.parks if start <= p[0] < end]
        words = [m for m in _PARK_ANAPHOR_WORD.finditer(self.text, start, end)
                 if m.start() == 0 or self.text[m.start() - 1] in _ANAPHOR_OPENERS]
        for match in [*_PARK_ANAPHOR.finditer(self.text, start, end), *words]:
            if self._entity_at(match.start()) is None:
                park = self._previous_park(match.start())
                if park:
                    found.append((match.start(), match.end(), park))
        return sorted(found)

    def _previous_park(self, at: int) -> str | None:
        """The park of the last event, else the last park named before ``at``; by its full name when the
        article also writes it out (章贡湾产业园 -> 赣州章贡湾产业园)."""
        park = next((d.get("park") for d in reversed(self.events) if d.get("park")), None) or next(
            (p[2] for p in reversed(self.parks) if p[1] <= at), None)
        if park is None:
            return None
        return max((p[2] for p in self.parks if p[2].endswith(park) and p[0] < at), key=len, default=park)

    def _date(self, draft: _Draft, kept: list[_Draft], start: int, i: int, continues: bool) -> str | None:
        """The nearest date before the trigger (back to the previous event of the sentence); else that
        event's date; else, in a sentence continuing the last one (其中, 同日), the last event's."""
        previous = kept[-1].pos if kept else start
        candidates = [(d.start, value) for d in self.dates if previous <= d.start and d.end <= i
                      and (value := _date_value(d)) and (value := _since(value, self.text, d.end))
                      and (d.precision == "day" or not _NOT_A_DATE[d.precision == "month"].match(self.text, d.end))
                      and (self.published or d.text[0] not in "今去明前")]
        candidates += [(m.start(), self._relative(m.group(), kept, m.start())) for m in _RELATIVE_DAY.finditer(self.text, previous, i)]
        vague = [m.start() for m in _VAGUE.finditer(self.text, previous, i)]
        if candidates and not (vague and vague[-1] > max(candidates)[0]):
            return self._checked(max(candidates)[1])
        if _PAST_UNDATED.search(self.text, previous, i) or _VAGUE.search(self.text, previous, i):
            return None
        if kept:
            return kept[-1].get("date")
        return self._last_date(kept, start) if continues else self._period(draft)

    def _period(self, draft: _Draft) -> str | None:
        """The year of a period opening the sentence before, when that sentence reports no event of its own
        (一季度，各园区成绩单陆续出炉。A区签约项目14个…; 前三季度我市园区运行稳中有进。…) — for an aggregate."""
        if not draft.get("count") or self.previous is None or any(e.sentence == self.previous for e in self.events):
            return None
        p0, p1 = self.previous
        for d in self.dates:
            if p0 <= d.start < p1 and d.precision in ("quarter", "half") and (value := _date_value(d)) and (
                    d.start == p0 or self.text[d.start - 1] in _CLAUSE_MARKS + " \u3000）)"):
                return value
        return None

    def _relative(self, word: str, kept: list[_Draft], at: int) -> str | None:
        if word in ("昨天", "昨日", "今天", "今日"):
            if self.published is None:
                return None
            return (self.published - datetime.timedelta(days=word in ("昨天", "昨日"))).isoformat()
        if word[0] in "上本这" and "月" in word[1:3]:  # 上月 / 上个月 / 本月 / 上月28日: against the publication date
            if self.published is None:
                return None
            month = self.published.replace(day=1)
            if word[0] == "上":
                month = (month - datetime.timedelta(days=1)).replace(day=1)
            day = re.match(r"\d+", word[word.index("月") + 1:])
            return f"{month.isoformat()[:7]}-{int(day.group()):02d}" if day else month.isoformat()[:7]
        last = self._last_date(kept, at, day=word in _DAY_SHIFT or word in _SAME_DAY)
        if word in ("同月", "当月") and last:
            return last[:7] if len(last) in (7, 10) else None  # a month alone (MM) is no date value
        if word in _DAY_SHIFT and last and len(last) in (5, 10):
            day = datetime.date.fromisoformat(last if len(last) == 10 else "2000-" + last) + datetime.timedelta(
                days=_DAY_SHIFT[word])
            return day.isoformat()[-len(last):]
        return last

    def _last_date(self, kept: list[_Draft], at: int, day: bool = False) -> str | None:
        """The date of the last event (with a day when ``day``: 同日), else of the last full date written
        before ``at``."""
        return next((d.get("date") for d in reversed(self.events + kept) if d.get("date") and (
            not day or len(d.get("date")) in (5, 10))), None) or next(
            (self._checked(d.value) for d in reversed(self.dates) if d.end <= at and d.precision == "day"
             and _DATE_FORMAT.fullmatch(d.value)), None)

    def _checked(self, value: str | None) -> str | None:
        """A dated happening cannot follow publication: its year was the one before."""
        if value and self.published and len(value) >= 7 and value > self.published.isoformat()[:len(value)]:
            return f"{int(value[:4]) - 1}{value[4:]}"
        return value

    # -- members and figures -----------------------------------------------------------------------

    def _antecedent(self, start: int) -> _Draft | None:
        """The event a sentence opening with 该项目 / 项目 / 该产业园 … refers back to."""
        if not _PROJECT_ANAPHOR.match(self.text, start):
            return None
        return next((d for d in reversed(self.events) if d.get("project")), None)

    def _listing(self, start: int) -> bool:
        """A sentence opening with 其中 right after an aggregate lists its members: their 投资X亿元 are figures."""
        return bool(re.match("其中[，,]?", self.text[start:start + 3])) and any(
            d.get("count") for d in self.events[-2:])

    def _member(self, segment: tuple[int, int], span: tuple[int, int], aggregate: _Draft | None = None,
                ) -> list[_Draft]:
        """A segment without a trigger that names a project: figures for an event already found
        (其中，深远海养殖工船项目…), or a member of the aggregate before it (其中，X项目总投资12亿元)."""
        g0, g1 = segment
        draft = _Draft(ProjectSigning, "", g1, span, segment)
        names = self._projects(g0, g0, g1, draft)
        if not names:
            return []
        name = self._full_name(names[0], g0)
        known = next((d for d in reversed(self.events) if d.get("project") and _same_project(d.get("project"), name)), None)
        if known:
            known.roles.setdefault("segments", []).append(segment)
            return []
        whole = aggregate.segment if aggregate else segment
        if aggregate is None:
            aggregate = next((d for d in reversed(self.events) if d.get("count") and segment in d.roles.get(
                "segments", ())), None) or next((d for d in reversed(self.events[-4:]) if d.get("count")), None)
            if aggregate is None or not _MEMBERS.search(self.text, span[0], g1):
                return []
        pos = self.text.find(name, g0)
        members = [(name, pos + len(name) if pos >= 0 else g1)]
        for k, end, other in self._name_spans(g0, g1):  # 其中，A项目投资4.2亿元，B项目投资3.5亿元: one member each
            if pos >= 0 and k > pos and self.text[k - 1] in "，,、" and not name.endswith(other) and not any(
                    d.get("project") and _same_project(d.get("project"), other) for d in self.events):
                members.append((other, end))
        drafts = []
        for name, end in members:
            company = self._prefix_company(name) or (None if len(members) > 1 else next(
                (e.text for e in self.companies if g0 <= e.start < g1), None))
            member = _Draft(aggregate.cls, aggregate.trigger, end, span, whole)
            member.roles = {"project": name, "park": aggregate.get("park"), "date": aggregate.get("date"),
                            "company": company, "member": True}
            drafts.append(member)
        return drafts

    def _full_name(self, name: str, before: int) -> str:
        """A project's name as first written in full (风电主轴项目 -> 四川…有限公司年产800套大型风电主轴项目)."""
        for k in _occurrences(self.text[:before], name):
            floor = max((m.end() for m in _BREAK.finditer(self.text, 0, k)), default=0)
            full = self._name_ending(k + len(name), floor)
            if full and len(full) > len(name) and full.endswith(name):
                return full
        return name

    def _figures(self, span: tuple[int, int], segments, kept: list[_Draft]) -> None:
        """Money, land, sectors and rates of the sentence, each to the nearest event of its segment."""
        text = self.text
        antecedent = self._antecedent(span[0])
        for segment in segments:  # 该园由X投资建设 / 人才公寓由X投资建设: X is the company of that project
            builder = next((e for e in self.companies
                            if segment[0] < e.start < segment[1] and text[e.start - 1] == "由"), None)
            targets = self._targets(None, segment, kept, antecedent, segment[0]) if builder else []
            if targets:
                targets[0].fill("company", builder.text)
        claimed = set()
        for q in self.quantities:
            if not span[0] <= q.start < span[1] or id(q) in claimed:
                continue
            segment = next(s for s in segments if s[0] <= q.start < s[1])
            clause = self._clause_start(q.start, segment[0])
            before = text[clause:q.start]
            role = value = None
            if q.kind == "money" and _OUTPUT_CUE.search(before):
                role, value = "annual_output", q
            elif q.kind == "money" and _INVESTMENT_CUE.search(before):
                role, value = "investment", q
                if q.unit != "CNY":
                    value = self._equivalent(q)
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
            targets = self._targets(q, segment, kept, antecedent)
            if role in ("return_rate", "capacity_rate"):
                targets = [d for d in kept if d.cls is Resumption and d.pos < q.start][-1:]
            elif "分别" in before:
                listed = [d for d in targets if d.pos == targets[0].pos] if targets else []
                moneys = [m for m in self.quantities if m.kind == "money" and clause <= m.start < segment[1]]
                if len(listed) == len(moneys) > 1:
                    for d, m in zip(listed, moneys):
                        d.fill(role, m)
                        claimed.add(id(m))
                    continue
            if targets:
                targets[0].fill(role, value)
                if role == "investment" and value is None:
                    targets[0].roles["figures"] = True  # a foreign amount without its RMB equivalent
        if antecedent is not None:  # X项目投产。该项目总投资9.3亿元，去年开工: the start and X's completion
            for d in kept:
                if d.get("project") == antecedent.get("project"):
                    for role in ("investment", "annual_output"):
                        antecedent.fill(role, d.get(role))
        if antecedent is not None:  # 签约并同步开工。该项目总投资…: both events of the project
            for d in self.events:
                if d is not antecedent and d.sentence == antecedent.sentence and d.get("project") == antecedent.get("project"):
                    for role in ("investment", "annual_output", "company", "land"):
                        d.fill(role, antecedent.get(role))
        for match in _SECTORS.finditer(text, *span):
            segment = next(s for s in segments if s[0] <= match.start() < s[1])
            targets = self._targets(None, segment, kept, antecedent, match.start())
            if targets and not targets[0].get("sectors"):
                targets[0].roles["sectors"] = tuple(re.split("[、和及与]", match.group(1)))

    @staticmethod
    def _share(kept: list[_Draft]) -> None:
        """Two events of one project in a sentence (签约后即开工) both carry its figures."""
        for draft in kept:
            for other in kept:
                if other is not draft and draft.get("project") and other.get("project") == draft.get("project"):
                    for role in ("investment", "annual_output", "company"):
                        draft.fill(role, other.get(role))

    def _targets(self, q, segment, kept, antecedent, at=None) -> list[_Draft]:
        """The event a figure at ``at`` belongs to: the last one before it in its segment, else the next
        one, else an earlier event named in the segment, else the sentence's antecedent."""
        at = q.start if q is not None else at
        here = [d for d in kept if d.segment == segment and d.cls is not Resumption]
        before = [d for d in here if d.pos < at]
        if before:
            return [d for d in before if d.pos == before[-1].pos]
        named = [d for d in self.events if segment in d.roles.get("segments", ())]
        if named:  # the segment speaks of an earlier event (集中竣工投产的项目总投资…, 其中…)
            return named[-1:]
        if here:
            return here
        return [antecedent] if antecedent is not None else []

    def _equivalent(self, q: Quantity) -> Quantity | None:
        """The article's own RMB equivalent right after a foreign amount (约合人民币4.7亿元)."""
        for other in self.quantities:
            if other.start >= q.end and other.start - q.end <= 4 and other.unit == "CNY":
                between = self.text[q.end:other.start]
                if _EQUIVALENT.match(between) or other.text.startswith(("约合", "折合")):
                    return other
        return None

    # -- helpers -----------------------------------------------------------------------------------

    def _clause_start(self, i: int, floor: int) -> int:
        for k in range(i - 1, floor - 1, -1):
            if self.text[k] in _CLAUSE_MARKS:
                return k + 1
        return floor

    def _entity_at(self, i: int) -> Entity | None:
        return self.named_at.get(i)
