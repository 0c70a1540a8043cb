"""Recall of one kind of planted change over every BBC article that offers it.

    python bench/planted.py --kind stage_change [--limit N]

The synth row of ``bench/run_all.py`` plants every kind at once in 100 articles, so a kind that few
articles offer (a legal or legislative step moved along: most BBC business, sport and tech stories
have none) is planted a handful of times there. This script plants only ``--kind`` with
:func:`factdiff.synth.distort` (``rate=1.0``, no noise, no drops, no insertions; the seed is the
article's index, as in the synth row) in each BBC article shipped in ``../shared`` (100), audits
every copy that got one, and counts a planted change as found when a finding of an accepted type
(:data:`factdiff.benchmarks.synthset.ACCEPT`) at minor or above overlaps its copy span. Misses are
printed with the source words around them. Data is read at run time from ``../shared``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import factdiff  # noqa: E402
from factdiff import Severity  # noqa: E402
from factdiff.benchmarks._text import read_any  # noqa: E402
from factdiff.benchmarks.synthset import ACCEPT  # noqa: E402
from factdiff.synth import FACT_KINDS, distort  # noqa: E402

SHARED = Path(os.environ.get("FACTDIFF_SHARED", ROOT.parent / "shared"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", required=True, choices=sorted(k for k in FACT_KINDS if k in ACCEPT))
    ap.add_argument("--limit", type=int, default=0, help="articles to try (default: all)")
    args = ap.parse_args()
    folder = SHARED / "benchmarks" / "bbc-news-extractive-summaries" / "article"
    arts = sorted(folder.glob("*/*.txt"))
    if not arts:
        sys.exit(f"no BBC articles in {folder}")
    if args.limit:
        arts = arts[: args.limit]
    accept = set(ACCEPT[args.kind])
    t0 = time.perf_counter()
    found = planted = copies = 0
    for k, path in enumerate(arts):
        text = read_any(path)
        s = distort(text, seed=k, kinds=[args.kind], rate=1.0, noise=0.0, drop=0.0, insert=0.0)
        mine = [e for e in s.expected if e.kind == args.kind and e.copy is not None]
        if not mine:
            continue
        copies += 1
        report = factdiff.compare(s.source, s.copy)
        for e in mine:
            planted += 1
            assert e.copy is not None
            hit = any(
                f.type in accept and f.severity >= Severity.MINOR and f.copy is not None
                and f.copy.start < e.copy.end and e.copy.start < f.copy.end
                for f in report.findings
            )
            found += hit
            if not hit and e.source is not None:
                around = text[max(0, e.source.start - 60) : e.source.end + 40].replace("\n", " ")
                print(f"  missed {path.parent.name}/{path.stem}: '{e.source.text}' → '{e.copy.text}'  …{around}…")
    print(f"{args.kind}: {copies} of {len(arts)} articles offer one; found {found} of {planted} planted "
          f"({found / planted:.3f})" if planted else f"{args.kind}: no article offers one")
    print(f"[{time.perf_counter() - t0:.0f}s]")


if __name__ == "__main__":
    main()
