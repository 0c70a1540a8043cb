"""PolyTope (Huang et al., 2020): MQM-style error annotations of CNN/DM summaries by 9 systems.

Classes: ``Omission`` and ``Addition`` (subtypes, any label; note PolyTope's "addition" is content
the summary should not carry, often copied from the article by extractive systems), and the
inaccuracies (internal or external) by label: ``Number&Time``, ``Place&Name``, ``Entity``
(Event Entity-Subject/Object), ``Predicate``, ``Attribute``, plus ``Positive_Negative_Aspect``.
Binary label: inconsistent (0) when the summary has an inaccuracy or a positive/negative aspect
error; omissions, additions and fluency errors alone leave it consistent (1). SummaC's binary label
differs (6.5% positive), so compare balanced accuracy only loosely. Texts are lower-cased and
tokenised: they are de-tokenised and sentence-cased. Split: 50/50 by a hash of ``doc_id``.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

from . import Item
from ._text import detok, sentence_case, split_of

CLASS_TYPES: dict[str, tuple[str, ...]] = {
    "Omission": ("omission",),
    "Addition": ("addition",),
    "Number&Time": ("number", "date"),
    "Place&Name": ("entity",),
    "Entity": ("entity", "attribution"),
    "Predicate": ("polarity", "meaning"),
    "Attribute": ("meaning", "polarity", "number", "entity"),
    "Positive_Negative_Aspect": ("polarity", "meaning"),
}
_LABEL_CLASS = {
    "Number&Time": "Number&Time",
    "Place&Name": "Place&Name",
    "Event Entity-Subject": "Entity",
    "Event Entity-Object": "Entity",
    "Event Relation-Predicate": "Predicate",
    "Attribute": "Attribute",
}
ANCHORS = {
    "bacc": "SummaC-ZS 62.0 · SummaC-Conv 62.7 · QuestEval 70.3 (their binary label differs)",
    "auc": "SummaC-ZS 60.3 · SummaC-Conv 62.4 · QuestEval 72.2",
}


def _clean(text: str) -> str:
    return sentence_case(detok(text))


def load(data: Path) -> list[Item]:
    sources: dict[str, str] = {}
    with (data / "polytope_sources.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            sources[r["doc_id"]] = _clean(r["source"])
    classes: dict[tuple[str, str], set[str]] = defaultdict(set)
    spans: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    with (data / "polytope_errors.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["system"], r["segment_id"])
            sub = r["subtype"]
            if sub in {"Omission", "Addition", "Positive_Negative_Aspect"}:
                cls = sub
            elif sub.startswith("Inaccuracy"):
                cls = _LABEL_CLASS.get(r["label"], "")
            else:
                cls = ""
            if cls:
                classes[key].add(cls)
                if cls != "Omission" and r["issue_words"].strip():
                    spans[key].add((cls, detok(r["issue_words"])))
    items = []
    with (data / "polytope_summaries.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            key = (r["system"], r["segment_id"])
            src = sources.get(r["doc_id"])
            if not src or not r["summary"].strip():
                continue
            cl = classes.get(key, set())
            bad = bool(cl - {"Omission", "Addition"})
            items.append(
                Item(
                    id=f"{r['system']}:{r['segment_id']}",
                    source=src,
                    copy=_clean(r["summary"]),
                    label=0 if bad else 1,
                    classes=tuple(sorted(cl)),
                    split=split_of(r["doc_id"]),
                    group=r["system"],
                    spans=tuple(sorted(spans.get(key, ()))),
                )
            )
    return items
