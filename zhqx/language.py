"""The Language class of zhqx pipelines: spaCy's Chinese, with clear errors for wrong input."""

from spacy.lang.zh import Chinese
from spacy.tokens import Doc

from zhqx.errors import require_text


class ZhqxChinese(Chinese):
    """spaCy's ``Chinese``; calling it with anything but str or Doc raises ``TypeError`` naming the type.

    (Plain spaCy reads bytes as a serialized Doc and fails deep inside msgpack.)
    """

    def _ensure_doc(self, doc_like):
        if isinstance(doc_like, Doc):
            return doc_like
        return self.make_doc(require_text(doc_like))
