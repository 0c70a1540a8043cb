"""Run one benchmark through ``compare()`` and turn the reports into table rows."""

from __future__ import annotations

import math
import random
import resource
import sys
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from .. import scoring
from ..compare import compare
from ..document import Document
from ..findings import Finding, Severity
from ..report import Report
from . import Benchmark, Item, Unavailable, get, locate
from .metrics import bagged_threshold, balanced_accuracy, roc_auc, spearman


@dataclass
class Outcome:
    item: Item
    report: Report
    score: float


@dataclass
class Row:
    """One line of a benchmark table: ``value`` is a fraction (printed as a percentage) unless
    ``fmt`` says otherwise."""

    metric: str
    value: float | str
    n: int | None = None
    anchor: str = ""
    fmt: str = "pct"  # pct | float | int | text

    def shown(self) -> str:
        v = self.value
        if isinstance(v, str):
            return v
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return "n/a"
        if self.fmt == "pct":
            return f"{100 * v:.1f}"
        if self.fmt == "int":
            return f"{int(v)}"
        return f"{v:.3f}" if self.fmt == "float" else f"{v:.1f}"


@dataclass
class Result:
    bench: Benchmark
    rows: list[Row]
    pairs: int
    seconds: float
    peak_mb: float
    note: str = ""
    threshold: float | None = None
    outcomes: list[Outcome] = field(default_factory=list, repr=False)
    cpu_seconds: float = 0.0

    @property
    def pairs_per_s(self) -> float:
        return self.pairs / self.seconds if self.seconds > 0 else float("nan")

    @property
    def pairs_per_cpu_s(self) -> float:
        return self.pairs / self.cpu_seconds if self.cpu_seconds > 0 else float("nan")


def loader(bench: Benchmark) -> Any:
    return import_module(f"{__package__}.{bench.module}")


def load_items(bench: Benchmark, data: str | Path | None = None) -> list[Item]:
    return list(loader(bench).load(locate(bench, data), **dict(bench.options)))


def select(items: Sequence[Item], split: str, limit: int | None, seed: int, *, by_source: bool = True) -> tuple[list[Item], str]:
    """Items of ``split`` ("dev", "test" or "all"), subsampled to ``limit`` with ``seed``.

    Sampling is by source document: the distinct sources are shuffled with
    ``random.Random(seed)`` and taken whole (every copy of each) until ``limit`` rows are reached;
    the last source's copies are cut at random to hit ``limit`` exactly. Parsing and embedding a
    long source is most of the cost, so this keeps the run short while every row stays a real row
    of the set. With ``by_source=False`` rows are drawn one by one instead (more sources, slower).
    The same arguments always yield the same rows, in file order."""
    pool = [it for it in items if split == "all" or it.split == split]
    note = f"{split}: {len(pool)} rows"
    if limit is not None and 0 < limit < len(pool) and not by_source:
        keep_rows = set(random.Random(seed).sample(range(len(pool)), limit))
        pool = [it for k, it in enumerate(pool) if k in keep_rows]
        note += f", random sample of {limit} rows (seed {seed})"
    elif limit is not None and 0 < limit < len(pool):
        rng = random.Random(seed)
        groups: dict[str, list[int]] = {}
        for k, it in enumerate(pool):
            groups.setdefault(it.source, []).append(k)
        order = list(groups.values())
        rng.shuffle(order)
        keep: list[int] = []
        for members in order:
            room = limit - len(keep)
            if room <= 0:
                break
            keep += members if len(members) <= room else rng.sample(members, room)
        chosen = set(keep)
        n_src = sum(1 for members in order if chosen & set(members))
        pool = [it for k, it in enumerate(pool) if k in chosen]
        note += f", sample of {limit} rows from {n_src} random sources (seed {seed})"
    return pool, note


class _DocCache:
    """Parse each distinct source once (benchmarks pair one article with many summaries)."""

    def __init__(self, size: int = 48) -> None:
        self._docs: OrderedDict[str, Document] = OrderedDict()
        self._size = size

    def get(self, text: str) -> Document:
        doc = self._docs.get(text)
        if doc is None:
            doc = Document.from_text(text, name="source")
            self._docs[text] = doc
            while len(self._docs) > self._size:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(text)
        return doc


def audit(
    items: Sequence[Item],
    *,
    summary: bool,
    detectors: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    errors: list[str] | None = None,
) -> tuple[list[Outcome], float, float]:
    """``compare()`` every item (sources parsed once each); returns the outcomes, the wall-clock
    seconds and the CPU seconds (all threads of this process) spent. With an ``errors`` list, a
    row whose ``compare()`` raises is skipped and its error appended; without one it raises."""
    cache = _DocCache()
    order = sorted(range(len(items)), key=lambda k: (items[k].source, k))  # same source back to back
    out: list[Outcome | None] = [None] * len(items)
    t0, c0 = time.perf_counter(), time.process_time()
    for done, k in enumerate(order, 1):
        it = items[k]
        try:
            report = compare(cache.get(it.source), it.copy, detectors=detectors, summary=summary)
        except Exception as e:  # one bad row (or detector bug) must not sink the whole set
            if errors is None:
                raise
            errors.append(f"{it.id}: {type(e).__name__}: {e}")
            continue
        out[k] = Outcome(it, report, scoring.consistency_score(report, summary=summary))
        if progress:
            progress(done, len(items))
    return [o for o in out if o is not None], time.perf_counter() - t0, time.process_time() - c0


def peak_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def run(
    name: str,
    *,
    data: str | Path | None = None,
    limit: int | None = None,
    seed: int = 0,
    split: str = "test",
    threshold: float | None = None,
    tune: bool = False,
    detectors: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Result:
    """Run benchmark ``name`` and return its rows.

    ``threshold`` overrides the decision threshold; ``tune=True`` chooses it now on the dev
    split (same ``limit`` and ``seed``) instead of taking :data:`factdiff.scoring.THRESHOLDS`.
    """
    bench = get(name)
    mod = loader(bench)
    try:
        all_items = load_items(bench, data)
    except Unavailable as e:
        return Result(bench, [Row("not scored", e.message)], 0, 0.0, peak_mb(), "not scored")
    n = limit if limit is not None else bench.default_limit
    items, note = select(all_items, split, n, seed, by_source=bench.by_source)
    tuned_note = ""
    if threshold is None and tune and any(it.label is not None for it in items):
        dev, _ = select(all_items, "dev", n, seed, by_source=bench.by_source)
        dev_out, _, _ = audit(dev, summary=bench.summary, detectors=detectors, errors=[])
        labelled = [o for o in dev_out if o.item.label is not None]
        if labelled:
            threshold, _acc = bagged_threshold([o.item.label for o in labelled], [o.score for o in labelled])
            tuned_note = f"; threshold {threshold:.4f} chosen on {len(labelled)} dev rows"
    if threshold is None:
        threshold = scoring.threshold(name)
    errors: list[str] = []
    outcomes, seconds, cpu = audit(items, summary=bench.summary, detectors=detectors, progress=progress, errors=errors)
    if errors:
        note += f"; {len(errors)} rows failed and were left out (first: {errors[0][:160]})"
    evaluate = getattr(mod, "evaluate", None) or evaluate_default
    anchors = mod.anchors_for(**dict(bench.options)) if hasattr(mod, "anchors_for") else getattr(mod, "ANCHORS", {})
    rows = evaluate(outcomes, bench=bench, threshold=threshold, class_types=getattr(mod, "CLASS_TYPES", {}), anchors=anchors)
    return Result(bench, rows, len(outcomes), seconds, peak_mb(), note + tuned_note, threshold, outcomes, cpu)


# -- shared evaluation pieces ---------------------------------------------------------------------


def flagged_types(report: Report, *, summary: bool) -> set[str]:
    return {f.type for f in scoring.counted(report.findings, summary=summary)}


def binary_rows(outcomes: Sequence[Outcome], threshold: float, anchors: Mapping[str, str]) -> list[Row]:
    lab = [o for o in outcomes if o.item.label is not None]
    if not lab:
        return []
    y = [int(o.item.label) for o in lab]  # type: ignore[arg-type]
    s = [o.score for o in lab]
    pred = [int(x >= threshold) for x in s]
    n_pos = sum(y)
    return [
        Row("balanced accuracy", balanced_accuracy(y, pred), len(lab), anchors.get("bacc", "")),
        Row("ROC AUC", roc_auc(y, s), len(lab), anchors.get("auc", "")),
        Row("threshold (score ≥ t ⇒ consistent)", threshold, None, "", "float"),
        Row("consistent rows", n_pos / len(lab), len(lab), "", "pct"),
    ]


def false_alarm_rows(outcomes: Sequence[Outcome], *, summary: bool) -> list[Row]:
    ok = [o for o in outcomes if o.item.label == 1]
    if not ok:
        return []
    alarms = sum(1 for o in ok if flagged_types(o.report, summary=summary))
    what = "non-omission finding" if summary else "finding"
    return [Row(f"false alarms: consistent rows with a {what} ≥ minor", alarms / len(ok), len(ok))]


def _overlaps_text(finding: Finding, copy_text: str, piece: str) -> bool:
    if finding.copy is None or not piece.strip():
        return False
    low, p = copy_text.lower(), piece.strip().lower()
    start = low.find(p)
    while start >= 0:
        if finding.copy.start < start + len(p) and start < finding.copy.end:
            return True
        start = low.find(p, start + 1)
    return False


def class_recall_rows(
    outcomes: Sequence[Outcome], class_types: Mapping[str, Sequence[str]], *, summary: bool, located: bool = False
) -> list[Row]:
    """Per gold class: share of rows with that class whose report has a finding of a mapped type
    at or above minor (omissions count only for the ``omission`` class in summary mode)."""
    rows: list[Row] = []
    for cls, types in class_types.items():
        have = [o for o in outcomes if cls in o.item.classes]
        if not have:
            continue
        wanted = set(types)

        def hit(o: Outcome, wanted: set[str] = wanted) -> bool:
            return any(f.type in wanted and f.severity >= Severity.MINOR for f in o.report.findings)

        found = sum(1 for o in have if hit(o))
        rows.append(Row(f"recall {cls} (as {'/'.join(types)})", found / len(have), len(have)))
        if located:
            with_spans = [o for o in have if any(c == cls for c, _ in o.item.spans)]
            if with_spans:
                loc = 0
                for o in with_spans:
                    pieces = [t for c, t in o.item.spans if c == cls]
                    if any(
                        f.type in wanted and f.severity >= Severity.MINOR and any(_overlaps_text(f, o.item.copy, p) for p in pieces)
                        for f in o.report.findings
                    ):
                        loc += 1
                rows.append(Row(f"  located {cls} (finding overlaps the annotated span)", loc / len(with_spans), len(with_spans)))
    return rows


def any_flag_row(outcomes: Sequence[Outcome], *, summary: bool, label: str = "rows with any finding ≥ minor") -> Row:
    n = sum(1 for o in outcomes if flagged_types(o.report, summary=summary))
    return Row(label, n / len(outcomes) if outcomes else float("nan"), len(outcomes))


def correlation_row(outcomes: Sequence[Outcome], anchor: str = "") -> Row | None:
    scored = [o for o in outcomes if o.item.human is not None]
    if len(scored) < 3:
        return None
    return Row("Spearman ρ with the human score", spearman([o.score for o in scored], [o.item.human for o in scored]), len(scored), anchor, "float")  # type: ignore[misc]


def evaluate_default(
    outcomes: Sequence[Outcome],
    *,
    bench: Benchmark,
    threshold: float,
    class_types: Mapping[str, Sequence[str]],
    anchors: Mapping[str, str],
) -> list[Row]:
    rows = binary_rows(outcomes, threshold, anchors)
    corr = correlation_row(outcomes, anchors.get("spearman", ""))
    if corr:
        rows.append(corr)
    rows += false_alarm_rows(outcomes, summary=bench.summary)
    rows += class_recall_rows(outcomes, class_types, summary=bench.summary, located=any(o.item.spans for o in outcomes))
    return rows


# -- tables ---------------------------------------------------------------------------------------


def speed_row(result: Result) -> Row:
    if not result.pairs:
        return Row("speed: pairs/s wall · pairs per CPU-s · peak RSS MB", "n/a", 0)
    return Row(
        "speed: pairs/s wall · pairs per CPU-s · peak RSS MB",
        f"{result.pairs_per_s:.2f} · {result.pairs_per_cpu_s:.2f} · {result.peak_mb:.0f}",
        result.pairs,
    )


def markdown(results: Sequence[Result], *, with_speed: bool = True) -> str:
    lines = ["| Benchmark | Metric | factdiff | n | Anchors (published) |", "|---|---|---:|---:|---|"]
    for r in results:
        rows = list(r.rows) + ([speed_row(r)] if with_speed else [])
        for k, row in enumerate(rows):
            name = r.bench.name if k == 0 else ""
            n = "" if row.n is None else str(row.n)
            lines.append(f"| {name} | {row.metric} | {row.shown()} | {n} | {row.anchor} |")
    return "\n".join(lines) + "\n"


def plain(result: Result) -> str:
    rows = list(result.rows) + [speed_row(result)]
    width = max(len(r.metric) for r in rows)
    out = [f"{result.bench.title} — {result.note}; {result.pairs} pairs in {result.seconds:.1f}s"]
    for row in rows:
        n = "" if row.n is None else f"n={row.n}"
        anchor = f"   [{row.anchor}]" if row.anchor else ""
        out.append(f"  {row.metric:<{width}}  {row.shown():>9}  {n:<7}{anchor}")
    return "\n".join(out) + "\n"
