"""Readers for the shared NER corpora, mapped to zhqx labels, and exact-match span scoring.

Every reader returns ``[(text, [(start, end, label), ...]), ...]``: character offsets,
``end`` exclusive, so ``text[start:end]`` is the entity.

Label mapping (a label not listed is dropped):

- MSRA and People's Daily: ORG -> ORG, PER -> PERSON, LOC -> GPE. Their LOC also covers
  places that are not GPEs (rivers, mountains, continents, regions such as 华北 or 长江),
  so GPE scores on these sets are only approximate.
- CLUENER: company, government, organization -> ORG; name -> PERSON. ``address`` is
  dropped: it mixes countries and cities with streets, buildings, shops and whole postal
  addresses (北京市东城区王府井大街218号 is one span), which is not GPE. position, book,
  game, movie and scene have no zhqx label.
"""

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from scripts.corpus import require, shared_dir

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

BIO_LABELS = {"ORG": "ORG", "PER": "PERSON", "LOC": "GPE"}
CLUENER_LABELS = {"company": "ORG", "government": "ORG", "organization": "ORG", "name": "PERSON"}


def bio_spans(tags: Sequence[str], mapping: dict[str, str] = BIO_LABELS) -> list[Span]:
    """Entity spans from BIO tags; an I- tag that does not continue an entity of its type starts one."""
    spans = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and label == kind:
            continue
        if kind is not None:
            spans.append((start, i, kind))
        start, kind = (i, label) if prefix in ("B", "I") else (None, None)
    return [(s, e, mapping[k]) for s, e, k in spans if k in mapping]


def read_char_bio(path: Path, sep: str) -> list[Example]:
    """A ``char<sep>tag`` per line, sentences separated by blank lines."""
    examples, chars, tags = [], [], []
    with open(require(path), encoding="utf-8") as lines:
        for line in [*lines, "\n"]:
            line = line.rstrip("\r\n")
            if line.strip():
                char, _, tag = line.rpartition(sep)
                chars.append(char)
                tags.append(tag)
            elif chars:
                examples.append(("".join(chars), bio_spans(tags)))
                chars, tags = [], []
    return examples


def msra_test(root: Path | None = None) -> list[Example]:
    """MSRA (SIGHAN 2006) test set: 3,442 sentences."""
    return read_char_bio((root or shared_dir()) / "data/msra_ner/msra_test_bio.txt", "\t")


def msra_val(root: Path | None = None) -> list[Example]:
    """3,000 sentences held out of the MSRA training set: line i of the sentences file, line i of the tags."""
    folder = (root or shared_dir()) / "data/msra_ner"
    with open(require(folder / "msra_val_sentences.txt"), encoding="utf-8") as f:
        sentences = [line.split() for line in f if line.strip()]
    with open(require(folder / "msra_val_tags.txt"), encoding="utf-8") as f:
        tag_lines = [line.split() for line in f if line.strip()]
    if len(sentences) != len(tag_lines) or any(len(s) != len(t) for s, t in zip(sentences, tag_lines)):
        raise ValueError(f"{folder}: msra_val_sentences.txt and msra_val_tags.txt do not line up")
    return [("".join(chars), bio_spans(tags)) for chars, tags in zip(sentences, tag_lines)]


def peoples_daily(split: str, root: Path | None = None) -> list[Example]:
    """People's Daily 1998 NER, ``split`` "dev" or "test"."""
    if split not in ("dev", "test"):
        raise ValueError(f"People's Daily split must be 'dev' or 'test', got {split!r}")
    return read_char_bio((root or shared_dir()) / f"data/peoples_daily_ner/example.{split}", " ")


def cluener(split: str, root: Path | None = None) -> list[Example]:
    """CLUENER2020, ``split`` "train" or "dev" (the official validation set); inclusive ends made exclusive."""
    if split not in ("train", "dev"):
        raise ValueError(f"CLUENER split must be 'train' or 'dev', got {split!r}")
    examples = []
    with open(require((root or shared_dir()) / f"data/cluener/{split}.json"), encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            spans = [
                (start, end + 1, CLUENER_LABELS[kind])
                for kind, mentions in record["label"].items()
                if kind in CLUENER_LABELS
                for offsets in mentions.values()
                for start, end in offsets
            ]
            examples.append((record["text"], sorted(spans)))
    return examples


def span_prf(
    gold: Sequence[Iterable[Span]], predicted: Sequence[Iterable[Span]], labels: Iterable[str] | None = None
) -> dict[str, tuple[float, float, float, int]]:
    """Exact-match precision, recall, F1 and gold count per label, plus a micro-averaged "ALL" row.

    ``gold`` and ``predicted`` hold one span list per document, in the same order. With
    ``labels``, spans of other labels are ignored on both sides.
    """
    if len(gold) != len(predicted):
        raise ValueError(
            f"span_prf: {len(gold)} gold documents but {len(predicted)} predicted; pass one span list per document"
        )
    keep = set(labels) if labels is not None else None
    gold_set = {(i, *span) for i, spans in enumerate(gold) for span in spans if keep is None or span[2] in keep}
    pred_set = {(i, *span) for i, spans in enumerate(predicted) for span in spans if keep is None or span[2] in keep}
    names = sorted(keep if keep is not None else {span[3] for span in gold_set | pred_set})
    scores = {name: _prf({s for s in gold_set if s[3] == name}, {s for s in pred_set if s[3] == name})
              for name in names}
    scores["ALL"] = _prf(gold_set, pred_set)
    return scores


def _prf(gold: set, predicted: set) -> tuple[float, float, float, int]:
    correct = len(gold & predicted)
    p = correct / len(predicted) if predicted else 0.0
    r = correct / len(gold) if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, len(gold)
