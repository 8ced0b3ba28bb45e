"""Annotated dev sets of unlabeled real news, stored as character offsets only (no text of the articles).

    python benchmarks/realnews.py --dev dev6            # score a dev set (its texts read from ../shared)
    python benchmarks/devsets.py encode NAME GOLD.jsonl # store an annotation file as benchmarks/devsets/NAME.jsonl

A dev set is gold for items of ``../shared/data/realnews/unlabeled.jsonl`` in the format of the real-news
``gold.jsonl`` (id, published, entities, events). The stored form keeps every text value (entity, trigger,
project, park, company) as ``[start, end]`` offsets into the item's text, where the annotator's string first
occurs, and checks the item's sha256; ``decode`` rebuilds the strings from ../shared at scoring time, so the
repository never holds a fragment of the texts. ``benchmarks/devsets/README.md`` says who annotated each set and
how it may be used.
"""

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.corpus import shared_dir  # noqa: E402

FOLDER = Path(__file__).with_name("devsets")
SPANNED = ("trigger", "project", "park", "company")
CLEAN = ("dev6", "dev10", "dev14", "dev16")  # sets never read for errors: realnews.py --dev NAME --errors refuses them


class DevSetError(ValueError):
    """A dev set that does not fit the unlabeled texts (a span not in its item, a changed text)."""


def unlabeled_texts() -> dict[str, str]:
    """Item id -> text of ``../shared/data/realnews/unlabeled.jsonl``."""
    path = shared_dir() / "data" / "realnews" / "unlabeled.jsonl"
    with open(path, encoding="utf-8") as lines:
        return {item["id"]: item["text"] for item in map(json.loads, lines)}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _span(text: str, value: str, where: str) -> list[int]:
    start = text.find(value)
    if start < 0:
        raise DevSetError(f"{where}: {value!r} does not occur in the item's text")
    return [start, start + len(value)]


def encode(item: dict, text: str) -> dict:
    """One annotated item with its strings replaced by offsets into ``text``."""
    where = item["id"]
    return {
        "id": item["id"], "published": item["published"], "sha256": _digest(text),
        "entities": [{"span": _span(text, e["text"], where), "label": e["label"]} for e in item["entities"]],
        "events": [{role: (_span(text, value, f"{where} {role}") if role in SPANNED and value is not None else value)
                    for role, value in event.items()} for event in item["events"]],
    }


def decode(record: dict, text: str) -> dict:
    """The annotated item back with its strings (and ``text``), checked against the stored digest."""
    if _digest(text) != record["sha256"]:
        raise DevSetError(f"{record['id']}: the item's text has changed since it was annotated")
    return {
        "id": record["id"], "published": record["published"], "text": text,
        "entities": [{"text": text[slice(*e["span"])], "label": e["label"]} for e in record["entities"]],
        "events": [{role: (text[slice(*value)] if role in SPANNED and value is not None else value)
                    for role, value in event.items()} for event in record["events"]],
    }


def load(name: str, texts: dict[str, str] | None = None) -> list[dict]:
    """The items of dev set ``name`` with their texts, in id order."""
    path = FOLDER / f"{name}.jsonl"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in FOLDER.glob("*.jsonl")))
        raise DevSetError(f"no dev set {name!r} (known: {known})")
    texts = unlabeled_texts() if texts is None else texts
    with open(path, encoding="utf-8") as lines:
        return sorted((decode(record, texts[record["id"]]) for record in map(json.loads, lines) if record),
                      key=lambda item: item["id"])


def main(argv: list[str]) -> None:
    if len(argv) != 3 or argv[0] != "encode":
        sys.exit(__doc__)
    name, gold = argv[1], Path(argv[2])
    texts = unlabeled_texts()
    with open(gold, encoding="utf-8") as lines:
        items = [json.loads(line) for line in lines if line.strip()]
    FOLDER.mkdir(exist_ok=True)
    with open(FOLDER / f"{name}.jsonl", "w", encoding="utf-8") as out:
        for item in sorted(items, key=lambda i: i["id"]):
            out.write(json.dumps(encode(item, texts[item["id"]]), ensure_ascii=False) + "\n")
    print(f"{len(items)} items -> {FOLDER / (name + '.jsonl')}")


if __name__ == "__main__":
    main(sys.argv[1:])
