"""A date inside a modifier of the subject dates the modifier's own happening, not the event reported after it
(上个月刚挂牌成立的X自贸区启动建设: the month is the founding's; 去年3月开工的X项目已建成: the month is the start's)."""

import re

from zhqx.events.article import Article

# After the date, within its clause: a few words (a place, an adverb), a verb of a happening, then 的 (刚刚挂牌成立的,
# 在甬州落户的, 开工建设的); the trigger words of the schema count as such verbs too.
_FOUNDED = re.compile("(?:挂牌|揭牌|批复|获批|正式|新|宣布)?(?:成立|设立|组建|挂牌|揭牌|获批)")
_BEFORE_VERB = re.compile(r"[^，,。；;：:的“”\d年月日]{0,6}")
_AFTER_VERB = re.compile(r"(?:建设|运营|运行|使用)?的")


def dates_a_modifier(a: Article, end: int, i: int) -> bool:
    """Whether the date ending at ``end`` stands in a modifier closed by 的 before the trigger at ``i`` (no clause mark between), with a
    verb of a happening (a founding or a trigger word) right before that 的."""
    span = _BEFORE_VERB.match(a.text, end, i)
    for k in range(end, span.end() + 1):
        for verb in (_FOUNDED.match(a.text, k, i), a.rules.schema.trigger_pattern.match(a.text, k, i)):
            if verb and verb.end() > k and (after := _AFTER_VERB.match(a.text, verb.end(), i)) and after.end() <= i:
                return True
    return False


# A quarter or half written straight into a batch (一季度43个重点项目, 第三季度11个重大项目): it names the batch.
_BATCH = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)[余多]?[个项批]")
_DATED_CUES = ("今年", "本年", "目前")  # VAGUE cues that still give the year or the report's time


def names_a_batch(a: Article, start: int, end: int, cue: str | None) -> bool:
    """Whether the quarter or half from ``start`` to ``end`` runs into the count of a batch after a vague time (``cue``: 日前,
    不久前, 这两天; not 今年): the batch's name, not the time of its happening, which stays vague (no date)."""
    if cue is None or cue.startswith(_DATED_CUES) or _BATCH.match(a.text, end) is None:
        return False
    return any(d.start == start and d.precision in ("quarter", "half") for d in a.dates.between(start, end))
