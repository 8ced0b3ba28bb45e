"""Organisations that are no party to an event (CONVENTIONS: the company role is a company, bank, university or
institute): a government body, party organ or coordination mechanism, a media outlet, and a body named as the one
that reports, hosts or organises what happened (青川市商务局牵头举办的洽谈会上…签约; 省经信委介绍，…复工率…).

The kinds come from the entity stage's lexicons: a top national body and its units (national_bodies, column top:
国务院扶贫办, 中共中央政治局常委会), the heads of a body's unit (unit_heads: 办, 局, 机制, 领导小组) and of a government
(gov_suffixes: 工商联, 海关), and the heads of a periodical or a broadcaster (periodical_heads, media_heads); a head
that also ends a company's or an institute's name (研究所, 实验室, 研究中心: company_suffixes, institute_heads) names
no body, nor does an academy's unit head (unit_heads, column institute: 天文台, 分院).
"""

import re
from zhqx.lexicon import Lexicons
from zhqx.types import Entity

# after an organisation in its clause: it hosts or organises the meeting where it happened, or reports it
_HOSTS = re.compile(r"[^，,。；;：:]{0,12}?(?:主办|承办|协办|举办|牵头|组织召开|召开)")
_REPORTS = re.compile(r"(?:\d+月)?(?:\d+日|[今昨]天|日前|近日)?(?:介绍|表示|指出|透露|通报|发布消息|数据显示)[，,：:]")


def _kinds(lex: Lexicons) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the top national bodies, the heads ending a body's name), from the entity stage's lexicons."""
    named = tuple(lex["company_suffixes"]) + tuple(lex["institute_heads"])
    heads = [row["entry"] for name in ("unit_heads", "gov_suffixes", "periodical_heads", "media_heads")
             for row in lex[name].rows if row.get("institute") != "yes"]  # 天文台: an academy's institute
    # 网 also ends a grid company's name (国家电网): a 网 outlet is known only from a credit line (Article)
    heads = [h for h in heads if not any(n.endswith(h) for n in named) and h != "网"]
    return tuple(lex["national_bodies"].where("top", "yes")), tuple(sorted(set(heads), key=len, reverse=True))


def is_body(name: str, lexicons: Lexicons) -> bool:
    """Whether the organisation ``name`` is a government body, party organ, coordination mechanism or media
    outlet (国务院扶贫办, 国务院联防联控机制, 湖滨日报), not a company, bank, university or institute, by the entity
    ``lexicons`` (``Article.entity_lexicons``)."""
    tops, heads = lexicons.derived(_kinds)
    return name.startswith(tops) or name.endswith(heads)


def no_party(text: str, org: Entity, lexicons: Lexicons) -> bool:
    """Whether ``org`` is no party to an event: a body (``is_body``), or named as the host or the reporter of what
    happened (X主办的…签约; X介绍，…)."""
    return is_body(org.text, lexicons) or hosts(text, org) or bool(_REPORTS.match(text, org.end))


def hosts(text: str, org: Entity) -> bool:
    """Whether ``org`` is named as the host or organiser of the meeting where it happened (X主办的, X牵头举办的)."""
    return bool(_HOSTS.match(text, org.end))
