"""Typed events in Chinese economic news: signings, starts, completions, settlements, investments, resumptions.

Pure Python rules (no spaCy) over the text and the mentions found by ``zhqx.entities``, ``quantities`` and
``dates``, following ``CONVENTIONS.md``, read in stages: text spans (``spans``), trigger candidates and whether
each reports a happening (``triggers``), one resolver per role (``roles``), discourse (``discourse``: 该项目,
aggregates and their members) and the orchestration (``reader``). Nothing is guessed: a role the text does not
give stays None.
"""

from zhqx.events.reader import find_events
from zhqx.events.spec import EventRules, EventSchema, EventType

__all__ = ["EventRules", "EventSchema", "EventType", "find_events"]
