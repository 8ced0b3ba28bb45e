"""A subject that points back: a start or completion told of a facility named just before, often as background
of a report about something else (…输电工程今天送电。工程于2015年3月开工建设; 这座大桥从2003年开工起, 这个X项目，
在2016年建成投产). The subject is a pointer and a project head (这条铁路, 该大桥, 工程 opening its sentence): the
project is the last name before it with that head (in its sentence or the one before), as written; or a clause
of its own ending in the project's name (由…研发的X电站，在甘肃正式投产), which is the project. Between the subject
and the trigger stand only adverbs, a date and a place."""

import re
from functools import cache

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.roles.project import name_spans
from zhqx.types import ProjectCompletion, ProjectStart

_POINTER = r"(?:这|该|此)(?:[条座个项所处期]|一)?"
_ADVERBS = r"(?:[也已都均就早]|已经|正式|全面|顺利|全线|基本|相继|先后|率先|成功)*"
_DATE = (r"(?:(?:于|在|从|自)?(?:\d{4}年|去年|前年|今年)?(?:\d{1,2}月份?)?(?:\d{1,2}[日号])?"
         r"(?:[上中下]旬|底|初|末)?)?")
_PLACE = r"(?:在[^，,。；;：:、的\d]{1,8}?)?"  # 在甘肃敦煌
_BEFORE_TRIGGER = _ADVERBS + _DATE + _ADVERBS + _PLACE + _ADVERBS
_TO_TRIGGER = re.compile(_BEFORE_TRIGGER)  # 已于2016年1月, 在2016年, 从2003年: what may stand before the trigger
_OPENING_POINTER = re.compile(f"(?:{_POINTER})?")  # 这个X项目，…: the pointer before a topic's name


@cache
def _pointed(heads: str) -> "re.Pattern[str]":
    return re.compile(f"({_POINTER})?({heads}){_BEFORE_TRIGGER}")


def pointed_project(a: Article, draft: Draft, clause: int, i: int) -> str | None:
    """The project a start or completion's pointing subject refers to (see the module docstring), or None."""
    if draft.cls not in (ProjectStart, ProjectCompletion):
        return None
    heads = a.rules.lexicons["event_project_suffixes"].regex
    sentence = draft.sentence[0]
    subject = _pointed(heads).fullmatch(a.text, clause, i)
    if subject and (subject.group(1) or clause == sentence):  # a bare head only opening its sentence (工程于…)
        head = subject.group(2)
        floor = a.previous[0] if a.previous else sentence
        return next((name for _, _, name in reversed(name_spans(a, floor, clause))
                     if name.endswith(head) and name != head), None)
    if clause > sentence and _TO_TRIGGER.fullmatch(a.text, clause, i):  # 这个X项目，在2016年建成投产
        topic = a.clause_start(clause - 1, sentence)
        start = _OPENING_POINTER.match(a.text, topic, clause - 1).end()
        names = name_spans(a, start, clause - 1)
        if names and names[-1][1] == clause - 1:
            return names[-1][2]
    return None
