"""Word-level precision, recall and F1 of a segmentation against gold words (SIGHAN scoring)."""


def _spans(words: list[str]) -> set[tuple[int, int]]:
    spans, start = set(), 0
    for word in words:
        spans.add((start, start + len(word)))
        start += len(word)
    return spans


def word_prf(gold: list[list[str]], predicted: list[list[str]]) -> tuple[float, float, float]:
    """Precision, recall, F1 over words, each sentence's words given as lists (whitespace excluded)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    hits = n_gold = n_pred = 0
    for gold_words, pred_words in zip(gold, predicted):
        if "".join(gold_words) != "".join(pred_words):
            raise ValueError(f"prediction does not cover the gold text: {''.join(gold_words)[:40]!r}")
        gold_spans, pred_spans = _spans(gold_words), _spans(pred_words)
        hits += len(gold_spans & pred_spans)
        n_gold += len(gold_spans)
        n_pred += len(pred_spans)
    precision, recall = hits / n_pred, hits / n_gold
    return precision, recall, 2 * precision * recall / (precision + recall)
