"""Negated conjuncts: "passed the House but not the Senate" → "passed the House and the Senate",
"protects against severe disease but not against infection" → "protects against infection".

The negation of an elided clause hangs off a coordinated noun ("but not the Senate" is "but did
not pass the Senate"), so no predicate carries it and the predicate matcher never sees it. An
:class:`ElidedFlip` is such a conjunct said with "not" on one side and without it on the other:
the same noun (by lemma), coordinated in a sentence the copy sentence restates, whose clause on the
other side is not negated either ("the Senate did not pass it" keeps the negation).

A :class:`JoinedConjunct` is the same change made across two clauses: the source says one thing of
a noun and denies something of another ("passed the House but has not yet been taken up by the
Senate"), and the copy joins the second to the first ("passed the House and the Senate").
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context
from .document import Document, Token
from .predicates import _parse, clause_negated
from .support import restated_sentences

_NOUNS = {"NOUN", "PROPN"}
_NEGATORS = {"not", "n't", "never"}


@dataclass(frozen=True, slots=True)
class ElidedFlip:
    """A coordinated noun negated on one side only."""

    source: int  #: the source noun's token index
    copy: int  #: the copy noun's token index
    removed: bool  #: the source negates it and the copy does not (else the copy added the negation)
    linked: bool  #: the source sentence is aligned to the copy sentence


def _negator(doc: Document, t: Token, *, contrast: bool = True) -> Token | None:
    """The "not" of a negated conjunct ("but not the Senate"), if ``t`` is one; with ``contrast``,
    also the "rather than" / "instead of" of a noun set against another ("a software update,
    rather than a cyber attack"), which denies it less plainly: it keeps a copy's "not" from
    counting as removed, but is not itself read as an added one."""
    if t.pos not in _NOUNS:
        return None
    p = _parse(doc)
    while t.dep == "compound" and (h := p.head(t.i)) is not None and h.pos in _NOUNS:
        t = h  # "a possible life sentence": the phrase's head carries it
    noun = t
    if t.dep == "appos":
        # "caused by a software update, not a cyber attack": the "not" opens the appended noun phrase
        k = t.i - 1
        while k > 0 and doc.tokens[k].dep in ("det", "amod", "compound", "nummod", "poss") and doc.tokens[k].head >= k:
            k -= 1
        return doc.tokens[k] if doc.tokens[k].lower in _NEGATORS else None
    if contrast and t.dep in ("pobj", "conj") and (prep := p.head(t.i)) is not None:
        for m in ([prep] if t.dep == "pobj" else []) + [c for c in p.children(prep.i, "cc") if c.i < t.i]:
            if m.i > 0 and (m.lower, doc.tokens[m.i - 1].lower) in (("than", "rather"), ("of", "instead")):
                return doc.tokens[m.i - 1]  # "rather than a cyber attack", "instead of a bike"
        if t.dep == "pobj" and prep.i >= 2 and (doc.tokens[prep.i - 1].lower, doc.tokens[prep.i - 2].lower) in (
            ("than", "rather"), ("of", "instead")
        ):
            return doc.tokens[prep.i - 2]  # "rather than on measured exposure": the preposition repeated
    # "had not spent it on luxuries but on debts": the "not" falls on the first contrasted object
    holder = p.head(t.i) if t.dep == "pobj" else t if t.dep == "dobj" else None
    if holder is not None and holder.dep in ("prep", "dobj") and any(c.lower == "but" for c in p.children(holder.i, "cc")):
        verb = p.head(holder.i)
        if verb is not None:
            neg = next((c for c in p.children(verb.i, "neg") if c.lower in _NEGATORS), None)
            if neg is not None:
                return neg
    if t.dep == "pobj" and (prep := p.head(t.i)) is not None and prep.dep in ("prep", "conj"):
        t = prep  # "but not against infection": the "not" hangs on the preposition
    elif t.dep != "conj":
        return None
    # the "not" stands before its conjunct; the parse may hang it on the first conjunct ("seen in men
    # but not in women" puts "not" under the first "in"), where it still falls between the two
    own = [c for c in p.children(t.i, "neg") if c.lower in _NEGATORS and c.i < t.i]
    if not own and t.dep == "conj" and (h := p.head(t.i)) is not None:
        own = [c for c in p.children(h.i, "neg") if c.lower in _NEGATORS and h.i < c.i < t.i]
    # a "Not" inside a quoted title the noun is outside of is the title's ("Not For Sale" banners)
    own = [c for c in own if p.title(c.i) < 0 or p.title(c.i) == p.title(noun.i)]
    return own[0] if own else None


def _verb_above(doc: Document, t: Token) -> str | None:
    """The lemma of the nearest verb above a token."""
    p = _parse(doc)
    cur = p.head(t.i)
    for _ in range(8):
        if cur is None:
            return None
        if cur.pos == "VERB":
            return cur.lemma
        cur = p.head(cur.i)
    return None


def _said(doc: Document, t: Token) -> bool:
    """``t`` is negated either way: as a conjunct of its own or by its clause."""
    return _negator(doc, t) is not None or clause_negated(doc, t)


def elided_flips(ctx: Context) -> list[ElidedFlip]:
    """Every negated conjunct of either side whose counterparts on the other side are not negated.

    Judged per copy sentence over all the source sentences it restates together: a noun said both
    with and without "not" there ("not the Senate" here, "the Senate approved" there) is left alone.
    """
    cached = ctx.cache.get("elision.flips")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    src, cop = ctx.source, ctx.copy
    out: list[ElidedFlip] = []
    seen: set[int] = set()
    for cj in range(len(cop.sentences)):
        cands = restated_sentences(ctx, cj)
        linked = {si for si, lk in cands if lk}
        theirs: dict[str, list[Token]] = {}
        for si, _ in cands:
            for v in src.sentence_tokens(si):
                if v.pos in _NOUNS:
                    theirs.setdefault(v.lemma, []).append(v)
        for w in cop.sentence_tokens(cj):
            vs = theirs.get(w.lemma) if w.pos in _NOUNS and w.i not in seen else None
            if not vs:
                continue
            ours = [u for u in cop.sentence_tokens(cj) if u.lemma == w.lemma]
            denied = _negator(cop, w, contrast=False) is not None or (
                # "pleaded guilty to murder instead of manslaughter" for "pleaded guilty to
                # manslaughter": a contrast denies what the source says under the same verb
                _negator(cop, w) is not None
                and any(_verb_above(src, v) is not None and _verb_above(src, v) == _verb_above(cop, w) for v in vs)
            )
            if denied and not any(_said(src, v) for v in vs):
                v = vs[0]
                out.append(ElidedFlip(v.i, w.i, False, v.sentence in linked))
            elif _negator(cop, w) is None and not any(_said(cop, u) for u in ours):
                negated = [v for v in vs if _negator(src, v) is not None]
                if negated and all(_said(src, v) for v in vs):
                    out.append(ElidedFlip(negated[0].i, w.i, True, negated[0].sentence in linked))
            else:
                continue
            seen.update(u.i for u in ours)
    ctx.cache["elision.flips"] = out
    return out


@dataclass(frozen=True, slots=True)
class JoinedConjunct:
    """A copy noun coordinated with another under an affirmed verb, where the source says it only
    under a negated one."""

    source: int  #: the source noun's token index (under the negated clause)
    copy: int  #: the copy noun's token index (the added conjunct)
    partner: int  #: the copy conjunct it is joined to (the source affirms the verb of it)


def joined_conjuncts(ctx: Context) -> list[JoinedConjunct]:
    """Copy conjuncts ("and the Senate") the source sentence holds only inside a negated clause,
    joined to a partner the source affirms ("passed the House"), in a sentence the copy restates."""
    cached = ctx.cache.get("elision.joined")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    src, cop = ctx.source, ctx.copy
    out: list[JoinedConjunct] = []
    p = _parse(cop)
    for cj in range(len(cop.sentences)):
        cands = [si for si, linked in restated_sentences(ctx, cj) if linked]
        if not cands:
            continue
        for w in cop.sentence_tokens(cj):
            if w.pos not in _NOUNS or w.dep != "conj" or clause_negated(cop, w) or _negator(cop, w) is not None:
                continue
            partner = p.head(w.i)
            if partner is None or partner.pos not in _NOUNS:
                continue
            for si in cands:
                toks = src.sentence_tokens(si)
                mine = [v for v in toks if v.lemma == w.lemma and v.pos in _NOUNS]
                theirs = [v for v in toks if v.lemma == partner.lemma and v.pos in _NOUNS]
                if not mine or not theirs or any(clause_negated(src, v) for v in theirs):
                    continue
                if all(clause_negated(src, v) and _negator(src, v) is None for v in mine):
                    out.append(JoinedConjunct(mine[0].i, w.i, partner.i))
                    break
    ctx.cache["elision.joined"] = out
    return out
