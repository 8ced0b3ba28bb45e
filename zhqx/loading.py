"""``zhqx.load()``: the spaCy pipeline shipped inside the package, loaded offline."""

import threading
from pathlib import Path

import spacy

import zhqx.pipeline.entities  # noqa: F401  (registers the factories: loading works without the entry points)
import zhqx.pipeline.events  # noqa: F401
import zhqx.pipeline.numbers  # noqa: F401
import zhqx.pipeline.tokenizer  # noqa: F401
from zhqx.language import ZhqxChinese
from zhqx.packaged import packaged_file

PIPELINE_DIR = "pipeline"
_cache = {}
_lock = threading.Lock()


def pipeline_path() -> Path:
    """Where the packaged pipeline directory is (inside the installed ``zhqx/resources``)."""
    return packaged_file(PIPELINE_DIR, rebuild="python scripts/segmenter.py", inside="config.cfg")


def load(*, fresh: bool = False) -> ZhqxChinese:
    """Return zhqx's spaCy pipeline (Chinese). Loaded once, then cached; ``fresh=True`` loads a new copy."""
    if fresh:
        return _load_from(pipeline_path())
    with _lock:
        if "nlp" not in _cache:
            _cache["nlp"] = _load_from(pipeline_path())
        return _cache["nlp"]


def _load_from(path: Path) -> ZhqxChinese:
    config = spacy.util.load_config(path / "config.cfg")
    nlp = ZhqxChinese.from_config(config)
    return nlp.from_disk(path)
