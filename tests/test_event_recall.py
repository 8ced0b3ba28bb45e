"""Classes of reporting that real news uses for investments, completions and settlements (issue 12), each with
invented sentences: what is a happening and what is not."""

import pytest

from test_events import _shown, extract

CASES = [
    pytest.param("甬城光电有限公司宣布在鄞州投资创立光学研发中心，首笔投资约12亿元。",
                 [{"type": "investment", "trigger": "投资", "company": "甬城光电有限公司", "investment": 1.2e9}],
                 id="investment-announced-with-its-first-tranche"),
    pytest.param("甬城光电有限公司斥资8亿元，在鄞州建设光学研发中心。",
                 [{"type": "investment", "trigger": "斥资", "company": "甬城光电有限公司", "investment": 8e8}],
                 id="investment-spending-verb"),
    pytest.param("甬城光电集团今年加快布局，投资6亿元建设光学研发中心。",
                 [{"type": "investment", "trigger": "投资", "company": "甬城光电集团", "investment": 6e8}],
                 id="investment-whose-investor-opens-the-sentence"),
    pytest.param("今年以来，开发区已有17家外资企业增资扩产。",
                 [{"type": "investment", "trigger": "增资", "count": 17}],
                 id="investment-by-counted-firms"),
    pytest.param("甬城汽车公司与法国某公司昨日签约组建合资公司，股比各半。双方共投资36亿元。",
                 [{"type": "project_signing", "trigger": "签约"},
                  {"type": "investment", "trigger": "投资", "investment": 3.6e9}],
                 id="investment-by-both-parties"),
    pytest.param("甬江湾滨海公园项目今天建成开放。",
                 [{"type": "project_completion", "trigger": "建成", "project": "甬江湾滨海公园项目", "date": "2021-05-06"}],
                 id="completion-built-and-opened"),
    pytest.param("甬江湾跨海大桥今天建成并投入运营。",
                 [{"type": "project_completion", "trigger": "投入运营", "project": "甬江湾跨海大桥"}],
                 id="completion-the-word-after-reports-it"),
    pytest.param("3月1日，甬城人才公寓项目在鄞州交付使用。",
                 [{"type": "project_completion", "trigger": "交付使用", "project": "甬城人才公寓项目"}],
                 id="completion-handed-over-for-use"),
    pytest.param("今年初，甬城光电公司的新项目竣工。",
                 [{"type": "project_completion", "trigger": "竣工", "project": None, "date": "2021"}],  # a year's start gives the year
                 id="completion-of-a-described-project"),
    pytest.param("前不久，一个茶叶加工项目在甲县建成投产。",
                 [{"type": "project_completion", "trigger": "建成投产", "project": "茶叶加工项目"}],
                 id="completion-of-one-project-named-by-its-kind"),  # 一个X项目: X项目 as written (look gold n093)
    pytest.param("去年下半年，两家企业合资组建的公司正式投产。",
                 [{"type": "project_completion", "trigger": "投产", "project": None, "date": "2020"}],
                 id="completion-of-a-described-joint-venture"),
    pytest.param("十天时间，甬城帮助华信药业建成医用防护服生产线。",
                 [{"type": "project_completion", "trigger": "建成", "project": "医用防护服生产线"}],
                 id="completion-with-the-works-as-object"),
    pytest.param("不久前，一个智能制造示范项目落户在宁波的鄞州经济开发区。",
                 [{"type": "settlement", "trigger": "落户", "project": "智能制造示范项目", "park": "鄞州经济开发区"}],
                 id="settlement-of-one-project-named-by-its-kind"),  # as written (look gold n051: 生物科技园)
    pytest.param("甬城粮油有限公司从开工到完工只用了八个月。",
                 [{"type": "project_start", "trigger": "开工", "company": "甬城粮油有限公司"},
                  {"type": "project_completion", "trigger": "完工", "company": "甬城粮油有限公司"}],
                 id="completion-from-start-to-finish-of-a-company"),
    pytest.param("刚投产不久的甬江汽车第二生产线，产品合格率达到99%。",
                 [{"type": "project_completion", "trigger": "投产", "project": "甬江汽车第二生产线"}],
                 id="completion-attributive-shortly-after"),
    pytest.param("这个月启用的甬江资本服务基地，受到企业欢迎。",
                 [{"type": "project_completion", "trigger": "启用", "project": "甬江资本服务基地", "date": "2021-05"}],
                 id="completion-attributive-taken-into-use"),
    pytest.param("甬越工业园已有超过60家来自中国、日本、韩国的企业入驻开工。",
                 [{"type": "settlement", "trigger": "入驻", "park": "甬越工业园", "count": 60}],
                 id="settlement-of-firms-that-moved-in-and-began-work"),
    pytest.param("甘县历经两年建设，首批完工的48个供水、供电、道路等重点项目今天交付使用。",
                 [{"type": "project_completion", "trigger": "完工", "count": 48}],
                 id="completion-aggregate-read-twice-is-one"),
    pytest.param("我国首座海上换流站今天在甬江口建成投运。",
                 [{"type": "project_completion", "project": "海上换流站", "date": "2021-05-06"}],
                 id="completion-of-a-national-first-in-a-lead"),
    pytest.param("今年以来，甬城市城区绿化覆盖率达到41%；18座公园建成开放。",
                 [{"type": "project_completion", "trigger": "建成", "count": 18}],
                 id="completion-of-counted-parks-opened"),
    pytest.param("落户甬江高新区的华信光电公司，今年产值达到8亿元。",
                 [{"type": "settlement", "trigger": "落户", "park": "甬江高新区", "company": "华信光电公司"}],
                 id="settlement-attributive-of-a-named-company"),  # CONVENTIONS: 落户X经开区的Y公司
]

NEGATIVES = [
    pytest.param("今年前两季度，全省公路完成交通建设投资312亿元，同比增长9%。", id="investment-statistic-completed"),
    pytest.param("其中省级预算内投资20亿元，将重点支持山区县。", id="investment-budget-share"),
    pytest.param("在甬江边，投资12亿元建设的滨江湿地公园项目，明年将完工。", id="investment-of-a-project-without-investor"),
    pytest.param("今天上午，甬城开发区举行四季度重点项目投产活动。", id="completion-ceremony-without-its-projects"),
    pytest.param("各地要加快推进民生项目竣工。", id="completion-urged-is-no-completion"),
    pytest.param("甬江高新区标准厂房可入驻企业150家。", id="settlement-capacity-is-no-settlement"),
    pytest.param("预计今年底，甬舟城际铁路可开通运营。", id="completion-that-can-come-is-a-plan"),
    pytest.param("甬江高新区孵化大楼可容纳200家企业入驻。", id="settlement-capacity-held-is-no-settlement"),
    pytest.param("甬城市出台政策，鼓励外地企业落户甬江高新区。", id="settlement-encouraged-is-no-settlement"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recall_cases(text, expected):
    found = extract(text, "2021-05-06")
    assert [_shown(e, want) for e, want in zip(found, expected)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_recall_negatives(text):
    assert extract(text, "2021-05-06") == []
