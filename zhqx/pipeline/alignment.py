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
    cuts = numpy.array(sorted(set(offsets)), dtype=numpy.int64)  # (numpy.unique costs more on so few)
    if not len(cuts) or not len(doc):
        return
    bounds = doc.to_array([IDX, LENGTH]).astype(numpy.int64)  # no Token objects: one row per token
    starts, ends = bounds[:, 0], bounds[:, 0] + bounds[:, 1]
    tokens = numpy.searchsorted(starts, cuts, side="right") - 1  # the last token starting at or before a cut
    inside = (tokens >= 0) & (starts[tokens] < cuts) & (cuts < ends[tokens])
    if not inside.any():
        return
    inner: dict[int, list[int]] = {}  # token index -> its cuts, relative to its start (both in text order)
    for i, cut in zip(tokens[inside].tolist(), (cuts - starts[tokens])[inside].tolist()):
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
