"""Build the traditional -> simplified character map behind ``zhqx.normalize.to_simplified``.

    python scripts/traditional.py

Reads JioNLP's one-for-one character table ``dictionary/tra2sim_char.txt`` (Apache-2.0; JioNLP comes
with ``pip install ".[bench]"``) and writes ``zhqx/resources/traditional.txt``: a provenance header, then
one ``traditional simplified`` pair a line, sorted. Only traditional characters outside GB2312 are kept,
so text already in simplified script (GB2312 covers it) is never changed: 著, 乾, 後 stay as they are.
"""

import hashlib
import importlib.metadata
import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a file: `scripts.*` from this checkout

from scripts.corpus import REPO_ROOT  # noqa: E402

OUT = REPO_ROOT / "zhqx" / "resources" / "traditional.txt"


def source_table() -> Path:
    """JioNLP's table, from the installed package (without importing it: its import is slow and chatty)."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None:
        raise ModuleNotFoundError('the traditional map is built from JioNLP: pip install ".[bench]"')
    return Path(spec.origin).parent / "dictionary" / "tra2sim_char.txt"


def build(source: Path) -> str:
    """The contents of ``traditional.txt`` built from JioNLP's table."""
    pairs = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        traditional, simplified = line.split("\t")
        if traditional != simplified and not _in_gb2312(traditional):
            pairs.add((traditional, simplified))
    data = source.read_bytes()
    header = (
        "# Traditional -> simplified, one character for one. Written by `python scripts/traditional.py`;\n"
        f"# do not edit. From JioNLP {importlib.metadata.version('jionlp')} dictionary/tra2sim_char.txt\n"
        f"# (Apache-2.0, github.com/dongrixinyu/JioNLP), sha256 {hashlib.sha256(data).hexdigest()};\n"
        f"# only traditional characters outside GB2312 are kept: {len(pairs)} pairs.\n"
    )
    return header + "".join(f"{t} {s}\n" for t, s in sorted(pairs))


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


if __name__ == "__main__":
    OUT.write_text(build(source_table()), encoding="utf-8")
    print(f"wrote {OUT}")
