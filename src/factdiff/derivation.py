"""The derivation verdict: does the copy derive from the source, and how much of it does it carry?"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .align import Alignment, containment
from .document import Document

#: a linked copy sentence's support grows from 0 to 1 as its similarity to its source goes from
#: SUPPORT_LOW to SUPPORT_HIGH, or as the share of its content words found there goes from
#: LEXICAL_LOW to LEXICAL_HIGH, whichever is higher
SUPPORT_LOW, SUPPORT_HIGH = 0.45, 0.85
LEXICAL_LOW, LEXICAL_HIGH = 0.3, 0.8
DERIVED_THRESHOLD = 0.5

#: order: a copy sentence whose link continues the source's order (the next link on the longest
#: order-keeping chain is 1..ORDER_STEP source sentences further on, or the previous one that
#: much before) is read with the lower ORDERED_* ranges, when at least ORDER_MIN_RUN sentences and
#: ORDER_MIN_SHARE of the copy's prose sentences are such
ORDER_STEP = 2
ORDER_MIN_RUN, ORDER_MIN_SHARE = 3, 0.3
ORDERED_LOW, ORDERED_HIGH = 0.25, 0.6
ORDERED_LEXICAL_LOW, ORDERED_LEXICAL_HIGH = 0.15, 0.5
#: a link off the order-keeping chain counts DISORDER_WEIGHT of its support (with at least
#: DISORDER_MIN_LINKS links: too few links have no order to break)
DISORDER_WEIGHT, DISORDER_MIN_LINKS = 0.75, 4


@dataclass(frozen=True, slots=True)
class Derivation:
    """``score`` in [0, 1]: how strongly the copy derives from the source; ``coverage``: the share
    of the source's content sentences that the copy carries."""

    derived: bool
    score: float
    coverage: float

    def to_dict(self) -> dict[str, object]:
        return {"derived": self.derived, "score": round(self.score, 4), "coverage": round(self.coverage, 4)}


def derive(source: Document, copy: Document, alignment: Alignment, *, threshold: float = DERIVED_THRESHOLD) -> Derivation:
    """Score = mean, over the copy's prose sentences, of how well each is supported.

    A copy sentence's support is 0 when it is not linked; otherwise the higher of its link
    similarity mapped from ``SUPPORT_LOW..SUPPORT_HIGH`` onto ``0..1`` and its content-word
    containment in the linked source sentences mapped from ``LEXICAL_LOW..LEXICAL_HIGH``. Two articles on the same topic share some
    similar sentences but few strong links, so their score stays low; a spun copy or a summary
    has most of its sentences strongly linked.

    Order is the second witness. A copy made from the source keeps its order: its links form a
    long chain that walks through the source a sentence or two at a time, even where heavy
    rewording has pushed each link's similarity down. Two independent texts on one topic link
    sentences in no particular order, several to the same source sentence or far apart. So links
    in such ordered runs (see :func:`ordered_runs`) are read with lower bars
    (``ORDERED_LOW..ORDERED_HIGH``, ``ORDERED_LEXICAL_LOW..ORDERED_LEXICAL_HIGH``), and links that
    break the order count ``DISORDER_WEIGHT`` of their support.
    """
    prose_src = [s.index for s in source.sentences if s.kind == "sentence"] or [s.index for s in source.sentences]
    prose_cop = [s.index for s in copy.sentences if s.kind == "sentence"] or [s.index for s in copy.sentences]
    if not prose_src or not prose_cop:
        return Derivation(False, 0.0, 0.0)
    semantic = np.zeros(alignment.copy_count, dtype=np.float32)
    lexical = np.zeros(alignment.copy_count, dtype=np.float32)
    source_of: dict[int, int] = {}
    for link in alignment.links:
        for j in link.copy:
            semantic[j] = max(semantic[j], float(alignment.matrix[j, list(link.source)].max()))
            lexical[j] = max(lexical[j], containment(copy, [j], source, link.source))
            source_of[j] = min(source_of.get(j, min(link.source)), min(link.source))
    support_of = np.maximum(_ramp(semantic, SUPPORT_LOW, SUPPORT_HIGH), _ramp(lexical, LEXICAL_LOW, LEXICAL_HIGH))
    pairs = [(j, source_of[j]) for j in prose_cop if j in source_of]
    ordered = ordered_runs(pairs)
    if len(ordered) >= max(ORDER_MIN_RUN, ORDER_MIN_SHARE * len(prose_cop)):
        at = sorted(ordered)
        support_of[at] = np.maximum.reduce(
            [support_of[at], _ramp(semantic[at], ORDERED_LOW, ORDERED_HIGH), _ramp(lexical[at], ORDERED_LEXICAL_LOW, ORDERED_LEXICAL_HIGH)]
        )
    if len(pairs) >= DISORDER_MIN_LINKS:
        chain = order_chain(pairs, strict=False)
        off = [j for j, _ in pairs if j not in chain]
        support_of[off] *= DISORDER_WEIGHT
    linked = np.zeros(alignment.copy_count, dtype=bool)
    linked[list(source_of)] = True
    support = np.where(linked, support_of, 0.0)[prose_cop]
    score = float(support.mean())
    aligned = alignment.aligned_source
    coverage = sum(1 for i in prose_src if i in aligned) / len(prose_src)
    return Derivation(score >= threshold, score, coverage)


def _ramp(x: np.ndarray, low: float, high: float) -> np.ndarray:
    return np.clip((x - low) / (high - low), 0.0, 1.0)


def order_chain(pairs: Sequence[tuple[int, int]], *, strict: bool = True) -> set[int]:
    """The copy indices on a longest chain of ``(copy index, source index)`` links (sorted by copy
    index) whose source indices increase (``strict``) or never decrease."""
    tails: list[int] = []  # tails[n]: least source index ending a chain of n + 1 links
    ends: list[int] = []  # the link ending it
    before: list[int | None] = []
    find = bisect.bisect_left if strict else bisect.bisect_right
    for k, (_, i) in enumerate(pairs):
        n = find(tails, i)
        if n == len(tails):
            tails.append(i)
            ends.append(k)
        else:
            tails[n], ends[n] = i, k
        before.append(ends[n - 1] if n else None)
    out: set[int] = set()
    k = ends[-1] if ends else None
    while k is not None:
        out.add(pairs[k][0])
        k = before[k]
    return out


def ordered_runs(pairs: Sequence[tuple[int, int]], step: int = ORDER_STEP) -> set[int]:
    """The copy indices on the longest strictly order-keeping chain of links whose neighbour on
    the chain is 1..``step`` source sentences away: stretches of the copy that walk through the
    source in order."""
    chain = sorted((j, i) for j, i in pairs if j in order_chain(pairs))
    out: set[int] = set()
    for (j0, i0), (j1, i1) in zip(chain, chain[1:], strict=False):
        if 1 <= i1 - i0 <= step:
            out.update((j0, j1))
    return out
