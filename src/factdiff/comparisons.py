"""Comparisons: "the risk was higher in women than in men", "higher among women, compared with men".

A comparison is a comparative ("higher", "faster", "more effective", "less slowly") and the two
things it sets against each other: the side it speaks of (a phrase beside it, "higher in women",
else the subject of its clause) and the side brought in by "than", "compared with" / "compared to"
or "versus". Read against the source's comparison in the sentence a copy sentence restates, the
copy's can:

* keep the comparative and swap the sides ("higher in men than in women"), or keep the sides and
  turn the comparative around ("lower in women than in men", "more slowly" for "faster"): a
  distortion (:func:`changed_comparisons`, a major meaning finding);
* turn the comparative around and swap the sides with it ("lower in men than in women"): the same
  fact told from the other side.

Either way the copy's comparison is read once: its words are no flip of their own for the other
checks (:func:`compared_tokens` names the copy words they leave alone).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .context import Context
from .document import Document, Span, Token
from .predicates import _Parse, _parse, candidate_sentences
from .support import subtree

_SIDE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_COMPARATIVE_WORDS = frozenset({"more", "less", "fewer"})
#: prepositions that bring in the side a comparative speaks of ("higher among women")
_SIDE_PREPS = frozenset({"in", "among", "amongst", "for", "at", "on", "during", "within", "across", "from", "near",
                         "inside", "outside", "around", "with", "under", "after", "before"})
_VERSUS = frozenset({"versus", "vs", "vs."})
#: "did better" is lemmatised "well" and "performed worse" "bad": both are read as "good" / "bad"
_GOOD_BAD = {"better": "good", "best": "good", "worse": "bad", "worst": "bad"}


@dataclass(frozen=True, slots=True)
class Comparison:
    """A comparative word of a sentence and the content lemmas of the two sides it compares."""

    sentence: int
    word: int  #: token index of the comparative
    lemma: str  #: the quality compared: "high" for "higher", "effective" for "more / less effective"
    left: frozenset[str]
    right: frozenset[str]
    tokens: tuple[int, ...]  #: the comparative and the tokens of both sides, in order
    sign: int = 1  #: -1 for "less effective", "less slowly"


@dataclass(frozen=True, slots=True)
class ChangedComparison:
    what: str  #: "sides of a comparison swapped" | "comparison turned around"
    source: Span
    copy: Span


def _markers(doc: Document, si: int) -> list[tuple[Token, list[int]]]:
    """The words that bring in a comparison's second side, with that side's tokens: "than", and
    "compared with" / "compared to" / "versus", which may stand before the comparative too."""
    p = _parse(doc)
    out: list[tuple[Token, list[int]]] = []
    for t in doc.sentence_tokens(si):
        if t.lower == "than" and t.dep in ("prep", "mark", "cc"):
            out.append((t, [i for i in subtree(doc, t.i) if i != t.i]))
        elif t.lemma == "compare" and t.tag == "VBN":
            for prep in p.children(t.i, "prep"):
                if prep.lower in ("with", "to") and p.children(prep.i, "pobj"):
                    out.append((t, [i for i in subtree(doc, prep.i) if i != prep.i]))
                    break
        elif t.lower in _VERSUS and p.children(t.i, "pobj"):
            out.append((t, [i for i in subtree(doc, t.i) if i != t.i]))
    return out


def comparisons(doc: Document, si: int) -> list[Comparison]:
    """The comparisons of sentence ``si`` (cached on the document)."""
    cache = doc._cache.setdefault("comparisons", {})
    if si in cache:
        return cache[si]  # type: ignore[no-any-return]
    p = _parse(doc)
    out: list[Comparison] = []
    toks = doc.sentence_tokens(si)
    for marker, right in _markers(doc, si):
        other = set(right)
        comparative = [t for t in toks if (t.tag in ("JJR", "RBR") or t.lower in _COMPARATIVE_WORDS) and t.i not in other]
        if marker.lower == "than":  # the comparative stands before its "than"
            comparative = [t for t in comparative if t.i < marker.i and marker.i - t.i <= 8]
        comparative = [t for t in comparative if abs(marker.i - t.i) <= 12]
        if not comparative:
            continue
        # a comparative that describes a noun of a side ("worse in larger trials than in small ones")
        # gives way to one that does not
        free = [t for t in comparative if t.dep != "amod"]
        word = min(free or comparative, key=lambda t: abs(marker.i - t.i))
        # the side the comparative speaks of: a phrase beside it ("higher in women than", "higher
        # among men, compared with"), not the noun it describes nor what it is a measure of ("a
        # higher risk of heart disease than"), else the subject of its clause
        stop = marker.i if marker.i > word.i else toks[-1].i + 1
        verb = _clause(p, word)
        left = [i for h in dict.fromkeys((verb.i, word.head)) for prep in p.children(h, "prep")
                if prep.lower in _SIDE_PREPS and word.i < prep.i < stop for i in subtree(doc, prep.i)
                if i != marker.i and i not in other]  # "in men than in women": one subtree
        if not _words(doc, left, word):
            subj = p.children(verb.i, "nsubj", "nsubjpass")
            left = [i for sj in subj for i in subtree(doc, sj.i)]
            if not subj and verb.dep == "ccomp" and (gov := p.head(verb.i)) is not None:
                # "found water quality near the marina was higher": the parse makes the subject an
                # object of "found", and its modifiers the verb's; all of it stands before "was"
                left = [i for o in p.children(gov.i, "dobj") if o.i < verb.i for i in range(subtree(doc, o.i)[0], verb.i)]
        lw, rw = _words(doc, left, word), _words(doc, right, word)
        quality, lemma, sign = word, _GOOD_BAD.get(word.lower, word.lemma.lower()), 1
        if word.lower in ("more", "less") and word.dep == "advmod" and (h := p.head(word.i)) is not None and (
            h.pos in ("ADJ", "ADV")
        ):
            quality, lemma, sign = h, h.lemma.lower(), 1 if word.lower == "more" else -1  # "more slowly"
        if lw and rw:
            out.append(Comparison(si, word.i, lemma, lw - rw, rw - lw,
                                  tuple(sorted({word.i, quality.i, marker.i, *left, *right})), sign))
    cache[si] = out
    return out


def _clause(p: _Parse, word: Token) -> Token:
    """The verb of the clause a comparative stands in (itself when there is none)."""
    verb: Token = word
    for _ in range(4):
        if verb.pos in ("VERB", "AUX"):
            return verb
        h = p.head(verb.i)
        if h is None:
            break
        verb = h
    return verb


def _words(doc: Document, idx: list[int], word: Token) -> frozenset[str]:
    return frozenset(doc.tokens[i].lemma.lower() for i in idx
                     if i != word.i and doc.tokens[i].pos in _SIDE_POS and not doc.tokens[i].is_stop
                     and doc.tokens[i].lower not in ("one", "ones"))  # "than younger ones": a stand-in


def _pairs(ctx: Context) -> list[tuple[Comparison, Comparison, int, bool]]:
    """(source, copy, relation of the comparatives, sides swapped) for each copy comparison of the
    same two sides as a comparison in a source sentence the copy sentence restates (linked), else
    in one it may restate (a near candidate: both sides must match, which is evidence enough)."""
    got = ctx.cache.get("comparisons.pairs")
    if got is not None:
        return got  # type: ignore[no-any-return]
    out: list[tuple[Comparison, Comparison, int, bool]] = []
    for cj in range(len(ctx.copy.sentences)):
        mine = comparisons(ctx.copy, cj)
        if not mine:
            continue
        cands = candidate_sentences(ctx, cj)
        for b in mine:
            for want in (True, False):
                found = [pair for si, linked in cands if linked == want
                         for a in comparisons(ctx.source, si) if (pair := _paired(a, b)) is not None]
                if found:
                    out += found
                    break
    ctx.cache["comparisons.pairs"] = out
    return out


def _paired(a: Comparison, b: Comparison) -> tuple[Comparison, Comparison, int, bool] | None:
    # a word the two share on one side ("the new drug" / "the old drug ... the new one") is
    # outweighed by the words that changed sides
    straight = len(b.left & a.left) + len(b.right & a.right)
    cross = len(b.left & a.right) + len(b.right & a.left)
    if b.left & a.right and b.right & a.left and cross > straight:
        swapped = True
    elif b.left & a.left and b.right & a.right and straight > cross:
        swapped = False
    else:
        return None
    rel = _relation(a, b)
    return (a, b, rel, swapped) if rel else None


def _relation(a: Comparison, b: Comparison) -> int:
    """1 when two comparatives say the same ("faster" / "more quickly"), -1 when opposite
    ("higher" / "lower", "more effective" / "less effective", "faster" / "more slowly"), else 0."""
    rel = 1 if a.lemma == b.lemma else lx.relation(a.lemma, b.lemma) or lx.relation(
        a.lemma.removesuffix("ly"), b.lemma.removesuffix("ly"))
    return rel * a.sign * b.sign


def changed_comparisons(ctx: Context) -> list[ChangedComparison]:
    """Copy comparisons that keep the comparative and swap its sides, or keep the sides and turn
    the comparative around."""
    return [ChangedComparison("sides of a comparison swapped" if swapped else "comparison turned around",
                              _span(ctx.source, a), _span(ctx.copy, b))
            for a, b, rel, swapped in _pairs(ctx) if (rel > 0) == swapped]


def compared_tokens(ctx: Context) -> frozenset[int]:
    """Copy tokens of comparisons read against the source's: told from the other side ("lower in
    men than in women" for "higher in women than in men") their opposite words are the same fact,
    and a changed comparison is one finding, not one per word."""
    out: set[int] = set()
    for _a, b, _rel, _swapped in _pairs(ctx):
        out.update(b.tokens)
        h = ctx.copy.tokens[b.word].head
        if ctx.copy.tokens[h].lemma == "be":
            out.add(h)  # "was lower": the predicate is read on its copula
    return frozenset(out)


def _span(doc: Document, c: Comparison) -> Span:
    return doc.token_span(c.tokens[0], c.tokens[-1])
