import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import zhqx
from zhqx.cli import app, sample_article
from zhqx.frames import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SIGNING = "昆山高新区共6个项目签约，总投资72.3亿元。"
RESUMPTION = "无锡高新区有7800家企业复工。"


@pytest.fixture
def run():
    def invoke(*args, stdin=None):
        return CliRunner().invoke(app, list(args), input=stdin)

    return invoke


@pytest.fixture
def articles(tmp_path):
    """A folder with a UTF-8 article, a GBK one in a subfolder, and a file that is not a .txt."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(SIGNING, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_bytes(RESUMPTION.encode("gbk"))
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"zhqx {zhqx.__version__}"


def test_demo_shows_a_table_of_the_sample_articles_events(run):
    result = run("demo")
    assert result.exit_code == 0
    assert "project_signing" in result.stdout and "86.4亿元" in result.stdout and "常德澧水高新区" in result.stdout


def test_the_packaged_sample_article_is_the_fixture():
    assert sample_article() == (ROOT / "fixtures" / "sample_article.txt").read_text(encoding="utf-8")


def test_info_names_version_components_provenance_and_location(run):
    result = run("info")
    assert result.exit_code == 0
    for expected in (zhqx.__version__, "zhqx_events", "People's Daily", str(Path(zhqx.__file__).parent)):
        assert expected in result.stdout


def test_extract_a_folder_recursively_to_jsonl(run, articles, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("extract", str(articles), "-o", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]).name for r in records] == ["a.txt", "b.txt"]
    assert records[1]["text"] == RESUMPTION  # the GBK file, detected
    assert [e["type"] for e in records[0]["events"]] == ["project_signing"]
    assert [zhqx.event_from_dict(e) for e in records[0]["events"]] == list(zhqx.extract(SIGNING).events)
    assert {"source", "text", "entities", "quantities", "dates", "relations", "events"} == set(records[0])


def test_a_bad_input_is_reported_with_its_path_and_the_others_still_written(run, articles):
    (articles / "binary.txt").write_bytes(bytes(range(256)))
    result = run("extract", str(articles), str(articles / "missing.txt"))
    assert result.exit_code == 1
    assert "binary.txt: cannot decode" in result.stderr and "missing.txt: No such file" in result.stderr
    assert [Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()] == ["a.txt", "b.txt"]


def test_stdin_one_article_per_line_to_csv(run):
    result = run("extract", "-", "--lines", "--format", "csv", stdin=f"{SIGNING}\n\n{RESUMPTION}\n")
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header.split(",") == list(COLUMNS)
    assert [(r.split(",")[0], r.split(",")[-2]) for r in rows] == [("project_signing", "<stdin>:1"), ("resumption", "<stdin>:3")]


def test_table_format_and_published(run, articles):
    (articles / "c.txt").write_text("2月20日，" + SIGNING, encoding="utf-8")
    result = run("extract", str(articles / "c.txt"), "-f", "table", "--published", "2020-02-25")
    assert result.exit_code == 0
    assert "2020-02-20" in result.stdout and "72.3亿元" in result.stdout


def test_an_explicit_encoding_is_used(run, articles):
    (articles / "big5.txt").write_bytes("蘇州工業園區有7800家企業復工。".encode("big5"))
    assert run("extract", str(articles / "big5.txt")).exit_code == 1  # not UTF-8, not GBK
    result = run("extract", str(articles / "big5.txt"), "--encoding", "big5")
    assert result.exit_code == 0 and json.loads(result.stdout)["events"][0]["park"]["text"] == "蘇州工業園區"


@pytest.mark.parametrize(
    "args",
    [[], ["--published", "2020/02/25", "x.txt"], ["--format", "xml", "x.txt"], ["-n", "0", "x.txt"],
     ["--encoding", "klingon", "x.txt"], ["--no-such-option", "x.txt"]],
    ids=["no path", "bad date", "bad format", "no process", "bad encoding", "unknown option"],
)
def test_usage_errors_exit_2(run, args):
    assert run("extract", *args).exit_code == 2


def test_no_progress_bar_when_stderr_is_not_a_terminal(run, articles):
    result = run("extract", str(articles))
    assert result.exit_code == 0 and result.stderr == ""


def test_progress_bar_on_a_terminal_with_several_inputs(articles):
    """The real command, its stderr a pseudo-terminal: a tqdm bar counting the two articles."""
    fcntl, pty, termios = (pytest.importorskip(name) for name in ("fcntl", "pty", "termios"))
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a real terminal's size
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    process = subprocess.run(
        [sys.executable, "-m", "zhqx.cli", "extract", str(articles)],
        stdout=subprocess.PIPE, stderr=follower, env=env, timeout=120,
    )
    os.close(follower)
    bar = b""
    while chunk := _read(leader):
        bar += chunk
    os.close(leader)
    assert process.returncode == 0 and len(process.stdout.splitlines()) == 2
    assert "2/2" in bar.decode()


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the terminal's other end is closed and everything was read
        return b""


def test_tokens_still_prints_words(run):
    result = run("tokens", str(ROOT / "fixtures" / "sample_article.txt"))
    assert result.exit_code == 0 and "常德 | 澧水 | 高新区" in result.stdout
