"""A ceremony and the batch it was held for, told in one sentence, are one happening (CONVENTIONS: one event per
happening): 举行签约仪式，17家公司当场签下产业项目…亿元 is one signing, the batch's, with the ceremony's date and park."""

import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft

_CEREMONY = re.compile(r"[^，,。；;]{0,4}?(?:仪式|典礼)")  # 签约|仪式, 开工|暨揭牌仪式


def one_ceremony(a: Article, kept: list[Draft]) -> list[Draft]:
    """``kept`` without a ceremony's event when a counted event of its type follows it in the sentence."""
    dropped = []
    for d in kept:
        batch = next((e for e in kept if e.cls is d.cls and e.pos > d.pos and e.get("count")), None)
        if batch is not None and _CEREMONY.match(a.text, d.pos + len(d.trigger)):
            for role in ("date", "park"):
                batch.fill(role, d.get(role))
            dropped.append(d)
    return [d for d in kept if not any(d is x for x in dropped)]
