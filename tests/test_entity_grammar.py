"""The structural rules that stay in code (zhqx/entities/*, zhqx/relations.py): one example each.

Word lists are lexicons (tests/test_lexicon_integrity.py checks their entries); these are the patterns around
them: where a name starts or ends, what a bracket, a dot, a date or a quote does.
"""

import pytest

from zhqx.entities import find_entities
from zhqx.relations import find_relations

RULES = [
    # grammar.py
    ("party committee after its place only (PARTY_COMMITTEE)", "洛阳市委常委出席，县委副书记主持。", [("ORG", "洛阳市委")]),
    ("a centre before a title is a body (CENTRE_BEFORE_TITLE)", "扬州市招商服务中心主任杜明说。",
     [("ORG", "扬州市招商服务中心"), ("PERSON", "杜明")]),
    ("a fund's partnership form is part of its name (PARTNERSHIP)", "常州龙城产业投资基金（有限合伙）注资3亿元。",
     [("ORG", "常州龙城产业投资基金（有限合伙）")]),
    ("a short name inside the full name gives way to it (resolution)", "星曜科技有限公司与星曜科技签约。",
     [("ORG", "星曜科技有限公司"), ("ORG", "星曜科技")]),
    ("大学 before 生 is no suffix (?!生)", "青禾大学生创业园开园。", []),
    ("titles joined by 兼", "公司副总经理兼财务总监王敏透露。", [("PERSON", "王敏")]),
    ("a space after a title", "记者 张伟报道。", [("PERSON", "张伟")]),
    ("operator words repeated after a park", "苏州工业园区开发建设有限公司成立。", [("ORG", "苏州工业园区开发建设有限公司")]),
    # media.py
    ("a media name before a credit cue (MEDIA_CREDIT)", "湖滨晚报讯 据青川电视台报道，新区开园。",
     [("ORG", "湖滨晚报"), ("ORG", "青川电视台")]),
    ("本报 and 本台 name no media (MEDIA_CREDIT)", "本报讯 本台消息：新区开园。", []),
    ("a dateline ends before a media name (_DATELINE_ENDS)", "本报5月6日讯湖滨晚报记者王海涛报道。",
     [("ORG", "湖滨晚报"), ("PERSON", "王海涛")]),
    ("a periodical in 《》 (_titles)", "《湖滨日报》和《星澜》杂志刊文，《统计公报》显示。",
     [("ORG", "湖滨日报"), ("ORG", "《星澜》杂志")]),
    # known.py
    ("a known short name after a stop word (known)", "液晶屏生产企业京东方签约。", [("ORG", "京东方")]),
    ("a known name inside a word is none (known)", "北京东方红小学开学。", [("GPE", "北京")]),
    ("公司 or 集团 after a known name is part of it (known)", "京东方公司将扩产。", [("ORG", "京东方公司")]),
    ("a government body of the names lexicon is a known name (known)", "国土资源部今天发布计划。",
     [("ORG", "国土资源部")]),
    ("a body's name before 门 is a department word, also when mentioned again (department)",
     "环保部发布通知，各地环保部门和商务部门落实。", [("ORG", "环保部")]),
    ("a listed port named as a place is no ORG; acting, it is one (_used_as_place)",
     "货轮自珠海港驶出，日照港与船企签约。", [("GPE", "珠海"), ("ORG", "日照港")]),
    # lists.py
    ("items of a list headed by a company noun (listed_companies)", "园区引来了星澜、云杉和蓝鲸等整机厂商。",
     [("ORG", "星澜"), ("ORG", "云杉"), ("ORG", "蓝鲸")]),
    ("a list's first item after a date (listed_companies)", "今年上半年星澜、云杉等跨国公司扩大投资。",
     [("ORG", "星澜"), ("ORG", "云杉")]),
    ("等 and a count of 家 head a list (_COUNTED)", "星澜和云杉等三家银行签约。", [("ORG", "星澜"), ("ORG", "云杉")]),
    ("places and industries listed are no companies (listed_companies)", "新能源、新材料等企业和电子、汽车等领域企业签约。",
     []),
    ("a space between Latin letters stays in a project's name (outside_projects)",
     "星澜光电有限公司Mini LED项目开工。", []),
    # parks.py (nested_parks)
    ("a zone directly followed by its sub-park is one PARK (nested_parks)", "企业入驻青湖高新区江海智汇园。",
     [("PARK", "青湖高新区江海智汇园")]),
    ("a city directly before a bare zone name is one PARK (nested_parks)", "深圳前海新增企业。", [("PARK", "深圳前海")]),
    # projects.py
    ("a company name starting a project's name is no ORG (outside_projects)",
     "星澜科技有限公司年产5万吨电池项目开工，星澜科技有限公司与开发区签约。", [("ORG", "星澜科技有限公司")]),
    ("a body's projects keep it (outside_projects)", "财政部以存量项目为主。", [("ORG", "财政部")]),
    ("a media outlet is no unit of the body before it (national_bodies column top)",
     "据总台央视记者报道，大桥今天通车。", [("ORG", "总台"), ("ORG", "央视")]),
    ("a broadcaster's short name before a channel word names a channel (national_bodies not_after)",
     "节目今晚在央视综合频道播出。", []),
    ("another national body is no unit's name (_unit_end)", "应急部商财政部下拨救灾资金。",
     [("ORG", "应急部"), ("ORG", "财政部")]),
    ("a national body's unit keeps its projects (_body)", "联合国人居署总部大楼开工。", [("ORG", "联合国人居署")]),
    # parks.py
    ("a quoted zone name", "企业已搬进“芯火谷”，开始试生产。", [("PARK", "芯火谷")]),
    ("a quoted name after 简称 is no zone", "该品牌简称“智汇园”。", []),
    ("a quoted name before a park suffix, quotes inside (quoted_parks)", "企业入驻“青石”工业园。", [("PARK", "“青石”工业园")]),
    # organisations.py
    ("a repeated compound inside longer words is no short name (short_companies)",
     "清洁能源产业发展快，清洁能源产业链完善。", []),
    ("a repeated short name before a title or an adverb (short_companies)", "星曜科技负责人说，星曜科技已投产。",
     [("ORG", "星曜科技"), ("ORG", "星曜科技")]),
    ("a stock code after a short name", "天衡股份（603001）发布公告。", [("ORG", "天衡股份")]),
    ("各/全/本 before 市局 name no place", "各市局负责人参加。", []),
    ("市场 is no place", "市场监管局开展检查。", []),
    ("国家 starts a national body", "国家发改委发布通知。", [("ORG", "国家发改委")]),
    ("an attached 中国 is part of a national body (_national_start)", "中国证监会发布通知。", [("ORG", "中国证监会")]),
    ("a body and its unit are one name (_unit_end)", "商务部外资司、省工信厅产业政策处和中科院西宁盐湖所发文。",
     [("ORG", "商务部外资司"), ("ORG", "省工信厅产业政策处"), ("ORG", "中科院西宁盐湖所")]),
    ("a unit named by a stop word alone (_unit_end)", "中共中央组织部发文，商务部将于明天发布。",
     [("ORG", "中共中央组织部"), ("ORG", "商务部")]),
    ("a title or units in general are no unit (_unit_end)", "商务部副部长、省发改委相关处室负责人出席。",
     [("ORG", "商务部"), ("ORG", "省发改委")]),
    ("a unit with a long descriptive name, a task in it, and the unit's unit (_unit_end, column gap)",
     "国家海洋局极地冰川观测中心和国务院扶贫开发领导小组办公室发文，国家发改委主任表示支持。",
     [("ORG", "国家海洋局极地冰川观测中心"), ("ORG", "国务院扶贫开发领导小组办公室"), ("ORG", "国家发改委")]),
    ("a UN agency is the UN's unit (_unit_end, column after); 署 after another body is no unit",
     "联合国人居署和联合国工业发展组织发布报告，国务院部署工作。",
     [("ORG", "联合国人居署"), ("ORG", "联合国工业发展组织"), ("ORG", "国务院")]),
    ("an attached foreign country is part of a national body's name (_national_start)",
     "智利外交部和法国海军发表声明。", [("ORG", "智利外交部"), ("ORG", "法国海军")]),
    ("a bare zone's named unit (_zone_unit)", "高新区招商局与开发区管委会座谈。", [("ORG", "高新区招商局")]),
    ("an institute needs no place (institute_heads)", "光电国家研究中心揭牌，双方将共建星澜装备创新中心项目。",
     [("ORG", "光电国家研究中心")]),
    ("a count or an amount of a kind is no name (_AMOUNT)", "，一家合作社成立，还设立了30亿元新材料产业投资基金。", []),
    ("a brand of two characters before 公司, written twice (_brand_company); a common word there is a kind",
     "星曜公司投产，星曜公司扩产；租赁公司放贷，租赁公司增多。", [("ORG", "星曜公司"), ("ORG", "星曜公司")]),
    ("an approximate amount of a kind is no name (_AMOUNT)", "，企业又获取了100多亿元银行贷款。", []),
    ("a place then 公司 names no company", "一家香港公司入驻。", [("GPE", "香港")]),
    ("a kind word glued on the left falls back to the name from its place on (organisations)",
     "将建设宁波星澜大学中山研究院，国家星澜银行杭州分行放贷。",
     [("ORG", "宁波星澜大学中山研究院"), ("ORG", "国家星澜银行杭州分行")]),
    ("人行 before 业 is no bank (national_bodies not_after)", "国内机器人行业增长。", []),
    ("a dash joins two names into one (_joint_start)", "青禾湾-星澜科技园管委会揭牌。", [("ORG", "青禾湾-星澜科技园管委会")]),
    ("a single em dash joins two names, a double one ends a clause (_joint_start)",
     "会见了苏丹—星澜友好协会代表团。工程——青禾研究院发布报告。", [("ORG", "苏丹—星澜友好协会"), ("ORG", "青禾研究院")]),
    ("a complete name before 与 is a name of its own (_joint_start)", "星澜集团与青禾研究院签约。",
     [("ORG", "星澜集团"), ("ORG", "青禾研究院")]),
    ("a national institution is 国家 + its field + 中心; a kind or a project is none (_national_centres)",
     "国家星象信息中心今天发布报告，国家超算星澜中心积极对接企业，我国启动国家区域医疗中心建设，建成国家级企业技术中心143家。",
     [("ORG", "国家星象信息中心"), ("ORG", "国家超算星澜中心")]),
    ("a unit's long name holds a joiner; a body and its joint research unit are one name (_unit_end, _joint_units)",
     "国家星象局观测与预报中心和中科院青禾湖泊生态与水文研究所发文，国家统计局今天与星澜研究中心座谈。",
     [("ORG", "国家星象局观测与预报中心"), ("ORG", "中科院青禾湖泊生态与水文研究所"), ("ORG", "国家统计局"),
      ("ORG", "星澜研究中心")]),
    ("分行 before 业 is no head (company_suffixes not_after)", "全市3万家中小企业分行业组建帮扶小组。", []),
    ("two national bodies written together are a body and its unit; a top-level body is none (_joined)",
     "国务院国资委今天表示，中共中央国务院印发意见。", [("ORG", "国务院国资委"), ("ORG", "中共中央"), ("ORG", "国务院")]),
    ("a verb or adverb in a prefix is left out; a kind after it is no name (after_verbs, _named_after_verb)",
     "文件允许外国保险集团投资，总书记来到青禾重工机械有限公司，队伍跟着京东方集团出发。",
     [("ORG", "青禾重工机械有限公司"), ("ORG", "京东方集团")]),
    ("kind words and modifiers before a head of kinds name a kind; an opening quote keeps a name (_kind)",
     "推进县级公立医院和股份制商业银行改革，双方与台湾“两岸文化交流基金会”会谈。",
     [("GPE", "台湾"), ("ORG", "两岸文化交流基金会")]),
    ("a committee is named for its task: no verb is cut from it (gov_suffixes column task)",
     "宁波市筹备委员会成立。", [("ORG", "宁波市筹备委员会")]),
    ("no verb is read across a zone's name (after_verbs: 高新区|分局 holds no 区分)",
     "襄阳市市场监管局青山湾高新区分局开展检查。", [("ORG", "襄阳市市场监管局青山湾高新区分局")]),
    # people.py
    ("a dotted name after a title", "州长买买提·艾力表示，欢迎企业投资。", [("PERSON", "买买提·艾力")]),
    ("byline names after their titles", "本报讯（记者 王海涛 通讯员 欧阳明月） 近日。",
     [("PERSON", "王海涛"), ("PERSON", "欧阳明月")]),
    ("a photographer's 摄 after a name", "图为施工现场。记者 王海涛摄", [("PERSON", "王海涛")]),
    ("a four-character name at the end", "记者 欧阳明月", [("PERSON", "欧阳明月")]),
    ("说 after a two-character name", "市长张强说，项目开工。", [("PERSON", "张强")]),
    # aliases.py
    ("an alias given in brackets", "江苏中天科技股份有限公司（以下简称“中天科技”）投资，中天科技负责人称。",
     [("ORG", "江苏中天科技股份有限公司"), ("ORG", "中天科技"), ("ORG", "中天科技")]),
    ("members listed after a tagged company", "江苏华远电子科技有限公司、丘钛微电子、通力电梯等企业签约。",
     [("ORG", "江苏华远电子科技有限公司"), ("ORG", "丘钛微电子"), ("ORG", "通力电梯")]),
    ("a bracketed place leaves the short name", "淮扬智能装备（扬州）有限公司投产，淮扬智能今年扩产。",
     [("ORG", "淮扬智能装备（扬州）有限公司"), ("ORG", "淮扬智能")]),
    ("the brand of a full name, alone or with a place (_brand)",
     "江苏恒远轮胎有限公司投产。恒远将扩产，南京恒远和恒远（中国）跟进，“恒远”牌轮胎畅销。",
     [("ORG", "江苏恒远轮胎有限公司"), ("ORG", "南京恒远"), ("ORG", "恒远（中国）")]),
    ("a short name after a descriptor or in 以…为代表 (short_companies)",
     "龙头企业星澜科技签约，以云杉智能为代表的企业，子公司蓝鲸电子投产。",
     [("ORG", "星澜科技"), ("ORG", "云杉智能"), ("ORG", "蓝鲸电子")]),
    ("a verb phrase after a descriptor is no name (short_companies)", "帮助企业优化汽车的设计。", []),
    ("a Latin alias given in brackets (_ALIAS_NOTE)", "湖滨旅行协会（简称ＨＢＴＡ）开会，ＨＢＴＡ会长说。",
     [("ORG", "湖滨旅行协会"), ("ORG", "ＨＢＴＡ"), ("ORG", "ＨＢＴＡ")]),
    ("a Latin brand is its short name", "宁波ThinkEdge智能科技有限公司投产，ThinkEdge今年扩产。",
     [("ORG", "宁波ThinkEdge智能科技有限公司"), ("ORG", "ThinkEdge")]),
    # scanning.py
    ("a bracketed province inside a zone name", "中国（江苏）自由贸易试验区苏州片区新设企业。",
     [("PARK", "中国（江苏）自由贸易试验区苏州片区")]),
    ("a dot joins two names", "淀湖·桃州湾飞地产业园开园。", [("PARK", "淀湖·桃州湾飞地产业园")]),
    ("Latin letters inside a name", "苏州NovaLink光电科技有限公司正式入驻。", [("ORG", "苏州NovaLink光电科技有限公司")]),
    ("a date ends before a name", "2021年南湖湾高新区新增企业。", [("PARK", "南湖湾高新区")]),
    ("a character after a digit is a number's unit, no brand (_brand_start)", "颁奖礼将于今晚8点30分在星澜电视台播出。",
     [("ORG", "星澜电视台")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=rule) for rule, t, e in RULES])
def test_structural_rule(text, expected):
    assert [(e.label, e.text) for e in find_entities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("江苏华远电子科技有限公司签约落户在南通高新区。", [("located_in", "南通高新区")], id="settles-then-zai"),
    pytest.param("江苏华远电子科技有限公司，落户南通高新区。", [], id="a-clause-break-ends-the-search"),
    pytest.param("新华社北京6月22日电记者张明华报道。", [], id="a-dateline-is-no-title"),
    pytest.param("洛阳市委常委出席。", [("part_of", "洛阳市")], id="a-body-is-part-of-its-place"),
])
def test_relation_rule(text, expected):
    relations = find_relations(text, entities=find_entities(text), quantities=[])
    assert [(r.type, r.tail.text) for r in relations] == expected
