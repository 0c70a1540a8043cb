"""``factdiff bench NAME``: score factdiff on a public benchmark read from disk."""

from __future__ import annotations

import argparse
import sys

from ..benchmarks import BENCHMARKS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bench",
        help="score factdiff on a public benchmark",
        description=(
            "Run a benchmark (read from --data DIR, ../shared/benchmarks/<set>, or $FACTDIFF_SHARED/benchmarks/<set>) "
            "through compare() and print its table: balanced accuracy / ROC AUC where the set has labels, recall per "
            "error type, false alarms, speed and peak memory. See docs/benchmarks.md."
        ),
    )
    p.add_argument("name", choices=list(BENCHMARKS) + ["list"], metavar="NAME", help=f"one of: {', '.join(BENCHMARKS)} (or 'list')")
    p.add_argument("--data", metavar="DIR", help="the benchmark's folder (or a folder holding it)")
    p.add_argument("--limit", type=int, help="score at most N rows (sampled by source with --seed; default: the set's budget, 0 = all)")
    p.add_argument("--seed", type=int, default=0, help="sampling seed (default 0)")
    p.add_argument("--split", choices=["test", "dev", "all"], default="test", help="which rows to score (default: test)")
    p.add_argument("--threshold", type=float, help="decision threshold on the consistency score (default: the dev-chosen one)")
    p.add_argument("--tune", action="store_true", help="choose the threshold now on the dev split (same --limit/--seed)")
    p.add_argument("--detectors", help="comma-separated detectors to run (default: all registered)")
    p.add_argument("--markdown", action="store_true", help="print a markdown table instead of plain text")
    p.add_argument("--progress", action="store_true", help="show progress on standard error")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..benchmarks import runner

    if args.name == "list":
        for b in BENCHMARKS.values():
            print(f"{b.name:<22} {b.title}  (folder {b.dirname}, default limit {b.default_limit})")
        return 0
    detectors = [d.strip() for d in args.detectors.split(",") if d.strip()] if args.detectors else None

    def progress(done: int, total: int) -> None:
        if done == total or done % 10 == 0:
            print(f"\r{args.name}: {done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)

    result = runner.run(
        args.name,
        data=args.data,
        limit=args.limit,
        seed=args.seed,
        split=args.split,
        threshold=args.threshold,
        tune=args.tune,
        detectors=detectors,
        progress=progress if args.progress else None,
    )
    sys.stdout.write(runner.markdown([result]) if args.markdown else runner.plain(result))
    return 0
