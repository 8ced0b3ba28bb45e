"""``Article``: one text with its mentions indexed for the stages, and the events read so far.

Every lookup the stages make is by position (bisection over mentions sorted by start) or by key, never a scan
of the whole article, so reading an article takes time linear in its length.
"""

import datetime
import re
from bisect import bisect_left
from functools import cached_property
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from zhqx.events.draft import Draft
from zhqx.events.spans import BREAK, CLAUSE_MARKS
from zhqx.events.spec import EventRules
from zhqx.lexicon import Lexicons, default_lexicons
from zhqx.numbers.dates import dateline_date
from zhqx.types import DateMention, Entity, Mention, Quantity

def _credit_cues(lexicons: Lexicons) -> tuple[str, ...]:
    """What follows a news organisation named as the report's source (X消息, X讯, 据X报道, X记者): the entity
    stage's ``media_cues`` lexicon. Such an organisation is no event's company."""
    return tuple(lexicons["media_cues"])


_GOVERNMENT = re.compile(r"(?:管委会|管理委员会|委员会|党工委|政府|办事处|局|委|厅|部|署|(?<!株式会)社)$")
_T = TypeVar("_T")
_PHRASE_END = re.compile(r"[，,：:；;。！？!?\n]")
_LABELS = {"park": "PARK", "company": "ORG"}


class ByStart(Generic[_T]):
    """Items sorted by their start offset (stably), looked up by a range of starts."""

    def __init__(self, items: Iterable[_T], start: Callable[[_T], int] = lambda item: item.start):
        self.items = sorted(items, key=start)
        self.starts = [start(item) for item in self.items]

    def __iter__(self) -> Iterator[_T]:
        return iter(self.items)

    def between(self, lo: int, hi: int) -> list[_T]:
        """The items with ``lo <= start < hi``, in order."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def before(self, at: int) -> Iterator[_T]:
        """The items starting before ``at``, last first."""
        for k in range(bisect_left(self.starts, at) - 1, -1, -1):
            yield self.items[k]


class Article:
    """The text, its entities (parks, companies), quantities and dates; the events found so far
    (``events``), the span of the sentence before (``previous``) and ceremonies held in it (``held``);
    ``entity_lexicons``: those the entities were found with (``default_lexicons()`` when None)."""

    def __init__(self, text: str, entities: list[Entity], quantities: list[Quantity], dates: list[DateMention],
                 published: datetime.date | str | None, rules: EventRules, entity_lexicons: Lexicons | None = None):
        self.text = text
        self.rules = rules
        self.entity_lexicons = default_lexicons() if entity_lexicons is None else entity_lexicons
        self.resuming = "复工" in text or "复产" in text  # the article speaks of enterprises opening again
        self.entities = ByStart(entities)
        self.quantities = ByStart(quantities)
        self.counts = ByStart(q for q in self.quantities if q.kind == "count")
        self.dates = ByStart(dates)
        self.date_inner = {k for d in self.dates for k in range(d.start + 1, d.end + 1)}  # d.start < k <= d.end
        self.published = datetime.date.fromisoformat(published) if isinstance(published, str) else published
        park_names = {e.text for e in self.entities if e.label == "PARK"}
        parks = []  # (start, end, park name): PARK entities and the park of a 管委会-like ORG
        for e in self.entities:
            if e.label == "PARK":
                parks.append((e.start, e.end, e.text))
            elif e.label == "ORG" and _GOVERNMENT.search(e.text):
                name = max((p for p in park_names if e.text.startswith(p)), key=len, default=None)
                if name:
                    parks.append((e.start, e.start + len(name), name))
        self.parks = ByStart(parks, lambda p: p[0])
        self.park_endings: dict[str, dict[str, int]] = {}  # an ending of park names -> {name: where first named}
        for start, _, name in self.parks:
            for k in range(len(name)):
                self.park_endings.setdefault(name[k:], {}).setdefault(name, start)
        self.companies = ByStart(  # not 青川网 of 青川网消息: a source, no actor
            e for e in self.entities if e.label == "ORG" and not _GOVERNMENT.search(e.text)
            and not self.text.startswith(self.entity_lexicons.derived(_credit_cues), e.end))
        self.company_first: dict[str, int] = {}  # company name -> its first mention's rank
        for rank, e in enumerate(self.companies):
            self.company_first.setdefault(e.text, rank)
        self.named_at: dict[int, Entity] = {}  # offset -> the (first) non-GPE entity covering it
        for e in self.entities:
            if e.label != "GPE":
                for k in range(e.start, e.end):
                    self.named_at.setdefault(k, e)
        self.clause_marks = [m.start() for m in re.finditer(f"[{CLAUSE_MARKS}]", text)]
        self.breaks = [m.start() for m in BREAK.finditer(text)]
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.full_names: dict[str, tuple[int, str] | None] = {}  # a project name -> where and how first written in full
        self.name_steps: dict[int, int | None] = {}  # the walk back over a project name (roles/project.py)
        self.events: list[Draft] = []
        self.previous: tuple[int, int] | None = None  # the span of the sentence before
        self.held: dict[type, tuple] = {}  # ceremonies held in the sentence before, without roles of their own
        self.referred: dict[tuple[int, int], list[Draft]] = {}  # segment -> earlier events it speaks of
        self.amended: dict[int, dict[str, object]] = {}  # id(emitted event) -> roles found later (see fill)
        self._rank: dict[int, int] = {}  # id(event) -> its place in ``events``
        self._by_tail: dict[str, list[Draft]] = {}  # last character of a project name -> events
        self._last: dict[str, Draft] = {}  # role -> the last event with it
        self._last_count: dict[type, Draft] = {}  # event type -> the last aggregate of that type
        self._by_sentence: dict[tuple[int, int], list[Draft]] = {}

    @cached_property
    def dateline(self) -> str | None:
        """The report's day (the dateline's, see ``dateline_date``): 今天 / 昨天 count from it."""
        dateline = dateline_date(self.text, published=self.published) if self.text.strip() else None
        return dateline.value if dateline else None

    # -- positions -----------------------------------------------------------------------------------

    def clause_start(self, i: int, floor: int) -> int:
        """Where the clause holding ``i`` starts (after the last ，：； before it), not before ``floor``."""
        k = bisect_left(self.clause_marks, i) - 1
        return max(self.clause_marks[k] + 1, floor) if k >= 0 else floor

    def clause_end(self, j: int, limit: int) -> int:
        """The first ，：； at or after ``j``, not after ``limit``."""
        k = bisect_left(self.clause_marks, j)
        return min(self.clause_marks[k], limit) if k < len(self.clause_marks) else limit

    def phrase_end(self, j: int, limit: int | None = None) -> int:
        """The first clause or sentence mark (，：；。！？ or a line break) at or after ``j`` and before ``limit``,
        else ``limit`` (the text's end by default)."""
        limit = len(self.text) if limit is None else limit
        end = _PHRASE_END.search(self.text, j, limit)
        return end.start() if end else limit

    def line_start(self, k: int) -> int:
        """The end of the last sentence break (。！？ or a line break) before ``k``, else 0."""
        n = bisect_left(self.breaks, k) - 1
        return self.breaks[n] + 1 if n >= 0 else 0

    def entity_at(self, i: int) -> Entity | None:
        """The (first) non-GPE entity covering offset ``i``."""
        return self.named_at.get(i)

    def mention(self, role: str, name: str, near: int) -> Mention:
        """The mention of ``name`` (a project, park or company role) nearest before ``near`` (the trigger), else
        the first after it."""
        start = self.text.rfind(name, 0, near + len(name))
        if start < 0:
            start = self.text.find(name, near)
        return Mention(text=name, start=start, end=start + len(name), label=_LABELS.get(role))

    def first_company_prefix(self, name: str) -> str | None:
        """The company named first in the article whose name starts ``name``."""
        ranks = [(rank, name[:n]) for n in range(1, len(name) + 1) if (rank := self.company_first.get(name[:n])) is not None]
        return min(ranks)[1] if ranks else None

    # -- events read so far --------------------------------------------------------------------------

    def emit(self, drafts: Iterable[Draft]) -> None:
        """Add the events of a sentence (their roles are final)."""
        for draft in drafts:
            self._rank[id(draft)] = len(self.events)
            self.events.append(draft)
            self._by_sentence.setdefault(draft.sentence, []).append(draft)
            for role in ("project", "park", "date"):
                if draft.get(role):
                    self._last[role] = draft
            if draft.get("date") and len(draft.get("date")) in (5, 10):
                self._last["day"] = draft
            if draft.get("count"):
                self._last_count[draft.cls] = draft
            if draft.get("project"):
                for tail in _tails(draft.get("project")):
                    self._by_tail.setdefault(tail, []).append(draft)

    def fill(self, draft: Draft, role: str, value: object) -> None:
        """Give ``draft`` a role it lacks; for an event already emitted, as an amendment kept here (its figures
        in a later sentence: 该项目总投资9.3亿元), applied when the events are built."""
        if id(draft) not in self._rank:
            draft.fill(role, value)
        elif value is not None and self.role(draft, role) is None:
            self.amended.setdefault(id(draft), {})[role] = value

    def role(self, draft: Draft, role: str) -> object:
        """A role of ``draft``, with the amendments of an emitted event."""
        value = draft.get(role)
        return self.amended.get(id(draft), {}).get(role) if value is None else value

    def last_with(self, role: str) -> Draft | None:
        """The last event with ``role`` (``day``: with a date that has a day)."""
        return self._last.get(role)

    def last_count(self, cls: type) -> Draft | None:
        return self._last_count.get(cls)

    def of_sentence(self, sentence: tuple[int, int]) -> list[Draft]:
        return self._by_sentence.get(sentence, [])

    def with_project_like(self, name: str) -> list[Draft]:
        """The events whose project may be ``name``, in order: those whose name without its phase ends in the
        same (up to) four characters; for a bare phase such as 二期, those with a phase."""
        return self._by_tail.get(_tail(name), [])

    def refer(self, event: Draft, segment: tuple[int, int]) -> None:
        """Note that ``segment`` speaks of the earlier ``event`` (集中开工的项目总投资…)."""
        self.referred.setdefault(segment, []).append(event)

    def referred_by(self, segment: tuple[int, int]) -> list[Draft]:
        """The earlier events that ``segment`` speaks of, in reading order."""
        events = {id(d): d for d in self.referred.get(segment, ())}.values()
        return sorted(events, key=lambda d: self._rank[id(d)])


_TAIL = 4
PHASE = r"(?:[一二三四五六首]期(?:工程|项目)?)"  # a project's phase: 项目二期, 首期工程, 二期工程
PHASE_END = re.compile(PHASE + "$")


def _tail(name: str) -> str | None:
    """The last (up to) four characters of a project name without its trailing phase; None for a bare phase."""
    return PHASE_END.sub("", name)[-_TAIL:] or None


def _tails(name: str) -> list[str | None]:
    """The keys of a known project name: every ending of its tail, and None when it has a phase."""
    bare = PHASE_END.sub("", name) or name
    return [bare[-n:] for n in range(1, min(_TAIL, len(bare)) + 1)] + ([None] if PHASE_END.search(name) else [])
