"""Writing results: an output file replaced only when the run succeeds, and JSON lines streamed.

``AtomicOutput`` writes to a temporary file beside the output and renames it over the output at the end,
so that an interrupted or failed run never leaves a truncated or partial file, and an existing output is
only replaced by a complete one. An output that is no regular file (``/dev/stdout``, a FIFO, a device such
as ``/dev/full``) is written directly.

``write_jsonl`` writes one Extraction as one JSON line member by member (the text a piece at a time), never
holding the whole dict or JSON string of a huge article in memory; ``write_jsonl_parts`` writes the same line
from the results of an article's chunks and its text in pieces (read from its file again), keeping both in
temporary files until the last is read, so that memory stays bounded for an article of any length.
Characters that some readers take for line breaks (U+2028, U+2029, U+0085) are escaped, so that every record
is one line however the file is split.
"""

import json
import os
import shutil
import stat
import tempfile
from dataclasses import fields
from pathlib import Path
from collections.abc import Iterable, Mapping
from typing import TextIO

from zhqx.types import Extraction

_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


_PIECE = 1 << 20  # characters of a long string encoded at a time


def _json(value) -> str:
    return _ENCODER.encode(value).translate(_LINE_BREAKS)


def _write_string(out: TextIO, pieces: Iterable[str]) -> None:
    """``_json("".join(pieces))`` written a piece at a time (JSON escapes each character alone), so that no
    copy of a long article's whole text is made."""
    out.write('"')
    for text in pieces:
        for k in range(0, len(text), _PIECE):
            out.write(_json(text[k : k + _PIECE])[1:-1])
    out.write('"')


class AtomicOutput:
    """A text file at ``path`` that appears, complete, on ``commit()``; ``discard()`` leaves ``path`` as it
    was. Opening raises ``OSError`` when the folder cannot be written."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._direct = self.path.exists() and not stat.S_ISREG(os.stat(self.path).st_mode)
        if self._direct:
            self.file, self._temp = open(self.path, "w", encoding="utf-8", newline=""), None
            return
        descriptor, self._temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        self.file = open(descriptor, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        """Flush and put the file at ``path`` (with the mode an existing output had, else the usual one)."""
        self.file.close()
        if self._temp is None:
            return
        try:
            mode = stat.S_IMODE(os.stat(self.path).st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(self._temp, mode)
        os.replace(self._temp, self.path)

    def discard(self) -> bool:
        """Remove the temporary file, so that ``path`` keeps what it held; False for an output written
        directly (a device, a FIFO), which cannot be restored."""
        try:
            self.file.close()
        except OSError:
            pass  # the flush of a full disk fails again: the data is dropped anyway
        if self._temp is not None and os.path.exists(self._temp):
            os.unlink(self._temp)
        return self._temp is not None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_jsonl(out: TextIO, source: str, extraction: Extraction) -> None:
    """``{"source": source, **extraction.to_dict()}`` as one JSON line, written member by member."""
    out.write('{"source": ' + _json(source) + ', "text": ')
    _write_string(out, (extraction.text,))
    for name in (field.name for field in fields(Extraction)[1:]):
        out.write(f', "{name}": [')
        for i, member in enumerate(getattr(extraction, name)):
            out.write((", " if i else "") + _json(member.to_dict()))
        out.write("]")
    out.write("}\n")


def write_jsonl_parts(
    out: TextIO, source: str, text: Iterable[str], parts: Iterable[Mapping[str, Iterable]]
) -> None:
    """``write_jsonl(out, source, extraction)`` for an article whose text comes in pieces (``text``, read
    after ``parts``) and whose Extraction's members come in ``parts`` (by field name, offsets into the whole
    text); nothing is written to ``out`` when reading the parts or the text raises."""
    names = [field.name for field in fields(Extraction)[1:]]
    spills = {name: tempfile.TemporaryFile("w+", encoding="utf-8", newline="") for name in ("text", *names)}
    try:
        counts = dict.fromkeys(names, 0)
        for part in parts:
            for name in names:
                for member in part[name]:
                    spills[name].write((", " if counts[name] else "") + _json(member.to_dict()))
                    counts[name] += 1
        _write_string(spills["text"], text)
        out.write('{"source": ' + _json(source) + ', "text": ')
        for name, spill in spills.items():
            out.write("" if name == "text" else f', "{name}": [')
            spill.seek(0)
            shutil.copyfileobj(spill, out)
            out.write("" if name == "text" else "]")
        out.write("}\n")
    finally:
        for spill in spills.values():
            spill.close()
