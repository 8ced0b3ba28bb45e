"""启动 of construction written without 建设 next to it (CONVENTIONS: (全面)启动 of construction): a named 工程 /
项目 or a batch of projects launched, with the investment of the works stated in the sentence (X工程今天启动，总投资…;
启动了200个重大项目，投资1万多亿) or what it does once built (X工程今天启动，建成后可…), or a batch's 建设
(启动512个交通项目建设), or 全面启动 right after the 项目 / 工程 / 重建 (X项目全面启动). A programme launched
without either (某救助项目今天启动, 惠民工程启动) is no start, nor a single 项目 named without works in it
(某茶叶扶贫项目启动，总投资2亿元: a programme; 某港区二期工程启动 is works: lexicon event_project_suffixes). A
zone's development launched (某先导区建设正式启动, 某科学城建设全面启动: the 建设 of a zone, not a construction) is
no start either. The 建设 / 改造 / 施工 launched with adverbs between (某老城区危房改造正式启动, 某港区配套建设就已提前启动)
is a start as 建设启动 is; so is a counted batch of 工程 or 线路 launched without a figure (四条跨省输水工程同时启动), not a
single 工程 (某乡村书屋工程启动: a programme). A pilot's 建设 launched (某智慧港口试点建设启动) is a programme tried
out, no start."""

import re

from zhqx.events.article import Article
from zhqx.events.roles.money import as_yuan, spent
from zhqx.lexicon import Lexicons

_OBJECT = re.compile(r"了?[^，,。；;！!？?]{0,30}?(?:项目|工程)[”」\"]?(?:(建设)|(?=[，,。；;、]|$))")  # 启动|了一批…项目，
# …工程|今天在某地|启动; a bracketed date counts as one (X工程今天（3月1日）在某地正式|启动)
_SUBJECT = re.compile(r"(?:项目|工程)[”」\"]?(?:[^，,。；;！!？?\d（(]|[（(][^）)]{1,12}[）)]){0,12}$")
# the adverbs between what is launched and 启动, one list for every pattern below (建设正式|启动, 工程同时|启动,
# 试点建设已|启动, 配套建设就已提前|启动)
_ADVERBS = "(?:已经?|正式|全面|提前|同时|集中|同步|全部|就|也|均|都|顺利|率先|相继|陆续|先后)"
_ZONE_BUILT = re.compile(rf"(?:开发)?建设(?:工作)?{_ADVERBS}*$")  # …先导区|建设正式|启动
# 建设 / 改造 / 施工, then adverbs, right before 启动 (危房改造正式|启动, 配套建设就已提前|启动; bare 建设|启动 is in the
# schema's trigger_context)
_WORKS_BEGUN = re.compile(rf"(?:建设|改造|施工){_ADVERBS}+$")
# a counted batch of 工程 or power or rail 线路 (two or more), then adverbs, right before 启动 (四条跨省输水工程同时|启动, 两条输电线路
# 今天同步|启动; not 一项大型的工程…)
_WORKS_BATCH = re.compile(r"(?<![\d一二两三四五六七八九十百千])(?:\d+|[两二三四五六七八九十百千][一二两三四五六七八九十百千]*)多?"
                          r"[条个项座处][^，,。；;]{0,16}(?:工程|(?:输电|输变电|电力|铁路)线路)[”」\"]?"
                          rf"(?:{_ADVERBS}|今天|昨天)*$")
_PILOT = re.compile(rf"试点(?:建设|工作){_ADVERBS}*$")  # 某智慧港口试点建设|启动: a pilot
_INVESTED = re.compile(r"投资(?:总额|额)?[^，,。；;\d]{0,4}$")  # 总投资超过|2000亿元 (not money spent: money.spent)
_BUILT_LATER = re.compile("(?:建成|竣工|完工|投产|投运)[^，,。；;]{0,4}?后")  # X工程今天启动，建成后年调蓄量…: works
# 全面启动 right after the 项目 / 工程 / 重建 it launches, a time or 已 between (X项目全面启动, 灾后重建工作今天全面启动,
# 首批8个治沙项目前天（5月3日）全面启动): the works as a whole begun; not 试点 / 普查 / 工作 alone, nor 工程在某地全面启动
_WHOLE = re.compile(r"(?:项目|工程|重建(?:工作)?)[”」\"]?(?:已经?|今天|昨天|今日|日前|近日|正式|[（(][^）)]{1,12}[）)])*"
                    r"全面$")


def launched(a: Article, i: int, j: int, start: int, end: int) -> bool:
    """Whether 启动 at ``i:j`` (its sentence ``start:end``) launches works (see the module docstring)."""
    text = a.text
    clause = a.clause_start(i, start)
    if "从" in text[clause:i]:
        return False  # 从项目启动到交割: a span, not a happening
    if _WHOLE.search(text, clause, i) or _WORKS_BEGUN.search(text, clause, i) or _WORKS_BATCH.search(text, clause, i):
        return True  # X项目全面启动, 危房改造正式启动, 四条跨省输水工程同时启动: works launched
    works = _OBJECT.match(text, j, a.phrase_end(j, end))
    if works and works.group(1):
        return bool(a.counts.between(j, works.end()))  # 启动512个交通项目建设 (not 17个省份启动了X项目建设)
    subject = None if works else _SUBJECT.search(text, clause, i)
    if not (works or subject):
        return False
    named = text[j:works.end()] if works else text[clause:subject.start() + 2]
    if named.endswith("项目") and not a.counts.between(clause, works.end() if works else i) and not any(
            head in named[:-2] for head in a.rules.lexicons["event_project_suffixes"] if head != "项目"):
        return False  # 某茶叶扶贫项目启动: a programme, no works named
    if _BUILT_LATER.search(text, j, end):
        return True
    return any(_INVESTED.search(before) and not spent(before) and as_yuan(a, q, before).kind == "money"
               for q in a.quantities.between(start, end) for before in (text[max(start, q.start - 12):q.start],))


def pilots(a: Article, i: int, clause: int) -> bool:
    """Whether 启动 at ``i`` launches a pilot's 建设 (某智慧港口试点建设启动, 试点建设正式启动): a programme tried
    out, no works begun."""
    return bool(_PILOT.search(a.text, clause, i))


def develops_zone(a: Article, i: int, clause: int) -> bool:
    """Whether 启动 at ``i`` launches a zone's development (青川先导区建设正式启动): a park, or a name ending as a park
    does (entity lexicons park_suffixes, zone_ends), then 建设 right before the trigger; not a counted batch of
    zones (12个省级农业示范区建设启动: their construction, a start aggregate)."""
    built = _ZONE_BUILT.search(a.text, clause, i)
    if not built or a.counts.between(clause, built.start()):
        return False
    k = built.start()
    return any(p[1] == k for p in a.parks.between(clause, k)) or a.text.endswith(
        a.entity_lexicons.derived(_zone_ends), clause, k)


def _zone_ends(lexicons: Lexicons) -> tuple[str, ...]:
    return tuple(lexicons["park_suffixes"]) + tuple(lexicons["zone_ends"])
