"""FRANK (Pagnoni et al., 2021): typed factual errors in CNN/DM and BBC/XSum model summaries.

Label: ``label_all_sentences_ok`` (1 = every summary sentence error-free). Splits: the file's
``valid`` rows are dev, ``test`` rows are reported. Summaries are read from ``summary_lines``
(cased) and de-tokenised; BBC articles get the sentence spaces the scrape lost put back.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from . import Item
from ._text import detok, unglue

#: FRANK error type -> the finding types that count as detecting it
CLASS_TYPES: dict[str, tuple[str, ...]] = {
    "RelE": ("polarity", "meaning", "attribution"),
    "EntE": ("entity", "attribution", "quote"),
    "CircE": ("number", "date", "entity", "meaning"),
    "CorefE": ("entity", "attribution"),
    "LinkE": ("meaning", "attribution"),
    "OutE": ("addition", "entity", "number", "date"),
    "GramE": ("meaning",),
}
ANCHORS = {
    "bacc": "SummaC-ZS 79.0 · SummaC-Conv 81.6 · QuestEval 82.1 · AlignScore-L 86.3 (unofficial)",
    "auc": "SummaC-ZS 85.3 · SummaC-Conv 88.4 · QuestEval 87.9 · AlignScore-L 91.4 (unofficial)",
}


def articles(data: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with (data / "frank_articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            out[str(a["hash"])] = unglue(a["article"]) if a.get("dataset") == "bbc" else a["article"]
    return out


def summary_text(row: dict) -> str:
    lines = row.get("summary_lines")
    if isinstance(lines, str):
        try:
            lines = ast.literal_eval(lines)
        except (ValueError, SyntaxError):
            lines = None
    if not lines:
        lines = [row["summary"]]
    return " ".join(detok(s) for s in lines)


def load(data: Path) -> list[Item]:
    arts = articles(data)
    items = []
    with (data / "frank_pairs.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            art = arts.get(str(r["hash"]))
            if not art:
                continue
            eff = r["error_free_fraction"]
            if isinstance(eff, str):
                eff = ast.literal_eval(eff)
            classes = tuple(k for k in CLASS_TYPES if float(eff.get(k, 1.0)) < 1.0)
            items.append(
                Item(
                    id=f"{r['hash']}:{r['model_name']}",
                    source=art,
                    copy=summary_text(r),
                    label=int(r["label_all_sentences_ok"]),
                    classes=classes,
                    split="dev" if r["split"] == "valid" else "test",
                    group=r["dataset"],
                )
            )
    return items
