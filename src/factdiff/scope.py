"""Scope: a claim widened by dropping the words that limited it.

A copy can overstate a source without a single opposite word, only by leaving the limit out:

* "one of the largest banks" / "among the largest banks" → "the largest bank": a superlative that
  held for a group told of one (**major**, "exaggerated");
* "some experts say" / "many residents oppose" / "most of the funds" → "experts say" / "residents
  oppose" / "the funds": a part told as the whole (**minor**, "generalised"; not with
  ``summary=True``, where dropping a quantifier is how a summary shortens);
* "partly caused by" / "in part because of" → "caused by": a contributing cause told as the cause
  (**minor**).

Read on the word diff of a linked, closely aligned pair (similarity at least ``SAME_PLACE_FLOOR``):
the limiting words are deleted and the word they limit is kept, in place, so a copy that rewords
the whole phrase is not compared here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context
from .document import Span, Token
from .findings import Severity
from .predicates import SAME_PLACE_FLOOR, _positions

#: quantifiers that limit a noun to part of its kind ("few" is left out: dropping it flips the claim)
PARTIAL = frozenset({"some", "many", "several", "most", "certain"})
#: adverbs that make a cause or a claim partial
PARTLY = frozenset({"partly", "partially"})


@dataclass(frozen=True, slots=True)
class ScopeChange:
    """Words that limited a claim, dropped by the copy."""

    source: Span  #: the limiting words and the word they limit
    copy: Span  #: the word they limited, as the copy keeps it
    what: str  #: "exaggerated" / "generalised" / "partial cause told as the cause"
    dropped: str  #: the dropped words as the source has them
    severity: Severity


def scope_changes(ctx: Context) -> list[ScopeChange]:
    """Every dropped limit of the copy (see module doc)."""
    cached = ctx.cache.get("scope")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: list[ScopeChange] = []
    # a summary shortens: "fares rose at most stations" → "fares at stations" is its way of saying less
    summary = bool(ctx.options.get("summary"))
    for link in ctx.alignment.links:
        for cj in link.copy:
            for si in link.source:
                if float(ctx.alignment.matrix[cj, si]) >= SAME_PLACE_FLOOR:
                    out.extend(c for c in _dropped(ctx, si, cj) if not (summary and c.what == "generalised"))
    ctx.cache["scope"] = out
    return out


def _dropped(ctx: Context, si: int, cj: int) -> list[ScopeChange]:
    src, cop = ctx.source.sentence_tokens(si), ctx.copy.sentence_tokens(cj)
    ops = _positions(ctx, si, cj).get_opcodes()
    # source position -> copy position, for the words both keep
    kept = {i1 + k: j1 + k for op, i1, i2, j1, _ in ops if op == "equal" for k in range(i2 - i1)}
    out = []
    for op, i1, i2, j1, j2 in ops:
        if op == "delete" or (op == "replace" and all(t.lower in ("the", "a", "an") for t in cop[j1:j2])):
            found = _limit(src, i1, i2, kept)
            if found is not None:
                what, severity, last = found
                # the copy's words from the first one kept after the dropped run, or from the article
                # that replaced it ("the largest")
                first = cop[j1] if op == "replace" else cop[kept.get(i2, kept[last])]
                dropped = " ".join(t.text for t in src[i1:i2])
                out.append(ScopeChange(ctx.source.token_span(src[i1].i, src[last].i),
                                       ctx.copy.token_span(first.i, cop[kept[last]].i), what, dropped, severity))
    return out


def _limit(src: list[Token], i1: int, i2: int, kept: dict[int, int]) -> tuple[str, Severity, int] | None:
    """What the deleted source words ``src[i1:i2]`` limited: (what, severity, position of the kept
    word they limit), or None."""
    words = [t.lower for t in src[i1:i2]]
    nxt = i2 + 1 if i2 < len(src) and src[i2].lower == "the" else i2  # "one of [the] largest"
    if (words[:2] == ["one", "of"] or words[:1] == ["among"]) and nxt < len(src) and src[nxt].tag in ("JJS", "RBS"):
        if nxt in kept:
            if src[nxt].tag == "RBS" and nxt + 1 in kept:
                nxt += 1  # "the most valuable"
            return "exaggerated", Severity.MAJOR, nxt
    if words == ["in", "part"] or (len(words) == 1 and words[0] in PARTLY):
        if i2 in kept and src[i2].pos in ("VERB", "ADP", "SCONJ", "AUX"):
            return "partial cause told as the cause", Severity.MINOR, i2
    if words and words[0] in PARTIAL and src[i1].dep in ("det", "amod", "nsubj", "nsubjpass", "dobj", "pobj"):
        rest = words[1:]
        if rest in ([], ["of"], ["of", "the"], ["of", "its"], ["of", "their"], ["of", "these"]):
            head = i2
            while head < len(src) and src[head].pos in ("ADJ", "DET") and head in kept:
                head += 1  # "some [local] residents"
            # a plural: "some butter" is an amount, not part of a kind
            if head < len(src) and head in kept and src[head].pos == "NOUN" and src[head].tag == "NNS":
                return "generalised", Severity.MINOR, head
    return None
