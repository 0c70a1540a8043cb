"""``factdiff scan PATH...``: find the documents that derive from indexed originals."""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
from pathlib import Path
from typing import Any

from ..errors import OptionError
from ..textio import DEFAULT_MAX_BYTES
from ._output import write_atomic
from ._progress import Progress
from .index import add_index_option, index_path

_SEVERITY_RANK = {"critical": 4, "major": 3, "minor": 2, "info": 1, None: 0}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "scan",
        help="find documents derived from indexed originals",
        description=(
            "Screen every document (files, folders, JSONL, or - for standard input) against the index, audit each "
            "candidate with the pair comparison, and print one line per derived copy: the original's id, the derivation "
            "score, coverage and the findings by type and severity."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, JSONL file, or - for standard input")
    add_index_option(p)
    p.add_argument("--jsonl", action="store_true", help="print one JSON object per match (for pipelines)")
    p.add_argument("--reports", metavar="DIR", type=Path, help="write each match's full report (JSON, and HTML when available) and an index.html to DIR")
    p.add_argument("--resume", action="store_true", help="skip documents an earlier run with the same --reports/--state already scanned")
    p.add_argument("--state", metavar="FILE", type=Path, help="where to record scanned document ids (default: DIR/scan-state.txt with --reports)")
    p.add_argument("--executor", choices=["local", "dask"], default="local", help="run in this process (default) or on Dask")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --executor dask: an existing scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--workers", type=int, help="with --executor dask and no --scheduler: LocalCluster worker processes (default: one per core)")
    p.add_argument("--k", type=int, default=3, help="candidates per document to audit (default 3)")
    p.add_argument("--min-score", type=float, default=0.4, help="least screening score (feature overlap) to audit a candidate (default 0.4)")
    p.add_argument("--batch-size", type=int, default=32, help="documents per task (default 32)")
    p.add_argument("--summary", action="store_true", help="documents are summaries: omissions are expected (capped at minor)")
    p.add_argument("--locale", choices=["us", "eu"], default="us", help="how to read numeric dates like 2/12/2026 (default: us)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files (0 = no limit)")
    p.add_argument("--skip-errors", action="store_true", help="in folders, warn about unreadable files and go on")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..corpus import Index
    from ..corpus.executor import get_executor
    from ..corpus.inputs import read_documents

    if args.k < 1:
        raise OptionError("--k must be at least 1")
    if args.batch_size < 1:
        raise OptionError("--batch-size must be at least 1")
    if not 0.0 <= args.min_score <= 1.0:
        raise OptionError("--min-score must be between 0 and 1")
    if args.workers is not None and args.workers < 1:
        raise OptionError("--workers must be at least 1")
    if args.executor != "dask" and (args.scheduler or args.workers):
        raise OptionError("--scheduler and --workers need --executor dask")
    state = args.state or (args.reports / "scan-state.txt" if args.reports else None)
    if args.resume and state is None:
        raise OptionError("--resume needs --reports DIR or --state FILE")
    if args.reports is not None:
        if args.reports.exists() and not args.reports.is_dir():
            raise OptionError(f"{args.reports}: is not a folder")
        (args.reports / "reports").mkdir(parents=True, exist_ok=True)

    done: set[str] = set()
    if state is not None and state.exists():
        if args.resume:
            done = {line.rstrip("\n") for line in state.open(encoding="utf-8") if line.strip()}
        else:
            state.unlink()
    matches_file = args.reports / "matches.jsonl" if args.reports else None
    if matches_file is not None and matches_file.exists() and not args.resume:
        matches_file.unlink()

    def warn(msg: str) -> None:
        print(f"factdiff: warning: {msg} (skipped)", file=sys.stderr)

    docs = (d for d in read_documents(args.paths, max_bytes=args.max_bytes, skip_errors=args.skip_errors, warn=warn) if d.id not in done)
    progress = Progress("scanning")
    found = 0
    state_f = state.open("a", encoding="utf-8") if state is not None else None
    matches_f = matches_file.open("a", encoding="utf-8") if matches_file is not None else None

    def batch_done(ids: list[str]) -> None:
        if matches_f is not None:
            matches_f.flush()
        if state_f is not None:
            state_f.write("".join(f"{i}\n" for i in ids))
            state_f.flush()
        progress(len(ids), f", {found:,} derived")

    with Index(index_path(args), create=False) as index, get_executor(args.executor, scheduler=args.scheduler, workers=args.workers) as executor:
        try:
            for match in index.scan(
                docs,
                k=args.k,
                min_score=args.min_score,
                executor=executor,
                batch_size=args.batch_size,
                on_batch=batch_done,
                summary=args.summary,
                locale=args.locale,
            ):
                found += 1
                row = match.to_dict()
                if args.reports is not None:
                    row["reports"] = _write_reports(args.reports, match)
                if matches_f is not None:
                    matches_f.write(json.dumps(row, ensure_ascii=False) + "\n")
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n" if args.jsonl else _line(row) + "\n")
                sys.stdout.flush()
        finally:
            progress.close()
            for f in (state_f, matches_f):
                if f is not None:
                    f.close()
    if args.reports is not None:
        total = _write_listing(args.reports)
        print(f"factdiff: {found:,} derived copies in this run, {total:,} in {args.reports / 'index.html'}", file=sys.stderr)
    return 0


def _line(row: dict[str, Any]) -> str:
    counts = row["counts"]
    sev = ", ".join(f"{k} {v}" for k, v in sorted(counts["severity"].items(), key=lambda kv: -_SEVERITY_RANK.get(kv[0], 0)))
    types = ", ".join(f"{k} {v}" for k, v in sorted(counts["type"].items()))
    findings = f"{row['findings']} findings" + (f" ({sev}; {types})" if row["findings"] else "")
    return f"{row['doc_id']}\t<- {row['original_id']}\tscore {row['score']:.2f}\tcoverage {row['coverage']:.2f}\t{findings}"


def _slug(doc_id: str) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._")[:60] or "doc"
    return f"{base}-{hashlib.sha1(doc_id.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def _write_reports(folder: Path, match: Any) -> dict[str, str]:
    from ..render import FORMATS, render

    report = match.report
    if report is None:
        return {}
    name = _slug(f"{match.doc_id}\x00{match.original_id}")
    out = {"json": f"reports/{name}.json"}
    write_atomic(folder / out["json"], report.to_json())
    if "html" in FORMATS:
        out["html"] = f"reports/{name}.html"
        write_atomic(folder / out["html"], render(report, "html"))
    return out


def _write_listing(folder: Path) -> int:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    path = folder / "matches.jsonl"
    if path.exists():
        for line in path.open(encoding="utf-8"):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:  # a line cut short by a crash
                    continue
                rows[(row["doc_id"], row["original_id"])] = row
    ordered = sorted(rows.values(), key=lambda r: (-_SEVERITY_RANK.get(r["worst"], 0), -r["findings"], -r["score"], r["doc_id"]))
    body = []
    for r in ordered:
        links = " ".join(f'<a href="{html.escape(href)}">{fmt}</a>' for fmt, href in sorted(r.get("reports", {}).items()))
        counts = ", ".join(f"{html.escape(k)} {v}" for k, v in sorted(r["counts"]["type"].items()))
        body.append(
            f"<tr class=\"{html.escape(str(r['worst'] or 'none'))}\"><td>{html.escape(r['doc_id'])}</td><td>{html.escape(r['original_id'])}</td>"
            f"<td>{html.escape(str(r['worst'] or '-'))}</td><td>{r['findings']}</td><td>{counts}</td>"
            f"<td>{r['score']:.2f}</td><td>{r['coverage']:.2f}</td><td>{links}</td></tr>"
        )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>factdiff scan: {len(ordered)} derived copies</title>
<style>
body{{font:14px/1.4 system-ui,sans-serif;margin:2em}} table{{border-collapse:collapse}}
td,th{{padding:.3em .6em;border-bottom:1px solid #ddd;text-align:left}}
tr.critical td:nth-child(3){{color:#b00020;font-weight:bold}} tr.major td:nth-child(3){{color:#c25e00}}
</style></head><body>
<h1>{len(ordered)} derived copies</h1>
<p>Sorted by the most severe finding. Score: how strongly the copy derives from the original; coverage: the share of the original it carries.</p>
<table><thead><tr><th>Document</th><th>Original</th><th>Worst</th><th>Findings</th><th>By type</th><th>Score</th><th>Coverage</th><th>Report</th></tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table></body></html>
"""
    write_atomic(folder / "index.html", page)
    return len(ordered)
