"""ent-fix2: a place or country inside a national or bilateral name does not cut it (国家…|北京大队, 中泰…|塔吉克斯坦…
产业园), while a place after a boundary, a stop word or a verb still opens the name.

The partner country 泰 is checked by tests/test_lexicon_integrity.py; these are the rules in code.
"""

import pytest

from zhqx.entities import find_entities


def _names(text: str, label: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == label]


@pytest.mark.parametrize(("text", "orgs"), [
    pytest.param("，国家山地搜救成都支队开展冬训。", ["国家山地搜救成都支队"], id="national-field-then-place-corps"),
    pytest.param("，国家森林消防昆明总队开展演练。", ["国家森林消防昆明总队"], id="national-field-then-city-corps"),
    pytest.param("，国家支持成都支队开展冬训。", ["成都支队"], id="a-verb-before-the-place-opens-it"),
    pytest.param("，中央要求成都支队开展冬训。", ["成都支队"], id="a-verb-after-zhongyang-opens-it"),
    pytest.param("，国家第三成都支队开展冬训。", ["成都支队"], id="a-count-before-the-place-opens-it"),
])
def test_a_place_inside_a_national_body(text, orgs):
    assert _names(text, "ORG") == orgs


@pytest.mark.parametrize(("text", "parks"), [
    pytest.param("近日，启动了中泰星澜哈萨克斯坦纺织产业园项目。", ["中泰星澜哈萨克斯坦纺织产业园"], id="bilateral-name-then-country"),
    pytest.param("，中俄远航哈萨克斯坦物流产业园开园。", ["中俄远航哈萨克斯坦物流产业园"], id="another-partner"),
    pytest.param("，企业在俄罗斯星澜产业园签约。", ["俄罗斯星澜产业园"], id="a-preposition-before-the-country"),
    pytest.param("，国家支持成都星澜产业园建设。", ["成都星澜产业园"], id="a-verb-before-the-place"),
    pytest.param("，中俄成都星澜产业园开园。", ["中俄成都星澜产业园"], id="the-partner-right-before-the-place-as-before"),
])
def test_a_country_inside_a_bilateral_park(text, parks):
    assert _names(text, "PARK") == parks
