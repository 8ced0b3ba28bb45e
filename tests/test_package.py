"""``import zhqx`` is light: the public names import their modules on first use."""

import subprocess
import sys

import zhqx


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_import_zhqx_does_not_import_spacy_and_the_api_is_there_when_used():
    code = ("import sys, zhqx; print('spacy' in sys.modules); zhqx.find_dates('3月5日');"
            " print('spacy' in sys.modules); print(zhqx.extract('昆山高新区共6个项目签约。').entities[0].text);"
            " print('spacy' in sys.modules)")
    assert _run(code).split() == ["False", "False", "昆山高新区", "True"]


def test_every_public_name_resolves_and_is_listed():
    for name in zhqx.__all__:
        assert getattr(zhqx, name) is not None, name
    assert set(zhqx.__all__) <= set(dir(zhqx))


def test_render_stays_the_function_when_its_module_is_imported_first():
    assert _run("import zhqx.render, zhqx; print(callable(zhqx.render))") == "True"
    assert _run("from zhqx.render import render; import zhqx; print(zhqx.render is render)") == "True"


def test_an_unknown_name_raises_attribute_error():
    try:
        zhqx.no_such_name
    except AttributeError as error:
        assert "no_such_name" in str(error)
    else:
        raise AssertionError("zhqx.no_such_name did not raise")
