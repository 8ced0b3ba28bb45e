"""Load a benchmark or build script of this checkout (not installed, not a package) as a module for tests."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load(relative: str, name: str):
    """The module in ``ROOT / relative`` (e.g. ``benchmarks/fuzz.py``), imported under ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
