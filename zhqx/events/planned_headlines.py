"""A headline the body does not report as done: a headline writes a happening in the present (甲市本月集中开工15个
项目, 甲署与乙组织签署发展合作) while the body's first sentence, writing the same trigger word, says it is a plan, a
requirement or a state document (这个月，甲市将集中开工15个项目; 要求各县确保…于9月底前全部竣工; 签署了发展合作联合
声明). The body's reading is the article's: the headline event goes too (CONVENTIONS: only what happened). Every
occurrence of the word in that sentence must be one the modality cues deny (计划新开工的80个项目…都已开工 keeps its
headline); a ceremony named after it (开馆仪式在…举行) is no denial."""

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.events.headlines import body_opening, is_headline
from zhqx.events.roles.mentions import occurrences
from zhqx.events.triggers import subject_start
from zhqx.types import ProjectSigning


def drop_planned_headlines(a: Article, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the headline events whose body's first sentence denies them (see the module docstring)."""
    return [d for d in drafts if not (is_headline(a, d.sentence) and _denied_below(a, d))]


def _denied_below(a: Article, draft: Draft) -> bool:
    b0, b1, sentence = body_opening(a, draft.sentence[1])
    if not sentence:
        return False  # the next line is no body sentence (another headline, or the text's end)
    found = list(occurrences(a.text, draft.trigger, b0, b1 - len(draft.trigger) + 1))
    return bool(found) and all(_denied(a, draft, k, b0) for k in found)


def _denied(a: Article, draft: Draft, k: int, floor: int) -> bool:
    """Whether the modality cues read the trigger word at ``k`` as not done (将, 计划, 要求, 确保) or, for a
    signing, as a state document's (联合声明)."""
    text, j = a.text, k + len(draft.trigger)
    clause = a.clause_start(k, floor)
    if a.rules.modality.not_done(text, clause + subject_start(text[clause:k]), k, a.entity_at):
        return True
    return draft.cls is ProjectSigning and a.rules.modality.between_states(text, clause, a.phrase_end(j))
