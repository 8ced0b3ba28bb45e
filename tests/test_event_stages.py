"""Unit tests per stage of the event reader, and an example for every regex rule that stays in code.

Every compiled pattern at module level in ``zhqx.events`` is listed in ``RULES`` with a text it must match and
one it must not; a new pattern without an example fails ``test_every_regex_rule_has_examples``.
"""

import importlib
import re

import pytest

from zhqx.events.article import Article, ByStart
from zhqx.events.draft import Draft
from zhqx.events.rates import _resumed
from zhqx.events.spans import LONGEST_SENTENCE, segment_spans, sentence_spans
from zhqx.events.spec import EventRules
from zhqx.types import ProjectStart

MODULES = ("spans", "article", "triggers", "modality", "discourse", "reader", "batches", "attributive", "compounds", "headlines",
           "lists", "rates", "subjects", "investments", "described", "roles.count", "roles.project",
           "roles.company", "roles.park", "roles.days", "roles.carried_dates", "roles.date", "roles.money",
           "anaphors")
FULL = {
    ('attributive', '_TO_COUNT'), ('compounds', '_GLUE'), ('rates', '_COUNTED_SUBJECT'),
    ('reader', '_SAME_PROJECT_NEXT'), ('roles.count', '_COUNTED_AFTER'), ('roles.count', '_COUNTED_BEFORE'),
    ('roles.count', '_NAMED_LIST'), ('roles.count', '_SIGNED'), ('roles.count', '_SIGNERS'), ('roles.project', '_APPOSITION'),
    ('roles.project', '_MODIFIER'), ('triggers', '_NO_SUBJECT'),
    ('roles.company', '_BUILT_BY'), ('roles.project', '_OBJECT_GAP'), ('investments', '_OPENS'), ('reader', '_TO'),
    ('attributive', '_SHORTLY'),
    ('attributive', '_MODIFIER'), ('anaphors', '_TO_TRIGGER'), ('anaphors', '_OPENING_POINTER'),
}
AT_START = {
    ('attributive', '_PLACE'), ('rates', '_RATE'), ('reader', '_FROM_TO_AFTER'), ('reader', '_SHARE'),
    ('roles.count', '_COUNTED'), ('roles.count', '_DOCUMENT'), ('roles.count', '_ONE_OF'),
    ('roles.count', '_WORKS'), ('roles.date', '_CEREMONY_HELD'), ('roles.carried_dates', '_HELD'),
    ('roles.date', '_NOT_A_DATE.False'),
    ('roles.date', '_NOT_A_DATE.True'), ('roles.carried_dates', '_OPENING'), ('roles.carried_dates', 'YEAR_PERIOD'),
    ('roles.date', '_NO_TIME'), ('roles.date', '_SINCE'), ('reader', '_DESCRIPTION'), ('roles.count', '_PARTIES'), ('roles.park', '_BUILDING'),
    ('roles.park', '_MODIFIES'), ('reader', '_THIS_IS'), ('roles.project', '_DETERMINER'), ('roles.project', '_FIRST_OF'), ('subjects', '_CLAUSE_END'),
    ('subjects', '_DAY_CLAUSE'),
    ('discourse', '_AFTER_DONE'), ('roles.money', '_OUTPUT_AFTER'),
    ('rates', '_TRIGGER_RATE'), ('rates', '_QUALIFIES'),
    ('investments', '_AMOUNT_WORD'), ('investments', '_SETS_UP'),
    ('investments', '_OPENING_ANAPHOR'), ('investments', '_NEXT_AMOUNT'), ('described', '_AS_SUBJECT'),
    ('roles.company', '_NO_PARTY'), ('roles.company', '_TIME'),
    ('roles.project', '_RANKED'), ('roles.project', '_ONE'),
    ('triggers', '_DWELLINGS'), ('roles.count', '_HEAD_AFTER'),
}
MODULES += ("launches", "ceremonies")  # 启动 of works, a ceremony and its batch (ev-start-sign)
AT_START |= {('launches', '_OBJECT'), ('triggers', '_AND_WITH'), ('ceremonies', '_CEREMONY'), ('roles.money', '_BUILDS'),
             ('roles.money', '_YUAN_END')}
MODULES += ("roles.bodies",)  # organisations that are no party to an event (ev-precision)
MODULES += ("roles.mentions",)  # a kind written before a name (ev-projbound)
AT_START |= {('roles.bodies', '_HOSTS'), ('roles.bodies', '_REPORTS')}
AT_START |= {('roles.money', '_ATTRIBUTIVE'), ('roles.project', '_SECTION')}  # lead-complete
AT_START |= {('roles.project', '_LINE_SECTION')}  # a line's section after 的 (ev-proj)
AT_START |= {('roles.date', '_BACKGROUND')}  # ev-role
FULL |= {('roles.count', '_HEADED')}  # what an aggregate counts by its own head (ev-agg)
AT_START |= {('roles.park', '_VENUE'), ('triggers', '_LENGTH'),
             ('roles.project', '_WORKS_WORD'), ('triggers', '_SINCE'), ('triggers', '_MANNER')}  # ev-build
FULL |= {('subjects', '_SETTING')}
FULL |= {("batches", "_BATCH_SUBJECT")}  # a batch as its clause's subject (ev-fill)
AT_START |= {('roles.project', '_SITE'), ('described', '_SHARE')}  # the works' site before a resumption; a share (ev-fill)

# (module, name): (matched, not matched), by search unless listed in FULL (fullmatch) or AT_START (match), as the
# code uses it; for dicts of patterns, name.key. A pattern imported from another module is listed there.
RULES = {
    ("spans", "BREAK"): ("项目开工。", "项目开工，"),
    ("spans", "_SEGMENT_END"): ("开工；签约", "开工，签约"),
    ("spans", "_CLAUSE_MARK"): ("开工，签约", "开工。"),
    ("spans", "_HEADLINE_PARTS"): ("电站投产发电 省长作出批示", "电站投产发电，省长作出批示"),
    ("article", "_GOVERNMENT"): ("宁波高新区管委会", "宁波高新区管委会主任"),
    ("article", "PHASE_END"): ("人才公寓一期", "一期人才公寓"),
    ("article", "_PHRASE_END"): ("仪式，", "仪式举行"),
    ("triggers", "_HELD"): ("仪式在宁波高新区隆重举行", "仪式将于明年"),
    ("triggers", "_COUNTED_NOUN"): ("项目共", "仪式"),
    ("triggers", "_STRUCTURE_DONE"): ("项目主体已", "项目主体工程"),
    ("triggers", "_PART"): ("甬江大桥全线沥青路面", "甬江大桥"),
    ("triggers", "_PART_CHECKED"): ("甬江体育馆主体工程日前", "甬江水利控制性工程——甬江船闸项目日前"),
    ("triggers", "_NO_SUBJECT"): ("还逐步", "学校将"),
    ("triggers", "_SETTLED"): ("60家企业入驻", "60家企业"),
    ("reader", "_TO"): ("到正式", "到园区"),
    ("batches", "_BATCH_SUBJECT"): ("一批重点项目在甬江高新区", "甬江大桥、青禾医院等一批重点工程"),
    ("batches", "_NO_BATCH"): ("又有", "在甬城"),
    ("roles.project", "_SITE"): ("的施工现场，", "施工单位"),
    ("described", "_SHARE"): ("其中，", "甬城企业"),
    ("roles.project", "_EFFORT"): ("为加快", "地下盾构作业日前全面"),
    ("attributive", "_SHORTLY"): ("不久", "园区"),
    ("attributive", "_MODIFIER"): ("年产6万吨的", "，年产6万吨的"),
    ("anaphors", "_TO_TRIGGER"): ("已于2015年3月正式", "位于湖东"),
    ("anaphors", "_OPENING_POINTER"): ("这座", "湖东"),
    ("triggers", "_NETWORK"): ("全省高速公路网", "湖东电网工程"),
    ("investments", "_AMOUNT_WORD"): ("额达5亿元", "5亿元"),
    ("investments", "_CUE_BEFORE"): ("全省完成交通建设", "甬城光电公司"),
    ("investments", "_BUILT_BY"): ("该项目由甬城光电公司", "甬城光电公司"),
    ("investments", "_AHEAD"): ("将超过", "超过"),
    ("investments", "_SETS_UP"): ("8亿元设立", "8亿元，"),
    ("investments", "_STAKE"): ("完成对子公司的", "完成对"),
    ("investments", "_ANAPHOR"): ("这家日资企业", "这里"),
    ("investments", "_OPENING_ANAPHOR"): ("公司又向", "其中"),
    ("investments", "_RECEIVER"): ("向", "与"),
    ("investments", "_OPENS"): ("又累计", "中央预算内"),
    ("investments", "_NEXT_AMOUNT"): ("创立研发中心，首笔投资", "创立研发中心"),
    ("described", "_MEASURE"): ("加快推进", "新项目"),
    ("described", "_AS_SUBJECT"): ("标志着", "，"),
    ("described", "_DAY_BEFORE"): ("这家企业4月9日", "这家企业4月"),
    ("described", "_ANAPHOR"): ("这个项目", "新项目"),
    ("reader", "_SHARE"): ("其中，", "其余"),
    ("reader", "_ONE_OF"): ("省里80项重点民生工程之一", "省里80项重点民生工程"),
    ("subjects", "_DAY"): ("隧道今天在宁波正式", "隧道今年"),
    ("subjects", "_ADVERBS"): ("大桥正式", "大桥"),
    ("subjects", "_DAY_CLAUSE"): ("今天（9月1日），", "3月1日，"),
    ("subjects", "_CLAUSE_END"): ("建设，", "后，"),
    ("subjects", "_APPOSITION"): ("首条地铁——", "甬台—温州大桥"),
    ("subjects", "_MODIFIER"): ("三国共建的", "三国共建"),
    ("subjects", "_NOT_A_NAME"): ("该工程", "甬江大桥"),
    ("subjects", "_HEAD"): ("今天甬江大桥", "甬江大桥"),
    ("subjects", "_TAIL"): ("甬江大桥日前", "甬江大桥"),
    ("subjects", "_BATCH"): ("浙江一批重大项目", "浙江第一所小学"),
    ("subjects", "_MEASURE"): ("积极推进重大工程", "重大工程"),
    ("triggers", "_AFTER_RESUMED"): ("已复工和新", "复工后新"),
    ("triggers", "_FACTORIES"): ("126家规上工业企业已全面", "126家规上工业企业，其中重点项目"),
    ("attributive", "_TO_COUNT"): ("的科技型企业已达", "的科技型企业，其中"),
    ("compounds", "_GLUE"): ("并集中", "后即"),
    ("attributive", "_PLACE"): ("孵化平台的", "，的"),
    ("rates", "_REPORTED"): ("园区所有企业已", "支持企业"),
    ("rates", "_RATE"): ("率达到95.3%", "率目标"),
    ("rates", "_PROJECTS_RATE"): ("一季度重点项目", "规上企业"),
    ("rates", "_COUNTED_SUBJECT"): ("多家规模以上工业企业", "多家规模以上工业企业中有"),
    ("lists", "_LIST_END.False"): ("A工程、B工程等20项工程都陆续", "A工程、B工程等单位"),
    ("lists", "_LIST_END.True"): ("A水库、B水库等重点水利工程全面", "A工程、B工程等单位，"),
    ("lists", "_AGGREGATE_NAME.False"): ("杭州西站等一批重点工程", "等候区改造工程"),
    ("lists", "_AGGREGATE_NAME.True"): ("甲水库、乙水库等重点水利工程", "甲高等学校"),
    ("reader", "_SAME_PROJECT_NEXT"): ("，次日即正式", "，总投资5亿元的另一个"),
    ("reader", "_PROJECT_REFERENCE"): ("该项目", "该公司"),
    ("reader", "_FROM_TO"): ("从项目", "从项目签约到"),
    ("discourse", "_LOCATED"): ("总投资5亿元，位于", "位于甲地的"),
    ("discourse", "_OWNED"): ("基地是", "是否"),
    ("roles.company", "_NO_PARTY"): ("总理王明", "董事长王明"),
    ("roles.company", "_SIGNED"): ("宁海市政府和青禾动力公司签署", "宁海市政府和青禾动力签署"),
    ("roles.company", "_BY"): ("由甬江路桥公司承建", "由宁海市承建"),
    ("roles.company", "_TIME"): ("今天上午", "甬达公司"),
    ("triggers", "_ATTENDED"): ("共同出席甬舟大桥一期竣工典礼和华信", "出席"),
    ("reader", "_FROM_TO_AFTER"): ("到全面开工", "到园区"),
    ("reader", "_THIS_PROJECT"): ("这个项目只用了", "该公司"),
    ("roles.project", "_DETERMINER"): ("第一家", "扶贫"),
    ("roles.project", "_OBJECT_GAP"): ("了国内首条", "和"),
    ("discourse", "PROJECT_ANAPHOR"): ("其中，该项目", "该公司"),
    ("discourse", "_MEMBERS"): ("签约仪式上", "签约后"),
    ("discourse", "_AFTER_DONE"): ("2023年建成后", "建成投产"),
    ("discourse", "_POINTER"): ("该桥", "大桥"),
    ("discourse", "_BATCH"): ("两座电站", "电站"),
    ("roles.count", "_COUNTED"): ("个重点项目", "亿元"),
    ("roles.count", "_COUNTED_AFTER"): ("企业已达", "，"),
    ("roles.count", "_COUNTED_BEFORE"): ("已全部", "项目"),
    ("roles.count", "_SIGNERS"): ("央企现场", "央企与江北省"),
    ("roles.count", "_PARTNER"): ("江北省与近", "江北省近"),
    ("roles.count", "_SIGNED"): ("了", "了合作"),
    ("roles.count", "_DOCUMENT"): ("合作协议", "企业"),
    ("roles.count", "_NAMED_LIST"): ("建设大雅河、兴城", "建设大雅河，兴城"),
    ("roles.project", "_BUILT"): ("建设研发中心", "建设中"),
    ("roles.project", "_AGREEMENT"): ("投资协议", "投资额"),
    ("roles.project", "_SETTLES"): ("正式落户", "签约"),
    ("roles.project", "_BRACKETED"): ("华信化工（一期）", "华信化工（集团）"),
    ("roles.project", "_ZONE_END"): ("产业园", "产业链"),
    ("roles.project", "_LISTED"): ("A项目和", "A项目的"),
    ("roles.project", "_PARK_IN_NAME"): ("智能制鞋产业园", "智能制鞋产业"),
    ("roles.project", "_UNNAMED"): ("重点项目", "华信化工新材料项目"),
    ("roles.project", "_MEMBERS"): ("甬江第二批5家省级研发中心", "年产900套风电主轴项目"),
    ("roles.days", "RELATIVE_DAY"): ("同日", "日前"),
    ("roles.date", "_NOT_A_DATE.False"): ("重点项目", "日"),
    ("roles.date", "_NOT_A_DATE.True"): ("项目", "新进驻"),
    ("roles.days", "DATE_FORMAT"): ("2021-03-01", "三月"),
    ("roles.carried_dates", "YEAR_PERIOD"): ("前三季度", "前一天"),
    ("roles.date", "_CEREMONY_HELD"): ("竣工暨总装线启动仪式18日", "竣工仪式在青湖区"),
    ("roles.carried_dates", "_OPENING"): ("今天（", "会上，"),
    ("roles.project", "_FIRST_OF"): ("我国首个", "首钢集团"),
    ("roles.project", "_RANKED"): ("甬江首座", "首钢集团"),
    ("roles.project", "_PLACE_BRACKET"): ("国家（临川）", "国家（临川市政府）"),
    ("roles.project", "_ONE"): ("一个", "一批"),
    ("roles.project", "_APPOSITION"): ("之一——", "、"),
    ("roles.project", "_MODIFIER"): ("配套的", "、配套的"),
    ("roles.count", "_ONE_OF"): ("项民生工程之一", "项民生工程"),
    ("roles.project", "_QUOTED"): ("青川“航空小镇”项目", "青川“航空”小镇项目"),
    ("roles.count", "_WORKS"): ("条城际铁路", "条措施"),
    ("roles.count", "_HEAD_AFTER"): ("中小学校", "合作成果文件"),
    ("roles.count", "_FIRMS"): ("复工企业达到", "复工项目达到"),
    ("rates", "_DONE"): ("全市企业已全部", "全市企业正逐步"),
    ("rates", "_CAPACITY"): ("九成以上产能已实现", "九成以上企业已"),
    ("rates", "_FIRMS_SHARE"): ("八成以上的个体商户已经", "八成以上产能已"),
    ("rates", "_TRIGGER_RATE"): ("已经达到91%", "已达到设计产能的91%"),
    ("rates", "_QUALIFIES"): ("的要紧关头", "的外贸企业"),
    ("rates", "_INDUSTRY"): ("全省规模以上工业", "全省重点项目"),
    ("triggers", "_DWELLINGS"): ("建设房屋3.1万套", "建设项目31个"),
    ("roles.carried_dates", "CLOSED"): ("博览会今天闭幕", "博览会今天开幕"),
    ("roles.carried_dates", "GLOSSED"): ("今天（", "今天，"),
    ("roles.days", "REPORT_DAY"): ("昨晚", "前天"),
    ("roles.carried_dates", "_NOT_ITS_DAY"): ("起", "开工"),
    ("roles.carried_dates", "_HELD"): ("在江城举行", "，在江城举行"),
    ("roles.date", "_SERIAL"): ("9号线", "9号开工"),
    ("roles.date", "_NO_TIME"): ("国内单体容量最大", "，国内单体容量最大"),
    ("roles.date", "_SINCE"): ("成立以来", "成立三周年"),
    ("roles.date", "_REPORTED"): ("从住建部了解到，", "，甬州市"),
    ("roles.carried_dates", "_ALREADY"): ("已经签订", "签订"),
    ("roles.date", "_BACKGROUND"): ("以来，", "，以来"),
    ("roles.money", "_OUTPUT_CUE"): ("预计年产值", "上半年产值"),
    ("roles.money", "_OUTPUT_AFTER"): ("的年产值", "的年产量"),
    ("subjects", "_BUILT_INSTITUTION"): ("青川大学", "青川大学附属"),
    ("reader", "_DESCRIBED"): ("——", "、"),
    ("reader", "_DESCRIPTION"): ("的核电项目——", "的核电项目，"),
    ("reader", "_THIS_IS"): ("这也是", "这里"),
    ("roles.count", "_PARTIES"): ("种植合作社", "重点项目"),
    ("roles.park", "_BUILDING"): ("科创大厦12层。", "甬州高新区。"),
    ("roles.park", "_MODIFIES"): ("建设的重点园区", "，如今"),
    ("roles.company", "_BUILT_BY"): ("研究院投资3亿元打造的", "研究院的"),
    ("roles.park", "_SETTLED"): ("签约落户", "签约"),
    ("roles.money", "_INVESTMENT_CUE"): ("总投资", "固定资产投资"),
    ("roles.money", "_EQUIVALENT"): ("，约合", "，其中"),
    ("roles.money", "_SECTORS"): ("主要集中在电子信息、智能制造等领域", "电子信息"),
    ("roles.money", "_RATES.return_rate"): ("员工返岗率达", "复工率达"),
    ("roles.money", "_RATES.capacity_rate"): ("产能恢复率为", "产能"),
    ("roles.money", "_YEARLY"): ("年度计划投资", "计划总投资"),
    ("roles.money", "_FUNDS"): ("已投入财政专项资金超", "投入5亿元"),
    ("roles.money", "_SIGNED_CUE"): ("，合同金额达", "，贸易总额"),  # also 签约资金, 合同引资额, 、金额
    ("launches", "_OBJECT"): ("了16个交通项目建设", "了一项助学行动"),
    ("launches", "_SUBJECT"): ("华东输电工程今天（5月6日）在杭州正式", "华东输电工程建成后，"),
    ("headlines", "_DASH"): ("——", "、"),
    ("headlines", "_ROUNDED"): ("近300个", "300个"),
    ("launches", "_INVESTED"): ("总投资超过", "投资，其中"),  # 完成投资 is money.spent's
    ("roles.money", "_THRESHOLD"): ("以上的", "以上，"),
    ("roles.money", "_SPENT"): ("完成年度计划投资", "总投资"),
    ("roles.date", "_YEAR"): ("2028-06", "06-28"),
    ("triggers", "_AND_WITH"): ("并和省内各市", "并于3月"),
    ("ceremonies", "_CEREMONY"): ("暨揭牌仪式", "，29家企业"),
    ("roles.money", "_BUILDS"): ("牵头投资建设", "主办的"),
    ("roles.money", "_YUAN_END"): ("，其中", "人次"),
    ("roles.money", "_ATTRIBUTIVE"): ("的柳岸碳谷项目", "，总投资"),
    ("roles.project", "_SECTION"): ("川—柳岸大桥", "川——柳岸大桥"),
    ("roles.project", "_LINE_END"): ("甬临铁路", "甬临大桥"),
    ("roles.project", "_LINE_SECTION"): ("甬州至临川段", "甬州段"),
    ("roles.project", "_SHARED_HEAD"): ("产业基地项目", "产业基地工程"),
    ("roles.project", "_OWN_HEAD"): ("数据中心项目", "数据中心"),
    ("roles.project", "_NEW_AFTER_ORG"): ("全新柔性生产线", "新材料项目"),
    ("headlines", "_CATEGORY"): ("省重点项目", "项目名称"),
    ("roles.project", "_RANKED_SUBJECT"): ("国内在运最大核电站", "国内最大城市"),
    ("roles.bodies", "_HOSTS"): ("与宁海市联合举办的", "与宁海市签约"),
    ("roles.bodies", "_REPORTS"): ("3日介绍，", "介绍的项目"),
    ("launches", "_ZONE_BUILT"): ("先导区建设正式", "建设正式开工"),
    ("triggers", "_LINES"): ("3条生产线已全部", "生产线项目"),
    ("triggers", "_RESUMING"): ("春节后", "春节前"),
    ("roles.count", "_HEADED"): ("改造老旧小区", "改造，老旧小区"),
    ("launches", "_BUILT_LATER"): ("建成后可保护", "建成投产"),
    ("launches", "_WHOLE"): ("扩能项目今天全面", "惠民工程在江北全面"),
    ("roles.project", "_DESCRIPTION"): ("通道的收尾之作——", "，——"),
    ("roles.project", "_COUNTED"): ("5条显示面板生产线", "临岚铁路"),
    ("roles.park", "_ROUTE_END"): ("城际铁路", "，开工建设"),
    ("roles.park", "_KIND"): ("共建的示范", "企业是"),
    ("roles.park", "_VENUE"): ("、上海同步举办", "、上海两地企业"),
    ("triggers", "_LENGTH"): ("新线1600公里", "的线路全长128公里"),
    ("roles.project", "_WORKS_WORD"): ("建设的", "的"),
    ("triggers", "_SINCE"): ("运营10周年", "运营，10周年"),
    ("triggers", "_MANNER"): ("快、投产快", "快速推进"),
    ("subjects", "_SETTING"): ("新年伊始，", "临近年底大江南北，"),
    ("triggers", "_FIRM_OPENS"): ("8家公司同时", "8家商场同时"),
    ("triggers", "_REMAINING"): ("开发区另有", "另有开发区"),
    ("triggers", "_INTO"): ("到了距江边两公里的", "向"),  # 搬迁到了(距江边两公里的)|柳岸高新区 (fullmatch)
    ("triggers", "_MOVE_BEGUN"): ("正式启动整体", "2019年整体"),
    ("triggers", "_GAP"): ("精准帮扶 各地企业", "截至6 月"),  # ev-happen: a headline's phrases
}
FULL |= {("triggers", "_INTO")}
MODULES += ("finishes",)  # 完成 of works (ev-cand)
RULES[("finishes", "_WORKS_BUILT")] = ("了86座“溜索改桥”项目建设", "农村供水工程建设资金")
AT_START |= {('roles.company', '_LEARNT'), ('roles.park', '_MEETING'), ('roles.park', '_FOUNDER')}  # ev-ctx
RULES[("roles.company", "_SOURCE")] = ("记者今天（6月8日）从", "记者表示，从")
RULES[("roles.company", "_LEARNT")] = ("获悉，", "获得")
RULES[("roles.park", "_MEETING")] = ("产业发展大会", "，大会")
RULES[("roles.park", "_FOUNDER")] = ("在外地设立的", "设立")
RULES[("roles.park", "_WHOLE_AREA")] = ("全区新入驻企业", "区内新入驻企业")  # the paragraph park of a counted settlement
AT_START |= {("finishes", "_WORKS_BUILT")}
RULES |= {  # the count role (ev-count): the count opening the next clause, works by 处 / 套 (vague 上百家:
    # zhqx.numbers.quantities.find_rough_counts, tested in test_quantities)
    ("roles.count", "_NEXT_CLAUSE"): ("，包括产业、民生等共有", "，其中"),
    ("roles.count", "_PROJECTS_BEFORE"): ("特高压工程已全部", "重大项目正式建设的工厂"),
    ("roles.count", "_CLAUSE_END"): ("，总投资", "项目"),
    ("roles.count", "_WORKS_BEFORE"): ("供水工程完工", "工程，完工"),
    ("roles.count", "_SETS"): ("采用新工艺的生产线", "储能电池模组项目"),
}
FULL |= {("roles.count", "_NEXT_CLAUSE")}
AT_START |= {("roles.count", "_CLAUSE_END"), ("roles.count", "_SETS")}
RULES[("batches", "_SETTLER_BATCH")] = ("多家高校科研机构在青禾科技城", "一批重点项目在")  # settlers counted vaguely (ev-r4a)
FULL |= {("batches", "_SETTLER_BATCH")}
RULES[("batches", "_PARTY_BATCH")] = ("一批知名新能源企业和甬江省", "甬城一批科技项目在")  # parties counted vaguely
RULES[("batches", "_PARTNER")] = ("甬江市与", "甬城")  # signing an agreement (ev-vague)
RULES[("batches", "_AGREEMENT")] = ("了战略合作协议", "了参展合同")
FULL |= {("batches", "_PARTY_BATCH")}
AT_START |= {("batches", "_AGREEMENT")}
RULES[("roles.park", "_DESTINATION")] = ("杭州浦江。", "杭州的园区。")  # a new area by its stem (ev-park)
AT_START |= {("roles.park", "_DESTINATION")}
RULES[("rates", "_PACE")] = ("进程不断加快", "稳步推进")  # resumption picking up pace (ev-resume3)
RULES[("rates", "_BACKGROUND")] = ("随着复产步伐加快", "复产步伐加快")
RULES[("roles.count", "_MANNER_OPENING")] = ("通过线上办公的方式", "根据自身特点")  # the manner of resuming
AT_START |= {("rates", "_PACE"), ("rates", "_BACKGROUND"), ("roles.count", "_MANNER_OPENING")}
RULES[("launches", "_WORKS_BEGUN")] = ("危房改造正式", "危房改造")  # 建设 / 改造 launched with adverbs (ev-start3)
RULES[("launches", "_WORKS_BATCH")] = ("四条跨省输水工程同时", "一项大型的工程")  # a counted batch of works (ev-start3)
RULES[("discourse", "_WORKS")] = ("工程全长", "工程机械")  # bare 工程 opening a sentence (ev-start3)
RULES[("launches", "_PILOT")] = ("智慧码头试点建设正式", "智慧码头建设正式")  # a pilot's 建设 launched (ev-start3)
AT_START |= {("discourse", "_WORKS")}


def _patterns():
    seen = set()
    for module in MODULES:
        for name, value in vars(importlib.import_module(f"zhqx.events.{module}")).items():
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen.add(id(value))
                yield (module, name), value
            elif isinstance(value, dict) and value and all(isinstance(v, re.Pattern) for v in value.values()):
                yield from (((module, f"{name}.{key}"), v) for key, v in value.items())


PATTERNS = dict(_patterns())


def test_every_regex_rule_has_examples():
    assert sorted(PATTERNS) == sorted(RULES)


@pytest.mark.parametrize("key", sorted(RULES), ids=[".".join(k) for k in sorted(RULES)])
def test_a_regex_rule_matches_its_example_and_not_its_counterexample(key):
    matched, unmatched = RULES[key]
    find = PATTERNS[key].fullmatch if key in FULL else PATTERNS[key].match if key in AT_START else PATTERNS[key].search
    assert find(matched) and not find(unmatched)


def test_a_headline_ends_at_its_line_break_a_broken_long_line_runs_on():
    headline, body = "宁波高新区集中开工", "3月1日，华信化工新材料项目在宁波高新区开工。"
    text = f"{headline}\n\n{body}"
    assert [text[a:b] for a, b in sentence_spans(text)] == [headline + "\n", body]
    long_line = "园" * 50
    assert len(sentence_spans(f"{long_line}\n\n\n{body}")) == 1


def test_a_run_without_sentence_ends_is_cut_at_a_clause_mark():
    text = ("园区企业生产经营良好，" * 80)[:-1]
    spans = sentence_spans(text)
    assert all(b - a <= LONGEST_SENTENCE for a, b in spans) and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(text[b - 1] == "，" for _, b in spans[:-1])


def test_segments_and_clauses():
    text = "甲项目开工，乙项目签约；丙企业复工。"
    assert [text[a:b] for a, b in segment_spans(text, 0, len(text))] == ["甲项目开工，乙项目签约；", "丙企业复工。"]
    article = Article(text, [], [], [], None, EventRules.default())
    assert article.clause_start(text.index("签约"), 0) == text.index("乙")
    assert article.clause_start(3, 0) == 0 and article.line_start(len(text) - 1) == 0


def test_resumption_words_of_the_rates_are_the_schemas_triggers_in_context():
    text = "甲企业已恢复生产，乙企业开工，丙商户恢复业务，丁商户复业。"
    article = Article(text, [], [], [], None, EventRules.default())
    assert [m.group() for m in _resumed(article, 0, len(text))] == ["恢复生产", "复业"]


def test_by_start_looks_up_ranges_in_order():
    index = ByStart([(5, "b"), (1, "a"), (9, "c")], lambda item: item[0])
    assert index.between(1, 9) == [(1, "a"), (5, "b")] and list(index.before(9)) == [(5, "b"), (1, "a")]


def test_events_of_a_project_are_found_by_the_end_of_its_name():
    article = Article("x", [], [], [], None, EventRules.default())
    first = Draft(ProjectStart, "开工", 0, (0, 1), (0, 1), {"project": "华信化工新材料项目一期"})
    second = Draft(ProjectStart, "开工", 0, (0, 1), (0, 1), {"project": "二期工程"})
    article.emit([first, second])
    assert article.with_project_like("新材料项目") == [first]
    assert article.with_project_like("料项目") == [first]
    assert article.with_project_like("三期") == [first, second]
    assert article.with_project_like("厂房项目") == []


def test_no_stage_changes_an_event_once_emitted(monkeypatch):
    """Figures of a later sentence (该项目总投资…, 其中…) are amendments kept by the Article, applied at build."""
    emitted = []
    emit = Article.emit

    def recording(self, drafts):
        drafts = list(drafts)
        emitted.extend((d, dict(d.roles)) for d in drafts)
        emit(self, drafts)

    monkeypatch.setattr(Article, "emit", recording)
    from test_event_rules import events
    text = ("3月1日，华信化工新材料项目在宁波高新区开工。该项目总投资9.3亿元，用地50亩。"
            "3月2日，宁波高新区集中签约项目12个。签约项目总投资41亿元，主要集中在电子信息、智能制造等领域。")
    found = events(text)
    assert found[0]["investment"]["value"] == 9.3e8 and found[0]["land"]["text"] == "50亩"
    assert emitted and all(d.roles == roles for d, roles in emitted)


@pytest.mark.parametrize("text", ["青川网消息：青湖经济开发区新能源电池项目签约。",
                                  "湖滨晚报讯 青湖经济开发区昨日举行签约仪式，3个项目签约。"], ids=["消息", "讯"])
def test_a_news_source_is_no_company_of_the_event(text):
    import zhqx

    result = zhqx.extract(text)
    assert result.events and [e.label for e in result.entities if e.text in text[:4]] == ["ORG"]
    assert [e.company for e in result.events] == [None] * len(result.events)
RULES[("roles.project", "_STANDING")] = ("“北水南调”重点工程", "甬江重点实验室")  # a works' standing (ev-roles2)
RULES[("batches", "OBJECT_BATCH")] = ("、开工一批重点项目", "一批企业")  # a batch as the object (ev-roles2)
AT_START |= {("batches", "OBJECT_BATCH")}  # imported there from roles.project
RULES[("roles.project", "_RANKED_KIND")] = ("电气化铁路青柳铁路", "电气化铁路青柳段")  # the kind after a rank (ev-roles3)
RULES[("subjects", "_QUOTED_NAME")] = ("安置小区“柳岸嘉苑”", "“柳岸”嘉苑小区")  # a lead's quoted name (ev-roles3)
AT_START |= {("roles.project", "_RANKED_KIND"), ("subjects", "_QUOTED_NAME")}
RULES[("roles.project", "_WORKS_HEAD")] = ("建设工程", "建设甲工程")  # 甲水库建设工程: the head (ev-projbound)
RULES[("roles.mentions", "_KIND")] = ("新型电站", "甲电站乙")  # a kind before a name (ev-projbound)
RULES[("roles.mentions", "_KIND_BEFORE_GROUP")] = ("新型电站甲能源集团", "甲水利工程集团")  # before a group (ev-projbound)
AT_START |= {("roles.project", "_WORKS_HEAD"), ("roles.mentions", "_KIND_BEFORE_GROUP")}
FULL |= {("roles.mentions", "_KIND")}


def test_completed_investment_is_spent_right_after_or_with_words_between():
    """One rule for 完成…投资 (money spent, not a total): _SPENT, with or without words between; the investment cue
    itself no longer excludes 完成投资."""
    from zhqx.events.roles.money import _INVESTMENT_CUE, _SPENT
    for before in ("完成投资约", "完成投资额达", "完成总投资逾", "完成年度计划投资"):
        assert _INVESTMENT_CUE.search(before) and _SPENT.search(before)
    assert not _SPENT.search("总投资约")


def test_a_launch_with_money_spent_only_is_no_start():
    """launches uses money.spent, the one 完成…投资 rule: a programme launched beside money spent so far launches no
    works; beside a total it does."""
    from test_events import extract
    assert extract("青川引水工程今天启动，今年已完成投资5亿元。", "2021-03-06") == []
    assert [e["type"] for e in extract("青川引水工程今天启动，总投资50亿元。", "2021-03-06")] == ["project_start"]
