"""Pure-Python entity grammar: ORG, PARK, GPE and PERSON mentions in Chinese news text.

A name is a suffix (…高新区, …有限公司, …管委会) plus the prefix found by scanning left from it (``scanning``);
then parks, organisations and people, every later mention of a name or of its short form (``aliases``), and only
the longest of overlapping names is kept (``resolution``). The word lists are the lexicons of
``zhqx/rules/lexicons`` (``zhqx.lexicon``); pass your own ``Lexicons`` to extend them.
"""

from collections.abc import Mapping

from zhqx.entities.aliases import mentions
from zhqx.entities.apposition import appositions
from zhqx.entities.brands import brands
from zhqx.entities.described import described
from zhqx.entities.grammar import IN_PROJECT, Candidate, Grammar, grammar_for
from zhqx.entities.known import known
from zhqx.entities.lists import listed_companies
from zhqx.entities.media import media
from zhqx.entities.org_units import org_units
from zhqx.entities.organisations import organisations, short_companies
from zhqx.entities.parks import nested_parks, parks, quoted_parks
from zhqx.entities.people import people
from zhqx.entities.projects import in_projects
from zhqx.entities.resolution import resolve
from zhqx.entities.scanning import TextIndex, place_chains, place_units
from zhqx.entities.stationed import stationed
from zhqx.errors import require_text
from zhqx.lexicon import Lexicons
from zhqx.types import Entity

__all__ = ["find_entities", "entity_mentions", "mention_spans", "Candidate", "IN_PROJECT"]


def find_entities(text: str, *, places: Mapping[str, str] | None = None,
                  lexicons: Lexicons | None = None) -> list[Entity]:
    """ORG, PARK, GPE and PERSON mentions in ``text``, non-overlapping and sorted by offset (arguments as for
    ``entity_mentions``)."""
    return [e for e in entity_mentions(text, places=places, lexicons=lexicons) if e.label != IN_PROJECT]


def entity_mentions(text: str, *, places: Mapping[str, str] | None = None,
                    lexicons: Lexicons | None = None) -> list[Entity]:
    """The entities of ``find_entities`` plus the company names written as the first words of a project's or
    facility's name (label ``IN_PROJECT``: no ORG mention, but part of the project's name for the events).

    ``places`` maps place and zone names to "GPE" or "PARK"; by default the packaged gazetteer (every name and
    short alias) plus the countries and bare zone names of the lexicons. ``lexicons``: the word lists (None: the
    shipped ones, ``zhqx.lexicon.default_lexicons()``).
    """
    require_text(text)
    return [Entity(text=text[start:end], label=label, start=start, end=end)
            for start, end, label in mention_spans(text, places=places, lexicons=lexicons)]


def mention_spans(text: str, *, places: Mapping[str, str] | None = None,
                  lexicons: Lexicons | None = None) -> list[Candidate]:
    """The mentions of ``entity_mentions`` as sorted (start, end, label), no ``Entity`` objects (the pipeline's)."""
    grammar = grammar_for(lexicons)
    places = grammar.places if places is None else places
    units = place_units(text, places, grammar)
    found = [Candidate(start, end, places[text[start:end]]) for end, start in units.items()
             if not (places[text[start:end]] == "PARK" and (grammar.facility.match(text, end) or  # 松山湖|校区,
                                                           text[start:end] in grammar.lone_zones))]  # 横琴 alone: a place
    found += place_chains(text, units, places, grammar)
    zones = nested_parks(text, parks(text, units, places, grammar), units, places, grammar)
    barriers = {end: start for start, end, _ in zones if not grammar.weak_park_end.search(text, start, end)}
    found += zones + quoted_parks(text, grammar)
    found = [c for c in found if c.label != "PARK" or not (grammar.park_event.match(text, c.end)  # 中关村|论坛
                                                           or _listed_seat(text, c, grammar))]
    found += organisations(text, units, barriers, grammar)
    found += media(text, grammar) + listed_companies(text, units, grammar) + known(text, grammar) + brands(text, grammar)
    index = TextIndex(text)
    found += appositions(text, grammar) + described(text, grammar) + stationed(text, found, grammar)
    found += short_companies(text, units, grammar, index)
    found += org_units(text, found, grammar)
    found += [Candidate(start, end, "PERSON") for start, end in people(text, grammar)]
    first = resolve(found, [], len(text))
    named = [entity for entity in first if entity.label != "GPE" and text[entity.start:entity.end] not in places]
    # a short form may contain a place or a bare zone name: 宁德时代, 光谷激光
    entities = resolve(mentions(text, named, found, places, grammar, index) + first, named, len(text))
    entities = [e for e in in_projects(text, entities, grammar)
                if e.label != "ORG" or not grammar.park_event.match(text, e.end)]  # 星澜学会|年会: an event's name
    return sorted(entities)


def _listed_seat(text: str, zone: Candidate, grammar: Grammar) -> bool:
    """Whether a zone is one of a list of seats of counted institutions (怀柔、张江、合肥三个科学中心)."""
    listed = grammar.park_listed.match(text, zone.end)
    return bool(listed) and ("、" in listed.group() or text[zone.start - 1:zone.start] == "、")
