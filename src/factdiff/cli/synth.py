"""``factdiff synth SOURCE``: make a distorted copy of a text with the expected findings as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..synth import ALL_KINDS, distort
from ..textio import read_text
from ._output import write_atomic


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "synth",
        help="make a distorted copy of SOURCE with known ground truth",
        description=(
            "Write a derived copy of SOURCE with planted, labelled distortions (changed figures, dates, "
            "names, negations, quotes, speakers; dropped and inserted sentences) and meaning-preserving "
            "noise, and optionally a JSON file listing every planted change with its spans."
        ),
    )
    p.add_argument("source", help="the original text (file, or - for standard input)")
    p.add_argument("-o", "--output", metavar="COPY", help="write the copy to COPY (default: standard output)")
    p.add_argument("--expected", metavar="FILE.json", help="write the planted changes (factdiff.synth/1 JSON) to FILE.json")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0); the same seed gives the same copy")
    p.add_argument("--rate", type=float, default=0.3, help="chance that a sentence gets a fact distortion (default 0.3)")
    p.add_argument("--noise", type=float, default=0.3, help="chance of a meaning-preserving rewrite (default 0.3)")
    p.add_argument("--drop", type=float, default=0.1, help="chance that a sentence is dropped (default 0.1)")
    p.add_argument("--insert", type=float, default=0.05, help="chance that a fabricated sentence is inserted (default 0.05)")
    p.add_argument("--kinds", help=f"comma-separated kinds or finding types to plant (default: all). Kinds: {', '.join(ALL_KINDS)}")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    text = read_text(args.source)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()] if args.kinds else None
    result = distort(text, seed=args.seed, rate=args.rate, kinds=kinds, noise=args.noise, drop=args.drop, insert=args.insert)
    if args.output:
        write_atomic(Path(args.output), result.copy)
    else:
        sys.stdout.write(result.copy)
        sys.stdout.flush()
    if args.expected:
        write_atomic(Path(args.expected), json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    return 0
