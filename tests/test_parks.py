"""Parks as real news names them (issue 11): heads, bare zone names, nesting and generic phrases. Invented
sentences only."""

import pytest

from zhqx.entities import find_entities


def _parks(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "PARK"]


@pytest.mark.parametrize(("text", "expected"), [
    # heads other outlets use: special zones, small industrial estates, export zones, new towns, …谷 brands
    ("西岭港经济特区成立二十年。", ["西岭港经济特区"]),
    ("青州经济特区成立二十年，随着青州特区的建立，企业云集。", ["青州经济特区", "青州特区"]),  # dev11, dev12 gold
    ("项目落户西岭工业小区。", ["西岭工业小区"]),
    ("企业入驻苏州北岭出口加工区。", ["苏州北岭出口加工区"]),
    ("项目落户青湖台商投资区。", ["青湖台商投资区"]),
    ("项目落户西岭新城。", ["西岭新城"]),
    ("企业迁入中国车谷。", ["中国车谷"]),
    # 园区 and CBD name a park only after a place or a zone
    ("项目落户义乌北苑园区。", ["义乌北苑园区"]),
    ("总部落户杭州CBD。", ["杭州CBD"]),
    ("项目落户青湖经济开发区北岭园区。", ["青湖经济开发区北岭园区"]),
    # a bare zone name, and a city before it (also before its zone head)
    ("项目落户松山湖。", ["松山湖"]),
    ("在浦东新区，12个项目集中签约。", ["浦东新区"]),
    ("项目落户西岭国际医疗旅游先行区。", ["西岭国际医疗旅游先行区"]),
    ("项目落户东莞松山湖高新区。", ["东莞松山湖高新区"]),
    ("天津市亦庄经济技术开发区新增企业30家。", ["天津市亦庄经济技术开发区"]),
    # a known zone (names lexicon) takes only the place names written before it, no verb or phrase glued on
    ("专家组就统筹编制雄安新区起步区方案开会。", ["雄安新区"]),
    ("今年前8个月兰州新区出口增长。", ["兰州新区"]),
    ("企业落户河北雄安新区。", ["河北雄安新区"]),
    ("企业落户北京天竺空港经济开发区。", ["北京天竺空港经济开发区"]),
    # a place-stripped alias that is only a kind is no mention (青州|自贸试验区 -> no 自贸试验区)
    ("企业入驻青州自贸试验区。自贸试验区今年新增企业30家。", ["青州自贸试验区"]),
    # a park named again with a shorter head in the same text
    ("企业入驻青湖工业园区。青湖园区今年新增企业30家。", ["青湖工业园区", "青湖园区"]),
    # a dot joins two names (淀湖·桃州湾), not a slogan and a kind of park
    ("项目落户淀湖·桃州湾飞地产业园。", ["淀湖·桃州湾飞地产业园"]),
    ("【强创新·国家高新区巡礼】西岭高新区新增企业30家。", ["西岭高新区"]),
    # an owner directly followed by its park is one PARK
    ("星澜集团生物医药产业园今天开工。", ["星澜集团生物医药产业园"]),
    # a park inside a zone (…园内…园) is named on its own; a place and a zone joined by 与 are two names
    ("企业入驻青湖工业园内商贸物流园。", ["青湖工业园", "商贸物流园"]),
    ("2022年，青州市与青湖经济开发区一体化发展。", ["青湖经济开发区"]),
    ("无锡北塘装备与材料产业园开工。", ["无锡北塘装备与材料产业园"]),
    ("中方愿参与建设越南新港城和北岭绿色工业园。", ["北岭绿色工业园"]),  # a foreign country places both things
    ("项目落户中越南青湖产业园。", ["中越南青湖产业园"]),  # China and a partner country written whole
    # a level word before a zone's name is no part of it; coordinated zones stay apart; a chain of parts is one
    ("项目落户国家级青湖新区。", ["青湖新区"]),
    ("项目落户省级西岭经济开发区。", ["西岭经济开发区"]),
    ("青湖高新区、西岭经开区和北岭工业园区共签约30个项目。", ["青湖高新区", "西岭经开区", "北岭工业园区"]),
    ("项目落户长沙青湖高新区星澜谷生物城。", ["长沙青湖高新区星澜谷生物城"]),
    ("项目落户青湖航空港经济综合实验区。", ["青湖航空港经济综合实验区"]),
    # a free-trade zone directly followed by its 片区 that starts with a city and a bare zone name is one PARK
    ("项目落户广东自贸区深圳前海北岭片区。", ["广东自贸区深圳前海北岭片区"]),
    # a 片区 is a part of a zone: written right after it or after a kind of zone, holding it, or named so elsewhere
    ("项目落户青湖新区北岭片区。", ["青湖新区北岭片区"]),
    ("企业入驻自贸试验区青澜片区。", ["青澜片区"]),
    ("项目落户西岭自贸港青澜片区。", ["西岭自贸港青澜片区"]),
    ("企业入驻中国（江西）自由贸易试验区青澜片区。青澜片区今年新增企业200家。",
     ["中国（江西）自由贸易试验区青澜片区", "青澜片区"]),
    # a word with a zone head inside a name (区域) and a designation or trade with a verb before its head
    ("企业入驻西岭河区域产业合作园。", ["西岭河区域产业合作园"]),
    ("青州西岭协同发展示范区新增企业30家。", ["青州西岭协同发展示范区"]),
    ("企业入驻青州人力资源服务产业园。", ["青州人力资源服务产业园"]),
    # a member listed after a park is a park only when it ends in a park suffix
    ("青州高新区、西岭奥体公园等项目建设提速。", ["青州高新区"]),
    # a county name right before the head, after a settle verb (not the tail of another name: 西|枝江)
    ("一批项目落户五家渠经济技术开发区。", ["五家渠经济技术开发区"]),
    ("在西枝江高新区建设电子元器件项目。", ["西枝江高新区"]),
    # a bilateral park names its partner country first
    ("一批企业入驻中马钦州产业园。", ["中马钦州产业园"]),
    ("项目落户中新天津生态城。", ["中新天津生态城"]),
    # kinds after a place are names; a name with a kind word in it stays one
    ("项目落户杭州人工智能与数字经济试验区。", ["杭州人工智能与数字经济试验区"]),
    # a short verb glued where a name may start is no part of it (not the 建 of a place name)
    ("当地决定在湛江建青岭工业园。", ["青岭工业园"]),
    ("企业入驻福建自贸区和建德经济开发区。", ["福建自贸区", "建德经济开发区"]),
    ("项目落户青湖农业示范园和星澜临空功能区。", ["青湖农业示范园", "星澜临空功能区"]),
    ("企业入驻侨乡试验区。", ["侨乡试验区"]),
    # a single dash joins two names of one park (an em-dash apposition does not)
    ("项目落户磨岭-青湖经济合作区。", ["磨岭-青湖经济合作区"]),
    ("首个试验区——青湖19-6能源试验区投产。", ["青湖19-6能源试验区"]),
    # a place name from a boundary, then a dash (long or short), joins a park's second name
    ("作为两市共建园区，东营——青湖科技园开园。", ["东营——青湖科技园"]),
    ("湖北宜昌-中关村科技园建设提速。", ["湖北宜昌-中关村科技园"]),
    ("两省共建的重点产业园——中韩青州产业园开工。", ["中韩青州产业园"]),
    ("继续建设好西岭工业园。", ["西岭工业园"]),
    ("旧厂房被改造成西岭电商产业园。", ["西岭电商产业园"]),
    ("项目选址西岭工业园。", ["西岭工业园"]),
    # kinds of park after a place are names (a kind may be two kind words: 航空航天)
    ("青州航空航天产业园开工。", ["青州航空航天产业园"]),
    ("苏州高铁新城新增企业30家。", ["苏州高铁新城"]),
    # an incubator park named …创业谷, a garden word inside a zone's name, the bare 光谷
    ("项目位于青州·澳门青年创业谷。", ["青州·澳门青年创业谷"]),
    ("企业落户西岭花园桥经济区。", ["西岭花园桥经济区"]),
    ("近几年，光谷的创新实力持续提升。", ["光谷"]),
    # zones named …集中区; a long name (an owner and a foreign place before the park head)
    ("青州县产业集中区已入驻企业40家。", ["青州县产业集中区"]),
    ("青湖平原国家农业高新技术产业示范区今年获批。", ["青湖平原国家农业高新技术产业示范区"]),
    # a university science park is one PARK, the university inside it no ORG mention
    ("企业入驻青州大学科技园。", ["青州大学科技园"]),
    # a bare zone name then a district's name and 园 is one sub-park
    ("两家企业分别入驻北京临空经济区和中关村西城园。", ["北京临空经济区", "中关村西城园"]),
    # cooperation parks named …合作园
    ("项目落户青州港澳科技合作园。", ["青州港澳科技合作园"]),
    # the short form of a free-trade port
    ("一批企业落户海南自贸港。", ["海南自贸港"]),
    # a park's list member is a named park too (not a kind of zone nor a trade)
    ("双方将在青湖工业园区、经济特区、农产品加工业等领域合作。", ["青湖工业园区"]),
    ("青湖工业园区、西岭高新园区等都在招商。", ["青湖工业园区", "西岭高新园区"]),
    # issue 11 on unlabeled real news: an inland-port zone; a zone directly followed by its sub-park …园 is one
    # PARK (not a kindergarten nor a park inside it); 横琴 names the zone after its city only
    ("甘肃青州国际港务区联合海关推出新措施。", ["甘肃青州国际港务区"]),
    ("西岭自贸区东港新片区飞鹰园今天启动建设。", ["西岭自贸区东港新片区飞鹰园"]),
    ("青湖高新区星火园开园，青湖高新区幼儿园开学。", ["青湖高新区星火园", "青湖高新区"]),
    ("企业入驻青湖新区内物流园。", ["青湖新区"]),
    ("2020年，西岭青年创业园正式开园。", ["西岭青年创业园"]),
    ("珠海横琴企业加快复工，横琴与澳门合作加深。", ["珠海横琴"]),
    # issue 11, second round: provinces' joint abbreviation before a zone's place; an area inside the prefix; a city
    # epithet …都 (no adverb); a national …谷 brand used again without 中国; a time adverb before a planned verb
    ("截至上月，津冀沧州协同发展示范区已签约项目60个。", ["津冀沧州协同发展示范区"]),
    ("经过谈判，开发12平方公里青禾投资区的协议落地。", ["青禾投资区"]),
    ("南岭影都影视产业园今天揭牌。", ["南岭影都影视产业园"]),
    ("当地在新区打造“中国数创谷”。数创谷已聚集企业200家。", ["中国数创谷", "数创谷"]),
    ("作为一项举措，未来西岭工业园将引进50家企业。", ["西岭工业园"]),
    # a place word after a zone (中: in it) then only a kind is no sub-park; 中关村, 中医药 start names
    ("他是西岭工业园中商贸物流园的监理。", ["西岭工业园"]),
    ("雄安新区中关村科技园开园。", ["雄安新区中关村科技园"]),
    ("项目落户青湖高新区中医药产业园。", ["青湖高新区中医药产业园"]),
    ("公路西起南岭站，东至青湖开发区。东至经济开发区招商。", ["青湖开发区", "东至经济开发区"]),
    # issue 11, fourth round: listed bare zones stay zones before a count of zones (not of institutions)
    ("松山湖、张江两个高新区企业加快复工。", ["松山湖", "张江"]),
    # a zone's core or directional area right after it is one PARK (NOTES n091; dev12)
    ("目前，张江核心区已聚集3000家企业。", ["张江核心区"]),
    ("项目落户西岭高新区东区，南岭经开区北区也在招商。", ["西岭高新区东区", "南岭经开区北区"]),
    ("当年松山湖西区腾出了5万平方米。", ["松山湖西区"]),
])
def test_named_parks(text, expected):
    assert _parks(text) == expected


@pytest.mark.parametrize("text", [
    "他们在一处工业园区租下厂房。",
    "新老开发区都要加快转型。",
    "辽宁两大园区捷报频传。",
    "江西省级以上园区的入园企业超过三千家。",
    "打造智慧园区和绿色园区。",
    "中国设立经济特区四十年。",
    "香港特区政府发布新规。",
    "三年之内建新城。",
    "星澜新城控股集团拿地。",
    # only kinds of zone (NOTES: a kind name without a place or proper name is no PARK), and a quoted kind
    "全国首个大数据综合试验区开始建设。",
    "多地建设零碳产业园和海上风电产业园。",
    "各地国家高新区加快发展。",
    "全省省级开发区达到20家。",
    # counts and sizes of zones, verbs taking a zone as object, a scan cut inside a word
    "山东两大经济区协同发展。",
    "福建三地自贸区进入倒计时。",
    "村里建起了万亩工业园。",
    "整个自贸区今年新入驻企业超过千家。",
    "县里决定重新规划工业园区。",
    "工人今起撤出工业园。",
    "建设跨境经济合作区和文创产业功能区。",
    "湖北省建设长江中游城市群科技金融改革创新综合实验区。",
    "江西“众创空间”帮扶创业。",
    # issue 11 on unlabeled real news: a verb or a preposition glued before a kind, a kind after 我国 or 以上,
    # kinds of park and designations, a place-stripped alias that is only a kind
    "会议决定深化自贸试验区改革。",
    "镇里把村级工业园整治当作抓手。",
    "我国自贸试验区已达二十个。",
    "全省将建成十个省级以上绿色工业园区。",
    "当地规划了两个冰雪产业园区和一个高科技产业园。",
    "各地创建质量品牌提升示范区。",
    "庆祝湛江建省办经济特区二十周年。",
    # a designation (示范区, 试验区, 功能区, 片区) named by common words only
    "全面推进改革开放试验区建设。",
    "加强粮食生产功能区保护。",
    "打造五个高产示范片区。",
    # a 片区 with no zone before it: a part of a national park, a poverty area, a part of a city
    "在青山国家公园西岭片区，湿地得到修复。",
    "两地身处西岭山特困片区。",
    "将增强青州东部与中西部片区的联系。",
    # a bare zone name that starts a facility's or an event's name is no mention of the zone
    "青州市松山湖校区今天开学。",
    "旅客经横琴口岸往来。",
    # a trade with a verb before a park head is only a kind
    "当地启动人力资源服务产业园招聘周。",
    # a free-trade area of two countries is an agreement
    "中国—秘鲁自贸区升级谈判启动。",
    # the Silicon Valley of the United States is a region, no designated zone
    "他们从美国硅谷引进了三家企业。",
    # ecological, farming and policy designations and economic regions of several provinces are no zones
    "西岭山地生态功能区禁止开发。",
    "青州市大棚蔬菜示范园开园。",
    "青州金融改革创新综合试验区获批。",
    "中原经济区三年内新修高速公路800公里。",
    # a scope word (全球, 世界) or a place word (镇里) before a kind of park, and kinds only
    "青州正向世界一流高科技园区迈进。",
    "他把作坊搬进镇里产业园。",
    "当地专门建设了航空产业园。",
    "青州市入选国家级绿色工业园区名单。",
    "加快建设中国特色自贸港。",
    "两国合作园建设提速。",
    # a bare zone name yields to a province that starts at its second character (主张|江苏, 三年前|海南)
    "他主张江苏加快发展。",
    "三年前海南还很落后。",
    # issue 11 on unlabeled real news: a zone's name inside a forum's or a fair's name; a designation a whole city
    # holds (先行示范区) or a social one; bare 横琴 is a place
    "2025青湖科学城论坛今天开幕。",
    "第五届“西岭光谷”国际光电子展览会开幕。",
    "2030中关村论坛年会明天闭幕。",
    "青州先行示范区建设提速。",
    "宁波北仑区共同富裕示范区建设提速。",
    "推动横琴与澳门规则对接。",
    # an oil or gas field's or a power plant's demonstration zone; the two special administrative regions
    "西岭13-2气田试验区今天投产。",
    "新疆青湖国家级陆相页岩油示范区日产量创新高。",
    "青岭光伏发电示范区正加紧建设。",
    "广东定向港澳特区选拔人才。",
    # issue 11, second round: a time adverb before a planned verb; a bloc's free-trade area; a route's end read as
    # the county 东至, then only a kind (国际)
    "作为一项举措，未来工业园将引进50家企业。",
    "去年经优惠进口东盟自贸区商品增长一成。",
    "该路线西起南岭站，东至国际港务区，全长15公里。",
    # issue 11, fourth round (dev11; NOTES n106): bare zones listed as the seats of counted institutions
    "中关村、南岭、青湖三个国家实验室正式揭牌。",
    "南岭、张江、北湖四个综合性国家科学中心加快建设。",
    "上海张江、湖北东岭两大综合性国家科学中心成果丰硕。",
    # a core or directional area after no zone: a district, a nature reserve's core, a quoted slogan's core
    "项目落户青州市南岭区。",
    "西岭湿地核心区禁止开发。",
    "南疆推进“丝路经济”核心区建设。",
])
def test_generic_phrases_are_no_parks(text):
    assert _parks(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # ent-r8: a count or a demonstrative with its classifier before a kind of zone that starts at no place is no
    # name (多个|…开发区, 这个|…产业园); 一个 / 首个 introduce one, a place keeps its name, and a project head
    # right after the zone is what the count counts
    ("两市商定在边境合作建设五个沿河现代农业示范园。", []),
    ("全省多个沿河经济开发区正在转型。", []),
    ("这个铜箔新材料产业园今年建成。", []),
    ("两市将合作建设一个青禾新材料产业园。", ["青禾新材料产业园"]),
    ("两市将合作建设首个青禾新材料产业园。", ["青禾新材料产业园"]),
    ("这个青州经济开发区今年扩区。", ["青州经济开发区"]),
    ("当天还签约了9个苏南一体化示范区合作项目。", ["苏南一体化示范区"]),
])
def test_counted_kinds_of_zones(text, expected):
    assert _parks(text) == expected
