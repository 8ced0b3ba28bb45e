"""The count role of aggregates (issue 12), each with invented sentences: works counted by 处 / 套 (供水工程完工860处,
两套…生产线投产), works and sites counted by their own head (lexicon event_counted_heads: 能源基地, 创新中心, 央企总部; 近千名商户),
vague counts with 上 (上百家企业落户 -> 100),
the count opening the clause after the trigger (工程开工，首批9个项目; 动工，包括甲、乙等共有218项), and the count
after an attributive trigger of a company (甲集团已建成投产的5条生产线: its own, no batch of the brief)."""

import pytest

from test_events import assert_events, extract

CASES = [
    pytest.param("今年，青禾县农村供水工程完工860处。", "2022-06-30",
                 [{"type": "project_completion", "count": 860}], id="works-counted-by-chu-after-the-trigger"),
    pytest.param("星湖县新开工14处中型灌区。", "2022-06-30",
                 [{"type": "project_start", "count": 14}], id="works-counted-by-chu-before-their-noun"),
    pytest.param("今天，星湖化工园两套采用自主工艺、生产高端溶剂的新型生产线相继投产。", "2022-06-30",
                 [{"type": "project_completion", "count": 2}], id="lines-counted-by-tao-with-a-long-modifier"),
    pytest.param("青禾省风电、储能等5个大型清洁能源基地于上月全面开工。", "2022-06-30",
                 [{"type": "project_start", "count": 5}], id="bases-counted-by-their-head"),
    pytest.param("滨江省6家省级产业创新中心本周起陆续开工。", "2022-06-30",
                 [{"type": "project_start", "count": 6}], id="innovation-centres-counted-by-their-head"),
    pytest.param("5年来，滨江省共建成乡镇综合性文化服务中心3.2万个。", "2022-06-30",
                 [{"type": "project_completion", "count": 32000}], id="service-centres-counted-after-the-trigger"),
    pytest.param("目前，5个省级应急救援中心开工建设。", "2022-06-30",
                 [{"type": "project_start", "count": 5}], id="rescue-centres-counted-by-their-head"),
    pytest.param("今年青禾省已有12个数据中心开工建设。", "2022-06-30",
                 [{"type": "project_start", "count": 12}], id="data-centres-counted-by-their-head"),
    pytest.param("甲集团、乙集团等4家央企总部启动建设。", "2022-06-30",
                 [{"type": "project_start", "count": 4}], id="headquarters-counted-by-their-head"),
    pytest.param("6月3日，星湖区保障房工程开工，首批16个项目，总投资28亿元。", "2022-06-30",
                 [{"type": "project_start", "count": 16, "investment": 2.8e9, "date": "2022-06-03"}],
                 id="first-batch-counted-in-the-next-clause"),
    pytest.param("上周，青禾市第三批市级重点项目集中动工，包括工业、交通、教育等共有218项，总投资约900亿元。", "2022-06-30",
                 [{"type": "project_start", "count": 218, "investment": 9e10}],
                 id="projects-counted-after-a-list-of-fields"),
    pytest.param("今年，上百家沪上软件企业落户青禾经济技术开发区。", "2022-06-30",
                 [{"type": "settlement", "count": 100, "park": "青禾经济技术开发区"}],
                 id="a-vague-count-with-shang-read-as-its-low-end"),
    pytest.param("本月，近千名老城区商户签约入驻星湖经济技术开发区。", "2022-06-30",
                 [{"type": "project_signing", "count": 1000},  # 签约入驻 a park: a settlement too (dev gold u00718)
                  {"type": "settlement", "count": 1000, "park": "星湖经济技术开发区"}], id="merchants-counted-by-ming"),
    pytest.param("星光电子集团已建成投产的5条显示面板生产线，分别位于甲市、乙市等地。", "2016-05-01",
                 [{"type": "project_completion", "count": 5, "company": "星光电子集团"}],
                 id="a-company-s-works-counted-after-an-attributive-trigger"),
    pytest.param("去年下半年，甲乙两家合资设立的新公司已正式投产。\n在青禾，星光电子集团已建成投产的5条显示面板生产线，分别位于甲市、乙市等地。",
                 "2016-05-01",
                 [{"type": "project_completion", "trigger": "投产", "date": "2015"},
                  {"type": "project_completion", "count": 5, "company": "星光电子集团"}],
                 id="a-company-s-own-count-takes-no-earlier-happening"),
    pytest.param("截至今天，青禾省已有96座煤矿复工复产，日产原煤约60万吨。", "2020-02-10",
                 [{"type": "resumption", "count": 96, "date": "2020-02-10"}], id="mines-counted-by-zuo"),
    pytest.param("青禾省的输电工程今年已全部投入运行，5项工程共增加送电能力900万千瓦。", "2020-02-10",
                 [{"type": "project_completion", "count": 5}], id="works-counted-in-the-next-clause"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_counts(text, published, expected):
    assert_events(text, published, expected)


def test_a_yearly_output_in_sets_is_no_count():
    assert_events("12月3日，星光新材料有限公司年产30万套储能电池模组项目和青禾氢能研究院中试基地在星湖经济技术开发区建成投产。",
                  "2021-12-05", [{"type": "project_completion", "count": None, "project": "星光新材料有限公司年产30万套储能电池模组项目"},
                                 {"type": "project_completion", "count": None, "project": "青禾氢能研究院中试基地"}])


def test_a_designation_of_centres_is_no_event():
    assert extract("今年以来，青禾省共建成省级企业技术中心85家。", "2022-06-30") == []
