"""The readings zhqx takes where real-news annotators disagree (docs/readings.md); invented texts."""

import zhqx


def _events(text):
    return zhqx.extract(text, published="2023-05-10").events


def test_a_batch_trigger_keeps_jizhong():
    [event] = _events("今天，青州市第二季度的12个重大工程项目集中开工，合计投资60亿元。")
    assert (event.type, event.trigger, event.count) == ("project_start", "集中开工", 12)


def test_touchan_fadian_is_a_completion_triggered_by_touchan():
    [event] = _events("今天，柳岸水电站首台机组正式投产发电。")
    assert (event.type, event.trigger) == ("project_completion", "投产")


def test_a_broadcasters_own_agreement_is_no_signing():
    assert _events("今天，中央广播电视总台与柳岸省政府签署一份文化合作协议。") == ()
    [company] = _events("今天，青禾集团与柳岸省政府签署一份文化合作协议。")  # a company's agreement is one
    assert company.type == "project_signing"


def test_a_channel_after_its_broadcaster_is_one_org():
    orgs = [e.text for e in zhqx.extract("中央广播电视总台央视综合频道今晚播出特别节目。").entities if e.label == "ORG"]
    assert orgs == ["中央广播电视总台央视综合频道"]


def test_year_end_dates_by_the_year():
    [event] = _events("柳岸绿谷产业园去年底建成投产。")
    assert (event.type, event.date) == ("project_completion", "2022")


def test_a_fairs_closing_signing_total_has_no_date():
    [event] = _events("为期三天的青州农博会今天闭幕，签约金额达24亿元。")
    assert (event.type, event.date) == ("project_signing", None)
