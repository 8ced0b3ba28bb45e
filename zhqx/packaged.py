"""Files built by the repository's scripts and shipped in ``zhqx/resources``, found or named as missing."""

from importlib import resources
from pathlib import Path


def packaged_file(name: str, *, rebuild: str, inside: str = "") -> Path:
    """``zhqx/resources/<name>`` (a folder must hold ``inside``); FileNotFoundError naming the fix if absent."""
    path = Path(str(resources.files("zhqx") / "resources" / name))
    if not (path / inside if inside else path).is_file():
        raise FileNotFoundError(
            f"zhqx's {name} is missing from {path}: reinstall zhqx, or rebuild it with `{rebuild}` in a source checkout"
        )
    return path
