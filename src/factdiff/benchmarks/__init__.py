"""Public benchmarks, read from disk at run time and scored through ``factdiff.compare``.

Each benchmark is a loader module here with ``load(data: Path, **options) -> list[Item]``, the
mapping ``CLASS_TYPES`` from the benchmark's own error classes to factdiff finding types, and
``ANCHORS`` (published numbers to print beside ours). :data:`BENCHMARKS` names every runnable set;
:func:`factdiff.benchmarks.runner.run` runs one and returns its table rows.

Data are never shipped with factdiff: a benchmark is read from ``--data DIR``, else from
``../shared/benchmarks/<dir>`` relative to the working directory, else from
``$FACTDIFF_SHARED/benchmarks/<dir>``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import InputError, OptionError


class Unavailable(InputError):
    """A benchmark's files are present but cannot be scored (e.g. its articles are not shipped)."""

    code = "FD190"


@dataclass(frozen=True)
class Item:
    """One (source, copy) pair of a benchmark with its gold annotation.

    ``label``: 1 consistent / derived / paraphrase, 0 not, ``None`` when the set has no binary
    label. ``classes``: the benchmark's own error classes present in the copy. ``spans``: pairs
    ``(class, text)`` of annotated copy-side text, for "located" recall. ``human``: a graded human
    score where the set has one (QAGS). ``extra``: anything a benchmark's own evaluation needs.
    """

    id: str
    source: str
    copy: str
    label: int | None = None
    classes: tuple[str, ...] = ()
    split: str = "test"
    group: str = ""
    spans: tuple[tuple[str, str], ...] = ()
    human: float | None = None
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Benchmark:
    """A runnable set: which folder, which loader (and its options), how to run compare()."""

    name: str
    dirname: str
    module: str
    summary: bool
    title: str
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    default_limit: int = 300  # rows scored by default (0 = all)
    by_source: bool = True  # sample whole source documents (False: row by row; for sets with few sources)


SUMMEDITS_DOMAINS = ("news", "podcast", "samsum", "sales_call", "sales_email", "qmsumm", "ectsum", "scitldr")

_LIST: list[Benchmark] = [
    *(
        Benchmark(
            "summedits" if d == "news" else f"summedits-{d}",
            "summedits",
            "summedits",
            True,
            f"SummEdits {d}",
            MappingProxyType({"domain": d}),
            0 if d == "news" else 150,
            by_source=False,  # ~20 documents per domain: sample rows, every document still parsed once
        )
        for d in SUMMEDITS_DOMAINS
    ),
    Benchmark("frank", "frank", "frank", True, "FRANK"),
    Benchmark("xsumfaith", "xsumfaith", "xsumfaith", True, "XSumFaith"),
    Benchmark("qags", "qags", "qags", True, "QAGS (CNN/DM + XSum)"),
    Benchmark("cogensumm", "cogensumm", "cogensumm", True, "CoGenSumm"),
    Benchmark("polytope", "polytope", "polytope", True, "PolyTope"),
    Benchmark("aggrefact", "aggrefact_error_types", "aggrefact", True, "AggreFact error types"),
    Benchmark("bbc", "bbc-news-extractive-summaries", "bbc", False, "BBC extractive summaries", default_limit=100),
    Benchmark("clough", "clough-stevenson-short-answer-plagiarism", "clough", False, "Clough–Stevenson", default_limit=100),
    Benchmark("mrpc", "mrpc-msr-paraphrase", "mrpc", False, "MRPC", default_limit=400),
    Benchmark("synth", "bbc-news-extractive-summaries", "synthset", False, "synth (BBC articles)", default_limit=100),
]
BENCHMARKS: dict[str, Benchmark] = {b.name: b for b in _LIST}


def get(name: str) -> Benchmark:
    try:
        return BENCHMARKS[name]
    except KeyError as e:
        raise OptionError(f"unknown benchmark {name!r}; known: {', '.join(BENCHMARKS)}") from e


def locate(bench: Benchmark, data: str | Path | None = None) -> Path:
    """The folder holding ``bench``'s files (see the module docstring for the search order)."""
    tried: list[Path] = []
    if data is not None:
        p = Path(data)
        for cand in (p, p / bench.dirname, p / "benchmarks" / bench.dirname):
            tried.append(cand)
            if (cand / "SOURCE.md").is_file() or (cand.is_dir() and cand.name == bench.dirname):
                return cand
        raise InputError(f"benchmark {bench.name!r}: no data under {p} (tried {', '.join(map(str, tried))})")
    cands = [Path.cwd().parent / "shared" / "benchmarks" / bench.dirname]
    env = os.environ.get("FACTDIFF_SHARED")
    if env:
        cands.append(Path(env) / "benchmarks" / bench.dirname)
    for cand in cands:
        if cand.is_dir():
            return cand
    raise InputError(
        f"benchmark {bench.name!r}: data not found (looked in {', '.join(map(str, cands))}); pass --data DIR or set FACTDIFF_SHARED"
    )
