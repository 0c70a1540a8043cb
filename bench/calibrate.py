"""Choose the decision threshold of every labelled benchmark on its dev split.

    python bench/calibrate.py [--limit 200] [--seed 0] [--only frank,mrpc] [--write]

For each set with binary labels, scores the dev split (sampled by source like run_all), picks the
threshold on ``factdiff.scoring.consistency_score``: the median, over 200 bootstrap resamples of
the dev rows, of the threshold that maximises balanced accuracy
(``factdiff.benchmarks.metrics.bagged_threshold``; the plain argmax jumped between distant
thresholds on flat curves) and prints the ``THRESHOLDS`` dict. ``--write``
replaces the ``THRESHOLDS`` and ``THRESHOLD_SOURCES`` blocks in src/factdiff/scoring.py. Never
reads a test split. Re-run it whenever detectors change (their findings move the score).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from factdiff import detectors as _detectors  # noqa: E402
from factdiff.benchmarks import BENCHMARKS, runner  # noqa: E402
from factdiff.benchmarks.metrics import bagged_threshold  # noqa: E402

LABELLED = [n for n in BENCHMARKS if n.startswith("summedits")] + ["frank", "xsumfaith", "qags", "polytope", "mrpc"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=200, help="dev rows per set (sampled by source; 0 = all)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--data-root")
    ap.add_argument("--only")
    ap.add_argument("--write", action="store_true", help="update THRESHOLDS in src/factdiff/scoring.py")
    args = ap.parse_args(argv)
    names = [n.strip() for n in args.only.split(",")] if args.only else LABELLED
    chosen: dict[str, float] = {}
    sources: dict[str, str] = {}
    today = dt.date.today().isoformat()
    dets = "+".join(_detectors.names())
    for name in names:
        bench = BENCHMARKS[name]
        t0 = time.perf_counter()
        items, note = runner.select(runner.load_items(bench, args.data_root), "dev", args.limit or None, args.seed, by_source=bench.by_source)
        errs: list[str] = []
        outs, _, _ = runner.audit(items, summary=bench.summary, errors=errs)
        if errs:
            print(f"{name}: {len(errs)} dev rows failed and were left out (first: {errs[0][:160]})", file=sys.stderr)
        lab = [o for o in outs if o.item.label is not None]
        if not lab or len({o.item.label for o in lab}) < 2:
            print(f"{name}: no usable dev labels, skipped", file=sys.stderr)
            continue
        t, acc = bagged_threshold([int(o.item.label) for o in lab], [o.score for o in lab])  # type: ignore[arg-type]
        chosen[name] = t
        sources[name] = f"dev ({note}); {len(lab)} labelled rows; bagged argmax of balanced accuracy, dev BAcc {100 * acc:.1f}; {today}; detectors {dets}"
        print(f"{name}: threshold {t:.4f}  dev BAcc {100 * acc:.1f}  ({len(lab)} rows, {time.perf_counter() - t0:.0f}s)", file=sys.stderr, flush=True)
    if args.only:
        # --only re-chooses some sets: the others keep the thresholds they have
        from factdiff import scoring

        chosen = {**{k: v for k, v in scoring.THRESHOLDS.items() if k not in chosen}, **chosen}
        sources = {**{k: v for k, v in scoring.THRESHOLD_SOURCES.items() if k not in sources}, **sources}
        order = [n for n in LABELLED if n in chosen] + [n for n in chosen if n not in LABELLED]
        chosen = {n: chosen[n] for n in order}
        sources = {n: sources[n] for n in order if n in sources}
    block = "THRESHOLDS: dict[str, float] = {\n" + "".join(f'    "{k}": {v},\n' for k, v in chosen.items()) + "}\n"
    src_block = "THRESHOLD_SOURCES: dict[str, str] = {\n" + "".join(f'    "{k}": "{v}",\n' for k, v in sources.items()) + "}\n"
    print(block + "\n" + src_block)
    if args.write:
        path = ROOT / "src" / "factdiff" / "scoring.py"
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"THRESHOLDS: dict\[str, float\] = \{.*?\n\}\n|THRESHOLDS: dict\[str, float\] = \{\}\n", lambda m: block, text, count=1, flags=re.S)
        text = re.sub(r"THRESHOLD_SOURCES: dict\[str, str\] = \{.*?\n\}\n|THRESHOLD_SOURCES: dict\[str, str\] = \{\}\n", lambda m: src_block, text, count=1, flags=re.S)
        path.write_text(text, encoding="utf-8")
        print(f"updated {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
