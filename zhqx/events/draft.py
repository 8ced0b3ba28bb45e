"""``Draft``: an event being filled by the stages, built into its ``zhqx.types`` event at the end."""

from dataclasses import dataclass, field
from typing import Any

from zhqx.types import Event


@dataclass
class Draft:
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
