"""Known names: the company and media names and short forms of the names lexicon (``zhqx.names``:
京东方, 中石油, 西门子 …) where a name can start (after punctuation, a function word or a stop word).

Only forms of three or more characters: two-character short forms (时代, 现代) are common words and need
context (``lists``). A place or zone name and a common word (lexicon not_known_names: 老百姓, 机器人) is no mention.
"""

from functools import cache

from zhqx.entities.grammar import Candidate, Grammar
from zhqx.entities.scanning import after_stop_word, boundary, han
from zhqx.lexicon import Lexicon
from zhqx.names import name_forms

_KINDS = ("ORG", "MEDIA")
_SHORTEST = 3


@cache
def known_names() -> Lexicon:
    """The names lexicon's forms of companies and media (3+ characters) as one matcher (government bodies: the
    grammar and the national_bodies lexicon)."""
    forms = sorted(form for form in name_forms(_KINDS) if len(form) >= _SHORTEST and all(map(han, form)))
    return Lexicon.from_rows("known_names", ({"entry": form} for form in forms))


def known(text: str, grammar: Grammar) -> list[Candidate]:
    """The known names in ``text`` that start where a name can start."""
    found = []
    common = grammar["not_known_names"].entries
    for match in known_names().pattern.finditer(text):
        start, end = match.span()
        if match.group() in common or match.group() in grammar.places:  # 老百姓; 鄂尔多斯, 中关村
            continue
        if not (boundary(text, start, grammar) or after_stop_word(text, start, grammar)):
            continue
        found.append(Candidate(start, end, "ORG"))
    return found
