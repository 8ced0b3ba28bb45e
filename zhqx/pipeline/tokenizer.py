"""spaCy's ChineseTokenizer (segmenter "pkuseg") decoding with ``zhqx.segmentation.Segmenter``.

The model, its user dictionary and their serialization are exactly spaCy's
``ChineseTokenizer`` with ``segmenter = "pkuseg"``; only the decoding is replaced,
because the stock decoder is about 5x slower and knows nothing of half-width text.
"""

from spacy.lang.zh import ChineseTokenizer, _get_pkuseg_trie_data
from spacy.tokens import Doc
from spacy.util import minibatch, registry

from zhqx.errors import require_text
from zhqx.segmentation import Segmenter


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
        words, spaces = self.segmenter_for_model().words_and_spaces(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 64):
        """Docs of ``texts``, the same as one by one, decoded ``batch_size`` texts at a time (faster for short texts)."""
        for batch in minibatch(texts, batch_size):
            batch = [require_text(text) for text in batch]
            for words, spaces in self.segmenter_for_model().words_and_spaces_many(batch):
                yield Doc(self.vocab, words=words, spaces=spaces)

    def segmenter_for_model(self) -> Segmenter:
        """The fast decoder over the current pkuseg model and user dictionary (built on first use)."""
        if self._segmenter is None:
            if self.pkuseg_seg is None:
                raise ValueError("the pkuseg model is not loaded: use zhqx.load(), or nlp.initialize() with pkuseg_model")
            self._segmenter = Segmenter(self.pkuseg_seg, self._user_words())
        return self._segmenter

    def _user_words(self) -> list[str]:
        return [word for word, _ in _get_pkuseg_trie_data(self.pkuseg_seg.preprocesser.trie)]

    def initialize(self, *args, **kwargs):
        super().initialize(*args, **kwargs)
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
