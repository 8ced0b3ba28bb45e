"""The project role: project names before the trigger (…项目, …基地, 二期工程), lists of them, names written
in full earlier, and whether two names refer to one project."""

import itertools
import re
from functools import cache

from zhqx.entities.grammar import grammar_for
from zhqx.entities.projects import opens_own_name, owns_projects
from zhqx.events.article import PHASE, Article
from zhqx.events.draft import Draft
from zhqx.events.roles.mentions import labels_only, occurrences, same_project, without_kind
from zhqx.events.spans import CLAUSE_MARKS
from zhqx.text.prefilter import Prefiltered
from zhqx.types import ProjectCompletion, ProjectSigning, ProjectStart, Resumption

LONGEST_NAME = 64  # the longest project name of the fixtures has 30 characters
# After a project name's end: no bracket, no company name or title running on (one after 和/与/及 starts its own).
_NO_NAME_AFTER = r"(?![）)]|总数|名单|主任|负责人|[^，,。；;、：:（(“”\s是由和与及]{0,4}?(?:有限|股份|集团|公司))"
_BUILT = re.compile(r"(?:建设|共建|投建|新建|设立)([^，,。；;、：:]{2,30}?(?:项目|基地|中心|生产线|工程|总部|研究院|平台)(?:项目)?)")
_AGREEMENT = re.compile(r"(?:投资|合作|入驻|落户|建设|框架)*(?:协议|合同)")
OBJECT_BATCH = re.compile(r"(?:[、和及并](?:签约|开工|动工|投产|竣工|建成|落地))*了?一大?批[^，,。；;]{0,10}?(?:项目|工程)")
_SETTLES = re.compile(r"(?:将|正式|顺利|已|成功)*(?:落户|入驻|进驻|落地)")
# A unit of the project written after its name belongs to it (X核电站6号机组, X电站首台机组, Y电厂二期工程3号机组,
# X水电站第12台机组, Y电站第3台百万千瓦机组)
_UNIT = r"(?:(?:首台|首批|第?[\d一二三四五六七八九十]+号|第[\d一二三四五六七八九十]+台)(?:百万千瓦|[\d.]+万千瓦)?机组)"
# A new facility after a company (甲电气全新柔性生产线, 乙公司新项目): the company is no part of its name
_NEW_AFTER_ORG = re.compile(r"全新|新一代|新(?=项目|生产线|工厂|基地|车间|厂区|总部)")
_NAME_STOPS = set("，,。；;：:、()（）—\n 的在于将已该其是为由向对把被也还并从另有就暨")
_BRACKETED = re.compile(r"[（(](?:[一二三四五六首]期|[台套件个])[）)]$")  # inside a name: 华信化工（一期）项目
# A place in brackets inside a name (国家（甬城）数字内容基地, 西部（临川）数据中心): the name goes on before it
_PLACE_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{2,3})[）)]$")
_DETERMINER = re.compile(r"继(?![电保])|本次|(?:(?:这|那|此|该)(?:个|座|家|一|条|批|次)?|第[一二三四五六七八九十\d]+[个家座条次]|一次(?!性)|一[条座所种])(?:新|大)?")
_ONE = re.compile(r"一[个家处](?:新|大)?")  # opening a clause: 前不久，一个X项目在Y建成投产 (X项目; not 另有一个X项目)
# The first of its kind in a region between a verb and its object (建成国内首条|X生产线).
_FIRST_OF = re.compile(r"(?:我国|中国|全国|国内|全球|世界|亚洲|全省|省内|全市|[东西南北华][东西南北中]?(?:地区)?)"
                       r"(?:首[个家座条套台]|第[一二三四五六七八九十\d]+[个家座条套台])")
# A rank before the name, after whatever it ranks in (黄河首条|公铁两用隧道, 某公司在省外的第一家|研发中心, 西部最大|
# 物流枢纽, 援建的首个项目|X电站, 国家重点工程|X水电站, 甲铁路控制性工程――乙大桥): not part of it (NOTES: the name after)
_RANKED = re.compile(r".*(?:(?:首|第一)[个家座条所套台款]|最大(?:规模)?|第[二三四五六七八九十]大)(?:项目(?=.{4}))?")
# a standing may name its field (国家重大水利工程|甲灌区工程, 重点能源项目|乙水电站): up to 4 characters, no head among them
_STANDING = re.compile(r".*(?:重点|重大|关键|控制性|骨干|标志性)(?:(?!工程|项目)[\u4e00-\u9fff]){0,4}(?:工程|项目)[―—－-]*(?!建设)")
# after a rank, the kind of what is ranked, then its name with the same head (西部首条|电气化铁路|甲乙铁路: 甲乙铁路)
_RANKED_KIND = re.compile(r"[\u4e00-\u9fff]{0,6}?(铁路|高铁|公路|地铁|城际|高速|电站|大桥|机场|隧道|水库|码头)(?=[^，,。；;、]{2,}\1$)")
# “青川-泛美航空小镇”项目: the name in the quotes (NOTES n043), also after its owner, place or rank (甲公司“乙产业园”项目,
# 湖北最大“丙平台”首批项目: 乙产业园, 丙平台, as annotators write them)
_QUOTED = re.compile(r"^[^“”]*“([^“”]{4,})”(?:首批)?(?:项目)?$")
_APPOSITION = re.compile(r"(?:之一)?(?:——|--|—|－－|-|―+)")  # 国家重点工程之一——X工程: X工程 is the name
_DESCRIPTION = re.compile(r"[^，,。；;：:、“”\s]{1,10}(?:——|--|－－)")  # 甲高铁通道的收官之作——乙高铁: 乙高铁
_MODIFIER = re.compile(r"[^，,。；;、：:和与及是为]{0,10}的")  # 甲基地配套的|输电工程: the first name only modifies the next
_ZONE_END = re.compile(r"(?:区|园|城|谷|港|基地|中心)$")
_LISTED = re.compile(r"(?:项目|基地|中心|工程|生产线)(?:和|及|与|以及)$")
# A PARK entity written right before one of these is part of a project's name (…智能制鞋产业园项目).
_PARK_IN_NAME = re.compile(r"(?:园|城|谷|中心|基地)$")
_UNNAMED = re.compile(r"(?:全国|我国|全省|各地|国内|省内|新增|非法|乡间|农村|新建|在建|扶贫)*(?:高速|城际)?(?:公路|码头|车间|电站|水库|管道|大道|铁路)$|"
                      r".*(?:[\d一二两三四五六七八九十百千]+(?:个|类|大|批)|亿元|各地)[^项，,]{0,6}(?:项目|工程)$|第[一二三四五六七八九十\d]+[个家批项座]|更多|"
                      r".*(?:重大|重点|招商引资|招商)(?:项目|工程)$|(?:园区|开发区|高新区|经开区|新区|全区|全市|全县)项目$|(?:[^项]{0,4}(?:产业|工业|制造业?|服务业|基础设施|民生|社会事业|外资|内资|"
                      r"产业链|数字经济|投资))(?:项目|工程)$|[春夏秋冬]季|第?[一二三四1-4]季度|[上下]半年|年度|第[一二三四五六七八九十\d]+批|"
                      r"[一二两三四五六七八九十几\d]+[个家批项座]|一(?:些|大批|系列|揽子|般)|另|某|该|上述|首个|多个|重点|重大|这|签约|开工|落户|"
                      r".*阶段$|.*等(?:[\d一二三四五六七八九十]+[个项])?(?:重点|重大)?(?:项目|工程)$")  # 调试阶段; A、B段等项目

# A count of members inside a name (浙江第二批4家省创新中心, 全国8个算力枢纽, 新区多条高速): a batch, no one project's
# name (not an ordinal, 第20家; not one, 一条; not a capacity, 年产800套)
_MEMBERS = re.compile(r"(?<![第产能\d一二两三四五六七八九十百千几多])(?!一[个家座套条项处])"
                      r"(?:\d+[多余]?|[一二两三四五六七八九十几]+[十百千]?|多)[个家座套条项处]")  # 1200多个X: counted


def unnamed_batches(drafts: list[Draft]) -> None:
    """Clear the project of an event whose name counts its members (全线9个标段已全部复工): it names a batch,
    and an aggregate has no project (CONVENTIONS); the event stays."""
    for draft in drafts:
        if draft.get("project") and _MEMBERS.search(draft.get("project")):
            draft.roles["project"] = None


def find_projects(a: Article, floor: int, clause: int, i: int, draft: Draft) -> list[str]:
    """Project names before the trigger, in its clause first (one, or a list before 分别); else a park
    that is the project (…产业园在…签约落户); else after 建设 / 共建."""
    if draft.cls is Resumption:  # or the works whose site opens the sentence (在X工程的施工现场，作业全面恢复施工)
        return _named(a, clause, i) or [name for name in _named(a, floor, clause) if _SITE.match(
            a.text, a.text.find(name, floor) + len(name)) and not _EFFORT.search(a.text[clause:i])]
    if qualified := _qualified(a, i + len(draft.trigger), draft):
        return qualified
    names = _named(a, clause, i) or [  # or the subject of an earlier clause (none when the clause is the floor)
        name for name in (_named(a, floor, i) if floor != clause else ())
        if (k := _owner_start(a, a.text.find(name, floor))) == floor or a.text[k - 1] in CLAUSE_MARKS + "的"]
    if not names and draft.cls in (ProjectStart, ProjectCompletion):  # X公司已建成国内首条Y生产线: Y; 甲区开工建设Y: Y,
        names = _object(a, i + len(draft.trigger), draft.segment[1])  # not the park acting
    if not names and draft.cls in (ProjectSigning, ProjectStart, ProjectCompletion) and not a.text.startswith(
            "的", i + len(draft.trigger)) and not OBJECT_BATCH.match(a.text, i + len(draft.trigger)):  # 甲高新区投产
        # 的8个项目: the park is where the attributive trigger happened; so is 甲区签约、开工一批项目's (an aggregate)
        for start, end, name in a.parks.between(floor, i):
            if end <= i and (start == floor or a.text[start - 1] in "的，,") and re.fullmatch(
                    r"(?:(?:\d{1,2}月)?\d{1,2}[日号])?(?:在[^，,。；;]*?)?(?:顺利|正式|成功|全面|已)*", a.text[end:i]):
                names.append(name)
    if not names and draft.cls is ProjectSigning:  # 签约，总投资6.8亿元的X项目落户园区: one signing of X;
        after = i + len(draft.trigger)  # 签署X项目投资协议: X
        names = [name for start, stop, name in name_spans(a, after, draft.segment[1])
                 if _SETTLES.match(a.text, stop) or (start == after and _AGREEMENT.match(a.text, stop))][:1]
    if not names and draft.cls in (ProjectStart, ProjectCompletion):
        names = _described_as_ranked(a, clause, i)
    if not names and draft.trigger not in ("增资", "注资"):  # capital goes into a company, not a project
        built = _BUILT.search(a.text, i, draft.segment[1])
        if built and draft.cls is not ProjectSigning and a.rules.modality.not_done(  # 入驻…，将在此设立研发中心: a plan
                a.text, a.clause_start(built.start(), i), built.start()):
            built = None
        if built:  # without its modifiers: 其在欧洲以外最大的精密减速机生产基地 -> 精密减速机生产基地
            name = built.group(1).rsplit("的", 1)[-1]
            if len(name) >= 4 and not _UNNAMED.match(name):
                names.append(name)
    return names


_COUNTED = re.compile(r"[\d一二两三四五六七八九十百千几]+[条个家座项批台套]")  # 已建成的7条生产线: a count, no name
_SITE = re.compile(r"的?(?:施工|建设)?(?:现场|工地)[，,]")  # the works' site opening a clause before the trigger
_EFFORT = re.compile("^为|加快|推进|推动|促进|加紧|抓紧")  # at the site, an effort toward it (为加快复工复产，…): no name
_WORKS_WORD = re.compile("建设|施工|兴建|建造|实施")  # the construction word after a start trigger (开工建设的X, 启动实施X工程)


def _qualified(a: Article, end: int, draft: Draft) -> list[str]:
    """The name a trigger ending at ``end`` qualifies (甲工程、去年开工的乙铁路: 乙铁路, not the name listed before
    it; 开工建设的乙换流站: 乙换流站), unless it is counted (已投产的7条生产线) or an event before already has it
    (本次签约的二期项目)."""
    end += len(m.group()) if (m := _WORKS_WORD.match(a.text, end)) else 0
    if not a.text.startswith("的", end):
        return []
    spans = name_spans(a, end + 1, a.clause_end(end, draft.segment[1]))[:1]
    return [name for start, _, name in spans if start == end + 1 and not _COUNTED.match(name)
            and not reported_before(a, draft, name)]


def reported_before(a: Article, draft: Draft, name: str) -> bool:
    """Whether an event of the type of ``draft`` before it already has the project ``name`` (本次签约的二期项目)."""
    return any(d.cls is draft.cls and same_project(d.get("project"), name)
               for d in a.with_project_like(name) if d.get("project"))


# A ranked descriptor as the subject (国内在运最大核电站, 我国规模最大的水电站): its head after the rank
_RANKED_SUBJECT = re.compile(r"[^，,。；;：:]*(?:(?:首|第一)[个家座条所套台款]|最大|第[二三四五六七八九十]大)的?"
                             r"([\u4e00-\u9fff]{0,2}(?:电站|电厂|大桥|机场|隧道|水库|铁路|公路|码头|工程|项目|基地))"
                             r"[^，,。；;]{0,8}$")


def _described_as_ranked(a: Article, clause: int, i: int) -> list[str]:
    """The project a ranked descriptor before the trigger stands for: the last name with its head in the
    sentence before (甲核电站位于…。今天，国内最大核电站建成投产: 甲核电站); none without one."""
    described = _RANKED_SUBJECT.match(a.text, clause, i)
    if not described or not a.previous:
        return []
    head = described.group(1)
    return [name for _, _, name in reversed(name_spans(a, *a.previous))
            if name.endswith(head) and len(name) > len(head) and not _RANKED.match(name)][:1]


# Between a verb and its object's name: an aspect mark, then one or a first of its kind (建成了一条, 建成国内首条)
_OBJECT_GAP = re.compile(rf"了?(?:{_FIRST_OF.pattern}|{_DETERMINER.pattern})?")


def _object(a: Article, end: int, limit: int) -> list[str]:
    """The project named right after the trigger ending at ``end`` (and a construction word: 开工建设X), within its
    clause (the object of 建成)."""
    end += len(m.group()) if (m := _WORKS_WORD.match(a.text, end)) else 0
    spans = name_spans(a, end, a.clause_end(end, limit))
    return [name for start, stop, name in spans[:1] if _OBJECT_GAP.fullmatch(a.text, end, start) and name[0] not in "和与及并"
            and (stop == len(a.text) or a.text[stop] in CLAUSE_MARKS + "。！？!?\n")]  # not 建成X项目466个


def _named(a: Article, floor: int, i: int) -> list[str]:
    """Project names in ``floor:i``: the first, or all of a list (A项目、B项目和C项目; a list before 分别); a
    description before a dash yields to the name after it (省重点外资项目——X项目, 甲铁路的收官之作——乙铁路: the
    second), and so does a name in a modifier (甲基地配套的乙工程: 乙工程); an owner before a name is read with it
    (最大基地——甲集团|乙项目, A项目和甲集团|B项目)."""
    spans = name_spans(a, floor, i)
    spans = [s for s, after in itertools.zip_longest(spans, spans[1:]) if not (after and any(
        p.fullmatch(a.text, s[1], _owner_start(a, after[0])) for p in (_APPOSITION, _DESCRIPTION, _MODIFIER)))]
    spans = _shared_heads(a, spans, i)
    names = [name for _, _, name in spans[:1]]
    last = spans[0][1] if spans else i
    for (_, end, _), (start, last, name) in itertools.pairwise(spans):
        if "分别" not in a.text[end:i] and a.text[end:_owner_start(a, start)] not in ("、", "和", "及", "与", "以及"):
            last = end
            break
        names.append(name)
    return [] if len(names) > 1 and a.text.startswith("等", last) else names  # A、B等项目开工: an aggregate's mere list


_SHARED_HEAD = re.compile(r"(?:[^项]项目|[^项]项目[一二三四五六首]期)$")  # the last conjunct's head, shared
_OWN_HEAD = re.compile(rf"(?:项目|工程|{PHASE})$")  # a conjunct with a head of its own: A项目和B项目 are two


def _shared_heads(a: Article, spans: list, i: int) -> list:
    """``spans`` with two works joined by 及/和/与 read as one name when only the second has the head 项目 (甲中心及
    乙基地项目: one project, as annotators keep a coordination whole), unless 分别 follows (两者分别开工)."""
    merged = []
    for span in spans:
        if merged and a.text[merged[-1][1]:span[0]] in ("及", "和", "与") and _SHARED_HEAD.search(span[2]) and not (
                _OWN_HEAD.search(merged[-1][2]) or "分别" in a.text[span[1]:i]):
            first = merged.pop()
            span = (first[0], span[1], first[2] + a.text[first[1]:span[0]] + span[2])
        merged.append(span)
    return merged


def _owner_start(a: Article, k: int) -> int:
    """Where the owner ORG written right before a name starting at ``k`` starts, else ``k``."""
    owner = a.entity_at(k - 1) if k else None
    return owner.start if owner is not None and owner.label == "ORG" and owner.end == k else k


def name_spans(a: Article, floor: int, i: int) -> list[tuple[int, int, str]]:
    """Every project name in ``floor:i`` as (start, end, name); a run such as 工程塑料项目 is one name."""
    spans = []
    for match in _suffix_pattern(a.rules.lexicons["event_project_suffixes"].regex).finditer(a.text, floor, i):
        entity = a.entity_at(match.start())
        if entity and match.end() <= entity.end:  # …研究院中心 inside a name; …医院项目 goes on past it
            continue
        name, walked = _walked(a, match.end(), floor)
        start, end = match.end() - len(name or ""), match.end()
        if name and name.count("“") > name.count("”"):  # a suffix inside quotes: the quoted name, whole
            start += name.rfind("“")
            name, end = _quoted_whole(a.text, start, end, i)
        if not name or _UNNAMED.match(name):
            continue
        if spans and min(start, walked) <= spans[-1][0]:  # the same name, running on: keep the longer one (and the
            # name after a kind: 首条电气化铁路|甲乙铁路 is one run, 甲乙铁路 its name)
            spans.pop()
        spans.append((start, end, _QUOTED.sub(r"\1", name)))
    return spans


def _quoted_whole(text: str, opening: int, end: int, limit: int) -> tuple[str | None, int]:
    """The quoted name opened at ``opening`` when a suffix ends inside it at ``end`` (标准“乡村学校运动场”:
    乡村学校运动场, not 标准“乡村学校), with where it ends; (None, end) when the quote does not close there."""
    closing = text.find("”", end, limit)
    if closing < 0 or any(c in "，,。；;：:\n“" for c in text[end:closing]):
        return None, end
    return text[opening + 1:closing], closing + 1


def name_ending(a: Article, end: int, floor: int) -> str | None:
    """The name ending at ``end``: characters, ORG and GPE entities and “quotes”, back to a stop (at most
    ``LONGEST_NAME`` characters)."""
    return _walked(a, end, floor)[0]


def _walked(a: Article, end: int, floor: int) -> tuple[str | None, int]:
    """The name ending at ``end`` (see ``name_ending``) and where the walk back stopped, before a rank, a
    determiner or a company acting was taken off the name."""
    floor = max(floor, end - LONGEST_NAME)
    start = end
    steps = a.name_steps
    while start > floor:
        far = start - _STEP_REACH >= floor  # the step reads nothing before the floor: the same in every walk
        step = steps.get(start, -1) if far else -1  # known for a start with no entity before it
        if step != -1:
            if step is None and (step := _quote_opening(a.text, start, end, floor)) is None:
                break
            start = step
            continue
        entity = a.entity_at(start - 1)
        if entity is not None:
            inner = a.text.startswith("项目", entity.end)
            bare_zone = entity.label == "PARK" and entity.end < end and not _ZONE_END.search(entity.text)
            if entity.label == "PERSON" or (entity.label == "PARK" and a.text[entity.end:entity.end + 1] != "”" and not (
                    inner and _PARK_IN_NAME.search(entity.text)) and not bare_zone):  # 邕江湾|企业服务中心
                break
            if entity.label == "ORG" and entity.end == start < end and owns_projects(entity.text, grammar := grammar_for()) \
                    and opens_own_name(a.text, start, end, grammar):
                if a.text.count(a.text[start:end]) == 1 and labels_only(a, entity.text, a.text[entity.start:end]):
                    start = entity.start  # 星澜电力青县风电项目, neither part written apart (CONVENTIONS): one name
                break  # 星澜集团|青县风电项目: the owner, no part of a name of its own (one inside a name is labelled apart)
            start = entity.start
            if a.text.endswith(("企业", "公司"), floor, start):  # 新加坡企业X集团…项目: the name starts at X
                break
            continue
        step = _step_back(a, start, floor)
        if far:
            steps[start] = step
        if step is None and (step := _quote_opening(a.text, start, end, floor)) is None:
            break
        start = step
    name = a.text[start:end].lstrip("”")
    if name.startswith("“") and "”" not in name:
        name = name[1:]
    determiner = _DETERMINER.match(name)  # 这个扶贫产业园项目 -> 扶贫产业园项目, 第一家创新中心 -> 创新中心 (not 这个项目),
    # 继一期工程 (a connective: 继X投产后) -> 一期工程
    if determiner and len(name) - determiner.end() >= 4:
        name = name[determiner.end():]
    elif (one := _ONE.match(name)) and len(name) - one.end() >= 4 and (start == 0 or a.text[start - 1] in CLAUSE_MARKS + "。\n"):
        name = name[one.end():]
    company = a.first_company_prefix(name)
    if company and _NEW_AFTER_ORG.match(name, len(company)) and len(name) - len(company) >= 3:
        name = name[len(company):]  # 甲电气全新柔性生产线: the company acting, its new facility the project
    name = without_kind(a, without_rank(name), end)
    if _RANKED.match(name) and not re.search(_UNIT + "$", name):  # 在运最大|核电站, 第三大|水电站: a descriptor,
        return None, start  # no name (the headline's or an earlier name stands for it)
    after_park = start > floor and (park := a.entity_at(start - 1)) is not None and park.label == "PARK"
    after_joint = a.text.endswith(("暨", "典礼和", "仪式和"), floor, start)  # X一期竣工典礼和|二期开工仪式
    return (name if len(name) >= 4 or ((after_park or after_joint) and re.fullmatch(PHASE, name)) else None), start


def without_rank(name: str, shortest: int = 4) -> str:
    """``name`` without a rank or standing before it (我国首座|海上换流站, 黄河首条|公铁两用隧道, 国家重点工程|甲水电站),
    or the kind after a rank (首条电气化铁路|甲乙铁路), when ``shortest`` characters or more are left."""
    for pattern in (_STANDING, _RANKED):
        rank = pattern.match(name)
        name = name[rank.end():] if rank and len(name) - rank.end() >= shortest else name
        if rank and pattern is _RANKED and (kind := _RANKED_KIND.match(name)) and len(name) - kind.end() >= shortest:
            name = name[kind.end():]
    return name


_QUOTE_REACH = 16  # the longest quoted part of a name read through its punctuation (“鱼—菜”共生中心)


def _quote_opening(text: str, start: int, end: int, floor: int) -> int | None:
    """Where the “ of a quote open in ``start:end`` is, when a name stops at punctuation inside quotes (“海—陆”联运
    枢纽项目: the dash is part of the name), else None."""
    if text.count("”", start, end) <= text.count("“", start, end):
        return None
    k = text.rfind("“", max(floor, start - _QUOTE_REACH), start)
    return k if k >= 0 and not any(c in "，,。；;：:\n”" for c in text[k:start]) else None


_STEP_REACH = 6  # _step_back reads the text from start - 6 on
_WORKS_HEAD = re.compile(r"建设(?:工程|项目)")  # after works, the head of their name (甲水库建设工程), not a verb
# Works between two places joined by a dash: 甲—乙段, 甲—乙—丙段, 甲—乙大桥, 甲—乙特高压工程
_SECTION = re.compile(r"[\u4e00-\u9fa5]—[\u4e00-\u9fa5][\u4e00-\u9fa5—]{0,12}?(?:段|大桥|铁路|公路|管道|特高压)")
_LINE_END = re.compile(r"(?:铁路|高铁|城际|公路|高速|管道|线)$")
_LINE_SECTION = re.compile(r"[^，,。；;：:、的\s]{1,10}至[^，,。；;：:、的\s]{1,10}段")  # 甲铁路的|乙至丙段: one name


def _step_back(a: Article, start: int, floor: int) -> int | None:
    """Where a name that starts at ``start`` (no entity ends there) may start instead, one step back, or None
    at a stop; ``floor`` matters only within ``_STEP_REACH`` of ``start``."""
    latin_space = a.text[start - 1] == " " and start > floor + 1 and a.text[start - 2].isascii() and (
        a.text[start - 2].isalnum() and a.text[start].isascii() and a.text[start].isalnum())  # Mini LED
    if a.text[start - 2:start] in ("--", "－－") and a.text[start - 3:start - 2] not in "-－" and a.text[start] not in "-－":  # 交通工程--X大桥: an apposition, the name is after the dashes
        return None
    if a.text[start - 1] == "、" and a.text[start].isdigit() and start - 1 > floor:
        return start - 1  # 年产10万吨电子化学品、5万吨锂电材料项目: one name
    bracket = _BRACKETED.search(a.text, max(floor, start - 5), start)
    if bracket:  # 华信化工（一期）项目, 年产3000台（套）
        return bracket.start()
    place = _PLACE_BRACKET.search(a.text, max(floor + 1, start - _STEP_REACH + 1), start)
    if place and any(e.label == "GPE" for e in a.entities.between(place.start(1), place.start(1) + 1)) and not (
            (org := a.entity_at(place.start() - 1)) is not None and org.label == "ORG"):
        return place.start()  # not after a company: 华信公司（甬城）数据中心
    if a.text[start - 1] == "—" and start - 1 > floor and _SECTION.match(a.text, start - 2):
        return start - 1  # 绵远高铁内江—自贡—泸州段, 甲—乙大桥: works between places, one name
    if a.text[start - 1] == "的" and start - 1 > floor and _LINE_END.search(a.text, max(floor, start - 3), start - 1) \
            and _LINE_SECTION.match(a.text, start):
        return start - 1  # 甬临铁路的甬州至临川段: the section of a line, named with the line (NOTES: not cut at 的)
    if a.text[start - 1] == "暨" and start - 1 > floor and a.text.endswith(a.rules.lexicons.derived(_joined_ends), floor, start - 1):
        return start - 1  # 甲机场改扩建暨乙枢纽工程, 甲总部暨乙中心: two works joined in one name (not 甲洽谈会暨乙签约)
    if _WORKS_HEAD.match(a.text, start - 2) and start - 4 > floor and a.rules.lexicons["event_project_suffixes"].suffix_of(
            a.text[max(floor, start - 6):start - 2]):
        return start - 1  # 甲水库建设工程, 甲电站建设项目: the works' head
    if (a.text[start - 1] in _NAME_STOPS and not latin_space) or a.rules.lexicons["event_name_stops"].suffix_of(
            a.text[max(floor, start - 4):start]):
        return None
    if _LISTED.search(a.text, max(floor, start - 6), start):  # A项目和B项目: B starts after 和
        return None
    if start in a.date_inner:
        return None
    return start - 1


def _joined_ends(lexicons) -> tuple[str, ...]:
    """How the first of two works joined by 暨 in one name ends: as a project name does, or 扩建 / 改建."""
    return tuple(lexicons["event_project_suffixes"]) + tuple(lexicons["event_joined_works"])


def full_name(a: Article, name: str, before: int) -> str:
    """A project's name as first written in full (风电主轴项目 -> 四川…有限公司年产800套大型风电主轴项目)."""
    if name not in a.full_names:  # the first occurrence written in full, wherever it is
        a.full_names[name] = next(((k, full) for k in occurrences(a.text, name)
                                   if (full := name_ending(a, k + len(name), a.line_start(k)))
                                   and len(full) > len(name) and full.endswith(name)), None)
    first = a.full_names[name]
    return first[1] if first and first[0] + len(name) <= before else name


@cache
def _suffix_pattern(suffixes: str) -> Prefiltered:
    """Where a project name ends: one or more suffix words (工程塑料项目) and a phase, or a phase alone; then a
    unit of it (6号机组)."""
    return Prefiltered(re.compile(rf"(?:{suffixes}+{PHASE}?|{PHASE}){_UNIT}?{_NO_NAME_AFTER}"))
