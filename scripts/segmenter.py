"""Train, prune and package zhqx's pkuseg segmentation model.

    python scripts/segmenter.py            # train (about 40 min), prune, package, evaluate
    python scripts/segmenter.py --reuse    # the same from an already trained build/segmenter/raw_model

Training data: People's Daily Jan-Feb 1998 (PKU standard) from
``../shared/data/seg_extra/pd1998_janfeb``; every 50th line is kept out as a dev
set that the trainer reports on after each iteration. The SIGHAN 2005 PKU test
gold is never used to choose anything: it is the held-out evaluation, scored once at
the end and recorded in ``zhqx/resources/SOURCES.md`` (``benchmarks/segmentation.py`` reruns it).

Pruning: features whose largest absolute weight is below ``--min-weight`` are dropped
(their contribution to any score is at most that much per tag), the words that only
those features used go with them, and weights are stored as float32. The threshold was
chosen by dev-set F1 against model size (``--sweep``).
"""

import argparse
import contextlib
import json
import logging
import time
import sys
from pathlib import Path

import numpy
import srsly

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a file: `scripts.*` from this checkout

from scripts.corpus import REPO_ROOT, read_segmented, require, sha256, shared_dir  # noqa: E402
from scripts.seg_eval import word_prf  # noqa: E402
from zhqx.text.normalize import to_fullwidth

log = logging.getLogger("zhqx.scripts")

CORPUS_DIR = Path("data/seg_extra/pd1998_janfeb")
CORPUS_FILES = [f"pd1998_janfeb.part{n}.txt" for n in range(1, 5)]
DEV_EVERY = 50
ITERATIONS = 8
MIN_WEIGHT = 0.1
HELDOUT_GOLD = Path("data/sighan2005/pku_test_gold.utf8")
SOURCES_MD = REPO_ROOT / "zhqx" / "resources" / "SOURCES.md"
WORK_DIR = REPO_ROOT / "build" / "segmenter"


def prepare_corpus(work_dir: Path) -> dict:
    """Write train.txt and dev.txt (full-width normalized) into ``work_dir``; return provenance."""
    work_dir.mkdir(parents=True, exist_ok=True)
    source = shared_dir() / CORPUS_DIR
    sentences = []
    for name in CORPUS_FILES:
        sentences.extend(read_segmented(source / name))
    train = [s for i, s in enumerate(sentences) if i % DEV_EVERY != DEV_EVERY - 1]
    dev = [s for i, s in enumerate(sentences) if i % DEV_EVERY == DEV_EVERY - 1]
    for name, part in (("train.txt", train), ("dev.txt", dev)):
        with open(work_dir / name, "w", encoding="utf-8") as out:
            for words in part:
                out.write("  ".join(to_fullwidth(w) for w in words) + "\n")
    return {
        "corpus": str(CORPUS_DIR),
        "files": {name: sha256(require(source / name)) for name in CORPUS_FILES},
        "sentences": {"train": len(train), "dev": len(dev)},
        "words": {"train": sum(map(len, train)), "dev": sum(map(len, dev))},
        "split": f"line i (0-based, files concatenated in order) is dev when i % {DEV_EVERY} == {DEV_EVERY - 1}",
    }


def train(work_dir: Path, iterations: int) -> Path:
    """Run spacy_pkuseg.train on the prepared corpus; return the raw model directory."""
    import spacy_pkuseg

    raw_dir = work_dir / "raw_model"
    raw_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    with open(work_dir / "train.log", "w", encoding="utf-8") as log_file, contextlib.redirect_stdout(log_file):
        spacy_pkuseg.train(str(work_dir / "train.txt"), str(work_dir / "dev.txt"), str(raw_dir), train_iter=iterations)
    log.info("trained %d iterations in %.0f s; log in %s", iterations, time.time() - started, work_dir / "train.log")
    return raw_dir


def _referenced_words(feature_name: str) -> list[str]:
    kind, _, rest = feature_name.partition(".")
    if kind in ("w-1", "w1"):
        return [rest]
    if kind == "ww":
        return rest.partition(".")[2].split("*", 1)
    return []


def prune(raw_dir: Path, out_dir: Path, min_weight: float) -> dict:
    """Write a pruned copy of the pkuseg model in ``raw_dir`` to ``out_dir``; return its counts."""
    features = srsly.read_msgpack(raw_dir / "features.msgpack")
    stored = numpy.load(raw_dir / "weights.npz")
    n_tag, n_feature = (int(x) for x in stored["sizes"])
    node = stored["w"][: n_tag * n_feature].reshape(n_feature, n_tag)
    edge = stored["w"][n_tag * n_feature :]
    keep = numpy.abs(node).max(axis=1) >= min_weight
    keep[0] = True  # the "$$" bias feature
    names_by_id = sorted(features["feature_to_idx"], key=features["feature_to_idx"].get)
    kept_names = [names_by_id[i] for i in numpy.flatnonzero(keep)]
    used_words = {word for name in kept_names for word in _referenced_words(name)}
    out_dir.mkdir(parents=True, exist_ok=True)
    srsly.write_msgpack(
        out_dir / "features.msgpack",
        {
            "unigram": sorted(word for word in features["unigram"] if word in used_words),
            "bigram": [],  # only used while training
            "feature_to_idx": {name: i for i, name in enumerate(kept_names)},
            "tag_to_idx": features["tag_to_idx"],
        },
    )
    weights = numpy.concatenate([node[keep].ravel(), edge]).astype(numpy.float32)
    numpy.savez(out_dir / "weights.npz", sizes=numpy.array([n_tag, len(kept_names)]), w=weights)
    return {"features": {"trained": n_feature, "kept": len(kept_names)}, "words": len(used_words)}


def _model_mb(model_dir: Path) -> float:
    return sum(f.stat().st_size for f in model_dir.iterdir()) / 1e6


def score_file(nlp, gold_path: Path) -> tuple[float, float, float]:
    """Word P/R/F1 of ``nlp``'s tokenizer on a gold file (words separated by whitespace)."""
    gold = read_segmented(gold_path)
    predicted = [[t.text for t in nlp.make_doc("".join(words))] for words in gold]
    return word_prf(gold, predicted)


def write_sources(provenance: dict, path: Path = SOURCES_MD) -> None:
    """Record where the shipped model came from and how it scores."""
    pruned, dev, held = provenance["pruned"], provenance["dev_f1"], provenance["heldout"]
    files = "\n".join(f"  - `{name}`: sha256 `{digest}`" for name, digest in provenance["files"].items())
    path.write_text(
        f"""# Sources of zhqx's packaged data

Written by `python scripts/segmenter.py`; do not edit by hand.

## Segmentation model (`pipeline/tokenizer/pkuseg_model`)
- Trained with `spacy_pkuseg.train` ({provenance["iterations"]} iterations) on People's Daily January-February 1998,
  PKU segmentation standard (`shared/{provenance["corpus"]}`, from github.com/ZTurboX/CWS at
  bb959b4166a3a35c545fa7a8d03a03714710ca65; see that folder's SOURCE.md):
{files}
- **Licence: research and non-commercial use only.** The PKU ICL 1998 People's Daily corpus was released for
  research use; the model trained from it carries that restriction.
- Split: {provenance["split"]}; train {provenance["sentences"]["train"]:,} lines /
  {provenance["words"]["train"]:,} words, dev {provenance["sentences"]["dev"]:,} lines / {provenance["words"]["dev"]:,} words.
  Text is mapped to full-width forms (`zhqx/text/normalize.py`) before training and before segmenting.
- Pruned: features with max |weight| < {provenance["min_weight"]} dropped ({pruned["features"]["trained"]:,} ->
  {pruned["features"]["kept"]:,} features, {pruned["words"]:,} dictionary words kept), float32 weights, {provenance["model_mb"]:.1f} MB.
- Dev F1 (with zhqx's rules, no user dictionary): {dev:.4f}.
- Held-out: the whole SIGHAN 2005 PKU test gold (`shared/{HELDOUT_GOLD}`, sha256 `{held["sha256"]}`), never used
  for training or choosing anything: precision {held["p"]:.4f}, recall {held["r"]:.4f}, **F1 {held["f1"]:.4f}**
  (the shipped pipeline, user dictionary included).
- Decoder tables (`pipeline/tokenizer/zhqx_segmenter/*.npy`): the same model's features and weights indexed for
  zhqx's decoder (`zhqx/segmentation_tables.py`), written by `python scripts/pipeline.py`; loading maps them
  into memory instead of unpacking the model's features.

## Domain user dictionary
`zhqx/resources/domain_terms.txt` (written for the project), built into `pipeline/tokenizer/pkuseg_processors`.

## Gazetteer (`gazetteer.jsonl`)
Administrative divisions of China (WTFPL), built by `python scripts/gazetteer.py`: see `gazetteer.SOURCES.md`.

## Traditional -> simplified map (`traditional.txt`)
Built by `python scripts/traditional.py` from JioNLP's character table (Apache-2.0); source and sha256 in its header.

## Sample article (`sample_article.txt`)
A copy of `fixtures/sample_article.txt`, written for the project (a test keeps the two identical).
""",
        encoding="utf-8",
    )


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--work-dir", type=Path, default=WORK_DIR)
    parser.add_argument("--reuse", action="store_true", help="skip training; reuse WORK_DIR/raw_model")
    parser.add_argument("--min-weight", type=float, default=MIN_WEIGHT, help="pruning threshold")
    parser.add_argument("--sweep", type=str, help="comma-separated thresholds: print dev F1 and size for each, then stop")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    from scripts.pipeline import assemble, build_nlp

    provenance = prepare_corpus(args.work_dir)
    raw_dir = args.work_dir / "raw_model" if args.reuse else train(args.work_dir, args.iterations)
    dev_gold = args.work_dir / "dev.txt"
    if args.sweep:
        for min_weight in map(float, args.sweep.split(",")):
            counts = prune(raw_dir, args.work_dir / "sweep", min_weight)
            nlp = build_nlp(args.work_dir / "sweep")
            nlp.tokenizer.pkuseg_update_user_dict([], reset=True)
            f1 = score_file(nlp, dev_gold)[2]
            log.info("min weight %g: %s features, %.1f MB, dev F1 %.4f",
                     min_weight, counts["features"]["kept"], _model_mb(args.work_dir / "sweep"), f1)
        return
    model_dir = args.work_dir / "model"
    provenance.update(iterations=args.iterations, min_weight=args.min_weight, pruned=prune(raw_dir, model_dir, args.min_weight))
    provenance["model_mb"] = _model_mb(model_dir)
    nlp = build_nlp(model_dir)
    nlp.tokenizer.pkuseg_update_user_dict([], reset=True)
    provenance["dev_f1"] = score_file(nlp, dev_gold)[2]
    pipeline_dir = assemble(model_dir)
    from zhqx.loading import _load_from

    gold_path = require(shared_dir() / HELDOUT_GOLD)
    p, r, f1 = score_file(_load_from(pipeline_dir), gold_path)
    provenance["heldout"] = {"p": p, "r": r, "f1": f1, "sha256": sha256(gold_path)}
    write_sources(provenance)
    (args.work_dir / "provenance.json").write_text(json.dumps(provenance, indent=2, ensure_ascii=False))
    log.info("pipeline in %s; dev F1 %.4f, held-out PKU F1 %.4f; %s", pipeline_dir, provenance["dev_f1"], f1, SOURCES_MD)


if __name__ == "__main__":
    main()
