"""Values of a Doc computed once and shared by zhqx's components, kept only as long as the Doc lives.

spaCy joins the tokens again on every ``doc.text``; a Doc's text never changes (retokenizing keeps it),
so it is joined once here for every component and for the ``Extraction``.
"""

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: "WeakKeyDictionary[Doc, str]" = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined on the first call for this Doc only."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
