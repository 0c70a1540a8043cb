"""Recall of number/date findings on figure errors, and false alarms on consistent rows.

Data (read at run time from ../shared/benchmarks, never copied):

* PolyTope: summaries with an Accuracy error labelled "Number&Time" (subtypes Inaccuracy_internal,
  Inaccuracy_external, Addition — an omitted number cannot be seen in the copy) are positives;
  summaries with no Accuracy error at all are the consistent rows. PolyTope has no split of its own:
  articles are split by a hash of ``doc_id`` into dev (even) and test (odd).
* SummEdits news: inconsistent rows (label 0) whose edit (``summary`` vs ``original_summary``,
  word diff) touches a figure, a date or a month/weekday word are positives; consistent rows
  (label 1) are the false-alarm set. Splits as shipped: ``evaluation`` (dev) and ``test``.

A row is *flagged* when factdiff reports a ``number`` or ``date`` finding of at least ``--min``
severity (default minor); *located* when such a finding's copy span also overlaps the annotated
words / the edited words. Run: ``PYTHONPATH=src python bench/figure_recall.py [--split dev|test|all]``.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from factdiff import Document, Severity, compare  # noqa: E402

SHARED = Path(os.environ.get("FACTDIFF_SHARED", ROOT.parent / "shared"))
DETECTORS = ["number", "date"]
_FIGURE_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|dozen|first|second|third|"
    r"fourth|fifth|percent|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|week|"
    r"month|year)s?",
    re.IGNORECASE,
)


def _figures(text: str) -> list[str]:
    """The figure words of a text (numbers, number words, months, weekdays), as a sorted multiset."""
    words = [w.strip(".,;:()\"'").lower() for w in text.replace("-", " ").split()]
    return sorted(w for w in words if _FIGURE_WORD.fullmatch(w) or re.fullmatch(r"[$€£]?\d[\d,.]*(?:%|bn|m|k|st|nd|rd|th|s)?", w))


class Runner:
    """compare() with the source Document built once per distinct source text."""

    def __init__(self, min_sev: Severity, show: bool = False) -> None:
        self.show = show
        self.docs: dict[str, Document] = {}
        self.min_sev = min_sev
        self.seconds = 0.0
        self.calls = 0

    def findings(self, source: str, copy: str) -> list:
        src = self.docs.get(source)
        if src is None:
            src = self.docs[source] = Document.from_text(source, name="source")
        t = time.perf_counter()
        rep = compare(src, copy, detectors=DETECTORS, summary=True)
        self.seconds += time.perf_counter() - t
        self.calls += 1
        return [f for f in rep.findings if f.severity >= self.min_sev and f.type in ("number", "date")]


def _overlaps(findings: Iterable, spans: list[tuple[int, int]]) -> bool:
    return any(f.copy and any(f.copy.start < e and f.copy.end > s for s, e in spans) for f in findings)


def _locate(text: str, words: str) -> list[tuple[int, int]]:
    words = words.strip()
    if not words:
        return []
    out = [(m.start(), m.end()) for m in re.finditer(re.escape(words), text, re.IGNORECASE)]
    if not out:  # tokenised annotations ("$ 5" / "5 %"): match on a whitespace-free form
        pat = r"\s*".join(re.escape(ch) for ch in words.replace(" ", ""))
        out = [(m.start(), m.end()) for m in re.finditer(pat, text, re.IGNORECASE)]
    return out


def _split_of(doc_id: str) -> str:
    return "dev" if int(hashlib.md5(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def polytope(run: Runner, split: str) -> dict[str, object]:
    base = SHARED / "benchmarks" / "polytope"
    sources = {}
    for line in open(base / "polytope_sources.jsonl", encoding="utf-8"):
        r = json.loads(line)
        sources[r["doc_id"]] = r["source"]
    summaries = [json.loads(line) for line in open(base / "polytope_summaries.jsonl", encoding="utf-8")]
    errors = list(csv.DictReader(open(base / "polytope_errors.csv", encoding="utf-8")))
    accuracy = {(r["system"], r["segment_id"]) for r in errors if r["issue_type"] == "Accuracy"}
    numtime: dict[tuple[str, str], list[str]] = {}
    for r in errors:
        if r["label"] == "Number&Time" and r["subtype"] in ("Inaccuracy_internal", "Inaccuracy_external", "Addition"):
            numtime.setdefault((r["system"], r["segment_id"]), []).append(r["issue_words"])
    pos = flagged = located = neg = alarms = 0
    for s in summaries:
        if split != "all" and _split_of(s["doc_id"]) != split:
            continue
        key = (s["system"], s["segment_id"])
        src = sources.get(s["doc_id"])
        if src is None or not s["summary"].strip():
            continue
        if key in numtime:
            found = run.findings(src, s["summary"])
            pos += 1
            flagged += bool(found)
            spans = [sp for w in numtime[key] for sp in _locate(s["summary"], w)]
            # annotated words not in the summary (they quote the source): a flag counts as located
            located += _overlaps(found, spans) if spans else bool(found)
            if run.show and not _overlaps(found, spans):
                print("MISS polytope", numtime[key], "|", s["summary"][:300], "|", [f.message for f in found])
        elif key not in accuracy:
            found = run.findings(src, s["summary"])
            neg += 1
            alarms += bool(found)
            if run.show and found:
                print("ALARM polytope", [(f.message, f.copy and f.copy.text) for f in found])
    return {"positives": pos, "flagged": flagged, "located": located, "consistent": neg, "false_alarms": alarms}


def _edit_spans(summary: str, original: str) -> tuple[list[tuple[int, int]], str]:
    """Character spans of the words the edit changed in ``summary``, and the changed words of both sides."""
    a = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", original)]
    b = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", summary)]
    sm = difflib.SequenceMatcher(a=[w for w, _, _ in a], b=[w for w, _, _ in b], autojunk=False)
    spans: list[tuple[int, int]] = []
    changed: list[str] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        changed += [w for w, _, _ in a[i1:i2]] + [w for w, _, _ in b[j1:j2]]
        if j2 > j1:
            spans.append((b[j1][1], b[j2 - 1][2]))
        elif j1 < len(b):
            spans.append((b[j1][1], b[j1][2]))
    return spans, " ".join(changed)


def summedits(run: Runner, split: str, domain: str = "news") -> dict[str, object]:
    rows = json.load(open(SHARED / "benchmarks" / "summedits" / f"summedits_{domain}.json", encoding="utf-8"))
    want = {"dev": "evaluation", "test": "test"}.get(split)
    pos = flagged = located = neg = alarms = 0
    for r in rows:
        if want and r["split"] != want:
            continue
        if r["label"] == 0:
            spans, changed = _edit_spans(r["summary"], r["original_summary"])
            if _figures(r["summary"]) == _figures(r["original_summary"]):
                continue
            found = run.findings(r["doc"], r["summary"])
            pos += 1
            flagged += bool(found)
            located += _overlaps(found, spans)
            if run.show and not _overlaps(found, spans):
                print("MISS summedits", changed, "|", r["summary"][:300], "|", [f.message for f in found])
        elif r["label"] == 1:
            found = run.findings(r["doc"], r["summary"])
            neg += 1
            alarms += bool(found)
            if run.show and found:
                print("ALARM summedits", [(f.message, f.copy and f.copy.text) for f in found])
    return {"positives": pos, "flagged": flagged, "located": located, "consistent": neg, "false_alarms": alarms}


def extraction_speed() -> str:
    """Warm time of the figure/date extraction alone on the seed source (the detectors' own cost)."""
    from factdiff.dates import extract_dates
    from factdiff.quantities import extract_quantities

    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        return "extraction: no seed text"
    text = seeds[0].read_text(encoding="utf-8")
    words = len(text.split())
    extract_quantities(text)
    best = float("inf")
    for _ in range(20):
        t = time.perf_counter()
        extract_quantities(text, dates=extract_dates(text))
        best = min(best, time.perf_counter() - t)
    ms = best * 1000
    return f"extraction of figures+dates: {ms:.1f} ms for {words} words ({ms / words * 1000:.1f} ms per 1,000 words, warm, best of 20)"


def _line(name: str, split: str, m: dict[str, object]) -> str:
    pos, neg = int(m["positives"]), int(m["consistent"])  # type: ignore[call-overload]
    rec = int(m["flagged"]) / pos if pos else 0.0  # type: ignore[call-overload]
    loc = int(m["located"]) / pos if pos else 0.0  # type: ignore[call-overload]
    fa = int(m["false_alarms"]) / neg if neg else 0.0  # type: ignore[call-overload]
    return (
        f"{name:<16} split={split:<5} figure-error rows={pos:<4} recall={rec:.3f} located={loc:.3f}   "
        f"consistent rows={neg:<4} false-alarm rate={fa:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--min", default="minor", help="lowest severity that counts as a flag (default minor)")
    ap.add_argument("--only", choices=["polytope", "summedits"], default=None)
    ap.add_argument("--show", action="store_true", help="print each miss and false alarm")
    ap.add_argument("--domain", default="news", help="SummEdits domain file (default news; e.g. ectsum, podcast)")
    args = ap.parse_args(argv)
    if not (SHARED / "benchmarks").is_dir():
        print(f"no benchmarks under {SHARED}", file=sys.stderr)
        return 2
    run = Runner(Severity.parse(args.min), args.show)
    print(f"detectors={','.join(DETECTORS)}  min severity={args.min}")
    print(extraction_speed())
    if args.only in (None, "polytope"):
        print(_line("PolyTope N&T", args.split, polytope(run, args.split)))
    if args.only in (None, "summedits"):
        print(_line(f"SummEdits {args.domain}", args.split, summedits(run, args.split, args.domain)))
    print(f"{run.calls} compare() calls, {run.seconds / max(run.calls, 1) * 1000:.0f} ms each on average")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
