"""Clough & Stevenson corpus of plagiarised short answers: is the answer derived from the source?

Each answer is audited against its task's source (``orig_task?.txt``); ``cut``, ``light`` and
``heavy`` answers are derived (label 1), ``non`` answers were written independently (label 0).
The verdict is the core one, ``report.derivation.derived`` (its threshold is
``factdiff.derivation.DERIVED_THRESHOLD``, not tuned here). All 95 answers are test rows.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from . import Item
from ._text import read_any
from .metrics import balanced_accuracy, roc_auc
from .runner import Outcome, Row

CLASS_TYPES: dict[str, tuple[str, ...]] = {}
ANCHORS = {"acc": "Clough & Stevenson 2011 (n-gram containment + LCS, Naive Bayes): ≈ mid-90s binary (quoted from memory in SOURCE.md)"}
CATEGORIES = ("cut", "light", "heavy", "non")


def load(data: Path) -> list[Item]:
    items = []
    with (data / "file_information.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        cat = r["Category"].strip()
        if cat not in CATEGORIES:
            continue
        src = read_any(data / "texts" / f"orig_task{r['Task'].strip()}.txt")
        ans = read_any(data / "texts" / r["File"].strip())
        items.append(Item(id=r["File"], source=src, copy=ans, label=0 if cat == "non" else 1, group=cat))
    return items


def evaluate(outcomes: Sequence[Outcome], *, bench, threshold, class_types, anchors) -> list[Row]:  # type: ignore[no-untyped-def]
    y = [int(o.item.label or 0) for o in outcomes]
    pred = [int(o.report.derivation.derived) for o in outcomes]
    score = [o.report.derivation.score for o in outcomes]
    acc = sum(int(a == b) for a, b in zip(y, pred, strict=True)) / len(y) if y else float("nan")
    rows = [
        Row("derivation accuracy (cut/light/heavy derived, non not)", acc, len(y), anchors.get("acc", "")),
        Row("  balanced accuracy", balanced_accuracy(y, pred), len(y)),
        Row("  ROC AUC of the derivation score", roc_auc(y, score), len(y)),
    ]
    for cat in CATEGORIES:
        sub = [o for o in outcomes if o.item.group == cat]
        if not sub:
            continue
        ok = sum(1 for o in sub if o.report.derivation.derived == (cat != "non"))
        mean = sum(o.report.derivation.score for o in sub) / len(sub)
        rows.append(Row(f"  {cat}: verdict correct (mean derivation score {mean:.2f})", ok / len(sub), len(sub)))
    return rows
