import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # scripts/: the build tools (not installed) that tests import

import zhqx  # noqa: E402
from scripts.corpus import shared_dir  # noqa: E402


@pytest.fixture(scope="session")
def nlp():
    return zhqx.load()


@pytest.fixture(scope="session")
def shared():
    """The ../shared folder; tests that need it skip with a reason when it is absent (a fresh clone)."""
    path = shared_dir()
    if not (path / "data").is_dir():
        pytest.skip(f"needs the shared corpora at {path} (absent in a fresh clone; set ZHQX_SHARED)")
    return path


sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/golden_snapshots.py


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden snapshots in tests/golden/")


@pytest.fixture(scope="session")
def update_golden(request):
    return request.config.getoption("--update-golden")
