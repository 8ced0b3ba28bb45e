"""Make character offsets token boundaries, splitting tokens the segmenter cut badly."""

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc


def split_at(doc: Doc, offsets) -> None:
    """Split every token that has one of ``offsets`` strictly inside it (in place).

    After this, ``doc.char_span(a, b)`` is a span for any ``a``, ``b`` in ``offsets``,
    so no mention is lost or truncated because of a segmentation error. spaCy does not
    move span groups when it splits tokens, so they are rebuilt from their characters.
    """
    if not len(doc):
        return
    bounds = doc.to_array([IDX, LENGTH])  # no Token objects: one row per token
    starts = bounds[:, 0]
    cuts = numpy.fromiter(offsets, dtype=starts.dtype)
    tokens = starts.searchsorted(cuts, side="right") - 1  # the last token starting at or before a cut
    inside = (tokens >= 0) & (starts.take(tokens) < cuts) & (cuts < starts.take(tokens) + bounds[:, 1].take(tokens))
    if not inside.any():  # most calls: every offset is a token boundary already
        return
    cuts = numpy.array(sorted(set(cuts[inside].tolist())), dtype=starts.dtype)  # each once, in text order
    tokens = starts.searchsorted(cuts, side="right") - 1
    inner: dict[int, list[int]] = {}  # token index -> its cuts, relative to its start (both in text order)
    for i, cut in zip(tokens.tolist(), (cuts - starts[tokens]).tolist()):
        inner.setdefault(i, []).append(cut)
    splits = []
    for i, cut_list in inner.items():
        token = doc[i]
        pieces = [0, *cut_list, len(token)]
        splits.append((token, [token.text[a:b] for a, b in zip(pieces, pieces[1:])]))
    groups = {name: [(s.start_char, s.end_char, s.label_) for s in group] for name, group in doc.spans.items()}
    with doc.retokenize() as retokenizer:
        for token, pieces in splits:
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
    for name, spans in groups.items():
        doc.spans[name] = [doc.char_span(start, end, label=label) for start, end, label in spans]
