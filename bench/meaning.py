"""SummEdits-news recall of the polarity/meaning detectors, and their false-alarm rate.

Usage::

    python bench/meaning.py [--split evaluation|test|all] [--against doc|original] [--domain news] [--limit N]

For each SummEdits news row the edited ``summary`` is audited against the ``doc`` (as factdiff
would see it: a short copy of a long source), or, with ``--against original``, against the
unedited seed summary (isolates the detectors from the alignment). A row is *flagged* when
``compare(..., detectors=["polarity", "meaning"])`` reports at least one finding of the given
severity or above. Printed per split: recall on inconsistent rows whose edit types include
``negation_insertion_removal`` / ``antonym_swap`` (and on the other inconsistent rows), and the
false-alarm rate on consistent rows (label 1), at severity >= minor and >= major.

Thresholds were tuned on the ``evaluation`` split only; ``test`` is reported untouched.
The data is read at run time from ``$FACTDIFF_SHARED/benchmarks/summedits`` (default ``../shared``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import factdiff  # noqa: E402
from factdiff import Document, Severity  # noqa: E402

SHARED = Path(os.environ.get("FACTDIFF_SHARED", ROOT.parent / "shared"))
GROUPS = ("negation_insertion_removal", "antonym_swap", "other_inconsistent", "consistent")


def group_of(row: dict) -> list[str]:
    if row["label"] == 1:
        return ["consistent"]
    types = row.get("edit_types") or []
    out = [t for t in ("negation_insertion_removal", "antonym_swap") if t in types]
    return out or ["other_inconsistent"]


def _changes(row: dict) -> list[tuple[str, list[str], list[str]]]:
    """The word diff of a row's summary against its unedited seed: (op, seed words, summary words)
    for every run that is not equal."""
    import difflib

    old, new = row["original_summary"].split(), row["summary"].split()
    return [(op, old[i1:i2], new[j1:j2])
            for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
            if op != "equal"]


def edit_kind(row: dict) -> str:
    """What the edit is, read with factdiff's lexicon on the word diff of the summary against its seed.

    ``opposite``: some replaced word or phrase is a lexicon opposite of the one it replaced;
    ``synonym``: every replacement is a lexicon synonym ("decline" → "drop") and nothing else
    changed; ``other``: anything else (a new phrase, a name, a number, an insertion).
    """
    from factdiff import lexicon as lx
    from factdiff.nlp import get_nlp

    nlp = get_nlp()

    def lemma_list(words: list[str]) -> list[str]:
        return [t.lemma_.lower() for t in nlp(" ".join(words)) if t.is_alpha] if words else []

    kinds = set()
    for op, old, new in _changes(row):
        if op != "replace":
            kinds.add("other")
            continue
        a, b = lemma_list(old), lemma_list(new)
        rel = {lx.relation(x, y) for x in [*a, " ".join(a)] for y in [*b, " ".join(b)]}
        kinds.add("opposite" if -1 in rel else "synonym" if 1 in rel else "other")
    if "opposite" in kinds:
        return "opposite"
    return "synonym" if kinds == {"synonym"} else "other"


def negation_kind(row: dict) -> str:
    """Whether the summary's word diff against its seed adds or drops a negating word at all
    (``negator``: "not", "never", "without", "failed", "lack", ...) or flips polarity some other way
    (``no negator``: "is hard" → "is easy" labelled as a negation, a rewritten clause)."""
    from factdiff import lexicon as lx
    from factdiff.nlp import get_nlp

    negating = (lx.NEGATORS | lx.NEGATIVE_PRONOUNS | lx.WEAK_NEGATORS | lx.EXCLUDING | lx.IMPLICIT_NEGATOR_VERBS
                | lx.IMPLICIT_NEGATOR_ADJS | lx.IMPLICIT_NEGATOR_NOUNS | {"yet", "unable", "none"})
    changed = [w for _, old, new in _changes(row) for w in old + new]
    doc = get_nlp().make_doc(" ".join(changed))
    words = {t.lower_ for t in doc} | {t.lower_.removesuffix("ed").removesuffix("s") for t in doc}
    return "negator" if words & negating else "no negator"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=["evaluation", "test", "all"])
    ap.add_argument("--against", default="doc", choices=["doc", "original"])
    ap.add_argument("--domain", default="news",
                    help="SummEdits domain file (news, podcast, samsum, ...) or 'all'; targets are on news")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--edits", action="store_true",
                    help="split antonym_swap rows by what the edit is (lexicon opposite / synonym / other) and "
                         "negation rows by whether the edit adds or drops a negating word")
    ap.add_argument("--show", type=int, default=0, help="print N flagged consistent rows / missed rows")
    ap.add_argument("--show-at", default="major", choices=["minor", "major"],
                    help="severity that counts as flagged for --show")
    args = ap.parse_args()
    show_sev = Severity.MAJOR if args.show_at == "major" else Severity.MINOR
    folder = SHARED / "benchmarks/summedits"
    paths = sorted(folder.glob("summedits_*.json")) if args.domain == "all" else [
        folder / f"summedits_{args.domain}.json"]
    if not paths or not all(p.exists() for p in paths):
        sys.exit(f"no SummEdits data for domain {args.domain!r} in {folder}")
    rows = [r for p in paths for r in json.loads(p.read_text(encoding="utf-8"))]
    if args.split != "all":
        rows = [r for r in rows if r["split"] == args.split]
    if args.limit:
        rows = rows[: args.limit]
    docs: dict[str, Document] = {}
    t0 = time.perf_counter()
    # counts[split][group][severity] = [flagged, total]
    counts: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(
        lambda: defaultdict(lambda: {"minor": [0, 0], "major": [0, 0]})
    )
    shown: dict[str, int] = defaultdict(int)
    for row in rows:
        src_text = row["doc"] if args.against == "doc" else row["original_summary"]
        if src_text not in docs:
            docs[src_text] = Document.from_text(src_text, name="source")
        report = factdiff.compare(docs[src_text], row["summary"], detectors=["polarity", "meaning"], summary=True)
        top = max((f.severity for f in report.findings), default=None)
        groups = group_of(row)
        if args.edits and "antonym_swap" in groups:
            groups.append(f"antonym_swap, edit {edit_kind(row)}")
        if args.edits and "negation_insertion_removal" in groups:
            groups.append(f"negation_insertion_removal, {negation_kind(row)}")
        for g in groups:
            for name, sev in (("minor", Severity.MINOR), ("major", Severity.MAJOR)):
                cell = counts[row["split"]][g][name]
                cell[0] += int(top is not None and top >= sev)
                cell[1] += 1
            bad = (g == "consistent") == (top is not None and top >= show_sev)
            if args.show and bad and shown[g] < args.show:
                shown[g] += 1
                print(f"--- {g} {row['id']} flagged={top}\n  S: {row['summary']}\n  O: {row['original_summary']}")
                for f in report.findings:
                    print(f"  {f.severity} {f.type}: {f.message}")
    secs = time.perf_counter() - t0
    print(f"SummEdits {args.domain}, copy = summary, source = {args.against}; {len(rows)} rows in {secs:.0f}s")
    print("flagged = a polarity/meaning finding at >= severity; recall on inconsistent groups, "
          "false-alarm rate on consistent")
    for split in sorted(counts):
        print(f"\nsplit={split}" + ("  (tuning split)" if split == "evaluation" else "  (held out)"))
        print(f"  {'group':40} {'n':>5} {'>=minor':>8} {'>=major':>8}")
        extra = sorted(g for g in counts[split] if g not in GROUPS)
        for g in (*GROUPS, *extra):
            cell = counts[split].get(g)
            if not cell:
                continue
            n = cell["minor"][1]
            rates = [cell[k][0] / n for k in ("minor", "major")]
            print(f"  {g:40} {n:5d} {rates[0]:8.3f} {rates[1]:8.3f}")


if __name__ == "__main__":
    main()
