"""Media named in a credit line: 央视网消息, 湖滨晚报讯, 据青川电视台报道, 湖滨晚报记者 (news organizations are ORG).

A name ending in a media head (网, 社, 报, 电视台 …: lexicon media_heads) directly before a credit cue (消息, 讯,
报道, 记者: lexicon media_cues), starting after punctuation, the text's start, 据 or a dateline (…6日讯|新华社记者);
本报 / 本台 name no one, also after other words (来看本台记者). A title in 《》 ending in a periodical head (《湖滨日报》) or followed by one (《财富》杂志):
lexicon periodical_heads.
"""

import re

from zhqx.entities.grammar import Candidate, Grammar

_NAME_CHAR = re.compile(r"[\u4e00-\u9fff0-9]")
_LONGEST = 10  # characters of a media name, head included (21世纪经济报道)
_TITLE = re.compile(r"《([^《》]{2,12})》")
_DATELINE_ENDS = ("日讯", "日电")  # 本报北京6月5日讯|新华社记者


def media(text: str, grammar: Grammar) -> list[Candidate]:
    """News organizations named in a dateline or credit (央视网消息, 据青川电视台报道)."""
    found = []
    for head in grammar.media_credit.finditer(text):
        if text[head.start() - 1:head.start()] == "本":
            continue  # 来看|本台记者: the speaker's own outlet names no one, whatever stands before it
        start = head.start()
        while start > max(0, head.end() - _LONGEST) and _goes_on(text, start):
            start -= 1
        if start > 0 and _goes_on(text, start):
            continue  # the name runs on further left: no credit line starts here
        if head.end() - start >= 2 and text[start] != "本":
            found.append(Candidate(start, head.end(), "ORG"))
    return found + _titles(text, grammar)


def _goes_on(text: str, start: int) -> bool:
    """Whether a media name may run on left of ``start``: a name character, not 据 nor a dateline's end."""
    return (_NAME_CHAR.match(text, start - 1) is not None and text[start - 1] != "据"
            and text[max(0, start - 2):start] not in _DATELINE_ENDS)


def _titles(text: str, grammar: Grammar) -> list[Candidate]:
    """Periodicals named in 《》: 《湖滨日报》 (the title), 《财富》杂志 (brackets and head)."""
    found = []
    heads = grammar["periodical_heads"]
    for title in _TITLE.finditer(text):
        after = heads.prefix_of(text[title.end():title.end() + 4])
        if after:
            found.append(Candidate(title.start(), title.end() + len(after), "ORG"))
        elif heads.suffix_of(title.group(1)) and len(title.group(1)) > len(heads.suffix_of(title.group(1))):
            found.append(Candidate(title.start(1), title.end(1), "ORG"))
    return found
