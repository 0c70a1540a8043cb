"""Figures and dates of a whole :class:`Document`, computed once and shared by the detectors.

``doc_quantities(doc, locale)`` / ``doc_dates(doc, locale)`` run the rule extractors over the
document text once and cache the result on the document; ``in_sentences`` picks the ones that
start inside a set of sentences (an aligned pair), and ``role_overlap`` scores how alike two
figures' surroundings are, which is how figures are paired by role rather than by position.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import TypeVar

from .align import Link
from .context import Context, Pair
from .dates import DateMention, extract_dates
from .document import Document, Sentence
from .quantities import Quantity, extract_quantities

T = TypeVar("T", Quantity, DateMention)


def doc_dates(doc: Document, locale: str = "us") -> list[DateMention]:
    key = f"factdiff.dates:{locale}"
    if key not in doc._cache:
        doc._cache[key] = extract_dates(doc.text, locale)
    return doc._cache[key]  # type: ignore[no-any-return]


def doc_quantities(doc: Document, locale: str = "us") -> list[Quantity]:
    key = f"factdiff.quantities:{locale}"
    if key not in doc._cache:
        doc._cache[key] = extract_quantities(doc.text, locale, dates=doc_dates(doc, locale))
    return doc._cache[key]  # type: ignore[no-any-return]


#: an unaligned copy sentence is still compared with its closest source sentences above this similarity
LOOSE_FLOOR = 0.35


def figure_pairs(ctx: Context) -> list[Pair]:
    """The aligned pairs, plus a loose pair for each unaligned copy sentence that states a figure.

    A summary sentence that fuses several source sentences often clears no alignment threshold,
    yet its figures still come from somewhere: it is paired with its (up to two) most similar
    source sentences, so a changed figure in it is still seen.
    """
    key = "factdiff.figure_pairs"
    if key in ctx.cache:
        return ctx.cache[key]  # type: ignore[no-any-return]
    pairs = list(ctx.pairs)
    al = ctx.alignment
    if al.source_count:
        for j in al.unaligned_copy:
            row = al.matrix[j]
            order = row.argsort()[::-1][:2]
            src = tuple(sorted(int(i) for i in order if float(row[i]) >= LOOSE_FLOOR))
            if src:
                pairs.append(Pair(ctx.source, ctx.copy, Link(src, (j,), float(row[order[0]]))))
        pairs += _by_figures(ctx, pairs)
    ctx.cache[key] = pairs
    return pairs


#: a copy sentence and a source sentence it is not paired with that share this many figures restate
#: one another: "$3.50, down 40.6%" takes its figures from "$3.50, up 40.6% from last year's $2.40"
SHARED_FIGURES = 2


def _figure_keys(qs: Iterable[Quantity]) -> set[tuple[str, float]]:
    """The figures worth matching on: not dates, ordinals or bare counts under 13 ("two", "first")."""
    return {(q.unit, round(q.value, 6)) for q in qs
            if q.dimension not in ("date", "ordinal", "label", "score") and not (q.dimension == "count" and q.value < 13)}


def _by_figures(ctx: Context, pairs: list[Pair]) -> list[Pair]:
    """A pair for each copy sentence and the source sentence that holds most of its figures (at least
    ``SHARED_FIGURES``; the more similar one on a tie), where alignment paired it elsewhere (a
    summary sentence that fuses an opening line with the figures of another)."""
    locale = ctx.options.get("locale", "us")
    src_all, cop_all = doc_quantities(ctx.source, locale), doc_quantities(ctx.copy, locale)
    paired = {(i, j) for p in pairs for i in p.link.source for j in p.link.copy}
    src_keys = [_figure_keys(in_sentences(src_all, [s])) for s in ctx.source.sentences]
    out = []
    for cs in ctx.copy.sentences:
        mine = _figure_keys(in_sentences(cop_all, [cs]))
        if len(mine) < SHARED_FIGURES:
            continue
        row = ctx.alignment.matrix[cs.index]
        best = max(range(len(src_keys)), key=lambda i: (len(mine & src_keys[i]), float(row[i])), default=None)
        if best is not None and (best, cs.index) not in paired and len(mine & src_keys[best]) >= SHARED_FIGURES:
            out.append(Pair(ctx.source, ctx.copy, Link((best,), (cs.index,), float(row[best]))))
    return out


def in_sentences(items: Iterable[T], sentences: Sequence[Sentence]) -> list[T]:
    """The items that start inside one of ``sentences``."""
    items = list(items)  # extraction order is by start offset
    starts = [x.start for x in items]
    out: list[T] = []
    for s in sorted(sentences, key=lambda s: s.start):
        out.extend(items[bisect_left(starts, s.start) : bisect_left(starts, s.end)])
    return out


def words_near(doc: Document, start: int, end: int, sentence: Sentence | None, width: int = 60) -> tuple[str, ...]:
    """Content words around ``[start, end)`` inside its sentence (for dates; quantities carry their own)."""
    from .quantities import _STOP, _WORD, _stem

    lo = sentence.start if sentence else 0
    hi = sentence.end if sentence else len(doc.text)
    left = doc.text[max(lo, start - width) : start]
    right = doc.text[end : min(hi, end + width)]
    ws = [_stem(w) for w in _WORD.findall(left)][-5:] + [_stem(w) for w in _WORD.findall(right)][:5]
    return tuple(w for w in ws if w not in _STOP)


def role_overlap(a: Sequence[str], b: Sequence[str]) -> int:
    return len(set(a) & set(b))
