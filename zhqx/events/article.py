"""``Article``: one text with its mentions indexed for the stages, and the events read so far."""

import datetime
import re

from zhqx.events.draft import Draft
from zhqx.events.spans import CLAUSE_MARKS
from zhqx.types import DateMention, Entity, Quantity

_GOVERNMENT = re.compile(r"(?:管委会|管理委员会|委员会|党工委|政府|办事处|局|委|厅|部|署|(?<!株式会)社)$")

class Article:
    """The text, its entities (parks, companies), quantities and dates; the events found so far
    (``events``), the span of the sentence before (``previous``) and ceremonies held in it (``held``)."""

    def __init__(self, text: str, entities: list[Entity], quantities: list[Quantity], dates: list[DateMention],
                 published: datetime.date | str | None):
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
        self.events: list[Draft] = []
        self.previous: tuple[int, int] | None = None  # the span of the sentence before
        self.held: dict[type, tuple] = {}  # ceremonies held in the sentence before, without roles of their own

    def clause_start(self, i: int, floor: int) -> int:
        """Where the clause holding ``i`` starts (after the last ，：； before it), not before ``floor``."""
        for k in range(i - 1, floor - 1, -1):
            if self.text[k] in CLAUSE_MARKS:
                return k + 1
        return floor

    def entity_at(self, i: int) -> Entity | None:
        """The (first) non-GPE entity covering offset ``i``."""
        return self.named_at.get(i)
