"""The repository's layout: build tools out of the package, versions stated once, docs copied in sync."""

import ast
from pathlib import Path

import pytest
import srsly
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from scripts import corpus, gazetteer, pipeline, schema, segmenter, traditional
from zhqx.loading import pipeline_path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "zhqx"


def _requirements() -> dict[str, Requirement]:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {r.name: r for r in map(Requirement, project["dependencies"])}


def test_meta_json_and_pyproject_agree_on_the_spacy_range():
    meta = srsly.read_json(pipeline_path() / "meta.json")
    assert SpecifierSet(meta["spacy_version"]) == _requirements()["spacy"].specifier


def test_spacy_pkuseg_is_pinned_to_one_tested_version():
    (pin,) = _requirements()["spacy-pkuseg"].specifier
    assert pin.operator == "=="


def test_no_build_code_inside_the_package():
    assert not (PACKAGE / "build").exists()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n == "scripts" or n.startswith("scripts.") for n in names), f"{path} imports scripts"


@pytest.mark.parametrize(
    "output",
    [pipeline.PIPELINE_DIR, segmenter.SOURCES_MD, segmenter.WORK_DIR, traditional.OUT, gazetteer.OUT_JSONL,
     gazetteer.OUT_SOURCES, schema.SCHEMA_PATH],
    ids=lambda p: p.name,
)
def test_builders_write_into_the_checkout_they_run_from(output):
    assert corpus.REPO_ROOT == ROOT and (ROOT / "pyproject.toml").exists()
    assert output.is_relative_to(ROOT)
    assert "site-packages" not in output.parts


def test_docs_conventions_is_the_shared_copy():
    shared = corpus.shared_dir() / "CONVENTIONS.md"
    if not shared.exists():
        pytest.skip(f"needs {shared} (absent in a fresh clone; set ZHQX_SHARED)")
    assert (ROOT / "docs" / "CONVENTIONS.md").read_bytes() == shared.read_bytes(), "copy ../shared/CONVENTIONS.md to docs/"


def _imported_modules(path: Path, modules: set[str]) -> set[str]:
    """The zhqx modules ``path`` imports anywhere in its code (functions included), bar ``TYPE_CHECKING`` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found |= {f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found & modules - {"zhqx"}


def test_no_import_cycle_between_the_package_modules():
    paths = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p for p in PACKAGE.rglob("*.py")}
    graph = {name: _imported_modules(path, set(paths)) - {name} for name, path in paths.items()}

    def reachable(start):
        seen, todo = set(), [start]
        while todo:
            for module in graph[todo.pop()] - seen:
                seen.add(module)
                todo.append(module)
        return seen

    cycles = sorted({tuple(sorted((a, b))) for a in graph for b in graph[a] if a in reachable(b)})
    assert not cycles
