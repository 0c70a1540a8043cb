"""Polarity: the copy negates what the source asserts, or asserts what it negates.

Compares the polarity of the *matching* predicate in the aligned pair (see
:mod:`factdiff.predicates`): "has not approved" → "has approved", "has yet to materialize" →
"is still in place", "failed to win" → "won". Paraphrases that keep polarity ("failed to" /
"did not", "rejected" / "did not accept", "I don't think it will" / "I think it won't") match a
source predicate of the same polarity and are not reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..findings import Finding, Severity
from ..predicates import matches, phrase, span


def detect(ctx: Context) -> Iterator[Finding]:
    for group in matches(ctx):
        m = group.contradicted
        if m is None or m.relation < 0:
            continue  # an antonym swap: the meaning detector reports it
        if m.copy.argument or m.source.argument:
            continue  # a subject or object: its verb carries the negation and is reported itself
        a, b = m.source, m.copy
        src, cop = phrase(ctx.source, a), phrase(ctx.copy, b)
        what = "negation removed" if a.negated else "negation added"
        weak = a.weak or b.weak
        yield Finding(
            type="polarity",
            severity=Severity.MINOR if weak else Severity.MAJOR,
            message=f"{what}: '{src}' → '{cop}'" + (" (weak negation: hardly/barely)" if weak else ""),
            confidence=round(min(0.95, (0.7 if m.linked else 0.5) + 0.08 * m.score), 3),
            source=span(ctx.source, a),
            copy=span(ctx.copy, b),
        )
