"""Kind phrases: a prefix written in words of kinds only before a kind head (县级医疗集团, 省技术创新中心, 外资银行)
names a kind of organisation, not one organisation (CONVENTIONS: a name, not a kind)."""

import re

from zhqx.entities.apposition import known_forms
from zhqx.entities.grammar import Grammar
from zhqx.entities.words import common_words, dictionary_words

_OPENING_QUOTES = "“‘「『"
_LOCAL_LEVELS = "省市县区"  # 省技术|创新中心: a bare level before kind modifiers names a kind
_BRACKETS = "（）()"


def is_kind(text: str, start: int, match: "re.Match[str]", grammar: Grammar, *, strict: bool = False) -> bool:
    """Whether a prefix is written in words of kinds only, no known name nor its start (招商银行, 北大|国际医院) nor an
    opening quote before it (“海峡交流基金会”): two-character common words and the modifiers of lexicon
    kind_modifiers (城市|商业, 县级|公立, 股份|制|商业); ``strict``: common words that are dictionary words too (消费|金融;
    not 美洲|航空, 西南|贝尔: a brand or a region names a company). Before a head of lexicon kind_heads whose words are
    ``modifiers`` only modifiers and industry words (县级|医疗|集团; 世界|黄金|协会, 三峡集团 are names); after 国家 or a
    bare 省, 市 only modifiers (国家重点|实验室, 省技术|创新中心; 国家杂交水稻…中心, 国家开发投资公司 are names)."""
    prefix = text[start:match.start()]
    if text[start:match.end()] in known_forms() or prefix[:2] in known_forms() or (
            start and text[start - 1] in _OPENING_QUOTES):
        return False
    national = next((p for p in grammar.national_prefixes if prefix.startswith(p)), "")
    if national:
        return _words_of(prefix[len(national):], grammar, modifiers_only=True)
    closed = grammar["kind_heads"].where("words", "modifiers").entries
    own = _words_of(prefix, grammar, industry=True) if match.group() in closed else _words_of(
        prefix, grammar, common=True, strict=strict)
    return own or prefix[:1] in _LOCAL_LEVELS and _words_of(prefix[1:], grammar, modifiers_only=True)


def _words_of(words: str, grammar: Grammar, *, common: bool = False, strict: bool = False, industry: bool = False,
              modifiers_only: bool = False) -> bool:
    """Whether ``words`` (not empty) split into kind modifiers, and with ``common`` two-character common words
    (dictionary words too if ``strict``), with ``industry`` industry words (新能源|汽车); brackets skipped
    (工程（技术）) unless ``common``."""
    kind_modifiers = grammar["kind_modifiers"]
    modifiers = kind_modifiers.entries | (set(grammar.industry_heads) if industry else set())
    sizes = {*kind_modifiers.lengths, *(map(len, grammar.industry_heads) if industry else ()), 1, 2}
    reached = {0}
    for k in range(len(words)):
        if k in reached:
            reached.update(k + n for n in sizes if words[k:k + n] in modifiers or not common and (
                n == 1 and words[k] in _BRACKETS) or common and n == 2 and (
                words[k:k + 2] in common_words()) and (not strict or words[k:k + 2] in dictionary_words()))
    return bool(words) and len(words) in reached
