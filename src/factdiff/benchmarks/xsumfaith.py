"""XSumFaith (Maynez et al., 2020): hallucination spans (intrinsic / extrinsic) in XSum summaries.

Only the 251 articles shipped (joined from FRANK) can be scored. Label: consistent when most of
the annotators who judged the summary said it is factual (``is_factual``). Classes: a summary has
``intrinsic`` / ``extrinsic`` when at least one annotator marked a span of that type; the spans'
text is kept for "located" recall. No split ships: articles are split 50/50 by a hash of the
BBC id (``dev`` for thresholds, ``test`` reported).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

from . import Item
from ._text import sentence_case, split_of, unglue

CLASS_TYPES: dict[str, tuple[str, ...]] = {
    "intrinsic": ("number", "date", "entity", "polarity", "quote", "attribution", "meaning"),
    "extrinsic": ("addition", "entity", "number", "date", "meaning"),
}
ANCHORS = {
    "bacc": "SummaC-ZS 58.4 · SummaC-Conv 66.4 · NER-overlap 62.3 · AlignScore-L 69.8 (unofficial); their label/split differ",
    "auc": "SummaC-ZS 58.0 · SummaC-Conv 70.2 · QuestEval 66.4 · AlignScore-L 75.7 (unofficial)",
}


def load(data: Path) -> list[Item]:
    arts: dict[str, str] = {}
    with (data / "xsum_articles_subset_from_frank.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            arts[str(a["bbcid"])] = unglue(a["article"])
    votes: dict[tuple[str, str], list[int]] = defaultdict(list)
    text: dict[tuple[str, str], str] = {}
    with (data / "factuality_annotations_xsum_summaries.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["bbcid"], r["system"])
            text.setdefault(key, r["summary"])
            if r["is_factual"] in {"yes", "no"}:
                votes[key].append(1 if r["is_factual"] == "yes" else 0)
    spans: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    with (data / "hallucination_annotations_xsum_summaries.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["bbcid"], r["system"])
            text.setdefault(key, r["summary"])
            if r["hallucination_type"] in CLASS_TYPES and r["hallucinated_span"].strip():
                spans[key].add((r["hallucination_type"], r["hallucinated_span"].strip()))
    items = []
    for key in sorted(text):
        bbcid, system = key
        if bbcid not in arts:
            continue
        v = votes.get(key)
        label = (1 if 2 * sum(v) > len(v) else 0) if v else None
        sp = tuple(sorted(spans.get(key, ())))
        items.append(
            Item(
                id=f"{bbcid}:{system}",
                source=arts[bbcid],
                copy=sentence_case(text[key].strip()),
                label=label,
                classes=tuple(sorted({c for c, _ in sp})),
                split=split_of(bbcid),
                group=system,
                spans=sp,
            )
        )
    return items
