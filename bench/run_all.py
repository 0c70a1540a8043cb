"""Run every benchmark and write the markdown table for BENCHMARKS.md.

    python bench/run_all.py [-o table.md] [--data-root DIR] [--seed 0] [--scale 1.0] [--only frank,mrpc] [--tune]

Each set is scored on its test split (SummEdits: the file's ``test`` rows; FRANK: ``test``; MRPC:
the test file; sets without a split: a fixed 50/50 hash split, see docs/benchmarks.md), subsampled
by source document with a fixed seed to the budget in ``factdiff.benchmarks.BENCHMARKS``
(``default_limit``; ``--scale`` multiplies it). Decision thresholds come from
``factdiff.scoring.THRESHOLDS`` (chosen on dev splits by ``bench/calibrate.py``) unless ``--tune``
chooses them now on each set's dev split. Progress goes to standard error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factdiff import detectors as _detectors  # noqa: E402
from factdiff.benchmarks import BENCHMARKS, SUMMEDITS_DOMAINS, runner  # noqa: E402


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True, cwd=Path(__file__).parent)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", help="write the markdown here (default: print it)")
    ap.add_argument("--data-root", help="folder holding the benchmark folders (default: ../shared/benchmarks or $FACTDIFF_SHARED/benchmarks)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every set's row budget (e.g. 0.2 for a quick look)")
    ap.add_argument("--only", help="comma-separated benchmark names (default: all)")
    ap.add_argument("--tune", action="store_true", help="choose each threshold now on the set's dev split")
    args = ap.parse_args(argv)

    names = [n.strip() for n in args.only.split(",")] if args.only else list(BENCHMARKS)
    results: list[runner.Result] = []
    commands: list[str] = []
    t_all = time.perf_counter()
    for name in names:
        bench = BENCHMARKS[name]
        limit = 0 if bench.default_limit == 0 else max(1, int(math.ceil(bench.default_limit * args.scale)))  # 0 = all rows
        t0 = time.perf_counter()
        print(f"[{time.strftime('%H:%M:%S')}] {name}: {f'up to {limit}' if limit else 'all'} rows ...", file=sys.stderr, flush=True)
        try:
            res = runner.run(name, data=args.data_root, limit=limit, seed=args.seed, tune=args.tune)
        except Exception as e:  # one broken set must not lose the others' numbers
            print(f"  {name}: FAILED: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
            res = runner.Result(bench, [runner.Row("not scored", f"{type(e).__name__}: {e}")], 0, 0.0, runner.peak_mb(), "failed")
        res.outcomes.clear()  # keep memory flat across sets (reports hold parsed articles)
        results.append(res)
        data_opt = f" --data {args.data_root}" if args.data_root else ""
        tune_opt = " --tune" if args.tune else ""
        commands.append(f"- `{name}`: {res.note} — `factdiff bench {name} --limit {limit} --seed {args.seed}{data_opt}{tune_opt}`")
        print(f"  {name}: {res.pairs} pairs, {time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)
    total = time.perf_counter() - t_all

    summ = [r for r in results if r.bench.name.startswith("summedits") and r.rows and r.rows[0].metric == "balanced accuracy"]
    lines = [
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · commit {_commit()} · detectors: {', '.join(_detectors.names())} · "
        f"{os.cpu_count()} CPUs ({platform.machine()}) · total {total / 60:.1f} min · seed {args.seed}"
        + (" · thresholds tuned on dev now" if args.tune else " · thresholds from factdiff.scoring.THRESHOLDS"),
        "",
        runner.markdown(results),
    ]
    if len(summ) > 1:
        vals = [r.rows[0].value for r in summ if isinstance(r.rows[0].value, float) and not math.isnan(r.rows[0].value)]
        if vals:
            lines.append(
                f"SummEdits, mean balanced accuracy over the {len(vals)} domains run here (of {len(SUMMEDITS_DOMAINS)} shipped; "
                f"anchors' overall uses 10): **{100 * sum(vals) / len(vals):.1f}** "
                "(anchors overall: SummaC-Conv 57.1 · QAFactEval 65.5 · GPT-4 82.1 · human 90.9)\n"
            )
    lines.append("Rows and commands (each row reproduces with its command; scores are percentages unless marked):\n")
    lines += commands
    text = "\n".join(lines) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output} ({total / 60:.1f} min)", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
