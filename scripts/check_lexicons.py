"""Check every lexicon file of zhqx (``zhqx/rules/lexicons/*.tsv``, or the folders given).

    python scripts/check_lexicons.py [FOLDER ...]

Per file: the header starts with entry, source, example; only known columns (not_before, not_after) or
lowercase names follow; each entry appears once, has no spaces around it, a source and a non-empty example that
contains it; context columns hold space-separated strings. Prints one line per problem (file:row: what and the
fix) and exits 1 if there is any. A build tool: not part of the installed package, and it writes nothing.
"""

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT / "zhqx" / "rules" / "lexicons"
REQUIRED = ["entry", "source", "example"]
CONTEXT = ("not_before", "not_after")


def check_file(path: Path) -> list[str]:
    """The problems of one lexicon file, as "path:row: message" lines (empty when it is clean)."""
    problems = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0][:3] != REQUIRED:
        return [f"{path}:1: the header must start with {', '.join(REQUIRED)} (found {rows[0] if rows else 'nothing'})"]
    header = rows[0]
    for column in header[3:]:
        if column not in CONTEXT and not re.fullmatch(r"[a-z_]+", column):
            problems.append(f"{path}:1: column {column!r} is neither {' / '.join(CONTEXT)} nor a lowercase name")
    if len(set(header)) != len(header):
        problems.append(f"{path}:1: a column is named twice")
    seen: dict[str, int] = {}
    for number, values in enumerate(rows[1:], 2):
        if len(values) != len(header):
            problems.append(f"{path}:{number}: {len(values)} fields for {len(header)} columns (a tab too many or few)")
            continue
        row = dict(zip(header, values))
        entry, example = row["entry"], row["example"]
        where = f"{path}:{number}: {entry!r}"
        if not entry or entry != entry.strip():
            problems.append(f"{where}: empty entry or spaces around it")
        if entry in seen:
            problems.append(f"{where}: listed twice (rows {seen[entry]} and {number}); keep one row")
        seen.setdefault(entry, number)
        if not row["source"].strip():
            problems.append(f"{where}: no source; say where the entry comes from")
        if not example.strip():
            problems.append(f"{where}: no example; give the text the entry is there for")
        elif entry not in example:
            problems.append(f"{where}: the example {example!r} does not contain the entry")
        for column in CONTEXT:
            if column in row and row[column] != " ".join(row[column].split()):
                problems.append(f"{where}: {column} must be strings separated by single spaces")
    return problems


def main(argv: list[str] | None = None) -> int:
    folders = [Path(a) for a in (sys.argv[1:] if argv is None else argv)] or [LEXICONS]
    paths = sorted(p for folder in folders for p in folder.glob("*.tsv"))
    if not paths:
        print(f"no lexicon files in {', '.join(map(str, folders))}")
        return 1
    problems = [problem for path in paths for problem in check_file(path)]
    print("\n".join(problems) if problems else f"{len(paths)} lexicon files checked: no problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
