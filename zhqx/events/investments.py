"""Whether an investment trigger (投资, 注资, 增资, 出资, 斥资, 拿出, 投入) reports a company or body putting in an amount
(CONVENTIONS): an investor before it (a company in its clause, 该公司 / 这家企业 / 双方, or the subject of the clause
before when the trigger opens its own), and the amount right after it or in the next clause (投资创立X，首笔投资约
15亿元). Not a cue word of an amount (投资额, 协议投资), a statistic (完成固定资产投资, 中央预算内投资: no investor),
nor a builder (由X投资建设), nor a forecast (投资将超过…)."""

import re

from zhqx.events.article import Article

_AMOUNT_WORD = re.compile("额|总额|总量|规模")  # 投资额 / 投资总额: a cue word, no verb
_CUE_BEFORE = re.compile(r"(?:协议|合同|意向|计划|实际|固定资产|完成[^，,。；;]{0,8})$")  # 完成基建投资: a statistic
_BUILT_BY = re.compile(r"由[^，,。；;]*$")
_AHEAD = re.compile("将|预计|计划|拟|有望")  # 电网投资将达900亿元: a forecast, 投资计划: a plan
_SETS_UP = re.compile(r"[^，,。；;]{0,12}?(?:设立|组建|成立)")  # 由X出资8亿元设立Y: X invests
_STAKE = re.compile(r"完成对[^，,。；;]{2,40}的$")  # 完成对子公司的增资，增资金额4亿元
# an unnamed investor: 该公司, 这家日资企业, 双方, 23家外资企业; 公司 / 其 opening the clause
_ANAPHOR = re.compile(r"(?:该|这家|(?<![为因])此|其|[两三四五六七八九十\d]+家)[^，,。；;]{0,4}?(?:公司|企业|集团)|双方|三方")
_OPENING_ANAPHOR = re.compile("其(?!中)|公司|企业|集团")
_RECEIVER = re.compile("[向对给]")  # 向X增资: X receives the money
_OPENS = re.compile(r"(?:又|还|并|再|也|已|共|共同|累计|先后|追加|新|再次|首期|近日|日前)*")  # the trigger opens its clause
# the amount in the next clause: 投资创立X，首笔投资约15亿元
_NEXT_AMOUNT = re.compile(r"[^，,。；;]{0,24}[，,](?:首笔|首期|一期|总|共)?投资(?:额|总额)?(?:达到?|为|超过)?")


def invests(a: Article, i: int, j: int, clause: int, floor: int) -> bool:
    """Whether the investment trigger at ``i:j`` (its clause starting at ``clause``, the sentence at ``floor``)
    reports an investment (see the module docstring)."""
    text = a.text
    before, after = text[clause:i], text[j:j + 16]
    money = _money_at(a, j)
    if _AMOUNT_WORD.match(after) or _CUE_BEFORE.search(before) or _AHEAD.match(after):
        return False
    if _BUILT_BY.search(before) and not (money and _SETS_UP.match(text, j)):
        return False  # 由X投资建设: X builds the project
    if _STAKE.search(before):
        return True
    if re.search("总|项目|的$", before[-2:]) or not _investor(a, clause, i, floor):
        return False
    if money or after.startswith("扩产"):
        return True
    following = _NEXT_AMOUNT.match(text, j)
    return bool(following) and _money_at(a, following.end())


def _money_at(a: Article, k: int) -> bool:
    return any(q.kind == "money" for q in a.quantities.between(k, k + 2))


def _investor(a: Article, clause: int, i: int, floor: int) -> bool:
    """Whether the trigger has an investor (see the module docstring)."""
    text = a.text
    if _ANAPHOR.search(text, clause, i) or _OPENING_ANAPHOR.match(text, clause, i):
        return True
    if any(e.end <= i and not _RECEIVER.search(text, clause, e.start) for e in a.companies.between(clause, i)):
        return True
    return clause > floor and bool(_OPENS.fullmatch(text, clause, i)) and any(
        e.end < clause for e in a.companies.between(floor, clause))
