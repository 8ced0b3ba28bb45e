"""Text spans: sentences end at 。！？ (or a headline's line break), segments at ；, clauses at ，：；."""

import re

CLAUSE_MARKS = "，,：:；;"
BREAK = re.compile(r"[。！？!?]|\n")
_SEGMENT_END = re.compile("[；;]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans without leading blanks: a sentence ends at 。！？ or at the line break after a short
    line (a headline); a long line broken off in mid-sentence (a pasted print page) runs on."""
    spans, start = [], 0
    for match in BREAK.finditer(text):
        if match.group() == "\n":
            k = match.start()
            while k and text[k - 1] == "\n":
                k -= 1
            if k - text.rfind("\n", 0, k) > 41:
                continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    spans = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans]
    return [(a, b) for a, b in spans if a < b]


def segment_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds = [start] + [m.end() for m in _SEGMENT_END.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]
