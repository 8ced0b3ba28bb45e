"""Reading articles from files: UTF-8 (with or without a BOM), UTF-16 with a BOM, or GB18030 / GBK.

``decode`` tries UTF-8 first (strict: GBK bytes are never valid UTF-8 Chinese), then GB18030, a superset
of GBK and GB2312. GB18030 decodes most byte strings, so its result is kept only when it looks like Chinese: no
control or private-use characters (what binary data turns into), and at most one non-ASCII character in
ten outside GB2312, the common simplified characters (text in Shift-JIS or Big5 read as GBK is mostly
outside it). Anything else is an error asking for the encoding, never mojibake.
"""

import codecs
import re
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


def _rare_share(data: bytes, text: str) -> float:
    """The share of the non-ASCII characters of ``text`` (``data`` read as GB18030) outside GB2312."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return data.decode("gb2312", "replace").count("\ufffd") / non_ascii if non_ascii else 0.0
