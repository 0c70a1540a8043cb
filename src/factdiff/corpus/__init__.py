"""Corpus mode: index original articles and find their derived copies in a stream of documents.

See :class:`factdiff.corpus.index.Index` (also ``factdiff.Index``) and ``docs/corpus.md``.
"""

from __future__ import annotations

from .index import Candidate, Index, Match
from .store import AddResult, Original

__all__ = ["AddResult", "Candidate", "Index", "Match", "Original"]
