"""Where the shared corpora live and how to read them; where the builders write (this checkout, never an
installed copy of zhqx: ``scripts/`` is not in the wheel)."""

import hashlib
import json
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURE_ARTICLES = REPO_ROOT / "fixtures" / "articles"


def shared_dir() -> Path:
    """The ``shared/`` folder beside the repo, or ``$ZHQX_SHARED`` when set."""
    return Path(os.environ.get("ZHQX_SHARED", REPO_ROOT.parent / "shared"))


def require(path: Path) -> Path:
    """Return ``path``, or raise FileNotFoundError saying where the data should be."""
    if not path.exists():
        raise FileNotFoundError(
            f"{path} not found: the build scripts read ../shared/data beside the repo "
            "(set ZHQX_SHARED to use another location)"
        )
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_segmented(path: Path) -> list[list[str]]:
    """Read a file of whitespace-separated words, one sentence per line; skip blank lines."""
    with open(require(path), encoding="utf-8") as lines:
        return [words for words in (line.split() for line in lines) if words]


def read_fixture_articles(split: str | None = None) -> list[dict]:
    """The project's annotated articles (``fixtures/articles/*.json``) in id order; only ``split`` if given."""
    articles = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(FIXTURE_ARTICLES.glob("*.json"))]
    return [a for a in articles if split is None or a["split"] == split]
