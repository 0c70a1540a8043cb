"""``synth``: labelled distortions (``factdiff.synth.distort``) of the BBC benchmark articles.

Article ``k`` (files in sorted order) is distorted with ``seed=k`` and the default rates, so the
set is fixed. A planted change counts as **detected** when the report has a finding at or above
minor of one of the types in :data:`ACCEPT` for its kind whose span overlaps the change (copy
side, or source side for drops). A meaning-preserving **noise** edit counts as a **false alarm**
when any finding at or above minor overlaps it. **Unexplained** findings overlap no planted change.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import MappingProxyType

from ..document import Span
from ..findings import Finding, Severity
from ..synth import FACT_KINDS, NOISE_KINDS, Expected, distort
from . import Item
from ._text import read_any
from .runner import Outcome, Row

#: kind -> finding types that count as detecting it
ACCEPT: dict[str, tuple[str, ...]] = {
    "figure_change": ("number",),
    "scale_error": ("number",),
    "date_change": ("date",),
    "entity_swap": ("entity",),
    "misspelling": ("entity",),
    "negation_removed": ("polarity",),
    "negation_added": ("polarity",),
    "antonym": ("polarity", "meaning"),
    "modality_change": ("meaning", "polarity"),
    "stage_change": ("meaning",),
    "quote_reworded": ("quote",),
    "speaker_swap": ("attribution", "entity"),
    "sentence_dropped": ("omission",),
    "sentence_inserted": ("addition",),
}
CLASS_TYPES: dict[str, tuple[str, ...]] = {}
ANCHORS: dict[str, str] = {}


def load(data: Path) -> list[Item]:
    items = []
    for k, art in enumerate(sorted((data / "article").glob("*/*.txt"))):
        s = distort(read_any(art), seed=k)
        items.append(
            Item(
                id=f"{art.parent.name}/{art.stem}",
                source=s.source,
                copy=s.copy,
                classes=tuple(sorted({e.kind for e in s.expected})),
                extra=MappingProxyType({"expected": s.expected}),
            )
        )
    return items


def _hits(f: Finding, e: Expected) -> bool:
    def ov(a: Span | None, b: Span | None) -> bool:
        return a is not None and b is not None and a.start < b.end and b.start < a.end

    return ov(f.copy, e.copy) or ov(f.source, e.source)


def evaluate(outcomes: Sequence[Outcome], *, bench, threshold, class_types, anchors) -> list[Row]:  # type: ignore[no-untyped-def]
    planted: dict[str, list[bool]] = {}
    unexplained = 0
    pairs_with = 0
    for o in outcomes:
        expected: tuple[Expected, ...] = o.item.extra["expected"]
        found = [f for f in o.report.findings if f.severity >= Severity.MINOR]
        for e in expected:
            if e.should_flag:
                ok = any(f.type in ACCEPT[e.kind] and _hits(f, e) for f in found)
            else:
                ok = any(_hits(f, e) for f in found)
            planted.setdefault(e.kind, []).append(ok)
        extra = [f for f in found if not any(_hits(f, e) for e in expected)]
        unexplained += len(extra)
        pairs_with += bool(extra)
    rows: list[Row] = []
    fact = [k for k in (*FACT_KINDS, "sentence_dropped", "sentence_inserted") if k in planted]
    all_fact = [x for k in fact for x in planted[k]]
    if all_fact:
        rows.append(Row("recall, all planted fact changes", sum(all_fact) / len(all_fact), len(all_fact)))
    for k in fact:
        rows.append(Row(f"  recall {k} (as {'/'.join(ACCEPT[k])})", sum(planted[k]) / len(planted[k]), len(planted[k])))
    noise = [k for k in NOISE_KINDS if k in planted]
    all_noise = [x for k in noise for x in planted[k]]
    if all_noise:
        rows.append(Row("false alarms, all meaning-preserving noise", sum(all_noise) / len(all_noise), len(all_noise)))
    for k in noise:
        rows.append(Row(f"  false alarms {k}", sum(planted[k]) / len(planted[k]), len(planted[k])))
    if outcomes:
        rows.append(Row("unexplained findings ≥ minor per pair", unexplained / len(outcomes), len(outcomes), fmt="float"))
        rows.append(Row("  pairs with an unexplained finding", pairs_with / len(outcomes), len(outcomes)))
    return rows
