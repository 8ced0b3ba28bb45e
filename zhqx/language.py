"""The Language class of zhqx pipelines: spaCy's Chinese, with clear errors for wrong input, reading a long
text in chunks."""

import warnings
from itertools import accumulate

from spacy.lang.zh import Chinese
from spacy.tokens import Doc

from zhqx import chunking
from zhqx.errors import require_text


def _text_or_doc(value):
    return value if isinstance(value, Doc) else require_text(value)


class ZhqxChinese(Chinese):
    """spaCy's ``Chinese``; ``nlp(x)`` and ``nlp.pipe(xs)`` take str or Doc, anything else raises
    ``TypeError`` naming the type. (Plain spaCy reads bytes as a serialized Doc and fails deep
    inside msgpack; zhqx still passes Docs between its own worker processes that way.)

    ``nlp(text)`` runs a text longer than ``zhqx.chunking.CHUNK_CHARS`` chunk by chunk, as ``zhqx.extract``
    does (the rules cost more than linear time in a text's length), and joins the chunks' Docs into one.
    """

    def __call__(self, text, **kwargs):
        text = _text_or_doc(text)
        if isinstance(text, Doc) or len(text) <= chunking.CHUNK_CHARS:
            return super().__call__(text, **kwargs)
        spans = list(chunking.chunk_spans(text, chunking.CHUNK_CHARS))
        return _joined([super(ZhqxChinese, self).__call__(text[start:end], **kwargs) for start, end in spans])

    def pipe(self, texts, *, as_tuples=False, **kwargs):
        if as_tuples:
            checked = ((_text_or_doc(text), context) for text, context in texts)
        else:
            checked = (_text_or_doc(text) for text in texts)
        return super().pipe(checked, as_tuples=as_tuples, **kwargs)


def _joined(docs: list[Doc]) -> Doc:
    """One Doc of the chunks' ``docs``, the offsets inside zhqx's extension values (plain dicts) shifted
    from each chunk's to the whole text's."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W101\]")  # Doc extensions: joined below
        doc = Doc.from_docs(docs, ensure_whitespace=False)
    for key, value in doc.user_data.items():  # span extensions, their keys already shifted
        if isinstance(key, tuple) and len(key) == 4 and isinstance(value, dict) and "start" in value:
            doc.user_data[key] = _shifted(value, key[2] - value["start"])
    offsets = [0, *accumulate(len(d.text) for d in docs)]
    for name in ("zhqx_events", "zhqx_relations"):
        doc._.set(name, [_shifted(v, offset) for d, offset in zip(docs, offsets) for v in d._.get(name) or ()])
    doc._.zhqx_published = docs[0]._.zhqx_published
    return doc


def _shifted(value, delta: int):
    """``value`` (a dict or list of plain values) with every ``start``, ``end`` and ``sentence`` moved by
    ``delta``."""
    if isinstance(value, dict):
        return {
            key: item + delta if key in ("start", "end") and isinstance(item, int)
            else type(item)(i + delta for i in item) if key == "sentence" and isinstance(item, (list, tuple))
            else _shifted(item, delta)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_shifted(item, delta) for item in value]
    return value
