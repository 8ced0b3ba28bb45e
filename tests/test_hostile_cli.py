"""Issue 15's reproducers for the command line: no input lost, no output lost, nothing that hangs."""

import codecs
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
from functools import partial
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import zhqx
from zhqx import cli
from zhqx import reading
from zhqx.reading import decode, file_codec, lines_of, text_pieces
from zhqx.writing import write_jsonl

SIGNING = "昆山高新区共6个项目签约，总投资72.3亿元。"
RESUMPTION = "无锡高新区有7800家企业复工。"
ZHQX = [sys.executable, "-m", "zhqx.cli"]


def run(*args, stdin=None):
    return CliRunner().invoke(cli.app, list(args), input=stdin)


def command(*args, timeout=120, **kwargs):
    """The real command in a child process; a hang fails the test (TimeoutExpired) instead of the suite."""
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run([*ZHQX, *args], timeout=timeout, **streams)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(SIGNING, encoding="utf-8")
    (tmp_path / "c.txt").write_text(RESUMPTION, encoding="utf-8")
    return tmp_path


def _lines(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def test_a_file_that_fails_inside_is_reported_and_the_others_written_with_two_processes(folder, tmp_path):
    (folder / "b.txt").write_text("毒" + SIGNING, encoding="utf-8")
    original = zhqx.pipeline.events.find_events

    def find_events(text, **kwargs):
        if "毒" in text:
            raise RuntimeError("a rule failed")
        return original(text, **kwargs)

    out = tmp_path / "out.jsonl"
    with mock.patch.object(zhqx.pipeline.events, "find_events", find_events):
        result = run("extract", str(folder), "-n", "2", "--batch-size", "1", "-o", str(out))
    assert result.exit_code == 1
    assert f"{folder / 'b.txt'}: RuntimeError: a rule failed" in result.stderr
    assert [Path(r["source"]).name for r in _lines(out)] == ["a.txt", "c.txt"]


def test_an_output_that_is_also_an_input_is_refused_and_the_input_kept(folder):
    for output in (folder / "a.txt", folder / "sub" / ".." / "a.txt"):
        (folder / "sub").mkdir(exist_ok=True)
        result = run("extract", str(folder), "-o", str(output))
        assert result.exit_code == 2 and f"-o {output} is also an input" in result.stderr
        assert (folder / "a.txt").read_text(encoding="utf-8") == SIGNING


def test_an_existing_output_is_kept_when_every_input_fails(folder, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("out")
    out = elsewhere / "results.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    (folder / "bad.txt").write_bytes(bytes(range(256)))
    result = run("extract", str(folder / "bad.txt"), str(folder / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1 and "left unchanged" in result.stderr
    assert out.read_text(encoding="utf-8") == "earlier results\n"
    assert [p.name for p in elsewhere.iterdir()] == ["results.jsonl"]


@pytest.mark.parametrize("kind", ["jsonl", "csv", "table"])
def test_ctrl_c_leaves_the_existing_output_as_it_was_and_no_temporary_file(folder, tmp_path_factory, kind):
    elsewhere = tmp_path_factory.mktemp("out")
    out = elsewhere / "out.txt"
    out.write_text("earlier results\n", encoding="utf-8")
    real = zhqx.extract_many

    def interrupted(*args, **kwargs):
        yield next(real(*args, **kwargs))
        raise KeyboardInterrupt

    with mock.patch.object(zhqx, "extract_many", interrupted):
        result = run("extract", str(folder), "-f", kind, "-o", str(out))
    assert result.exit_code == 130 and "interrupted" in result.stderr
    assert out.read_text(encoding="utf-8") == "earlier results\n"
    assert [p.name for p in elsewhere.iterdir()] == ["out.txt"]


def test_a_complete_output_replaces_the_old_one_keeping_its_mode(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    assert run("extract", str(folder), "-o", str(out)).exit_code == 0
    assert len(_lines(out)) == 2 and oct(out.stat().st_mode & 0o777) == "0o640"


# -- inputs that are no regular files ------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifos_symlink_loops_broken_links_and_txt_folders_are_reported_not_opened(folder):
    os.mkfifo(folder / "p.txt")
    inside = folder / "inside"
    inside.mkdir()
    os.mkfifo(inside / "q.txt")
    (inside / "broken.txt").symlink_to(inside / "nowhere")
    (inside / "loop1.txt").symlink_to(inside / "loop2.txt")
    (inside / "loop2.txt").symlink_to(inside / "loop1.txt")
    (inside / "folder.txt").mkdir()
    (inside / "up").symlink_to(folder)
    (inside / "ok.txt").write_text(RESUMPTION, encoding="utf-8")
    result = command("extract", str(folder / "p.txt"), str(inside), str(folder / "a.txt"))
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr  # the FIFO given by name is an error
    assert f"{folder / 'p.txt'}: a FIFO" in stderr
    for name, reason in [("q.txt", "a FIFO"), ("broken.txt", "a broken symbolic link"),
                         ("loop1.txt", "a loop of symbolic links"), ("folder.txt", "a directory"),
                         ("up", "a symbolic link to a folder")]:
        assert f"warning: {inside / name}: {reason}" in stderr
    assert [Path(json.loads(line)["source"]).name for line in result.stdout.decode().splitlines()] == ["ok.txt", "a.txt"]


# -- outputs that fail ---------------------------------------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("where", ["-o", "stdout"])
def test_a_full_disk_is_a_clear_error_not_a_traceback(folder, where):
    if where == "-o":
        result = command("extract", str(folder), "-o", "/dev/full")
    else:
        with open("/dev/full", "w") as full:
            result = command("extract", str(folder), stdout=full)
    stderr = result.stderr.decode()
    assert result.returncode == 3 and "No space left on device" in stderr and "Traceback" not in stderr


def test_a_closed_stdout_ends_quietly_with_the_sigpipe_code(tmp_path):
    (tmp_path / "many.txt").write_text("\n".join([SIGNING] * 400), encoding="utf-8")
    child = subprocess.Popen([*ZHQX, "extract", str(tmp_path / "many.txt"), "--lines"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(child.stdout.readline())["source"].endswith("many.txt:1")
    child.stdout.close()  # as `| head -1` does
    _, stderr = child.communicate(timeout=120)
    assert child.returncode == 128 + signal.SIGPIPE and stderr.decode().strip() == ""


# -- reading -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_detected(codec):
    text = "Kunshan high-tech zone: 6 projects signed, 72.3% growth.\n"
    assert decode(text.encode(codec)) == text
    assert decode(("Kunshan 昆山 " * 3).encode(codec)) == "Kunshan 昆山 " * 3


def test_nul_bytes_alone_do_not_make_utf16():
    assert decode(SIGNING.encode() + b"\x00") == SIGNING + "\x00"


_CHARS = st.characters(blacklist_categories=("Cs",))
_FILES = st.one_of(
    st.text(_CHARS).map(str.encode), st.text(_CHARS).map(lambda t: codecs.BOM_UTF8 + t.encode()),
    st.text(_CHARS).map(lambda t: t.encode("utf-16")), st.binary(),
    *(st.text("Kunshan 6 项目，\n").map(partial(str.encode, encoding=codec)) for codec in ("utf-16-le", "utf-16-be")),
    st.text("昆山高新區签约项目億元，。ab1\r\n").map(partial(str.encode, encoding="gb18030")),
    st.text("昆山高新區簽約項目億元，。ab1\r\n").map(partial(str.encode, encoding="big5")),
)


@settings(max_examples=300, deadline=None)
@given(_FILES, st.sampled_from([None, None, "utf-8", "gb18030", "utf-16", "base64"]))
def test_a_file_read_in_blocks_is_decoded_as_when_read_whole(data, encoding):
    """``file_codec`` and ``text_pieces`` (a long file, read in blocks: here 4 bytes) agree with ``decode``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_bytes(data)
        try:
            expected = decode(data, encoding)
        except ValueError:
            expected = None
        with mock.patch.object(reading, "_blocks", partial(reading._blocks, size=4)):
            codec = file_codec(path, encoding)
            # None: read whole (what cannot be read in blocks: utf-16 given, no BOM; base64 given, no text)
            assert codec is None if expected is None else codec or encoding, codec
            assert codec is None or "".join(text_pieces(path, codec)) == expected


def test_a_long_file_is_never_whole_in_memory(tmp_path):
    """The command reads, cuts and writes a file over ``STREAMED_CHARS`` a piece at a time (extraction
    replaced by a stub here): its peak Python allocation grows far less than the text (2 bytes a character)."""

    def stub(chunk, **kwargs):
        yield zhqx.Extraction(text=chunk)

    zhqx.extract(SIGNING)  # the pipeline loaded before (it runs on the placeholder of the long article)
    peaks, sizes = [], []
    for lines in (10_000, 40_000):
        text = "\n".join(f"{1 + i % 12}月{1 + i % 28}日，昆山高新区共{2 + i % 7}个项目签约，总投资{i}.5亿元。" for i in range(lines))
        (tmp_path / "long.txt").write_text(text, encoding="utf-8")
        sizes.append(2 * len(text))
        del text
        tracemalloc.start()
        try:
            with mock.patch.object(cli, "extract_parts", stub):
                result = run("extract", str(tmp_path / "long.txt"), "-o", str(tmp_path / "out.jsonl"))
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert result.exit_code == 0, result.output
        written = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["text"]
        assert written == (tmp_path / "long.txt").read_text(encoding="utf-8")
    assert peaks[1] - peaks[0] < (sizes[1] - sizes[0]) / 4, (peaks, sizes)


def test_lines_split_only_at_line_feeds_so_numbers_match(tmp_path):
    text = f"{SIGNING}\u2028续\r\n{RESUMPTION}\x0b\x1c\x85完\n\n{SIGNING}"
    assert [n for n, line in lines_of(text) if line] == [1, 2, 4]
    (tmp_path / "l.txt").write_text(text, encoding="utf-8", newline="")
    result = run("extract", str(tmp_path / "l.txt"), "--lines")
    records = [json.loads(line) for line in result.stdout.splitlines()]  # U+2028, \x85: escaped
    assert [r["source"].rsplit(":", 1)[1] for r in records] == ["1", "2", "4"]
    assert records[0]["text"] == f"{SIGNING}\u2028续" and records[1]["text"].endswith("完")
    with mock.patch.object(cli, "STREAMED_CHARS", 10), mock.patch.object(cli, "read_text", None), \
            mock.patch.object(reading, "_blocks", partial(reading._blocks, size=2)):
        assert run("extract", str(tmp_path / "l.txt"), "--lines").stdout == result.stdout  # a long file, in blocks
    pieces = [text[i : i + 3] for i in range(0, len(text), 3)]  # \r|\n split too
    assert list(lines_of(pieces)) == list(lines_of(text)) and list(lines_of([])) == [(1, "")]


def test_streamed_json_lines_are_the_json_of_the_whole_record():
    extraction = zhqx.extract(SIGNING + "2月20日，\u2028" + RESUMPTION)
    out = io.StringIO()
    write_jsonl(out, "a\"b.txt", extraction)
    record = {"source": "a\"b.txt", **extraction.to_dict()}
    assert out.getvalue() == json.dumps(record, ensure_ascii=False).replace("\u2028", "\\u2028") + "\n"
    assert len(out.getvalue().splitlines()) == 1


# -- a long article is written chunk by chunk ----------------------------------------------------------------

def test_a_long_article_is_streamed_to_the_same_output(tmp_path):
    from zhqx import api
    from zhqx.text import chunking

    text = "\n".join(f"{1 + i % 12}月{1 + i % 28}日，昆山高新区共{2 + i % 7}个项目签约，总投资{i}.5亿元。" for i in range(40))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    (tmp_path / "short.txt").write_text(SIGNING, encoding="utf-8")
    outputs = {}
    with mock.patch.object(api, "CHUNK_CHARS", 150), mock.patch.object(chunking, "CHUNK_CHARS", 150):
        for streamed in (10**9, 300):
            with mock.patch.object(cli, "STREAMED_CHARS", streamed), \
                    mock.patch.object(cli, "extract_parts", wraps=api.extract_parts) as parts:
                for kind in ("jsonl", "csv"):
                    result = run("extract", str(tmp_path / "long.txt"), str(tmp_path / "short.txt"), "-f", kind)
                    assert result.exit_code == 0, result.output
                    outputs[streamed, kind] = result.stdout
            assert parts.called == (streamed == 300)
    assert outputs[300, "jsonl"] == outputs[10**9, "jsonl"] and outputs[300, "csv"] == outputs[10**9, "csv"]
    assert len(json.loads(outputs[300, "jsonl"].splitlines()[0])["events"]) == 40


def test_a_long_article_that_fails_is_reported_and_not_written(tmp_path):
    (tmp_path / "long.txt").write_text("毒" + SIGNING * 20, encoding="utf-8")
    (tmp_path / "short.txt").write_text(SIGNING, encoding="utf-8")

    def failing(text, **kwargs):
        raise RuntimeError("a rule failed")
        yield

    def failing_late(text, **kwargs):
        yield zhqx.extract(text)
        raise RuntimeError("a rule failed")

    for parts in (failing, failing_late):
        with mock.patch.object(cli, "STREAMED_CHARS", 100), mock.patch.object(cli, "extract_parts", parts):
            result = run("extract", str(tmp_path / "long.txt"), str(tmp_path / "short.txt"))
            as_csv = run("extract", str(tmp_path / "long.txt"), str(tmp_path / "short.txt"), "-f", "csv")
        assert result.exit_code == 1 and "long.txt: RuntimeError: a rule failed" in result.stderr
        assert [Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()] == ["short.txt"]
        assert as_csv.exit_code == 1 and "long.txt" not in as_csv.stdout and as_csv.stdout.count("short.txt") == 1


def _wait_until_blocked(child, folder: Path, entries: int) -> None:
    """Until ``folder`` holds ``entries`` entries and ``child`` sleeps with its CPU time still (blocked reading
    stdin), however long a loaded machine takes to start it; without /proc, half a second after the entries."""
    stat, still, last = Path(f"/proc/{child.pid}/stat"), 0, None
    deadline = time.monotonic() + 600
    while still < 3:
        assert child.poll() is None and time.monotonic() < deadline, "the command ended or never got to read stdin"
        time.sleep(0.1)
        if len(list(folder.iterdir())) != entries:
            continue
        if not stat.exists():
            time.sleep(0.5)
            return
        state, *rest = stat.read_text().rsplit(")", 1)[1].split()
        cpu = rest[10:12]  # utime, stime
        still = still + 1 if state == "S" and cpu == last else 0
        last = cpu


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_real_ctrl_c_leaves_the_existing_output_as_it_was(tmp_path):
    """SIGINT while the command waits for stdin, its temporary output open: exit 130, nothing changed."""
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    child = subprocess.Popen([*ZHQX, "extract", "-", "-o", str(out)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_until_blocked(child, tmp_path, entries=2)  # the temporary file beside the output
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=120)
    assert child.returncode == 130, stderr.decode()
    assert "interrupted" in stderr.decode() and "Traceback" not in stderr.decode()
    assert out.read_text(encoding="utf-8") == "earlier results\n" and list(tmp_path.iterdir()) == [out]


def test_a_long_text_is_written_a_piece_at_a_time_as_the_same_json():
    from zhqx import writing

    text = 'a"b\\c\u2028d\x85e\x01' * 5 + SIGNING
    extraction = zhqx.extract(text)
    whole, pieces = io.StringIO(), io.StringIO()
    write_jsonl(whole, "a.txt", extraction)
    with mock.patch.object(writing, "_PIECE", 7):
        write_jsonl(pieces, "a.txt", extraction)
    assert pieces.getvalue() == whole.getvalue() and json.loads(pieces.getvalue())["text"] == text
