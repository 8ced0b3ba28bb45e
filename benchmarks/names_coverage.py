"""How far the names lexicon (``zhqx.names``) could take ORG / PARK on real news: the LOOK part only.

    python benchmarks/names_coverage.py [--show 30]

- Recall ceiling: gold ORG and PARK entities (distinct per item) whose text is, verbatim, a lexicon form
  (name or alias); ORG counts ORG, GOV and MEDIA entries, PARK counts PARK entries. Per file too.
- Precision risk: a leftmost-longest scan of the look texts for every lexicon form; a hit is "gold" when its
  text is a gold entity of the item with a matching label, "inside gold" when it lies inside a longer gold
  entity's text of the item, and "not gold" otherwise (short names that are ordinary words, places, ...).
The lexicon is not wired into the pipeline; this says what it would give and what it would cost.
"""

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realnews  # noqa: E402  (also puts the repo on sys.path)

from zhqx.names import load_names  # noqa: E402

LABEL = {"ORG": "ORG", "GOV": "ORG", "MEDIA": "ORG", "PARK": "PARK"}


def _forms() -> dict[str, set[tuple[str, str]]]:
    """form -> {(label, licence file)} where file is "permissive" or "cc-by-sa"."""
    forms = defaultdict(set)
    for entry in load_names():
        where = "cc-by-sa" if "CC-BY-SA" in entry.licence else "permissive"
        for form in entry.forms:
            forms[form].add((LABEL[entry.kind], where))
    return forms


def scan(text: str, forms: dict) -> list[tuple[int, int, str]]:
    """Leftmost-longest, non-overlapping occurrences of the forms in ``text``."""
    by_first = defaultdict(list)
    for form in forms:
        by_first[form[0]].append(form)
    for candidates in by_first.values():
        candidates.sort(key=len, reverse=True)
    hits, i = [], 0
    while i < len(text):
        match = next((f for f in by_first.get(text[i], ()) if text.startswith(f, i)), None)
        if match:
            hits.append((i, i + len(match), match))
            i += len(match)
        else:
            i += 1
    return hits


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=30, help="most frequent non-gold hits to list")
    args = parser.parse_args(argv)
    if not realnews.available():
        print(f"names coverage: skipped, {realnews.realnews_dir()} not found (set ZHQX_SHARED)")
        return
    forms = _forms()
    items = realnews.load_items("look")
    ceiling = Counter()
    hit_kinds = Counter()
    not_gold = Counter()
    for item in items:
        gold = realnews.entity_pairs(item["entities"])
        for text, label in gold:
            ceiling[label, "gold"] += 1
            kinds = forms.get(text, set())
            if any(lab == label for lab, _ in kinds):
                ceiling[label, "in lexicon"] += 1
            if (label, "permissive") in kinds:
                ceiling[label, "in names.tsv"] += 1
        for _start, _end, form in scan(item["text"], forms):
            labels = {lab for lab, _ in forms[form]}
            if any((form, lab) in gold for lab in labels):
                hit_kinds["gold"] += 1
            elif any(form in text for text, _ in gold):
                hit_kinds["inside gold"] += 1
            else:
                hit_kinds["not gold"] += 1
                not_gold[form, "/".join(sorted(labels))] += 1
    print(f"names lexicon: {len(forms):,} forms; real-news look part ({len(items)} items)\n")
    print("recall ceiling: gold entities (distinct per item) whose text is a lexicon form of the same label")
    for label in ("ORG", "PARK"):
        n = ceiling[label, "gold"]
        print(f"  {label:<5} {ceiling[label, 'in lexicon']:>4} / {n} ({ceiling[label, 'in lexicon'] / n:.1%}); "
              f"names.tsv only {ceiling[label, 'in names.tsv']} ({ceiling[label, 'in names.tsv'] / n:.1%})")
    total = sum(hit_kinds.values())
    print(f"\nprecision risk: {total} lexicon hits in the look texts (leftmost-longest, every occurrence)")
    for kind in ("gold", "inside gold", "not gold"):
        print(f"  {kind:<12} {hit_kinds[kind]:>4} ({hit_kinds[kind] / total:.1%})")
    print(f"\nmost frequent non-gold hits ({len(not_gold)} distinct forms):")
    print("  " + ", ".join(f"{form} {label} x{n}" for (form, label), n in not_gold.most_common(args.show)))


if __name__ == "__main__":
    main()
