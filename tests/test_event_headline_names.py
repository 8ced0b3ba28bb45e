"""A headline event the body does not report again takes the name the body's first sentence writes (NOTES n109:
annotators keep the body's name): fuller, without the headline's frame, the name after a description's dash;
works 启动 after a bracketed date, two works joined by 暨 in one name (issue 12). Invented texts."""

import pytest

from test_events import assert_events, extract

CASES = [
    pytest.param("我国首台极光观测雷达建成\n本台消息：中国极光观测雷达今天通过国家验收。\n",
                 [{"type": "project_completion", "project": "中国极光观测雷达", "date": "2019-05-06"}],
                 id="the-body-names-it-in-full"),
    pytest.param("迎端午龙舟文化主题园开园\n本台消息：今天，龙舟文化主题园迎来首批游客。\n",
                 [{"type": "project_completion", "project": "龙舟文化主题园"}], id="the-headline-frame-dropped"),
    pytest.param("国内首套乙烷裂解项目建成投产\n本台消息：国内首套乙烷裂解项目——青川石化长岭乙烷裂解项目今天通过验收。\n",
                 [{"type": "project_completion", "project": "青川石化长岭乙烷裂解项目"}],
                 id="the-name-after-the-description-dash"),
    pytest.param("数字港口示范工程建成\n本台消息：近年来，青川港深入开展数字港口示范工程建设，今天通过验收。\n",
                 [{"type": "project_completion", "project": "数字港口示范工程"}], id="a-verb-before-the-name"),
    pytest.param("江北江南电力互联通道建成投运\n本台消息：国家重点工程江南北电力互联通道近日通过验收。\n",
                 [{"type": "project_completion", "project": "江南北电力互联通道"}],
                 id="the-body-s-name-without-its-standing"),
    pytest.param("青岚隧道建成通车\n本台消息：甬临高速扩建工程青岚隧道近日通过验收。\n",
                 [{"type": "project_completion", "project": "青岚隧道"}], id="no-description-with-a-works-head-glued-before"),
    pytest.param("智能电网调度中心建成\n本台消息：2024年版智能电网调度中心今天通过验收。\n",
                 [{"type": "project_completion", "project": "智能电网调度中心"}], id="no-name-cut-after-a-date"),
    pytest.param("青川港区改扩建暨客运枢纽工程启动\n青川港区改扩建暨客运枢纽工程今天（5月6日）启动，工程总投资约310亿元。\n",
                 [{"type": "project_start", "trigger": "启动", "project": "青川港区改扩建暨客运枢纽工程",
                   "investment": 3.1e10, "date": "2019-05-06"}], id="launched-after-a-bracketed-date-joined-works"),
    pytest.param("青川化纤8万吨芳纶工程今天（5月6日）在青川市正式启动，工程总投资64亿元。",
                 [{"type": "project_start", "project": "青川化纤8万吨芳纶工程", "investment": 6.4e9}],
                 id="launched-after-a-bracketed-date-and-a-place"),
    pytest.param("青川火车站改建暨站前广场工程今天开工。",
                 [{"type": "project_start", "project": "青川火车站改建暨站前广场工程"}], id="rebuilt-joined-works"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_headline_names_and_launches(text, expected):
    assert_events(text, "2019-05-06", expected)


def test_a_meeting_joined_by_ji_is_no_part_of_a_name():
    assert_events("青川投资洽谈会暨青川港航运中心项目签约仪式今天举行。", "2019-05-06",
                  [{"type": "project_signing", "project": "青川港航运中心项目"}], exact=False)


ROUNDED = [
    pytest.param("江南省800多个产业项目开工\n本台消息：江南省今天有836个产业项目开工，总投资5210亿元。\n",
                 [{"type": "project_start", "count": 836, "investment": 5.21e11}], id="n-duo-projects"),
    pytest.param("上半年燃气管网项目开工超5000个\n住建部今天通报，上半年全国燃气管网项目累计开工5127个。\n",
                 [{"type": "project_start", "count": 5127}], id="over-n-projects"),
]


@pytest.mark.parametrize(("text", "expected"), ROUNDED)
def test_a_headlines_rounded_count_is_the_bodys(text, expected):
    assert_events(text, "2023-04-14", expected)


def test_a_headlines_exact_other_count_is_another_report():
    found = [e["count"] for e in extract("江南省800个产业项目开工\n本台消息：江南省今天有836个产业项目开工。\n", "2023-04-14")]
    assert found == [800, 836]
