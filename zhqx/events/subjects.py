"""A lead's subject: a news lead reports a start or a completion as "<facility> <day> (在<place>) <trigger>"
(东江二号大桥今天正式开工建设，…; 云溪县第一所新建小学昨天在城关镇竣工), and the facility is the project even
when its name has no project head (项目, 工程, 基地): a bridge, a tunnel, a metro line, a power unit, a school.
A subject that names a batch (浙江一批重大项目今天集中开工, 两大电站正式开工) makes an aggregate without a project."""

import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.headlines import is_headline
from zhqx.events.roles import project
from zhqx.types import ProjectCompletion, ProjectStart

# the day of the report, a place, adverbs, right before the trigger
_DAY = re.compile(r"(?:今天|今日|昨天|昨日|于?(?:\d{4}年|去年|今年)?(?:\d{1,2}月)?\d{1,2}[日号]|于?(?:\d{4}年|去年|今年)?\d{1,2}月"
                  r"(?:[上中下]旬|底|初)?|于\d{4}年(?:底|初)?)(?:[（(][^）)]{1,12}[）)])?(?:上午|下午|中午|晚上|凌晨|傍晚)?"
                  r"(?:在[^，,。；;：:、的]{1,16}?)?(?:正式|全面|顺利|全线|率先|成功|集中|开通|建成|落成)*(?:实现了?)?"
                  r"(?:正式|全面|顺利|全线|首次)*$")
# adverbs before or after a place (X正式在Y奠基, X在Y正式投产), or a completion word before the trigger (落成通车)
# (and 实现 before the trigger: X实现全面投产, X实现通车; a plan's 预计…实现 is the modality's)
_ADVERBS = re.compile(r"(?:正式|全面|顺利|全线|率先|成功|基本|提前)*(?:在[^，,。；;：:、的]{1,16}?)?"
                      r"(?:(?:正式|全面|顺利|全线|率先|成功|基本|提前|开通|落成|相继|陆续|先后|纷纷|密集)+|"
                      r"(?:正式|全面|顺利|全线|率先|成功|基本|已经?)*实现了?(?:正式|全面|顺利|全线|首次)*)$"
                      r"|(?:正式|全面|顺利)*在[^，,。；;：:、的]{1,16}?$")
# a sentence opening with the day of the report alone (今天（9月1日），X正式投产), a recent time (日前，) or a year
# (去年，X等一大批重点工程相继开工建设)
_DAY_CLAUSE = re.compile(r"(?:(?:今天|今日|昨天|昨日)(?:[（(][^）)]{1,12}[）)])?(?:上午|下午|中午|晚上|凌晨|傍晚)?"
                         r"|日前|近日|近期|前不久|不久前|最近|(?:去年|今年|前年|\d{4}年)(?:\d{1,2}月)?)[，,]")
# a short setting alone before the lead (在深圳，X已经破土动工; 新年伊始，一批大工程开工建设; 南海之滨，…)
_SETTING = re.compile(r"[^，,。；;：:、的\d]{2,6}[，,]")
# after the trigger: the construction word or what the facility is for (建成入住, 建成并交付), then the clause ends (or
# one more verb follows: 集中开工、签约)
_CLAUSE_END = re.compile(r"(?:(?:全面)?建设|施工|发电|运营|运行|并?(?:入住|交付使用|交付|开放))?(?:[，,。；;！!\n]|$|、(?=[^，,。；;、]{2,4}(?:[，,。；;！!\n]|$)))")
_APPOSITION = re.compile(r".*(?:——|--| |之一)")  # 广西首条地铁——X线: the name after the dash (or a headline's space)
_MODIFIER = re.compile(r".*的")  # 由三国共建的X大桥: the name after the last 的
_NOT_A_NAME = re.compile(r"^(?:这|那|该|我|他|她|它|其|记者|全国|全省|全市|全县|一[家个座所])|(?<!配)[万千]?套|[户人]$|大半|近半|部分|多数|[省市县]$|地区$")
# 今天X线正式通车: the day before the subject; 随着X正式开诊，…: the happening the sentence goes on from
_HEAD = re.compile(r"^(?:今天|今日|昨天|昨日|目前|如今|日前|近日|近期|最近|前不久|不久前|随着)")
_TAIL = re.compile(r"(?:(?:日前|近日|近期|最近|目前)(?:也|都|已经?|均|还|全部|基本)*|就?(?:也|都|已经?|均|还|全部|基本|相继|陆续|先后|纷纷|密集)+|(?:全面)?建成)$")  # X也正式竣工, X日前在…开工,
# X就已提前启动
# a batch, not one named facility: 一批, 9个, 两大, or a project noun left unnamed (重大项目, 民生工程)
_BATCH = re.compile(r"一大?批|(?<![第首一二两三四五六七八九十几百千\d])[一二两三四五六七八九十几百千\d]+(?:个|项|座|大|条|家|所|批)|(?:项目|工程)$")
_MEASURE = re.compile("推进|加快|推动|积极|支持|促进|确保|实现|要求|组织|部署|完成|开展|宣布|出席|标志")  # a measure or an act, not a subject
_SHORTEST, _LONGEST = 4, 30
# A quoted name after what it is (安置小区“甲新城”) or before a bare kind (“乙云”平台): the name is what is quoted
# (NOTES n043; project.py's _QUOTED for names with a head word)
_QUOTED_NAME = re.compile(r"^[^“”]*“([^“”]{4,})”(?:平台|项目)?$")
# An institution whose building starts or is completed (X大学今天开工): the facility, not a company acting
_BUILT_INSTITUTION = re.compile(r"(?:大学|学院|医院|学校|中学|小学|研究院|博物馆|图书馆|体育馆|科技馆|美术馆)$")


def lead_subject(a: Article, draft: Draft, clause: int, i: int) -> str | None:
    """The facility a lead clause opens with, for a start or completion with no project found (see the module
    docstring), as written after an apposition's dash and its modifiers; "" for a batch; None when the clause
    is no such lead."""
    if draft.cls not in (ProjectStart, ProjectCompletion):
        return None
    end = i + len(draft.trigger)
    if not _CLAUSE_END.match(a.text, end):
        return None
    day = _DAY.search(a.text, clause, i)
    stop = day.start() if day else clause
    if stop <= clause:  # 东江二号大桥正式开工建设: a lead without its day, opening its sentence
        adverbs = _ADVERBS.search(a.text, clause, i)
        stop = adverbs.start() if adverbs else i
        day_clause = a.clause_start(clause - 1, draft.sentence[0])  # after a dateline (…消息：今天，X…)
        opening = clause == draft.sentence[0] or (_DAY_CLAUSE.fullmatch(a.text, day_clause, clause) or _SETTING.fullmatch(
            a.text, day_clause, clause)) and (day_clause == draft.sentence[0] or a.text[day_clause - 1] in "：:")
        quoted = a.text[stop - 1:stop] == "”"  # 由X援建的“青禾农贸市场”竣工: a name in quotes
        if stop <= clause or not (adverbs or quoted or a.text.startswith(("建设", "施工", "。", "入住", "交付", "并交付"), end) or (
                opening and is_headline(a, draft.sentence))) or not (
                opening or _APPOSITION.match(a.text, clause, stop)):
            return None
    subject = a.text[clause:stop]
    if _MEASURE.search(subject):
        return None
    subject = subject[_APPOSITION.match(subject).end():] if _APPOSITION.match(subject) else subject
    subject = subject[_MODIFIER.match(subject).end():] if _MODIFIER.match(subject) else subject
    subject = _TAIL.sub("", _HEAD.sub("", subject)).strip(" \u3000\"")
    subject = project.without_rank(subject, _SHORTEST)  # 我国首座海上换流站: the facility after its rank
    if subject.count("“") != subject.count("”") or re.fullmatch("“[^“”]+”", subject):  # “X市场”: X市场 (NOTES n043)
        subject = subject.strip("“”")
    elif quoted := _QUOTED_NAME.match(subject):  # 安置小区“甲新城”, “乙云”平台: the name in the quotes
        subject = quoted.group(1)
    if not _SHORTEST <= len(subject) <= _LONGEST or _NOT_A_NAME.search(subject) or _MEASURE.search(subject):
        return None
    if _BATCH.search(subject):
        return ""
    if re.search(r"[，,：:\d]$", subject):
        return None
    start = a.text.rfind(subject, clause, stop)
    if any(e.label == "PERSON" or e.label == "ORG" and not _BUILT_INSTITUTION.search(e.text)
           for e in _entities_over(a, start, start + len(subject))):
        return None  # a company or person acting: its own role (a university being built is the facility)
    return subject


def _entities_over(a: Article, start: int, end: int) -> list:
    """The entities covering the whole of ``start:end``."""
    e = a.entity_at(start)
    return [e] if e is not None and e.start <= start and e.end >= end else []
