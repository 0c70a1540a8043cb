"""Options every report-printing command shares, and writing the result safely."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from ..errors import InputError
from ..findings import Severity
from ..render import FORMATS, render
from ..report import Report
from ..textio import DEFAULT_MAX_BYTES


def add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", "-f", choices=list(FORMATS), default="text", help="output format (default: text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    p.add_argument(
        "--fail-on",
        choices=[str(s) for s in Severity] + ["never"],
        default="major",
        help="exit 1 when a finding at or above this severity exists (default: major)",
    )
    p.add_argument("--min-severity", choices=[str(s) for s in Severity], default="info", help="text format: hide findings below this")
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto", help="colour in the text format")


def add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES:,}; 0 = no limit)")
    p.add_argument("--summary", action="store_true", help="the copy is a summary: omissions are expected (capped at minor)")
    p.add_argument("--locale", choices=["us", "eu"], default="us", help="how to read numeric dates like 2/12/2026 (default: us)")


def emit(report: Report, args: argparse.Namespace) -> int:
    to_tty = args.output is None and sys.stdout.isatty()
    colour = args.color == "always" or (args.color == "auto" and to_tty and not os.environ.get("NO_COLOR"))
    text = render(report, args.format, colour=colour, min_severity=args.min_severity)
    if args.output:
        write_atomic(Path(args.output), text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    if args.fail_on == "never":
        return 0
    return 1 if report.at_least(args.fail_on) else 0


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a failure never leaves a half-written file."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
