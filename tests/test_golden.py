"""Golden snapshots of every fixture article (one test id each) and of 3,000 MSRA val sentences.

A difference fails with the changed parts; accept a change made on purpose with `pytest --update-golden` and list
it in the commit message.
"""

import json

import pytest

from golden_snapshots import FIXTURES, GOLDEN, dump, fixture_snapshot, msra_sentences, msra_snapshot


def _check(path, actual, update):
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(actual), encoding="utf-8")
        if not update:
            pytest.fail(f"{path.name} had no snapshot; wrote one, check it and commit it")
        return
    expected = json.loads(path.read_text(encoding="utf-8"))
    if expected != actual:
        keys = sorted(k for k in set(expected) | set(actual) if expected.get(k) != actual.get(k))
        pytest.fail(f"{path.name} changed (accept with --update-golden):\n" + "\n".join(_diff(k, expected, actual) for k in keys))


def _diff(key, expected, actual):
    def rows(value):
        return [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in (value if isinstance(value, list) else [value])]
    was, now = rows(expected.get(key)), rows(actual.get(key))
    return (f"{key}: removed {[r for r in was if r not in now]}"[:1500] + "\n"
            + f"{key}: added {[r for r in now if r not in was]}"[:1500])


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_article_snapshot(path, update_golden):
    _check(GOLDEN / "fixtures" / f"{path.stem}.json", fixture_snapshot(path), update_golden)


def test_msra_val_snapshot(shared, update_golden):
    rows = msra_snapshot(msra_sentences(shared))
    path = GOLDEN / "msra_val.jsonl"
    if update_golden or not path.exists():
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return
    expected = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    changed = [(e, a) for e, a in zip(expected, rows) if e != a]
    assert len(expected) == len(rows), f"{len(expected)} sentences in the snapshot, {len(rows)} now"
    assert not changed, f"{len(changed)} MSRA sentences changed, e.g. " + "; ".join(
        f"#{e['i']}: {e['entities']} -> {a['entities']}" for e, a in changed[:5])
