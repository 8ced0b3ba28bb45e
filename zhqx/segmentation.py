"""Word segmentation with a trained spacy-pkuseg model, made fast and robust for news text.

``Segmenter`` decodes with the weights of a ``spacy_pkuseg.pkuseg`` model and gives the
same words as pkuseg's own decoder for the same model, but computes only the features
that can exist (pkuseg builds about 70 feature strings per character, most of them
impossible word pairs) and scores them with numpy. Around the model it applies the rules
that news needs and the training corpus cannot teach:

* text is mapped to full-width forms first (``zhqx.normalize``), so half-width commas,
  digits and letters look like the People's Daily corpus;
* punctuation is always a word of its own, except inside numbers (``72.3``, ``1,200``, ``80%``);
* numbers and runs of Latin letters are never cut inside;
* user-dictionary terms (the pkuseg user dict) are always whole words.
"""

import unicodedata
from functools import lru_cache

import numpy
import regex
from spacy_pkuseg.feature_extractor import FeatureExtractor
from spacy_pkuseg.inference import run_viterbi

from zhqx.normalize import to_fullwidth

WORD_MIN, WORD_MAX = 2, 6  # pkuseg's dictionary-word feature lengths (config.wordMin / wordMax)
_NUMBER = regex.compile(r"[0-9０-９]+(?:[.．·][0-9０-９]+|,[0-9０-９]{3})*[%％]?")
_LATIN = regex.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+")
_NOT_PUNCT = frozenset("·・")  # joins foreign names and decimals in the corpus: left to the model
# single-symbol features: name -> which neighbour they read (feature at i looks at nodes[i + shift])
_CHAR_FEATURES = {"c.": 0, "c-1.": -1, "c1.": 1, "c-2.": -2, "c2.": 2}
# two-symbol features over the pair (nodes[j], nodes[j + 1]): name -> position i = j + offset that has it
_PAIR_FEATURES = {"c-1c.": 1, "cc1.": 0, "c-2c-1.": 2}


# digits and letters are **Num / **Letter to the model and never part of a dictionary word
_NO_WORD_CHARS = {ord(c): 0 for c in FeatureExtractor.num | FeatureExtractor.letter}


@lru_cache(maxsize=4096)
def _is_punct(char: str) -> bool:
    return unicodedata.category(char).startswith("P") and char not in _NOT_PUNCT


def _model_chars(text: str) -> list[str]:
    """The symbols pkuseg's features see: keywords renamed, digits -> **Num, letters -> **Letter."""
    return list(FeatureExtractor.normalize_text(text))


def _feature_tables(feature_ids: dict) -> dict:
    """Index pkuseg's feature names by what they read, so decoding never builds a feature string."""
    symbols = sorted({name.split(".", 1)[1] for name in feature_ids if name.split(".", 1)[0] + "." in _CHAR_FEATURES})
    codes = {symbol: code for code, symbol in enumerate(symbols, start=1)}
    chars = {}
    for name in _CHAR_FEATURES:
        table = numpy.full(len(symbols) + 1, -1, dtype=numpy.intp)
        for symbol, code in codes.items():
            table[code] = feature_ids.get(name + symbol, -1)
        chars[name] = table
    pairs, words, word_pairs = {}, {}, {"ww.l.": {}, "ww.r.": {}}
    for name, feature in feature_ids.items():
        kind, _, rest = name.partition(".")
        if kind + "." in _PAIR_FEATURES:
            pairs.setdefault(rest, [-1] * len(_PAIR_FEATURES))[list(_PAIR_FEATURES).index(kind + ".")] = feature
        elif kind in ("w-1", "w1"):
            words.setdefault(rest, [-1, -1])[kind == "w1"] = feature
        elif kind == "ww":
            side, _, pair = rest.partition(".")
            pre, _, post = pair.partition("*")
            word_pairs["ww." + side + "."].setdefault(pre, {})[post] = feature
    return {"codes": codes, "chars": chars, "pairs": pairs, "words": words, "word_pairs": word_pairs}


class Segmenter:
    """Fast decoder over a loaded ``spacy_pkuseg.pkuseg`` object (its features, weights and user dict)."""

    def __init__(self, pkuseg_model, user_words=()):
        extractor, model = pkuseg_model.feature_extractor, pkuseg_model.model
        self._words = extractor.unigram
        tables = _feature_tables(extractor.feature_to_idx)
        self._symbol_codes, self._char_ids, self._pair_ids = tables["codes"], tables["chars"], tables["pairs"]
        self._word_ids = tables["words"]
        self._left_pairs, self._right_pairs = tables["word_pairs"]["ww.l."], tables["word_pairs"]["ww.r."]
        self._no_pair = [-1] * len(_PAIR_FEATURES)
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
        for chunk in regex.finditer(r"\S+", text):
            piece = chunk.group()
            starts = self._word_starts(piece)
            bounds = [i for i, is_start in enumerate(starts) if is_start] + [len(piece)]
            words.extend(piece[a:b] for a, b in zip(bounds, bounds[1:]))
        return words

    def _word_starts(self, piece: str) -> list[bool]:
        canonical = to_fullwidth(piece)
        starts = self._decode(canonical)
        starts[0] = True
        for i, char in enumerate(canonical):
            if _is_punct(char):
                starts[i] = True
                if i + 1 < len(starts):
                    starts[i + 1] = True
        keep_whole = list(_NUMBER.finditer(canonical)) + list(_LATIN.finditer(canonical))
        if self._user_pattern is not None:
            keep_whole += self._user_pattern.finditer(canonical)
        for match in keep_whole:
            start, end = match.span()
            starts[start] = True
            starts[start + 1 : end] = [False] * (end - start - 1)
            if end < len(starts) and match.re is self._user_pattern:
                starts[end] = True
        return starts

    def _decode(self, canonical: str) -> list[bool]:
        _, tags = run_viterbi(self._node_scores(canonical), self._edge_scores)
        return self._is_begin[tags].tolist()

    def _node_scores(self, canonical: str) -> numpy.ndarray:
        """Sum of the weights of pkuseg's features at every position: (len(canonical), n_tag)."""
        nodes = _model_chars(canonical)
        n = len(nodes)
        codes = numpy.zeros(n + 4, dtype=numpy.intp)  # two code-0 (unseen) symbols of padding each side
        codes[2:-2] = [self._symbol_codes.get(s, 0) for s in nodes]
        pairs = numpy.full((n + 3, len(_PAIR_FEATURES)), -1, dtype=numpy.intp)  # pair j in row j + 2
        if n > 1:
            no_pair = self._no_pair
            pairs[2 : n + 1] = [self._pair_ids.get(a + "." + b, no_pair) for a, b in zip(nodes, nodes[1:])]
        columns = [numpy.zeros(n, dtype=numpy.intp)]  # the "$$" bias feature every position has
        columns += [self._char_ids[name][codes[2 + shift : 2 + shift + n]] for name, shift in _CHAR_FEATURES.items()]
        columns += [pairs[2 - shift : 2 - shift + n, k] for k, shift in enumerate(_PAIR_FEATURES.values())]
        scores = self._node_weights[numpy.stack(columns, axis=1)].sum(axis=1)  # id -1 is a row of zeros
        positions, word_ids = self._word_features(canonical)
        if word_ids:
            numpy.add.at(scores, positions, self._node_weights[word_ids])
        return scores

    def _word_features(self, canonical: str) -> tuple[list[int], list[int]]:
        """pkuseg's dictionary-word features (w-1, w1, ww.l, ww.r) as (position, feature id) lists."""
        text = canonical.translate(_NO_WORD_CHARS)
        n = len(text)
        starting = [[] for _ in range(n + 1)]
        ending = [[] for _ in range(n + 1)]
        words, prefixes = self._words, self._prefixes
        for start in [s for s in range(n - 1) if text[s : s + 2] in prefixes]:
            for length in range(WORD_MIN, min(WORD_MAX, n - start) + 1):
                word = text[start : start + length]
                if word in words:
                    starting[start].append(word)
                    ending[start + length - 1].append(word)
                if word not in prefixes:
                    break
        word_ids, left_pairs, right_pairs = self._word_ids, self._left_pairs, self._right_pairs
        positions, found = [], []
        for i in range(n):
            ends_here, starts_here = ending[i], starting[i]
            if not (ends_here or starts_here):
                continue
            here = [word_ids[w][0] for w in ends_here if w in word_ids]
            here += [word_ids[w][1] for w in starts_here if w in word_ids]
            for pre in ending[i - 1]:
                posts = left_pairs.get(pre)
                if posts:
                    here += [posts[w] for w in starts_here if w in posts]
            for pre in ends_here:
                posts = right_pairs.get(pre)
                if posts:
                    here += [posts[w] for w in starting[i + 1] if w in posts]
            here = [feature for feature in here if feature >= 0]
            positions += [i] * len(here)
            found += here
        return positions, found
