"""The ``zhqx`` command: ``extract`` articles to JSON lines, CSV or a table; ``demo``; ``info``; ``tokens``.

Exit codes: 0 on success, 1 when an input could not be read (reported on stderr with its path; the other
inputs are still processed and written), 2 on usage errors.
"""

import codecs
import csv
import json
import sys
import unicodedata
from collections import deque
from collections.abc import Iterator
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import spacy
import typer
from tqdm import tqdm

import zhqx
from zhqx.dates import published_date
from zhqx.frames import COLUMNS, event_rows
from zhqx.loading import pipeline_path
from zhqx.reading import decode, read_text

app = typer.Typer(
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    help="Structured, typed data from Chinese economic and government news.",
)
STDIN = "-"
TABLE_COLUMNS = ("type", "date", "park", "project", "company", "investment", "annual_output", "count")


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zhqx {zhqx.__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Structured, typed data from Chinese economic and government news."""


def _check_published(value: Optional[str]) -> Optional[str]:
    try:
        published_date(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    return value


def _check_encoding(value: Optional[str]) -> Optional[str]:
    try:
        return value and codecs.lookup(value).name
    except LookupError:
        raise typer.BadParameter(f"unknown encoding {value!r}; try utf-8, gb18030 or gbk") from None


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (their *.txt, recursively), or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here, not to stdout.")] = None,
    kind: Annotated[
        Format, typer.Option("--format", "-f", help="One JSON object per article, or one row per event.")
    ] = Format.jsonl,
    published: Annotated[
        Optional[str],
        typer.Option(callback=_check_published, help="Publication date (YYYY-MM-DD): the year of dates without one."),
    ] = None,
    n_process: Annotated[int, typer.Option("-n", "--n-process", min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per batch.")] = 32,
    lines: Annotated[bool, typer.Option("--lines", help="One article per line.")] = False,
    encoding: Annotated[
        Optional[str],
        typer.Option(callback=_check_encoding, help="Input encoding (default: UTF-8 or GB18030, detected)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract entities, quantities, dates and events from articles (one article per file)."""
    try:
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as error:
        raise typer.BadParameter(f"cannot write {output}: {error.strerror}", param_hint="'-o'") from None
    failures = []
    inputs = _expand(paths, failures)
    sources = deque()

    def texts() -> Iterator[str]:
        for source, text in _articles(inputs, lines, encoding, failures):
            sources.append(source)
            yield text

    show = len(inputs) > 1 and sys.stderr.isatty() and not quiet
    writer = _Writer(kind, out)
    with tqdm(total=None if lines else len(inputs), disable=not show, file=sys.stderr, unit="article") as bar:
        for extraction in zhqx.extract_many(texts(), published=published, batch_size=batch_size, n_process=n_process):
            writer.write(sources.popleft(), extraction)
            bar.update()
    writer.close()
    if out is not sys.stdout:
        out.close()
    raise typer.Exit(1 if failures else 0)


def _fail(failures: list, message: str) -> None:
    failures.append(message)
    tqdm.write(f"zhqx: error: {message}", file=sys.stderr)


def _expand(paths: list[str], failures: list) -> list[str]:
    """The inputs: ``-``, files as given, and the ``*.txt`` files under each folder (sorted)."""
    inputs = []
    for path in paths:
        if path != STDIN and Path(path).is_dir():
            found = sorted(str(p) for p in Path(path).rglob("*.txt") if p.is_file())
            if not found:
                _fail(failures, f"{path}: no *.txt files in this folder")
            inputs += found
        else:
            inputs.append(path)
    return inputs


def _articles(inputs: list[str], lines: bool, encoding: Optional[str], failures: list) -> Iterator[tuple[str, str]]:
    """(source, text) of each article; an input that cannot be read is reported and skipped."""
    for path in inputs:
        try:
            if path == STDIN:
                source, text = "<stdin>", decode(typer.get_binary_stream("stdin").read(), encoding, name="<stdin>")
            else:
                source, text = path, read_text(path, encoding)
        except OSError as error:
            _fail(failures, f"{path}: {error.strerror or error}")
            continue
        except ValueError as error:
            _fail(failures, str(error))
            continue
        if lines:
            yield from ((f"{source}:{n}", line) for n, line in enumerate(text.splitlines(), 1) if line.strip())
        else:
            yield source, text


class _Writer:
    """Writes each article's results as it comes (jsonl, csv) or a table at the end."""

    def __init__(self, kind: Format, out):
        self.kind, self.out, self.rows = kind, out, []
        if kind is Format.csv:
            self.csv = csv.DictWriter(out, fieldnames=COLUMNS)
            self.csv.writeheader()

    def write(self, source: str, extraction: zhqx.Extraction) -> None:
        if self.kind is Format.jsonl:
            self.out.write(json.dumps({"source": source, **extraction.to_dict()}, ensure_ascii=False) + "\n")
        elif self.kind is Format.csv:
            self.csv.writerows(event_rows(extraction, source))
        else:
            self.rows += ([source, *_table_cells(event)] for event in extraction.events)

    def close(self) -> None:
        if self.kind is Format.table:
            self.out.write(_table(["source", *TABLE_COLUMNS], self.rows) + "\n")


def _table_cells(event) -> list[str]:
    values = (getattr(event, name, None) for name in TABLE_COLUMNS)
    return ["" if v is None else getattr(v, "text", str(v)) for v in values]


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """A plain text table, columns aligned for wide (CJK) characters."""
    if not rows:
        return "(no events)"
    widths = [max(_width(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    lines = [headers, ["-" * w for w in widths], *rows]
    return "\n".join(
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(line, widths)).rstrip() for line in lines
    )


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def sample_article() -> str:
    """The sample article shipped with zhqx (``zhqx/resources/sample_article.txt``)."""
    return (resources.files("zhqx") / "resources" / "sample_article.txt").read_text(encoding="utf-8")


@app.command()
def demo() -> None:
    """Extract the events of the bundled sample article and show them as a table."""
    text = sample_article()
    found = zhqx.extract(text)
    typer.echo(f"Sample article: {text.splitlines()[0]} ({len(text)} characters)")
    typer.echo(
        f"{len(found.entities)} entities, {len(found.quantities)} quantities, {len(found.dates)} dates, "
        f"{len(found.relations)} relations, {len(found.events)} events:\n"
    )
    typer.echo(_table(list(TABLE_COLUMNS), [_table_cells(event) for event in found.events]))
    typer.echo("\nYour own articles: zhqx extract PATH... -o out.jsonl (see zhqx extract --help)")


@app.command()
def info() -> None:
    """Version, pipeline components, model provenance and install location."""
    nlp = zhqx.load()
    tokenizer = nlp.config["nlp"]["tokenizer"]["@tokenizers"]
    sources = (resources.files("zhqx") / "resources" / "SOURCES.md").read_text(encoding="utf-8")
    typer.echo(f"zhqx {zhqx.__version__} (spaCy {spacy.__version__}, Python {sys.version.split()[0]})")
    typer.echo(f"installed at: {Path(zhqx.__file__).parent}")
    typer.echo(f"pipeline: {pipeline_path()}")
    typer.echo(f"components: tokenizer ({tokenizer}), {', '.join(nlp.pipe_names)}")
    typer.echo("\nModel and data provenance (zhqx/resources/SOURCES.md):\n")
    typer.echo(sources.strip())


@app.command()
def tokens(
    path: Annotated[str, typer.Argument(metavar="PATH", help="A text file, or - for stdin.")],
    encoding: Annotated[
        Optional[str], typer.Option(callback=_check_encoding, help="Input encoding (default: detected).")
    ] = None,
) -> None:
    """Print the words of a text file, one line per paragraph."""
    failures = []
    for _, text in _articles([path], False, encoding, failures):
        nlp = zhqx.load()
        for paragraph in text.splitlines():
            if paragraph.strip():
                typer.echo(" | ".join(token.text for token in nlp.make_doc(paragraph) if not token.is_space))
    raise typer.Exit(1 if failures else 0)


@app.command(
    "spark-job", add_help_option=False, context_settings={"allow_extra_args": True, "ignore_unknown_options": True}
)
def spark_job(ctx: typer.Context) -> None:
    """Extract the events of a Parquet of articles on Apache Spark (zhqx spark-job --help; needs the spark extra)."""
    from zhqx.spark_job import main as run_job

    raise typer.Exit(run_job(ctx.args))


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point of the ``zhqx`` script."""
    app(args=argv, prog_name="zhqx")


if __name__ == "__main__":
    main()
