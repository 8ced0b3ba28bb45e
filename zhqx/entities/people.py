"""People: names right after a title (主任翟立新, 记者 张伟), and names in bylines (（记者 王海涛 通讯员 向丽））."""

import re

from zhqx.entities.grammar import Grammar
from zhqx.entities.scanning import han

_BYLINE = re.compile(r"[（(]([\u4e00-\u9fff·]{2,12}(?:[ \u3000]+[\u4e00-\u9fff·]{2,12})*)[）)]")
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
_RUN = re.compile(r"[\u4e00-\u9fff]{2,4}")


def people(text: str, grammar: Grammar) -> list[tuple[int, int]]:
    """Names right after a title: a surname, or a verb (汉森介绍) after the name; then the bylines."""
    found = _bylines(text, grammar)
    surnames, after_name, not_name = grammar.surnames, grammar.after_name, grammar.not_name
    for match in grammar.title.finditer(text):
        start = match.end()
        dotted = _DOTTED_NAME.match(text, start)  # 副专员艾尔肯·吐尔逊表示
        if dotted:
            end = next((e for e in range(text.index("·", start) + 2, dotted.end()) if after_name.match(text, e)),
                       dotted.end())
            found.append((start, end))
            continue
        run = _RUN.match(text, start)
        if not run or not_name.match(run.group()):
            continue
        name = run.group()
        if after_name.match(name) and not (name[0] in surnames and _followed_by_name_end(text, start, grammar)
                                           and not not_name.match(name, 1) and not grammar.title.match(name, 1)):
            continue  # 主任向记者介绍 / 局长向东升表示
        if name[0] not in surnames and set(name[:2]) & grammar.stop_chars:
            continue
        sizes = (2, 3) if name[2:3] in grammar.after_short_name else (3, 2)  # 张强说: a word after a 2-character name
        for size in (size for size in sizes if size <= len(name)):
            after = after_name.match(text, start + size)
            if after or start + size == len(text):
                foreign = size == 2 and after and han(after.group()[0])  # 副总裁汉森介绍
                if name[0] in surnames or name[:2] in surnames or foreign:
                    found.append((start, start + size))
                break
        else:
            run_end = start + len(name)  # a whole run of 4 (记者 欧阳明月), or 3 and 摄 (记者 王海涛摄)
            if (run_end == len(text) or not han(text[run_end])) and name[0] in surnames:
                found.append((start, run_end - name.endswith("摄")))
    return found


def _followed_by_name_end(text: str, start: int, grammar: Grammar) -> bool:
    """A name of 2 or 3 characters at ``start`` is followed by what ends a name (向东升表示)."""
    return any(grammar.after_name.match(text, start + size) or start + size == len(text) for size in (2, 3))


def _bylines(text: str, grammar: Grammar) -> list[tuple[int, int]]:
    """Names in a byline: 本报讯（记者 乌云其其格 通讯员 向丽）, also without titles right after 讯 / 电."""
    found = []
    titles = grammar["byline_titles"]
    for match in _BYLINE.finditer(text):
        tokens = match.group(1).split()
        titled = any(titles.prefix_of(t) for t in tokens)
        if not titled and not text[max(0, match.start() - 1):match.start()] in ("讯", "电"):
            continue
        offset = match.start(1)
        for token in tokens:
            position = text.index(token, offset)
            offset = position + len(token)
            title = titles.prefix_of(token) or ""
            name = re.sub(r"(?:摄|报道)$", "", token[len(title):])
            if 2 <= len(name) <= 6 or ("·" in name and len(name) <= 12):
                found.append((position + len(title), position + len(title) + len(name)))
    return found
