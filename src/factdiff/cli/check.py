"""``factdiff check SOURCE COPY``: audit one pair."""

from __future__ import annotations

import argparse

from ..compare import compare
from ..errors import OptionError
from ..textio import read_text
from ._output import add_input_options, add_output_options, emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="audit COPY against SOURCE", description="Audit COPY against SOURCE and list every departure from its facts.")
    p.add_argument("source", help="the original text (file, or - for standard input)")
    p.add_argument("copy", help="the derived text (file, or - for standard input)")
    p.add_argument("--detectors", help="comma-separated detector names to run (default: all)")
    add_input_options(p)
    add_output_options(p)
    p.set_defaults(func=run, leave_fast=True)


def run(args: argparse.Namespace) -> int:
    if args.source == "-" and args.copy == "-":
        raise OptionError("only one of SOURCE and COPY can be read from standard input")
    source = read_text(args.source, max_bytes=args.max_bytes)
    copy = read_text(args.copy, max_bytes=args.max_bytes)
    detectors = [d.strip() for d in args.detectors.split(",") if d.strip()] if args.detectors else None
    report = compare(source, copy, detectors=detectors, summary=args.summary, locale=args.locale)
    return emit(report, args)
