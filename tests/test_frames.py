import sys

import pytest

import zhqx
from zhqx.frames import COLUMNS, event_rows

SIGNING = "昆山高新区共6个项目签约，总投资72.3亿元，预计年产出124亿元。"
TWO = "无锡高新区有7800家企业复工。同日，总投资约3亿元的星洲智能信息技术创新园在无锡高新区顺利开工。"


def test_event_rows_are_flat():
    [row] = event_rows(zhqx.extract(SIGNING), "a.txt")
    assert row == {
        "type": "project_signing", "project": None, "park": "昆山高新区", "company": None,
        "investment_cny": 7.23e9, "annual_output_cny": 1.24e10, "count": 6, "date": None, "source": "a.txt",
        "sentence": SIGNING,
    }


def test_to_frame_one_row_per_event_with_the_flat_columns():
    pandas = pytest.importorskip("pandas")
    frame = zhqx.to_frame(zhqx.extract_many([SIGNING, TWO]))
    assert list(frame.columns) == list(COLUMNS)
    assert frame["type"].tolist() == ["project_signing", "resumption", "project_start"]
    assert frame["source"].tolist() == [0, 1, 1]
    assert frame["investment_cny"].dtype == "float64" and frame["count"].dtype == pandas.Int64Dtype()
    assert pandas.isna(frame.loc[1, "investment_cny"]) and frame.loc[2, "investment_cny"] == 3e8


def test_to_frame_takes_a_mapping_or_one_extraction():
    pytest.importorskip("pandas")
    assert zhqx.to_frame({"a.txt": zhqx.extract(SIGNING)})["source"].tolist() == ["a.txt"]
    assert len(zhqx.to_frame(zhqx.extract(SIGNING))) == 1
    assert zhqx.to_frame([]).columns.tolist() == list(COLUMNS)


def test_to_frame_rejects_other_objects():
    pytest.importorskip("pandas")
    with pytest.raises(TypeError, match="str"):
        zhqx.to_frame([SIGNING])


def test_without_pandas_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"zhqx\[pandas\]"):
        zhqx.to_frame([])
