"""Signings reported by their total amount (签约金额80亿元, 签约总额已超千亿元, 签约项目总投资260亿元): an aggregate
signing (NOTES n036: 合作签约金额近460亿美元 is one), as fairs and conferences report them (展会今天闭幕，签约金额120亿元),
with no project of its own. Not when another signing of its segment, or an aggregate signing of the sentence before,
reports the total (共签约项目13个，…总签约额89亿元: one event, the amount its investment), nor an intention
(意向签约金额), nor deals of trade or purchase (贸易签约额, 采购…签约金额: no project signed; NOTES on the import expo)."""

import re

from zhqx.events.article import Article
from zhqx.events.draft import Draft
from zhqx.types import ProjectSigning

# right after 签约: the total's noun, a verb of amount, then the figure (签约金额达12亿元, 签约项目总投资约9亿元;
# the figure's own qualifier may stand first, 签约金额超过2.5亿元)
_NOUN = re.compile(r"(?:项目)?(?:总?金额|总额|额|总投资额?|投资总额|投资额)")
_VERB = re.compile(r"(?:就|已经?|共|共计|累计)?(?:达到|达|超过|超|逾|近|约|为|突破|接近|高达)?[约近超逾]?")
_FAIR = re.compile("博览会|博会|交易会|洽谈会|投洽会|峰会|大会|论坛")
_INTENDED = re.compile("意向(?:性)?$")  # 意向签约金额: an intention (NOTES n097)
# trade, purchase or financing before it in the sentence (成交飞机120架，签约总金额…; 通过平台进行数据交易，签约金额…;
# 债转股签约金额); not a fair's name (投资贸易洽谈会, 进出口商品交易会)
_TRADE = re.compile("贸易(?!洽谈|博览|投资|合作)|采购|成交|交易(?![会所团])|债转股|进博会|进口博览会|订单")


def signed_amount(a: Article, word: str, j: int) -> bool:
    """Whether the signing trigger ``word`` ending at ``j`` is 签约 followed by its total and an amount of money (not
    签署总额为80亿元的协议: the agreement's amount, read with the agreement)."""
    noun = _NOUN.match(a.text, j) if word.endswith("签约") else None
    if not noun:
        return False
    verb = _VERB.match(a.text, noun.end())
    return any(q.kind == "money" for q in a.quantities.between(noun.end(), verb.end() + 1))


def amount_noun(a: Article, draft: Draft) -> bool:
    """Whether ``draft`` is a signing whose word is the head of its total's noun (签约额, 签约金额): the amount of a
    signing, however the figure is written (签约额1184亿 without 元)."""
    return draft.cls is ProjectSigning and draft.trigger.endswith("签约") and bool(
        _NOUN.match(a.text, draft.pos + len(draft.trigger)))


def signed_total(a: Article, draft: Draft) -> bool:
    """Whether ``draft`` is a signing followed by its total amount."""
    return draft.cls is ProjectSigning and signed_amount(a, draft.trigger, draft.pos + len(draft.trigger))


def total_only(a: Article, draft: Draft, found: list[Draft], kept: list[Draft]) -> bool:
    """Whether ``draft``, a signing followed by its total amount, is an event of its own (see the module
    docstring; ``kept``: the events of its sentence read before it, ``found``: the sentence's candidates); it is then an
    aggregate, without a project."""
    i = draft.pos
    if _INTENDED.search(a.text, max(0, i - 3), i) or _TRADE.search(a.text, draft.sentence[0], i):
        return False
    if draft.get("count") is not None:
        return _aggregate(a, draft, i)
    if any(d.cls is ProjectSigning and d.segment == draft.segment for d in kept + [d for d in found if d.pos > i]):
        return False  # 集中签订了30个项目，总签约金额…: the other signing of its segment carries it
    if a.previous and any(d.cls is ProjectSigning and (d.get("count") or d.get("batch")) and d.sentence == a.previous
                          for d in a.events):
        return False  # 共签约项目131个。其中，…签约额28亿元: the aggregate of the sentence before
    return _aggregate(a, draft, i)


def _aggregate(a: Article, draft: Draft, i: int) -> bool:
    """``draft`` as an aggregate: no project, no party named inside the fair's name."""
    draft.roles["project"], draft.roles["projects"] = None, []
    company = draft.get("company")
    if company and any(_FAIR.match(a.text, m.end()) for m in re.finditer(re.escape(company), a.text[:i])):
        draft.roles["company"] = None  # 中国—东盟博览会签约…: a name inside the fair's, no party
    if not draft.get("company") and not draft.get("count"):
        draft.roles["batch"] = True  # an aggregate whose count, if its brief gives one later, takes it
    return True
