"""Evidence for two-character brands (lexicon brands): where the brand rule (``zhqx.entities.brands``) would fire on
a two-character company form of the names lexicon, in corpora of ``../shared/data``, and what stands there.

    python scripts/brand_evidence.py               # every two-character ORG/MEDIA form, most hits first
    python scripts/brand_evidence.py 海尔 银联      # only these forms (also forms missing in the names lexicon)

Each two-character form (places left out) is added to lexicon brands and the rule run over the MSRA and People's
Daily NER corpora (hits counted by their gold tag: B-ORG is the company), the segmented People's Daily 1998 corpus
and the unlabeled real news outside the clean dev sets (hits listed with their context, to be read). A form goes
into lexicon brands only when the hits read are mostly the company (counts in its ``source`` column); forms the
rule finds already (宝钢, 中行: other rules) need no row. Never in the wheel (top-level ``scripts/``).
"""

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import devsets  # noqa: E402
from scripts import ner_corpora  # noqa: E402
from scripts.corpus import shared_dir  # noqa: E402
from zhqx.entities.brands import brands  # noqa: E402
from zhqx.entities.grammar import grammar_for  # noqa: E402
from zhqx.lexicon import Lexicon, default_lexicons  # noqa: E402
from zhqx.names import name_forms  # noqa: E402

_SHOWN = 4


def _tag(spans: list[tuple[int, int, str]], k: int) -> str:
    """The gold tag of the character at ``k``: B-/I- and the entity's label, else O."""
    return next((("B-" if s == k else "I-") + label for s, e, label in spans if s <= k < e), "O")


def _unlabeled() -> list[str]:
    clean = set()
    for name in devsets.CLEAN:
        for line in open(devsets.FOLDER / f"{name}.jsonl", encoding="utf-8"):
            if line.strip():
                clean.add(json.loads(line)["id"])
    return [text for key, text in devsets.unlabeled_texts().items() if key not in clean]


def main(argv: list[str]) -> None:
    base = default_lexicons()
    listed = set(base["brands"].entries)
    forms = argv or sorted(f for f in name_forms(("ORG", "MEDIA")) if len(f) == 2 and all(
        "\u4e00" <= c <= "\u9fff" for c in f))
    forms = sorted(set(forms) - (set() if argv else listed) - set(grammar_for().places))
    rows = [*(row for row in base["brands"].rows if row["entry"] not in forms),
            *({"entry": f, "source": "-", "example": "-"} for f in forms)]
    grammar = grammar_for(base.replaced(Lexicon.from_rows("brands", rows)))
    wanted = set(forms)
    data = shared_dir() / "data"
    tags: dict[str, Counter] = defaultdict(Counter)
    seen: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    corpora = [*ner_corpora.msra_val(), *ner_corpora.msra_test(), *ner_corpora.peoples_daily("dev"),
               *ner_corpora.peoples_daily("test")]
    for text, spans in corpora:
        for c in brands(text, grammar):
            if text[c.start:c.start + 2] in wanted:
                tags[text[c.start:c.start + 2]][_tag(spans, c.start)] += 1
    people = [("PD1998", "".join(line.split())) for path in sorted((data / "seg_extra" / "pd1998_janfeb").glob("*.txt"))
              for line in open(path, encoding="utf-8")]
    for corpus, text in [*people, *(("unlabeled", text) for text in _unlabeled())]:
        for c in brands(text, grammar):
            form = text[c.start:c.start + 2]
            if form in wanted:
                seen[form][corpus].append(f"{text[max(0, c.start - 10):c.start]}【{text[c.start:c.end]}】"
                                          f"{text[c.end:c.end + 10]}".replace("\n", " "))
    for form in sorted(wanted, key=lambda f: -sum(tags[f].values()) - sum(map(len, seen[f].values()))):
        counts = {corpus: len(hits) for corpus, hits in seen[form].items()}
        if not counts and not tags[form]:
            continue
        print(f"{form}\tNER {dict(tags[form])}\t{counts}")
        for corpus, hits in seen[form].items():
            for hit in hits[:_SHOWN]:
                print(f"    {corpus}: {hit}")


if __name__ == "__main__":
    main(sys.argv[1:])
