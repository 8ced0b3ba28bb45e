"""spaCy's ChineseTokenizer (segmenter "pkuseg") decoding with ``zhqx.segmentation.Segmenter``.

The model, its user dictionary and their serialization are exactly spaCy's
``ChineseTokenizer`` with ``segmenter = "pkuseg"``; only the decoding is replaced,
because the stock decoder is about 5x slower and knows nothing of half-width text.
"""

from importlib import resources
from pathlib import Path

import regex
import spacy_pkuseg
from spacy.lang.zh import ChineseTokenizer, _get_pkuseg_trie_data
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry

from zhqx.errors import require_text
from zhqx.segmentation import Segmenter

_WHITESPACE = regex.compile(r"\s")
DOMAIN_TERMS = "default"


def packaged_model_dir() -> Path:
    """The pkuseg model directory inside the packaged pipeline."""
    return Path(str(resources.files("zhqx") / "resources" / "pipeline" / "tokenizer" / "pkuseg_model"))


def domain_terms(path: Path | str | None = None) -> list[str]:
    """The words of a user dictionary file (one a line, ``#`` comments and blank lines skipped);
    by default zhqx's domain terms, ``zhqx/resources/domain_terms.txt``."""
    if path is None:
        path = Path(str(resources.files("zhqx") / "resources" / "domain_terms.txt"))
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@registry.tokenizers("zhqx.ChineseTokenizer.v1")
def create_tokenizer():
    """Config entry point: ``@tokenizers = "zhqx.ChineseTokenizer.v1"``."""

    def make_tokenizer(nlp):
        return ZhqxTokenizer(nlp.vocab)

    return make_tokenizer


class ZhqxTokenizer(ChineseTokenizer):
    """A pkuseg ChineseTokenizer whose words always join back to the input text."""

    def __init__(self, vocab):
        super().__init__(vocab, segmenter="pkuseg")
        self._segmenter = None

    def __call__(self, text: str) -> Doc:
        require_text(text)
        words = self.segmenter_for_model().cut(text)
        if _WHITESPACE.search(text):
            words, spaces = get_words_and_spaces(words, text)
        else:
            spaces = [False] * len(words)
        return Doc(self.vocab, words=words, spaces=spaces)

    def segmenter_for_model(self) -> Segmenter:
        """The fast decoder over the current pkuseg model and user dictionary (built on first use)."""
        if self._segmenter is None:
            if self.pkuseg_seg is None:
                raise ValueError("the pkuseg model is not loaded: use zhqx.load() or nlp.initialize()")
            self._segmenter = Segmenter(self.pkuseg_seg, self._user_words())
        return self._segmenter

    def _user_words(self) -> list[str]:
        return [word for word, _ in _get_pkuseg_trie_data(self.pkuseg_seg.preprocesser.trie)]

    def initialize(
        self,
        get_examples=None,
        *,
        nlp=None,
        pkuseg_model: str | None = None,
        pkuseg_user_dict: str | None = DOMAIN_TERMS,
    ) -> None:
        """Load a segmentation model (``nlp.initialize()``, settings from ``[initialize.tokenizer]``).

        ``pkuseg_model``: a pkuseg model directory; ``None`` keeps the model already loaded (with its user
        dictionary), or loads the packaged one if there is none. ``pkuseg_user_dict``: applied with a newly
        loaded model: ``"default"`` for zhqx's domain terms, a file of words one a line, or ``None`` for none.
        """
        if pkuseg_model is None and self.pkuseg_seg is not None:
            return
        segmenter = spacy_pkuseg.pkuseg(str(pkuseg_model or packaged_model_dir()), user_dict=None)
        # pkuseg's post-processing word lists: spaCy serializes them, zhqx's decoder does not use them
        segmenter.postprocesser.common_words, segmenter.postprocesser.other_words = set(), set()
        self.pkuseg_seg = segmenter
        if pkuseg_user_dict is None:
            words = []
        else:
            words = domain_terms(None if pkuseg_user_dict == DOMAIN_TERMS else pkuseg_user_dict)
        self.pkuseg_update_user_dict(words, reset=True)
        self._segmenter = None

    def pkuseg_update_user_dict(self, words, reset=False):
        super().pkuseg_update_user_dict(words, reset=reset)
        if self._segmenter is not None:
            self._segmenter.set_user_words(self._user_words())

    def from_bytes(self, data, **kwargs):
        super().from_bytes(data, **kwargs)
        self._segmenter = None
        return self

    def from_disk(self, path, **kwargs):
        super().from_disk(path, **kwargs)
        self._segmenter = None
        return self
