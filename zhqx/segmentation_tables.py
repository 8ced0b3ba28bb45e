"""The lookup tables of ``zhqx.segmentation.Segmenter``, built from a spacy-pkuseg model, saved as ``.npy`` files.

Building them means reading every feature name of the model (a few hundred thousand strings, about a second);
the packaged pipeline ships them (``tokenizer/zhqx_segmenter``, written by ``scripts/pipeline.py``), so loading
maps the files into memory instead. ``numpy.save`` writes the same bytes for the same arrays, so a rebuild from
the same model gives the same files.
"""

import os
from pathlib import Path

import numpy

from zhqx.segmentation import _CHAR_FEATURES, _CODES, _PAIR_FEATURES, _SYMBOLS, _TABLE_SIZE, WORD_MAX, WORD_MIN

# name -> dtype of every table; ids are int64 where the decoder computes keys from them
TABLES = {
    "char_ids": numpy.int32,  # (len(_CHAR_FEATURES), _TABLE_SIZE): feature id per feature kind and code point
    "pair_keys": numpy.int64,  # sorted keys (first * _CODES + second) of character pairs, then a sentinel
    "pair_rows": numpy.int64,  # per key: its pair features (one column per _PAIR_FEATURES), the trie state
    "step_keys": numpy.int64,  # the dictionary trie: (state * _CODES + code) ...
    "step_rows": numpy.int64,  # ... -> the next state
    "word_at": numpy.int64,  # state -> the index of the word ending there (-1: none)
    "word_ids": numpy.int64,  # word index -> its (w-1, w1) features
    "word_pair_keys": numpy.int64,  # (first word * words + second word) ...
    "word_pair_rows": numpy.int64,  # ... -> its (ww.l, ww.r) features
    "node_weights": None,  # (features + 1, tags): the model's weights (float32 as shipped), then a row of zeros
    "edge_scores": numpy.float64,  # (tags, tags): 1 + the transition weight
    "is_begin": numpy.bool_,  # tag -> whether it begins a word
}


def build_tables(pkuseg_model) -> dict[str, numpy.ndarray]:
    """The decoder's tables for a loaded ``spacy_pkuseg.pkuseg`` object (its features and weights)."""
    extractor, model = pkuseg_model.feature_extractor, pkuseg_model.model
    features = _feature_tables(extractor.feature_to_idx)
    words = sorted(w for w in extractor.unigram if WORD_MIN <= len(w) <= WORD_MAX)
    step_keys, step_rows, word_at, pair_states = _trie(words)
    # one search per pair of characters: its pair features, then the trie state after it
    keys, columns, found = features["pairs"]
    width = len(_PAIR_FEATURES) + 1
    pair_keys, pair_rows = _lookup(keys + list(pair_states), columns + [width - 1] * len(pair_states),
                                   found + list(pair_states.values()), width)
    index = {word: i for i, word in enumerate(words)}
    keys, columns, found = [], [], []
    for column, side in enumerate("lr"):
        for (pre, post), feature in features["word_pairs"][side].items():
            if pre in index and post in index:
                keys.append(index[pre] * len(index) + index[post])
                columns.append(column)
                found.append(feature)
    word_pair_keys, word_pair_rows = _lookup(keys, columns, found, 2)
    n_tag, n_feature = model.n_tag, model.n_feature
    weights = numpy.asarray(model.w)
    node_type = numpy.float32 if weights.dtype == numpy.float32 else numpy.float64  # the decoder sums in float64
    begin_tags = {idx for tag, idx in extractor.tag_to_idx.items() if tag.startswith("B")}
    tables = {
        "char_ids": numpy.stack([features["chars"][name] for name in _CHAR_FEATURES]),
        "pair_keys": pair_keys,
        "pair_rows": pair_rows,
        "step_keys": step_keys,
        "step_rows": step_rows,
        "word_at": word_at,
        "word_ids": numpy.array([features["words"].get(w, [-1, -1]) for w in words]).reshape(-1, 2),
        "word_pair_keys": word_pair_keys,
        "word_pair_rows": word_pair_rows,
        "node_weights": numpy.vstack([weights[: n_feature * n_tag].reshape(n_feature, n_tag), numpy.zeros(n_tag)]),
        # pkuseg adds w[n_feature*n_tag + tag*n_tag + previous] to edge_score[previous, tag], starting from 1
        "edge_scores": 1.0 + numpy.asarray(weights[n_feature * n_tag :], numpy.float64).reshape(n_tag, n_tag).T,
        "is_begin": numpy.array([idx in begin_tags for idx in range(n_tag)]),
    }
    return {name: numpy.ascontiguousarray(table, TABLES[name] or node_type) for name, table in tables.items()}


def save_tables(tables: dict[str, numpy.ndarray], path: Path | str) -> None:
    """Write each table to ``path/<name>.npy`` (through a new file, so a table mapped from there stays valid)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    for name in TABLES:
        scratch = path / f"{name}.npy.new"
        with scratch.open("wb") as out:
            numpy.save(out, tables[name], allow_pickle=False)
        os.replace(scratch, path / f"{name}.npy")


def load_tables(path: Path | str) -> dict[str, numpy.ndarray]:
    """The tables saved in ``path``, mapped read-only into memory (pages are read when the decoder touches them)."""
    path = Path(path)
    return {name: numpy.asarray(numpy.load(path / f"{name}.npy", mmap_mode="r", allow_pickle=False)) for name in TABLES}


def _lookup(keys: list[int], columns: list[int], values: list[int], width: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Sorted keys (then a sentinel no query reaches) and their rows: the row of ``keys[i]`` holds ``values[i]``
    in ``columns[i]``, -1 elsewhere."""
    keys, row = numpy.unique(numpy.array(keys, dtype=numpy.int64), return_inverse=True)
    keys = numpy.append(keys, numpy.iinfo(numpy.int64).max)
    rows = numpy.full((len(keys), width), -1, dtype=numpy.int64)
    rows[row, numpy.array(columns, dtype=numpy.intp)] = values
    return keys, rows


def _trie(words: list[str]) -> tuple:
    """The dictionary words as a trie: step keys and rows, the word ending at each state, and the state after
    each word's first two characters by (first * _CODES + second)."""
    steps, ends, pair_states = {}, {}, {}  # (state * _CODES + code) -> next state; state -> word index
    for index, word in enumerate(words):
        state = 0
        for char in word:
            state = steps.setdefault(state * _CODES + ord(char), len(steps) + 1)
        ends[state] = index
        pair_states[ord(word[0]) * _CODES + ord(word[1])] = steps[steps[ord(word[0])] * _CODES + ord(word[1])]
    step_keys, step_rows = _lookup(list(steps), [0] * len(steps), list(steps.values()), 1)
    word_at = numpy.full(len(steps) + 2, -1, dtype=numpy.int64)  # the last row: the absent state
    word_at[list(ends)] = list(ends.values())
    return step_keys, step_rows, word_at, pair_states


def _feature_tables(feature_ids: dict) -> dict:
    """Index pkuseg's feature names by what they read, so decoding never builds a feature string."""
    chars = {name: numpy.full(_TABLE_SIZE, -1, dtype=numpy.int64) for name in _CHAR_FEATURES}
    pair_column = {kind[:-1]: column for column, kind in enumerate(_PAIR_FEATURES)}
    pairs, words, word_pairs = ([], [], []), {}, {"l": {}, "r": {}}  # pairs: (key, column, feature) lists
    for name, feature in feature_ids.items():
        kind, _, rest = name.partition(".")
        column = pair_column.get(kind)
        if column is not None:
            first, _, second = rest.partition(".")
            first, second = _SYMBOLS.get(first, first), _SYMBOLS.get(second, second)
            if len(first) == 1 and len(second) == 1:  # anything else never matches a pair of characters
                pairs[0].append(ord(first) * _CODES + ord(second))
                pairs[1].append(column)
                pairs[2].append(feature)
        elif kind + "." in _CHAR_FEATURES:
            code = ord(_SYMBOLS.get(rest, rest))
            if code < _TABLE_SIZE:
                chars[kind + "."][code] = feature
        elif kind in ("w-1", "w1"):
            words.setdefault(rest, [-1, -1])[kind == "w1"] = feature
        elif kind == "ww":
            side, _, pair = rest.partition(".")
            pre, _, post = pair.partition("*")
            word_pairs[side][pre, post] = feature
    return {"chars": chars, "pairs": pairs, "words": words, "word_pairs": word_pairs}
