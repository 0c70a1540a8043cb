"""Omission: source sentences that no copy sentence carries, grouped into contiguous runs; and
caveats dropped from sentences the copy does carry.

A caveat is a negated statement of what is known or proven ("do not prove that coffee prevents
diabetes", "it is not clear whether", "there is no evidence that", "has yet to be confirmed"). A
copy that keeps the sentence's finding and drops its caveat states the finding more firmly than
the source: minor. Not where the copy says the caveat's word anywhere (it may have moved it), nor
where the copy's sentence keeps a caveat in other words ("do not show" for "do not prove").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context, Pair
from ..findings import Finding, Severity
from ..predicates import phrase, sentence_predicates, span
from ._runs import runs, weight


def detect(ctx: Context) -> Iterator[Finding]:
    al = ctx.alignment
    for run in runs(al.unaligned_source, ctx.source):
        sents = [ctx.source.sentences[i] for i in run]
        severity = weight(ctx.source, sents)
        if ctx.options.get("summary") and severity > Severity.MINOR:
            # a summary is expected to drop detail: report, but do not alarm
            severity = Severity.MINOR
        best = float(al.matrix[:, run].max()) if al.copy_count else 0.0
        n = len(sents)
        what = "sentence" if n == 1 else f"{n} sentences"
        kinds = {s.kind for s in sents}
        label = f"{what} (heading, byline or caption)" if kinds <= {"heading", "line", "caption"} else what
        yield Finding(
            type="omission",
            severity=severity,
            message=f"dropped {label}: no counterpart in the copy (closest similarity {best:.2f})",
            confidence=round(max(0.0, min(1.0, 1.0 - best)), 3),
            source=ctx.source.span(sents[0].start, sents[-1].end),
            copy=None,
        )
    yield from _caveats(ctx)


#: words of what is known or proven: negated, they make a caveat
CAVEATS = frozenset({"prove", "show", "establish", "demonstrate", "confirm", "mean", "imply", "guarantee", "clear",
                     "know", "certain", "definitive", "conclusive", "evidence", "proof", "verify", "determine",
                     "settle", "known", "understood", "causal", "cause"})


def _opening(ctx: Context, pair: Pair) -> str:
    """The first words of the copy sentence that keeps the rest."""
    words = ctx.copy.text[pair.copy_tokens[0].start : pair.copy_tokens[-1].end].split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


#: verbs of telling: "would not say" keeps what "would not confirm" said
_DISCLOSE = frozenset({"say", "comment", "elaborate", "disclose", "reveal", "name", "specify", "discuss", "tell"})


def _caveats(ctx: Context) -> Iterator[Finding]:
    copy_words = {t.lemma.lower() for t in ctx.copy.tokens} | {t.lower for t in ctx.copy.tokens}
    for pair in ctx.pairs:
        if any(q.negated and (q.lemma in CAVEATS or q.lemma in _DISCLOSE)
               for cj in pair.link.copy for q in sentence_predicates(ctx.copy, cj)):
            continue  # the copy keeps a caveat of its own words ("do not show" for "do not prove")
        for si in pair.link.source:
            for pred in sentence_predicates(ctx.source, si):
                if not pred.negated or pred.weak or pred.lemma not in CAVEATS or pred.lemma in copy_words:
                    continue
                yield Finding(
                    type="omission",
                    severity=Severity.MINOR,
                    message=f"caveat dropped: '{phrase(ctx.source, pred)}' has no counterpart in the copy, "
                    f"which keeps the rest of the sentence ('{_opening(ctx, pair)}')",
                    confidence=0.6,
                    source=span(ctx.source, pred),
                    copy=None,  # an omission has no copy span (the report contract)
                )
                break  # one per sentence: "no proof her drug use caused" is one caveat
