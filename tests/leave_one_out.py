"""Leave-one-out over lexicon entries: removing an entry must change the result of its own example.

Shared by the lexicon integrity tests (entities and events each pass their own ``extract``) and by
``scripts/check_lexicons.py --mutants``.
"""

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from zhqx.lexicon import Lexicons

Extract = Callable[[str, Lexicons], Any]


def surviving_mutants(lexicons: Lexicons, names: Iterable[str], extract: Extract) -> Iterator[tuple[str, str, str]]:
    """(lexicon, entry, example) for each entry whose removal leaves the extraction of its example unchanged."""
    for name in names:
        lexicon = lexicons[name]
        for row in lexicon.rows:
            example = row["example"]
            mutant = lexicons.replaced(lexicon.without(row["entry"]))
            if extract(example, lexicons) == extract(example, mutant):
                yield name, row["entry"], example


def entity_extraction(text: str, lexicons: Lexicons) -> tuple:
    """The entity stage and the relations over its mentions, as comparable tuples (no spaCy pipeline: fast)."""
    from zhqx.entities import find_entities
    from zhqx.relations import find_relations

    entities = find_entities(text, lexicons=lexicons)
    relations = find_relations(text, entities=entities, quantities=[], lexicons=lexicons)
    return (tuple((e.start, e.end, e.label) for e in entities),
            tuple((r.type, r.head.start, r.tail.start, r.title) for r in relations))


def owned_by_entities(lexicons: Lexicons) -> list[str]:
    """The lexicons of the entity stage and the relations: all but the event and modality ones."""
    return [name for name in lexicons if not name.startswith(("event_", "modality"))]
