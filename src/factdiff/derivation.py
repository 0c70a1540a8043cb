"""The derivation verdict: does the copy derive from the source, and how much of it does it carry?"""

from __future__ import annotations

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
    """
    prose_src = [s.index for s in source.sentences if s.kind == "sentence"] or [s.index for s in source.sentences]
    prose_cop = [s.index for s in copy.sentences if s.kind == "sentence"] or [s.index for s in copy.sentences]
    if not prose_src or not prose_cop:
        return Derivation(False, 0.0, 0.0)
    support_of = np.zeros(alignment.copy_count, dtype=np.float32)
    for link in alignment.links:
        for j in link.copy:
            semantic = (float(alignment.matrix[j, list(link.source)].max()) - SUPPORT_LOW) / (SUPPORT_HIGH - SUPPORT_LOW)
            lexical = (containment(copy, [j], source, link.source) - LEXICAL_LOW) / (LEXICAL_HIGH - LEXICAL_LOW)
            support_of[j] = max(support_of[j], semantic, lexical)
    support = np.clip(support_of[prose_cop], 0.0, 1.0)
    score = float(support.mean())
    aligned = alignment.aligned_source
    coverage = sum(1 for i in prose_src if i in aligned) / len(prose_src)
    return Derivation(score >= threshold, score, coverage)
