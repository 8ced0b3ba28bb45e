"""The packaged pipeline is what the build code makes: components, domain terms and model in sync."""

import shutil

import numpy
import srsly

from scripts.pipeline import COMPONENTS, assemble
from zhqx.loading import pipeline_path
from zhqx.pipeline.tokenizer import TABLES_DIR
from zhqx.segmentation_tables import TABLES


def test_reassembling_the_packaged_pipeline_changes_nothing(tmp_path):
    packaged = pipeline_path()
    rebuilt = assemble(out_dir=shutil.copytree(packaged, tmp_path / "pipeline"))
    for name in ["config.cfg", "tokenizer/cfg", "tokenizer/pkuseg_processors", "tokenizer/pkuseg_model/features.msgpack"]:
        assert (rebuilt / name).read_bytes() == (packaged / name).read_bytes(), name
    tables = sorted(path.name for path in (packaged / "tokenizer" / TABLES_DIR).iterdir())
    assert tables == sorted(f"{name}.npy" for name in TABLES)
    for name in tables:  # the decoder's tables, rebuilt from the model's features
        new, old = rebuilt / "tokenizer" / TABLES_DIR / name, packaged / "tokenizer" / TABLES_DIR / name
        assert new.read_bytes() == old.read_bytes(), name
    with numpy.load(rebuilt / "tokenizer/pkuseg_model/weights.npz") as new, numpy.load(
        packaged / "tokenizer/pkuseg_model/weights.npz"
    ) as old:  # compared as arrays: the zip inside .npz stamps the time
        assert numpy.array_equal(new["w"], old["w"]) and numpy.array_equal(new["sizes"], old["sizes"])
    meta = srsly.read_json(packaged / "meta.json")
    assert meta["components"] == COMPONENTS


def test_packaged_pipeline_runs_the_components(nlp):
    assert nlp.pipe_names == COMPONENTS
