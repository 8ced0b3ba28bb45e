"""Events that name no project, company or count and still report a happening (issue 12, "events dropped for
want of a project"), each with invented sentences: what stands without a name, and what does not."""

import pytest

from test_events import _shown, extract

CASES = [
    pytest.param("目前，甬城重点蔬菜加工企业也全面复工，全力保障市场供应。",
                 [{"type": "resumption", "trigger": "复工", "project": None, "company": None, "count": None}],
                 id="resumption-of-enterprises-described-by-their-kind"),
    pytest.param("在政府扶持下，这家生产医用手套的企业全面恢复了生产。",
                 [{"type": "resumption", "trigger": "恢复了生产", "count": None}],
                 id="resumption-of-one-described-enterprise"),
    pytest.param("就这样，在各部门的帮扶下，多家钢构厂也都陆续复工。",
                 [{"type": "resumption", "trigger": "复工"}],
                 id="resumption-of-described-plants"),
    pytest.param("今年受疫情影响，全球演出市场低迷，中国演艺产业4月率先复产。",
                 [{"type": "resumption", "trigger": "复产", "date": "2021-04"}],
                 id="resumption-of-an-industry-with-its-month"),
    pytest.param("本周，甬城又一批市政配套工程全面复工。",
                 [{"type": "resumption", "trigger": "复工", "project": None}],
                 id="resumption-of-unnamed-works"),
    pytest.param("在甬北丘陵西侧的青禾产业园区，做茶叶精深加工的骨干企业入驻这里，带动茶农增收。",
                 [{"type": "settlement", "trigger": "入驻", "park": "青禾产业园区", "count": None}],
                 id="settlement-of-described-enterprises-into-the-park-pointed-back-to"),
    pytest.param("目前甬江县规上企业复工率达到60%。甬江县还加大了金融支持力度。在区里帮扶下，这家专做医用手套的企业全面恢复了生产。",
                 [{"type": "resumption", "trigger": "复工"}, {"type": "resumption", "trigger": "恢复了生产"}],
                 id="resumption-of-a-firm-shown-apart-from-the-figures-before"),
    pytest.param("今天，甬江县新增3家企业复工。这家生产医用手套的企业也全面恢复了生产。",
                 [{"type": "resumption", "trigger": "复工", "count": 3}],
                 id="resumption-of-one-of-the-firms-just-reported-is-no-new-one"),
    pytest.param("甬城这家电池材料企业3月6日复工后，订单排到了年底。",
                 [{"type": "resumption", "trigger": "复工", "date": "2021-03-06"}],
                 id="resumption-reported-with-its-day-before-a-time-clause"),
    pytest.param("甬江县在运的火电机组已经全部复产。", [{"type": "resumption", "trigger": "复产", "count": None}],
                 id="resumption-of-the-units-of-a-plant"),
    pytest.param("截至昨天，甬北山区的骨干煤矿已陆续复工。", [{"type": "resumption", "trigger": "复工", "date": "2021-05-05"}],
                 id="resumption-of-described-mines"),
    pytest.param("在甬城，恢复正常生产的青禾纺织有限公司拿到了首批订单。",
                 [{"type": "resumption", "trigger": "恢复正常生产", "company": "青禾纺织有限公司"}],
                 id="resumption-used-attributively-before-its-company"),
    pytest.param("3月2日，一批重点项目在青禾高新区开工。",
                 [{"type": "project_start", "trigger": "开工", "project": None, "park": "青禾高新区", "count": None,
                   "date": "2021-03-02"}],
                 id="start-of-a-batch-in-a-park-on-a-day"),
    pytest.param("今天，甬江临港示范区集中签约、开工一批重点项目。今天，宁波签约动工36个项目。",
                 [{"type": "project_signing", "trigger": "集中签约", "project": None, "park": "甬江临港示范区"},
                  {"type": "project_start", "trigger": "开工", "project": None, "park": "甬江临港示范区"},
                  {"type": "project_signing", "trigger": "签约", "count": 36},
                  {"type": "project_start", "trigger": "动工", "count": 36}],
                 id="a-batch-as-the-object-in-a-park-is-no-project-and-not-another-place-s-count"),
    pytest.param("在甬城，一批涉及储能装备的项目开工建设，总投资为80亿元。",
                 [{"type": "project_start", "trigger": "开工", "investment": 8e9}],
                 id="start-of-a-described-batch-after-a-setting"),
    pytest.param("今天，一批重点项目在甬江高新区签约。",
                 [{"type": "project_signing", "trigger": "签约", "park": "甬江高新区", "date": "2021-05-06"}],
                 id="signing-of-a-batch-in-a-park"),
    pytest.param("甬城多地出台帮扶措施，为企业发展添力，一批交通水利项目、社会民生工程陆续开工。甬江大桥、青禾医院等一批交通工程、医疗项目本周也陆续开工。",
                 [{"type": "project_start", "trigger": "开工", "count": None}],
                 id="start-of-a-batch-in-a-lead-and-its-body-is-one"),
    pytest.param("在甬城的重点交通工程——轨道交通三号线的建设工地，隧道掘进作业近日全面恢复施工。",
                 [{"type": "resumption", "trigger": "恢复施工", "project": "轨道交通三号线"}],
                 id="resumption-of-the-works-whose-site-opens-the-sentence"),
    pytest.param("在甬江高新区，去年以来，几十家新材料企业相继落户在这里。",
                 [{"type": "settlement", "trigger": "落户", "park": "甬江高新区", "count": None}],
                 id="settlement-of-settlers-counted-vaguely-into-the-park-opening-the-sentence"),
    pytest.param("近两年，多家高校科研机构在青禾科技城落地，孵化了一批成果。",
                 [{"type": "settlement", "trigger": "落地", "park": "青禾科技城", "company": None, "count": None}],
                 id="settlement-of-several-institutes-in-a-park"),
    pytest.param("今天，一批知名新能源企业和甬江省签订合作协议，计划投资60亿元。",
                 [{"type": "project_signing", "trigger": "签订", "company": None, "count": None, "investment": 6e9,
                   "date": "2021-05-06"}],
                 id="signing-of-an-agreement-by-parties-counted-vaguely"),
    pytest.param("首批参与试点的青禾城市和养老企业进行了现场签约。",
                 [{"type": "project_signing", "trigger": "签约", "company": None, "count": None}],
                 id="signing-held-by-parties-counted-vaguely"),
]

NEGATIVES = [
    pytest.param("甬城包下多辆大巴，接外地员工回厂复工。", id="resumption-workers-back-to-the-plant"),
    pytest.param("甬城出台十条措施，加速企业复工复产。", id="resumption-hastened-is-a-measure"),
    pytest.param("各地有序组织企业复工。", id="resumption-organised-is-a-measure"),
    pytest.param("甬城企业复工后，订单明显增加。", id="resumption-as-a-time-clause"),
    pytest.param("随着甬城企业陆续复工，物流需求明显回升。", id="resumption-as-the-setting"),
    pytest.param("在甬江高新区，优惠政策吸引着企业落户这里。", id="settlement-attracted-is-a-measure"),
    pytest.param("本周，又有一批产业项目签约。", id="signing-of-a-batch-summarizing-what-follows"),
    pytest.param("甬城多家企业落户以来，经营良好。", id="settlement-of-vaguely-counted-settlers-needs-its-park"),
    pytest.param("甬城企业有序复工复产。", id="resumption-in-order-sums-up-what-follows"),
    pytest.param("甬城抓紧推动一批重点项目开工。", id="start-of-a-batch-pushed-is-a-measure"),
    pytest.param("在甬舟跨海通道的工地，为了加快复工，当地预拨资金3亿元。",
                 id="resumption-hastened-at-a-site-is-a-measure"),
    pytest.param("甬城展会上，二十余家外国展商和企业签订参展合同。", id="signing-of-vaguely-counted-parties-needs-an-agreement"),
    pytest.param("甬城推动一批科技企业和高校签订合作协议。", id="signing-of-vaguely-counted-parties-pushed-is-a-measure"),
    pytest.param("青禾展会上，多家装备企业签约参展。", id="signing-up-to-take-part-is-no-signing"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unnamed_cases(text, expected):
    found = extract(text, "2021-05-06")
    assert [_shown(e, want) for e, want in zip(found, expected)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_unnamed_negatives(text):
    assert extract(text, "2021-05-06") == []
