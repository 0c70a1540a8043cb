"""BBC News articles with extractive summaries (sentences copied verbatim, reordered).

Gold alignment: each summary line is found verbatim in the article; a summary sentence and an
article sentence are a gold pair when they overlap the same line. Gold omissions: the article's
prose sentences that no summary line covers. The copy is audited as a plain derived text (not
``summary=True``), so omissions keep their natural severity. All 100 pairs are test rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..findings import Severity
from . import Item
from ._text import read_any
from .runner import Outcome, Row

CLASS_TYPES: dict[str, tuple[str, ...]] = {}
ANCHORS: dict[str, str] = {}


def load(data: Path) -> list[Item]:
    items = []
    for art in sorted((data / "article").glob("*/*.txt")):
        summ = data / "summary" / art.parent.name / art.name
        if not summ.is_file():
            continue
        lines = [ln.strip() for ln in read_any(summ).splitlines() if ln.strip()]
        items.append(Item(id=f"{art.parent.name}/{art.stem}", source=read_any(art), copy="\n".join(lines), group=art.parent.name))
    return items


def _ranges(text: str, lines: Sequence[str]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for ln in lines:
        k = text.find(ln, pos)
        if k < 0:
            k = text.find(ln)
        out.append((k, k + len(ln)) if k >= 0 else (-1, -1))
        pos = max(pos, k + len(ln)) if k >= 0 else pos
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(outcomes: Sequence[Outcome], *, bench, threshold, class_types, anchors) -> list[Row]:  # type: ignore[no-untyped-def]
    tp = fp = fn = 0
    om_gold = om_found = om_hit = 0
    for o in outcomes:
        rep = o.report
        lines = o.item.copy.split("\n")
        copy_ranges, src_ranges = [], []
        pos = 0
        for ln in lines:
            copy_ranges.append((pos, pos + len(ln)))
            pos += len(ln) + 1
        src_ranges = _ranges(o.item.source, lines)
        gold: set[tuple[int, int]] = set()
        for cr, sr in zip(copy_ranges, src_ranges, strict=True):
            if sr[0] < 0:
                continue
            js = [s.index for s in rep.copy.sentences if _overlap((s.start, s.end), cr)]
            is_ = [s.index for s in rep.source.sentences if _overlap((s.start, s.end), sr)]
            gold |= {(j, i) for j in js for i in is_}
        pred = {(j, i) for link in rep.alignment.links for j in link.copy for i in link.source}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        covered = [sr for sr in src_ranges if sr[0] >= 0]
        prose = [s for s in rep.source.sentences if s.kind == "sentence"]
        omitted = {s.index for s in prose if not any(_overlap((s.start, s.end), r) for r in covered)}
        flagged = {
            s.index
            for f in rep.findings
            if f.type == "omission" and f.severity >= Severity.MINOR and f.source is not None
            for s in prose
            if _overlap((s.start, s.end), (f.source.start, f.source.end))
        }
        om_gold += len(omitted)
        om_found += len(flagged)
        om_hit += len(omitted & flagged)
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp else 0.0
    return [
        Row("alignment F1 (sentence pairs)", f, len(outcomes)),
        Row("  alignment precision", p, tp + fp),
        Row("  alignment recall", r, tp + fn),
        Row("omission recall (dropped prose sentences flagged ≥ minor)", om_hit / om_gold if om_gold else float("nan"), om_gold),
        Row("omission precision (flagged sentences really dropped)", om_hit / om_found if om_found else float("nan"), om_found),
    ]
