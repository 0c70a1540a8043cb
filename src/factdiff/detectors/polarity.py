"""Polarity: the copy negates what the source asserts, or asserts what it negates.

Compares the polarity of the *matching* predicate in the aligned pair (see
:mod:`factdiff.predicates`): "has not approved" → "has approved", "has yet to materialize" →
"is still in place", "failed to win" → "won". Paraphrases that keep polarity ("failed to" /
"did not", "rejected" / "did not accept", "I don't think it will" / "I think it won't") match a
source predicate of the same polarity and are not reported.

A negation the copy adds where its source sentences say nothing negative at all is reported too
(:mod:`factdiff.support`), even when the copy rewords the claim too much for a predicate match:
major when the negated claim's words are in those sentences, minor otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import lexicon as lx
from ..comparisons import compared_tokens
from ..context import Context
from ..document import Document, Span
from ..elision import ElidedFlip, JoinedConjunct, _negator, elided_flips, joined_conjuncts
from ..events import to_come
from ..findings import Finding, Severity
from ..predicates import (
    Predicate,
    _parse,
    clause_negated,
    framed_span,
    matches,
    phrase,
    raised,
    sentence_predicates,
    span,
)
from ..support import added_negations, not_until, not_yet
from ..support import subtree as support_subtree


def detect(ctx: Context) -> Iterator[Finding]:
    compared = compared_tokens(ctx)  # "less effective" in a comparison told from the other side
    for group in matches(ctx):
        m = group.contradicted
        if m is None or m.relation < 0:
            continue  # an antonym swap: the meaning detector reports it
        if compared.intersection(m.copy.tokens):
            continue  # a comparison ("less likely to smoke than"): read once, as a whole (factdiff.comparisons)
        if m.copy.argument or m.source.argument:
            continue  # a subject or object: its verb carries the negation and is reported itself
        a, b = m.source, m.copy
        if (a.negated and raised(ctx.copy, b)) or (b.negated and raised(ctx.source, a)):
            continue  # "does not expect a launch" → "does not expect it to launch": read on "launch"
        if (a.negated and not b.negated and _negator(ctx.copy, ctx.copy.tokens[b.head]) is not None) or (
                b.negated and not a.negated and _negator(ctx.source, ctx.source.tokens[a.head]) is not None):
            continue  # "not a cyber attack" / "rather than a cyber attack": denied both times, less plainly once
        if (b.negated and a.kind == "noun" and clause_negated(ctx.source, ctx.source.tokens[a.head])) or (
                a.negated and b.kind == "noun" and clause_negated(ctx.copy, ctx.copy.tokens[b.head])):
            continue  # "has not ordered a change" → "has ordered no change" / "has not changed it": one denial
        if (_not_yet_to_come(ctx, a, b) or _none_greater(ctx, a, b) or _proposal_described(ctx, a, b)
                or _unless(ctx, a, b) or _without_unless(ctx, a, b) or _only_if(ctx, a, b) or _except_only(ctx, a, b) or _not_until(ctx, a, b)
                or _left_open(ctx.source, a) or _left_open(ctx.copy, b)):
            continue
        src_span, cop_span = framed_span(ctx.source, a), framed_span(ctx.copy, b)
        src, cop = src_span.text, cop_span.text
        if src.lower() == cop.lower():
            continue  # the very words on both sides: two parses of one phrase, not a flip
        turned = _less_more(ctx, a, b)
        what = "turned around" if turned else "negation removed" if a.negated else "negation added"
        weak = (a.weak or b.weak) and not turned
        yield Finding(
            type="polarity",
            severity=Severity.MINOR if weak else Severity.MAJOR,
            message=f"{what}: '{src}' → '{cop}'" + (" (a weak negation: 'hardly', 'little', 'few')" if weak else ""),
            confidence=round(min(0.95, (0.7 if m.linked else 0.5) + 0.08 * m.score), 3),
            source=src_span,
            copy=cop_span,
        )
    for flip in elided_flips(ctx):
        yield _elided(ctx, flip)
    for joined in joined_conjuncts(ctx):
        yield _joined(ctx, joined)
    for added in added_negations(ctx):
        cop = span(ctx.copy, added.copy)
        why = "nothing in its source sentences negates it" if added.counterpart is None else "the source states it"
        yield Finding(
            type="polarity",
            severity=Severity.MAJOR if added.strong else Severity.MINOR,
            message=f"negation added: '{added.source.text}' → '{cop.text}' ({why})",
            confidence=round(min(0.9, (0.55 if added.linked else 0.45) + 0.3 * added.support), 3),
            source=added.source,
            copy=cop,
        )


def _not_yet_to_come(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """ "will meet on Friday to review the merger" → "has not yet reviewed it": a deed still to come
    has not happened yet. (Not the other way: "has not yet approved" → "will approve" adds a forecast.)"""
    return b.negated and not a.negated and not_yet(ctx.copy, b) and to_come(ctx.source, ctx.source.tokens[a.head])


def _mark(doc: Document, pred: Predicate) -> str:
    """The word that opens the predicate's clause ("if", "unless", "until"), lower-cased, or ""."""
    p = _parse(doc)
    t = doc.tokens[pred.head]
    for _ in range(2):
        m = p.children(t.i, "mark")
        if m:
            return m[0].lower
        h = p.head(t.i)
        if h is None or t.dep not in ("xcomp", "auxpass", "aux"):
            break
        t = h
    return ""


def _unless(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """ "if no contract is signed" → "unless a contract is signed": one condition."""
    ma, mb = _mark(ctx.source, a), _mark(ctx.copy, b)
    return a.negated != b.negated and {ma, mb} == {"if", "unless"}


def _without_unless(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """ "bars new restrictions without 60 days' notice" → "bars them unless 60 days' notice is
    given": one condition, told from either side."""
    def without(doc: Document, pred: Predicate) -> bool:
        return pred.negated and any(doc.tokens[i].lower == "without" for i in pred.tokens)

    def unless(doc: Document, pred: Predicate) -> bool:
        p = _parse(doc)
        cur = doc.tokens[pred.head]
        for _ in range(4):
            if any(m.lower == "unless" for m in p.children(cur.i, "mark")):
                return True
            h = p.head(cur.i)
            if h is None or cur.dep == "ROOT":
                return False
            cur = h
        return False

    return (without(ctx.source, a) and not b.negated and unless(ctx.copy, b)) or (
        without(ctx.copy, b) and not a.negated and unless(ctx.source, a))


#: verbs that, denied, leave their clause open: "the vote does not mean a walkout is imminent"
#: says neither that one is nor that one is not
_NON_COMMITTAL = frozenset({"mean", "imply", "guarantee", "necessarily"})


def _left_open(doc: Document, pred: Predicate) -> bool:
    """Whether the predicate's clause hangs on a denied verb of meaning ("does not mean that X")."""
    p = _parse(doc)
    t = doc.tokens[pred.head]
    if t.dep in ("acomp", "attr") and (cop := p.head(t.i)) is not None:
        t = cop  # "a walkout is imminent": the copula's clause
    if t.dep != "ccomp" or (h := p.head(t.i)) is None:
        return False
    return h.lemma in _NON_COMMITTAL and any(c.dep == "neg" for c in p.children(h.i))


def _only_if(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """ "would not reprint them unless a court ordered it" → "would reprint them only if a court
    ordered it": one condition, told from either side."""
    def opens(doc: Document, p: Predicate) -> str:
        if p.conditional is None:
            return ""
        t = doc.tokens[p.conditional]
        before = doc.tokens[t.i - 1].lower if t.i > 0 else ""
        return "only if" if t.lower == "if" and before == "only" else t.lower
    ma, mb = opens(ctx.source, a), opens(ctx.copy, b)
    return (a.negated and not b.negated and (ma, mb) == ("unless", "only if")
            or b.negated and not a.negated and (mb, ma) == ("unless", "only if"))


def _except_only(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """ "cannot be appealed except on a point of law" → "can be appealed only on a point of law":
    one exception, told from either side."""
    def words(doc: Document, p: Predicate) -> set[str]:
        return {doc.tokens[k].lower for k in support_subtree(doc, p.head) if k > p.head}
    if a.negated == b.negated:
        return False
    (neg, ndoc), (pos, pdoc) = ((a, ctx.source), (b, ctx.copy)) if a.negated else ((b, ctx.copy), (a, ctx.source))
    return "except" in words(ndoc, neg) and "only" in words(pdoc, pos)


def _not_until(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """ "must be ratified before it can take effect" → "cannot take effect until it is ratified"."""
    if b.negated and not a.negated:
        return not_until(ctx.copy, b, ctx.source, a.sentence)
    return a.negated and not b.negated and not_until(ctx.source, a, ctx.copy, b.sentence)


def _proposal_described(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """A source predicate a rejected proposal negates ("rejecting a proposal to freeze fees") against
    a copy participle that only describes a noun ("a proposal that would have frozen fees", parsed
    with "frozen" on "fees"): the parse gives the copy no clause to compare."""
    t = ctx.copy.tokens[b.head]
    return a.negated and t.dep == "amod" and t.tag == "VBN" and any(
        ctx.source.tokens[i].lemma in lx.PROPOSAL_NOUNS for i in a.tokens)


def _none_greater(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """ "is the largest since 2011" → "no penalty since 2011 has been larger": a superlative told as a
    comparative that nothing reaches."""
    ta, tb = ctx.source.tokens[a.head], ctx.copy.tokens[b.head]
    return a.lemma == b.lemma and (
        (ta.tag in ("JJS", "RBS") and tb.tag in ("JJR", "RBR") and b.negated and not a.negated)
        or (tb.tag in ("JJS", "RBS") and ta.tag in ("JJR", "RBR") and a.negated and not b.negated))


def _less_more(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """ "less likely" → "more likely": a weak negation turned into its opposite, not just dropped."""
    words_a = {ctx.source.tokens[i].lower for i in range(min(a.tokens), max(a.tokens) + 1)}
    words_b = {ctx.copy.tokens[i].lower for i in range(min(b.tokens), max(b.tokens) + 1)}
    return bool((words_a & {"less", "least"} and words_b & {"more", "most"})
                or (words_b & {"less", "least"} and words_a & {"more", "most"}))


def _elided(ctx: Context, flip: ElidedFlip) -> Finding:
    """ "but not the Senate" → "and the Senate": the span runs from the "not" to the noun."""
    def phrase_of(doc: Document, i: int) -> Span:
        t = doc.tokens[i]
        first = t.head if t.dep == "pobj" and t.head < i else i  # "not against infection"
        neg = _negator(doc, t)
        return doc.token_span(min(first, neg.i) if neg is not None else first, i)

    s, c = phrase_of(ctx.source, flip.source), phrase_of(ctx.copy, flip.copy)
    what = "negation removed" if flip.removed else "negation added"
    return Finding(
        type="polarity",
        severity=Severity.MAJOR,
        message=f"{what}: '{s.text}' → '{c.text}'",
        confidence=0.7 if flip.linked else 0.55,
        source=s,
        copy=c,
    )


def _joined(ctx: Context, j: JoinedConjunct) -> Finding:
    """ "passed the House but has not yet been taken up by the Senate" → "passed the House and the Senate"."""
    src, cop = ctx.source, ctx.copy
    denied = next((pr for pr in sentence_predicates(src, src.tokens[j.source].sentence)
                   if pr.negated and j.source in support_subtree(src, pr.head, own_clause=True)), None)
    noun, partner = cop.tokens[j.copy], cop.tokens[j.partner]
    source = span(src, denied) if denied is not None else src.token_span(j.source, j.source)
    what = f"'{phrase(src, denied)}'" if denied is not None else "a negated clause"
    return Finding(
        type="polarity",
        severity=Severity.MAJOR,
        message=f"negation removed: the copy joins '{noun.text}' to '{partner.text}', but the source says it of "
        f"'{src.tokens[j.source].text}' only in {what}",
        confidence=0.6,
        source=source,
        copy=cop.token_span(j.copy, j.copy),
    )
