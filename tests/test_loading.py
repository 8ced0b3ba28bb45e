import socket

import pytest
from spacy.lang.zh import Chinese, ChineseTokenizer

import zhqx
from zhqx.language import ZhqxChinese
from zhqx.loading import _load_from, pipeline_path

ARTICLE = "2月20日，昆山高新区共6个项目签约，总投资72.3亿元。\n\n中关村管委会主任翟立新表示，要抓好复工复产。"


def words(doc):
    return [token.text for token in doc]


def test_load_returns_a_chinese_pipeline_with_the_pkuseg_tokenizer(nlp):
    assert isinstance(nlp, Chinese)
    assert isinstance(nlp.tokenizer, ChineseTokenizer)
    assert nlp.tokenizer.segmenter == "pkuseg"
    assert nlp.tokenizer.pkuseg_seg is not None


def test_second_load_returns_the_cached_pipeline(nlp):
    assert zhqx.load() is nlp
    assert zhqx.load(fresh=True) is not nlp


def test_pipeline_is_found_inside_the_package():
    path = pipeline_path()
    assert path.is_relative_to(next(iter(zhqx.__path__)))
    assert (path / "tokenizer" / "pkuseg_model" / "weights.npz").exists()


def test_load_and_segment_with_sockets_disabled(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("zhqx tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    nlp = zhqx.load(fresh=True)
    assert "昆山" in words(nlp("昆山高新区共6个项目签约"))


def test_bytes_round_trip_keeps_the_segmentation(nlp):
    copy = ZhqxChinese.from_config(nlp.config).from_bytes(nlp.to_bytes())
    assert words(copy(ARTICLE)) == words(nlp(ARTICLE))


def test_disk_round_trip_keeps_the_segmentation(nlp, tmp_path):
    nlp.to_disk(tmp_path / "copy")
    copy = _load_from(tmp_path / "copy")
    assert words(copy(ARTICLE)) == words(nlp(ARTICLE))
    assert copy.tokenizer.pkuseg_seg.preprocesser.trie.children.keys() == nlp.tokenizer.pkuseg_seg.preprocesser.trie.children.keys()


def test_plain_spacy_load_works_through_the_entry_point(nlp):
    import spacy

    plain = spacy.load(pipeline_path())
    assert words(plain(ARTICLE)) == words(nlp(ARTICLE))


@pytest.mark.parametrize("bad", [123, None, b"\xe6\x98\x86", 4.5, ["文本"]], ids=repr)
def test_non_str_input_raises_type_error_naming_the_type(nlp, bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        nlp(bad)
    with pytest.raises(TypeError, match=type(bad).__name__):
        nlp.tokenizer(bad)


def test_bytes_error_says_to_decode(nlp):
    with pytest.raises(TypeError, match="decode"):
        nlp("昆山".encode())


def test_load_maps_the_decoder_tables_and_reads_the_pkuseg_model_only_when_asked():
    fresh = zhqx.load(fresh=True)
    assert fresh.tokenizer._pkuseg_seg is None  # loading did not unpack the model's features
    assert words(fresh(ARTICLE)) == words(zhqx.load()(ARTICLE))
    assert fresh.tokenizer._pkuseg_seg is None
    assert fresh.tokenizer.pkuseg_seg is not None  # made from the files read at load
    assert sorted(fresh.tokenizer._user_words()) == sorted(zhqx.load().tokenizer._user_words())


def test_a_pipeline_saved_without_the_decoder_tables_loads_and_segments_alike(nlp, tmp_path):
    import shutil

    nlp.to_disk(tmp_path / "copy")
    shutil.rmtree(tmp_path / "copy" / "tokenizer" / "zhqx_segmenter")
    copy = _load_from(tmp_path / "copy")
    assert copy.tokenizer._pkuseg_seg is not None
    assert words(copy(ARTICLE)) == words(nlp(ARTICLE))


def test_a_loaded_pipeline_saved_over_its_own_folder_keeps_working(tmp_path):
    _load_from(pipeline_path()).to_disk(tmp_path / "copy")
    copy = _load_from(tmp_path / "copy")
    expected = words(copy(ARTICLE))
    copy.to_disk(tmp_path / "copy")  # its tables are mapped from there: replaced, not overwritten in place
    assert words(copy(ARTICLE)) == expected
    assert words(_load_from(tmp_path / "copy")(ARTICLE)) == expected
