"""Cues: where a word of a long list (the place names, the known names) may start in a text, found in C.

``StartCue(words)`` reads off the words, when built, their first two characters: one regular expression of two
character classes (a first character, then a second one) finds the few offsets where a word may start, and a
set of the words' first two characters keeps the true ones. A word added to a list is a cue once the list's cue
is built again (the grammar of a new ``Lexicons``). The rules then run only at those offsets: results are those
of a scan of every offset, in a fraction of its time.
"""

import re
from collections.abc import Iterable


class StartCue:
    """The offsets of a text where one of ``words`` may start (every offset where one starts, and few others), each
    with the lengths of the words that may start there."""

    def __init__(self, words: Iterable[str]):
        lengths: dict[str, set[int]] = {}
        for word in filter(None, words):
            lengths.setdefault(word[:2], set()).add(len(word))  # a one-character word: its only character
        singles = {head: sizes for head, sizes in lengths.items() if len(head) == 1}
        for head, sizes in lengths.items():
            sizes |= singles.get(head[0], set())
        self.lengths = {head: sorted(sizes, reverse=True) for head, sizes in lengths.items()}
        firsts = {head[0] for head in lengths if len(head) == 2}
        seconds = {head[1] for head in lengths if len(head) == 2}
        parts = [f"[{_chars(firsts)}](?=[{_chars(seconds)}])"] if firsts else []
        parts += [f"[{_chars(singles)}]"] if singles else []
        self.regex = re.compile("|".join(parts) or "(?!)")

    def starts(self, text: str) -> list[tuple[int, list[int]]]:
        """Offsets, left to right, where the first one or two characters of some word are written, each with the
        lengths of the words starting so, longest first."""
        lengths, found = self.lengths, []
        for match in self.regex.finditer(text):
            i = match.start()
            sizes = lengths.get(text[i:i + 2]) or lengths.get(text[i])
            if sizes:
                found.append((i, sizes))
        return found


def _chars(chars: set[str]) -> str:
    return "".join(map(re.escape, sorted(chars)))
