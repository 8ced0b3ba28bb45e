"""Headline and body: a headline (a short line of its own, not ended by 。) and the body after it report the same
happening once. A headline event is merged into the first body event of its type that agrees with it (no role
both give differently), before the next headline: the body's event stays, with the headline's roles filling its
gaps; a headline event the body does not report stays as it is."""

import re
from bisect import bisect_left

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.roles.mentions import occurrences
from zhqx.events.roles.project import name_ending
from zhqx.events.spans import BREAK, headline_line

_COMPARED = ("park", "company", "count", "date")
_ROUNDING = 0.1  # a headline's round count off the body's by at most this share is the same figure
_SAME_END = 4  # a park written with another prefix: 甬城自贸区临港片区 / 中国（甬城）自由贸易试验区临港片区


def body_opening(a: Article, at: int) -> tuple[int, int, bool]:
    """The line opening the body after a headline sentence ending at ``at``: where it starts, where its first
    sentence (or the line) ends, and whether that is a body sentence (ended by 。！？, not by a line break or the
    text's end: another headline or none)."""
    b0 = at + len(a.text[at:]) - len(a.text[at:].lstrip())
    end = BREAK.search(a.text, b0)
    return b0, end.start() if end else len(a.text), end is not None and end.group() != "\n"


def merge_headlines(a: Article, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` (in text order) without the headline events a body event reports again."""
    flags = {sentence: is_headline(a, sentence) for sentence in {d.sentence for d in drafts}}
    merged: set[int] = set()
    for k, draft in enumerate(drafts):
        if not flags[draft.sentence]:
            continue
        for body in drafts[k + 1:]:  # up to the next headline
            if flags[body.sentence] and body.sentence != draft.sentence or _headline_between(a, draft, body):
                break
            if (not flags[body.sentence] and body.cls is draft.cls and id(body) not in merged
                    and _agree(draft, body, _named_in(a, draft.get("park"), *body.sentence),
                               bool(_ROUNDED.search(a.text, *draft.sentence)))):
                if _named_in(a, draft.get("park"), body.sentence[0], body.pos):  # the headline's park, named before
                    body.roles["park"] = draft.get("park")  # the body's trigger, where the body names two
                for role, value in draft.roles.items():
                    if not (role == "project" and body.get("count")):  # an aggregate has no project (一批项目)
                        body.fill(role, value)
                if _fuller(draft.get("project"), body.get("project"), a.text[slice(*body.sentence)]):
                    body.roles["project"] = draft.get("project")
                merged.add(id(draft))
                merged.add(id(body))  # one headline per body event
                break
    return [d for d in drafts if not (flags[d.sentence] and id(d) in merged)]


def headline_names(a: Article, drafts: list[Draft]) -> None:
    """A headline event the body does not report again takes the name the body's first sentence writes for its
    project, fuller or without the headline's frame (我国首台|散裂中子源 / 中国散裂中子源, 迎春节|花卉园 / 花卉园):
    annotators keep the body's name (NOTES n109). The two share a tail of four characters or more, at least half
    the headline's name."""
    for draft in drafts:
        name = _text(draft.get("project"))
        if not name or not is_headline(a, draft.sentence):
            continue
        b0, b1, _ = body_opening(a, draft.sentence[1])
        for n in range(len(name), max(_TAIL, (len(name) + 1) // 2) - 1, -1):
            tail = name[-n:]
            found = [k for k in occurrences(a.text, tail, b0, b1 - n + 1) if not _DASH.match(a.text, k + n)]
            full = next((f for k in found if (f := name_ending(a, k + n, b0)) and f.endswith(tail) and not (
                a.rules.lexicons["event_project_suffixes"].pattern.search(f, 0, len(f) - n)
                or _after_date(a, k + n - len(f), b0))), None)
            if full:
                draft.roles["project"] = full
            if found:  # the body writes this much of it: no shorter tail
                break


def _after_date(a: Article, k: int, lo: int) -> bool:
    """Whether a date ends right before ``k`` (2024年|版X中心: a name cut there, not a fuller one)."""
    return any(d.end == k for d in a.dates.between(lo, k))


_ROUNDED = re.compile(r"\d+(?:多|余)[个项家]|(?:超过?|逾|近|约)\d+[个项家]")  # a headline's count: 1000多个, 超7000个
_DASH = re.compile("——|--|—")  # 我国首套X项目——甲公司X项目: a description before the body's name
_TAIL = 4


def _headline_between(a: Article, headline: Draft, body: Draft) -> bool:
    """Whether another headline line stands between the two (a headline with no event of its own still opens
    the next report)."""
    k = bisect_left(a.newlines, headline.sentence[1])
    while k + 1 < len(a.newlines) and a.newlines[k] < body.sentence[0]:
        line = (a.newlines[k] + 1, a.newlines[k + 1])
        if line[1] <= body.sentence[0] and is_headline(a, line):
            return True
        k += 1
    return False


def is_headline(a: Article, sentence: tuple[int, int]) -> bool:
    """Whether the sentence stands on a short line of its own that does not end as body text does (with 。)."""
    k = bisect_left(a.newlines, sentence[0])
    if k == len(a.newlines):
        return False  # the last line has no line break after it: body text
    start, end = (a.newlines[k - 1] + 1 if k else 0), a.newlines[k]
    line = a.text[start:end].strip()
    return sentence[1] <= end + 1 and headline_line(line) and not line.endswith("。")


def _agree(headline: Draft, body: Draft, park_named: bool = False, rounded: bool = False) -> bool:
    """No role is given differently by the two: a place may be shortened or written with another prefix in the
    headline (its last four characters agree, or it abbreviates the body's name) or be one the body's sentence
    names too (``park_named``: 在甲新区举办的乙城大会上…签约), a project named by a description (又一座智能工厂),
    and a headline's rounded amount (超1500亿) or count written as rounded (``rounded``: 超7000个 for the body's
    7239, 近300个 for 296) is no figure of its own."""
    for role in _COMPARED:
        one, two = _text(headline.get(role)), _text(body.get(role))
        if one is None or two is None or one == two or role == "park" and park_named:
            continue
        if role == "count" and rounded and _rounded(one, two):
            continue
        if not (isinstance(one, str) and isinstance(two, str) and (one in two or two in one or (
                role == "park" and (one[-_SAME_END:] == two[-_SAME_END:] or _abbreviates(one, two))))):
            return False
    return True


def _rounded(headline: int, body: int) -> bool:
    """Whether a headline's count is the body's rounded (超7000 / 7239; 近300 / 296): a round number within
    ``_ROUNDING`` of it."""
    return headline % 10 == 0 and abs(headline - body) <= _ROUNDING * body


def _named_in(a: Article, park, lo: int, hi: int) -> bool:
    """Whether ``park`` (a headline's) is named as a park in ``a.text[lo:hi]`` (the body's sentence)."""
    return park is not None and any(name == _text(park) for _, _, name in a.parks.between(lo, hi))


def _abbreviates(one: str, two: str) -> bool:
    """Whether the shorter park name keeps the longer one's characters in order and its last two (长三角一体化示范区
    of 长三角生态绿色一体化发展示范区)."""
    short, long = sorted((one, two), key=len)
    rest = iter(long)
    return short[-2:] == long[-2:] and all(char in rest for char in short)


_CATEGORY = re.compile(r"(?:项目|工程)$")  # 国家重大外资项目|X项目: a category, then the name


def _fuller(headline: str | None, body: str | None, sentence: str) -> bool:
    """Whether the body's project name was cut from the headline's fuller one, which the body's ``sentence``
    writes too (湘江青石大桥 read as 青石大桥). A shorter name the body writes itself stays: annotators take
    the body's name (NOTES n109), not the headline's occasion or place before it (迎春节|花卉园, 甬江|X工程).
    A category before the name is no part of it (国家重大外资项目|X项目)."""
    return bool(headline and body and len(headline) > len(body) and headline.endswith(body)
                and headline in sentence and not _CATEGORY.search(headline, 0, len(headline) - len(body)))


def _text(value):
    """A role's value as compared: a mention's text, else the value."""
    return getattr(value, "text", value)
