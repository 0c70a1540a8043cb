"""QAGS (Wang et al., 2020): per-sentence yes/no support judgements for CNN/DM and XSum summaries.

A sentence is supported when at least 2 of its 3 workers say yes; a summary is consistent (label
1) when all its sentences are; its human score is the mean share of supported sentences (the
score the QAGS anchors correlate with). No split ships: articles are split 50/50 by a hash.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import Item
from ._text import sentence_case, split_of
from .runner import correlation_row, evaluate_default

CLASS_TYPES: dict[str, tuple[str, ...]] = {}
ANCHORS = {
    "spearman": "Spearman ×100 CNN/DM · XSum: AlignScore-L 73.9 · 57.2, G-Eval(GPT-4) 68.5 · 53.7, ChatGPT 52.7 · 53.3",
}


def load(data: Path) -> list[Item]:
    items = []
    for part in ("cnndm", "xsum"):
        path = data / f"mturk_{part}.jsonl"
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                r = json.loads(line)
                sents = r["summary_sentences"]
                ok = [sum(x["response"] == "yes" for x in s["responses"]) * 2 > len(s["responses"]) for s in sents]
                summary = " ".join(sentence_case(s["sentence"].strip()) for s in sents)
                key = hashlib.sha1(r["article"][:2000].encode("utf-8")).hexdigest()[:12]
                items.append(
                    Item(
                        id=f"{part}:{n}",
                        source=r["article"],
                        copy=summary,
                        label=int(all(ok)),
                        split=split_of(key),
                        group=part,
                        human=sum(ok) / len(ok) if ok else None,
                    )
                )
    return items


def evaluate(outcomes, *, bench, threshold, class_types, anchors):  # type: ignore[no-untyped-def]
    rows = evaluate_default(outcomes, bench=bench, threshold=threshold, class_types=class_types, anchors=anchors)
    for part, anchor in (("cnndm", "AlignScore-L 73.9 · G-Eval(GPT-4) 68.5"), ("xsum", "AlignScore-L 57.2 · G-Eval(GPT-4) 53.7")):
        row = correlation_row([o for o in outcomes if o.item.group == part], anchor)
        if row is not None:
            row.metric = f"  Spearman ρ, {part} only"
            rows.append(row)
    return rows
