"""Plain numpy metrics: balanced accuracy, ROC AUC, Spearman, F1, and the dev threshold search."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def balanced_accuracy(labels: Sequence[int], predictions: Sequence[int]) -> float:
    """Mean of the recall on positives and the recall on negatives (NaN when a class is absent)."""
    y = np.asarray(labels, dtype=int)
    p = np.asarray(predictions, dtype=int)
    pos, neg = y == 1, y == 0
    if not pos.any() or not neg.any():
        return float("nan")
    return float(0.5 * ((p[pos] == 1).mean() + (p[neg] == 0).mean()))


def _ranks(x: np.ndarray) -> np.ndarray:
    """Average ranks (1-based), ties sharing their mean rank."""
    order = np.argsort(x, kind="mergesort")
    ranks = np.empty(len(x), dtype=np.float64)
    sx = x[order]
    i = 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and sx[j + 1] == sx[i]:
            j += 1
        ranks[order[i : j + 1]] = 0.5 * (i + j) + 1.0
        i = j + 1
    return ranks


def roc_auc(labels: Sequence[int], scores: Sequence[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    y = np.asarray(labels, dtype=int)
    s = np.asarray(scores, dtype=np.float64)
    n_pos, n_neg = int((y == 1).sum()), int((y == 0).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    r = _ranks(s)
    return float((r[y == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    a, b = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if len(a) < 3:
        return float("nan")
    ra, rb = _ranks(a), _ranks(b)
    if ra.std() == 0 or rb.std() == 0:
        return float("nan")
    return float(np.corrcoef(ra, rb)[0, 1])


def f1(labels: Sequence[int], predictions: Sequence[int], positive: int = 1) -> float:
    y = np.asarray(labels, dtype=int)
    p = np.asarray(predictions, dtype=int)
    tp = int(((p == positive) & (y == positive)).sum())
    fp = int(((p == positive) & (y != positive)).sum())
    fn = int(((p != positive) & (y == positive)).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def best_threshold(labels: Sequence[int], scores: Sequence[float]) -> tuple[float, float]:
    """The threshold ``t`` (predict 1 when ``score >= t``) that maximises balanced accuracy, and
    that accuracy. Candidates are midpoints between consecutive distinct scores; ties go to the
    candidate nearest the median score, so the choice is stable."""
    y = np.asarray(labels, dtype=int)
    s = np.asarray(scores, dtype=np.float64)
    uniq = np.unique(s)
    if len(uniq) == 1 or not (y == 1).any() or not (y == 0).any():
        return float(uniq[0]) if len(uniq) else 0.5, float("nan")
    cands = np.concatenate([[uniq[0] - 1e-6], (uniq[:-1] + uniq[1:]) / 2, [uniq[-1] + 1e-6]])
    med = float(np.median(s))
    best = (-1.0, 0.0, 0.0)
    for t in cands:
        acc = balanced_accuracy(y, (s >= t).astype(int))
        key = (round(acc, 12), -abs(t - med))
        if key > (round(best[0], 12), -abs(best[1] - med)):
            best = (acc, float(t), 0.0)
    return round(best[1], 4), best[0]
