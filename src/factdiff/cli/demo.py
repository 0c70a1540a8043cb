"""``factdiff demo``: audit the example pair shipped with the package."""

from __future__ import annotations

import argparse
from importlib.resources import files

from ..compare import compare
from ._output import add_output_options, emit


def demo_texts() -> tuple[str, str]:
    data = files("factdiff") / "data"
    return (data / "demo_source.txt").read_text(encoding="utf-8"), (data / "demo_copy.txt").read_text(encoding="utf-8")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="audit the example pair shipped with factdiff", description="Audit the example source/copy pair that ships with factdiff.")
    add_output_options(p)
    p.set_defaults(func=run, fail_on="never", leave_fast=True)


def run(args: argparse.Namespace) -> int:
    source, copy = demo_texts()
    return emit(compare(source, copy), args)
