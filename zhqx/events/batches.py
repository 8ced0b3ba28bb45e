"""Batches: a batch of projects or settlers written as its clause's subject (一批重点项目在甲高新区开工) or by its
trigger (X试验区重点项目集中开工) is an aggregate without a count, and so is a signing by parties counted vaguely
(一批医药企业和甲省签订合作协议); a batch whose brief gives its count elsewhere and a second aggregate of the same
count shortly after are one happening."""

import re
from collections import Counter

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.roles.park import brief_start
from zhqx.events.roles.project import OBJECT_BATCH
from zhqx.types import ProjectCompletion, ProjectSigning, ProjectStart, Settlement


def _subject_batch(counted: str, heads: str, after: str = "", how: str = "") -> "re.Pattern[str]":
    """A batch as the subject of its clause after a short setting (group 1), then perhaps where (在…) and how."""
    return re.compile(rf"([^，,。；;：:、\d]{{0,10}}?)(?:{counted})[^，,。；;：:]{{0,24}}?(?:{heads}){after}"
                      rf"(?:在[^，,。；;：:、的]{{1,16}}?)?(?:正式|全面|顺利|陆续|相继|先后|集中|同时|也|已经?|均{how})*")


# 一批重点项目在甲高新区开工, 一批涉及新材料的项目开工建设
_BATCH_SUBJECT = _subject_batch("一大?批", "项目|工程", after="(?:日前|近日|今天|昨天|今日|昨日)?")
# settlers counted vaguely: 一批外资企业入驻, 多家研发机构在甲园区落地, 几十家初创企业相继落户在这里
_SETTLER_BATCH = _subject_batch("一大?批|多家|几十家|数十家|众多", "企业|机构|公司", how="|纷纷")
# parties counted vaguely signing an agreement (一批医药企业和甲省签订合作协议, 首批试点城市和企业进行了现场签约):
# a signing without a company or count; 签约 only after 进行 (not 多家企业签约参展: taking part)
_PARTY_BATCH = re.compile(r"([^，,。；;：:、\d]{0,10}?)(?:一大?批|首批|多家|数十家|几十家)[^，,。；;：:、\d]{0,24}?(?:企业|单位|机构|城市)"
                          r"(?:[和与同][^，,。；;：:、\d]{1,12}?)?(?:正式|集中|共同|也|已经?|今天|昨天)*"
                          r"(进行了?(?:现场|集中|一对一)?)?")
_PARTNER = re.compile("[与和同]")  # 甲市与多家企业签署协议: the many not the subject (left alone)
_AGREEMENT = re.compile(r"了?[^，,。；;：:]{0,8}?协议")  # after 签订 / 签署 / 签下: an agreement (not 参展合同, 订单)
# before a batch: a measure for one to come, or a summary of the reports that follow (本周，又有一批产业项目签约。)
_NO_BATCH = re.compile("推进|加快|推动|促进|确保|实现|要求|组织|部署|抓紧|谋划|储备|引进|招引|有")


def is_batch(a: Article, draft: Draft) -> bool:
    """A batch written by its trigger (X试验区重点项目集中开工) or object (X试验区开工一批项目) in a park, by a lead's
    subject (一批重大项目今天开工) or by its clause's subject (3月2日，一批重点项目在甲高新区开工), is an aggregate even without a count (not a ceremony named so, 集中开工仪式举行: the count it has comes after)."""
    draft.roles["batch"] = True
    end = draft.pos + len(draft.trigger)
    if draft.get("lead_batch"):  # 一批重大项目今天开工 (zhqx.events.subjects)
        return True
    if draft.cls in (ProjectSigning, ProjectStart, ProjectCompletion) and written_batch(a, draft, _BATCH_SUBJECT):
        draft.roles["subject_batch"] = True  # 3月2日，一批重点项目在甲高新区开工: park and date are enough
        return True
    if draft.cls is ProjectSigning and _signing_parties(a, draft):
        return True  # 一批医药企业和甲省签订合作协议: the parties unnamed and uncounted
    if draft.cls is Settlement and written_batch(a, draft, _SETTLER_BATCH):
        return True  # 一批外资金融企业入驻: settlers without a count; the park is still needed
    if draft.get("park") and not draft.get("project") and OBJECT_BATCH.match(a.text, end):
        draft.roles["object_batch"] = True  # 甲示范区签约、开工一批重点项目: a batch as the object, in a park
        return True
    return (draft.trigger.startswith("集中") and bool(draft.get("park")) and not draft.get("project")
            and not a.rules.modality.naming.match(a.text, end) and not a.text.startswith("的", end))


def written_batch(a: Article, draft: Draft, pattern: "re.Pattern[str]") -> bool:
    """Whether the clause before the trigger is a batch as its subject (``pattern``), not after a measure or a summary."""
    batch = pattern.fullmatch(a.text, a.clause_start(draft.pos, draft.segment[0]), draft.pos)
    return batch is not None and not _NO_BATCH.search(batch.group(1))


def _signing_parties(a: Article, draft: Draft) -> bool:
    """Whether a vague many of parties is the subject of a signing of an agreement (一批医药企业和甲省签订合作协议,
    首批试点城市和企业进行了现场签约), not after a measure or a summary, nor as a named party's partner."""
    batch = _PARTY_BATCH.fullmatch(a.text, a.clause_start(draft.pos, draft.segment[0]), draft.pos)
    if batch is None or _NO_BATCH.search(batch.group(1)) or _PARTNER.search(batch.group(1)):
        return False
    end = draft.pos + len(draft.trigger)
    if draft.trigger == "签约":
        return bool(batch.group(2)) and not a.rules.modality.naming.match(a.text, end)  # not 签约仪式
    return bool(_AGREEMENT.match(a.text, end))


def counted_later(a: Article, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without a batch whose count its brief gives (…第二批项目集中签约和开工。其中，开工项目47个…): one
    happening (not another brief's count in a roundup: 甲省100个项目集中开工。\n乙区重大项目集中开工\n…), nor a
    batch read from its subject when its brief has another aggregate of the type. The count's event takes the
    figures and the day the batch's sentence gives (``_take_batch``)."""
    keys = [(d.cls, brief_start(a, d.pos)) for d in drafts]
    # not a company's own (京东方已建成投产的7条生产线 counts no batch of the brief)
    counts = [(key, d) for key, d in zip(keys, drafts) if d.get("count") and not d.get("company")]
    counted = dict(counts)  # the last counted event of each type and brief
    aggregates_of = Counter(key for key, _ in counts)  # how many the brief has
    # a batch read from its subject yields to another aggregate of its brief (a lead and its body: 一批重点项目陆续开工。
    # …A、B等一批重点工程也陆续开工)
    aggregates = {key for key, d in zip(keys, drafts) if not d.get("project") and not d.get("subject_batch")}
    kept = []
    for key, d in zip(keys, drafts):
        if (d.get("batch") or (d.get("joined") or d).get("batch")) and not d.get("count") and key in counted and not (
                (d.get("joined") or d).get("object_batch")  # another park's count
                and counted[key].get("park") != d.get("park")):
            if aggregates_of[key] == 1:  # the brief's one count: the batch's (not 甲区复工200家…乙区70家)
                _take_batch(counted[key], d)
        elif not (d.get("subject_batch") and key in aggregates):
            kept.append(d)
    return kept


def _take_batch(counted: Draft, batch: Draft) -> None:
    """The batch's figures where its count's event has none (甲港42个项目开工 over 今天，甲港首批工程开工，…总投资37亿元),
    and its day where the count's date is only that day's year or month (今天（6月8日），甲省本季重点工程开工。本季甲省
    共开工项目86个: the happening is the day's; the quarter gives only the year)."""
    for role in ("investment", "annual_output", "date"):
        counted.fill(role, batch.get(role))
    day, date = batch.get("date"), counted.get("date")
    if isinstance(day, str) and isinstance(date, str) and day.startswith(date + "-"):  # 2021 -> 2021-06-28
        counted.roles["date"] = day


_NEAR = 300  # characters between two sentences of one report


def _roles(draft: Draft) -> tuple:
    """What an event says, without where (a figure by its text)."""
    return draft.trigger, tuple(sorted((k, str(getattr(v, "text", v))) for k, v in draft.roles.items()
                                       if v is not None and k != "joined"))


def one_per_count(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without a second aggregate of a type and count read shortly before in another sentence, with no
    park or date given differently (…任务完成，再开工20项工程。…等20项工程陆续开工: one aggregate); the first takes
    the roles it lacks."""
    first: dict[tuple, Draft] = {}
    kept = []
    for d in drafts:
        key = (d.cls, d.get("count"))
        if d.get("count") and not d.get("project") and key in first and first[key].sentence != d.sentence and (
                d.sentence[0] - first[key].sentence[1] < _NEAR) and not any(
                first[key].get(role) is not None and d.get(role) is not None and first[key].get(role) != d.get(role)
                for role in ("park", "date")) and _roles(d) != _roles(first[key]):  # a text repeated: each kept
            for role, value in d.roles.items():
                first[key].fill(role, value)
            continue
        first.setdefault(key, d)
        kept.append(d)
    return kept
