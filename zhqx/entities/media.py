"""Media named in a credit line: 央视网消息, 湖滨晚报讯, 据青川电视台报道, 湖滨晚报记者 (news organizations are ORG).

A name ending in a media head (网, 社, 报, 电视台 …: lexicon media_heads) directly before a credit cue (消息, 讯,
报道, 记者: lexicon media_cues), starting after punctuation, the text's start or 据; 本报 / 本台 name no one.
"""

import re

from zhqx.entities.grammar import Candidate, Grammar

_NAME_CHAR = re.compile(r"[\u4e00-\u9fff0-9]")
_LONGEST = 10  # characters of a media name, head included (21世纪经济报道)


def media(text: str, grammar: Grammar) -> list[Candidate]:
    """News organizations named in a dateline or credit (央视网消息, 据青川电视台报道)."""
    found = []
    for head in grammar.media_credit.finditer(text):
        start = head.start()
        while start > max(0, head.end() - _LONGEST) and _NAME_CHAR.match(text, start - 1) and text[start - 1] != "据":
            start -= 1
        if start > 0 and _NAME_CHAR.match(text, start - 1) and text[start - 1] != "据":
            continue  # the name runs on further left: no credit line starts here
        if head.end() - start >= 2 and text[start] != "本":
            found.append(Candidate(start, head.end(), "ORG"))
    return found
