"""zhqx.numbers.quantities: table-driven cases (dev / regressions / negatives) and properties."""

import json
from decimal import Decimal

import cn2an
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from zhqx.errors import InvalidQuantityError, ZhqxError, ZhqxTypeError
from zhqx.text.normalize import to_halfwidth
from zhqx.numbers.quantities import find_quantities, find_rough_counts, parse_quantity
from zhqx.types import Quantity

E8, E4 = 10**8, 10**4

# text -> (kind, value, low, high, unit, qualifier)
DEV = {
    "72.3亿元": ("money", 7.23e9, 7.23e9, 7.23e9, "CNY", None),
    "1.2万亿元": ("money", 1.2e12, 1.2e12, 1.2e12, "CNY", None),
    "3000万元": ("money", 3e7, 3e7, 3e7, "CNY", None),
    "1,200万元": ("money", 1.2e7, 1.2e7, 1.2e7, "CNY", None),
    "７２.３亿元": ("money", 7.23e9, 7.23e9, 7.23e9, "CNY", None),
    "16.4亿元": ("money", 1640000000.0, 1640000000.0, 1640000000.0, "CNY", None),
    "七十二点三亿元": ("money", 7.23e9, 7.23e9, 7.23e9, "CNY", None),
    "一千二百万元": ("money", 1.2e7, 1.2e7, 1.2e7, "CNY", None),
    "十二亿五千万元": ("money", 1.25e9, 1.25e9, 1.25e9, "CNY", None),
    "两亿元": ("money", 2e8, 2e8, 2e8, "CNY", None),
    "一千零五万元": ("money", 1.005e7, 1.005e7, 1.005e7, "CNY", None),
    "〇元": ("money", 0.0, 0.0, 0.0, "CNY", None),
    "12亿5000万元": ("money", 1.25e9, 1.25e9, 1.25e9, "CNY", None),
    "3千万元": ("money", 3e7, 3e7, 3e7, "CNY", None),
    "人民币壹佰贰拾叁万元整": ("money", 1.23e6, 1.23e6, 1.23e6, "CNY", None),
    "壹仟贰佰元伍角": ("money", 1200.5, 1200.5, 1200.5, "CNY", None),
    "人民币50亿元": ("money", 5e9, 5e9, 5e9, "CNY", None),
    "人民币50亿": ("money", 5e9, 5e9, 5e9, "CNY", None),
    "20亿元人民币": ("money", 2e9, 2e9, 2e9, "CNY", None),
    "5亿美元": ("money", 5e8, 5e8, 5e8, "USD", None),
    "800万欧元": ("money", 8e6, 8e6, 8e6, "EUR", None),
    "3000万港元": ("money", 3e7, 3e7, 3e7, "HKD", None),
    "US$5亿": ("money", 5e8, 5e8, 5e8, "USD", None),
    "超100亿元": ("money", 1e10, 1e10, None, "CNY", "more_than"),
    "三千余万元": ("money", 3e7, 3e7, None, "CNY", "more_than"),
    "100多亿元": ("money", 1e10, 1e10, None, "CNY", "more_than"),
    "约37亿元": ("money", 3.7e9, None, None, "CNY", "about"),
    "约合20亿元人民币": ("money", 2e9, None, None, "CNY", "about"),
    "近5亿元": ("money", 5e8, None, 5e8, "CNY", "nearly"),
    "不到1000万元": ("money", 1e7, None, 1e7, "CNY", "less_than"),
    "3000万到4000万元": ("money", None, 3e7, 4e7, "CNY", "range"),
    "3-5亿元": ("money", None, 3e8, 5e8, "CNY", "range"),
    "3亿至5亿元": ("money", None, 3e8, 5e8, "CNY", "range"),
    "80%": ("percent", 80.0, 80.0, 80.0, "%", None),
    "８０％": ("percent", 80.0, 80.0, 80.0, "%", None),
    "百分之八十": ("percent", 80.0, 80.0, 80.0, "%", None),
    "百分之七十二点五": ("percent", 72.5, 72.5, 72.5, "%", None),
    "百分之百": ("percent", 100.0, 100.0, 100.0, "%", None),
    "50%左右": ("percent", 50.0, None, None, "%", "about"),
    "5%-10%": ("percent", None, 5.0, 10.0, "%", "range"),
    "百分之五到百分之十": ("percent", None, 5.0, 10.0, "%", "range"),
    "-3.5%": ("percent", -3.5, -3.5, -3.5, "%", None),
    "4.8个百分点": ("percent_point", 4.8, 4.8, 4.8, "pp", None),
    "两个百分点": ("percent_point", 2.0, 2.0, 2.0, "pp", None),
    "7800家": ("count", 7800.0, 7800.0, 7800.0, "家", None),
    "九个项目": ("count", 9.0, 9.0, 9.0, "个", None),
    "近40家": ("count", 40.0, None, 40.0, "家", "nearly"),
    "20个团队": ("count", 20.0, 20.0, 20.0, "个", None),
    "150名以上": ("count", 150.0, 150.0, None, "名", "more_than"),
    "30多位": ("count", 30.0, 30.0, None, "位", "more_than"),
    "1.5万人次": ("count", 15000.0, 15000.0, 15000.0, "人次", None),
    "50亩": ("area", 50.0, 50.0, 50.0, "亩", None),
    "18万多平方米": ("area", 1.8e5, 1.8e5, None, "平方米", "more_than"),
    "2-6英寸": ("length", None, 2.0, 6.0, "英寸", "range"),
    "12nm": ("length", 12.0, 12.0, 12.0, "纳米", None),
    "5-7年": ("duration", None, 5.0, 7.0, "年", "range"),
    "三至五年": ("duration", None, 3.0, 5.0, "年", "range"),
    "3个多月": ("duration", 3.0, 3.0, None, "月", "more_than"),
    "不到1天": ("duration", 1.0, None, 1.0, "天", "less_than"),
    "6200t/d": ("throughput", 6200.0, 6200.0, 6200.0, "吨/天", None),
    "30万吨/年": ("throughput", 3e5, 3e5, 3e5, "吨/年", None),
    "120万千瓦": ("power", 1.2e6, 1.2e6, 1.2e6, "千瓦", None),
    "1.5倍": ("multiple", 1.5, 1.5, 1.5, "倍", None),
    "电力指数达到83.98": ("index", 83.98, 83.98, 83.98, "", None),
    "近1/4": ("fraction", 0.25, None, 0.25, "", "nearly"),
    "三分之一以上": ("fraction", 1 / 3, 1 / 3, None, "", "more_than"),
    "150亿": ("number", 1.5e10, 1.5e10, 1.5e10, "", None),
}

# One case per bug found while building the grammar.
REGRESSIONS = {
    "3个月": ("duration", 3.0, 3.0, 3.0, "月", None),  # was read as 3个 (count)
    "将近3年": ("duration", 3.0, None, 3.0, "年", "nearly"),  # 近 guard had hit 将近
    "十万零一十元": ("money", 100010.0, 100010.0, 100010.0, "CNY", None),  # an2cn's 零一十
    "一万二千万元": ("money", 1.2e8, 1.2e8, 1.2e8, "CNY", None),  # 万 over a whole 万 group
    "3万千瓦": ("power", 3e4, 3e4, 3e4, "千瓦", None),  # 千 belongs to the unit
    "零点五亿元": ("money", 5e7, 5e7, 5e7, "CNY", None),
    "3家到5家": ("count", None, 3.0, 5.0, "家", "range"),  # classifier on both ends of a range
    "3百分点": ("percent_point", 3.0, 3.0, 3.0, "pp", None),  # 百 belongs to the unit
    "近百家": ("count", 100.0, None, 100.0, "家", "nearly"),
    "五六个": ("count", None, 5.0, 6.0, "个", "range"),  # neighbouring digits: a range (was no quantity)
    "三五年": ("duration", None, 3.0, 5.0, "年", "range"),
    "十五六家": ("count", None, 15.0, 16.0, "家", "range"),
    "二三十家": ("count", None, 20.0, 30.0, "家", "range"),
    "七八十万元": ("money", None, 7e5, 8e5, "CNY", "range"),
    "一两个": ("count", None, 1.0, 2.0, "个", "range"),  # a bare 百 after a qualifier was missed
    "逾千万元": ("money", 1e7, 1e7, None, "CNY", "more_than"),
    "近万家": ("count", 1e4, None, 1e4, "家", "nearly"),  # a bare 万 after a qualifier (was no quantity)
    "超万亿元": ("money", 1e12, 1e12, None, "CNY", "more_than"),
    "七成": ("percent", 70.0, 70.0, 70.0, "%", None),  # N成 is tenths: a rate (was no quantity)
    "近6成": ("percent", 60.0, None, 60.0, "%", "nearly"),
    "八成以上": ("percent", 80.0, 80.0, None, "%", "more_than"),
    "两三成": ("percent", None, 20.0, 30.0, "%", "range"),
    "不足一成": ("percent", 10.0, None, 10.0, "%", "less_than"),  # 一成 only with a qualifier
}

# Not quantities at all: parse_quantity raises and find_quantities finds nothing.
NEGATIVES = [
    "", "一方面", "十分重要", "万一", "一些", "第一", "第三批", "千万", "百强", "一次性", "一条龙", "两位数",
    "五七个", "十五六十家", "13812345678", "0512-57012345", "2020年", "二〇二〇年", "2020", "1998年", "2019-2020年",
    "一季度", "3月", "2月22日", "123", "七十二", "约", "元", "%", "亿元", "十十元", "天然气",
    "数十家", "几百人", "上千名", "百家企业", "这一成果", "一成不变", "三成员", "一成",  # vague: 数十家 was silently read as 10
]
# Not one whole expression: parse_quantity raises (find_quantities may find a part).
NOT_ONE_EXPRESSION = [
    "72.3亿元 ", " 72.3亿元", "增长1.5倍", "3亿元到2021年", "5-3亿元", "人民币50亿美元", "百分之八十%",
    "3.5.2亿元", "72.3亿元,", "约37亿元和5亿美元",
]

RUNNING_TEXT = [
    pytest.param(
        "上午签约的8个项目总投资56.7亿元,预计年产值超120亿元。",
        ["8个项目", "56.7亿元", "超120亿元"],
        id="signing-summary",
    ),
    pytest.param(
        "目前全区已有3260家企业复工,复工率达85%,较上周提高6.2个百分点。",
        ["3260家企业", "85%", "6.2个百分点"],
        id="resumption-rates",
    ),
    pytest.param(
        "该基地2019年落户园区,占地120亩,建设期约2-3年,计划于3月开工。",
        ["120亩", "约2-3年"],
        id="years-and-months-are-dates",
    ),
    pytest.param(
        "一方面要抓好防控,另一方面要做好服务,这十分重要,万一出现问题要第一时间处置。",
        [],
        id="no-quantities",
    ),
    pytest.param(
        "联系电话:0512-57012345,13812345678。",
        [],
        id="phone-numbers",
    ),
    pytest.param(
        "最近3年引进近百个项目,其中二〇一九年签约二十一个项目、约合人民币四十亿元。",
        ["3年", "近百个项目", "二十一个项目", "约合人民币四十亿元"],
        id="chinese-numerals",
    ),
    pytest.param(
        "园区新签约12个项目,与3家企业签约5亿元。",
        ["12个项目", "3家企业", "5亿元"],
        id="qianyue-is-no-qualifier",
    ),
    pytest.param(
        "全市工业用电指数为92.6,同比回升至疫情前水平的九成。",
        ["指数为92.6", "九成"],  # 九成 is 90%
        id="index",
    ),
]


# Real-text noise, as classes (invented examples): spaces typeset inside a figure, glued figures, a verb of
# amount before it. text -> [(text, start, kind, value)] found in running text.
NOISE = {
    "园区新增9 家企业": [("9 家企业", 4, "count", 9.0)],  # ASCII space before a classifier
    "总投资7 亿元": [("7 亿元", 3, "money", 7e8)],  # before a magnitude
    "总投资7亿 元": [("7亿 元", 3, "money", 7e8)],  # before the currency unit
    "总投资7\u3000亿元": [("7\u3000亿元", 3, "money", 7e8)],  # the ideographic (full-width) space
    "签约6 个项目": [("6 个项目", 2, "count", 6.0)],  # the counted noun still follows
    "用地1.5  万亩": [("1.5  万亩", 2, "area", 1.5e4)],  # two spaces
    "2019 年投产": [],  # a year with a space is still no duration
    "投资5亿9个项目": [("5亿", 2, "number", 5e8), ("9个项目", 4, "count", 9.0)],  # glued after 亿
    "投资40万15家": [("40万", 2, "number", 4e5), ("15家", 5, "count", 15.0)],  # glued after 万 (not 4 places)
    "投资3亿2000万元": [("3亿2000万元", 2, "money", 3.2e8)],  # a lower section ending in 万 continues
    "补贴2万3000元": [("2万3000元", 2, "money", 23000.0)],  # four places after 万 continue
    "招聘2万4千名": [("2万4千名", 2, "count", 24000.0)],  # one digit of 千 after 万 continues
    "复产商户达到58户": [("58户", 6, "count", 58.0)],  # classifier 户
}


@pytest.mark.parametrize("text,expected", list(NOISE.items()), ids=list(NOISE))
def test_real_text_noise(text, expected):
    found = find_quantities(text)
    assert [(q.text, q.start, q.kind, q.value) for q in found] == expected
    for q in found:
        assert _fields(parse_quantity(q.text)) == _fields(q)


# Count classifiers and approximate counts met in real news (invented examples): text -> found (text, value, qualifier).
COUNTS = {
    "发射卫星12颗": [("12颗", 12.0, None)],
    "开行专列86班，": [("86班", 86.0, None)],
    "调整领导班子": [],  # 班子 is no classifier
    "出让地块3宗": [("3宗", 3.0, None)],
    "开行9趟": [("9趟", 9.0, None)],
    "带来一颗真心": [],  # a bare 一 before 颗 / 班 / 趟 / 宗 is no count
    "这一班人": [],
    "走一趟": [],
    "工人三班倒": [],  # 三班倒 is a shift pattern
    "两颗卫星": [("两颗", 2.0, None)],
    "有50来个国家参加": [("50来个国家", 50.0, "about")],  # 来 between number and unit: about
    "二十来家企业": [("二十来家企业", 20.0, "about")],
    "迎来2万来宾": [("2万", 2e4, None)],  # 来 before no unit is no qualifier
    "这5年来": [("5年", 5.0, None)],
}


@pytest.mark.parametrize("text,expected", list(COUNTS.items()), ids=list(COUNTS))
def test_count_classifiers(text, expected):
    found = find_quantities(text)
    assert [(q.text, q.value, q.qualifier) for q in found] == expected
    for q in found:
        assert _fields(parse_quantity(q.text)) == _fields(q)


# A verb of amount before it: parse_quantity accepts it and leaves it out of the text; a qualifier stays in.
LEADING = {
    "达645万元": ("645万元", 1, 6.45e6, None),
    "达到12家": ("12家", 2, 12.0, None),
    "共 7 个": ("7 个", 2, 7.0, None),
    "共计3.5亿元": ("3.5亿元", 2, 3.5e8, None),
    "合计80亩": ("80亩", 2, 80.0, None),
    "总计1200万元": ("1200万元", 2, 1.2e7, None),
    "累计46家": ("46家", 2, 46.0, None),
    "突破10亿元": ("10亿元", 2, 1e9, None),
    "约达9亿元": ("约达9亿元", 0, 9e8, "about"),
    "超过40家": ("超过40家", 0, 40.0, "more_than"),
    "逾6亿元": ("逾6亿元", 0, 6e8, "more_than"),
}


@pytest.mark.parametrize("text,expected", list(LEADING.items()), ids=list(LEADING))
def test_a_leading_verb_of_amount(text, expected):
    quantity = parse_quantity(text)
    assert (quantity.text, quantity.start, quantity.value, quantity.qualifier) == expected
    assert quantity.end == len(text) and text[quantity.start :] == quantity.text
    [found] = find_quantities(text)
    assert found == quantity


@pytest.mark.parametrize("text", ["达", "共计", "达 ", "达达5亿元", "达5亿元和3亿元", "5亿元达"])
def test_a_leading_verb_alone_or_twice_is_no_quantity(text):
    with pytest.raises(InvalidQuantityError):
        parse_quantity(text)


def _fields(quantity: Quantity) -> tuple:
    return quantity.kind, quantity.value, quantity.low, quantity.high, quantity.unit, quantity.qualifier


@pytest.mark.parametrize("text,expected", list(DEV.items()), ids=list(DEV))
def test_dev(text, expected):
    quantity = parse_quantity(text)
    assert _fields(quantity) == expected
    assert (quantity.text, quantity.start, quantity.end) == (text, 0, len(text))


@pytest.mark.parametrize("text,expected", list(REGRESSIONS.items()), ids=list(REGRESSIONS))
def test_regressions(text, expected):
    assert _fields(parse_quantity(text)) == expected


@pytest.mark.parametrize("text", NEGATIVES + NOT_ONE_EXPRESSION, ids=repr)
def test_not_a_quantity_raises(text):
    with pytest.raises(InvalidQuantityError) as error:
        parse_quantity(text)
    assert isinstance(error.value, ValueError) and isinstance(error.value, ZhqxError)
    assert repr(text) in str(error.value)


@pytest.mark.parametrize("text", NEGATIVES, ids=repr)
def test_negatives_not_found(text):
    assert find_quantities(text) == []
    assert find_quantities(f"据悉,{text}。") == []


@pytest.mark.parametrize("text,expected", [
    pytest.param("今年上百家企业入驻", [("上百家", 2, 5, 100.0, "家")], id="hundred"),
    pytest.param("吸引上千名工人、上万个订单", [("上千名", 2, 5, 1000.0, "名"), ("上万个", 8, 11, 10000.0, "个")], id="two"),
    pytest.param("名单以上百家企业受益", [], id="not-yishang"),  # 以上|百家
    pytest.param("网上百家店铺", [], id="not-wangshang"),
])
def test_rough_counts_with_shang_are_read_apart_as_their_low_end(text, expected):
    """上百家 is vague for parse_quantity / find_quantities (NEGATIVES: 上千名); find_rough_counts reads it as more
    than 100 for a caller that wants a figure (an aggregate's count)."""
    found = find_rough_counts(text)
    assert [(q.text, q.start, q.end, q.value, q.unit) for q in found] == expected
    assert all(q.kind == "count" and q.low == q.value and q.high is None and q.qualifier == "more_than" for q in found)
    assert not any("上" in q.text for q in find_quantities(text))  # vague for the grammar


def test_rough_counts_within_bounds():
    text = "上百家企业签约，上千个项目开工"
    assert [q.text for q in find_rough_counts(text, 1, len(text))] == ["上千个"]
    assert [q.text for q in find_rough_counts(text, 0, 4)] == ["上百家"]


def test_exactness_uses_decimal():
    assert parse_quantity("16.4亿元").value == 1640000000.0
    assert parse_quantity("0.1亿元").value == 10000000.0
    assert parse_quantity("1.1万元").value == 11000.0


@pytest.mark.parametrize("text,expected", RUNNING_TEXT)
def test_find_in_running_text(text, expected):
    found = find_quantities(text)
    assert [q.text for q in found] == expected
    for q in found:
        assert text[q.start : q.end] == q.text


def test_find_keeps_offsets_into_original_fullwidth_text():
    text = "共签约１２个项目，总投资７２．３亿元。"
    found = find_quantities(text)
    assert [(q.text, q.value) for q in found] == [("１２个项目", 12.0), ("７２．３亿元", 7.23e9)]
    assert all(text[q.start : q.end] == q.text for q in found)


@pytest.mark.parametrize("bad", [b"72.3\xe4\xba\xbf", 72.3, None, ["72.3亿元"]])
def test_wrong_types(bad):
    for function in (parse_quantity, find_quantities):
        with pytest.raises(ZhqxTypeError, match=type(bad).__name__):
            function(bad)
    with pytest.raises(TypeError, match="decode"):
        parse_quantity(b"5%")


def test_to_dict_is_json_safe_and_round_trips():
    quantity = parse_quantity("约37亿元")
    data = json.loads(json.dumps(quantity.to_dict()))
    assert Quantity.from_dict(data) == quantity
    assert data["value"] == 3.7e9 and data["low"] is None


def test_from_dict_rejects_unknown_keys_naming_allowed():
    data = parse_quantity("50亩").to_dict() | {"currency": "CNY"}
    with pytest.raises(ValueError, match=r"unknown keys \['currency'\].*'qualifier'"):
        Quantity.from_dict(data)


def test_quantity_is_frozen():
    with pytest.raises(AttributeError):
        parse_quantity("50亩").value = 1.0


# --- properties -----------------------------------------------------------------------------------

_MAGNITUDES = {"": 1, "万": E4, "亿": E8}
_CURRENCIES = {"元": "CNY", "美元": "USD", "欧元": "EUR", "元人民币": "CNY"}
_FULL_WIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789.,"}


@st.composite
def amounts(draw, places=st.integers(0, 3)):
    """(number as Decimal, magnitude): integers and decimals that written numbers use."""
    magnitude = draw(st.sampled_from(list(_MAGNITUDES)))
    top = 10**11 if magnitude == "" else 10**8 - 1
    number = Decimal(draw(st.integers(0 if magnitude == "" else 1, top))) / 10 ** draw(places)
    return number.normalize() if number else Decimal(0), magnitude


@settings(max_examples=300)
@given(amounts(), st.sampled_from(["low", "up"]), st.sampled_from(list(_CURRENCIES)))
def test_an2cn_round_trip(amount, mode, currency):
    number, magnitude = amount
    text = cn2an.an2cn(format(number, "f"), mode) + magnitude + currency
    quantity = parse_quantity(text)
    assert quantity.value == float(number * _MAGNITUDES[magnitude]), text
    assert (quantity.kind, quantity.unit) == ("money", _CURRENCIES[currency])


@settings(max_examples=300)
@given(amounts(), st.booleans(), st.booleans(), st.sampled_from(list(_CURRENCIES)))
def test_arabic_round_trip(amount, separators, full_width, currency):
    number, magnitude = amount
    written = format(number, ",f" if separators else "f")
    if full_width:
        written = written.translate(_FULL_WIDTH)
    quantity = parse_quantity(written + magnitude + currency)
    assert quantity.value == float(number * _MAGNITUDES[magnitude])


_NUMERAL_ALPHABET = "0123456789.,%-至到约近超余多以上下左右十百千万亿两零〇一二三四五六七八九壹贰叁元美家个户年月日第分之点指数达共计/ 　。"


_LEADING_VERBS = {"达到", "高达", "多达", "共计", "共有", "合计", "总计", "累计", "总共", "突破", "达", "共", "计"}


@settings(max_examples=500)
@given(st.one_of(st.text(), st.text(alphabet=_NUMERAL_ALPHABET, max_size=20)))
def test_parse_raises_only_value_error(text):
    try:
        quantity = parse_quantity(text)
    except ValueError:
        return
    assert quantity.end == len(text) and quantity.text == text[quantity.start :]
    assert quantity.start == 0 or to_halfwidth(text[: quantity.start]).rstrip(" \u00a0") in _LEADING_VERBS


@settings(max_examples=500)
@given(st.one_of(st.text(), st.text(alphabet=_NUMERAL_ALPHABET, max_size=40)))
def test_find_offsets_valid_ordered_and_reparse(text):
    found = find_quantities(text)
    end = 0
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text
        assert end <= quantity.start < quantity.end
        end = quantity.end
        alone = parse_quantity(quantity.text)
        assert _fields(alone) == _fields(quantity)


@settings(max_examples=200)
@given(st.text(alphabet=_NUMERAL_ALPHABET, max_size=30))
def test_prefix_shifts_offsets(text):
    assume(not text.startswith(("近", "多", "余")))
    prefix = "据报道。"
    shifted = [(q.start - len(prefix), q.end - len(prefix), q.text) for q in find_quantities(prefix + text)]
    assert shifted == [(q.start, q.end, q.text) for q in find_quantities(text)]
