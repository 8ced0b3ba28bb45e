"""Happenings the modality test must not take for plans (issue 12): a cue inside a word or a name, 早早, 将 as 把
(将其…落户), a figure's label (计划总投资…，全面开工), a plan cue ended by 已 right before the trigger, a rate
linked by 则 / 也 / 分别 or stated as 接近100% / 已超9成, a ceremony of two triggers held, enterprises' buildings or
counted zones begun (3家企业总部开工建设), a headline's phrase of its own (精准帮扶 X项目全面复工), a letter of intent
signed; and the plans that stay plans. Texts invented."""

import pytest

from zhqx.entities import find_entities
from zhqx.events import find_events
from zhqx.numbers.dates import find_dates
from zhqx.numbers.quantities import find_quantities


def events(text: str) -> list[tuple]:
    found = find_events(text, entities=find_entities(text), quantities=find_quantities(text),
                        dates=find_dates(text), published="2021-06-30")
    return [(e.type, e.trigger, e.count) for e in found]


@pytest.mark.parametrize(("text", "expected"), [
    # 保障 / 拟 inside a word (保障能力, 民生保障企业, 模拟) is no plan
    ("3月2日，东川市应急通信保障能力建设项目在甬江高新区竣工。", [("project_completion", "竣工", None)]),
    ("这两天，东川市46家民生保障企业陆续复工。", [("resumption", "复工", 46)]),
    ("3月2日，东川市气候模拟实验中心项目在甬江高新区竣工。", [("project_completion", "竣工", None)]),
    # a cue inside a company's name (东岚希望集团) is no plan
    ("近日，东岚希望集团三个新猪场全部投产。", [("project_completion", "投产", 3)]),
    # 早早 is done early (早开工 is a plan), also for enterprises without a count
    ("在甬江，上下游的46家配套企业早早复工。", [("resumption", "复工", 46)]),
    ("在甬江，受订单带动，上下游配套企业早早复工。", [("resumption", "复工", None)]),
    # 将 before 其 / 他们的 is 把 (将其研发中心落户…), no future
    ("3月5日，东岚电气将其第二座研发中心落户甬江高新区。", [("settlement", "落户", None)]),
    ("3月5日，东岚电气将他们的第二座研发中心落户甬江高新区。", [("settlement", "落户", None)]),
    # 计划总投资 / 预计总投资 label a figure: the clause after it is no plan
    ("3月1日，华信新材料项目计划总投资50亿元，全面开工建设。", [("project_start", "开工", None)]),
    ("3月1日，华信新材料项目预计总投资50亿元，全面开工建设。", [("project_start", "开工", None)]),
    # 已 right before the trigger ends the plan of the cue before it
    ("临川市计划实施12个搬迁安置项目已全部开工。", [("project_start", "开工", 12)]),
    # a rate linked by 则 / 也 / 分别, 了 after its verb, 接近 / 在…以上 / 9成
    ("东川各区商超的复工率达到88%，农贸市场复工率则超过了93%。", [("resumption", "复工", None)] * 2),
    ("目前，临川市复工率已超9成。", [("resumption", "复工", None)]),
    ("目前，甬江市纺织企业的复产复工率已经在75%左右。", [("resumption", "复产复工", None)]),
    ("东川市的规上企业和商贸企业复工率分别达到91%和80%。", [("resumption", "复工", None)]),
    ("东川市规上企业复工率接近100%。", [("resumption", "复工", None)]),
    # a ceremony of two triggers held (集中开工和签约仪式…举行) reports the start
    ("今天，临川市高新区第二批项目集中开工和签约活动在城东隆重举行，56个开工项目总投资80亿元。",
     [("project_start", "集中开工", 56)]),
    # enterprises counted before 开工建设 are buildings begun, not plants opening again
    ("3月2日，东岚电气、甬华重工等3家企业总部大楼开工建设。", [("project_start", "开工", 3)]),
    # a counted batch of zones launched is their construction begun (a single zone's 建设启动 is its development)
    ("今年3月，东川省12个省级农业示范区建设全面启动。", [("project_start", "启动", None)]),
    # a headline's phrases are split by a space: the cue of the first (帮扶) does not reach the second
    ("精准帮扶 甬华重工新厂项目全面复工\n央视网消息：甬华重工新厂项目是东川市重点工程。", [("resumption", "复工", None)]),
    # a letter of intent signed (签订合作意向书) is a signing, unlike 签约意向
    ("今天（4月2日），临川市人民政府、华信集团和美国甘特公司签订合作意向书。", [("project_signing", "签订", None)]),
])
def test_a_happening_is_not_taken_for_a_plan(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    "甲市已确定的12个项目计划于年内开工。",  # 已 far from the trigger: still a plan
    "今年，甲省计划新开工项目675个。",
    "3月1日，华信新材料项目计划投资50亿元，全面开工建设。",
    "未来三年，甲省将有70个项目陆续动工。",
    "甲市计划于明年投产的乙项目已完成设备安装。",
    "华信化工新材料项目力求早开工。",
    "3月5日，东岚电气将在甬江高新区建设第二座研发中心。",
    "春节后，全市1860家工业企业开工。",  # plants opening again: no start
    "3月1日，青川先导区建设正式启动。",  # a zone's development
    "多措并举 加紧复工复产\n这两天，东川各地出台帮扶措施。",  # the cue in the trigger's own phrase
    "3月1日，宁波高新区12家企业有了签约意向。",
])
def test_a_plan_stays_a_plan(text):
    assert events(text) == []


def test_industry_opening_rate_yields_to_a_resumption_rate_beside_it():
    # 开工率 of industry read as a resumption, beside the projects' 复工率: one happening (fixture 124)
    assert events("3月底，东川市规上工业企业的开工率为95.1%，在建项目复工率100%。") == [("resumption", "复工", None)]
