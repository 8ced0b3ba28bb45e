"""Reading articles from files: UTF-8 (with or without a BOM), UTF-16 (with a BOM, or without one when
every other byte is NUL, as in mostly ASCII text), or GB18030 / GBK; finding the files to read.

``decode`` tries UTF-8 first (strict: GBK bytes are never valid UTF-8 Chinese), then GB18030, a superset
of GBK and GB2312. GB18030 decodes most byte strings, so its result is kept only when it looks like Chinese: no
control or private-use characters (what binary data turns into), and at most one non-ASCII character in
ten outside GB2312, the common simplified characters (text in Shift-JIS or Big5 read as GBK is mostly
outside it). Anything else is an error asking for the encoding, never mojibake. ``file_codec`` and
``text_pieces`` do the same for a file of any size a block at a time, so that it is never whole in memory.
"""

import codecs
import errno
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from zhqx.errors import ZhqxValueError

# Control and private-use characters: what binary data and text in another encoding decode to as GB18030.
_GARBAGE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\U000f0000-\U0010ffff]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_text(path: str | Path, encoding: str | None = None) -> str:
    """The text of the file at ``path`` (see ``decode``)."""
    return decode(Path(path).read_bytes(), encoding, name=str(path))


def decode(data: bytes, encoding: str | None = None, *, name: str = "input") -> str:
    """``data`` decoded with ``encoding`` if given, else as detected; raises ``ZhqxValueError`` naming
    ``name`` when the bytes cannot be decoded."""
    if encoding:
        try:
            return data.decode(codecs.lookup(encoding).name)
        except LookupError:
            raise ZhqxValueError(f"{name}: unknown encoding {encoding!r}; try utf-8 or gb18030") from None
        except UnicodeDecodeError as error:
            raise ZhqxValueError(f"{name}: not valid {encoding} ({error.reason} at byte {error.start})") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return decode(data, codec, name=name)
    wide = _utf16_without_bom(data)
    if wide:
        return decode(data, wide, name=name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is None or _GARBAGE.search(text) or _rare_share(data, text) > 0.1:
        raise ZhqxValueError(
            f"{name}: cannot decode as UTF-8 or GB18030 (GBK); if you know its encoding, give it "
            "(--encoding on the command line)"
        )
    return text


def file_codec(path: str | Path, encoding: str | None = None) -> str | None:
    """The codec ``read_text(path, encoding)`` decodes the file with, found as ``decode`` finds it but reading
    the file a block at a time, never whole; None when ``read_text`` would raise (it then gives the error) or
    the codec cannot decode in blocks (``--encoding utf-16`` without a BOM: ``read_text`` then reads it)."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            return None
        text = isinstance(codecs.getincrementaldecoder(codec)().decode(b"", final=True), str)  # not base64, say
        return codec if text and _decodes(path, codec) else None
    with open(path, "rb") as file:
        head = file.read(len(codecs.BOM_UTF8))
    size = odd = even = 0
    for block in _blocks(path):  # each of even length but the last: the byte pairs stay aligned
        size, odd, even = size + len(block), odd + block[1::2].count(0), even + block[0::2].count(0)
    codec = next((codec for bom, codec in _BOMS if head.startswith(bom)), None) or _wide(size, odd, even)
    if _decodes(path, codec or "utf-8"):
        return codec or "utf-8"
    return None if codec else _gb18030(path)


def text_pieces(path: str | Path, codec: str) -> Iterator[str]:
    """The text of the file at ``path``, decoded with ``codec`` (see ``file_codec``), a piece at a time."""
    for (piece,) in _decoded(path, codecs.getincrementaldecoder(codec)()):
        if piece:
            yield piece


def _blocks(path: str | Path, size: int = 1 << 16) -> Iterator[bytes]:
    with open(path, "rb") as file:
        while block := file.read(size):
            yield block


def _decoded(path: str | Path, *decoders) -> Iterator[list[str]]:
    """Each block of the file at ``path`` through each incremental decoder, then what they hold at the end."""
    for block in _blocks(path):
        yield [decoder.decode(block) for decoder in decoders]
    yield [decoder.decode(b"", final=True) for decoder in decoders]


def _decodes(path: str | Path, codec: str) -> bool:
    """Whether the file decodes with ``codec`` (in blocks, UTF-16 wants a BOM)."""
    try:
        for _ in text_pieces(path, codec):
            pass
    except ValueError:
        return False
    return True


def _gb18030(path: str | Path) -> str | None:
    """"gb18030" when ``decode`` keeps the file read as GB18030 (no garbage, few rare characters), else None."""
    non_ascii = rare = 0
    gb18030, gb2312 = codecs.getincrementaldecoder("gb18030")(), codecs.getincrementaldecoder("gb2312")("replace")
    try:
        for text, lax in _decoded(path, gb18030, gb2312):
            if _GARBAGE.search(text):
                return None
            non_ascii += len(text) - len(text.encode("ascii", "ignore"))
            rare += lax.count("\ufffd")
    except UnicodeDecodeError:
        return None
    return "gb18030" if not non_ascii or rare / non_ascii <= 0.1 else None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when the NUL bytes of ``data`` fall on one side of its byte pairs, at least
    one pair in four (UTF-16 of ASCII and Latin text), never on the other; else None."""
    return _wide(len(data), data[1::2].count(0), data[0::2].count(0))


def _wide(size: int, odd: int, even: int) -> str | None:
    """``_utf16_without_bom`` of ``size`` bytes with ``odd`` NUL bytes at odd offsets and ``even`` at even ones."""
    if size % 2 or not (odd or even):
        return None
    pairs = size // 2
    if odd * 4 >= pairs and even == 0:
        return "utf-16-le"
    if even * 4 >= pairs and odd == 0:
        return "utf-16-be"
    return None


def lines_of(text: str | Iterable[str]) -> Iterator[tuple[int, str]]:
    """(line number from 1, line) of ``text`` (or of the text its pieces make) split at ``\\n`` and ``\\r\\n``
    only (U+2028, \\x0b, \\x1c, \\x85 … stay inside their line, so that the numbers match what editors and
    ``wc -l`` count)."""
    number, head = 0, []  # head: the pieces of the line not yet ended
    for piece in (text,) if isinstance(text, str) else text:
        *ended, rest = piece.split("\n")
        for line in ended:
            line, head, number = "".join([*head, line]), [], number + 1
            yield number, line[:-1] if line.endswith("\r") else line
        head.append(rest)
    line = "".join(head)
    yield number + 1, line[:-1] if line.endswith("\r") else line


def input_files(paths: list[str], report: Callable[[str, bool], None], stdin: str = "-") -> list[str]:
    """The inputs to read: ``stdin`` as is, regular files as given, and the ``*.txt`` regular files under
    each folder (sorted; symbolic links to files followed, to folders not). What cannot be read as an article (a
    FIFO, a device, a broken symbolic link, a loop of them, a directory named ``*.txt``) is skipped and
    ``report``-ed with its reason: as an error (``True``) when given by name, as a warning inside a folder."""
    inputs = []
    for path in paths:
        if path == stdin:
            inputs.append(path)
        elif os.path.isdir(path):
            found = list(_walk(path, report))
            if not found:
                report(f"{path}: no *.txt files in this folder", True)
            inputs += found
        elif (problem := _not_regular(path)) is None:
            inputs.append(path)
        else:
            report(f"{path}: {problem}: skipped", True)
    return inputs


def _walk(folder: str, report: Callable[[str, bool], None]) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in dirs:
            path = os.path.join(root, name)
            if os.path.islink(path):
                report(f"{path}: a symbolic link to a folder: not followed", False)
            elif name.endswith(".txt"):
                report(f"{path}: a directory, not an article: its own *.txt files are read", False)
        for name in sorted(files):
            if name.endswith(".txt"):
                path = os.path.join(root, name)
                problem = _not_regular(path)
                if problem is None:
                    yield path
                else:
                    report(f"{path}: {problem}: skipped", False)


def _not_regular(path: str) -> str | None:
    """Why ``path`` cannot be read as an article without blocking, or None (a regular file, or missing:
    reading it then gives the error)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a loop of symbolic links"
        if os.path.islink(path):
            return "a broken symbolic link"
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), which could make the reader wait forever (pipe it to - instead)"
    return "not a regular file (a device or socket)"


def _rare_share(data: bytes, text: str) -> float:
    """The share of the non-ASCII characters of ``text`` (``data`` read as GB18030) outside GB2312."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return data.decode("gb2312", "replace").count("\ufffd") / non_ascii if non_ascii else 0.0
