"""``Draft``: an event being filled by the stages, built into its ``zhqx.types`` event at the end."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from zhqx.types import Event, Mention


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

    def build(self, mention: Callable[[str, str, int], Mention], amended: Mapping[str, Any]) -> Event:
        """The event with the roles ``amended`` after it was emitted, its project, park and company as
        ``mention(role, name, near)`` (offsets in the text)."""
        names = set(self.cls.__dataclass_fields__)
        roles = {k: v for k, v in {**self.roles, **amended}.items() if k in names and v is not None}
        for role in ("project", "park", "company"):
            if role in roles:
                roles[role] = mention(role, roles[role], self.pos)
        return self.cls(trigger=self.trigger, sentence=self.sentence, **roles)
