"""Word segmentation with a trained spacy-pkuseg model, made fast and robust for news text.

``Segmenter`` decodes with the weights of a ``spacy_pkuseg.pkuseg`` model and gives the
same words as pkuseg's own decoder for the same model (``tests/test_tokenizer.py`` checks
this), but it never builds a feature string and has no Python loop per character: a whole
document is featurized at once in numpy (character features from tables indexed by code
point, pair features and dictionary words by sorted integer keys, the words found by a trie
walked for all positions together; the tables: ``zhqx.segmentation_tables``), then
pkuseg's compiled Viterbi runs on each whitespace-free chunk. Around the model it applies
the rules that news needs and the training corpus cannot teach:

* text is mapped to full-width forms first (``zhqx.text.normalize``), so half-width commas,
  digits and letters look like the People's Daily corpus;
* punctuation is always a word of its own, except inside numbers (``72.3``, ``1,200``, ``80%``)
  and runs of dashes or dots (``——``, ``……``);
* numbers and runs of Latin letters are never cut inside (``72.3亿`` stays one word, as in the corpus);
* user-dictionary terms (the pkuseg user dict) are always whole words.
"""

import re

import numpy
import regex
from spacy.util import get_words_and_spaces
from spacy_pkuseg.feature_extractor import FeatureExtractor
from spacy_pkuseg.inference import run_viterbi

from zhqx.text.normalize import to_fullwidth

WORD_MIN, WORD_MAX = 2, 6  # pkuseg's dictionary-word feature lengths (config.wordMin / wordMax)
_NUMBER = re.compile(r"(?=[0-9０-９])(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9０-９]+)(?:[.．·][0-9０-９]+)?[%％]?")  # 72.3 1,200 80%
_LATIN = [(ord("A"), ord("Z")), (ord("a"), ord("z")), (ord("Ａ"), ord("Ｚ")), (ord("ａ"), ord("ｚ"))]  # runs stay whole
# punctuation is a word of its own, but a dash or ellipsis run (—— ……) is one word; · joins foreign names
# and decimals: the model decides
_PUNCT = regex.compile(r"[\p{P}--[·・]]", flags=regex.V1)
_PUNCT_RUNS = (ord("—"), ord("…"))
_BMP = 0x10000
_IS_PUNCT = numpy.zeros(_BMP + 1, dtype=bool)  # the last entry: any character above the BMP, looked up one by one
_IS_PUNCT[[m.start() for m in _PUNCT.finditer(numpy.arange(_BMP, dtype="<u4").tobytes().decode("utf-32-le", "surrogatepass"))]] = True
_CHUNK, _SPACE = regex.compile(r"\S+"), regex.compile(r"\s")
# characters that str.split() (and so spaCy's get_words_and_spaces) takes for whitespace but \S does not
_ODD_SPACE = regex.compile(
    "[%s]" % "".join(regex.escape(c) for c in map(chr, range(0x3001)) if c.isspace() and not regex.match(r"\s", c))
)

# pkuseg's symbols **Num and **Letter, one private-use character each so model text keeps its length
_NUM, _LETTER = "\ue000", "\ue001"
_SYMBOLS = {"**Num": _NUM, "**Letter": _LETTER}
# single-symbol features: name -> which neighbour they read (the feature at i reads text[i + shift])
_CHAR_FEATURES = {"c.": 0, "c-1.": -1, "c1.": 1, "c-2.": -2, "c2.": 2}
# two-symbol features over the pair text[j:j + 2]: name -> offset, the feature is at position j + offset
_PAIR_FEATURES = {"c-1c.": 1, "cc1.": 0, "c-2c-1.": 2}
_TABLE_SIZE = 0x30000  # code points with character tables; anything above is unseen
_CODES = 0x110000  # every code point: keys of pairs and trie steps are (left * _CODES + right)
_PAD = WORD_MAX  # padding around a document's arrays, wide enough for every shift and word


def _symbol(char: str) -> str:
    if char in FeatureExtractor.num:
        return _NUM
    return _LETTER if char in FeatureExtractor.letter else char


# what the model sees: ASCII as its full-width twin, then digits/numerals -> **Num, letters -> **Letter
_MODEL_TEXT = {ord(c): _symbol(c) for c in FeatureExtractor.num | FeatureExtractor.letter}
_MODEL_TEXT.update({ord(c): _symbol(to_fullwidth(c)) for c in map(chr, range(0x21, 0x7F))})


_MODEL_CODES = numpy.arange(max(_MODEL_TEXT) + 1, dtype=numpy.int64)
_MODEL_CODES[list(_MODEL_TEXT)] = [ord(c) for c in _MODEL_TEXT.values()]
# whitespace as _CHUNK sees it (none above U+3000)
_IS_SPACE = numpy.zeros(0x3002, dtype=bool)
_IS_SPACE[[m.start() for m in _SPACE.finditer("".join(map(chr, range(0x3001))))]] = True


def _codes(text: str) -> numpy.ndarray:
    return numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32).astype(numpy.int64)


def _model_codes(codes: numpy.ndarray) -> numpy.ndarray:
    """The code points of what the model sees (``_MODEL_TEXT``) for the code points of a text."""
    return numpy.where(codes < len(_MODEL_CODES), _MODEL_CODES[numpy.minimum(codes, len(_MODEL_CODES) - 1)], codes)


def _padded(values: numpy.ndarray, fill: int) -> numpy.ndarray:
    out = numpy.full(len(values) + 2 * _PAD, fill, dtype=numpy.int64)
    out[_PAD : _PAD + len(values)] = values
    return out


class _Lookup:
    """A map from int64 keys to rows of feature ids, searched for many keys at once (absent: -1).

    The keys go into an open-addressing hash table (linear probing, a quarter full), so a search costs a
    few vectorized probes instead of a binary search per key."""

    def __init__(self, keys: numpy.ndarray, rows: numpy.ndarray):
        """``keys``: sorted, ending with a sentinel no query reaches (its row all -1); ``rows[i]``: of ``keys[i]``."""
        self._rows, self._absent = rows, len(keys) - 1
        keys = numpy.asarray(keys[:-1], dtype=numpy.int64)
        self._shift = numpy.uint64(64 - max(4, (4 * len(keys)).bit_length()))
        homes = self._home(keys)
        order = numpy.argsort(homes, kind="stable")
        ranks = numpy.arange(len(keys))
        # inserted in the order of their home slots, each key takes the first free slot from its home on
        slots = ranks + numpy.maximum.accumulate(homes[order] - ranks) if len(keys) else ranks
        size = max(int(slots[-1]) + 2 if len(keys) else 1, 1 << (64 - int(self._shift)))  # an empty slot ends each run
        self._keys = numpy.full(size, _NO_KEY, dtype=numpy.int64)
        self._index = numpy.full(size, self._absent, dtype=numpy.int32)  # an empty slot gives the absent row
        self._keys[slots], self._index[slots] = keys[order], order

    def _home(self, keys: numpy.ndarray) -> numpy.ndarray:
        return ((keys.astype(numpy.uint64) * _GOLDEN) >> self._shift).astype(numpy.int64)  # Fibonacci hashing

    def __call__(self, queries: numpy.ndarray, valid: numpy.ndarray) -> numpy.ndarray:
        at = numpy.full(len(queries), self._absent, dtype=numpy.int64)
        todo = numpy.flatnonzero(valid)
        wanted = queries[todo]
        slot = self._home(wanted)
        while len(todo):  # probe the next slot until the key or an empty slot is found
            found = self._keys[slot]
            hit = found == wanted
            at[todo[hit]] = self._index[slot[hit]]
            going = ~hit & (found != _NO_KEY)
            todo, wanted, slot = todo[going], wanted[going], slot[going] + 1
        return self._rows.take(at, axis=0)


_NO_KEY = -1  # an empty slot (keys are never negative; a query -1 finds the absent row there)
_GOLDEN = numpy.uint64(0x9E3779B97F4A7C15)


class _WordTrie:
    """The dictionary words of WORD_MIN..WORD_MAX characters, found at every position of a text at once."""

    def __init__(self, steps: _Lookup, word_at: numpy.ndarray):
        """``steps``: (state * _CODES + code) -> next state; ``word_at``: state -> word index or -1 (the last
        row: the absent state)."""
        self._steps, self._word_at = steps, word_at

    def find(self, codes: numpy.ndarray, chunk: numpy.ndarray, after_two: numpy.ndarray) -> tuple:
        """(starts, lengths, word indices) of every dictionary word inside one chunk, by start then length.

        ``codes`` and ``chunk`` (a chunk number per character, -1 for whitespace) are padded by _PAD;
        ``after_two`` is, per position, the state after the two characters there (``pair_states``) or -1."""
        starts = numpy.flatnonzero(after_two >= 0)
        state, found = after_two[starts], []
        for length in range(WORD_MIN, WORD_MAX + 1):
            if length > WORD_MIN:
                at = starts + (_PAD + length - 1)
                state = self._steps(state * _CODES + codes[at], chunk[at] == chunk[starts + _PAD])[:, 0]
                starts, state = starts[state >= 0], state[state >= 0]
            word = self._word_at[state]
            hit = word >= 0
            found.append((starts[hit], numpy.full(len(starts), length)[hit], word[hit]))
            if not len(starts):
                break
        starts, lengths, words = (numpy.concatenate(part) for part in zip(*found))
        order = numpy.lexsort((lengths, starts))
        return starts[order], lengths[order], words[order]


class Segmenter:
    """Fast decoder over the tables of a pkuseg model (``zhqx.segmentation_tables``: built from a loaded
    ``spacy_pkuseg.pkuseg`` by ``build_tables``, or read from disk by ``load_tables``)."""

    def __init__(self, tables: dict, user_words=()):
        self.tables = tables
        self._char_ids = tables["char_ids"]
        self._trie = _WordTrie(_Lookup(tables["step_keys"], tables["step_rows"]), tables["word_at"])
        self._pairs = _Lookup(tables["pair_keys"], tables["pair_rows"])
        self._word_ids = tables["word_ids"]
        self._word_pairs = _Lookup(tables["word_pair_keys"], tables["word_pair_rows"])
        self._node_weights = tables["node_weights"]  # one extra row of zeros at the end: feature id -1 adds nothing
        self._edge_scores = tables["edge_scores"]
        self._is_begin = tables["is_begin"]
        self.set_user_words(user_words)

    def set_user_words(self, words) -> None:
        """Terms that must always come out as one word (longest match wins)."""
        terms = {to_fullwidth(w.strip()) for w in words if w.strip()}
        terms = sorted(filter(_CHUNK.fullmatch, terms), key=len, reverse=True)  # a term with a space never matches
        # matched in the text as written: a full-width character of a term also matches its ASCII twin
        self._user_pattern = re.compile("|".join(map(_as_written, terms))) if terms else None

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` into words; whitespace is dropped, everything else kept, in order."""
        starts, ends = self._word_spans(text, _codes(text))
        return [text[a:b] for a, b in zip(starts.tolist(), ends.tolist())]

    def words_and_spaces(self, text: str) -> tuple[list[str], list[bool]]:
        """spaCy's ``(words, spaces)`` for a ``Doc`` of ``text``: the words of ``cut``, whitespace as spaCy keeps it
        (one space after a word is that word's trailing space; any other whitespace is a token of its own)."""
        if _ODD_SPACE.search(text) and _SPACE.search(text):
            return get_words_and_spaces(self.cut(text), text)
        codes = _codes(text)
        starts, ends = self._word_spans(text, codes)
        return _assembled(text, starts, ends, _padded(codes, 0)[_PAD + ends] == ord(" "))

    def words_and_spaces_many(self, texts: list[str]) -> list[tuple[list[str], list[bool]]]:
        """``words_and_spaces`` of each text, all decoded at once: the texts are joined by line breaks, and no
        feature, dictionary word or rule reaches across whitespace, so each comes out as if alone; numpy's cost
        per call is paid once (short texts decode several times faster)."""
        joined = "\n".join(texts)
        codes = _codes(joined)
        starts, ends = self._word_spans(joined, codes)
        space_after = _padded(codes, 0)[_PAD + ends] == ord(" ")
        firsts = numpy.cumsum([0] + [len(text) + 1 for text in texts]).tolist()
        cuts = numpy.searchsorted(starts, firsts).tolist()  # the words of text i: cuts[i]:cuts[i + 1]
        found = []
        for i, text in enumerate(texts):
            if _ODD_SPACE.search(text) and _SPACE.search(text):
                found.append(get_words_and_spaces(self.cut(text), text))
                continue
            words = slice(cuts[i], cuts[i + 1])
            found.append(_assembled(text, starts[words] - firsts[i], ends[words] - firsts[i], space_after[words]))
        return found

    def _word_spans(self, text: str, codes: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Start and end offsets of the words of ``text`` (its code points: ``codes``); whitespace is in none."""
        n = len(text)
        inside = ~_IS_SPACE[numpy.minimum(codes, len(_IS_SPACE) - 1)]
        edges = numpy.diff(numpy.concatenate([[0], inside, [0]]).astype(numpy.int8))
        chunks = numpy.stack([numpy.flatnonzero(edges == 1), numpy.flatnonzero(edges == -1)], axis=1)  # \S+ runs
        first = numpy.zeros(n, dtype=numpy.int64)
        first[chunks[:, 0]] = 1
        chunk = numpy.where(inside, numpy.cumsum(first) - 1, -1)
        begins = self._model_begins(_model_codes(codes), _padded(chunk, -1), chunks)
        begins[chunks[:, 0]] = True
        self._apply_rules(begins, text, codes)
        starts = numpy.flatnonzero(begins & inside)
        ends = numpy.minimum(numpy.append(starts[1:], n), chunks[chunk[starts], 1])
        return starts, ends

    def _apply_rules(self, begins: numpy.ndarray, text: str, codes: numpy.ndarray) -> None:
        """Punctuation, then numbers, then Latin runs, then user terms, each overriding the model's ``begins``."""
        before = numpy.append(-1, codes[:-1])
        punct = _IS_PUNCT[numpy.minimum(codes, _BMP)]
        for i in numpy.flatnonzero(codes >= _BMP).tolist():
            punct[i] = bool(_PUNCT.match(text, i))
        run_on = punct & (codes == before) & ((codes == _PUNCT_RUNS[0]) | (codes == _PUNCT_RUNS[1]))
        begins[run_on] = False
        begins[punct & ~run_on] = True  # a word of its own, and a word begins after it
        begins[numpy.flatnonzero(punct[:-1] & ~run_on[1:]) + 1] = True
        _keep_whole(begins, _NUMBER, text, alone=False)
        latin = numpy.zeros(len(codes), dtype=bool)
        for low, high in _LATIN:
            latin |= (codes >= low) & (codes <= high)
        begins[latin & numpy.append(False, latin[:-1])] = False
        if self._user_pattern is not None:
            _keep_whole(begins, self._user_pattern, text, alone=True)

    def _decode(self, piece: str) -> list[bool]:
        """pkuseg's tagging of ``piece`` (no whitespace): True where a word begins."""
        chunk = _padded(numpy.zeros(len(piece), dtype=numpy.int64), -1)
        return self._model_begins(_model_codes(_codes(piece)), chunk, [(0, len(piece))]).tolist()

    def _model_begins(self, codes: numpy.ndarray, chunk: numpy.ndarray, chunks) -> numpy.ndarray:
        """Where pkuseg's tagging begins a word, each chunk decoded on its own (``chunk`` as in ``_WordTrie.find``)."""
        scores = self._node_scores(codes, chunk)
        begins = numpy.zeros(len(codes), dtype=bool)
        bounds = numpy.asarray(chunks).tolist()
        if bounds:  # the chunks' tags end to end, written at the chunks' positions at once
            edges = self._edge_scores
            tags = numpy.concatenate([run_viterbi(scores[start:end], edges)[1] for start, end in bounds])
            begins[chunk[_PAD:-_PAD] >= 0] = self._is_begin[tags]
        return begins

    def _node_scores(self, codes: numpy.ndarray, chunk: numpy.ndarray) -> numpy.ndarray:
        """Sum of the weights of pkuseg's features at every position of model text: (len(codes), n_tag)."""
        n, own = len(codes), chunk[_PAD:-_PAD]
        codes = _padded(codes, 0)
        table_codes = numpy.where(codes < _TABLE_SIZE, codes, 0)
        columns = [numpy.zeros(n, dtype=numpy.int64)]  # the "$$" bias feature every position has
        for k, shift in enumerate(_CHAR_FEATURES.values()):  # a neighbour outside the chunk reads as code 0
            near = _PAD + shift
            columns.append(self._char_ids[k][numpy.where(chunk[near : near + n] == own, table_codes[near : near + n], 0)])
        pair_ok = (own >= 0) & (chunk[_PAD + 1 : _PAD + 1 + n] == own)  # the pair starting at j is in one chunk
        pairs = numpy.full((n + 3, len(_PAIR_FEATURES)), -1, dtype=numpy.int64)  # the pair at j is row j + 2
        found = self._pairs(codes[_PAD : _PAD + n] * _CODES + codes[_PAD + 1 : _PAD + 1 + n], pair_ok)
        pairs[2 : n + 2] = found[:, :-1]
        columns += [pairs[2 - offset : 2 - offset + n, k] for k, offset in enumerate(_PAIR_FEATURES.values())]
        # id -1 is the row of zeros; summed in float64 (the weights may be stored as float32)
        scores = numpy.asarray(self._node_weights.take(columns[0], axis=0), dtype=numpy.float64)
        for column in columns[1:]:  # in this order, as pkuseg sums them
            scores += self._node_weights.take(column, axis=0)
        positions, features = self._word_features(codes, chunk, found[:, -1])
        if len(features):
            _add_in_order(scores, positions, features, self._node_weights)
        return scores

    def _word_features(self, codes: numpy.ndarray, chunk: numpy.ndarray, after_two: numpy.ndarray) -> tuple:
        """pkuseg's dictionary-word features (w-1, w1, ww.l, ww.r) as (positions, feature ids), in pkuseg's order.

        w1 is at a word's first character and w-1 at its last; for two adjacent words
        (the first ending at e), ww.r is at e and ww.l at e + 1.
        """
        starts, lengths, words = self._trie.find(codes, chunk, after_two)
        ends, count = starts + lengths - 1, len(starts)
        low, high = numpy.searchsorted(starts, ends + 1, "left"), numpy.searchsorted(starts, ends + 1, "right")
        owner = numpy.repeat(numpy.arange(count), high - low)  # one row per (word, word starting right after it)
        nth = numpy.arange(len(owner)) - numpy.repeat(numpy.cumsum(high - low) - (high - low), high - low)
        after = low[owner] + nth
        pair_ids = self._word_pairs(words[owner] * len(self._word_ids) + words[after], numpy.ones(len(owner), bool))
        word_ids = self._word_ids[words]
        positions = numpy.concatenate([starts, ends, ends[owner] + 1, ends[owner]])
        features = numpy.concatenate([word_ids[:, 1], word_ids[:, 0], pair_ids[:, 0], pair_ids[:, 1]])
        # pkuseg's order: word by word; its w1, its w-1, then per following word its ww.l and ww.r
        order_owner = numpy.concatenate([numpy.arange(count)] * 2 + [owner] * 2)
        order_slot = numpy.concatenate([numpy.zeros(count), numpy.ones(count), 2 + 2 * nth, 3 + 2 * nth])
        present = features >= 0
        order = numpy.lexsort((order_slot[present], order_owner[present]))
        return positions[present][order], features[present][order]


def _add_in_order(scores: numpy.ndarray, positions: numpy.ndarray, features: numpy.ndarray, weights) -> None:
    """``numpy.add.at(scores, positions, weights[features])``: the same sums, each position's added in the same
    order (so the same floats), in rounds of distinct positions (the n-th feature of each), several times faster."""
    order = numpy.argsort(positions, kind="stable")
    firsts = numpy.flatnonzero(numpy.diff(positions[order], prepend=-1))  # where each position's run begins
    rank = numpy.arange(len(order)) - numpy.repeat(firsts, numpy.diff(numpy.append(firsts, len(order))))
    for nth in range(int(rank.max()) + 1):
        chosen = order[rank == nth]
        scores[positions[chosen]] += weights[features[chosen]]


def _as_written(term: str) -> str:
    """A pattern for ``term`` (full-width) in text as written: each full-width ASCII form also as ASCII."""
    twin = {c: f"[{c}{re.escape(chr(ord(c) - 0xFEE0))}]" for c in term if 0xFF01 <= ord(c) <= 0xFF5E}
    return "".join(twin.get(c) or re.escape(c) for c in term)


def _keep_whole(begins: numpy.ndarray, pattern: re.Pattern, text: str, alone: bool) -> None:
    """No word begins inside a match of ``pattern``; if ``alone``, one begins at its start and after its end."""
    n = len(begins)
    spans = numpy.array([m.span() for m in pattern.finditer(text)], dtype=numpy.int64).reshape(-1, 2)
    inner = numpy.bincount(spans[:, 0] + 1, minlength=n + 1) - numpy.bincount(spans[:, 1], minlength=n + 1)
    begins[numpy.cumsum(inner[:n]) > 0] = False
    if alone:
        begins[spans[:, 0]] = True
        begins[spans[:, 1][spans[:, 1] < n]] = True


def _assembled(text: str, starts, ends, space_after) -> tuple[list[str], list[bool]]:
    """spaCy's (words, spaces) from the words' offsets; ``space_after``: the character after a word is " "."""
    if not len(starts):
        return ([text], [False]) if text else ([], [])
    gap_ends = numpy.append(starts[1:], len(text))
    gap_starts = ends + space_after
    bounds = numpy.stack([starts, ends, gap_starts, gap_ends], axis=1).reshape(-1, 2)  # word, gap, word, gap...
    flags = numpy.stack([space_after, numpy.zeros_like(space_after)], axis=1).reshape(-1)
    keep = bounds[:, 1] > bounds[:, 0]
    if starts[0] > 0:  # whitespace before the first word
        bounds, flags, keep = numpy.vstack([[0, starts[0]], bounds]), numpy.append(False, flags), numpy.append(True, keep)
    bounds, flags = bounds[keep].tolist(), flags[keep].tolist()
    return [text[a:b] for a, b in bounds], flags
