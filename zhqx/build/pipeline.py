"""Assemble the spaCy pipeline shipped in ``zhqx/resources/pipeline``.

    python -m zhqx.build.pipeline              # re-assemble around the packaged segmentation model
    python -m zhqx.build.pipeline MODEL_DIR    # around a newly trained one (``zhqx.build.segmenter`` does this)

Run it after changing the components or the domain terms; no shared data is needed.
"""

import argparse
import shutil
import tempfile
from pathlib import Path

import spacy_pkuseg

from zhqx import __version__
from zhqx.build.corpus import REPO_ROOT
from zhqx.language import ZhqxChinese
from zhqx.pipeline import entities as _entities  # noqa: F401  (registers the components' factories)
from zhqx.pipeline import events as _events  # noqa: F401
from zhqx.pipeline import numbers as _numbers  # noqa: F401
from zhqx.pipeline import tokenizer as _tokenizer  # noqa: F401  (registers zhqx.ChineseTokenizer.v1)

PIPELINE_DIR = REPO_ROOT / "zhqx" / "resources" / "pipeline"
DOMAIN_TERMS = Path(__file__).parent / "data" / "domain_terms.txt"
COMPONENTS = ["zhqx_numbers", "zhqx_entities", "zhqx_events"]


def domain_terms(path: Path = DOMAIN_TERMS) -> list[str]:
    """The user-dictionary terms: one per line, ``#`` comments and blank lines skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def build_nlp(model_dir: Path) -> ZhqxChinese:
    """A zhqx pipeline in memory: the pkuseg model in ``model_dir`` plus the domain user dictionary."""
    nlp = ZhqxChinese.from_config({"nlp": {"tokenizer": {"@tokenizers": "zhqx.ChineseTokenizer.v1"}}})
    segmenter = spacy_pkuseg.pkuseg(str(model_dir), user_dict=None)
    # pkuseg's post-processing word lists: spaCy serializes them, zhqx's decoder does not use them
    segmenter.postprocesser.common_words, segmenter.postprocesser.other_words = set(), set()
    nlp.tokenizer.pkuseg_seg = segmenter
    nlp.tokenizer.pkuseg_update_user_dict(domain_terms(), reset=True)
    for component in COMPONENTS:
        nlp.add_pipe(component)
    nlp.meta.update(
        name="core",
        version=__version__,
        description="zhqx: Chinese economic news segmentation (pkuseg trained on PKU People's Daily 1998)",
        license="research use only (training corpus); see zhqx/resources/SOURCES.md",
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
