"""Make character offsets token boundaries, splitting tokens the segmenter cut badly."""

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc


def split_at(doc: Doc, offsets) -> None:
    """Split every token that has one of ``offsets`` strictly inside it (in place).

    After this, ``doc.char_span(a, b)`` is a span for any ``a``, ``b`` in ``offsets``,
    so no mention is lost or truncated because of a segmentation error. spaCy does not
    move span groups when it splits tokens, so they are rebuilt from their characters.
    """
    cuts = sorted(set(offsets))
    splits = []
    for token in doc:
        start, end = token.idx, token.idx + len(token)
        inside = [o - start for o in cuts[bisect_right(cuts, start) : bisect_left(cuts, end)]]
        if inside:
            bounds = [0, *inside, len(token)]
            splits.append((token, [token.text[a:b] for a, b in zip(bounds, bounds[1:])]))
    if not splits:
        return
    groups = {name: [(s.start_char, s.end_char, s.label_) for s in group] for name, group in doc.spans.items()}
    with doc.retokenize() as retokenizer:
        for token, pieces in splits:
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
    for name, spans in groups.items():
        doc.spans[name] = [doc.char_span(start, end, label=label) for start, end, label in spans]
