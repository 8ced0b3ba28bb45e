"""A mere list of names before an aggregate (A、B、C等20项工程陆续开工; A、B等一批重点工程开工; A、B等项目相继投产): one aggregate
event, no member events from the names (CONVENTIONS: a mere list of names makes no member events)."""

import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.types import ProjectCompletion, ProjectStart

_NUMBER = "[0-9０-９一二三四五六七八九十两几百千万多余]+"
# 等 and an amount of items closing a list, then the rest of the clause before the trigger; of a start or a
# completion, also 等 after a list of names (A、B等清洁能源项目相继投产: the works; a signing's list may be its parties)
_COUNTED = rf"等(?:{_NUMBER}[项个座家条批大]|一大?批)"
_NAMED = r"(?<=、)[^、，,。；;：:]{2,20}?等(?![级同待])"
_LIST_END = {False: re.compile(rf"{_COUNTED}[^，,。；;：:]{{0,20}}$"),  # not 由A、B等国援建的X医院: the builders listed
             True: re.compile(rf"(?:{_COUNTED}[^，,。；;：:]{{0,20}}|{_NAMED}[^，,。；;：:的]{{0,20}})$")}
_AGGREGATE_NAME = {False: re.compile(_COUNTED), True: re.compile(f"{_COUNTED}|{_NAMED}")}
_WORKS = (ProjectStart, ProjectCompletion)


def drop_list_members(a: Article, kept: list[Draft]) -> list[Draft]:
    """``kept`` with the events read off a mere list: of the events of one trigger after such a list, only
    its aggregate stays (the one with a count, else one without project or company); a project that is
    itself a list (杭州西站等一批重点工程) is no project."""
    listed: dict[tuple[type, int], list[Draft]] = {}
    for draft in kept:
        works = draft.cls in _WORKS
        if draft.get("project") and _AGGREGATE_NAME[works].search(_text(draft.get("project"))):
            draft.roles["project"] = None
        if not draft.get("member") and _LIST_END[works].search(a.text, draft.segment[0], draft.pos):
            listed.setdefault((draft.cls, draft.pos), []).append(draft)
    chosen = set()
    for drafts in listed.values():
        aggregate = next((d for d in drafts if d.get("count")), None) or drafts[0]
        if aggregate.get("count") is None:
            aggregate.roles["project"] = aggregate.roles["company"] = None
        chosen.add(id(aggregate))
    return [d for d in kept if ((d.cls, d.pos) not in listed or id(d) in chosen)
            and (id(d) in chosen or any(d.get(role) for role in ("project", "company", "count", "park", "rate", "batch")))]


def _text(value) -> str:
    """A role's value as written: a mention's text, else the value."""
    return getattr(value, "text", value)
