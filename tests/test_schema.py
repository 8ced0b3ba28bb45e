import json

import jsonschema
import pytest

import zhqx
from scripts.schema import SCHEMA_PATH, extraction_schema

ARTICLE = (
    "2月21日,总投资150亿元的无锡先导集成电路装备与材料产业园在无锡高新区顺利签约落户,用地50亩。"
    "中关村管委会主任翟立新表示,员工返岗率达80%,产能利用率达70%,7800家企业已复工。"
)


def test_committed_schema_matches_the_classes():
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == extraction_schema()


def test_extractions_validate_against_the_schema():
    data = json.loads(zhqx.extract(ARTICLE, published="2020-02-25").to_json())
    assert data["events"] and data["relations"]
    jsonschema.validate(data, extraction_schema())


def test_the_schema_rejects_an_unknown_event_key():
    data = json.loads(zhqx.extract(ARTICLE).to_json())
    data["events"][0]["guess"] = "x"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, extraction_schema())
