"""Text spans: sentences end at 。！？ (or a headline's line break), segments at ；, clauses at ，：；.

A run of text without any of 。！？ (a pasted table, a text without punctuation) is cut into sentences of at most
``LONGEST_SENTENCE`` characters, at the last clause mark before the limit, else at the limit: every stage looks
at most one sentence back from a trigger, so reading takes time linear in the text's length.
"""

import itertools
import re

BREAK = re.compile(r"[。！？!?]|\n")
CLAUSE_MARKS = "，,：:；;"
LONGEST_SENTENCE = 500  # the longest sentence of the fixtures has 237 characters
_SEGMENT_END = re.compile("[；;]")
_CLAUSE_MARK = re.compile(f"[{CLAUSE_MARKS}]")
_HEADLINE = 41  # a line this short ends at its line break (a headline); a longer one runs on
_LONG_HEADLINE = 70  # …unless it is a headline of parts set apart by blanks or a series title in 【】
_HEADLINE_PARTS = re.compile(r"^【|[^\s，,。；;、：:][ \u3000]+[^\s，,。；;、：:]")


def headline_line(line: str) -> bool:
    """Whether a line (stripped) may be a headline by its length: short, or of blank-separated parts or under a
    series title in 【】 (甲致信祝贺乙电站一期投产 丙作出批示 丁出席仪式)."""
    return 0 < len(line) <= _HEADLINE or (len(line) <= _LONG_HEADLINE and bool(_HEADLINE_PARTS.search(line)))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans without leading blanks: a sentence ends at 。！？ or at the line break after a short
    line (a headline); a long line broken off in mid-sentence (a pasted print page) runs on."""
    spans, start, runs_on = [], 0, False
    for match in BREAK.finditer(text):
        if match.group() == "\n":
            k = match.start()
            if not (k and text[k - 1] == "\n"):  # the first line break after a line: is the line long?
                line = text[text.rfind("\n", 0, k) + 1:k]
                runs_on = len(line) >= _HEADLINE and not (len(line) <= _LONG_HEADLINE and _HEADLINE_PARTS.search(line))
            if runs_on:
                continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    spans = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans]
    return [piece for a, b in spans if a < b for piece in _pieces(text, a, b)]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut into pieces of at most ``LONGEST_SENTENCE`` characters (see the module docstring)."""
    pieces = []
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        marks = [m.end() for m in _CLAUSE_MARK.finditer(text, start + 1, limit)]
        cut = marks[-1] if marks else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def segment_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The segments of a sentence (ended by ；)."""
    bounds = [start] + [m.end() for m in _SEGMENT_END.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
