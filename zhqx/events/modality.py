"""Modality cues as data, in the style of medspaCy's ConText rules (``zhqx/rules/lexicons/modality.tsv``).

Each row is a cue: ``entry`` (the literal), ``category`` (PLANNED, NEGATED, POSTPONED, RESTORED: a service back
after a closure, 恢复通车, DOUBTED, CALLED_OFF, NAMING, RATE, STATE: an agreement between governments, EFFORT: help
toward a resumption, 帮助企业复工复产, PUSH: a push toward a resumption, a start or a completion, 推动企业复工复产,
抓紧推动项目开工, DONE: reported as done, 已, which ends the plan of a cue before it: 计划实施的搬迁项目已全部开工),
``direction`` (FORWARD: it modifies a trigger after it; BACKWARD: one before it; BIDIRECTIONAL: a cue of a plan that also cancels a trigger a few characters before it, 为开通运营做准备),
``scope`` (``clause``: anywhere before the trigger in its clause; ``adjacent``: right next to it; ``phrase``: within
a few characters after it, 开工|仪式, 签约暨集中开工|推进会; ``sentence``: the clauses of its sentence, see ``Modality.doubted``; ``ceremony``: inside a held ceremony's phrase) and ``not_after`` /
``not_before``: pseudo-literals that cancel it (将 but not 将近, 未 but not 未来, 拟 but not 模拟, 早 but not 早早).
A cue inside a name (东方希望集团) is no cue: ``not_done`` skips those its caller says are inside one.
"""

import re
from collections.abc import Callable, Iterable

from zhqx.lexicon import Lexicon
from zhqx.text.prefilter import Prefiltered

NOT_DONE = ("PLANNED", "NEGATED", "POSTPONED", "RESTORED")
_PHRASE_GAP = 6  # 集中开工|暨重大项目推进|会: the phrase's noun stands at most this far after the trigger
_HOW_DONE = "(?:全部|全面|正式|顺利|陆续|先后|相继|基本|均|都|也)*"  # 已|全部|开工: how it was done, after 已


class Modality:
    """The cues of one modality lexicon, compiled per use."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._not_done = Prefiltered(_pattern(lexicon, NOT_DONE, ("clause",)))  # for every trigger
        self._not_done_adjacent = re.compile(f"(?:{_pattern(lexicon, NOT_DONE, ('adjacent',)).pattern})$")
        self._done = re.compile(f"(?:{_pattern(lexicon, ('DONE',), ('adjacent',)).pattern}){_HOW_DONE}$")
        self._called_off = _pattern(lexicon, ("CALLED_OFF",), ("ceremony",))
        self._doubted = _pattern(lexicon, ("DOUBTED",), ("sentence", "clause"))
        self._state = _pattern(lexicon, ("STATE",), ("clause",))
        self._effort = _pattern(lexicon, ("EFFORT", "PUSH"), ("clause",))
        self._push = _pattern(lexicon, ("PUSH",), ("clause",))
        adjacent = _pattern(lexicon, ("NAMING", "RATE"), ("adjacent",)).pattern
        phrase = Lexicon(lexicon.name, tuple(row for row in lexicon.rows if row.get("category") == "NAMING" and row.get(
            "scope") == "phrase" or row.get("category") in NOT_DONE and row.get("direction") == "BIDIRECTIONAL")).pattern.pattern
        # After a trigger: a meeting, ceremony, plan or paper named after it (签约暨集中开工推进会), a rate (复工率), or a
        # cue of a plan that also reads backward (为开通运营做准备).
        self.naming = re.compile(f"{adjacent}|(?:暨[^，。；]*)?[^，,。；;：:、]{{0,{_PHRASE_GAP}}}?{phrase}")

    def not_done(self, text: str, lo: int, hi: int, inside: Callable[[int], object] | None = None) -> bool:
        """Whether ``text[lo:hi]`` (the clause before a trigger) says it has not happened (将, 计划, 未能, 推迟;
        早 right before it), unless it ends reporting it done (计划实施的X项目已全部|开工); a cue starting where
        ``inside`` is true (in a name) does not count."""
        if self._not_done_adjacent.search(text, lo, hi):
            return True
        if self._done.search(text, lo, hi):
            return False
        return any(inside is None or not inside(m.start()) for m in self._not_done.finditer(text, lo, hi))

    def called_off(self, phrase: str) -> bool:
        """Whether a held ceremony's phrase says it was not held as planned (将于…举行, 延期举行, 取消)."""
        return self.not_done(phrase, 0, len(phrase)) or bool(self._called_off.search(phrase))

    def between_states(self, text: str, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` (a signing's clause) names governments as its parties or a state document
        (与15个国家签署, 两地签署, 本币互换协议): no project signing (NOTES.md: intergovernmental documents)."""
        return bool(self._state.search(text, lo, hi))

    def effort(self, text: str, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` (the clause before a resumption) makes it an effort, not a happening (帮助,
        推动, 加紧: NOTES.md n078, n111)."""
        return bool(self._effort.search(text, lo, hi))

    def pushed(self, text: str, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` (the clause before a start or a completion) makes it a push toward it, not a
        happening (抓紧推动已批复项目开工; help given, 帮助X集团建成生产线, reports it)."""
        return bool(self._push.search(text, lo, hi))

    def doubted(self, text: str, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` doubts or denies a report (网传, 不实, 辟谣)."""
        return bool(self._doubted.search(text, lo, hi))


def _rows(lexicon: Lexicon, categories: Iterable[str], scopes: Iterable[str]) -> list[str]:
    return [row["entry"] for row in lexicon.rows if row.get("category") in categories and row.get("scope") in scopes]


def _pattern(lexicon: Lexicon, categories: Iterable[str], scopes: Iterable[str]) -> "re.Pattern[str]":
    chosen = set(_rows(lexicon, categories, scopes))
    return Lexicon(lexicon.name, tuple(row for row in lexicon.rows if row["entry"] in chosen)).pattern
