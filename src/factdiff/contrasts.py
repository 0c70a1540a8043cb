"""Contrasts: two things that went opposite ways in the source, swapped in the copy.

"Sales of electric cars rose, while sales of petrol cars fell" → "sales of petrol cars rose": the
copy's "rose" is restated word for word, and "sales of petrol cars" is in the source too, so a
predicate-by-predicate comparison finds nothing amiss. What changed is which thing went which way.

A :class:`Contrast` is two predicates of one source sentence that are opposites
(:func:`factdiff.lexicon.relation` is ``-1``: rose / fell, won / lost, raised / cut), of the same
polarity, whose arguments in one role (subject or object) differ: the *distinctive* words of each
side are the content lemmas of that argument the other side's lacks ("electric" / "petrol"; "sales"
and "cars" are shared).

:func:`crossed_contrasts` then finds a copy predicate, stated as fact, that says what one side did
(the same meaning and polarity) of the other side's thing: its argument in that role holds more
of the other side's distinctive words than of its own side's, a name word counting twice ("fish
numbers in the River Wend fell" where the source's fish numbers fell in the Alde and numbers in
the Wend rose). The copy need not restate both
halves: "petrol car sales rose" alone is already a swap.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .context import Context
from .document import Document, Span
from .predicates import Predicate, _parse, candidate_sentences, sentence_predicates

#: argument slots compared, as (name, attribute of :class:`Predicate` holding the token index)
_ROLES = (("subject", "agent_at"), ("object", "patient_at"))
#: dependents that start a clause of their own: not part of an argument's words
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "cc", "appos", "parataxis", "punct"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ"})


@dataclass(frozen=True, slots=True)
class Contrast:
    """Two opposite predicates of a source sentence said of different things."""

    sentence: int
    first: Predicate
    second: Predicate
    role: str  #: "subject" or "object"
    only_first: frozenset[str]  #: content lemmas of the first side's argument the second lacks
    only_second: frozenset[str]


@dataclass(frozen=True, slots=True)
class CrossedContrast:
    contrast: Contrast
    copy: Predicate
    said: Predicate  #: the source predicate whose meaning the copy restates
    other: Predicate  #: the source predicate said of the thing the copy names


def argument_words(doc: Document, pred: Predicate, attr: str) -> frozenset[str]:
    """Content lemmas of a predicate's argument ("sales of petrol cars" → sale, petrol, car), its
    relative clauses and coordinated phrases left out."""
    return frozenset(_argument(doc, pred, attr))


def _argument(doc: Document, pred: Predicate, attr: str) -> dict[str, int]:
    """:func:`argument_words` with a weight each: 2 for a name word ("Alde"), 1 otherwise."""
    out: dict[str, int] = {}
    for k in _argument_tokens(doc, pred, attr):
        t = doc.tokens[k]
        if t.pos in _CONTENT and t.lemma.isalpha():
            w = t.lemma.lower()
            out[w] = max(out.get(w, 0), 2 if t.pos == "PROPN" else 1)
    return out


def _argument_tokens(doc: Document, pred: Predicate, attr: str) -> list[int]:
    at = getattr(pred, attr)
    if at is None:
        return []
    p, out, stack = _parse(doc), [], [at]
    while stack:
        k = stack.pop()
        out.append(k)
        stack += [c.i for c in p.children(k) if c.dep not in _CLAUSES]
    return sorted(out)


def argument_span(doc: Document, pred: Predicate, role: str) -> Span | None:
    """The words of a predicate's subject or object, as :func:`argument_words` reads them."""
    toks = _argument_tokens(doc, pred, dict(_ROLES)[role])
    return doc.span(doc.tokens[toks[0]].start, doc.tokens[toks[-1]].end) if toks else None


def _comparable(pred: Predicate) -> bool:
    return pred.kind in {"verb", "adj", "state"} and not pred.weak and pred.modality == lx.CERTAIN


def source_contrasts(doc: Document, sentence: int) -> list[Contrast]:
    """The contrasts of one source sentence (cached on the document)."""
    key = f"contrasts:{sentence}"
    got = doc._cache.get(key)
    if got is not None:
        return got  # type: ignore[no-any-return]
    preds = [p for p in sentence_predicates(doc, sentence) if _comparable(p)]
    out: list[Contrast] = []
    for i, a in enumerate(preds):
        for b in preds[i + 1 :]:
            if a.negated != b.negated or lx.relation(a.lemma, b.lemma) != -1:
                continue
            for role, attr in _ROLES:
                wa, wb = argument_words(doc, a, attr), argument_words(doc, b, attr)
                if wa - wb and wb - wa:
                    out.append(Contrast(sentence, a, b, role, wa - wb, wb - wa))
    doc._cache[key] = out
    return out


def crossed_contrasts(ctx: Context) -> list[CrossedContrast]:
    """Copy predicates that say what one side of a source contrast did of the other side's thing."""
    got = ctx.cache.get("contrasts.crossed")
    if got is not None:
        return got  # type: ignore[no-any-return]
    out: list[CrossedContrast] = []
    for cj in range(len(ctx.copy.sentences)):
        near = [si for si, _ in candidate_sentences(ctx, cj)]
        contrasts = [c for si in near for c in source_contrasts(ctx.source, si)]
        if not contrasts:
            continue
        for pred in sentence_predicates(ctx.copy, cj):
            if not _comparable(pred) or pred.conditional is not None:
                continue
            hit = _crossed(ctx, pred, contrasts)
            if hit is not None and not _said_elsewhere(ctx, pred, hit, near):
                out.append(hit)
    ctx.cache["contrasts.crossed"] = out
    return out


def _crossed(ctx: Context, pred: Predicate, contrasts: list[Contrast]) -> CrossedContrast | None:
    for c in contrasts:
        attr = dict(_ROLES)[c.role]
        words = _argument(ctx.copy, pred, attr)
        for said, other, own, theirs in ((c.first, c.second, c.only_first, c.only_second),
                                         (c.second, c.first, c.only_second, c.only_first)):
            if pred.negated != said.negated or lx.relation(pred.lemma, said.lemma) != 1:
                continue
            # the copy's argument names the other side more than its own ("fish numbers in the River
            # Wend fell", where the source's fish numbers fell in the Alde): a name outweighs a word
            if sum(w for k, w in words.items() if k in theirs) > sum(w for k, w in words.items() if k in own):
                return CrossedContrast(c, pred, said, other)
    return None


def _said_elsewhere(ctx: Context, pred: Predicate, hit: CrossedContrast, near: list[int]) -> bool:
    """Whether a source sentence the copy sentence may restate says the copy's claim as it stands:
    the same meaning and polarity of an argument with the copy's words of the other side."""
    attr = dict(_ROLES)[hit.contrast.role]
    theirs = argument_words(ctx.copy, pred, attr) & (
        hit.contrast.only_second if hit.said is hit.contrast.first else hit.contrast.only_first)
    for si in near:
        for q in sentence_predicates(ctx.source, si):
            if (q.negated == pred.negated and lx.relation(q.lemma, pred.lemma) == 1
                    and theirs <= argument_words(ctx.source, q, attr)):
                return True
    return False
