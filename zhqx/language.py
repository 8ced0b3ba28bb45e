"""The Language class of zhqx pipelines: spaCy's Chinese, with clear errors for wrong input."""

from spacy.lang.zh import Chinese
from spacy.tokens import Doc

from zhqx.errors import require_text


def _text_or_doc(value):
    return value if isinstance(value, Doc) else require_text(value)


class ZhqxChinese(Chinese):
    """spaCy's ``Chinese``; ``nlp(x)`` and ``nlp.pipe(xs)`` take str or Doc, anything else raises
    ``TypeError`` naming the type. (Plain spaCy reads bytes as a serialized Doc and fails deep
    inside msgpack; zhqx still passes Docs between its own worker processes that way.)
    """

    def __call__(self, text, **kwargs):
        return super().__call__(_text_or_doc(text), **kwargs)

    def pipe(self, texts, *, as_tuples=False, **kwargs):
        if as_tuples:
            checked = ((_text_or_doc(text), context) for text, context in texts)
        else:
            checked = (_text_or_doc(text) for text in texts)
        return super().pipe(checked, as_tuples=as_tuples, **kwargs)
