"""Addition: copy sentences with no support in the source, grouped into contiguous runs."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..findings import Finding
from ._runs import runs, weight


def detect(ctx: Context) -> Iterator[Finding]:
    al = ctx.alignment
    for run in runs(al.unaligned_copy, ctx.copy):
        sents = [ctx.copy.sentences[j] for j in run]
        severity = weight(ctx.copy, sents, derived=ctx.derivation is None or ctx.derivation.derived)
        best = float(al.best_source[run].max()) if al.source_count else 0.0
        n = len(sents)
        what = "sentence" if n == 1 else f"{n} sentences"
        yield Finding(
            type="addition",
            severity=severity,
            message=f"added {what} with no support in the source (closest similarity {best:.2f})",
            confidence=round(max(0.0, min(1.0, 1.0 - best)), 3),
            source=None,
            copy=ctx.copy.span(sents[0].start, sents[-1].end),
        )
