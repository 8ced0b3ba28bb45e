"""Resumptions as reports of 2020-2022 write them (issue 12), with invented sentences: a rate in a segment of its
own after a purpose clause, a rate right after the trigger, a share of the firms (also after the firms counted:
3000多家餐馆中已有近半数), enterprises resumed by some means (the count of the clause before the manner; a quoted
way, 通过“云复工”的方式, is no trigger), shops counted by their own head and shops that 开始 reopening, 恢复了生产,
恢复正常生产 and 恢复运转, counts of about ten thousand (近万家), a subgroup with its own count (其中…126家已复产),
resumption picking up pace (复产复工不断提速; not 随着…步伐加快, 加速度, 推动…提速扩面); measures in support (支持,
帮助, 帮扶, 助力, 用于, 为…提供/保驾护航), hurrying (抓紧) and a period named after the trigger are no events."""

import pytest

from test_events import assert_events, extract

CASES = [
    pytest.param("省财政拨付专项资金3亿元，用于中小企业复工复产；全省规上工业企业复工率已达71.2%。", "2020-03-06",
                 [{"type": "resumption", "trigger": "复工", "count": None}], id="a-rate-after-a-purpose-segment"),
    pytest.param("为确保中小企业复工复产，临川市推出12条举措，目前全市规上企业复工率达到88%。", "2020-03-06",
                 [{"type": "resumption", "trigger": "复工", "count": None}], id="a-rate-after-a-purpose-clause"),
    pytest.param("临川市企业正有序复工复产，全市规上工业企业复工率达72.4%。", "2020-03-06",
                 [{"type": "resumption", "trigger": "复工", "count": None}], id="a-rate-after-a-bare-clause"),
    pytest.param("临川市规上工业企业已全部复工，复工率100%。", "2020-03-06",
                 [{"type": "resumption", "count": None}], id="enterprises-resumed-beside-their-rate-is-one-event"),
    pytest.param("眼下正值复工复产的要紧关头，临川市规上工业企业开工率达到93%。", "2020-03-06",
                 [{"type": "resumption", "trigger": "开工", "count": None}], id="a-rate-after-a-named-period"),
    pytest.param("临川市企业有序复工复产。截至3月4日，全市规模以上工业开工率达到92%。", "2020-03-06",
                 [{"type": "resumption", "trigger": "开工", "count": None, "date": "2020-03-04"}],
                 id="industry-opening-rate-in-a-report-on-resumption"),
    pytest.param("截至3月4日，临川市规上工业企业复工复产已经达到91%。", "2020-03-06",
                 [{"type": "resumption", "count": None, "date": "2020-03-04"}], id="a-rate-right-after-the-trigger"),
    pytest.param("目前，临川市已有超过半数的外贸企业恢复了生产。", "2020-03-06",
                 [{"type": "resumption", "trigger": "恢复了生产", "count": None}], id="half-of-the-firms"),
    pytest.param("截至3月5日，临川市规上企业复工率达到92.3%，其中，已有超过半数的中小企业恢复了生产。", "2020-03-06",
                 [{"type": "resumption", "trigger": "复工", "count": None}], id="a-share-of-a-subgroup-adds-nothing"),
    pytest.param("临川市一半以上的商场超市恢复营业。", "2020-03-06",
                 [{"type": "resumption", "trigger": "恢复营业", "count": None}], id="half-of-the-shopping-centres"),
    pytest.param("临川市区近半数的餐馆恢复营业。", "2020-03-06",
                 [{"type": "resumption", "trigger": "恢复营业", "count": None}], id="nearly-half-of-the-restaurants"),
    pytest.param("临川县七成以上的企业恢复正常生产。", "2020-03-06",
                 [{"type": "resumption", "trigger": "恢复正常生产", "count": None}], id="back-to-normal-production"),
    pytest.param("临川县216家企业恢复了生产，复工率达到93%。", "2020-03-06",
                 [{"type": "resumption", "count": 216}], id="a-rate-beside-the-count-adds-nothing"),
    pytest.param("临川市八成以上的个体商户已经复工。", "2020-03-06",
                 [{"type": "resumption", "count": None}], id="eight-tenths-of-the-shops"),
    pytest.param("在临川经开区，企业采用分批错峰上岗的方式陆续复工复产。", "2020-03-06",
                 [{"type": "resumption", "park": "临川经开区", "count": None}], id="resumed-by-some-means"),
    pytest.param("3月2日，青禾机械有限公司的冲压生产线恢复运转。", "2020-03-06",
                 [{"type": "resumption", "trigger": "恢复运转", "company": "青禾机械有限公司"}], id="lines-running-again"),
    pytest.param("截至目前，江北省近万家规上企业已复工复产。", "2020-03-06",
                 [{"type": "resumption", "count": 10000}], id="nearly-ten-thousand-firms"),
    pytest.param("截至目前，江北省逾万家小微企业已复工复产。", "2020-03-06",
                 [{"type": "resumption", "count": 10000}], id="over-ten-thousand-firms"),
    pytest.param("在纾困贷款的支持下，青禾机械有限公司于3月2日复产。", "2020-03-06",
                 [{"type": "resumption", "company": "青禾机械有限公司", "date": "2020-03-02"}],
                 id="resumed-with-support-is-a-happening"),
    pytest.param("4月3日，青禾步行街120家沿街商铺恢复营业。", "2020-04-06",
                 [{"type": "resumption", "trigger": "恢复营业", "count": 120, "date": "2020-04-03"}],
                 id="shops-counted-by-their-own-head"),
    pytest.param("青禾市3000多家餐馆眼下已有近半数恢复营业，不少餐馆还做起了外卖。", "2020-04-06",
                 [{"type": "resumption", "trigger": "恢复营业", "count": None}],
                 id="a-share-of-the-firms-counted-first-is-a-rate"),
    pytest.param("青禾县1200家规上企业中已有八成复工。", "2020-03-06",
                 [{"type": "resumption", "trigger": "复工", "count": None}], id="a-share-among-the-counted-firms"),
    pytest.param("经过清淤消杀，青禾镇沿街商铺开始恢复营业。", "2020-08-06",
                 [{"type": "resumption", "trigger": "恢复营业", "count": None}], id="shops-beginning-to-reopen"),
    pytest.param("青禾高新区近万家科技企业按照各自情况，通过线上办公的方式复工复产，让员工居家研发。",
                 "2020-04-06", [{"type": "resumption", "trigger": "复工复产", "park": "青禾高新区", "count": 10000}],
                 id="the-count-of-the-clause-before-the-manner"),
    pytest.param("青禾高新区近万家科技企业通过“云复工”的方式陆续复产。", "2020-04-06",
                 [{"type": "resumption", "trigger": "复产", "count": 10000}],
                 id="a-quoted-way-of-resuming-is-the-manner"),
    pytest.param("青禾高新区近万家科技企业按照各自情况，以线上办公的形式复工复产，让员工居家研发。",
                 "2020-04-06", [{"type": "resumption", "trigger": "复工复产", "park": "青禾高新区", "count": 10000}],
                 id="a-manner-opened-by-yi-takes-the-count-before"),  # one manner pattern: roles.count.MANNER
    pytest.param("在临川经开区，企业借助线上平台的模式陆续复工复产。", "2020-04-06",
                 [{"type": "resumption", "park": "临川经开区", "count": None}], id="resumed-by-a-model-borrowed"),
    pytest.param("多项扶持政策落地后，青禾市零售业复产复工不断提速。", "2020-03-16",
                 [{"type": "resumption", "trigger": "复产复工", "count": None}], id="resumption-picking-up-pace"),
    pytest.param("青禾市外贸企业复工复产进程持续加快，港口吞吐量回升。", "2020-03-16",
                 [{"type": "resumption", "trigger": "复工复产", "count": None}], id="its-progress-quickening"),
    pytest.param("截至3月2日，临川经开区已有418家企业复工，其中规上工业企业126家已全部复产。", "2020-03-06",
                 [{"type": "resumption", "count": 418}, {"type": "resumption", "trigger": "复产", "count": 126}],
                 id="a-subgroup-with-its-own-count"),
]

NEGATIVES = [
    pytest.param("3月5日，临川市出台八条措施支持全市615家企业复工复产。", id="a-measure-in-support"),
    pytest.param("临川市派出60个工作组帮助615家企业复工复产。", id="help-given"),
    pytest.param("临川市发放消费券助力615家商户复工复产。", id="a-boost-given"),
    pytest.param("临川市下拨专项资金，用于615家企业复工复产。", id="money-for-a-purpose"),
    pytest.param("临川市为615家企业复工复产提供低息贷款。", id="what-is-provided"),
    pytest.param("临川市615家企业正处于复工复产的关键时期。", id="a-period-named-after-it"),
    pytest.param("临川市力争规上企业复工率达到90%，复产率达到85%。", id="rates-as-targets"),
    pytest.param("临川市为全市615家企业复工复产保驾护航。", id="escorting-it"),
    pytest.param("临川市各部门积极帮扶615家企业复工复产。", id="helping-hands"),
    pytest.param("临川市615家企业正在抓紧复工复产。", id="hurrying"),
    pytest.param("今年以来，临川市规模以上工业开工率达到92%。", id="industry-opening-rate-without-a-shutdown"),
    pytest.param("随着青禾市复工复产步伐加快，用电需求将继续回升。", id="pace-as-the-background-of-a-forecast"),
    pytest.param("青禾市各部门靠前服务，跑出复工复产加速度。", id="pace-as-a-noun"),
    pytest.param("青禾市各部门着力推动复工复产提速扩面。", id="pace-pushed-for"),
    pytest.param("青禾市复工复产复市稳步推进。", id="a-summary-going-on"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_classes(text, published, expected):
    assert_events(text, published, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_events(text):
    assert [e for e in extract(text, "2020-03-06") if e["type"] == "resumption"] == []
