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


def _accuracy_curve(y: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every candidate threshold (midpoints between consecutive distinct scores, plus one below
    and one above them all) and the balanced accuracy of ``score >= t`` at each, in one pass."""
    uniq, inverse = np.unique(s, return_inverse=True)
    cands = np.concatenate([[uniq[0] - 1e-6], (uniq[:-1] + uniq[1:]) / 2, [uniq[-1] + 1e-6]])
    pos = np.bincount(inverse, weights=(y == 1), minlength=len(uniq))
    neg = np.bincount(inverse, weights=(y == 0), minlength=len(uniq))
    # candidate k predicts 1 for the distinct scores uniq[k:]: positives at or above, negatives below
    pos_above = np.concatenate([np.cumsum(pos[::-1])[::-1], [0.0]])
    neg_below = np.concatenate([[0.0], np.cumsum(neg)])
    return cands, 0.5 * (pos_above / pos.sum() + neg_below / neg.sum())


def best_threshold(labels: Sequence[int], scores: Sequence[float]) -> tuple[float, float]:
    """The threshold ``t`` (predict 1 when ``score >= t``) that maximises balanced accuracy, and
    that accuracy. Candidates are midpoints between consecutive distinct scores; ties go to the
    candidate nearest the median score, so the choice is stable."""
    y = np.asarray(labels, dtype=int)
    s = np.asarray(scores, dtype=np.float64)
    uniq = np.unique(s)
    if len(uniq) == 1 or not (y == 1).any() or not (y == 0).any():
        return float(uniq[0]) if len(uniq) else 0.5, float("nan")
    cands, acc = _accuracy_curve(y, s)
    top = np.flatnonzero(np.round(acc, 12) == np.round(acc.max(), 12))
    k = int(top[np.argmin(np.abs(cands[top] - float(np.median(s))))])
    return round(float(cands[k]), 4), float(acc[k])


def bagged_threshold(
    labels: Sequence[int], scores: Sequence[float], *, rounds: int = 200, seed: int = 0
) -> tuple[float, float]:
    """The median of :func:`best_threshold` over ``rounds`` bootstrap resamples of the rows, and
    the balanced accuracy of the full rows at that threshold.

    The argmax of balanced accuracy jumps between distant thresholds when the curve is flat near
    its top: a few dev rows more or less moved FRANK's from 0.24 to 0.56. Bagging it (Breiman's
    bootstrap aggregation, here of a one-split rule) gives the threshold the resamples agree on.
    """
    y = np.asarray(labels, dtype=int)
    s = np.asarray(scores, dtype=np.float64)
    if len(np.unique(s)) <= 1 or not (y == 1).any() or not (y == 0).any():
        return best_threshold(labels, scores)
    rng = np.random.default_rng(seed)
    picks = []
    for _ in range(rounds):
        idx = rng.integers(0, len(y), len(y))
        if (y[idx] == 1).any() and (y[idx] == 0).any():
            picks.append(best_threshold(y[idx], s[idx])[0])
    t = round(float(np.median(picks)), 4)
    return t, balanced_accuracy(y, (s >= t).astype(int))
