"""Corpus-mode benchmark: find derived copies of benchmark articles in a mixed stream.

    python bench/corpus.py                      # default run (~10 minutes on 2 cores)
    python bench/corpus.py --derived 100 --verify 60 --scale 1000,10000   # quick look

What it does (all texts are read at run time from ../shared/benchmarks, nothing is copied):

1. **Originals**: the articles of FRANK, XSumFaith, QAGS, PolyTope, SummEdits, AggreFact, the BBC
   extractive-summaries set and NTREX-128 English (documents re-assembled from their lines),
   de-duplicated (exact, then near-duplicates found with the index itself). A seeded 75 % are
   indexed; the other 25 % are held out as **negatives** (unrelated and same-topic news: same
   sources, same categories, same weeks).
2. **Derived copies** of a sample of indexed originals, two tiers:
   * ``spun``: ``factdiff.synth.distort`` (facts changed at rate 0.3, meaning-preserving noise 0.3,
     sentences dropped 0.1, fabricated sentences 0.05), then a quarter of the paragraphs dropped
     (a contiguous quarter of the sentences for one-paragraph texts);
   * ``heavy``: the spun copy with 40 % of its lowercase content words replaced by random words of
     the corpus vocabulary (a stand-in for aggressive synonym spinning that also destroys the words'
     stems, which is harsher than real spinning).
3. **Screening** (signature + LSH + overlap ranking) of every derived copy and negative: recall of
   the true original among the top 3 candidates, the share of negatives that would reach
   ``compare()``, and throughput in documents/s on one core.
4. **Verdict**: ``Index.scan`` (screening, then ``compare()``) on a sample of copies and of
   negatives that screening proposes: recall and precision of the matches. The first part runs in
   this process and again on a Dask LocalCluster (2 workers): identical matches and the speed-up.
5. **Scale**: index 1k, 10k and 100k originals (the real ones plus synthetic filler drawn from the
   corpus's word distribution) in fresh processes: build rate, screening rate, screening recall of
   the heavy copies, peak memory.
"""

from __future__ import annotations

import argparse
import csv
import glob
import hashlib
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("FACTDIFF_SHARED", ROOT.parent / "shared"))
BENCH = SHARED / "benchmarks"

_WORD = re.compile(r"[A-Za-z]+")
MIN = 0.4  # factdiff.corpus.index.DEFAULT_MIN_SCORE: least screening score sent to compare()


# -- loading the originals -----------------------------------------------------------------------


def load_articles() -> list[tuple[str, str]]:
    """(id, text) of every benchmark article of 400+ characters, exact duplicates removed."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []

    def add(source: str, key: str, text: str | None) -> None:
        if not text or len(text) < 400:
            return
        h = hashlib.sha1(" ".join(text.lower().split())[:400].encode()).hexdigest()
        if h in seen:
            return
        seen.add(h)
        out.append((f"{source}/{key}", text))

    for line in open(BENCH / "frank/frank_articles.jsonl", encoding="utf-8"):
        d = json.loads(line)
        add("frank", d["hash"], d["article"])
    for line in open(BENCH / "xsumfaith/xsum_articles_subset_from_frank.jsonl", encoding="utf-8"):
        d = json.loads(line)
        add("xsumfaith", d["bbcid"], d["article"])
    for line in open(BENCH / "polytope/polytope_sources.jsonl", encoding="utf-8"):
        d = json.loads(line)
        add("polytope", d["doc_id"], d["source"])
    for f in sorted(glob.glob(str(BENCH / "qags/*.jsonl"))):
        for n, line in enumerate(open(f, encoding="utf-8")):
            add("qags", f"{Path(f).stem}-{n}", json.loads(line)["article"])
    for f in sorted(glob.glob(str(BENCH / "summedits/*.json"))):
        for d in json.load(open(f, encoding="utf-8")):
            add("summedits", f"{Path(f).stem}-{d['id']}", d["doc"])
    for f in sorted(glob.glob(str(BENCH / "bbc-news-extractive-summaries/article/*/*.txt"))):
        add("bbc", f"{Path(f).parent.name}-{Path(f).stem}", Path(f).read_text(encoding="latin-1"))
    csv.field_size_limit(10**9)
    for f in sorted(glob.glob(str(BENCH / "aggrefact_error_types/*.csv"))):
        for n, row in enumerate(csv.DictReader(open(f, encoding="utf-8"))):
            add("aggrefact", f"{Path(f).stem}-{n}", row.get("doc"))
    ntrex = BENCH / "ntrex128-news-en-ja-de-fr-zh"
    if (ntrex / "DOCUMENT_IDS.tsv").exists():
        ids = [line.split("\t")[0].strip() for line in open(ntrex / "DOCUMENT_IDS.tsv", encoding="utf-8")]
        lines = (ntrex / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
        docs: dict[str, list[str]] = defaultdict(list)
        for doc_id, line in zip(ids, lines, strict=False):
            docs[doc_id].append(line)
        for doc_id, ls in docs.items():
            add("ntrex", doc_id, ls[0] + "\n\n" + "\n".join(ls[1:]))
    return out


def dedupe_near(articles: list[tuple[str, str]], folder: Path) -> list[tuple[str, str]]:
    """Drop articles that near-duplicate an earlier kept one (estimated Jaccard of the immutables
    >= 0.5, or overlap coefficient >= 0.8: the same story re-published in two benchmarks, cut at
    another length, or re-cased and re-tokenised)."""
    from factdiff.corpus import Index

    keep: list[tuple[str, str]] = []
    kept: set[str] = set()
    with Index(folder / "dedupe.db") as ix:
        ix.add(articles, batch_size=1000)
        for lo in range(0, len(articles), 500):
            chunk = articles[lo : lo + 500]
            for (doc_id, text), cands in zip(chunk, ix.query_many([t for _, t in chunk], k=10), strict=True):
                if any(c.id in kept and (c.jaccard >= 0.5 or c.score >= 0.8) for c in cands):
                    continue
                kept.add(doc_id)
                keep.append((doc_id, text))
    return keep


# -- making derived copies -----------------------------------------------------------------------


def drop_paragraphs(text: str, rng: random.Random, frac: float = 0.25) -> str:
    paras = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    if len(paras) >= 4:
        n = max(1, round(len(paras) * frac))
        keep = sorted(rng.sample(range(len(paras)), len(paras) - n))
        return "\n\n".join(paras[i] for i in keep)
    sents = re.split(r"(?<=[.!?])\s+", text)
    if len(sents) < 4:
        return text
    n = max(1, round(len(sents) * frac))
    start = rng.randrange(0, len(sents) - n + 1)
    return " ".join(sents[:start] + sents[start + n :])


def replace_words(text: str, rng: random.Random, vocab: list[str], p: float = 0.4) -> str:
    from factdiff.corpus.signature import _STOP

    def sub(m: re.Match[str]) -> str:
        w = m.group()
        if len(w) < 4 or w[0].isupper() or w.lower() in _STOP or rng.random() >= p:
            return w
        return rng.choice(vocab)

    return _WORD.sub(sub, text)


def make_copies(originals: list[tuple[str, str]], n: int, vocab: list[str], seed: int) -> list[dict[str, str]]:
    from factdiff.synth import distort

    rng = random.Random(seed)
    copies = []
    for i, (doc_id, text) in enumerate(rng.sample(originals, min(n, len(originals)))):
        spun = drop_paragraphs(distort(text, seed=i, rate=0.3, noise=0.3, drop=0.1, insert=0.05).copy, rng)
        heavy = replace_words(spun, rng, vocab)
        copies.append({"id": f"spun:{doc_id}", "text": spun, "original": doc_id, "tier": "spun"})
        copies.append({"id": f"heavy:{doc_id}", "text": heavy, "original": doc_id, "tier": "heavy"})
    return copies


def filler(n: int, seed: int, tokens: list[str]) -> list[tuple[str, str]]:
    """Synthetic articles drawn from the corpus's token distribution (for index size only)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        words = rng.choices(tokens, k=rng.randint(250, 600))
        sentences = [" ".join(words[j : j + 20]).capitalize() + "." for j in range(0, len(words), 20)]
        out.append((f"filler/{seed}-{i}", " ".join(sentences)))
    return out


# -- measuring -----------------------------------------------------------------------------------


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def screen(ix: object, stream: list[dict[str, str]], k: int = 3) -> tuple[list[list[object]], float, float]:
    """Screen the stream in batches of 500; returns candidates, wall seconds and CPU seconds."""
    w0, c0 = time.perf_counter(), time.process_time()
    out: list[list[object]] = []
    for lo in range(0, len(stream), 500):
        out.extend(ix.query_many([d["text"] for d in stream[lo : lo + 500]], k=k))  # type: ignore[attr-defined]
    return out, time.perf_counter() - w0, time.process_time() - c0


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"


def screen_recall(stream: list[dict[str, str]], cands: list[list[object]], min_score: float) -> tuple[int, int]:
    hit = sum(1 for d, cs in zip(stream, cands, strict=True) if any(c.id == d["original"] and c.score >= min_score for c in cs))  # type: ignore[attr-defined]
    return hit, len(stream)


def scale_child(size: int, work: Path, config: object = None) -> None:
    """Runs in a fresh process: index ``size`` originals (real ones first, then filler), screen the
    stream; print one JSON line."""
    from factdiff.corpus import Index

    originals = [tuple(x) for x in json.loads((work / "originals.json").read_text())]
    stream = json.loads((work / "stream.json").read_text())
    tokens = json.loads((work / "tokens.json").read_text())
    docs = originals[:size] + filler(max(0, size - len(originals)), size, tokens)
    db = work / f"scale-{size}.db"
    ix = Index(db, config=config)
    t0 = time.process_time()
    ix.add(docs, batch_size=1000)
    build = time.process_time() - t0
    present = {d for d, _ in docs}
    stream = [d for d in stream if d["original"] in present or d["tier"] == "negative"]
    cands, _, t = screen(ix, stream)
    copies = [(d, c) for d, c in zip(stream, cands, strict=True) if d["tier"] != "negative"]
    hit = sum(1 for d, cs in copies if any(c.id == d["original"] and c.score >= MIN for c in cs))
    size_mb = sum(p.stat().st_size for p in work.glob(f"scale-{size}.db*")) / 1e6
    ix.close()
    print(json.dumps({"size": len(docs), "build_s": build, "build_rate": len(docs) / build, "screen_rate": len(stream) / t,
                      "screened": len(stream), "recall": hit / max(1, len(copies)), "copies": len(copies),
                      "peak_mb": peak_mb(), "index_mb": size_mb}))


def table(rows: list[list[object]], head: list[str]) -> str:
    cells = [head] + [[f"{c:,.3f}" if isinstance(c, float) and c < 10 else f"{c:,.0f}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--derived", type=int, default=500, help="originals to make copies of (x2 tiers; default 500)")
    ap.add_argument("--verify", type=int, default=80, help="copies per tier and negatives run through compare() (default 80; 0 skips the verdict and Dask parts)")
    ap.add_argument("--dask-docs", type=int, default=24, help="documents of the verdict sample also run in one process, to compare with Dask (default 24)")
    ap.add_argument("--workers", type=int, default=2, help="Dask LocalCluster workers (default 2)")
    ap.add_argument("--scale", default="1000,10000,100000", help="index sizes for the growth table ('' to skip)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--bands", type=int, default=48, help="LSH bands of the indexes built (default 48)")
    ap.add_argument("--rows", type=int, default=2, help="MinHash rows per band (default 2)")
    ap.add_argument("--scale-child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    from factdiff.corpus.signature import SignatureConfig

    config = SignatureConfig(bands=args.bands, rows=args.rows)
    if args.scale_child:
        scale_child(args.scale_child, args.work, config)
        return
    if not BENCH.is_dir():
        sys.exit(f"bench/corpus.py: {BENCH} not found (set FACTDIFF_SHARED)")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from factdiff.corpus import Index
    from factdiff.corpus.executor import DaskExecutor

    t_all = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="factdiff-corpus-bench-"))
    rng = random.Random(args.seed)

    articles = load_articles()
    t0 = time.perf_counter()
    unique = dedupe_near(articles, work)
    print(f"originals: {len(articles):,} benchmark articles, {len(unique):,} after near-duplicate removal ({time.perf_counter() - t0:.1f}s)")
    rng.shuffle(unique)
    cut = int(len(unique) * 0.75)
    indexed, held_out = unique[:cut], unique[cut:]
    vocab = sorted({w.lower() for _, t in unique[:400] for w in _WORD.findall(t) if len(w) >= 4})
    tokens = [w for _, t in unique[:400] for w in re.findall(r"\S+", t)]

    db = work / "index.db"
    ix = Index(db, config=config)
    t0, c0 = time.perf_counter(), time.process_time()
    ix.add(indexed)
    build_s, build_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"index: {len(indexed):,} originals in {build_s:.2f}s wall, {build_cpu:.2f}s CPU = {len(indexed) / build_cpu:,.0f} docs per CPU-second;"
          f" {ix.stats()['bytes'] / 1e6:.1f} MB ({load()})")

    t0 = time.perf_counter()
    copies = make_copies(indexed, args.derived, vocab, args.seed)
    print(f"copies: {len(copies):,} derived copies made in {time.perf_counter() - t0:.0f}s")
    negatives = [{"id": f"neg:{d}", "text": t, "original": "", "tier": "negative"} for d, t in held_out]
    stream = copies + negatives
    random.Random(args.seed + 1).shuffle(stream)

    # -- screening
    cands, t_screen, cpu_screen = screen(ix, stream)
    rows = []
    by_tier: dict[str, list[tuple[dict[str, str], list[object]]]] = defaultdict(list)
    for d, cs in zip(stream, cands, strict=True):
        by_tier[d["tier"]].append((d, cs))
    for tier in ("spun", "heavy"):
        items = by_tier[tier]
        top1 = sum(1 for d, cs in items if cs and cs[0].id == d["original"] and cs[0].score >= MIN)
        top3 = sum(1 for d, cs in items if any(c.id == d["original"] and c.score >= MIN for c in cs))
        rows.append([tier, len(items), top1 / len(items), top3 / len(items), ""])
    neg = by_tier["negative"]
    proposed = [d for d, cs in neg if cs and cs[0].score >= MIN]
    rows.append(["negative", len(neg), "", "", len(proposed) / len(neg)])
    print(f"\nScreening (signature + LSH + overlap ranking; candidate score >= {MIN})")
    print(table(rows, ["stream", "docs", "recall@1", "recall@3", "share sent to compare"]))
    print(f"screening throughput: {len(stream):,} docs in {cpu_screen:.2f} CPU-s = {len(stream) / cpu_screen:,.0f} docs/s per core"
          f" ({t_screen:.2f}s wall; index of {len(indexed):,}; {load()})")

    # -- verdict
    if args.verify > 0:
        vr = random.Random(args.seed + 2)
        sample = vr.sample([d for d, _ in by_tier["spun"]], min(args.verify, len(by_tier["spun"])))
        sample += vr.sample([d for d, _ in by_tier["heavy"]], min(args.verify, len(by_tier["heavy"])))
        sample += vr.sample(proposed, min(args.verify, len(proposed)))
        vr.shuffle(sample)
        docs = [(d["id"], d["text"]) for d in sample]
        head = docs[: args.dask_docs]

        t0 = time.perf_counter()
        list(ix.scan(docs[:2]))  # load the models once before timing
        warm_local = time.perf_counter() - t0
        t0 = time.perf_counter()
        local_head = [m.to_dict() for m in ix.scan(head, batch_size=4)]
        t_local = time.perf_counter() - t0
        t0 = time.perf_counter()
        with DaskExecutor(workers=args.workers) as ex:
            t_cluster = time.perf_counter() - t0
            t0 = time.perf_counter()
            list(ix.scan(docs[: 2 * args.workers], executor=ex, batch_size=1))  # model load on every worker
            warm_dask = time.perf_counter() - t0
            t0 = time.perf_counter()
            dask_head = [m.to_dict() for m in ix.scan(head, batch_size=4, executor=ex)]
            t_dask = time.perf_counter() - t0
            t0 = time.perf_counter()
            rest = [m.to_dict() for m in ix.scan(docs[len(head) :], batch_size=4, executor=ex)]
            t_rest = time.perf_counter() - t0
        identical = dask_head == local_head
        matches = dask_head + rest

        got = {m["doc_id"]: m for m in matches}
        vrows = []
        all_tp = all_fp = all_n = 0
        for tier in ("spun", "heavy"):
            items = [d for d in sample if d["tier"] == tier]
            tp = sum(1 for d in items if d["id"] in got and got[d["id"]]["original_id"] == d["original"])
            wrong = sum(1 for d in items if d["id"] in got and got[d["id"]]["original_id"] != d["original"])
            vrows.append([tier, len(items), tp / len(items), wrong, ""])
            all_tp, all_fp, all_n = all_tp + tp, all_fp + wrong, all_n + len(items)
        negs = [d for d in sample if d["tier"] == "negative"]
        fp_neg = sum(1 for d in negs if d["id"] in got)
        all_fp += fp_neg
        vrows.append(["negative (proposed)", len(negs), "", fp_neg, ""])
        precision = all_tp / max(1, all_tp + all_fp)
        vrows.append(["all sampled", all_n + len(negs), all_tp / all_n, all_fp, precision])
        print(f"\nVerdict (Index.scan: screening, then compare(); {len(sample)} sampled documents)")
        print(table(vrows, ["stream", "docs", "recall", "false matches", "precision"]))
        # the whole stream: negatives that screening does not propose never reach compare()
        n_copies = len(by_tier["spun"]) + len(by_tier["heavy"])
        tp_est = all_tp / all_n * n_copies
        wrong_est = (all_fp - fp_neg) / all_n * n_copies
        fp_est = fp_neg / max(1, len(negs)) * len(proposed)
        print(f"whole stream ({n_copies:,} copies, {len(neg):,} negatives of which {len(proposed):,} proposed): estimated recall {tp_est / n_copies:.3f},"
              f" false matches {wrong_est + fp_est:.1f} ({1000 * fp_est / len(neg):.1f} per 1,000 negatives),"
              f" precision {tp_est / max(1e-9, tp_est + wrong_est + fp_est):.3f}")
        print(f"verdict time: {len(docs)} docs, {(t_dask + t_rest):.0f}s on Dask ({len(docs) / (t_dask + t_rest):.2f} docs/s)")

        print(f"\nDask LocalCluster ({args.workers} workers) vs one process, {len(head)} documents (models already loaded)")
        print(table([["local", t_local, len(head) / t_local, ""], [f"dask x{args.workers}", t_dask, len(head) / t_dask, t_local / t_dask]],
                    ["executor", "seconds", "docs/s", "speed-up"]))
        print(f"identical matches: {identical} ({len(local_head)} matches); cluster start {t_cluster:.1f}s, worker model load {warm_dask:.1f}s"
              f" (local model load {warm_local:.1f}s)")
    ix.close()

    # -- scale
    sizes = [int(s) for s in args.scale.split(",") if s.strip()]
    if sizes:
        (work / "originals.json").write_text(json.dumps(indexed))
        heavy = [d for d, _ in by_tier["heavy"]][:1000]
        (work / "stream.json").write_text(json.dumps(heavy + [d for d, _ in neg][:1000]))
        (work / "tokens.json").write_text(json.dumps(tokens))
        srows = []
        for size in sizes:
            out = subprocess.run([sys.executable, __file__, "--scale-child", str(size), "--work", str(work), "--bands", str(args.bands), "--rows", str(args.rows)],
                                 capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
            r = json.loads(out.stdout.strip().splitlines()[-1])
            srows.append([f"{r['size']:,}", r["build_s"], r["build_rate"], r["screen_rate"], r["recall"], r["peak_mb"], r["index_mb"]])
            (work / f"scale-{size}.db").unlink(missing_ok=True)
        print(f"\nGrowth with index size (fresh process each; screening {len(heavy):,} heavy copies + {min(1000, len(neg)):,} negatives;"
              f" rates per CPU-second; {load()})")
        print(table(srows, ["originals", "build CPU-s", "build docs/s", "screen docs/s", "heavy recall@3", "peak RSS MB", "index MB"]))
    print(f"\npeak RSS of this process: {peak_mb():,.0f} MB; total {time.perf_counter() - t_all:.0f}s")


if __name__ == "__main__":
    main()
