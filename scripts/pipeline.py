"""Assemble the spaCy pipeline shipped in ``zhqx/resources/pipeline``.

    python scripts/pipeline.py              # re-assemble around the packaged segmentation model
    python scripts/pipeline.py MODEL_DIR    # around a newly trained one (``scripts/segmenter.py`` does this)

Run it after changing the components' configuration or the domain terms (``zhqx/resources/domain_terms.txt``);
no shared data is needed. The components are saved without rules of their own, so the shipped pipeline
reads the rules in ``zhqx/rules`` (``zhqx.pipeline.rules``). The tokenizer is saved with its decoder's tables
(``tokenizer/zhqx_segmenter/*.npy``, built from the model: the same bytes on every run), which loading maps
into memory.
"""

import argparse
import importlib.metadata
import shutil
import sys
import tempfile
from pathlib import Path

from packaging.requirements import Requirement

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a file: `scripts.*` from this checkout

from scripts.corpus import REPO_ROOT  # noqa: E402
from zhqx import __version__  # noqa: E402
from zhqx.language import ZhqxChinese  # noqa: E402
from zhqx.pipeline import entities as _entities  # noqa: E402, F401  (registers the components' factories)
from zhqx.pipeline import events as _events  # noqa: E402, F401
from zhqx.pipeline import numbers as _numbers  # noqa: E402, F401
from zhqx.pipeline import tokenizer as _tokenizer  # noqa: E402, F401  (registers zhqx.ChineseTokenizer.v1)

PIPELINE_DIR = REPO_ROOT / "zhqx" / "resources" / "pipeline"
COMPONENTS = ["zhqx_numbers", "zhqx_entities", "zhqx_events"]


def spacy_requirement() -> str:
    """The spaCy version range zhqx requires (pyproject.toml, as installed), for the pipeline's meta.json."""
    for line in importlib.metadata.requires("zhqx") or ():
        requirement = Requirement(line)
        if requirement.name == "spacy":
            bounds = sorted(requirement.specifier, key=lambda s: (not s.operator.startswith(">"), s.version))
            return ",".join(str(bound) for bound in bounds)
    raise LookupError("zhqx's installed metadata names no spacy requirement: reinstall zhqx (pip install -e .)")


def build_nlp(model_dir: Path) -> ZhqxChinese:
    """A zhqx pipeline in memory: the pkuseg model in ``model_dir`` plus the domain user dictionary."""
    nlp = ZhqxChinese.from_config({"nlp": {"tokenizer": {"@tokenizers": "zhqx.ChineseTokenizer.v1"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(model_dir))
    for component in COMPONENTS:
        nlp.add_pipe(component)
    nlp.meta.update(
        name="core",
        version=__version__,
        description="zhqx: Chinese economic news segmentation (pkuseg trained on PKU People's Daily 1998)",
        license="research use only (training corpus); see zhqx/resources/SOURCES.md",
        spacy_version=spacy_requirement(),
    )
    return nlp


def assemble(model_dir: Path | None = None, out_dir: Path = PIPELINE_DIR) -> Path:
    """Write the serialized pipeline to ``out_dir`` (replacing what was there); return it.

    ``model_dir`` is a pkuseg model directory; by default the one inside the current ``out_dir``.
    """
    with tempfile.TemporaryDirectory() as scratch:
        if model_dir is None:
            model_dir = Path(shutil.copytree(out_dir / "tokenizer" / "pkuseg_model", Path(scratch) / "model"))
        nlp = build_nlp(model_dir)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        nlp.to_disk(out_dir)
    return out_dir


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model_dir", type=Path, nargs="?", help="a pkuseg model directory (default: the packaged one)")
    args = parser.parse_args(argv)
    print(assemble(args.model_dir))


if __name__ == "__main__":
    main()
