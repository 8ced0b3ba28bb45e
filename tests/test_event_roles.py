"""Roles of events found on published reports (issue 12): project names, dates, parks, companies and annual
output, each class with invented sentences."""

import pytest

from test_events import assert_events, extract

CASES = [
    pytest.param("去年，临川省共投入资金60多亿元，开工建设乡村社区182个。", "2021-03-06",
                 [{"type": "project_start", "count": 182, "investment": None}], id="funds-put-in-are-no-total-of-the-start"),
    pytest.param("今年，甬州两级已投入财政专项资金超48亿元，开工扶贫项目8600个。", "2021-03-06",
                 [{"type": "project_start", "count": 8600, "investment": None}], id="special-funds-put-in-are-no-total"),
    pytest.param("临川省856个项目昨天开工建设，本年度计划投资1320亿元。", "2021-03-06",
                 [{"type": "project_start", "count": 856, "investment": None}], id="a-year-s-planned-investment-is-no-total"),
    pytest.param("甬州市182项市级工程昨天陆续启动，今年投资计划约600亿元。", "2021-03-06",
                 [{"type": "project_start", "count": 182, "investment": None}], id="a-year-s-investment-plan-is-no-total"),
    pytest.param("临川省856个项目昨天开工建设，总投资4210亿元，本年度计划投资1320亿元。", "2021-03-06",
                 [{"type": "project_start", "count": 856, "investment": 4.21e11}], id="the-total-before-the-year-s-plan"),
    pytest.param("3月2日，临川省实施青川水库扩容工程开工。", "2021-03-06",
                 [{"type": "project_start", "project": "青川水库扩容工程"}], id="a-name-starts-after-implementing"),
    pytest.param("本届甬江峰会今天闭幕，会上启动实施青川智慧水网工程。", "2021-03-06",
                 [{"type": "project_start", "project": "青川智慧水网工程"}], id="launching-the-implementation-of-a-works"),
    pytest.param("3月5日，史上规模最大的一次青湖清淤工程开工。", "2021-03-06",
                 [{"type": "project_start", "project": "青湖清淤工程"}], id="one-time-of-a-works-is-no-part-of-its-name"),
    pytest.param("2009年，第三次青川公路改建全线开工。", "2021-03-06",
                 [{"type": "project_start", "project": "青川公路"}], id="the-nth-time-is-no-part-of-the-name"),
    pytest.param("省内投资最大的交通工程--青川跨江大桥今天正式开工。", "2021-03-06",
                 [{"type": "project_start", "project": "青川跨江大桥"}], id="a-name-after-a-double-dash"),
    pytest.param("东海首条民营控股的铁路甬州---青川---临海铁路昨天开工。", "2021-03-06",
                 [{"type": "project_start", "project": "铁路甬州---青川---临海铁路"}], id="a-triple-dash-joins-a-route"),
    pytest.param("在甬江科学城，今年有同步辐射光源，以及磁约束装置二期工程开工建设。", "2021-03-06",
                 [{"type": "project_start", "project": "磁约束装置二期工程"}], id="a-conjunction-before-a-listed-name"),
    pytest.param("7日上午，两市负责人共同出席甬川-东岭快速路一期竣工仪式和二期开工典礼。", "2021-03-06",
                 [{"type": "project_completion", "project": "甬川-东岭快速路一期"}, {"type": "project_start", "project": "二期"}],
                 id="a-joint-ceremony-names-the-next-phase"),
    pytest.param("江苏恒远轮胎有限公司已建成国内首条碳纤维复合材料生产线。", "2021-03-06",
                 [{"type": "project_completion", "project": "碳纤维复合材料生产线", "company": "江苏恒远轮胎有限公司"}],
                 id="the-object-of-a-completion-verb-is-the-project"),
    pytest.param("去年，江苏恒远轮胎有限公司建成一条智能轮胎生产线，当年投用。", "2021-03-06",
                 [{"type": "project_completion", "project": "智能轮胎生产线"}], id="the-object-without-its-measure"),
    pytest.param("由宁海市投入8亿元援建的青川大学今天开工。", "2021-03-06",
                 [{"type": "project_start", "project": "青川大学", "company": None}], id="a-university-being-built-is-the-facility"),
    pytest.param("甬江银行今天发行50亿元债券。\n甬江博览会闭幕\n甬江博览会今天闭幕，共签约项目60个，其中民间资本签约额达80亿元。",
                 "2021-03-06", [{"type": "project_signing", "count": 60, "company": None}],
                 id="among-them-is-no-anaphor-of-a-company"),
    pytest.param("前不久，一个茶叶深加工扶贫项目在临川青江镇建成投产。", "2021-03-06",
                 [{"type": "project_completion", "project": "茶叶深加工扶贫项目"}], id="one-x-project-opening-a-clause-is-x-project"),
    pytest.param("目前，星澜电机公司已建成国内首条电机自动化装配线。", "2021-03-06",
                 [{"type": "project_completion", "project": "电机自动化装配线"}], id="an-assembly-line-is-a-project"),
    pytest.param("国家（临川）数字内容基地今天揭牌开工。", "2021-03-06",
                 [{"type": "project_start", "project": "国家（临川）数字内容基地"}], id="a-place-in-brackets-inside-a-name"),
    pytest.param("临川“海—陆”联运枢纽项目今天开工。", "2021-03-06",
                 [{"type": "project_start", "project": "临川“海—陆”联运枢纽项目"}], id="a-dash-inside-quotes-is-part-of-the-name"),
    pytest.param("青江首条公铁两用隧道日前在临川开工建设。", "2021-03-06",
                 [{"type": "project_start", "project": "公铁两用隧道"}], id="a-rank-after-a-river-is-no-part-of-the-name"),
    pytest.param("同时，甬江集团在省外设立的第一家研发中心也已建成投用。", "2021-03-06",
                 [{"type": "project_completion", "project": "研发中心"}], id="a-rank-after-a-modifier-is-no-part-of-the-name"),
    pytest.param("临川县灾后第一所板房小学今天在东岭镇竣工。", "2021-03-06",
                 [{"type": "project_completion", "project": "板房小学"}], id="a-rank-after-a-place-is-no-part-of-the-name"),
    pytest.param("我国首条以民间投资为主的高速铁路——甬台高铁今天正式开工。", "2021-03-06",
                 [{"type": "project_start", "project": "甬台高铁"}], id="the-name-after-a-description-and-its-dash"),
    pytest.param("全省最大的物流项目——甬江智慧物流枢纽今天正式开工。", "2021-03-06",
                 [{"type": "project_start", "project": "甬江智慧物流枢纽"}], id="the-name-after-a-described-project-head"),
    pytest.param("今天，“北煤南运”重点工程甬江至临川重载铁路正式通车。", "2021-03-06",
                 [{"type": "project_completion", "project": "甬江至临川重载铁路"}], id="a-works-standing-is-no-part-of-the-name"),
    pytest.param("甬临高速控制性工程――青岚山隧道今天正式动工。", "2021-03-06",
                 [{"type": "project_start", "project": "青岚山隧道"}], id="the-name-after-a-horizontal-bar-dash"),
    pytest.param("前两个月，全国铁路累计完成基建投资312亿元。", "2021-03-06", [], id="the-country-s-railways-are-no-project"),
    pytest.param("在甘肃，“东数西算”中8大数据中心集群之一青川数据集群开工建设。", "2022-04-25",
                 [{"type": "project_start", "project": "青川数据集群"}], id="the-name-after-one-of-a-set"),
    pytest.param("这里是青川智造产业园，这个占地38万平方米的新项目从开工到投产只用了10个月。", "2022-04-25",
                 [{"type": "project_start", "project": "青川智造产业园", "park": "青川智造产业园"},
                  {"type": "project_completion", "project": "青川智造产业园", "park": "青川智造产业园"}],
                 id="from-start-to-completion-of-the-park-the-report-is-about"),
    pytest.param("吉林各地项目都已开工。", "2021-03-06", [{"type": "project_start", "project": None}],
                 id="projects-of-a-region-are-no-name"),
    pytest.param("近日，青川大学研发的一种秸秆制氢发电项目投产。", "2021-03-06",
                 [{"type": "project_completion", "project": "秸秆制氢发电项目"}], id="one-kind-of-is-no-part-of-the-name"),
    pytest.param("眼下，江苏恒远轮胎有限公司投资2亿多元打造的检测中心一派繁忙，尽管投入使用才两个月，团队已做了上百次试验。",
                 "2021-03-06", [{"type": "project_completion", "project": "检测中心", "company": "江苏恒远轮胎有限公司"}],
                 id="the-company-that-invested-in-the-project-an-earlier-clause-names"),
    pytest.param("由甬江某基金会捐建的“青禾果蔬批发市场”竣工，面积5公顷。", "2021-03-06",
                 [{"type": "project_completion", "project": "青禾果蔬批发市场"}], id="a-quoted-name-before-the-trigger"),
    pytest.param("截至去年底，甬江累计建成物流站点项目260个。", "2021-03-06",
                 [{"type": "project_completion", "project": None, "count": 260}], id="a-counted-object-is-an-aggregate"),
    pytest.param("当地时间7日上午，国务院总理王明与甲国总理共同出席甬江跨海大桥竣工典礼。", "2021-03-06",
                 [{"type": "project_completion", "project": "甬江跨海大桥", "company": None}],
                 id="the-body-of-an-official-attending-is-no-company"),
    pytest.param("青川县人民政府和甬港公司签署投资协议。", "2021-03-06",
                 [{"type": "project_signing", "company": "甬港公司"}], id="the-company-signing-with-a-government"),
    pytest.param("昨天，由甬兴公司承建的青川大桥正式通车。", "2021-03-06",
                 [{"type": "project_completion", "project": "青川大桥", "company": "甬兴公司"}],
                 id="the-company-building-it-by-you"),
    pytest.param("甬江汽车基地今天竣工。甬江汽车基地是华信集团旗下轿车生产基地。", "2021-03-06",
                 [{"type": "project_completion", "project": "甬江汽车基地", "company": "华信集团"}],
                 id="the-company-a-described-project-belongs-to-without-de"),
    pytest.param("今年甬江新开工项目12个，临川至青禾铁路、甬江至东岭高速公路、青川至白沙段等项目陆续开工建设。", "2021-03-06",
                 [{"type": "project_start", "project": None, "count": 12}], id="a-list-closed-by-deng-makes-no-member-events"),
    pytest.param("从投资来看，国家推出的7类重大工程包项目，截至3月底已开工的重点项目有198个。", "2021-05-06",
                 [{"type": "project_start", "project": None, "count": 198}], id="a-kind-of-works-counted-by-class-is-no-project"),
    pytest.param("甬江引水工程青川段、临川东站等一批重点工程本周先后开工建设。项目施工期间，沿线不少企业也陆续恢复了生产。",
                 "2021-03-06", [{"type": "project_start", "project": None}], id="a-listed-member-is-no-antecedent-of-xiangmu"),
    pytest.param("在临川新区，青石沟水库、白岩3号水库等骨干水利设施已陆续动工。", "2021-03-06",
                 [{"type": "project_start", "project": None, "count": None}], id="a-list-closed-by-deng-and-a-noun-is-one-aggregate"),
    pytest.param("甬江东站、青川快速路、临川大桥等也在今天投入运行。", "2021-03-06",
                 [{"type": "project_completion", "project": None, "date": "2021-03-06"}],
                 id="a-list-closed-by-deng-alone-is-one-aggregate"),
    pytest.param("甬江水电站、青川海上风电场等清洁能源项目相继投产。", "2021-03-06",
                 [{"type": "project_completion", "project": None}], id="a-list-of-works-completed-one-after-another"),
    pytest.param("由甬江、青川等地援建的临岚医院今天竣工。", "2021-03-06",
                 [{"type": "project_completion", "project": "临岚医院"}], id="a-list-of-builders-before-de-is-no-list-of-works"),
    pytest.param("去年，甬江铁路、青川水利枢纽、临岚公路等一大批工程先后动工。", "2021-03-06",
                 [{"type": "project_start", "project": None, "date": "2020"}], id="a-year-opens-a-lead-of-a-large-batch"),
    pytest.param("2019年，甬江青年创业园正式开园，两年来已孵化企业80多家。", "2021-03-06",
                 [{"type": "project_completion", "project": "甬江青年创业园", "date": "2019"}], id="a-year-opens-a-lead"),
    pytest.param("在甬州，临岚公交换乘中心已经动工。", "2021-03-06",
                 [{"type": "project_start", "project": "临岚公交换乘中心"}], id="a-short-setting-opens-a-lead"),
    pytest.param("新年伊始，一批大工程密集开工。", "2021-03-06",
                 [{"type": "project_start", "project": None, "count": None}], id="a-short-setting-opens-a-batch-lead"),
    pytest.param("两个月前，临川安置小区建成入住。", "2021-03-06",
                 [{"type": "project_completion", "project": "临川安置小区"}], id="built-and-moved-into-is-a-lead-s-completion"),
    pytest.param("临川体育中心主体育场日前在甬州建成并交付。", "2021-03-06",
                 [{"type": "project_completion", "trigger": "建成"}], id="built-and-handed-over-is-a-lead-s-completion"),
    pytest.param("今天上午，甬江自贸试验区一批新项目集中开工、签约。", "2021-03-06",
                 [{"type": "project_start", "park": "甬江自贸试验区"}, {"type": "project_signing", "park": "甬江自贸试验区"}],
                 id="a-batch-lead-with-two-verbs"),
    pytest.param("甬江地铁二号线进入列车调试阶段，华信大桥今天通车。", "2021-03-06",
                 [{"type": "project_completion", "project": "华信大桥"}], id="a-stage-of-works-is-no-project"),
    pytest.param("继华信新材料一期工程去年投产后，二期工程今天开工。", "2021-03-06",
                 [{"type": "project_start", "project": "二期工程"}], id="a-connective-ji-is-no-part-of-a-name"),
    pytest.param("青岚湾核电站全面投产\n本台消息：今天，国内在运最大核电站建成投产。", "2021-03-06",
                 [{"type": "project_completion", "project": "青岚湾核电站"}], id="a-ranked-descriptor-takes-the-headline-name"),
    pytest.param("甬峡水电站位于青江上游。今天，我国第四大水电站并网发电。", "2021-03-06",
                 [{"type": "project_completion", "project": "甬峡水电站"}], id="a-ranked-descriptor-takes-the-name-before"),
    pytest.param("本台消息：今天，我国第四大水电站并网发电。", "2021-03-06",
                 [{"type": "project_completion", "project": None}], id="a-ranked-descriptor-alone-is-no-name"),
    pytest.param("临川抽水蓄能电站3号机组今天投产发电。", "2021-03-06",
                 [{"type": "project_completion", "project": "临川抽水蓄能电站3号机组"}], id="a-numbered-unit-is-part-of-the-name"),
    pytest.param("今天，青岚江水电站首台机组正式投产。", "2021-03-06",
                 [{"type": "project_completion", "project": "青岚江水电站首台机组"}], id="a-first-unit-is-part-of-the-name"),
    pytest.param("甬州大桥正式通车\n本台消息：今天上午，州大桥正式通车。", "2021-03-06",
                 [{"type": "project_completion", "project": "甬州大桥"}], id="the-headline-writes-the-name-in-full"),
    pytest.param("甬江临港水利枢纽工程正式开工\n本台消息：甬江省重点水利工程——临港水利枢纽工程今天正式开工建设。", "2021-03-06",
                 [{"type": "project_start", "project": "临港水利枢纽工程"}], id="the-body-s-own-shorter-name-stays"),
    pytest.param("迎春节青岚花卉园开园\n本台消息：今天，青岚花卉园在甬州正式开园。", "2021-03-06",
                 [{"type": "project_completion", "project": "青岚花卉园"}], id="a-headline-s-occasion-is-no-part-of-the-name"),
    pytest.param("今天，西南通道——甬临铁路的甬州至临川段正式开通运营。", "2021-03-06",
                 [{"type": "project_completion", "project": "甬临铁路的甬州至临川段"}], id="a-line-s-section-after-de-is-one-name"),
    pytest.param("由两国共建的青岚—临川大桥今天通车。", "2021-03-06",
                 [{"type": "project_completion", "project": "青岚—临川大桥"}], id="a-bridge-between-two-places-is-one-name"),
    pytest.param("3月13日，青岚咖啡公司“咖啡烘焙产业园”项目签约仪式在甬州举行。", "2021-03-06",
                 [{"type": "project_signing", "project": "咖啡烘焙产业园"}], id="the-quoted-name-after-its-owner"),
    pytest.param("今天，湖北最大“甬州冷链供应平台”首批项目在临川投入运营。", "2021-03-06",
                 [{"type": "project_completion", "project": "甬州冷链供应平台"}], id="the-quoted-name-after-a-rank"),
    pytest.param("今天，甬临人工智能计算中心及产业基地项目在临川正式开工，项目投资超过40亿元。", "2021-03-06",
                 [{"type": "project_start", "project": "甬临人工智能计算中心及产业基地项目"}],
                 id="two-works-sharing-one-project-head-are-one-name"),
    pytest.param("今天，甬临数据中心项目及临川产业基地项目正式开工。", "2021-03-06",
                 [{"type": "project_start", "project": "甬临数据中心项目"}, {"type": "project_start", "project": "临川产业基地项目"}],
                 id="two-projects-each-with-its-head-are-two"),
    pytest.param("省重点项目青石化工新材料项目开工\n本台消息：今天，青石化工新材料项目正式开工。", "2021-03-06",
                 [{"type": "project_start", "project": "青石化工新材料项目"}], id="a-category-before-the-name-is-no-part-of-it"),
    pytest.param("3月1日，此次青石化工新材料项目在临川开工。", "2021-03-06",
                 [{"type": "project_start", "project": "青石化工新材料项目"}], id="this-time-is-no-part-of-the-name"),
    pytest.param("临川90个重点工程今天开工\n今天，临川全省90个重点工程一起开工。此次开工项目都是新开工的亿元以上项目。",
                 "2021-03-06", [{"type": "project_start", "count": 90}], id="this-time-started-projects-are-the-batch"),
    pytest.param("本台消息：今天，行业标准“山区学校运动场”启用。", "2021-03-06",
                 [{"type": "project_completion", "project": "山区学校运动场"}], id="a-quoted-name-is-kept-whole"),
    pytest.param("今天，华信科技有限公司全新智能工厂在临川正式投产。华信科技有限公司负责人表示，年产值可达10亿元。",
                 "2021-03-06", [{"type": "project_completion", "project": "全新智能工厂", "company": "华信科技有限公司"}],
                 id="a-company-before-its-new-facility-is-the-company"),
    pytest.param("今后，青江铁路网将更加完善，仍在论证的甬青铁路、前年开工的临岚铁路，都将带动沿线发展。", "2021-03-06",
                 [{"type": "project_start", "project": "临岚铁路"}], id="an-attributive-trigger-names-what-follows-its-de"),
    pytest.param("去年，甬青化工扩建项目完成审批，今年3月开工建设的临岚换流站总投资12亿元。", "2021-06-08",
                 [{"type": "project_start", "project": "临岚换流站", "date": "2021-03"}],
                 id="an-attributive-start-with-its-construction-word-names-what-follows"),
    pytest.param("华信光电已建成投产的5条显示面板生产线，分别位于临川、甬州等地。", "2021-03-06",
                 [{"type": "project_completion", "count": 5, "project": None}], id="an-attributive-trigger-before-a-count-names-none"),
    pytest.param("青川沿江高铁通道的收尾之作——甬川至临岚高铁今天开工建设。", "2021-03-06",
                 [{"type": "project_start", "project": "甬川至临岚高铁"}], id="a-description-before-a-dash-yields-to-the-name"),
    pytest.param("今天，东川19个重大项目集中开工，投资60亿元的柳岸碳谷项目全面动工。", "2021-03-06",
                 [{"type": "project_start", "count": 19, "investment": None},
                  {"type": "project_start", "project": "柳岸碳谷项目", "investment": 6e9}],
                 id="an-amount-describing-the-name-after-it-is-that-events"),
    pytest.param("青川首个开工的抽水蓄能项目——甬州抽水蓄能电站今天（3月6日）正式开工。", "2021-03-06",
                 [{"type": "project_start", "project": "甬州抽水蓄能电站", "date": "2021-03-06"}],
                 id="a-trigger-describing-the-name-after-a-dash-is-no-second-event"),
    pytest.param("今天，国家电网青县光伏电站二期工程顺利建成投运。", "2021-03-06",
                 [{"type": "project_completion", "project": "国家电网青县光伏电站二期工程", "company": None}],
                 id="an-owner-written-only-before-the-name-is-part-of-it"),  # CONVENTIONS; dev7, dev11, dev13 gold
    pytest.param("青县光伏电站二期工程投运\n今天，国家电网青县光伏电站二期工程顺利建成投运。", "2021-03-06",
                 [{"type": "project_completion", "project": "青县光伏电站二期工程", "company": "国家电网"}],
                 id="an-owner-before-a-name-written-apart-is-its-company"),
    pytest.param("今天，星澜集团漳州海上风电二期项目在福建开工。", "2021-03-06",
                 [{"type": "project_start", "project": "漳州海上风电二期项目", "company": "星澜集团"}],
                 id="an-owner-before-a-project-named-after-a-place-is-its-company"),
    pytest.param("省内最大的炼化基地——星澜集团泉州一期项目今天建成。", "2021-03-06",
                 [{"type": "project_completion", "project": "泉州一期项目", "company": "星澜集团"}],
                 id="an-owner-after-a-dash-leaves-the-name-after-it"),
    pytest.param("今天，甬川核电站扩建工程3号机组和星澜集团福建漳州核电站2号机组同时开工。", "2021-03-06",
                 [{"type": "project_start", "project": "甬川核电站扩建工程3号机组"},
                  {"type": "project_start", "project": "福建漳州核电站2号机组"}], id="an-owner-inside-a-list-of-names"),
    pytest.param("星澜集团福建漳州核电站2号机组首台机组昨天通过试运行，正式投产。", "2021-03-06",
                 [{"type": "project_completion", "project": "福建漳州核电站2号机组", "company": "星澜集团"}],
                 id="an-owner-before-the-subject-of-an-earlier-clause"),
    pytest.param("甬州第三批6家市级技术创新中心今天开工建设。", "2021-03-06",
                 [{"type": "project_start", "project": None}], id="a-name-counting-its-members-is-a-batch"),
    pytest.param("青川引水工程全线9个施工标段今天全部复工。", "2021-03-06",
                 [{"type": "resumption", "project": None}], id="sections-counted-are-no-project"),
    pytest.param("今天，青川经开区正式开工建设甬江新材料产业基地项目。", "2021-03-06",
                 [{"type": "project_start", "project": "甬江新材料产业基地项目", "park": "青川经开区"}],
                 id="the-works-named-after-the-trigger-not-the-zone-before"),
    pytest.param("青川水电站第3台百万千瓦机组今天正式投产发电。", "2021-03-06",
                 [{"type": "project_completion", "project": "青川水电站第3台百万千瓦机组"}], id="a-unit-with-its-capacity"),
    pytest.param("青川第8家技术创新中心项目今天开工建设。", "2021-03-06",
                 [{"type": "project_start", "project": "青川第8家技术创新中心项目"}], id="an-ordinal-is-no-count-of-members"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_roles(text, published, expected):
    assert_events(text, published, expected)


DATES = [
    pytest.param("商务部今天发布数据，自2月以来外资连续增长。\n青川交易会签约额超百亿\n青川交易会项目签约仪式14号在临川举行。", "2021-09-17",
                 [{"type": "project_signing", "date": "2021-09-14"}], id="a-lone-day-in-a-brief-takes-the-publication-month"),
    pytest.param("明年起执行新标准\n从2022年1月10号起，全省将执行新标准。\n甬江产业对接活动举行\n甬江产业对接活动今天在宁波举行。"
                 "本次活动共有47个重点项目签约，计划总投资130亿元。", "2021-11-20",
                 [{"type": "project_signing", "count": 47, "date": "2021-11-20"}], id="a-date-carried-from-the-same-brief-only"),
    pytest.param("为期3天的甬江博览会23日在宁波闭幕，大会共签约项目68个，总投资320亿元。", "2021-09-24",
                 [{"type": "project_signing", "count": 68, "date": None}], id="a-fair-closing-day-is-not-the-signing-day"),
    pytest.param("第六届青川农博会昨晚闭幕，共有42个项目签约，签约金额90亿元。", "2021-09-24",
                 [{"type": "project_signing", "count": 42, "date": None}], id="a-fair-closing-yesterday-is-not-the-signing-day"),
    pytest.param("甬江港二期码头昨晚正式投入运营。", "2021-09-24",
                 [{"type": "project_completion", "date": "2021-09-23"}], id="last-night-is-yesterday"),
    pytest.param("青川东站今晨开通运营。", "2021-09-24",
                 [{"type": "project_completion", "date": "2021-09-24"}], id="this-morning-is-today"),
    pytest.param("青川水库开工\n青川水库主体工程今天开始建设，总投资80亿元。", "2021-09-24",
                 [{"type": "project_start", "date": "2021-09-24"}], id="a-headline-takes-the-day-its-body-opens-with"),
    pytest.param("青川抽水蓄能电站开工\n青川抽水蓄能电站日前开始建设，总投资80亿元。", "2021-09-24",
                 [{"type": "project_start", "date": None}], id="a-headline-over-a-vague-body-has-no-day"),
    pytest.param("青川抽水蓄能电站开工\n青川抽水蓄能电站将于9月28日开始建设。", "2021-09-24",
                 [{"type": "project_start", "date": None}], id="a-headline-over-a-planned-day-has-none"),
    pytest.param("第五届江城投资洽谈会今天开幕，来自30个国家的嘉宾参会。洽谈会上共有46个新项目签约，投资总额达153亿元。",
                 "2021-09-24", [{"type": "project_signing", "count": 46, "date": "2021-09-24"}],
                 id="the-day-a-meeting-is-held-in-the-sentence-before"),
    pytest.param("第五届江城投资洽谈会将于9月28日开幕，届时有30个国家的嘉宾参会。洽谈会上已有58个项目签约。",
                 "2021-09-24", [{"type": "project_signing", "count": 58, "date": None}],
                 id="the-day-a-meeting-will-be-held-is-none"),
    pytest.param("今天（5月9日），甘南省2021年第二季度134个重点项目集中开工，计划总投资680亿元。", "2021-05-09",
                 [{"type": "project_start", "count": 134, "date": "2021-05-09"}], id="a-batch-s-quarter-after-its-day"),
    pytest.param("昨天（5月8日），甘南2021年水利重点项目集中开工，36个项目总投资95亿元。", "2021-05-09",
                 [{"type": "project_start", "count": 36, "date": "2021-05-08"}], id="a-batch-s-year-after-its-day"),
    pytest.param("甘南省二季度134个重点项目集中开工，计划总投资680亿元。", "2021-05-09",
                 [{"type": "project_start", "count": 134, "date": "2021"}], id="a-batch-s-quarter-without-a-day"),
    pytest.param("在临川新区，青石沟水库、白岩3号水库等骨干水利设施已陆续动工。", "2021-05-09",
                 [{"type": "project_start", "date": None}], id="a-numbered-reservoir-is-no-day"),
    pytest.param("今天（3月9日），青川省2021年第一季度117个重点项目集中开工，计划总投资860亿元。", "2021-03-09",
                 [{"type": "project_start", "count": 117, "date": "2021-03-09"}],
                 id="a-period-written-into-the-batch-s-name-gives-way-to-the-day"),
    pytest.param("昨天，甬州新区一季度57个重点项目开复工，计划总投资达290亿元。", "2021-03-09",
                 [{"type": "resumption", "count": 57, "date": "2021-03-08"}],
                 id="a-quarter-without-its-year-in-a-name-gives-way-to-the-day"),
    pytest.param("住建部今天（7月9日）发布，今年上半年，青川全省新开工改造小区项目820个。", "2021-07-09",
                 [{"type": "project_start", "count": 820, "date": "2021"}],
                 id="a-day-of-reporting-is-not-the-period-s-date"),
    pytest.param("今天（9月2日），国内目前单机容量最大的潮汐电站——甬江潮汐电站正式投产。", "2021-09-02",
                 [{"type": "project_completion", "date": "2021-09-02"}], id="now-before-a-superlative-is-no-vague-time"),
    pytest.param("今天（9月2日），青川今年首批重大项目签约，27个项目总投资达180亿元。", "2021-09-02",
                 [{"type": "project_signing", "count": 27, "date": "2021-09-02"}], id="this-year-s-first-batch-is-no-vague-time"),
    pytest.param("近日，甬江油田北32区块18号采油平台顺利投产。", "2021-09-02",
                 [{"type": "project_completion", "date": None}], id="a-number-inside-the-project-name-is-no-day"),
    pytest.param("在青川新区，甬州河水库、石门2号水库等一批水利项目全面开建。", "2021-09-02",
                 [{"type": "project_start", "date": None}], id="a-number-of-a-reservoir-is-no-day"),
    pytest.param("青川合作推进会今天（5月6日）在甬州召开。来自各地的300多名嘉宾出席。会上，28个项目集中签约，"
                 "协议投资90亿元。", "2021-05-06", [{"type": "project_signing", "count": 28, "date": "2021-05-06"}],
                 id="at-the-meeting-continues-the-report-s-day"),
    pytest.param("首届甬青博览会今天（5月6日）在甬州闭幕。博览会上，共签约项目31个，签约总金额近200亿元。", "2021-05-06",
                 [{"type": "project_signing", "count": 31, "date": None}], id="at-a-fair-that-closed-today-no-day"),
    pytest.param("甬州电视台今天（6月3日）发布两部新剧，另一部影片8月2日上映。此外，电视台还与华信影业有限公司签署合作协议。",
                 "2021-06-03", [{"type": "project_signing", "date": "2021-06-03"}],
                 id="a-planned-day-before-is-not-carried"),
    pytest.param("甬州临港新区2017年9月设立以来，每年新增落户企业3000多家。", "2021-06-03",
                 [{"type": "settlement", "count": 3000, "date": None}], id="a-period-since-a-founding-years-ago-has-no-date"),
    pytest.param("2020年以来，甬州高新区成功签约12个项目，总投资达180亿元。", "2021-01-06",
                 [{"type": "project_signing", "count": 12, "date": None}], id="a-period-since-last-year-has-no-date"),
    pytest.param("今年3月以来，甬州高新区成功签约12个项目，总投资达180亿元。", "2021-06-06",
                 [{"type": "project_signing", "count": 12, "date": "2021"}], id="a-period-since-this-year-has-its-year"),
    pytest.param("华信科技有限公司新材料项目签约活动今天（10月21日）在甬州举行。", "2021-10-21",
                 [{"type": "project_signing", "date": "2021-10-21"}], id="the-day-an-activity-named-by-the-trigger-is-held"),
    pytest.param("今天，甬江重工与7家航运公司签订了40艘货船订单。华信集团签约总金额也超80亿元。", "2021-06-08",
                 [{"type": "project_signing", "date": "2021-06-08"}, {"type": "project_signing", "date": "2021-06-08"}],
                 id="the-report-s-one-day-holds-for-the-paragraph"),
    pytest.param("甬州产业论坛今天（6月8日）开幕。会议发布了新成果。甬州高新区与10家企业集中签约，协议投资30亿元。", "2021-06-08",
                 [{"type": "project_signing", "date": "2021-06-08"}], id="the-report-s-day-two-sentences-on"),
    pytest.param("今天的甬江，处处是工地。青川水电站全面投产，临川大桥建成通车。", "2021-06-08",
                 [{"type": "project_completion", "date": None}, {"type": "project_completion", "date": None}],
                 id="today-s-city-is-no-day"),
    pytest.param("首届甬青博览会今天在甬州闭幕。展会期间，甬州数据中心在青川建成投用。", "2021-06-08",
                 [{"type": "project_completion", "date": None}], id="what-was-done-during-a-fair-closed-today-has-no-day"),
    pytest.param("甬州水利厅今天发布，2020年全省完成水利投资800亿元。全年新开工水利项目1200个。", "2021-01-08",
                 [{"type": "project_start", "count": 1200, "date": None}], id="a-paragraph-with-a-day-and-a-year-carries-neither"),
    pytest.param("甬州自2019年起先后开工建设的青川城际铁路今天全线建成通车。", "2021-10-07",
                 [{"type": "project_start", "date": None}, {"type": "project_completion", "date": "2021-10-07"}],
                 id="a-period-from-a-year-on-is-no-date"),
    pytest.param("自今年3月起，甬州高新区新开工项目28个。", "2021-10-07",
                 [{"type": "project_start", "count": 28, "date": "2021"}], id="a-period-from-this-year-s-month-gives-the-year"),
    pytest.param("今天，青川铁路开始铺轨。青川铁路全线复工以来，每天有5000名建设者在现场施工。", "2020-04-07",
                 [{"type": "resumption", "date": None}], id="since-the-happening-is-no-day-of-the-report"),
    pytest.param("去年底，甬江大桥建成通车。2019年末，青川隧道建成投用。", "2021-06-01",
                 [{"type": "project_completion", "date": "2020"}, {"type": "project_completion", "date": "2019"}],
                 id="a-year-s-end-gives-the-year"),
    pytest.param("2月20日，甬州全市复工企业达到1200家。较前一天，全市新增复工企业85家。", "2020-02-21",
                 [{"type": "resumption", "date": "2020-02-20"}, {"type": "resumption", "date": "2020-02-20"}],
                 id="compared-with-the-day-before-is-no-date"),
    pytest.param("3月25日，甬江大桥举行开工仪式。该项目总投资20亿元，预计2011年底竣工。", None,
                 [{"type": "project_start", "date": "03-25"}], id="no-year-from-a-later-plan"),
    pytest.param("3月25日，甬江大桥举行开工仪式。2011年，甬州新开工项目30个。", None,
                 [{"type": "project_start", "date": "2011-03-25"}], id="a-later-year-of-the-article-is-its-year"),
    pytest.param("今天，甬州光电产业园一期厂房竣工。首批9家企业已与园区签订入驻协议，其中3家当天进驻。", "2021-06-08",
                 [{"type": "project_completion"}, {"type": "project_signing", "date": None}], id="signed-already-is-before-the-report-s-day"),
    pytest.param("6月8日，甬州光电产业园一期厂房竣工。3月，华信集团向甬州新材料有限公司增资4亿元。", None,
                 [{"type": "project_completion"}, {"type": "investment", "date": None}], id="a-sentence-with-its-own-month-takes-no-day-of-the-paragraph"),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATES)
def test_dates(text, published, expected):
    assert_events(text, published, expected, exact=False)


OUTPUT = [
    pytest.param("投资额达120亿元的甬江面板生产线今天在宁波动工建设。2023年建成后，预计年产值超过180亿元。", "2021-03-01",
                 [{"type": "project_start", "annual_output": 1.8e10}], id="a-sentence-after-the-completion-speaks-of-it"),
    pytest.param("甬江电子产业基地今天建成投产，全部投产后，首年预计生产平板电脑80万台，产值超40亿元。", "2021-03-01",
                 [{"type": "project_completion", "annual_output": 4e9}], id="a-plant-s-bare-output"),
    pytest.param("甬江物流园今天建成投产，预计可实现20亿元的年产值。", "2021-03-01",
                 [{"type": "project_completion", "annual_output": 2e9}], id="the-output-after-its-figure"),
    pytest.param("甬江高新区今年已有15个项目建成投产，园区产值有望突破500亿元。", "2021-03-01",
                 [{"type": "project_completion", "count": 15, "annual_output": None}], id="a-zone-s-output-is-no-project-s"),
]


@pytest.mark.parametrize(("text", "published", "expected"), OUTPUT)
def test_annual_output(text, published, expected):
    assert_events(text, published, expected, exact=False)


PARKS = [
    pytest.param("这两天，甬江最大的工业基地——甬江石化区首批30个项目今天集中开建，总投资95亿元；安徽省总投资超过300亿元的70个项目集中开工。",
                 "2021-03-27", [{"type": "project_start", "count": 30, "park": "甬江石化区"},
                                {"type": "project_start", "count": 70, "park": None}],
                 id="a-clause-after-a-semicolon-with-its-own-subject-has-its-own-park"),
    pytest.param("今年以来，甬江高新区全年签约亿元以上项目47个，协议总投资326亿元；全年新开工项目38个，总投资211亿元。",
                 "2021-12-27", [{"type": "project_signing", "count": 47, "park": "甬江高新区"},
                                {"type": "project_start", "count": 38, "park": "甬江高新区"}],
                 id="a-clause-after-a-semicolon-without-a-subject-keeps-the-park"),
    pytest.param("3月5日，2021甬江投资洽谈会在宁波高新区举行，活动现场，甬江数据中心项目、华信新材料项目分别签约落户慈溪经济开发区和"
                 "余姚经济开发区。", "2021-03-06",
                 [{"type": "project_signing", "project": "甬江数据中心项目", "park": "慈溪经济开发区"},
                  {"type": "project_signing", "project": "华信新材料项目", "park": "余姚经济开发区"}],
                 id="the-destination-of-a-signing-not-the-venue-one-each"),
    pytest.param("今天，甬江自贸试验区共有96个项目集中开工，计划总投资约613亿元。此外，还有58个项目集中签约。", "2021-09-18",
                 [{"type": "project_start", "count": 96, "park": "甬江自贸试验区"},
                  {"type": "project_signing", "count": 58, "park": "甬江自贸试验区"}],
                 id="an-aggregate-takes-the-park-the-sentence-before-speaks-of"),
    pytest.param("今天，甬江自贸试验区共有96个项目集中开工，总投资约613亿元。同一天，安徽省签约动工52个重点项目，总投资超200亿元。",
                 "2021-09-18", [{"type": "project_start", "count": 96, "park": "甬江自贸试验区"},
                                {"type": "project_signing", "count": 52, "park": None},
                                {"type": "project_start", "count": 52, "park": None}],
                 id="an-aggregate-of-another-place-takes-no-park-from-the-sentence-before"),
    pytest.param("今天，甬江自贸试验区共有96个项目集中开工。当天，临川市还有85个重大项目集中动工，总投资超200亿元。",
                 "2021-09-18", [{"type": "project_start", "count": 96, "park": "甬江自贸试验区"},
                                {"type": "project_start", "count": 85, "park": None}],
                 id="a-continuing-sentence-in-another-place-takes-no-park-from-the-one-before"),
    pytest.param("甬江自贸试验区开发者大会今天举行。大会在杭州、上海同步举办，共有8个项目集中签约。", "2021-09-18",
                 [{"type": "project_signing", "count": 8, "park": "甬江自贸试验区"}],
                 id="the-venues-of-a-meeting-are-no-other-place"),
    pytest.param("今天（6月8日），临川数字创意产业园在青江正式投入运营。", "2021-06-08",
                 [{"type": "project_completion", "project": "临川数字创意产业园", "park": "临川数字创意产业园"}],
                 id="a-named-park-that-is-the-project-is-its-park-too"),
    pytest.param("甬江新区设立三年来，区内产业加快集聚。作为两市首个共建的示范园区，临川科技园建设提速，本月又有30多家企业签约入驻。",
                 "2021-03-06", [{"type": "project_signing", "park": "临川科技园"}],
                 id="a-kind-noun-ending-in-an-anaphor-is-no-anaphor"),
    pytest.param("截至年底，全省新开工铁路项目12个，甬州至青湖新区城际铁路等项目开工建设。", "2021-03-06",
                 [{"type": "project_start", "count": 12, "park": None}], id="a-park-ending-a-route-name-is-no-park-role"),
    pytest.param("甬州临港科学城近年来发展迅速，已有8个大科学装置相继落地。2016年，青川新区获批设立。目前，"
                 "已有17家科研院所在这里落户。", "2021-03-06",
                 [{"type": "settlement", "count": 8, "park": "甬州临港科学城"},
                  {"type": "settlement", "count": 17, "park": "青川新区"}], id="here-is-the-park-named-after-the-last-event"),
    pytest.param("在甬州东部的青湖新区，道路、学校等设施日渐完善，临湖生态城、甬州建研院总部等一批项目相继在这里落户。", "2021-03-06",
                 [{"type": "settlement", "park": "青湖新区"}], id="here-is-not-a-park-listed-as-a-settler"),
    pytest.param("甬州自贸区挂牌已满两年。两年间，湖南新增物流企业30多家。整个自贸区累计入驻企业1.2万家。",
                 "2021-03-06", [{"type": "settlement", "count": 12000, "park": "甬州自贸区"}], id="the-whole-zone-is-the-zone"),
    pytest.param("甬州自贸区是青川经开区的重要组成部分。如今，这里已入驻企业1200家。", "2021-03-06",
                 [{"type": "settlement", "count": 1200, "park": "甬州自贸区"}], id="here-is-the-topic-not-a-park-qualifying-a-noun"),
    pytest.param("在甬州临港新区工作了三年的工程师李明，今年不用再办理就业证了。截至目前，临港新区已有3万多家注册企业。前不久，"
                 "这里又有12个项目同步开工。", "2021-03-06",
                 [{"type": "project_start", "count": 12, "park": "临港新区"}], id="here-is-the-park-as-the-sentence-before-writes-it"),
    pytest.param("几经比较，他最终选中了甬州青湖经济区。起步于一片盐碱地，青湖经济区招商时门槛一直很高。"
                 "如今200多家企业落户这里。", "2021-03-06",
                 [{"type": "settlement", "count": 200, "park": "青湖经济区"}], id="settling-here-is-in-the-park-as-last-written"),
    pytest.param("甬州临港新区是青川自贸港建设的核心园区，设立三年来，累计有3000多家企业落户。", "2021-03-06",
                 [{"type": "settlement", "count": 3000, "park": "甬州临港新区"}], id="the-settlers-park-is-the-topic"),
    pytest.param("今天（4月8日），甬江新区东岸防潮堤正式开工建设，这是今年重点推进的水利工程之一。", "2023-04-08",
                 [{"type": "project_start", "project": "甬江新区东岸防潮堤", "park": "甬江新区"}],
                 id="the-zone-a-work-is-named-with-is-its-park"),
]


@pytest.mark.parametrize(("text", "published", "expected"), PARKS)
def test_parks(text, published, expected):
    assert_events(text, published, expected, exact=False)


def test_a_day_of_this_year_without_a_publication_date_keeps_month_and_day():
    found = extract("今年4月12日，华信化工新材料项目在宁波高新区开工。", None)
    assert [e["date"] for e in found] == ["04-12"]


def test_a_sentence_opening_at_its_own_place_takes_no_park_from_before():
    found = extract("在青川新城，甬州科技产业园的各项建设正加紧进行。在江苏南通，国际会客厅吸引80余家机构入驻。", "2021-03-06")
    assert [e for e in found if e["type"] == "settlement"] == []


def test_a_later_time_of_this_year_is_a_plan():
    found = extract("今年9月，甬州物流园项目正式投入使用。今年年底，青川城际铁路甬州段开通运营。", "2021-10-08")
    assert [(e["trigger"], e["date"]) for e in found] == [("投入使用", "2021-09")]


@pytest.mark.parametrize("text", [
    "目前，甬州华信云平台已与15个省份签约。",
    "目前，华信平台已累计签约120家客户。",
    "平台上游是已签约的近200家蔬菜合作社。",
    "截至目前，已有14个省与甬州基金会签约。",
])
def test_a_signing_that_counts_parties_counts_no_projects(text):
    assert [e["count"] for e in extract(text, "2021-03-06")] in ([], [None])


@pytest.mark.parametrize(("text", "parks"), [
    pytest.param("在甬州高新区，华信科技有限公司日前入驻创新大厦。", [], id="a-building"),
    pytest.param("甬州高新区发展迅速。目前，已有35家企业入驻科创大厦12层。", [], id="a-floor"),
    pytest.param("甬州高新区发展迅速，已有35家企业入驻甬州的科技产业园。", [], id="a-place-and-a-kind"),
    pytest.param("华信科技有限公司日前入驻甬州高新区创新大厦。", ["甬州高新区"], id="a-building-of-a-park-named"),
    pytest.param("甬州高新区今年新引进企业42家。目前，已有35家企业入驻园区内的科创大厦。", ["甬州高新区"],
                 id="a-building-in-the-park-referred-to"),
])
def test_a_destination_that_is_no_park_settles_nowhere(text, parks):
    assert [e["park"] for e in extract(text, "2021-03-06") if e["type"] == "settlement"] == parks


def test_a_clause_characterizing_the_happening_is_no_second_event():
    found = extract("今天（10月12日），华信集团6家企业集中落户甬州新区，这是甬州新区今年首批集中落户的企业。", "2021-10-12")
    assert [(e["type"], e["count"], e["date"]) for e in found] == [("settlement", 6, "2021-10-12")]


def test_a_plan_inside_a_modifier_is_no_plan_of_the_subject():
    found = extract("总投资50亿元、预计2023年建成投产的华信化工新材料项目今天在宁波高新区开工。", "2021-03-06")
    assert [(e["type"], e["project"], e["date"]) for e in found] == [
        ("project_start", "华信化工新材料项目", "2021-03-06")]
    assert extract("因手续齐全，华信化工公司将原定5月8日的开工时间提前了一周。", "2021-03-06") == []


def test_a_long_headline_of_parts_ends_at_its_line_break():
    text = ("省委书记致信祝贺甬江抽水蓄能电站一期机组投产 省长作出批示 副省长出席投产发电仪式\n"
            "本台消息：甬江抽水蓄能电站一期机组于28日顺利投产。省委书记发来贺信。")
    assert [(e["trigger"], e["date"]) for e in extract(text, "2021-06-28")] == [("投产", "2021-06-28")]


def test_an_aggregate_read_twice_takes_the_second_reading_s_day():
    found = extract("甬州新区历时三年建设，首批完工的46个供水、道路项目今天交付使用。", "2021-08-02")
    assert [(e["count"], e["date"]) for e in found] == [(46, "2021-08-02")]


def test_an_academy_s_observatory_is_a_party_not_a_body():  # ent-units2: unit_heads column institute
    events = extract("中科院南宁天文台投建的大型望远镜项目昨日开工。", "2022-09-21")
    assert [e["company"] for e in events] == ["中科院南宁天文台"]
