"""Project mentions: whether a span names a project at all, whether two names are one project (a phase
written or not), whether a company only labels a project's name, a kind written before a name, and where a word
occurs."""

import re

from zhqx.events.article import PHASE_END, Article


def _bare(name: str) -> str:
    """A project name without its trailing phase (人才公寓一期 -> 人才公寓)."""
    return PHASE_END.sub("", name) or name


def same_project(known: str, name: str) -> bool:
    """Whether ``name`` refers to the project ``known`` (人才公寓 to 人才公寓一期, 二期工程 to X项目二期工程;
    not 厂房三期项目 to 厂房一期)."""
    phase, known_phase = PHASE_END.search(name), PHASE_END.search(known)
    if phase and known_phase and phase.group()[0] != known_phase.group()[0]:
        return False
    if phase and phase.start() == 0:
        return bool(known_phase)
    return _bare(known).endswith(_bare(name))


def occurrences(text: str, word: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Where ``word`` starts in ``text``, from ``lo`` to before ``hi``."""
    hi = len(text) if hi is None else hi
    found, k = [], text.find(word, max(lo, 0), hi + len(word) - 1)
    while k >= 0:  # non-overlapping, as a regex finds them
        found.append(k)
        k = text.find(word, k + max(len(word), 1), hi + len(word) - 1)
    return found


def mentions_project(a: Article, start: int, end: int) -> bool:
    """False when ``start:end`` holds no project name (``name_spans`` finds none there): no suffix word, no phase."""
    suffixes = a.rules.lexicons["event_project_suffixes"]
    words = _SUFFIX_WORDS.get(suffixes.regex)
    if words is None:  # the entries without their context (a name's end holds one), or a phase
        if len(_SUFFIX_WORDS) > 64:  # the lexicons of many rule variants (tests): start again
            _SUFFIX_WORDS.clear()
        words = _SUFFIX_WORDS[suffixes.regex] = re.compile("|".join(map(re.escape, suffixes)) + "|[一二三四五六首]期")
    return words.search(a.text, start, end) is not None


_SUFFIX_WORDS: dict[str, "re.Pattern[str]"] = {}  # a suffix lexicon's regex -> its entries, or a phase


def labels_only(a: Article, company: str, project: str | None, at: int | None = None) -> bool:
    """Whether ``company`` only labels ``project`` (at ``at``, if given): it opens the project's name and the article
    names it nowhere else, nor by a legal form that owns what follows (owner_ends: 甲公司乙装置开工 names 甲公司)."""
    if not project or not project.startswith(company) or at is not None and not a.text.startswith(project, at):
        return False
    if a.entity_lexicons["owner_ends"].suffix_of(company):
        return False
    return all(a.text.startswith(project, m.start()) for m in re.finditer(re.escape(company), a.text))


_KIND = re.compile(r"[\u4e00-\u9fff]{0,4}?(项目|工程|电站|电厂|基地|铁路|公路)")  # 新型电站, 单体工业项目
_KIND_BEFORE_GROUP = re.compile(_KIND.pattern + r"(?=((?!集团|公司|有限|股份)[\u4e00-\u9fff]{2,8}?(?:集团|公司)))")


def without_kind(a: Article, name: str, end: int) -> str:
    """``name`` (ending at ``end``) without a kind written before the company or place that opens a name with the
    same head (新型电站|甲能源集团乙电站, 单体工业项目|浙江乙石化项目; not 川柳铁路|浙江甲至乙段): CONVENTIONS, a
    descriptor noun in between is no part of a name."""
    start = end - len(name)
    for e in a.entities.between(start + 1, start + 7):
        if e.label in ("ORG", "GPE") and end - e.start >= 4 + len(e.text) \
                and (kind := _KIND.fullmatch(a.text, start, e.start)) and name.endswith(kind.group(1)):
            return a.text[e.start:end]
    kind = _KIND_BEFORE_GROUP.match(name)  # a group named only inside the project's name is no entity
    return name[kind.end():] if kind and len(name) - kind.end() >= 4 + len(kind.group(2)) and name.endswith(
        kind.group(1)) else name
