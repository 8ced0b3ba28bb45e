"""Word segmentation with a trained spacy-pkuseg model, made fast and robust for news text.

``Segmenter`` decodes with the weights of a ``spacy_pkuseg.pkuseg`` model and gives the
same words as pkuseg's own decoder for the same model (``tests/test_tokenizer.py`` checks
this), but it never builds a feature string: character features are looked up in numpy
tables, pair features in one dict per character pair, and dictionary-word features only
where dictionary words occur (pkuseg builds about 70 strings per character). Around the
model it applies the rules that news needs and the training corpus cannot teach:

* text is mapped to full-width forms first (``zhqx.normalize``), so half-width commas,
  digits and letters look like the People's Daily corpus;
* punctuation is always a word of its own, except inside numbers (``72.3``, ``1,200``, ``80%``)
  and runs of dashes or dots (``——``, ``……``);
* numbers and runs of Latin letters are never cut inside (``72.3亿`` stays one word, as in the corpus);
* user-dictionary terms (the pkuseg user dict) are always whole words.
"""

import numpy
import regex
from spacy_pkuseg.feature_extractor import FeatureExtractor
from spacy_pkuseg.inference import run_viterbi

from zhqx.normalize import to_fullwidth

WORD_MIN, WORD_MAX = 2, 6  # pkuseg's dictionary-word feature lengths (config.wordMin / wordMax)
_NUMBER = regex.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9０-９]+)(?:[.．·][0-9０-９]+)?[%％]?")  # 72.3 1,200 80%
_LATIN = regex.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+")
# a dash or ellipsis run (—— ……) is one word; · joins foreign names and decimals: the model decides
_PUNCT = regex.compile(r"([—…])\1+|[\p{P}--[·・]]", flags=regex.V1)
_CHUNK = regex.compile(r"\S+")

# pkuseg's symbols **Num and **Letter, one private-use character each so model text keeps its length
_NUM, _LETTER = "\ue000", "\ue001"
_SYMBOLS = {"**Num": _NUM, "**Letter": _LETTER}
# single-symbol features: name -> which neighbour they read (the feature at i reads text[i + shift])
_CHAR_FEATURES = {"c.": 0, "c-1.": -1, "c1.": 1, "c-2.": -2, "c2.": 2}
# two-symbol features over the pair text[j:j + 2]: name -> offset, the feature is at position j + offset
_PAIR_FEATURES = {"c-1c.": 1, "cc1.": 0, "c-2c-1.": 2}
_NO_WORD_IDS = (-1, -1)  # a word with neither a w-1 nor a w1 feature
_TABLE_SIZE = 0x30000  # code points with character tables; anything above is unseen


def _symbol(char: str) -> str:
    if char in FeatureExtractor.num:
        return _NUM
    return _LETTER if char in FeatureExtractor.letter else char


# what the model sees: ASCII as its full-width twin, then digits/numerals -> **Num, letters -> **Letter
_MODEL_TEXT = {ord(c): _symbol(c) for c in FeatureExtractor.num | FeatureExtractor.letter}
_MODEL_TEXT.update({ord(c): _symbol(to_fullwidth(c)) for c in map(chr, range(0x21, 0x7F))})


def _model_text(text: str) -> str:
    return text.translate(_MODEL_TEXT)


def _feature_tables(feature_ids: dict) -> dict:
    """Index pkuseg's feature names by what they read, so decoding never builds a feature string."""
    chars = {name: numpy.full(_TABLE_SIZE, -1, dtype=numpy.int64) for name in _CHAR_FEATURES}
    pairs, words, word_pairs = {}, {}, {"l": {}, "r": {}}
    for name, feature in feature_ids.items():
        kind, _, rest = name.partition(".")
        if kind + "." in _CHAR_FEATURES:
            code = ord(_SYMBOLS.get(rest, rest))
            if code < _TABLE_SIZE:
                chars[kind + "."][code] = feature
        elif kind + "." in _PAIR_FEATURES:
            key = "".join(_SYMBOLS.get(s, s) for s in rest.split("."))
            pairs.setdefault(key, [-1] * len(_PAIR_FEATURES))[list(_PAIR_FEATURES).index(kind + ".")] = feature
        elif kind in ("w-1", "w1"):
            words.setdefault(rest, [-1, -1])[kind == "w1"] = feature
        elif kind == "ww":
            side, _, pair = rest.partition(".")
            pre, _, post = pair.partition("*")
            word_pairs[side].setdefault(pre, {})[post] = feature
    return {"chars": chars, "pairs": pairs, "words": words, "word_pairs": word_pairs}


class Segmenter:
    """Fast decoder over a loaded ``spacy_pkuseg.pkuseg`` object (its features and weights)."""

    def __init__(self, pkuseg_model, user_words=()):
        extractor, model = pkuseg_model.feature_extractor, pkuseg_model.model
        tables = _feature_tables(extractor.feature_to_idx)
        self._char_ids, self._pair_ids, self._word_ids = tables["chars"], tables["pairs"], tables["words"]
        self._left_pairs, self._right_pairs = tables["word_pairs"]["l"], tables["word_pairs"]["r"]
        self._no_pair = [-1] * len(_PAIR_FEATURES)
        self._words = extractor.unigram
        # every word of length 2..6 and every prefix of length 2..5 of a longer word: where to keep looking
        self._prefixes = {word[:n] for word in self._words for n in range(WORD_MIN, min(len(word), WORD_MAX) + 1)}
        n_tag, n_feature = model.n_tag, model.n_feature
        weights = numpy.asarray(model.w, dtype=numpy.float64)
        # one extra row of zeros at the end, so feature id -1 ("absent") adds nothing
        self._node_weights = numpy.vstack([weights[: n_feature * n_tag].reshape(n_feature, n_tag), numpy.zeros(n_tag)])
        # pkuseg adds w[n_feature*n_tag + tag*n_tag + previous] to edge_score[previous, tag], starting from 1
        self._edge_scores = numpy.ascontiguousarray(1.0 + weights[n_feature * n_tag :].reshape(n_tag, n_tag).T)
        begin_tags = {idx for tag, idx in extractor.tag_to_idx.items() if tag.startswith("B")}
        self._is_begin = numpy.array([idx in begin_tags for idx in range(n_tag)])
        self.set_user_words(user_words)

    def set_user_words(self, words) -> None:
        """Terms that must always come out as one word (longest match wins)."""
        terms = sorted({to_fullwidth(w.strip()) for w in words if w.strip()}, key=len, reverse=True)
        self._user_pattern = regex.compile("|".join(map(regex.escape, terms))) if terms else None

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` into words; whitespace is dropped, everything else kept, in order."""
        words = []
        for chunk in _CHUNK.finditer(text):
            piece = chunk.group()
            starts = self._word_starts(piece)
            bounds = [i for i, is_start in enumerate(starts) if is_start] + [len(piece)]
            words += [piece[a:b] for a, b in zip(bounds, bounds[1:])]
        return words

    def _word_starts(self, piece: str) -> list[bool]:
        starts = self._decode(piece)
        starts[0] = True
        keep_whole = [*_PUNCT.finditer(piece), *_NUMBER.finditer(piece), *_LATIN.finditer(piece)]
        if self._user_pattern is not None:
            keep_whole += self._user_pattern.finditer(to_fullwidth(piece))
        for match in keep_whole:
            start, end = match.span()
            starts[start + 1 : end] = [False] * (end - start - 1)
            if match.re is _PUNCT or match.re is self._user_pattern:  # these are words of their own
                starts[start] = True
                if end < len(starts):
                    starts[end] = True
        return starts

    def _decode(self, piece: str) -> list[bool]:
        """pkuseg's tagging of ``piece``: True where a word begins."""
        _, tags = run_viterbi(self._node_scores(_model_text(piece)), self._edge_scores)
        return self._is_begin[tags].tolist()

    def _node_scores(self, text: str) -> numpy.ndarray:
        """Sum of the weights of pkuseg's features at every position of model text: (len(text), n_tag)."""
        n = len(text)
        code_points = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        codes = numpy.zeros(n + 4, dtype=numpy.intp)  # two unseen (code 0) symbols of padding each side
        codes[2:-2] = numpy.where(code_points < _TABLE_SIZE, code_points, 0)
        pairs = numpy.full((n + 3, len(_PAIR_FEATURES)), -1, dtype=numpy.int64)  # the pair at j is row j + 2
        if n > 1:
            pair_ids, no_pair = self._pair_ids, self._no_pair
            pairs[2 : n + 1] = [pair_ids.get(text[j : j + 2], no_pair) for j in range(n - 1)]
        columns = [numpy.zeros(n, dtype=numpy.int64)]  # the "$$" bias feature every position has
        columns += [self._char_ids[name][codes[2 + shift : 2 + shift + n]] for name, shift in _CHAR_FEATURES.items()]
        columns += [pairs[2 - offset : 2 - offset + n, k] for k, offset in enumerate(_PAIR_FEATURES.values())]
        scores = self._node_weights[numpy.stack(columns, axis=1)].sum(axis=1)  # id -1 is the row of zeros
        positions, word_features = self._word_features(text)
        if word_features:
            numpy.add.at(scores, positions, self._node_weights[word_features])
        return scores

    def _word_features(self, text: str) -> tuple[list[int], list[int]]:
        """pkuseg's dictionary-word features (w-1, w1, ww.l, ww.r) as (position, feature id) lists.

        w1 is at a word's first character and w-1 at its last; for two adjacent words
        (the first ending at e), ww.r is at e and ww.l at e + 1.
        """
        n, words, prefixes = len(text), self._words, self._prefixes
        occurrences, starting = [], {}
        for start in [s for s in range(n - 1) if text[s : s + 2] in prefixes]:
            for length in range(WORD_MIN, min(WORD_MAX, n - start) + 1):
                word = text[start : start + length]
                if word in words:
                    occurrences.append((start, start + length - 1, word))
                    starting.setdefault(start, []).append(word)
                if word not in prefixes:
                    break
        word_ids, left_pairs, right_pairs = self._word_ids, self._left_pairs, self._right_pairs
        positions, found = [], []
        for start, end, word in occurrences:
            end_id, start_id = word_ids.get(word, _NO_WORD_IDS)
            if start_id >= 0:
                positions.append(start)
                found.append(start_id)
            if end_id >= 0:
                positions.append(end)
                found.append(end_id)
            following = starting.get(end + 1)
            if following:
                left, right = left_pairs.get(word, {}), right_pairs.get(word, {})
                for post in following:
                    if post in left:
                        positions.append(end + 1)
                        found.append(left[post])
                    if post in right:
                        positions.append(end)
                        found.append(right[post])
        return positions, found
