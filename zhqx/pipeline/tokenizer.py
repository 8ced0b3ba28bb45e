"""spaCy's ChineseTokenizer (segmenter "pkuseg") decoding with ``zhqx.segmentation.Segmenter``.

The model, its user dictionary and their serialization are exactly spaCy's
``ChineseTokenizer`` with ``segmenter = "pkuseg"``; only the decoding is replaced,
because the stock decoder is about 5x slower and knows nothing of half-width text.
``to_disk`` also writes the decoder's tables (``zhqx_segmenter/``, ``zhqx.segmentation_tables``), and
``from_disk`` maps them into memory instead of unpacking the model's features, which it reads into a
``spacy_pkuseg.pkuseg`` object only when something asks for ``pkuseg_seg`` (saving, a new user dictionary).
"""

import re
import tempfile
from importlib import resources
from pathlib import Path

import spacy_pkuseg
import srsly
from spacy.attrs import LIKE_NUM
from spacy.lang.zh import ChineseTokenizer, _get_pkuseg_trie_data
from spacy.lang.zh import lex_attrs as zh_lex_attrs
from spacy.tokens import Doc
from spacy.util import minibatch, registry

from zhqx.errors import require_text
from zhqx.pipeline.shared import known_text
from zhqx.segmentation import Segmenter
from zhqx.segmentation_tables import build_tables, load_tables, save_tables

DOMAIN_TERMS = "default"
TABLES_DIR = "zhqx_segmenter"


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
        if vocab.lex_attr_getters.get(LIKE_NUM) is zh_lex_attrs.like_num:
            vocab.lex_attr_getters[LIKE_NUM] = like_num

    @property
    def pkuseg_seg(self):
        """spaCy's pkuseg object (model and user dictionary); after ``from_disk``, made from the files read
        there on first use (decoding does not need it)."""
        if self._pkuseg_seg is None and self._pkuseg_files is not None:
            self._pkuseg_seg = _pkuseg_from(*self._pkuseg_files)
            self._pkuseg_files = None
        return self._pkuseg_seg

    @pkuseg_seg.setter
    def pkuseg_seg(self, value):
        self._pkuseg_seg, self._pkuseg_files = value, None

    def __call__(self, text: str) -> Doc:
        require_text(text)
        words, spaces = self.segmenter_for_model().words_and_spaces(text)
        return known_text(Doc(self.vocab, words=words, spaces=spaces), text)

    def pipe(self, texts, batch_size: int = 64):
        """Docs of ``texts``, the same as one by one, decoded ``batch_size`` texts at a time (faster for short texts)."""
        for batch in minibatch(texts, batch_size):
            batch = [require_text(text) for text in batch]
            for text, (words, spaces) in zip(batch, self.segmenter_for_model().words_and_spaces_many(batch)):
                yield known_text(Doc(self.vocab, words=words, spaces=spaces), text)

    def segmenter_for_model(self) -> Segmenter:
        """The fast decoder over the current pkuseg model and user dictionary (built on first use)."""
        if self._segmenter is None:
            if self.pkuseg_seg is None:
                raise ValueError("the pkuseg model is not loaded: use zhqx.load() or nlp.initialize()")
            self._segmenter = Segmenter(build_tables(self.pkuseg_seg), self._user_words())
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
        if pkuseg_model is None and (self._pkuseg_seg is not None or self._pkuseg_files is not None):
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

    def to_disk(self, path, **kwargs):
        super().to_disk(path, **kwargs)
        if self.pkuseg_seg is not None:
            save_tables(self.segmenter_for_model().tables, Path(path) / TABLES_DIR)

    def from_disk(self, path, **kwargs):
        path = Path(path)
        if not (path / TABLES_DIR).is_dir():  # saved without the decoder's tables: built from the model on first use
            super().from_disk(path, **kwargs)
            self._segmenter = None
            return self
        self._set_config(srsly.read_json(path / "cfg"))
        processors = srsly.read_msgpack(path / "pkuseg_processors")
        model = {file.name: file.read_bytes() for file in (path / "pkuseg_model").iterdir()}
        self.pkuseg_seg = None
        self._pkuseg_files = (model, processors)
        self._segmenter = Segmenter(load_tables(path / TABLES_DIR), [word for word, _ in processors[0]])
        return self


_NUMERAL_WORDS = "(" + "|".join(zh_lex_attrs._count_num_words) + ")"
_NUMERALS = re.compile(
    "^(" + _NUMERAL_WORDS + "{1}(" + "|".join(zh_lex_attrs._base_num_words) + "){1})+" + _NUMERAL_WORDS + "?$")
_SINGLE_NUMERALS = frozenset(zh_lex_attrs._single_num_words)


def like_num(text: str) -> bool:
    """spaCy's Chinese ``like_num`` (``spacy.lang.zh.lex_attrs``), the same answers, with its pattern compiled
    once: spaCy joins it again for every new word of the vocabulary (a third of the cost of a new lexeme)."""
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    text = text.replace(",", "").replace(".", "").replace("，", "").replace("。", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    return text in _SINGLE_NUMERALS or _NUMERALS.match(text) is not None


def _pkuseg_from(model: dict[str, bytes], processors) -> spacy_pkuseg.pkuseg:
    """A pkuseg object from the files of a saved model and the saved processors, as spaCy's ``from_disk`` makes it."""
    with tempfile.TemporaryDirectory() as scratch:
        for name, data in model.items():
            (Path(scratch) / name).write_bytes(data)
        segmenter = spacy_pkuseg.pkuseg(scratch)
    user_dict, do_process, common_words, other_words = processors
    segmenter.preprocesser = spacy_pkuseg.Preprocesser(user_dict)
    segmenter.postprocesser.do_process = do_process
    segmenter.postprocesser.common_words, segmenter.postprocesser.other_words = set(common_words), set(other_words)
    return segmenter
