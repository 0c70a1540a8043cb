"""SummEdits (Laban et al., 2023): minimally edited summaries, consistent (1) or not (0), with edit types.

Splits: the file's ``evaluation`` rows are our dev split (thresholds), ``test`` rows are reported.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from . import Item

#: SummEdits edit type -> the factdiff finding types that count as detecting it
CLASS_TYPES: dict[str, tuple[str, ...]] = {
    "entity_modification": ("entity", "number", "date", "attribution", "quote"),
    "antonym_swap": ("polarity", "meaning"),
    "negation_insertion_removal": ("polarity",),
    "hallucinated_fact_insertion": ("addition", "entity", "number", "date", "meaning"),
}

_ANCHORS = {
    "news": "SummaC-Conv 61.9 · DAE 60.9 · QAFactEval 74.4 · ChatGPT 74.4 · GPT-4 83.3 · human 90.0",
}


def load(data: Path, *, domain: str = "news") -> list[Item]:
    path = data / f"summedits_{domain}.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    items = []
    for r in rows:
        types = r.get("edit_types") or []
        if isinstance(types, str):
            types = ast.literal_eval(types) if types.strip() else []
        items.append(
            Item(
                id=str(r["id"]),
                source=r["doc"],
                copy=r["summary"],
                label=int(r["label"]),
                classes=tuple(types),
                split="dev" if r.get("split") == "evaluation" else "test",
                group=domain,
            )
        )
    return items


def anchors_for(domain: str) -> dict[str, str]:
    return {"bacc": _ANCHORS.get(domain, "")}
