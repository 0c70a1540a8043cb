"""Comparisons: "the risk was higher in women than in men".

A comparison is a comparative word ("higher", "faster", "more") and the two things it sets against
each other: the side before "than" (a phrase beside the comparative, else the subject of its clause)
and the side after it. Read against the source's comparison in the sentence a copy sentence
restates, the copy's can:

* keep the comparative and swap the sides ("higher in men than in women"): a distortion
  (:func:`swapped_comparisons`, a major meaning finding);
* turn the comparative around and swap the sides with it ("lower in men than in women"): the same
  fact told from the other side. The opposite comparative and the opposite nouns ("women" / "men")
  are then no flip (:func:`compared_tokens` names the copy words the other checks leave alone).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .context import Context
from .document import Document, Span, Token
from .predicates import _parse, candidate_sentences
from .support import subtree

_SIDE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_COMPARATIVE_WORDS = frozenset({"more", "less", "fewer"})


@dataclass(frozen=True, slots=True)
class Comparison:
    """A comparative word of a sentence and the content lemmas of the two sides it compares."""

    sentence: int
    word: int  #: token index of the comparative
    lemma: str
    left: frozenset[str]
    right: frozenset[str]
    tokens: tuple[int, ...]  #: the comparative and the tokens of both sides, in order


@dataclass(frozen=True, slots=True)
class SwappedComparison:
    source: Span
    copy: Span


def comparisons(doc: Document, si: int) -> list[Comparison]:
    """The comparisons of sentence ``si`` (cached on the document)."""
    cache = doc._cache.setdefault("comparisons", {})
    if si in cache:
        return cache[si]  # type: ignore[no-any-return]
    p = _parse(doc)
    out: list[Comparison] = []
    toks = doc.sentence_tokens(si)
    for than in toks:
        if than.lower != "than" or than.dep not in ("prep", "mark", "cc"):
            continue
        word = next((t for t in reversed(toks) if t.i < than.i and (t.tag in ("JJR", "RBR") or t.lower in _COMPARATIVE_WORDS)
                     and than.i - t.i <= 8), None)
        head = p.head(than.i)
        if word is None or head is None:
            continue
        right = [i for i in subtree(doc, than.i) if i != than.i]
        # the side before "than": what stands between it and the comparative ("higher in women
        # than"), not the noun the comparative describes ("a higher risk than"), else the subject
        left = [i for i in range(word.i + 1, than.i) if i != word.head]
        if not _words(doc, left, word):
            verb: Token | None = head
            for _ in range(3):
                if verb is None or verb.pos in ("VERB", "AUX"):
                    break
                verb = p.head(verb.i)
            subj = p.children(verb.i, "nsubj", "nsubjpass") if verb is not None else []
            left = [i for s in subj for i in subtree(doc, s.i)]
        lw, rw = _words(doc, left, word), _words(doc, right, word)
        if lw and rw:
            out.append(Comparison(si, word.i, word.lemma.lower(), lw - rw, rw - lw,
                                  tuple(sorted({word.i, *left, *right}))))
    cache[si] = out
    return out


def _words(doc: Document, idx: list[int], word: Token) -> frozenset[str]:
    return frozenset(doc.tokens[i].lemma.lower() for i in idx
                     if i != word.i and doc.tokens[i].pos in _SIDE_POS and not doc.tokens[i].is_stop)


def _pairs(ctx: Context) -> list[tuple[Comparison, Comparison, int]]:
    """(source, copy, relation of the comparatives) for each copy comparison whose sides are the
    sides of a comparison in a source sentence the copy sentence restates, swapped."""
    got = ctx.cache.get("comparisons.pairs")
    if got is not None:
        return got  # type: ignore[no-any-return]
    out: list[tuple[Comparison, Comparison, int]] = []
    for cj in range(len(ctx.copy.sentences)):
        mine = comparisons(ctx.copy, cj)
        if not mine:
            continue
        for si, linked in candidate_sentences(ctx, cj):
            if not linked:
                continue
            for a in comparisons(ctx.source, si):
                for b in mine:
                    swapped = b.left & a.right and b.right & a.left and not (b.left & a.left) and not (b.right & a.right)
                    if not swapped:
                        continue
                    rel = lx.relation(a.lemma, b.lemma)
                    if rel:
                        out.append((a, b, rel))
    ctx.cache["comparisons.pairs"] = out
    return out


def swapped_comparisons(ctx: Context) -> list[SwappedComparison]:
    """Copy comparisons that keep the comparative and swap its sides."""
    return [SwappedComparison(_span(ctx.source, a), _span(ctx.copy, b)) for a, b, rel in _pairs(ctx) if rel > 0]


def compared_tokens(ctx: Context) -> frozenset[int]:
    """Copy tokens of comparisons whose sides trade places: told from the other side ("lower in
    men than in women" for "higher in women than in men") their opposite words are the same fact,
    and with the comparative kept the swap is one finding, not one per side."""
    out: set[int] = set()
    for _a, b, _rel in _pairs(ctx):
        out.update(b.tokens)
        h = ctx.copy.tokens[b.word].head
        if ctx.copy.tokens[h].lemma == "be":
            out.add(h)  # "was lower": the predicate is read on its copula
    return frozenset(out)


def _span(doc: Document, c: Comparison) -> Span:
    return doc.token_span(c.tokens[0], c.tokens[-1])
