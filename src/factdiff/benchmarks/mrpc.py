"""MRPC (Dolan & Brockett, 2005): sentence pairs judged paraphrase (1) or not (0).

A sanity check of the verdict on single sentences: a pair is called a paraphrase when its
consistency score reaches the threshold. Splits: the train file is dev (thresholds), the test file
is reported. Not a claim about document-level detection.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from . import Item
from .metrics import f1
from .runner import Outcome, Row, evaluate_default

CLASS_TYPES: dict[str, tuple[str, ...]] = {}
ANCHORS = {"acc": "majority class 66.5 · GLUE human ≈ 80.8 acc / 86.3 F1 · BERT-large ≈ 85.4 / 89.3 (from memory, SOURCE.md)"}


def load(data: Path) -> list[Item]:
    items = []
    for fname, split in (("msr_paraphrase_train.txt", "dev"), ("msr_paraphrase_test.txt", "test")):
        with (data / fname).open(encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            next(reader, None)
            for row in reader:
                if len(row) < 5 or not row[0].strip().isdigit():
                    continue
                items.append(Item(id=f"{row[1]}-{row[2]}", source=row[3].strip(), copy=row[4].strip(), label=int(row[0]), split=split))
    return items


def evaluate(outcomes: Sequence[Outcome], *, bench, threshold, class_types, anchors) -> list[Row]:  # type: ignore[no-untyped-def]
    y = [int(o.item.label or 0) for o in outcomes]
    pred = [int(o.score >= threshold) for o in outcomes]
    acc = sum(int(a == b) for a, b in zip(y, pred, strict=True)) / len(y) if y else float("nan")
    rows = [Row("accuracy (paraphrase iff score ≥ t)", acc, len(y), anchors.get("acc", "")), Row("  F1 (paraphrase class)", f1(y, pred), len(y))]
    return rows + evaluate_default(outcomes, bench=bench, threshold=threshold, class_types=class_types, anchors={})
