"""Headline and body: a headline (a short line of its own, not ended by 。) and the body after it report the same
happening once. A headline event is merged into the first body event of its type that agrees with it (no role
both give differently), before the next headline: the body's event stays, with the headline's roles filling its
gaps; a headline event the body does not report stays as it is."""

from zhqx.events.article import Article
from zhqx.events.draft import Draft

_HEADLINE = 41  # the longest headline line (as in ``spans``)
_COMPARED = ("park", "company", "count", "date")


def merge_headlines(a: Article, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` (in text order) without the headline events a body event reports again."""
    headlines = sorted({d.sentence for d in drafts if _is_headline(a.text, d.sentence)})
    if not headlines:
        return drafts
    merged: set[int] = set()
    for n, headline in enumerate(headlines):
        end = headlines[n + 1][0] if n + 1 < len(headlines) else len(a.text)
        body = [d for d in drafts if headline[1] <= d.pos < end and not _is_headline(a.text, d.sentence)]
        for draft in (d for d in drafts if d.sentence == headline):
            twin = next((d for d in body if d.cls is draft.cls and id(d) not in merged and _agree(draft, d)), None)
            if twin is not None:
                for role, value in draft.roles.items():
                    twin.fill(role, value)
                merged.add(id(draft))
    return [d for d in drafts if id(d) not in merged]


def _is_headline(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence stands on a short line of its own that does not end as body text does (with 。)."""
    start = text.rfind("\n", 0, sentence[0]) + 1
    end = text.find("\n", sentence[0])
    line = text[start:end].strip()
    return end >= 0 and sentence[1] <= end + 1 and 0 < len(line) <= _HEADLINE and not line.endswith("。")


def _agree(headline: Draft, body: Draft) -> bool:
    """No role is given differently by the two: a place may be shortened in the headline, a project named by a
    description (又一座智能工厂), and a headline's rounded amount (超1500亿) is no figure of its own."""
    for role in _COMPARED:
        one, two = _text(headline.get(role)), _text(body.get(role))
        if one is None or two is None or one == two:
            continue
        if not (isinstance(one, str) and isinstance(two, str) and (one in two or two in one)):
            return False
    return True


def _text(value):
    """A role's value as compared: a mention's text, else the value."""
    return getattr(value, "text", value)
