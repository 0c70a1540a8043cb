"""AggreFact unified error types (Tang et al., 2023): {intrinsic, extrinsic} × {NP, predicate, sentence}.

Every row is an inconsistent summary, so only per-class recall is measured (no balanced accuracy).
A summary listed in several sheets is scored once with all its classes. XSum rows carry their
document; CNN/DM rows are joined to FRANK's articles (``../frank`` beside this folder) by id, and
rows without a document are left out. Splits: ``AggreFact-Unified-val.csv`` is dev,
``AggreFact-Unified-test.csv`` is test.
"""

from __future__ import annotations

import ast
import csv
from pathlib import Path

from . import Item
from ._text import sentence_case, unglue
from .frank import articles
from .runner import any_flag_row, class_recall_rows

CLASS_TYPES: dict[str, tuple[str, ...]] = {
    "intrinsic-NP": ("entity", "number", "date", "quote", "attribution"),
    "intrinsic-predicate": ("polarity", "meaning", "attribution"),
    "intrinsic-entire_sent": ("meaning", "addition"),
    "extrinsic-NP": ("entity", "number", "date", "addition"),
    "extrinsic-predicate": ("meaning", "polarity", "addition"),
    "extrinsic-entire_sent": ("addition", "meaning"),
}
ANCHORS: dict[str, str] = {}


def load(data: Path) -> list[Item]:
    frank = data.parent / "frank"
    arts = articles(frank) if (frank / "frank_articles.jsonl").is_file() else {}
    merged: dict[tuple[str, str, str], dict] = {}
    for fname, split in (("AggreFact-Unified-val.csv", "dev"), ("AggreFact-Unified-test.csv", "test")):
        with (data / fname).open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                key = (r["id"], r["model_name"], r["summ"].strip())
                doc = unglue(r["doc"]) if r["doc"].strip() else arts.get(r["id"], "")
                if not doc:
                    continue
                try:
                    types = set(ast.literal_eval(r["error_type"])) if r["error_type"].strip() else set()
                except (ValueError, SyntaxError):
                    types = set()
                m = merged.setdefault(key, {"doc": doc, "split": split, "types": set(), "sheet": r["sheet"], "label": r["label"]})
                m["types"] |= {t for t in types if t in CLASS_TYPES}
    items = []
    for (id_, model, summ), m in merged.items():
        if not m["types"] or m["label"] == "1":
            continue
        items.append(
            Item(
                id=f"{id_}:{model}",
                source=m["doc"],
                copy=sentence_case(summ),
                label=None,
                classes=tuple(sorted(m["types"])),
                split=m["split"],
                group=m["sheet"].split("_")[0],
            )
        )
    return items


def evaluate(outcomes, *, bench, threshold, class_types, anchors):  # type: ignore[no-untyped-def]
    rows = [any_flag_row(outcomes, summary=bench.summary, label="inconsistent rows with a non-omission finding ≥ minor")]
    for part in ("cnn", "xsum"):
        sub = [o for o in outcomes if o.item.group == part]
        if sub:
            rows.append(any_flag_row(sub, summary=bench.summary, label=f"  {part}: rows with a non-omission finding ≥ minor"))
    return rows + class_recall_rows(outcomes, class_types, summary=bench.summary)
