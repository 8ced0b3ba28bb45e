"""One-to-one character normalization applied to text before segmentation.

The segmenter is trained on People's Daily text, which is typeset with full-width
digits, Latin letters and punctuation. Real news mixes in half-width forms (``,``
``:`` ``(`` ``72.3`` ``80%``). Mapping every printable ASCII character to its
full-width twin makes both look the same to the model while keeping one output
character per input character, so offsets into the original text never move. ``to_simplified``
maps traditional characters to simplified ones the same way, for the grammars (億 -> 亿, 園區 -> 园区).
"""

import re
from functools import cache
from importlib import resources

_ASCII_TO_FULLWIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}


# Full-width ASCII forms back to ASCII, the ideographic space to a space and U+2212 (minus) to "-".
_FULLWIDTH_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0x2212: 0x2D}


_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000\u2212]")


def to_halfwidth(text: str) -> str:
    """Return ``text`` with full-width ASCII forms mapped back to ASCII (same length)."""
    # A text holds few kinds of them: replacing each kind is about 5x faster than str.translate, which looks
    # up every character of the text in the table.
    for char in set(_FULLWIDTH.findall(text)):
        text = text.replace(char, chr(_FULLWIDTH_TO_ASCII[ord(char)]))
    return text


def to_fullwidth(text: str) -> str:
    """Return ``text`` with printable ASCII mapped to full-width forms (same length)."""
    return text.translate(_ASCII_TO_FULLWIDTH)


@cache
def _simplified_table() -> dict[int, int]:
    lines = (resources.files("zhqx") / "resources" / "traditional.txt").read_text(encoding="utf-8").splitlines()
    return {ord(line[0]): ord(line[2]) for line in lines if not line.startswith("#")}


def to_simplified(text: str) -> str:
    """Return ``text`` with traditional characters mapped to simplified ones, one for one (same length).

    The map (``zhqx/resources/traditional.txt``) holds only characters outside GB2312, so simplified
    text comes back unchanged.
    """
    return text.translate(_simplified_table()) if _traditional().search(text) else text


@cache
def _traditional() -> "re.Pattern[str]":
    """Any character of the map: most texts hold none, and a search costs a fraction of a translation."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_simplified_table())) + "]")
