"""Latency and memory of one pair audit: cold process, warm call, peak RSS.

    python bench/speed.py [--source FILE --copy FILE] [--runs 10]

Without files it audits two pairs read from ../shared: the seed pair, and a ~1,000-word BBC
business article against a derived copy of it (made with ``factdiff.synth`` when available, else
its extractive summary). Targets (issue 2): warm <= 0.3 s, cold <= 2 s, peak <= 700 MB on 2 cores.

"cold" is the median of 5 fresh processes (after one that writes the bytecode, as an install
does). "warm" clears factdiff's embedding cache before each run, so nothing is reused from the previous
call but the loaded models; "warm (cached)" shows a repeated identical call for comparison.

``--stages`` also prints where the work goes: the CPU time of each stage run one after the other
on one thread (spaCy per component, MiniLM per document, alignment, each detector), best of 3.
compare() runs the encoder beside spaCy, so the warm wall time is less than their sum.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(os.environ.get("FACTDIFF_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def words(text: str) -> int:
    return len(text.split())


def default_pairs() -> list[tuple[str, str, str]]:
    pairs = []
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if len(seeds) >= 2:
        pairs.append(("seed pair", seeds[0].read_text(encoding="utf-8"), seeds[1].read_text(encoding="utf-8")))
    bbc = SHARED / "bbc-news-extractive-summaries"
    if not bbc.exists():
        bbc = SHARED / "benchmarks" / "bbc-news-extractive-summaries"
    arts = sorted((bbc / "article" / "business").glob("*.txt"))
    best = min(arts, key=lambda p: abs(words(p.read_text(encoding="utf-8", errors="replace")) - 1000), default=None)
    if best is not None:
        src = best.read_text(encoding="utf-8", errors="replace")
        try:
            from factdiff.synth import distort

            cop = distort(src, seed=1).copy
            how = "synth copy"
        except ImportError:
            cop = (bbc / "summary" / "business" / best.name).read_text(encoding="utf-8", errors="replace")
            how = "extractive summary"
        pairs.append((f"BBC business/{best.name} vs {how}", src, cop))
    return pairs


def cold(src: str, cop: str, runs: int = 5) -> tuple[float, float]:
    """Median wall time and peak RSS (MB) of a fresh `factdiff check` process.

    The processes may write bytecode (as ``pip install`` compiles it at install time) even where
    the environment sets PYTHONDONTWRITEBYTECODE; one untimed process runs first to write it.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "a.txt"), Path(tmp, "b.txt")
        a.write_text(src, encoding="utf-8")
        b.write_text(cop, encoding="utf-8")
        cmd = [sys.executable, "-m", "factdiff", "check", str(a), str(b), "--format", "json", "-o", str(Path(tmp, "r.json"))]
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, env=env)
        walls = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, env=env)
            walls.append(time.perf_counter() - t)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(walls), peak / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source")
    ap.add_argument("--copy")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--stages", action="store_true", help="print the CPU time of each stage")
    args = ap.parse_args()
    import factdiff
    from factdiff.embed import get_embedder

    pairs = (
        [("given pair", Path(args.source).read_text(encoding="utf-8"), Path(args.copy).read_text(encoding="utf-8"))]
        if args.source
        else default_pairs()
    )
    print(f"cores: {os.cpu_count()}  python {sys.version.split()[0]}  factdiff {factdiff.__version__}")
    print(f"{'pair':48} {'words':>11} {'cold s':>7} {'peak MB':>8} {'warm s p50':>10} {'p95':>6} {'cached s':>8} {'findings':>8}")
    for name, src, cop in pairs:
        cold_s, cold_mb = cold(src, cop)
        emb = get_embedder()
        factdiff.compare(src, cop)  # load models in this process
        times = []
        for _ in range(args.runs):
            emb.clear_cache()  # type: ignore[attr-defined]
            t = time.perf_counter()
            report = factdiff.compare(src, cop)
            times.append(time.perf_counter() - t)
        t = time.perf_counter()
        factdiff.compare(src, cop)
        cached = time.perf_counter() - t
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        print(
            f"{name[:48]:48} {words(src):>5}+{words(cop):<5} {cold_s:7.2f} {cold_mb:8.0f} "
            f"{statistics.median(times):10.3f} {p95:6.3f} {cached:8.3f} {len(report.findings):8d}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this (warm) process: {rss:.0f} MB")
    if args.stages:
        for name, src, cop in pairs:
            stages(name, src, cop)


def stages(name: str, src: str, cop: str, repeats: int = 3) -> None:
    """CPU ms of each stage, run sequentially on one thread (best of ``repeats``)."""
    from factdiff import detectors
    from factdiff.align import align
    from factdiff.context import Context
    from factdiff.derivation import derive
    from factdiff.document import _BLOCK, Document
    from factdiff.embed import MiniLMEmbedder
    from factdiff.nlp import get_nlp

    emb = MiniLMEmbedder(threads=1)
    nlp = get_nlp()
    runs: list[dict[str, float]] = []
    for _ in range(repeats):
        spent: dict[str, float] = {}

        def clock(label: str, fn, *a, spent=spent, **k):  # type: ignore[no-untyped-def]
            t = time.process_time()
            out = fn(*a, **k)
            spent[label] = spent.get(label, 0.0) + time.process_time() - t
            return out

        for text in (src, cop):
            docs = [nlp.make_doc(m.group()) for m in _BLOCK.finditer(text) if m.group().strip()]
            for comp, proc in nlp.pipeline:
                docs = clock(f"spaCy {comp} (both texts)", lambda d=docs, p=proc: list(p.pipe(d, batch_size=32)))
        s_doc = clock("Document source (parse + offsets)", Document.from_text, src)
        c_doc = clock("Document copy (parse + offsets)", Document.from_text, cop)
        emb.clear_cache()
        sv = clock("MiniLM source sentences", emb.encode, [s.text for s in s_doc.sentences])
        cv = clock("MiniLM copy sentences", emb.encode, [s.text for s in c_doc.sentences])
        al = clock("align (incl. merge/split encodes)", align, s_doc, c_doc, emb, source_vectors=sv, copy_vectors=cv)
        dv = clock("derive", derive, s_doc, c_doc, al)
        ctx = Context(source=s_doc, copy=c_doc, alignment=al, derivation=dv, options={})
        for det in detectors.names():
            clock(f"detector {det}", lambda d=det, c=ctx: list(detectors.get(d)(c)))
        runs.append(spent)
    best = {k: min(r[k] for r in runs) for k in runs[0]}
    print(f"\nstages of {name} (CPU ms, one thread, best of {repeats}):")
    spacy_total = sum(v for k, v in best.items() if k.startswith("spaCy"))
    for label, secs in best.items():
        share = f" ({secs / spacy_total:.0%} of spaCy)" if label.startswith("spaCy") else ""
        print(f"  {label:40} {secs * 1000:7.1f}{share}")
    core = [k for k in best if not k.startswith("spaCy")]
    print(f"  {'sum of the stages (one core)':40} {sum(best[k] for k in core) * 1000:7.1f}")


if __name__ == "__main__":
    main()
