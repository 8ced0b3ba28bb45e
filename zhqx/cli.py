"""The ``zhqx`` command: ``extract`` articles to JSON lines, CSV or a table; ``demo``; ``info``; ``tokens``.

Exit codes: 0 on success, 1 when an input could not be read or extracted (reported on stderr with its path;
the other inputs are still processed and written), 2 on usage errors, 3 when the output cannot be written
(a full disk: an existing output file is left as it was), 130 on Ctrl-C (likewise), 141 when the reader of
stdout goes away (``| head``), quietly.
"""

import codecs
import csv
import os
import shutil
import sys
import tempfile
import unicodedata
from collections import deque
from collections.abc import Iterator
from enum import Enum
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import spacy
import typer
from tqdm import tqdm

import zhqx
from zhqx import api
from zhqx.api import extract_parts
from zhqx.text.chunking import CHUNK_CHARS, chunks_of, moved
from zhqx.numbers.dates import published_date
from zhqx.frames import COLUMNS, event_rows
from zhqx.loading import pipeline_path
from zhqx.reading import decode, file_codec, input_files, lines_of, read_text, text_pieces
from zhqx.errors import ZhqxValueError
from zhqx.types import Failure
from zhqx.writing import AtomicOutput, write_jsonl, write_jsonl_parts

app = typer.Typer(
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    help="Structured, typed data from Chinese economic and government news.",
)
STDIN = "-"
# An article longer than this (a file of more bytes) is extracted and written chunk by chunk, its results
# never all in memory; a file's text is read a piece at a time, twice (for its chunks, then for the output).
STREAMED_CHARS = 10 * CHUNK_CHARS
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
    failures = []
    inputs = input_files(paths, lambda message, error: _report(message, failures, warning=not error))
    sources = deque()

    def texts() -> Iterator[str]:
        for source, text in _articles(inputs, lines, encoding, failures, streamed=True):
            long = callable(text) or len(text) > STREAMED_CHARS  # extracted below, in its turn: bounded memory
            sources.append((source, (text if callable(text) else partial(iter, (text,))) if long else None))
            yield "" if long else text

    show = len(inputs) > 1 and sys.stderr.isatty() and not quiet
    written, target = 0, None
    try:
        target = _output(output, inputs)
        out = target.file if target else sys.stdout
        writer = _Writer(kind, out)
        with tqdm(total=None if lines else len(inputs), disable=not show, file=sys.stderr, unit="article") as bar:
            found = zhqx.extract_many(
                texts(), published=published, batch_size=batch_size, n_process=n_process, errors="record"
            )
            for extraction in found:
                source, pieces = sources.popleft()
                if isinstance(extraction, Failure):
                    _report(f"{source}: {extraction.error}: {extraction.message}", failures)
                elif pieces is not None:
                    written += _streamed(writer, source, pieces, published, failures)
                else:
                    writer.write(source, extraction)
                    written += 1
                bar.update()
        writer.close()
        if target and not written and failures:
            target.discard()
            _report(f"nothing extracted: {target.path} left unchanged")
        else:
            _unless_unwritable(target.commit if target else out.flush)
    except KeyboardInterrupt:
        _abandon(target, "interrupted")
        raise typer.Exit(130) from None
    except _Unwritable as problem:
        error = problem.__cause__
        if isinstance(error, BrokenPipeError) and target is None:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
            raise typer.Exit(141) from None
        _abandon(target, f"cannot write {target.path if target else 'to stdout'}: {error.strerror or error}")
        raise typer.Exit(3) from None
    raise typer.Exit(1 if failures else 0)


def _streamed(writer: "_Writer", source: str, pieces, published: Optional[str], failures: list) -> bool:
    """Whether the long article whose text ``pieces()`` gives was extracted and written, chunk by chunk
    (else it is reported)."""
    try:
        parts = ((start, part) for start, chunk in chunks_of(pieces(), api.CHUNK_CHARS)
                 for part in extract_parts(chunk, published=published))
        writer.write_parts(source, pieces, parts)
        return True
    except _Unwritable:
        raise
    except Exception as error:  # noqa: BLE001 (as extract_many(errors="record") does for the others)
        _report(f"{source}: {type(error).__name__}: {error}", failures)
        return False


class _Unwritable(Exception):
    """The output could not be written (its cause: the ``OSError``)."""


def _unless_unwritable(write, *args) -> None:
    try:
        write(*args)
    except OSError as error:
        raise _Unwritable() from error


def _output(output: Optional[Path], inputs: list[str]) -> Optional[AtomicOutput]:
    """The output file (None: stdout); an output that is also an input is a usage error."""
    if output is None:
        return None
    for path in inputs:
        if path != STDIN and (os.path.realpath(path) == os.path.realpath(output) or _same_file(path, output)):
            _report(f"-o {output} is also an input: writing it would destroy it; choose another output")
            raise typer.Exit(2)
    try:
        return AtomicOutput(output)
    except OSError as error:
        _report(f"-o {output}: cannot write there: {error.strerror or error}")
        raise typer.Exit(2) from None


def _same_file(a: str, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _abandon(target: Optional[AtomicOutput], message: str) -> None:
    if target:
        if target.discard():
            message += f"; {target.path} left unchanged"
    _report(message)


def _report(message: str, failures: Optional[list] = None, *, warning: bool = False) -> None:
    """An error (added to ``failures`` when given) or a warning, on stderr."""
    if failures is not None and not warning:
        failures.append(message)
    tqdm.write(f"zhqx: {'warning' if warning else 'error'}: {message}", file=sys.stderr)


def _articles(
    inputs: list[str], lines: bool, encoding: Optional[str], failures: list, *, streamed: bool = False
) -> Iterator[tuple[str, str]]:
    """(source, text) of each article; with ``streamed``, a file over ``STREAMED_CHARS`` bytes gives, for its
    text, a function returning its pieces (``text_pieces``), or with ``lines`` its lines as read. An input
    that cannot be read is reported and skipped."""
    for path in inputs:
        try:
            if path == STDIN:
                source, text = "<stdin>", decode(typer.get_binary_stream("stdin").read(), encoding, name="<stdin>")
            elif streamed and os.path.getsize(path) > STREAMED_CHARS and (codec := file_codec(path, encoding)):
                source, text = path, partial(_file_pieces, path, codec, _stamp(path))
            else:
                source, text = path, read_text(path, encoding)
        except OSError as error:
            _report(f"{path}: {error.strerror or error}", failures)
            continue
        except ValueError as error:
            _report(str(error), failures)
            continue
        if lines:
            try:
                found = lines_of(text() if callable(text) else text)
                yield from ((f"{source}:{n}", line) for n, line in found if line.strip())
            except ZhqxValueError as error:  # from _file_pieces
                _report(f"{source}: {error}", failures)
        else:
            yield source, text


def _file_pieces(path: str, codec: str, stamp: tuple) -> Iterator[str]:
    """``text_pieces``, read again; an error of this article (not of the output) when the file has gone or
    changed since ``stamp`` was taken."""
    try:
        yield from text_pieces(path, codec)
        changed = _stamp(path) != stamp
    except OSError as error:
        raise ZhqxValueError(f"cannot read it again: {error.strerror or error}") from None
    if changed:
        raise ZhqxValueError("the file changed while it was read")


def _stamp(path: str) -> tuple:
    status = os.stat(path)
    return status.st_size, status.st_mtime_ns


class _Writer:
    """Writes each article's results as it comes (jsonl, csv) or a table at the end."""

    def __init__(self, kind: Format, out):
        self.kind, self.out, self.rows = kind, out, []
        if kind is Format.csv:
            self.csv = csv.DictWriter(out, fieldnames=COLUMNS)
            self.csv.writeheader()

    def write(self, source: str, extraction: zhqx.Extraction) -> None:
        if self.kind is Format.jsonl:
            _unless_unwritable(write_jsonl, self.out, source, extraction)
        elif self.kind is Format.csv:
            _unless_unwritable(self.csv.writerows, event_rows(extraction, source))
        else:
            self.rows += ([source, *_table_cells(event)] for event in extraction.events)

    def write_parts(self, source: str, pieces, parts: Iterator[tuple[int, zhqx.Extraction]]) -> None:
        """``write`` for an article whose Extraction comes chunk by chunk: (start, the chunk's Extraction) in
        ``parts``; its text in ``pieces()``."""
        if self.kind is Format.jsonl:
            members = (moved(part, part.text, start) for start, part in parts)
            _unless_unwritable(write_jsonl_parts, self.out, source, pieces(), members)
        elif self.kind is Format.csv:  # the rows wait in a temporary file: none written if a chunk fails
            with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spill:
                rows = csv.DictWriter(spill, fieldnames=COLUMNS)
                for _, part in parts:
                    rows.writerows(event_rows(part, source))
                spill.seek(0)
                _unless_unwritable(shutil.copyfileobj, spill, self.out)
        else:
            self.rows += [[source, *_table_cells(event)] for _, part in parts for event in part.events]

    def close(self) -> None:
        if self.kind is Format.table:
            _unless_unwritable(self.out.write, _table(["source", *TABLE_COLUMNS], self.rows) + "\n")


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
    for _, text in _articles(input_files([path], lambda message, _error: _report(message, failures)), False,
                             encoding, failures):
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
