"""factdiff: a diff for facts.

>>> import factdiff
>>> report = factdiff.compare(source_text, copy_text)
>>> report.derivation.derived, [f.type for f in report.findings]
"""

from __future__ import annotations

from .align import Alignment, Link
from .compare import compare
from .derivation import Derivation
from .document import Document, Sentence, Span
from .embed import Embedder, MiniLMEmbedder
from .errors import FactdiffError, InputError
from .findings import FINDING_TYPES, Finding, Severity
from .report import SCHEMA, Report

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """``factdiff.Index`` is imported on first use, so ``import factdiff`` stays fast."""
    if name == "Index":
        from .corpus import Index

        return Index
    raise AttributeError(f"module 'factdiff' has no attribute {name!r}")


__all__ = [
    "FINDING_TYPES",
    "SCHEMA",
    "Alignment",
    "Derivation",
    "Document",
    "Embedder",
    "FactdiffError",
    "Finding",
    "Index",
    "InputError",
    "Link",
    "MiniLMEmbedder",
    "Report",
    "Sentence",
    "Severity",
    "Span",
    "__version__",
    "compare",
]
