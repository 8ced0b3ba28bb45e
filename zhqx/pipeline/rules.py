"""The base of zhqx's rule-based components: a rules object that is loaded, saved and read with the pipeline.

A component holds ``rules``: a ``zhqx.lexicon.Lexicons`` (entities) or an event rule set (events), or
``None`` for the rules packaged with zhqx, which the stage function then reads itself. Any rules object
with ``to_disk(path)`` and a classmethod ``from_disk(path)`` will do; ``to_disk`` writes it to
``<component>/rules/`` with its class in ``<component>/rules.json``, so ``spacy.load`` of a saved pipeline
gets the same rules back, a user's own entries included. A pipeline saved with the packaged rules writes
nothing and follows the installed zhqx (the shipped pipeline is saved that way, so it cannot drift from
``zhqx/rules``).
"""

import importlib
import inspect
import tempfile
from collections.abc import Callable
from pathlib import Path

import srsly
from spacy.pipeline import Pipe

from zhqx.errors import ZhqxValueError

RULES, RULES_META = "rules", "rules.json"


class RulesPipe(Pipe):
    """A spaCy component whose behaviour is a rules object (``None``: the packaged rules)."""

    def __init__(self, name: str, *, scorer: Callable | None = None):
        self.name = name
        self.rules = None
        self.scorer = scorer

    def _rules_kwargs(self, stage: Callable, parameter: str) -> dict:
        """``{parameter: self.rules}`` when the stage function takes the rules and they are not the default."""
        if self.rules is None or parameter not in inspect.signature(stage).parameters:
            return {}
        return {parameter: self.rules}

    def to_disk(self, path, *, exclude=tuple()) -> None:
        if self.rules is None or RULES in exclude:
            return
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        kind = type(self.rules)
        srsly.write_json(path / RULES_META, {"class": f"{kind.__module__}:{kind.__qualname__}"})
        self.rules.to_disk(path / RULES)

    def from_disk(self, path, *, exclude=tuple()) -> "RulesPipe":
        path = Path(path)
        if RULES in exclude:
            return self
        if not (path / RULES_META).exists():
            self.rules = None
            return self
        self.rules = _rules_class(srsly.read_json(path / RULES_META)["class"]).from_disk(path / RULES)
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        with tempfile.TemporaryDirectory() as scratch:
            self.to_disk(scratch, exclude=exclude)
            paths = sorted(p for p in Path(scratch).rglob("*") if p.is_file())
            files = {str(p.relative_to(scratch)): p.read_bytes() for p in paths}
        return srsly.msgpack_dumps(files)

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "RulesPipe":
        with tempfile.TemporaryDirectory() as scratch:
            for name, content in srsly.msgpack_loads(data).items():
                target = Path(scratch) / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
            return self.from_disk(scratch, exclude=exclude)


def _rules_class(name: str) -> type:
    """The rules class named ``module:qualname`` in a saved pipeline; only zhqx's own classes are imported."""
    module, _, qualname = name.partition(":")
    if module != "zhqx" and not module.startswith("zhqx."):
        raise ZhqxValueError(f"a saved zhqx component names rules class {name!r}: only zhqx.* classes are read")
    owner = importlib.import_module(module)
    for part in qualname.split("."):
        owner = getattr(owner, part)
    return owner
