"""Per-article golden snapshots: what zhqx extracts from each fixture article and each MSRA val sentence.

`pytest --update-golden` rewrites the snapshots on purpose; the commit that does so lists and explains each change.
"""

import hashlib
import json
from pathlib import Path

import zhqx

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
FIXTURES = sorted((ROOT / "fixtures" / "articles").glob("*.json"))
MSRA_SENTENCES = "data/msra_ner/msra_val_sentences.txt"


def fixture_snapshot(path: Path) -> dict:
    """The extraction of one fixture article, without its text (the fixture holds it)."""
    article = json.loads(path.read_text(encoding="utf-8"))
    result = zhqx.extract(article["text"], published=article["published"]).to_dict()
    del result["text"]
    return result


def msra_sentences(shared: Path) -> list[str]:
    lines = (shared / MSRA_SENTENCES).read_text(encoding="utf-8").splitlines()
    return ["".join(line.split()) for line in lines]


def msra_snapshot(sentences: list[str]) -> list[dict]:
    """Per sentence: its entities as (start, end, label) and a digest of the whole extraction."""
    rows = []
    for index, result in enumerate(zhqx.extract_many(sentences)):
        full = json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)
        rows.append({"i": index, "entities": [[e.start, e.end, e.label] for e in result.entities],
                     "digest": hashlib.sha1(full.encode("utf-8")).hexdigest()[:16]})
    return rows


def dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
