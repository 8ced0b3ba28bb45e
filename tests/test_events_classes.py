"""Classes of phrasing found in published reports (issue 12), each with invented sentences."""

import pytest

from test_events import assert_events, extract

CASES = [
    pytest.param("今天，甬州科学城集中签约、集中开工项目36个，总投资218亿元，涉及集成电路等多个领域。", "2020-03-21",
                 [{"type": "project_signing", "count": 36, "investment": 2.18e10},
                  {"type": "project_start", "count": 36, "investment": 2.18e10}], id="two-words-reading-one-count-share-its-total"),
    pytest.param("今天（3月21日），华信集团投资12亿元的甬江生态修复项目在临川集中开复工。", "2020-03-21",
                 [{"type": "resumption", "project": "甬江生态修复项目", "company": "华信集团", "investment": 1.2e9}],
                 id="the-investment-of-a-project-resuming-is-its-figure"),
    pytest.param(
        "3月1日，华信化工新材料项目在宁波临港生态城开工。3月5日，落户生态城的企业已达120家。", "2021-06-30",
        [{"type": "project_start", "park": "宁波临港生态城"},
         {"type": "settlement", "park": "宁波临港生态城", "count": 120}],
        id="a-bare-kind-word-names-the-park-of-that-kind",
    ),
    pytest.param(
        "不仅如此，宁波滨海试验区将对新兴产业给予奖励。到目前为止，已落地项目23个，总投资额65亿元。", "2021-06-30",
        [{"type": "settlement", "park": "宁波滨海试验区", "count": 23, "investment": 6.5e9}],
        id="a-settlement-without-a-park-settles-in-the-park-the-sentence-before-speaks-of",
    ),
    pytest.param(
        "截至5月中旬，宁波高新区已累计入驻企业86家。", "2021-12-30",
        [{"type": "settlement", "count": 86, "date": "2021"}],
        id="a-total-up-to-part-of-a-month-is-dated-by-its-year",
    ),

    pytest.param(
        "宁波高新区于2019年6月扩区。6月28日，华信化工新材料项目在宁波高新区开工。", "2021-06-29",
        [{"type": "project_start", "project": "华信化工新材料项目", "date": "2021-06-28"}],
        id="a-day-in-the-week-before-publication-is-of-that-year-not-of-a-year-named-before",
    ),
    pytest.param(
        "2019年3月5日，华信化工新材料项目在宁波高新区开工，3月8日，甬江数据中心项目签约。", "2020-03-09",
        [{"type": "project_start", "date": "2019-03-05"}, {"type": "project_signing", "date": "2019-03-08"}],
        id="a-year-named-in-the-same-sentence-holds",
    ),
    pytest.param(
        "甬江软件园开园十年来，共入驻德国企业150余家。", "2021-06-30",
        [{"type": "settlement", "park": "甬江软件园", "count": 150}],
        id="a-country-before-the-settlers-is-their-origin-not-the-destination",
    ),
    pytest.param(
        "在位于温州的中意产业园，入驻的项目已超过130个。", "2021-06-30",
        [{"type": "settlement", "park": "中意产业园", "count": 130}],
        id="settled-projects-counted-with-a-verb-of-amount",
    ),
    pytest.param(
        "截至3月1日，宁波全市规上企业复工率达95%，开工率超过八成。", "2021-06-30",
        [{"type": "resumption", "count": None, "date": "2021-03-01"}],
        id="a-resumption-rate-alone-is-a-resumption-and-enterprises-opening-rate-none",
    ),
    pytest.param(
        "眼下，全市已有1500多家规模以上企业，复工率近七成。", "2021-06-30",
        [{"type": "resumption", "count": 1500}],
        id="a-resumption-rate-counts-the-enterprises-of-the-clause-before",
    ),
    pytest.param(
        "截至3月1日，宁波高新区已有186家企业复工，复工率达97%，其中规上企业复工率100%。", "2021-06-30",
        [{"type": "resumption", "count": 186}],
        id="a-rate-beside-the-count-or-of-a-subgroup-adds-nothing",
    ),
    pytest.param(
        "一季度，宁波高新区重点项目开工率达92%。", "2021-06-30",
        [{"type": "project_start", "park": "宁波高新区", "count": None, "date": "2021"}],
        id="projects-starting-rate-is-a-start-without-count",
    ),
    pytest.param(
        "在宁波北仑建设的这个海洋装备科技示范园项目，眼下正处于施工高峰。从签约到正式开工，这个项目前后仅用了四个月。", None,
        [{"type": "project_signing", "trigger": "签约", "project": "海洋装备科技示范园项目", "park": "海洋装备科技示范园"},
         {"type": "project_start", "trigger": "开工", "project": "海洋装备科技示范园项目", "park": "海洋装备科技示范园"}],
        id="from-signing-to-start-are-two-happenings-of-the-project-spoken-of",
    ),
    pytest.param(
        "甬江智能装备项目从开工到投产仅用了8个月。", None,
        [{"type": "project_start", "project": "甬江智能装备项目"},
         {"type": "project_completion", "project": "甬江智能装备项目"}],
        id="from-start-to-completion",
    ),
    pytest.param(
        "3月1日，华信新能源汽车基地竣工仪式在宁波举行。华信新能源汽车基地是华信集团的整车生产基地，位于宁波杭州湾经济开发区，总投资45亿元。",
        "2021-06-30",
        [{"type": "project_completion", "project": "华信新能源汽车基地", "park": "宁波杭州湾经济开发区", "company": "华信集团",
          "investment": 4.5e9}],
        id="a-sentence-describing-a-known-project-gives-its-park-company-and-investment",
    ),
    pytest.param(
        "5日，两国领导人共同出席甬舟大桥一期竣工典礼和华信化工新材料项目开工仪式。", "2021-06-30",
        [{"type": "project_completion", "trigger": "竣工"}, {"type": "project_start", "trigger": "开工"}],
        id="ceremonies-attended-took-place",
    ),
    pytest.param(
        "3月1日，宁波高新区与华信化工有限公司签署合作协议。市长出席签约仪式。", "2021-06-30",
        [{"type": "project_signing", "company": "华信化工有限公司"}],
        id="attending-the-signing-ceremony-reports-no-second-signing",
    ),
    pytest.param(
        "截至目前，全市15项重点交通工程已开工建设9项。", "2021-06-30",
        [{"type": "project_start", "count": 9}],
        id="the-count-after-start-of-construction",
    ),
    pytest.param(
        "截至目前，青州市已建成扶贫车间900多个。", "2021-06-30",
        [{"type": "project_completion", "count": 900}],
        id="the-count-after-what-was-built",
    ),
    pytest.param(
        "截至目前，宁波高新区已有19个重点项目开工，完成投资约210亿元。", "2021-06-30",
        [{"type": "project_start", "count": 19, "investment": None}],
        id="completed-investment-is-no-total",
    ),
    pytest.param(
        "这项补贴政策将执行至2027年底。今天（6月20日）宁波高新区集中签约项目25个，总签约额超140亿元。", "2024-06-20",
        [{"type": "project_signing", "count": 25, "investment": 1.4e10, "date": "2024-06-20"}],
        id="a-year-carried-from-a-plan-never-dates-a-happening-after-publication",
    ),
    pytest.param(
        "在宁波北仑，总投资12.5亿元的甬舟光伏发电基地二期工程全面复工。", "2021-06-30",
        [{"type": "resumption", "project": "甬舟光伏发电基地二期工程", "investment": 1.25e9}],
        id="a-resumed-project-carries-its-investment",
    ),
    pytest.param(
        "今天，宁波前湾数字经济试验区重点项目集中开工，覆盖多家企业的总部项目。", "2021-06-30",
        [{"type": "project_start", "trigger": "集中开工", "park": "宁波前湾数字经济试验区", "count": None, "date": "2021-06-30"}],
        id="a-batch-in-a-park-is-an-aggregate-without-a-count",
    ),
    pytest.param(
        "本月，宁波前湾数字经济试验区第三批项目集中开工。其中，开工项目31个、总投资76亿元。", "2021-06-30",
        [{"type": "project_start", "trigger": "开工", "count": 31, "investment": 7.6e9}],
        id="a-batch-whose-count-follows-is-one-event",
    ),
    pytest.param(
        "甬江120个项目集中开工\n今天，甬江省120个重点项目集中开工。\n前湾新区重大项目集中开工\n今天，宁波前湾新区2021年重大项目集中开工。",
        "2021-06-30",
        [{"type": "project_start", "count": 120, "park": None}, {"type": "project_start", "count": None, "park": "宁波前湾新区"}],
        id="another-brief-s-count-leaves-a-batch-its-own-event",
    ),
    pytest.param(
        "为期四天的甬江农产品展销会今天闭幕，签约金额达115亿元，73个签约项目涉及新能源、商贸物流等产业。", "2021-06-30",
        [{"type": "project_signing", "count": 73}], id="a-count-before-a-trigger-qualifying-xiangmu",
    ),
    pytest.param(
        "截至目前，宁波前湾新区已有3万多家注册企业、1万多家开业企业。", "2021-06-30", [],
        id="firms-in-business-counted-are-a-stock",
    ),
    pytest.param(
        "宁波前湾新区今年已有9个项目建成投产，另有4个签约项目尚未开工。", "2021-06-30",
        [{"type": "project_completion", "count": 9}], id="signed-projects-left-over-are-no-signing",
    ),
    pytest.param(
        "仅5日当天，宁波展台就见证了中外客商逾25亿元、14项商业协议的签署。", "2021-11-07",
        [{"type": "project_signing", "count": 14, "date": "2021-11-05"}],
        id="agreements-counted-before-a-nominal-signing",
    ),
    pytest.param(
        "中法两国企业7日还签署了为期3年、总金额超过60亿元的9项协议。", "2021-11-07",
        [{"type": "project_signing", "count": 9, "date": "2021-11-07"}],
        id="agreements-counted-after-a-description",
    ),
    pytest.param(
        "据了解，今年列入省级投资计划的重点项目开工率已达96%。", "2021-12-21",
        [{"type": "project_start", "count": None, "date": "2021"}],
        id="a-plan-as-a-noun-is-no-plan",
    ),
    pytest.param(
        "11月24日，随着甬江水库工程开工，今年“新开工8项重点水利工程”目标全部实现。"
        "丙水库扩建、丁灌区二期等8项工程均已陆续提前开工。", "2021-12-21",
        [{"type": "project_start", "project": "甬江水库工程"}, {"type": "project_start", "count": 8}],
        id="one-aggregate-of-a-type-and-count",
    ),
    pytest.param(
        "同时，宁波高新区在杭州设立的第一家研发中心也已投入运营。", "2021-12-21",
        [{"type": "project_completion", "project": "研发中心"}],
        id="an-ordinal-is-no-part-of-a-project-name",
    ),
    pytest.param(
        "3月1日，华信化工有限公司进入宁波高新区。", "2021-06-30",
        [{"type": "settlement", "company": "华信化工有限公司", "park": "宁波高新区"}],
        id="entering-a-park-settles",
    ),
    pytest.param(
        "3月1日，宁波星海基金由华信集团有限公司出资8亿元设立。", "2021-06-30",
        [{"type": "investment", "company": "华信集团有限公司", "investment": 8e8}],
        id="set-up-with-the-funds-of",
    ),
    pytest.param(
        "今天，江苏省投资项目签约活动在南京举行，共签约项目64个，总签约额超300亿元。", "2021-06-30",
        [{"type": "project_signing", "project": None, "count": 64, "investment": 3e10}],
        id="a-regions-investment-projects-are-no-project-name",
    ),
    pytest.param(
        "宁波地铁6号线过江隧道今天开工，全长2000米。", "2021-06-30",
        [{"type": "project_start", "project": "宁波地铁6号线过江隧道", "date": "2021-06-30"}],
        id="a-leads-facility-without-a-project-head-is-the-project",
    ),
    pytest.param(
        "浙江首条跨海地铁——宁波地铁9号线今天正式通车。", "2021-06-30",
        [{"type": "project_completion", "project": "宁波地铁9号线", "date": "2021-06-30"}],
        id="a-leads-facility-after-an-apposition-dash",
    ),
    pytest.param(
        "舟山东港大桥正式开工建设。", None,
        [{"type": "project_start", "project": "舟山东港大桥"}],
        id="a-lead-without-its-day",
    ),
    pytest.param(
        "浙江一批重大项目今天集中开工，总投资超3000亿元。", "2021-06-30",
        [{"type": "project_start", "project": None, "count": None, "investment": 3e11, "date": "2021-06-30"}],
        id="a-leads-batch-is-an-aggregate-without-a-project",
    ),
    pytest.param(
        "甬江引水工程开工\n甬江引水工程今天在宁波奉化开工。工程全长86公里。\n台州第二条高铁开工\n"
        "连接台州和温州的第二条高铁——台州至温州城际铁路今天开工建设。线路全长120公里。", "2021-06-30",
        [{"type": "project_start", "project": "甬江引水工程", "date": "2021-06-30"},
         {"type": "project_start", "project": "台州至温州城际铁路", "date": "2021-06-30"}],
        id="a-headline-merges-only-into-its-own-report",
    ),
    pytest.param(
        "经过5年建设，甬江引水隧洞工程今天在宁波正式完工。", "2021-06-30",
        [{"type": "project_completion", "trigger": "完工", "project": "甬江引水隧洞工程", "date": "2021-06-30"}],
        id="finished-works-are-a-completion",
    ),
    pytest.param(
        "今天（9月1日），宁海县的甬东抽水蓄能电站第一批3台机组正式投产发电。", "2021-09-01",
        [{"type": "project_completion", "project": "甬东抽水蓄能电站", "date": "2021-09-01"}],
        id="a-lead-after-the-day-of-the-report",
    ),
    pytest.param(
        "日前，宁波首个数字贸易服务产业园正式投用。今天，甬台高速公路开通试运营。", "2021-06-30",
        [{"type": "project_completion", "project": "数字贸易服务产业园", "date": None},
         {"type": "project_completion", "project": "甬台高速公路", "date": "2021-06-30"}],
        id="a-lead-after-a-recent-time-or-opened-for-trial-operation",
    ),
    pytest.param(
        "甬江南岸特大桥建成通车\n", None,
        [{"type": "project_completion", "trigger": "建成通车", "project": "甬江南岸特大桥"}],
        id="a-headlines-subject",
    ),
    pytest.param(
        "浙东最大的铁路客运枢纽——宁波西站建成。甬台高铁昨天（4月23日）建成通车。", "2021-06-30",
        [{"type": "project_completion", "trigger": "建成", "project": "宁波西站"},
         {"type": "project_completion", "trigger": "建成通车", "project": "甬台高铁", "date": "2021-04-23"}],
        id="a-lead-ending-its-sentence-and-built-before-opened",
    ),
    pytest.param(
        "今天（3月29日），国家172项节水供水重大工程之一——甬江水库工程在奉化动工建设。", "2021-06-30",
        [{"type": "project_start", "project": "甬江水库工程", "count": None, "date": "2021-03-29"}],
        id="one-of-a-programmes-works-is-that-project-not-an-aggregate",
    ),
    pytest.param(
        "甬江智能工厂项目在宁波落成投产\n今天，甬江智能工厂项目在宁波落成投产。\n", "2021-06-30",
        [{"type": "project_completion", "trigger": "落成投产", "project": "甬江智能工厂项目", "date": "2021-06-30"}],
        id="a-headlines-two-words-of-one-happening-are-one-event",  # 落成投产 one trigger written whole (CCTV gold)
    ),
    pytest.param(
        "12万多家企业落户前海。", None,
        [{"type": "settlement", "park": "前海", "count": 120000}],
        id="a-park-name-opening-with-a-cue-word",
    ),
    pytest.param(
        "甬城自贸区临港片区首批项目签约\n昨天，中国（甬城）自由贸易试验区临港片区首批重大项目集中签约，签约项目共23个。\n",
        "2021-06-30",
        [{"type": "project_signing", "project": None, "count": 23}],
        id="a-headline-with-another-prefix-of-the-park-is-the-same-aggregate",
    ),
    pytest.param(
        "青州一体化示范区一批项目开工\n今天，青州生态绿色一体化发展示范区开工建设12个项目。\n", "2021-06-30",
        [{"type": "project_start", "park": "青州生态绿色一体化发展示范区", "count": 12, "date": "2021-06-30"}],
        id="a-headline-abbreviating-the-park-is-the-same-aggregate",
    ),
    pytest.param(
        "一季度全省新开工交通项目超800个\n省交通厅今天（4月9日）发布，一季度全省新开工交通项目836个，同比多120个。\n",
        "2022-04-09",
        [{"type": "project_start", "count": 836}],
        id="a-headlines-rounded-count-is-the-bodys-count",  # dev13, and 1 more in unlabeled (江西1000多个 / 1060)
    ),
    pytest.param(
        "今天（4月2日），东川市地铁7号线正式开通运营。东川至白岭特高压直流工程昨天投运。", "2021-04-02",
        [{"type": "project_completion", "trigger": "开通运营", "project": "东川市地铁7号线", "date": "2021-04-02"},
         {"type": "project_completion", "trigger": "投运", "project": "东川至白岭特高压直流工程", "date": "2021-04-01"}],
        id="a-line-opened-to-traffic-or-works-put-into-operation-are-completions",
    ),
    pytest.param(
        "经过一个月的施工，甬江科考站——白鸥新站正式在鹭岛奠基。东川大桥今天落成通车。前不久星海新生产线投产。", "2021-03-02",
        [{"type": "project_start", "project": "白鸥新站"},
         {"type": "project_completion", "project": "东川大桥", "date": "2021-03-02"},
         {"type": "project_completion", "project": "星海新生产线"}],
        id="adverbs-and-time-words-around-a-lead-subject-are-not-its-name",
    ),
    pytest.param(
        "今天（5月6日），东川长江公路大桥建成通车。东川白鸥山隧道同日开工。", "2021-05-06",
        [{"type": "project_completion", "project": "东川长江公路大桥", "date": "2021-05-06"},
         {"type": "project_start", "project": "东川白鸥山隧道"}],
        id="a-bridge-or-tunnel-is-named-by-its-facility-head",
    ),
    pytest.param(
        "今天（8月4日），东川白鸥港集装箱码头正式启用。", "2021-08-04",
        [{"type": "project_completion", "trigger": "启用", "project": "东川白鸥港集装箱码头", "date": "2021-08-04"}],
        id="a-facility-put-into-use-is-a-completion",
    ),
]

NEGATIVES = [
    pytest.param("华信集团今年的研发投资将超过90亿元，带动上下游投资200亿元。", id="an-investment-forecast"),
    pytest.param("甬城光电集团的投资计划约60亿元，主要用于新建生产线。", id="an-investment-plan"),
    pytest.param("目前，全市规划的12个产业园区已吸引1800余家企业入驻。", id="settlement-into-unnamed-parks"),
    pytest.param("截至目前，青州已建成扶贫车间900多个，120多家企业入驻。", id="settlement-into-workshops"),
    pytest.param("截至6月，落户甬江市的跨国公司地区总部已有120家。", id="attributive-settlement-in-a-city"),
    pytest.param("入驻服务平台的15家银行推出了专属贷款产品。", id="attributive-settlement-on-a-platform"),
    pytest.param("一批企业纷纷落户温州，温州保税区、瓯海经济开发区迅速崛起。", id="settling-in-a-city-before-a-park-is-named"),
    pytest.param("市长要求，力争二季度全市重点项目开工率达到90%以上，规上企业复工率达到95%。", id="target-rates"),
    pytest.param("目前，该项目主泵已进入生产阶段。", id="entering-a-stage-is-no-settlement"),
    pytest.param("前三季度，全市技改项目完成投资812亿元。", id="completed-investment-is-a-statistic"),
    pytest.param("近日，一批重点建设项目和民生工程相继开工。", id="a-kind-of-works-is-no-project"),
    pytest.param("星海集团计划用三年时间，建成年产10万吨的新材料基地。", id="a-plan-spans-the-clause-without-a-subject"),
    pytest.param("甬江物流园项目投产以后，每年可处理货物50万吨。", id="after-completion-is-a-time"),
    pytest.param("纪念馆全面展示了宁波灾后重建成果。", id="a-verb-before-owns-the-build"),
    pytest.param("目前，青川公路的修复工作正在加紧进行。", id="work-after-a-repair-is-no-resumption"),
    pytest.param("山东、河南、四川等制造业大省已基本全面开工。", id="a-region-is-no-facility"),
    pytest.param("近日，甬江各水毁修复工程进展顺利。", id="repair-works-are-no-resumption"),
    pytest.param("这个总投资80亿元的化工项目，眼看就要签约，最终被放弃。", id="about-to-sign-is-a-plan"),
    pytest.param("截至目前，已有860家企业签约参加首届甬江国际消费品展。", id="signing-up-to-take-part"),
    pytest.param("今年宁波铁路新线投产里程达到120公里。", id="a-length-of-line-is-a-statistic"),
    pytest.param("甬江大桥主桥合龙，为年底建成通车奠定了基础。", id="groundwork-for-a-completion-is-no-completion"),
    pytest.param("东川城际铁路项目今天联调联试，为年底开通运营做最后准备。", id="preparing-for-a-completion-is-no-completion"),
    pytest.param("东川白鸥口岸新通道项目明起启用。", id="from-tomorrow-on-is-still-to-come"),
    pytest.param("宁波博览会共签约项目90个，总金额超过300亿元，其中民营企业签约额达120亿元。", id="a-share-of-an-aggregate"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_classes(text, published, expected):
    assert_events(text, published, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_events(text):
    assert [e for e in extract(text, "2021-06-30") if e["type"] in ("settlement", "resumption", "project_start", "investment") and (
        e["type"] != "project_start" or e["project"] or e["count"]) or e["type"] == "project_completion" and not e["count"]
        or e["type"] == "project_signing" and not e["count"]] == []


def test_a_finished_structure_is_a_milestone():
    assert extract("目前，星湖数据中心项目主体已完工，正在调试设备。", "2021-06-30") == []
    assert extract("甬江大桥全线沥青路面今日完工。", "2021-06-30") == []
