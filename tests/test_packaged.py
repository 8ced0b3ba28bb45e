"""zhqx.packaged: shipped files are found, a missing one names the command that rebuilds it."""

import pytest

from zhqx.packaged import packaged_file


def test_a_shipped_file_and_folder_are_found():
    assert packaged_file("gazetteer.jsonl", rebuild="x").is_file()
    assert (packaged_file("pipeline", rebuild="x", inside="config.cfg") / "config.cfg").is_file()


def test_a_missing_file_names_the_rebuild_command():
    with pytest.raises(FileNotFoundError, match="no-such.tsv is missing .*`python scripts/build_names.py`"):
        packaged_file("no-such.tsv", rebuild="python scripts/build_names.py")
    with pytest.raises(FileNotFoundError, match="pipeline is missing"):
        packaged_file("pipeline", rebuild="x", inside="no-such.cfg")
