"""Media named in a credit line: 央视网消息, 湖滨晚报讯, 据青川电视台报道, 湖滨晚报记者 (news organizations are ORG).

A name ending in a media head (网, 社, 报, 电视台 …: lexicon media_heads) directly before a credit cue (消息, 讯,
报道, 记者: lexicon media_cues), starting after punctuation, the text's start or 据; 本报 / 本台 name no one.
"""

from zhqx.entities.grammar import Candidate, Grammar


def media(text: str, grammar: Grammar) -> list[Candidate]:
    """News organizations named in a dateline or credit (央视网消息, 据青川电视台报道)."""
    return [Candidate(m.start(1), m.end(1), "ORG") for m in grammar.media_credit.finditer(text)
            if len(m.group(1)) >= 2]

