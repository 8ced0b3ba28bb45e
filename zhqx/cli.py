"""The ``zhqx`` command (for now: the version, and the tokens of a text file)."""

import argparse
import sys
from pathlib import Path

from zhqx import __version__


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="zhqx", description="Structured data from Chinese economic news.")
    parser.add_argument("--version", action="version", version=f"zhqx {__version__}")
    commands = parser.add_subparsers(dest="command")
    tokens = commands.add_parser("tokens", help="print the words of a UTF-8 text file, one line per paragraph")
    tokens.add_argument("path", type=Path, help="a UTF-8 text file, or - for standard input")
    args = parser.parse_args(argv)
    if args.command != "tokens":
        parser.print_help()
        return 2
    try:
        text = sys.stdin.read() if str(args.path) == "-" else args.path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        print(f"zhqx: cannot read {args.path}: {error}", file=sys.stderr)
        return 1
    from zhqx import load

    nlp = load()
    for paragraph in text.splitlines():
        if paragraph.strip():
            print(" | ".join(token.text for token in nlp.make_doc(paragraph) if not token.is_space))
    return 0


if __name__ == "__main__":
    sys.exit(main())
