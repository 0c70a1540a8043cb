"""Can a classifier over MiniLM word embeddings find antonyms that the lexicon lacks?

    python tools/probe_learned_antonyms.py [--seed 0]

The experiment behind the "learned check" paragraph of docs/meaning.md. It trains a logistic
regression on pairs of words or phrases, embedded one by one with the shipped MiniLM encoder:

* positives: WordNet's direct and derived antonym pairs (``data/antonyms.tsv``) and the news pairs
  of :data:`factdiff.lexicon.NEWS_ANTONYMS`;
* negatives: pairs from one WordNet synset or one news synonym class (``data/synonyms.tsv``,
  :data:`factdiff.lexicon.CLASSES`), and as many random pairs of lexicon words.

Features: the element-wise product and absolute difference of the two vectors, their cosine, and
VADER valence features. Pairs are held out by word (no test word occurs in a training pair), and
the script prints the held-out ROC AUC, the precision and recall at several cut-offs, and the
probability it gives to pairs from real edits (SummEdits evaluation-split style, written here).
Nothing is written to the package: the result decided against shipping such a model.
"""

from __future__ import annotations

import argparse
import random
import sys
import zlib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factdiff import lexicon as lx  # noqa: E402
from factdiff.benchmarks.metrics import roc_auc  # noqa: E402
from factdiff.embed import get_embedder  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "src" / "factdiff" / "data"

#: (source phrase, copy phrase, is it a reversal?) — edits of the kinds SummEdits holds
PROBES = [
    ("invasion", "peaceful resolution", True), ("emerged stronger", "slowed down", True),
    ("prop up", "sell", True), ("highlight", "ignore", True), ("earnings", "losses", True),
    ("welcomed", "criticised", True), ("won", "lost", True), ("easy", "hard", True), ("guilty", "innocent", True),
    ("decline", "drop", False), ("invasion", "seizure", False), ("fraud", "deception", False),
    ("rise", "increase", False), ("said", "stated", False), ("the company", "the firm", False),
    ("Monday", "Tuesday", False), ("American", "Englishman", False), ("yellow", "pink", False),
]


def pairs(rng: random.Random) -> list[tuple[str, str, int]]:
    pos: list[tuple[str, str]] = []
    for line in (DATA / "antonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            a, b, _pos, how = line.split("\t")
            if how in ("direct", "derived"):
                pos.append((a, b))
    pos += list(lx.NEWS_ANTONYMS)
    neg: list[tuple[str, str]] = []
    vocab: set[str] = set()
    for line in (DATA / "synonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ws = line.split("\t")[1].split("|")
            vocab.update(ws)
            neg += [(ws[i], ws[j]) for i in range(len(ws)) for j in range(i + 1, min(len(ws), i + 4))]
    for words in lx.CLASSES.values():
        ws = sorted(words)
        neg += list(zip(ws, ws[1:], strict=False))
    vocab |= {w for p in pos for w in p}
    pool = sorted(vocab)
    neg += [(rng.choice(pool), rng.choice(pool)) for _ in range(len(pos))]
    return [(a, b, 1) for a, b in pos] + [(a, b, 0) for a, b in neg]


def features(a: str, b: str, ea: np.ndarray, eb: np.ndarray) -> np.ndarray:
    va, vb = lx.valence(a, *a.split()[-1:]), lx.valence(b, *b.split()[-1:])
    extra = [va * vb / 4, abs(va - vb) / 4, float(va * vb < 0), float(ea @ eb)]
    return np.concatenate([ea * eb, np.abs(ea - eb), extra])


def train(x: np.ndarray, y: np.ndarray, steps: int = 1500, lr: float = 0.05, l2: float = 1e-3) -> np.ndarray:
    """Logistic regression by Adam on standardised features; returns [weights..., bias]."""
    w = np.zeros(x.shape[1] + 1)
    xb = np.hstack([x, np.ones((len(x), 1))])
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    for it in range(1, steps + 1):
        p = 1 / (1 + np.exp(-(xb @ w)))
        g = xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0.0]
        m1 = 0.9 * m1 + 0.1 * g
        m2 = 0.999 * m2 + 0.001 * g * g
        w -= lr * (m1 / (1 - 0.9**it)) / (np.sqrt(m2 / (1 - 0.999**it)) + 1e-8)
    return w


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    data = pairs(random.Random(args.seed))
    words = sorted({w for a, b, _ in data for w in (a, b)} | {w for a, b, _ in PROBES for w in (a, b)})
    emb = get_embedder()
    vec = dict(zip(words, emb.encode(words), strict=True))
    x = np.stack([features(a, b, vec[a], vec[b]) for a, b, _ in data])
    y = np.array([lab for *_, lab in data], dtype=float)
    bucket = np.array([zlib.crc32(min(a, b).encode()) % 10 for a, b, _ in data])
    train_rows = bucket >= 2
    seen = {w for (a, b, _), keep in zip(data, train_rows, strict=True) if keep for w in (a, b)}
    test_rows = ~train_rows & np.array([a not in seen and b not in seen for a, b, _ in data])
    mu, sd = x[train_rows].mean(0), x[train_rows].std(0) + 1e-6
    w = train((x[train_rows] - mu) / sd, y[train_rows])

    def prob(rows: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-(((rows - mu) / sd) @ w[:-1] + w[-1])))

    p = prob(x[test_rows])
    yt = y[test_rows]
    print(f"{len(data)} pairs ({int(y.sum())} antonym); {int(train_rows.sum())} train, {int(test_rows.sum())} held out "
          f"(words never seen in training; {yt.mean():.2f} antonym)")
    print(f"held-out ROC AUC {roc_auc(yt.astype(int).tolist(), p.tolist()):.3f}")
    for cut in (0.5, 0.7, 0.8, 0.9):
        hit = p >= cut
        prec = yt[hit].mean() if hit.any() else float("nan")
        print(f"  p >= {cut}: precision {prec:.3f}  recall {hit[yt == 1].mean():.3f}")
    known = {frozenset((a, b)) for a, b, _ in data}
    print("edits of the kinds SummEdits holds (p, pair, truly a reversal?):")
    for a, b, flip in PROBES:
        note = "  (a training pair)" if frozenset((a, b)) in known else ""
        print(f"  {prob(features(a, b, vec[a], vec[b])[None])[0]:.2f}  {a} / {b}  "
              f"{'reversal' if flip else 'not a reversal'}{note}")


if __name__ == "__main__":
    main()
