"""Omission: source sentences that no copy sentence carries, grouped into contiguous runs."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..findings import Finding, Severity
from ._runs import runs, weight


def detect(ctx: Context) -> Iterator[Finding]:
    al = ctx.alignment
    for run in runs(al.unaligned_source, ctx.source):
        sents = [ctx.source.sentences[i] for i in run]
        severity = weight(ctx.source, sents, derived=ctx.derivation is None or ctx.derivation.derived)
        if ctx.options.get("summary") and severity > Severity.MINOR:
            # a summary is expected to drop detail: report, but do not alarm
            severity = Severity.MINOR
        best = float(al.matrix[:, run].max()) if al.copy_count else 0.0
        n = len(sents)
        what = "sentence" if n == 1 else f"{n} sentences"
        kinds = {s.kind for s in sents}
        label = f"{what} (heading, byline or caption)" if kinds <= {"heading", "line", "caption"} else what
        yield Finding(
            type="omission",
            severity=severity,
            message=f"dropped {label}: no counterpart in the copy (closest similarity {best:.2f})",
            confidence=round(max(0.0, min(1.0, 1.0 - best)), 3),
            source=ctx.source.span(sents[0].start, sents[-1].end),
            copy=None,
        )
