"""zhqx.events and the event types: table-driven cases, negatives, round trips, a dev-fixture floor."""


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repo_modules import load

import zhqx
from zhqx.numbers.dates import find_dates
from zhqx.entities import entity_mentions
from zhqx.events import find_events
from zhqx.numbers.quantities import find_quantities, parse_quantity
from zhqx.types import (
    EVENT_TYPES, Investment, Mention, ProjectSigning, ProjectStart, Resumption, Settlement, event_from_dict,
)


def extract_dicts(text: str, published: str | None = None) -> list[dict]:
    events = find_events(
        text, entities=entity_mentions(text), quantities=find_quantities(text),
        dates=find_dates(text, published=published), published=published,
    )
    return [event.to_dict() for event in events]


def extract(text: str, published: str | None = None) -> list[dict]:
    """``to_dict()`` of each event with project, park and company as their text (each checked against its
    offsets)."""
    events = extract_dicts(text, published)
    for event in events:
        for role in ("project", "park", "company"):
            if event[role] is not None:
                mention = event[role]
                assert text[mention["start"]:mention["end"]] == mention["text"], mention
                event[role] = mention["text"]
    return events


def _shown(event: dict, keys) -> dict:
    """The event restricted to ``keys``, money as its value in yuan (the low end of a range)."""
    shown = {}
    for key in keys:
        value = event[key]
        if isinstance(value, dict):
            value = value["value"] if value["value"] is not None else value["low"]
        shown[key] = value
    return shown


def assert_events(text: str, published: str | None, expected: list[dict], exact: bool = True) -> None:
    """The events of ``text`` match ``expected`` (each shown with the keys its expected dict names), in order;
    ``exact``: and there are no others."""
    found = extract(text, published)
    assert [_shown(e, want) for e, want in zip(found, expected)] == expected
    if exact:
        assert len(found) == len(expected)


# (text, published, [expected events: the listed roles only, money in yuan])
CASES = [
    pytest.param(
        "本报讯 4月9日，嘉兴南湖高新区举行二季度项目集中签约活动，共有7个项目签约，总投资38.5亿元，预计年产值56亿元。",
        None,
        [{"type": "project_signing", "trigger": "签约", "park": "嘉兴南湖高新区", "count": 7, "project": None,
          "investment": 3.85e9, "annual_output": 5.6e9, "date": "04-09"}],
        id="aggregate-signing-not-the-event-name",
    ),
    pytest.param(
        "5月18日，浙江永拓精密部件有限公司新能源电机壳体项目在绍兴柯桥经济开发区开工。该项目总投资9.6亿元，达产后年产值可达14亿元。",
        "2022-05-20",
        [{"type": "project_start", "project": "浙江永拓精密部件有限公司新能源电机壳体项目", "company": None,
          "park": "绍兴柯桥经济开发区", "investment": 9.6e8, "annual_output": 1.4e9, "date": "2022-05-18"}],
        id="start-with-figures-in-next-sentence",
    ),
    pytest.param(
        "近日，苏州云启数据科技有限公司正式入驻苏州太湖科技园，成为园区第30家大数据企业。",
        None,
        [{"type": "settlement", "company": "苏州云启数据科技有限公司", "park": "苏州太湖科技园", "date": None}],
        id="settlement-vague-date",
    ),
    pytest.param(
        "截至2月28日，宜兴经济技术开发区312家企业已复工，员工返岗率达82%。其中，68家规上企业已全部复工。",
        "2020-03-02",
        [{"type": "resumption", "park": "宜兴经济技术开发区", "count": 312, "date": "2020-02-28",
          "return_rate": 82.0},
         {"type": "resumption", "park": "宜兴经济技术开发区", "count": 68, "date": "2020-02-28"}],  # CONVENTIONS:
        id="resumption-aggregate-and-subset",  # a resumption subgroup with its own count is its own event
    ),
    pytest.param(
        "江苏天润机电有限公司是园区骨干企业，2月12日复工以来订单饱满。",
        None,
        [{"type": "resumption", "company": "江苏天润机电有限公司", "count": None, "date": "02-12"}],
        id="resumption-of-a-company",
    ),
    pytest.param(
        "7月2日，浙江华晟控股集团有限公司在平湖经济技术开发区投资5亿元建设智能仓储项目。",
        None,
        [{"type": "investment", "trigger": "投资", "company": "浙江华晟控股集团有限公司", "park": "平湖经济技术开发区",
          "project": "智能仓储项目", "investment": 5e8, "date": "07-02"}],
        id="investment",
    ),
    pytest.param(
        "9月8日，南京江宁经济技术开发区与新加坡企业恒岳集团签署合作协议，项目总投资3亿美元（约合21亿元人民币）。",
        None,
        [{"type": "project_signing", "trigger": "签署", "company": "恒岳集团", "park": "南京江宁经济技术开发区",
          "investment": 2.1e9}],
        id="foreign-amount-with-rmb-equivalent",
    ),
    pytest.param(
        "9月9日，南京江宁经济技术开发区与新加坡企业恒岳集团签署合作协议，项目总投资3亿美元。",
        None,
        [{"type": "project_signing", "company": "恒岳集团", "investment": None}],
        id="foreign-amount-without-equivalent",
    ),
    pytest.param(
        "3月3日，芜湖鸠江经济开发区9个重点项目集中开工，计划总投资64亿元。其中，安徽瑞科新材料有限公司复合材料项目总投资"
        "15亿元；芜湖海纳电子有限公司传感器项目总投资3-5亿元。此外，开工项目还包括芜湖综合物流中心等。",
        None,
        [{"type": "project_start", "count": 9, "investment": 6.4e9, "park": "芜湖鸠江经济开发区"},
         {"type": "project_start", "trigger": "集中开工", "project": "安徽瑞科新材料有限公司复合材料项目",
          "company": None, "investment": 1.5e9, "date": "03-03", "park": "芜湖鸠江经济开发区"},
         {"type": "project_start", "project": "芜湖海纳电子有限公司传感器项目", "investment": 3e8}],
        id="aggregate-with-members",
    ),
    pytest.param(
        "10月12日，台州湾经济技术开发区举行项目签约会，台州东联汽配有限公司轮毂项目、浙江海川药业有限公司制剂项目分别签约，"
        "投资额分别为10亿元和6亿元。",
        None,
        [{"type": "project_signing", "project": "台州东联汽配有限公司轮毂项目", "investment": 1e9},
         {"type": "project_signing", "project": "浙江海川药业有限公司制剂项目", "investment": 6e8}],
        id="two-projects-respectively",
    ),
    pytest.param(
        "11月5日，江西赣锋精密模具有限公司汽车模具项目在吉安井冈山经济技术开发区签约后即开工，项目总投资4亿元。",
        None,
        [{"type": "project_signing", "project": "江西赣锋精密模具有限公司汽车模具项目", "investment": 4e8},
         {"type": "project_start", "project": "江西赣锋精密模具有限公司汽车模具项目", "investment": 4e8, "date": "11-05"}],
        id="signed-then-started",
    ),
    pytest.param(
        "昨天，安徽国科智芯有限公司芯片封测项目在合肥高新区开工。",
        "2021-03-10",
        [{"type": "project_start", "date": "2021-03-09", "park": "合肥高新区"}],
        id="yesterday-against-publication",
    ),
    pytest.param(
        "12月28日，山东鲁源新材料有限公司碳纤维项目在潍坊高新区竣工投产。",
        "2021-01-05",
        [{"type": "project_completion", "trigger": "竣工投产", "date": "2020-12-28"}],
        id="date-after-publication-is-last-year",
    ),
    pytest.param(
        "1月6日，长沙经济技术开发区与湖南星沙智能有限公司签订入驻协议，该公司将在园区建设研发中心。",
        None,
        [{"type": "project_signing", "trigger": "签订", "company": "湖南星沙智能有限公司", "park": "长沙经济技术开发区"}],
        id="signing-an-entry-agreement-is-no-settlement",
    ),
    # -- ceremonies reported as held ------------------------------------------------------------------
    pytest.param(
        "6月3日，合肥新站高新区夏季重大项目集中开工仪式举行，安徽晶宇光电有限公司显示模组项目等15个项目同步开工，总投资86亿元。",
        None,
        [{"type": "project_start", "trigger": "集中开工", "park": "合肥新站高新区", "count": 15, "project": None,
          "investment": 8.6e9, "date": "06-03"}],
        id="ceremony-held-names-the-aggregate",
    ),
    pytest.param(
        "4月12日，“东海之窗”智慧港航中心首期工程开工仪式在舟山普陀经济开发区举行。该工程总投资9.8亿元，由浙江舟港建设投资有限公司投资建设。",
        None,
        [{"type": "project_start", "trigger": "开工", "project": "“东海之窗”智慧港航中心首期工程", "park": "舟山普陀经济开发区",
          "company": "浙江舟港建设投资有限公司", "investment": 9.8e8, "date": "04-12"}],
        id="ceremony-held-quoted-name-phase-and-builder",
    ),
    # -- project names ------------------------------------------------------------------------------------
    pytest.param(
        "5月6日，开发区内的安徽中科储能有限公司储能系统项目二期正式开工，投资额3.2亿元。",
        None,
        [{"type": "project_start", "project": "安徽中科储能有限公司储能系统项目二期", "company": None,
          "investment": 3.2e8}],
        id="name-with-phase-not-its-location",
    ),
    pytest.param(
        "6月2日，甘肃陇西化工有限公司年产6万吨工程塑料项目在兰州新区开工。",
        None,
        [{"type": "project_start", "project": "甘肃陇西化工有限公司年产6万吨工程塑料项目", "park": "兰州新区"}],
        id="name-running-past-an-inner-suffix",
    ),
    pytest.param(
        "9月8日，成都天府新区与德国企业莱茵精工集团正式签约，莱茵精工集团将在新区投资建设其在亚洲最大的高端轴承生产基地。",
        None,
        [{"type": "project_signing", "project": "高端轴承生产基地", "company": "莱茵精工集团", "park": "成都天府新区"}],
        id="built-project-without-its-modifiers",
    ),
    pytest.param(
        "5月9日，东莞松山湖高新区一季度重大项目现场推进会在广东华睿智能装备有限公司精密减速器项目工地举行。该项目当天正式动工，总投资18亿元。",
        None,
        [{"type": "project_start", "trigger": "动工", "project": "广东华睿智能装备有限公司精密减速器项目",
          "company": None, "park": "东莞松山湖高新区", "investment": 1.8e9, "date": "05-09"}],
        id="this-project-named-in-the-sentence-before",
    ),
    pytest.param(
        "9月26日，泰州医药高新区举行四季度项目集中开工活动，江苏恒泰医疗器械有限公司年产500万套一次性耗材项目、"
        "泰州康宁生物科技有限公司疫苗原液项目等9个项目集中开工，合计总投资额63亿元。其中，一次性耗材项目计划总投资8.5亿元，"
        "建成后年销售收入约15亿元。",
        None,
        [{"type": "project_start", "count": 9, "investment": 6.3e9},
         {"type": "project_start", "trigger": "集中开工", "project": "江苏恒泰医疗器械有限公司年产500万套一次性耗材项目",
          "company": None, "investment": 8.5e8, "annual_output": 1.5e9, "date": "09-26"}],
        id="member-short-name-refers-to-the-full-name",
    ),
    pytest.param(
        "11月2日，杭州钱塘经济技术开发区举行秋季招商项目签约仪式，18个项目现场签约，协议投资总额96亿元。签约仪式上，"
        "浙江衢能氢源科技有限公司与开发区管委会签下年产2万吨氢燃料电池材料项目，项目投资总额12亿元，达产后年产值约20亿元。",
        None,
        [{"type": "project_signing", "count": 18, "investment": 9.6e9, "project": None},
         {"type": "project_signing", "trigger": "签约", "project": "年产2万吨氢燃料电池材料项目", "company": "浙江衢能氢源科技有限公司",
          "investment": 1.2e9, "annual_output": 2e9, "date": "11-02"}],
        id="member-signed-at-the-ceremony",
    ),
    pytest.param(
        "7月15日，南京江北新区举行项目集中签约仪式，10个项目集中签约，总投资120亿元。其中，新加坡企业丰源控股有限公司"
        "亚太供应链总部项目投资额2亿美元。",
        None,
        [{"type": "project_signing", "count": 10, "investment": 1.2e10},
         {"type": "project_signing", "project": "丰源控股有限公司亚太供应链总部项目", "company": None,
          "investment": None}],
        id="member-with-a-foreign-amount-only",
    ),
    # -- investment cue words, builders and recipients ----------------------------------------------------
    pytest.param(
        "3月2日，嘉兴港城产业投资有限公司向园区内的浙江禾新材料有限公司注资1.2亿元。",
        None,
        [{"type": "investment", "trigger": "注资", "company": "嘉兴港城产业投资有限公司", "investment": 1.2e8}],
        id="investor-not-recipient",
    ),
    pytest.param(
        "7月8日，泉州台商投资区举行项目签约会，12个项目签约，总投资112亿元。其中，福建闽兴鞋业有限公司智能制鞋项目协议投资26亿元。",
        None,
        [{"type": "project_signing", "count": 12},
         {"type": "project_signing", "project": "福建闽兴鞋业有限公司智能制鞋项目", "investment": 2.6e9}],
        id="agreed-investment-is-a-cue-not-an-event",
    ),
    pytest.param(
        "8月8日，江苏中瑞医药有限公司与常州武进高新区签署投资协议，总投资15亿元的创新药生产基地项目签约落户武进高新区。",
        None,
        [{"type": "project_signing", "trigger": "签署", "project": "创新药生产基地项目", "company": "江苏中瑞医药有限公司",
          "park": "常州武进高新区", "investment": 1.5e9}],
        id="agreement-and-project-signing-are-one-event",
    ),
    # -- counts ---------------------------------------------------------------------------------------------
    pytest.param(
        "记者从绍兴滨海新区获悉，截至2月18日，新区236家规模以上工业企业中已有198家复工，复工率83.9%。",
        "2020-02-22",
        [{"type": "resumption", "count": 198, "park": "绍兴滨海新区", "date": "2020-02-18"}],
        id="count-of-those-that-resumed",
    ),
    pytest.param(
        "今年以来，苏州相城经济技术开发区新落户外资企业35家，合同外资4.2亿美元。",
        "2022-06-30",
        [{"type": "settlement", "count": 35, "park": "苏州相城经济技术开发区", "date": "2022"}],
        id="count-after-the-trigger",
    ),
    pytest.param(
        "4月20日，合肥巢湖经济开发区举行招商推介会。截至4月底，开发区已入驻企业38家；今年1至4月，全区新签约亿元以上项目21个。",
        "2021-05-06",
        [{"type": "settlement", "count": 38, "park": "合肥巢湖经济开发区", "date": "2021-04"},
         {"type": "project_signing", "count": 21, "date": "2021"}],
        id="stock-figures-and-months-of-this-year",
    ),
    # -- resumption of named projects, subsidiaries, dates ------------------------------------------------
    pytest.param(
        "截至3月12日，南昌小蓝经济技术开发区在建的江西华赣化工新材料有限公司年产8万吨特种树脂项目已于3月6日复工；"
        "南昌赣江冷链物流中心项目日前也已复工。",
        None,
        [{"type": "resumption", "project": "江西华赣化工新材料有限公司年产8万吨特种树脂项目", "date": "03-06"},
         {"type": "resumption", "project": "南昌赣江冷链物流中心项目", "date": None}],
        id="resumption-of-named-projects-vague-date",
    ),
    pytest.param(
        "记者昨日从青岛西海岸新区获悉，韩国的大成精工株式会社全资子公司大成精密部件（青岛）有限公司日前正式落户新区。",
        "2021-07-20",
        [{"type": "settlement", "company": "大成精密部件（青岛）有限公司", "park": "青岛西海岸新区", "date": None}],
        id="subsidiary-settles-reporting-date-is-not-its-date",
    ),
    pytest.param(
        "6月30日，安徽华宇光电有限公司光学膜项目在滁州经济技术开发区竣工投产，达产后年销售收入可达12亿元。此前一天，"
        "同在开发区的滁州明宏塑胶有限公司注塑件项目顺利竣工。",
        "2021-07-02",
        [{"type": "project_completion", "annual_output": 1.2e9, "date": "2021-06-30"},
         {"type": "project_completion", "trigger": "竣工", "park": "滁州经济技术开发区", "date": "2021-06-29"}],
        id="day-before-and-annual-sales",
    ),
    pytest.param(
        "3月29日，赣州章江电子信息产业园迎来首批企业，16家企业集中进驻。截至3月底，产业园已入驻企业52家。",
        "2021-04-01",
        [{"type": "settlement", "count": 16, "park": "赣州章江电子信息产业园", "date": "2021-03-29"},
         {"type": "settlement", "count": 52, "park": "赣州章江电子信息产业园", "date": "2021-03"}],
        id="bare-park-word-refers-back",
    ),
    pytest.param(
        "5月8日，德清县经济开发区举行二季度重大项目集中开工仪式。开工项目6个，总投资22.4亿元。其中，"
        "浙江同创新材料有限公司年产5万吨改性塑料项目投资5.2亿元，德清县交投集团标准厂房三期投资2.8亿元。",
        "2022-05-10",
        [{"type": "project_start", "trigger": "集中开工", "park": "德清县经济开发区", "count": 6, "date": "2022-05-08",
          "investment": 2.24e9},
         {"type": "project_start", "trigger": "集中开工", "project": "浙江同创新材料有限公司年产5万吨改性塑料项目",
          "company": None, "park": "德清县经济开发区", "investment": 5.2e8, "date": "2022-05-08"},
         {"type": "project_start", "trigger": "集中开工", "project": "德清县交投集团标准厂房三期",
          "park": "德清县经济开发区", "investment": 2.8e8, "date": "2022-05-08"}],
        id="ceremony-held-then-aggregate-and-comma-listed-members",
    ),
    pytest.param(
        "上半年，全市园区项目建设亮点频现。东湖经济开发区新开工项目12个，总投资58亿元，其中湖南中联精工有限公司"
        "智能装备产业基地总投资15亿元；西城高新区新入驻企业31家；北港化工园区方面，湖南衡化集团今年向园区内子公司增资3亿元。",
        "2023-07-12",
        [{"type": "project_start", "trigger": "开工", "park": "东湖经济开发区", "count": 12, "investment": 5.8e9,
          "date": "2023"},
         {"type": "project_start", "trigger": "开工", "project": "湖南中联精工有限公司智能装备产业基地",
          "park": "东湖经济开发区", "investment": 1.5e9, "date": "2023"},
         {"type": "settlement", "park": "西城高新区", "count": 31, "date": "2023"},
         {"type": "investment", "trigger": "增资", "park": "北港化工园区", "investment": 3e8, "date": "2023"}],
        id="roundup-period-member-after-qizhong-and-own-segment-investment",
    ),
    pytest.param(
        "江苏海纳智能装备有限公司数控机床项目6月3日签约，次日即破土动工，项目总投资3.2亿元。",
        "2021-06-08",
        [{"type": "project_signing", "project": "江苏海纳智能装备有限公司数控机床项目", "date": "2021-06-03",
          "investment": 3.2e8},
         {"type": "project_start", "trigger": "破土动工", "project": "江苏海纳智能装备有限公司数控机床项目",
          "company": None, "date": "2021-06-04", "investment": 3.2e8}],
        id="signed-then-started-next-day",
    ),
    pytest.param(
        "湖南华宁智能装备有限公司数控系统项目位于株洲高新区，用地150亩。记者了解到，该项目已于3月5日正式投产。",
        "2021-04-01",
        [{"type": "project_completion", "trigger": "投产", "project": "湖南华宁智能装备有限公司数控系统项目",
          "company": None, "date": "2021-03-05"}],
        id="anaphor-opening-the-trigger-clause",
    ),
    pytest.param(
        "4月2日，株洲高新区五六个项目集中签约，总投资约十余亿元。",
        "2021-04-08",
        [{"type": "project_signing", "trigger": "集中签约", "park": "株洲高新区", "count": 5, "project": None,
          "investment": 1e9, "date": "2021-04-02"}],
        id="count-written-as-neighbouring-digits",
    ),
    pytest.param(
        "当天，智慧物流港项目、冷链仓储中心项目和跨境电商产业园项目在芜湖高新区集中签约，总投资分别为8亿元、5亿元和6.5亿元。",
        None,
        [{"type": "project_signing", "project": "智慧物流港项目", "park": "芜湖高新区", "investment": 8e8},
         {"type": "project_signing", "project": "冷链仓储中心项目", "park": "芜湖高新区", "investment": 5e8},
         {"type": "project_signing", "project": "跨境电商产业园项目", "park": "芜湖高新区", "investment": 6.5e8}],
        id="coordinated-projects-with-their-amounts",
    ),
    pytest.param(
        "上午，铜陵狮子山高新区举行新兴产业项目集中开工仪式，9个项目同时开工，总投资43.6亿元。",
        None,
        [{"type": "project_start", "trigger": "集中开工", "project": None, "count": 9, "investment": 4.36e9}],
        id="generic-project-category-is-no-name",
    ),
    pytest.param(
        "6月1日，园区与普瑞达Pureda医疗科技（上海）有限公司签约，总投资6.8亿元的高端医用敷料项目落户上海金泽湾智能制造产业园。",
        "2022-06-08",
        [{"type": "project_signing", "project": "高端医用敷料项目", "company": "普瑞达Pureda医疗科技（上海）有限公司",
          "park": "上海金泽湾智能制造产业园", "investment": 6.8e8, "date": "2022-06-01"}],
        id="signing-then-the-project-settles-latin-company",
    ),
    pytest.param(
        "12月26日，禾源县工业园区8个项目集中竣工投产、6个项目集中开工。集中竣工投产的项目总投资23.5亿元，其中江西禾茂竹木制品有限公司"
        "竹缠绕复合管项目总投资5.2亿元；集中开工的项目总投资31.2亿元。",
        "2023-12-28",
        [{"type": "project_completion", "count": 8, "investment": 2.35e9},
         {"type": "project_start", "count": 6, "investment": 3.12e9},
         {"type": "project_completion", "project": "江西禾茂竹木制品有限公司竹缠绕复合管项目", "investment": 5.2e8}],
        id="figures-of-aggregates-named-again-by-their-trigger",
    ),
    pytest.param(
        "上月28日，马鞍山江东新型建材有限公司光伏玻璃深加工项目在马鞍山采石河经济开发区奠基。",
        "2024-07-11",
        [{"type": "project_start", "trigger": "奠基", "date": "2024-06-28"}],
        id="last-month-against-the-publication-date",
    ),
    pytest.param(
        "3月以来，福鼎工业园区已有3个项目竣工投产。福建福鼎时代新能源有限公司去年在福鼎工业园区建成投产，今年上半年产值达35亿元。",
        "2021-07-15",
        [{"type": "project_completion", "count": 3, "date": "2021"},
         {"type": "project_completion", "company": "福建福鼎时代新能源有限公司", "annual_output": None, "date": "2020"}],
        id="since-a-month-is-the-year-and-half-year-output-is-no-annual-output",
    ),
    pytest.param(
        "芜湖鑫鹏包装有限公司曾因订单骤减停产半年，在专项信贷支持下于7月初复产。8月18日，日本企业东和化成株式会社与芜湖三山湾经开区签约；"
        "同月，东和化成株式会社向其在开发区的全资子公司增资45亿日元。",
        "2022-09-01",
        [{"type": "resumption", "trigger": "复产", "company": "芜湖鑫鹏包装有限公司"},
         {"type": "project_signing", "date": "2022-08-18"},
         {"type": "investment", "trigger": "增资", "company": "东和化成株式会社", "investment": None, "date": "2022-08"}],
        id="subject-company-same-month-and-a-capital-increase-beside-a-signing",
    ),
    pytest.param(
        "截至2月24日，宁波杭州湾新区已有12个重点项目开工复工。",
        "2020-02-25",
        [{"type": "resumption", "trigger": "开工复工", "count": 12, "park": "宁波杭州湾新区", "date": "2020-02-24"}],
        id="projects-back-at-work-are-a-resumption",
    ),
    pytest.param(
        "4月8日，年产10万吨电子化学品、5万吨锂电材料项目在岳阳绿色化工高新区开工；岳阳华信化工有限公司（一期）项目同日开工。",
        None,
        [{"type": "project_start", "project": "年产10万吨电子化学品、5万吨锂电材料项目", "date": "04-08"},
         {"type": "project_start", "project": "岳阳华信化工有限公司（一期）项目", "date": "04-08"}],
        id="project-names-with-a-second-specification-and-a-bracketed-phase",
    ),
    pytest.param(
        "4月8日，株洲高新区举行中车株洲电力机车有限公司轨道交通装备智能制造基地项目开工仪式。",
        None,
        [{"type": "project_start", "trigger": "开工", "park": "株洲高新区", "date": "04-08"}],
        id="a-ceremony-held-for-a-long-project-name",
    ),
    pytest.param(
        "6月2日，舟山海岚冷链物流中心项目在舟山经济开发区建成投用。",
        None,
        [{"type": "project_completion", "trigger": "建成投用", "project": "舟山海岚冷链物流中心项目", "park": "舟山经济开发区"}],
        id="built-and-in-use-is-one-compound-trigger-written-whole",
    ),
    pytest.param(
        "6月2日，杭州远帆新材料有限公司与舟山经济开发区签下合作协议，拟投资6亿元。",
        None,
        [{"type": "project_signing", "trigger": "签下", "company": "杭州远帆新材料有限公司"}],
        id="an-agreement-signed-with-qianxia",
    ),
    pytest.param(
        "舟山经济开发区36个项目集中签约\n3月1日，舟山经济开发区举行招商大会，共签约项目36个，总投资210亿元。\n"
        "岱山县8个项目开工\n3月2日，岱山县8个项目集中开工。",
        None,
        [{"type": "project_signing", "trigger": "签约", "park": "舟山经济开发区", "count": 36, "date": "03-01"},
         {"type": "project_start", "trigger": "集中开工", "count": 8, "date": "03-02"}],
        id="a-headline-and-its-body-are-one-event",
    ),
    pytest.param(
        "舟山经济开发区36个项目集中签约\n3月1日，岱山县举行招商大会，共签约项目12个。",
        None,
        [{"type": "project_signing", "trigger": "集中签约", "count": 36},
         {"type": "project_signing", "trigger": "签约", "count": 12}],
        id="a-headline-the-body-does-not-repeat-stays",
    ),
    pytest.param(
        "岱山又一座智能工厂投产！\n6月18日，舟山远帆船舶有限公司智能焊接项目在岱山经济开发区正式投产。",
        None,
        [{"type": "project_completion", "trigger": "投产", "project": "舟山远帆船舶有限公司智能焊接项目",
          "park": "岱山经济开发区", "date": "06-18"}],
        id="a-headline-naming-the-project-by-a-description-is-the-body-event",
    ),
    pytest.param(
        "3月1日，舟山经济开发区26个项目集中签约动工，总投资180亿元。",
        None,
        [{"type": "project_signing", "trigger": "集中签约", "park": "舟山经济开发区", "count": 26, "investment": 1.8e10},
         {"type": "project_start", "trigger": "动工", "park": "舟山经济开发区", "count": 26, "investment": 1.8e10}],
        id="signed-and-started-in-one-compound-are-two-events",
    ),
    pytest.param(
        "今年以来，舟山港区疏浚工程、岱山海塘加固工程、嵊泗客运码头工程等12个项目陆续开工。",
        "2023-05-01",
        [{"type": "project_start", "trigger": "开工", "project": None, "count": 12, "date": "2023"}],
        id="a-mere-list-before-an-aggregate-makes-no-member-events",
    ),
    pytest.param(
        "舟山港区疏浚工程、嵊泗客运码头工程等一批重点工程近日陆续开工。",
        None,
        [{"type": "project_start", "trigger": "开工", "project": None}],
        id="a-mere-list-before-a-batch-is-one-event",
    ),
    pytest.param(
        "3月1日，本次集中开工的18个项目总投资95亿元。",
        None,
        [{"type": "project_start", "trigger": "集中开工", "count": 18, "investment": 9.5e9, "date": "03-01"}],
        id="an-attributive-trigger-with-a-count",
    ),
    pytest.param(
        "目前落户舟山经济开发区的科技型企业达到560多家。",
        None,
        [{"type": "settlement", "trigger": "落户", "park": "舟山经济开发区", "count": 560}],
        id="an-attributive-settlement-with-its-park-and-a-count",
    ),
    pytest.param(
        "目前入驻舟山经济开发区孵化平台的科技型小微企业已有27家。",
        None,
        [{"type": "settlement", "trigger": "入驻", "park": "舟山经济开发区", "count": 27}],
        id="an-attributive-settlement-into-a-place-inside-the-park",
    ),
    pytest.param(
        "刚动工的舟山国际物流枢纽项目总投资50亿元。",
        None,
        [{"type": "project_start", "trigger": "动工", "project": "舟山国际物流枢纽项目", "investment": 5e9}],
        id="an-attributive-trigger-before-its-project",
    ),
    pytest.param(
        "3月1日，舟山远帆船舶修造二期项目签约。本次签约的二期项目将扩大公司产能。",
        None,
        [{"type": "project_signing", "trigger": "签约", "project": "舟山远帆船舶修造二期项目"}],
        id="an-attributive-trigger-before-a-project-reported-before",
    ),
    pytest.param(
        "停产的企业陆续复工。截至3月1日，舟山经济开发区已有126家企业开工。",
        None,
        [{"type": "resumption", "trigger": "开工", "park": "舟山经济开发区", "count": 126, "date": "03-01"}],
        id="enterprises-opening-in-a-resumption-report-resume",
    ),
    pytest.param(
        "3月1日，舟山经济开发区所有企业已复工复产。",
        None,
        [{"type": "resumption", "trigger": "复工复产", "park": "舟山经济开发区", "count": None, "date": "03-01"}],
        id="a-parks-enterprises-resumed-without-a-count",
    ),
    pytest.param(
        "目前，舟山市已复工和新开工重点项目126个。",
        None,
        [{"type": "resumption", "trigger": "复工", "count": 126}],
        id="resumed-and-newly-started-is-one-resumption",
    ),
    pytest.param(
        "今年以来，舟山经济开发区签约落地项目43个，总投资逾600亿元。",
        "2023-06-01",
        [{"type": "project_signing", "trigger": "签约", "park": "舟山经济开发区", "count": 43, "investment": 6e10}],
        id="signed-and-landed-is-one-signing",
    ),
    pytest.param(
        "2天前，甲乙新材料有限公司与嘉兴南湖高新区签约，设立研发中心。二十天前，丙丁科技有限公司与嘉兴南湖高新区签约。",
        "2018-08-26",
        [{"type": "project_signing", "trigger": "签约", "date": "2018-08-24"},
         {"type": "project_signing", "trigger": "签约", "date": None}],
        id="n-days-ago-against-the-publication-date",
    ),
    pytest.param(
        "就在这个月，青禾综合保税区第二批项目集中开工与签约。其中，开工项目48个、总投资215亿元；签约项目27个、总投资388亿元。",
        "2019-03-25",
        [{"type": "project_start", "trigger": "开工", "count": 48, "date": "2019-03"},
         {"type": "project_signing", "trigger": "签约", "count": 27, "date": "2019-03"}],
        id="a-month-stated-before-holds-for-the-listing-after-it",
    ),
    pytest.param(
        "今年前5个月，青湖区共签约亿元以上项目86个，总投资640亿元。",
        "2021-10-16",
        [{"type": "project_signing", "trigger": "签约", "count": 86, "date": "2021"}],
        id="the-years-first-months-give-the-year",
    ),
    pytest.param(
        "滨江市培育新能源装备产业链，60个重点项目集中签约，38个亿元以上的项目集中开工；青禾高新区在储能材料等领域加快布局。",
        "2022-02-10",
        [{"type": "project_signing", "trigger": "集中签约", "count": 60, "park": None},
         {"type": "project_start", "trigger": "集中开工", "count": 38, "park": None}],
        id="a-park-after-a-semicolon-belongs-to-its-own-clause",
    ),
    pytest.param(
        "5月12日，中德两国多家企业签署了6份合作协议。",
        "2023-05-13",
        [{"type": "project_signing", "trigger": "签署", "count": 6, "date": "2023-05-12"}],
        id="documents-signed-are-the-count",
    ),
    pytest.param(
        "3月18日，滨江能源公司分别开工建设青湖、白溪两座抽水蓄能电站，总投资148亿元。",
        "2023-03-18",
        [{"type": "project_start", "trigger": "开工", "count": 2, "investment": 1.48e10}],
        id="the-number-closing-a-list-of-names-is-the-count",
    ),
    pytest.param(
        "青禾新能源重卡生产基地竣工暨总装线启动仪式27日在滨江市青湖区举行。",
        "2012-10-27",
        [{"type": "project_completion", "trigger": "竣工", "project": "青禾新能源重卡生产基地", "date": "2012-10-27"}],
        id="the-day-a-ceremony-named-by-the-trigger-is-held",
    ),
    pytest.param(
        "本报讯（记者 林木） 6月9日，云水市召开复工推进会。截至昨日17时，云水高新区128家规上企业已复工。",
        "2021-06-10",
        [{"type": "resumption", "trigger": "复工", "count": 128, "date": "2021-06-08"}],
        id="yesterday-against-the-dateline-before-the-publication-date",
    ),
    pytest.param(
        "3月1日，舟山跨海大桥项目建成通车。",
        None,
        [{"type": "project_completion", "trigger": "建成通车", "project": "舟山跨海大桥项目", "date": "03-01"}],
        id="built-and-opened-to-traffic-is-one-compound-trigger",
    ),
    pytest.param(
        "今天（4月12日），江城市在滨湖会展中心举办招商推介会。会上，华远电子等15个项目现场签约，总投资86亿元。",
        "2022-04-12",
        [{"type": "project_signing", "count": 15, "date": "2022-04-12"}],
        id="the-day-of-a-gathering-set-in-the-sentence-before-dates-what-happens-at-it",
    ),
    pytest.param(
        "今天（4月12日），第五届江城投资贸易洽谈会闭幕。本届洽谈会共签约项目215个，总投资860亿元。",
        "2022-04-12",
        [{"type": "project_signing", "count": 215, "date": None}],
        id="a-fair-closing-is-not-the-day-of-what-was-signed-during-it",
    ),
    pytest.param(
        "2021年8月6日，江城遭遇特大暴雨。灾后一年，江城的320个重建项目已开工286个。",
        "2022-08-06",
        [{"type": "project_start", "count": 286, "date": None}],
        id="a-day-long-before-publication-sets-no-scene-for-the-report",
    ),
    pytest.param(
        "记者从省水利厅了解到，今年前4个月，全省完成水利投资210亿元。新开工水利工程23项。",
        "2022-05-20",
        [{"type": "project_start", "count": 23, "date": "2022"}],
        id="a-period-opening-the-sentence-before-dates-the-aggregate-after-it",
    ),
    pytest.param(
        "日前，江城高新区一批产业项目集中签约。此次签约项目共31个，总投资142亿元。",
        "2022-05-20",
        [{"type": "project_signing", "count": 31, "date": None}],
        id="a-report-dated-only-vaguely-carries-no-date-into-its-continuation",
    ),
    pytest.param(
        "今天，江城市与多家企业签署合作协议。最近两个月，三家物流企业的区域总部落户江城临港经济区。",
        "2022-05-20",
        [{"type": "settlement", "date": None}],
        id="a-vague-period-of-its-own-keeps-the-scene-day-away",
    ),
    pytest.param(
        "滨江快讯\n青川引水工程开工\n青川引水工程今天（5月6日）在岷江畔开工，总投资62亿元。",
        "2022-05-06",
        [{"type": "project_start", "project": "青川引水工程", "date": "2022-05-06", "investment": 6.2e9}],
        id="a-headline-naming-the-project-as-the-body-does-is-merged-into-the-body-event",
    ),
    pytest.param(
        "国内首个海藻生物燃料基地今天在福建宁德建成。",
        "2022-05-06",
        [{"type": "project_completion", "project": "海藻生物燃料基地", "date": "2022-05-06"}],
        id="the-first-of-its-kind-in-a-region-is-no-part-of-the-name",
    ),
    pytest.param(
        "江城全市在建的9条城际线路项目全面复工。",
        "2022-05-06",
        [{"type": "resumption", "project": None, "count": 9}],
        id="works-counted-by-tiao-are-an-aggregate",
    ),
    pytest.param(
        "今天，华源电力集团在甲县、乙县同时开工建设两座抽水蓄能电站，总投资180亿元。",
        "2022-05-06",
        [{"type": "project_start", "company": "华源电力集团", "count": 2, "investment": 1.8e10}],
        id="the-company-opening-an-aggregates-clause-is-its-company",
    ),
    pytest.param(
        "3月下旬，江城华锐新材料有限公司、江城博途电子科技有限公司两家企业先后入驻江城经济开发区。",
        "2022-05-06",
        [{"type": "settlement", "company": None, "count": 2}],
        id="a-company-heading-a-list-is-no-aggregates-company",
    ),
    pytest.param(
        "滨江快讯\n华信化工新材料项目落户宁波高新区\n3月1日，华信化工新材料项目落户宁波高新区。\n"
        "江城一批项目集中开工\n3月2日，江城一批产业项目集中开工。此次集中开工项目共37个，总投资130亿元。",
        "2022-03-02",
        [{"type": "settlement", "park": "宁波高新区", "date": "2022-03-01"},
         {"type": "project_start", "park": None, "count": 37, "date": "2022-03-02"}],
        id="a-park-or-day-of-the-brief-before-a-headline-is-not-carried-into-the-next-brief",
    ),
    pytest.param(
        "滨江快讯\n江城一批项目集中开工\n今天，江城开发区26个重大项目集中开工，计划总投资90亿元。\n"
        "华信智造项目启动\n今天，总投资50亿元的华信智造项目在活动现场全面启动。",
        "2022-03-02",
        [{"type": "project_start", "park": "江城开发区", "count": 26}],
        id="a-project-of-the-next-brief-is-no-member-of-the-aggregate-before-its-headline",
    ),
    pytest.param(
        "滨江快讯\n青川高新区新增企业\n青川高新区今年新增企业120家。\n42个文旅项目集中签约\n签约金额300亿元。",
        "2022-03-02",
        [{"type": "project_signing", "park": None, "count": 42}],
        id="a-headline-aggregate-takes-no-park-from-the-last-sentence-of-the-brief-before",
    ),
    pytest.param(
        "滨江快讯\n江城边检数据\n江城边检站今天通报，2018年以来共查验旅客300万人次。\n华信集团五座电站同时开建\n"
        "今天，华信集团在甲县、乙县、丙县、丁县、戊县同步开建五座光伏电站，总投资260亿元。",
        "2022-03-02",
        [{"type": "project_start", "company": "华信集团", "count": 5, "date": "2022-03-02", "investment": 2.6e10}],
        id="a-headline-takes-no-period-of-the-brief-before-and-merges-into-its-body",
    ),
    pytest.param(
        "滨江快讯\n青川气田一期开工\n今天，华信青川气田一期项目在甬城开工。\n江城电厂首台机组投入运营\n"
        "江城电厂1号机组近日投入商业运营。一期工程投资约50亿元，该厂全部建成后可满足全市用电。",
        "2022-03-02",
        [{"type": "project_start", "project": "华信青川气田一期项目", "investment": None},
         {"type": "project_completion", "project": "江城电厂1号机组"}],
        id="a-phase-named-in-the-next-brief-gives-no-figure-to-the-project-before-its-headline",
    ),
    pytest.param(
        "滨江快讯\n新型客机首飞\n国产新型客机2019年6月8日成功首飞。\n江城一批项目开工\n今天（3月2日），江城28个重大项目集中开工。",
        "2022-03-02",
        [{"type": "project_start", "count": 28, "date": "2022-03-02"}],
        id="a-day-glossing-today-takes-the-publication-year-not-an-earlier-sentences",
    ),
    pytest.param(
        "省重点水利工程之一——青川引水工程今天开工建设，总投资38亿元。",
        "2022-03-02",
        [{"type": "project_start", "project": "青川引水工程", "date": "2022-03-02", "investment": 3.8e9}],
        id="a-description-before-a-dash-yields-to-the-name-after-it",
    ),
    pytest.param(
        "3月1日，“青川-泛美航空小镇”项目在青川开工建设。",
        "2022-03-02",
        [{"type": "project_start", "project": "青川-泛美航空小镇", "date": "2022-03-01"}],
        id="a-project-named-in-quotes-before-xiangmu-is-the-name-in-the-quotes",
    ),
    pytest.param(
        "今天，首个服务青川光伏基地外送的特高压工程——江城至东岭特高压直流输电工程正式开工。",
        "2022-03-02",
        [{"type": "project_start", "project": "江城至东岭特高压直流输电工程"}],
        id="a-name-inside-a-modifier-yields-to-the-name-it-modifies",
    ),
    pytest.param(
        "省级60项民生水利工程之一——江城青川水库工程今天开工建设。",
        "2022-03-02",
        [{"type": "project_start", "project": "江城青川水库工程", "count": None, "date": "2022-03-02"}],
        id="one-of-a-numbered-list-is-no-count",
    ),
    pytest.param(
        "江城一批储能电站集中投用\n今天，江城18个储能电站项目建成投用，装机总量42万千瓦。",
        "2022-03-02",
        [{"type": "project_completion", "project": None, "count": 18, "date": "2022-03-02"}],
        id="a-headline-gives-an-aggregate-body-event-no-project",
    ),
    pytest.param(
        "江城自贸区：三年再出发\n江城台消息：2019年3月5日，江城自贸区挂牌成立。三年来，这里集聚企业1.2万家。\n"
        "今天（3月5日），江城自贸区又有36个项目集中签约。",
        "2022-03-05",
        [{"type": "project_signing", "count": 36, "date": "2022-03-05"}],
        id="a-retrospective-opening-day-is-no-dateline-for-today",
    ),
    pytest.param(
        "第五届江城洽谈会闭幕，江城地铁9号线等28个项目签约。",
        "2022-03-05",
        [{"type": "project_signing", "count": 28, "date": None}],
        id="a-numbered-line-is-no-day",
    ),
    pytest.param(
        "江城快讯\n青川光源装置进入安装阶段\n今天（6月24日），青川光源装置进入安装阶段。2026年底建成后，该装置将服务材料研究。\n"
        "江城二季度重点项目开工\n今天（6月24日），江城二季度一批重点项目集中开工。二季度江城共开工重点项目74个，总投资810亿元。",
        "2022-06-24",
        [{"type": "project_start", "count": 74, "date": "2022-06-24"}],
        id="a-quarter-without-its-year-takes-no-year-of-a-plan-before-it-and-the-batchs-day-is-the-counts",
    ),
    pytest.param(
        "滨江快讯\n江城自贸区今年首批42个项目集中开工\n今天（1月6日），江城自贸区的首批重点工程集中开工，涉及项目42个，"
        "总投资37亿元，涵盖产业发展、民生服务等领域。",
        "2022-01-06",
        [{"type": "project_start", "count": 42, "investment": 3.7e9, "date": "2022-01-06"}],
        id="a-headlines-count-takes-the-figures-of-the-batch-its-body-reports",
    ),
    pytest.param(
        "江城快讯\n今天（2月11日），江城各地企业陆续复工复产。\n青川开发区有200多家企业已经复工；江城高新区超过70家企业"
        "实现了复工。另有118家企业已恢复生产。",
        "2020-02-11",
        [{"type": "resumption", "count": 200, "date": None}, {"type": "resumption", "count": 70, "date": None},
         {"type": "resumption", "count": 118, "date": None}],
        id="a-batch-gives-nothing-to-one-of-several-counts-of-its-brief",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_events(text, published, expected):
    assert_events(text, published, expected)


NEGATIVES = [
    pytest.param("宁波海曙物流有限公司去年落户重庆，主要从事冷链配送。", id="settlement-without-park"),
    pytest.param("该项目计划于明年6月建成投产，达产后年产值可达20亿元。", id="plan"),
    pytest.param("原定3月开工的浙江明远化纤有限公司差别化纤维项目因手续未完成，至今未能动工。", id="postponed-and-negated"),
    pytest.param("网传浙江江南新材料有限公司项目已签约落户嘉兴港区，经核实该消息不实。", id="denied-rumour"),
    pytest.param("浙江明远化纤有限公司差别化纤维项目计划于明年3月在嘉兴经济技术开发区开工建设。", id="planned-start"),
    pytest.param("浙江明远化纤有限公司差别化纤维项目因手续未完成，至今未能在嘉兴经济技术开发区动工。", id="not-yet-started"),
    pytest.param("浙江明远化纤有限公司尚未签署入驻嘉兴经济技术开发区的协议。", id="not-yet-signed"),
    pytest.param("在2月20日举行的2020年春季重大项目签约暨集中开工建设推进会上，市领导作了讲话。", id="meeting-name"),
    pytest.param("管委会将推动签约项目早开工、早投产，帮助企业复工复产。", id="slogans"),
    pytest.param("据悉，该公司去年营业收入12亿元，总投资额居全市前列。", id="investment-as-a-noun"),
    pytest.param("园区计划年内新落户企业50家以上。", id="planned-settlements"),
    pytest.param("该项目由浙江恒力化纤有限公司投资建设，计划明年3月开工。", id="builder-and-planned-start"),
    pytest.param("宁波杭州湾新区已累计引进项目96个，总投资额逾650亿元。", id="introduced-projects-no-trigger"),
    pytest.param("受疫情影响，宁波杭州湾新区原定的集中开工仪式推迟举行。", id="ceremony-postponed"),
    pytest.param("其中，浙江华峰新材料有限公司年产10万吨聚氨酯项目协议投资18亿元。", id="agreed-investment-alone"),
    pytest.param("12月5日，韩国企业世宇电子株式会社向园区内的一家合资企业注资。", id="capital-without-amount"),
    pytest.param("3月5日，宁波杭州湾新区举行一季度重大项目现场推进会。", id="generic-project-words"),
    pytest.param("截至2月24日，宁波杭州湾新区已有1860家工业企业开工，开工率达86%。", id="factories-opening-are-no-project-start"),
    pytest.param("宁波华宁科技有限公司智能装备项目奠基仪式因故延期举行。", id="ceremony-put-off"),
    pytest.param("宁波华宁科技有限公司智能装备项目的奠基仪式将于下周在宁波杭州湾新区举行。", id="ceremony-to-come"),
    pytest.param("对于“宁波华宁科技有限公司智能装备项目已经开工”的说法，宁波杭州湾新区管委会回应称不属实。", id="denied-as-untrue"),
    pytest.param("会议要求，各园区要加快推进项目建设，确保签约项目尽快开工。", id="an-order-is-no-start"),
    pytest.param("目前，宁波杭州湾新区标准厂房四期项目已具备开工条件，正在开展开工前准备。", id="ready-to-start"),
    pytest.param("舟山经济开发区建成区面积已达12平方公里，入园企业120家。", id="a-built-up-area-is-no-completion"),
    pytest.param("舟山远帆船舶修造项目建成后，年修船能力可达80艘。", id="when-built-is-a-time"),
    pytest.param("舟山经济开发区积极支持企业复工复产。", id="support-for-resuming-is-a-measure"),
    pytest.param("3月1日，舟山经济开发区12家企业有了签约意向。", id="an-intention-to-sign"),
    pytest.param("3月1日，舟山远帆船舶修造项目拿到开工许可证。", id="a-permit-is-no-start"),
    pytest.param("3月5日，舟山经济开发区14个示范性项目落地实施。", id="projects-carried-out-are-no-settlement"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text):
    assert extract(text) == []


def test_event_order_and_sentence_offsets():
    text = "3月1日，甲科技有限公司新工厂项目在宁波高新区开工。3月2日，乙电子有限公司入驻宁波高新区。"
    events = find_events(text, entities=entity_mentions(text), quantities=find_quantities(text), dates=find_dates(text))
    assert [e.type for e in events] == ["project_start", "settlement"]
    assert [text[slice(*e.sentence)] for e in events] == ["3月1日，甲科技有限公司新工厂项目在宁波高新区开工。", "3月2日，乙电子有限公司入驻宁波高新区。"]


# -- the types -------------------------------------------------------------------------------------

_money = st.builds(lambda n: parse_quantity(f"{n}亿元"), st.integers(1, 999))
_percent = st.builds(lambda n: parse_quantity(f"{n}%"), st.integers(1, 100))
_name = st.one_of(st.none(), st.builds(
    lambda text, start, label: Mention(text=text, start=start, end=start + len(text), label=label),
    st.text(min_size=1, max_size=8), st.integers(0, 500), st.sampled_from([None, "PARK", "ORG"])))
_roles = dict(
    trigger=st.sampled_from(["签约", "开工", "复工"]), sentence=st.tuples(st.integers(0, 99), st.integers(100, 500)),
    project=_name, park=_name, company=_name, investment=st.one_of(st.none(), _money),
    annual_output=st.one_of(st.none(), _money), count=st.one_of(st.none(), st.integers(1, 9999)),
    date=st.one_of(st.none(), st.sampled_from(["2020-02-20", "2020-02", "2020", "02-20"])),
)
_events = st.one_of(
    *(st.builds(cls, **_roles, sectors=st.lists(st.text(min_size=1, max_size=4), max_size=3).map(tuple),
                land=st.none()) for cls in (ProjectSigning, ProjectStart, Settlement, Investment)),
    st.builds(Resumption, **_roles, return_rate=st.one_of(st.none(), _percent), capacity_rate=st.none()),
)


@given(_events)
def test_round_trip(event):
    data = event.to_dict()
    assert data["type"] == event.type
    assert event_from_dict(data) == event
    assert type(event).from_dict(data) == event


def test_to_dict_shape():
    text = "2月20日，昆山高新区共6个项目签约，总投资72.3亿元，预计年产出124亿元。"
    (event,) = extract_dicts(text, "2020-02-25")
    assert event["type"] == "project_signing" and list(event)[0] == "type"
    assert event["investment"]["value"] == 7230000000.0 and event["investment"]["unit"] == "CNY"
    assert event["investment"]["text"] == "72.3亿元"
    assert (event["park"], event["count"], event["date"]) == (
        {"text": "昆山高新区", "start": 6, "end": 11, "label": "PARK"}, 6, "2020-02-20")
    assert text[6:11] == "昆山高新区"
    assert set(EVENT_TYPES) == {"project_signing", "project_start", "project_completion", "settlement",
                                "investment", "resumption"}


@pytest.mark.parametrize(
    ("change", "message"),
    [({"type": "merger"}, "unknown event type 'merger'"), ({"amount": 3}, "allowed keys are ['type', 'trigger'")],
)
def test_from_dict_rejects(change, message):
    data = ProjectSigning(trigger="签约", sentence=(0, 5)).to_dict() | change
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("(", r"\(")):
        event_from_dict(data)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="签约开工落户入驻复工投资项目公司有限高新区园其中该将未，。；0123456789亿元家个", max_size=80))
def test_never_raises(text):
    for event in extract(text):
        assert event["type"] in EVENT_TYPES


# -- the dev fixtures ------------------------------------------------------------------------------

def _benchmark():
    return load("benchmarks/events.py", "events_benchmark")


def test_score_counts_each_triple():
    bench = _benchmark()
    gold = {"type": "settlement", "trigger": "入驻", "park": "A园", "count": 3, "date": "2020-03",
            "investment": {"value": 3e8, "unit": "CNY", "text": "3亿元"}}
    article = {"id": "x", "text": "", "published": None, "events": [gold]}
    exact = bench.score([article], lambda text, published: [gold | {"investment": {"value": None, "low": 3e8}}])
    assert exact["arguments"]["f1"] == 1.0
    coarse = bench.score([article], lambda text, published: [gold | {"date": "2020-03-05", "park": "B园"}])
    assert coarse["arguments"]["hits"] == 2 and coarse["arguments"]["gold"] == 4


# -- the seed article -------------------------------------------------------------------------------

def test_the_seed_article(shared):
    """Every signing, start, settlement and resumption the seed article reports, with its numbers and dates,
    and its parks and organizations with no generic noun among them."""
    result = zhqx.extract((shared / "seed" / "000_bf49702848a3559d.txt").read_text(encoding="utf-8"))
    found = [(e.type, e.project and e.project.text, e.park and e.park.text, e.count,
              e.investment and e.investment.value, e.date) for e in result.events]
    assert found == [
        ("project_signing", None, "昆山高新区", 6, 7.23e9, "2020-02-20"),
        ("project_start", None, "昆山高新区", 9, 8.07e9, "2020-02-20"),
        ("resumption", None, "江海智汇园", 40, None, None),
        ("resumption", None, "江海智汇园", 9, None, None),  # 其中: a subgroup with its own count (CONVENTIONS)
        ("settlement", None, "南通高新区江海智汇园", None, None, "2017"),
        ("project_signing", "无锡先导集成电路装备与材料产业园", "无锡高新区", None, 1.5e10, "2020-02-21"),
        ("project_signing", "吴越半导体氮化镓衬底及芯片制造项目", "无锡高新区", None, 3.7e9, "2020-02-21"),
        ("project_start", "无锡星洲智能信息技术创新园", None, None, 3e8, "2020-02-22"),
        ("resumption", None, "无锡高新区", 7800, None, None),
        ("resumption", None, "无锡高新区", 5302, None, None),
        ("resumption", None, "无锡高新区", 845, None, None),  # the park the sentence before reports on
    ]
    names = {(e.text, e.label) for e in result.entities if e.label in ("ORG", "PARK")}
    assert {("昆山高新区", "PARK"), ("中关村管委会", "ORG"), ("昆山市市场监管局高新区分局", "ORG"),
            ("昆山高新区南星渎办事处", "ORG"), ("江海智汇园", "PARK"), ("江海圆梦谷", "PARK"),
            ("江苏华存电子科技有限公司", "ORG"), ("无锡高新区", "PARK")} <= names
    assert not {text for text, _ in names} & {"企业", "政府", "管委会", "高新区", "园区", "开发区", "集团"}
    assert all(len(text) >= 3 for text, _ in names)
