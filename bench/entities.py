"""Entity / quote / attribution detectors on public benchmarks: recall and false-alarm rate.

    python bench/entities.py [--split dev|test|all] [--set summedits|polytope|both] [--limit N] [--show N]

* SummEdits news (../shared/benchmarks/summedits/summedits_news.json): source = ``doc``, copy =
  ``summary``. Recall over inconsistent rows whose ``edit_types`` include ``entity_modification``;
  false-alarm rate over consistent rows (label 1). Splits: dev = the file's ``evaluation`` split,
  test = its ``test`` split. The evaluation split holds only four documents, so a second split
  halves the test documents by a hash of their text: dev-b (tuning) and test-b (reporting).
* PolyTope (../shared/benchmarks/polytope): source = article, copy = system summary. Recall over
  summaries with a Place&Name accuracy error (Inaccuracy_internal / _external); false-alarm rate
  over summaries with no inaccuracy or addition error. PolyTope has no split: dev = even
  ``doc_id`` numbers, test = odd. Its texts are lower-cased, tokenised CNN/DM text.

A row is flagged when the entity, quote or attribution detector reports a finding at or above
``--min-severity`` (default minor). Shared data location: $FACTDIFF_SHARED or ../shared.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

from factdiff import Document, Severity, compare

DETECTORS = ["entity", "quote", "attribution"]


def shared() -> Path:
    return Path(os.environ.get("FACTDIFF_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


_DOCS: dict[str, Document] = {}


def _doc(text: str) -> Document:
    d = _DOCS.get(text)
    if d is None:
        d = _DOCS[text] = Document.from_text(text, name="source")
    return d


def run(source: str, copy: str, floor: Severity) -> tuple[bool, list[str]]:
    report = compare(_doc(source), Document.from_text(copy, name="copy"), detectors=DETECTORS)
    hits = [f for f in report.findings if f.severity >= floor]
    return bool(hits), [f"{f.type}/{f.severity}: {f.message}" for f in hits]


def summedits(split: str, limit: int | None, domain: str = "news") -> list[tuple[str, str, str, str]]:
    rows = json.loads((shared() / f"benchmarks/summedits/summedits_{domain}.json").read_text())
    want = {"dev": {"evaluation"}, "test": {"test"}, "all": {"evaluation", "test"}, "dev-b": {"test"}, "test-b": {"test"}}[split]
    out = []
    for r in rows:
        if r["split"] not in want:
            continue
        if split in {"dev-b", "test-b"} and (_half(r["doc"]) == 0) != (split == "dev-b"):
            continue
        if r["label"] == 1:
            kind = "consistent"
        elif "entity_modification" in (r.get("edit_types") or []):
            kind = "positive"
        else:
            continue
        out.append((kind, r["doc"], r["summary"], r["id"]))
    return out[:limit] if limit else out


def _half(text: str) -> int:
    """A fixed split of the file's test documents into two halves (by a hash of the document)."""
    return hashlib.md5(text.encode("utf-8")).digest()[0] % 2


def polytope(split: str, limit: int | None) -> list[tuple[str, str, str, str]]:
    base = shared() / "benchmarks/polytope"
    sources = {json.loads(line)["doc_id"]: json.loads(line)["source"] for line in (base / "polytope_sources.jsonl").open()}
    errors = list(csv.DictReader((base / "polytope_errors.csv").open()))
    positive = {
        (e["system"], e["segment_id"]) for e in errors
        if e["label"] == "Place&Name" and e["subtype"] in {"Inaccuracy_internal", "Inaccuracy_external"}
    }
    wrong = {
        (e["system"], e["segment_id"]) for e in errors
        if e["subtype"] in {"Inaccuracy_internal", "Inaccuracy_external", "Addition"}
    }
    out = []
    for line in (base / "polytope_summaries.jsonl").open():
        s = json.loads(line)
        num = int(s["doc_id"].rsplit("_", 1)[1])
        if (split in {"dev", "dev-b"} and num % 2) or (split in {"test", "test-b"} and not num % 2):
            continue
        k = (s["system"], s["segment_id"])
        kind = "positive" if k in positive else ("consistent" if k not in wrong else None)
        if kind and s["doc_id"] in sources and s["summary"].strip():
            out.append((kind, sources[s["doc_id"]], s["summary"], f"{s['system']}/{s['segment_id']}"))
    return out[:limit] if limit else out


def evaluate(name: str, rows: list[tuple[str, str, str, str]], floor: Severity, show: int) -> None:
    t0 = time.perf_counter()
    count: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for kind, src, cop, rid in rows:
        flagged, msgs = run(src, cop, floor)
        count[kind] += 1
        hit[kind] += flagged
        if show and ((kind == "consistent" and flagged) or (kind == "positive" and not flagged)) and shown[kind] < show:
            shown[kind] += 1
            label = "FALSE ALARM" if kind == "consistent" else "MISSED"
            print(f"  {label} {rid}: {cop[:160]!r}", file=sys.stderr)
            for m in msgs[:3]:
                print(f"      {m[:200]}", file=sys.stderr)
    secs = time.perf_counter() - t0
    rec = hit["positive"] / count["positive"] if count["positive"] else float("nan")
    fa = hit["consistent"] / count["consistent"] if count["consistent"] else float("nan")
    print(
        f"{name}: recall {rec:.3f} ({hit['positive']}/{count['positive']})  "
        f"false-alarm rate {fa:.3f} ({hit['consistent']}/{count['consistent']})  "
        f"[{secs:.0f}s, {len(rows)} rows]"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test", "all", "dev-b", "test-b"], default="dev")
    ap.add_argument("--set", choices=["summedits", "polytope", "both"], default="both")
    ap.add_argument("--min-severity", default="minor")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--domain", default="news", help="SummEdits domain (news is the reported one; others serve as extra dev data)")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses and N false alarms (stderr)")
    args = ap.parse_args(argv)
    if not (shared() / "benchmarks").is_dir():
        print(f"no benchmark data under {shared()}", file=sys.stderr)
        return 2
    floor = Severity.parse(args.min_severity)
    print(f"split={args.split}  detectors={','.join(DETECTORS)}  flagged = a finding >= {floor}")
    if args.set in {"summedits", "both"}:
        rows = summedits(args.split, args.limit, args.domain)
        evaluate(f"SummEdits-{args.domain} entity_modification [{args.split}]", rows, floor, args.show)
    if args.set in {"polytope", "both"}:
        evaluate(f"PolyTope Place&Name [{args.split}]", polytope(args.split, args.limit), floor, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
