"""CoGenSumm (Falke et al., 2019): correctness of CNN/DM summaries from three systems.

The articles are not shipped with this set. A summary can be scored only when its article is
found in FRANK's article file (``../frank/frank_articles.jsonl`` beside this folder); the run
says how many could be. Label: ``Correct`` = 1, ``Incorrect`` = 0. All rows are test rows.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import Item, Unavailable
from .frank import articles

CLASS_TYPES: dict[str, tuple[str, ...]] = {}
ANCHORS = {
    "bacc": "SummaC-ZS 70.4 · SummaC-Conv 64.7 · DAE 63.4 · AlignScore-L 75.0 (unofficial)",
    "auc": "SummaC-ZS 73.1 · SummaC-Conv 67.6 · DAE 67.8 · AlignScore-L 86.4 (unofficial)",
}
FILES = ("test_chen18_org.json", "test_gehrmann18_org.json", "test_see17_org.json")
MIN_ROWS = 30


def load(data: Path) -> list[Item]:
    frank = data.parent / "frank"
    arts = articles(frank) if (frank / "frank_articles.jsonl").is_file() else {}
    items, total = [], 0
    for name in FILES:
        rows = json.loads((data / name).read_text(encoding="utf-8"))
        for key, r in rows.items():
            total += 1
            art = arts.get(key)
            if not art:
                continue
            sents = [r["sents"][k]["text"] for k in sorted(r["sents"], key=int)]
            items.append(
                Item(
                    id=f"{name.split('_')[1]}:{key}",
                    source=art,
                    copy=" ".join(s.strip() for s in sents),
                    label=1 if r["label"] == "Correct" else 0,
                    group=name.split("_")[1],
                )
            )
    if len(items) < MIN_ROWS:
        raise Unavailable(f"articles not shipped: only {len(items)} of {total} summaries have their article (via FRANK)")
    return items
