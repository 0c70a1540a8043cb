"""Trends: a rise or fall that the source's own figures contradict.

Earnings reports and statistics releases often give two figures and let the reader see the change:
"net income was $94.8 million, compared with $106.6 million a year earlier". A copy that says "net
income increased" states a direction the figures deny, and no word of the source is its opposite,
so neither the antonym lexicon nor the number detector (which compares figures, not the words about
them) sees it. A :class:`Trend` is what the source implies:

* two figures of one sentence in the same unit, the second introduced by a comparison marker
  ("compared with", "compares to", "versus", "against"): the first is the figure now, the second the
  one it is measured against ("$94.8 million or $0.91 per share, that compares to $106.6 million or
  $1.04 per share" pairs the first figure of each side);
* the two differ by more than :data:`MIN_CHANGE` and neither carries a direction word of its own
  (the number detector reads "fell to $5bn, from $6bn");
* ``words`` are the content lemmas just before the first figure: what the figures measure.

:func:`contradicted_trends` then finds copy predicates of the lexicon's "up" or "down" class
("increased", "a rise in", "higher") about one of those things, stated as fact, in a copy sentence
that restates the trend's sentence, and pointing the other way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .context import Context
from .document import Document, Span
from .figures import doc_quantities, in_sentences
from .predicates import Predicate, _parse, candidate_sentences, sentence_predicates
from .quantities import Quantity, close, same_kind, same_unit

#: the words that introduce the figure a first one is measured against
_MARKER = re.compile(
    r"[\s,;(]*(?:(?:that|which|and)\s+)?(?:(?:compares?|compared|comparing)\s+(?:with|to)|versus|vs\.?|against)\s+"
    r"(?:(?:an?|the)\s+)?$",
    re.IGNORECASE,
)
#: at most this many characters between the end of the first figure and the second (a per-share
#: figure and a comparison marker fit in between)
MAX_GAP = 60
#: the two figures must differ by this share of the larger one to imply a direction
MIN_CHANGE = 0.005
#: how many content words before the first figure name what it measures
WINDOW = 8
#: words that say when or how something is counted, not what: never enough to match a trend
_GENERIC = frozenset({
    "quarter", "year", "month", "week", "period", "basis", "share", "company", "firm", "group", "total",
    "million", "billion", "percent", "%", "first", "second", "third", "fourth", "last", "previous",
    "same", "full", "fiscal", "q1", "q2", "q3", "q4", "gaap", "non", "-pron-", "it", "they", "we",
})


@dataclass(frozen=True, slots=True)
class Trend:
    """Two figures of a source sentence that imply a direction."""

    sentence: int
    direction: int  #: +1 the first figure is above the one it is compared with, -1 below
    now: Quantity
    before: Quantity
    words: frozenset[str]  #: content lemmas of what the figures measure

    def span(self, doc: Document) -> Span:
        return doc.span(self.now.start, self.before.end)


@dataclass(frozen=True, slots=True)
class TrendContradiction:
    trend: Trend
    copy: Predicate
    source: Span  #: the two figures and what lies between them


def source_trends(doc: Document, locale: str = "us") -> list[Trend]:
    """Every trend the figures of a document imply (cached on the document, per locale)."""
    key = f"trends.source:{locale}"
    got = doc._cache.get(key)
    if got is not None:
        return got  # type: ignore[no-any-return]
    out: list[Trend] = []
    qs = sorted(doc_quantities(doc, locale), key=lambda q: q.start)
    for k, before in enumerate(qs):
        sent = doc.sentence_at(before.start)
        if sent is None or before.direction:
            continue
        lead = doc.text[max(sent.start, before.start - 40) : before.start]
        marker = _MARKER.search(lead)
        if marker is None:
            continue
        at = before.start - len(lead) + marker.start()
        now = _first_of_run(doc, [q for q in qs[:k] if q.start >= sent.start], at, before)
        if now is None or now.direction:
            continue
        change = (now.value - before.value) / max(abs(now.value), abs(before.value))
        if abs(change) >= MIN_CHANGE:
            out.append(Trend(sent.index, 1 if change > 0 else -1, now, before, _measured(doc, now)))
    doc._cache[key] = out
    return out


def _first_of_run(doc: Document, qs: list[Quantity], at: int, before: Quantity) -> Quantity | None:
    """The figure a marker at ``at`` compares ``before`` with: of the figures that run up to the
    marker ("$94.8 million or $0.91 per share, that compares to"), the first in ``before``'s unit and
    of its order of magnitude."""
    run: list[Quantity] = []
    edge = at
    for q in reversed(qs):
        if q.end > edge or edge - q.end > MAX_GAP:
            break
        run.insert(0, q)
        edge = q.start
    for q in run:
        if q.unit == before.unit and q.dimension == before.dimension and q.value and before.value and (
            0.1 <= q.value / before.value <= 10
        ):
            return q
    return None


def _measured(doc: Document, q: Quantity) -> frozenset[str]:
    """Content lemmas of up to :data:`WINDOW` words before a figure, within its sentence."""
    sent = doc.sentence_at(q.start)
    if sent is None:
        return frozenset()
    toks = [t for t in doc.sentence_tokens(sent) if t.end <= q.start and t.pos in ("NOUN", "PROPN", "ADJ")]
    return frozenset(t.lemma.lower() for t in toks[-WINDOW:] if t.lemma.isalpha()) - _GENERIC


def _direction(pred: Predicate) -> int:
    """+1 / -1 for a predicate of the lexicon's "up" / "down" class (negation turns it), else 0."""
    if pred.lemma in lx.CLASSES["up"]:
        d = 1
    elif pred.lemma in lx.CLASSES["down"]:
        d = -1
    else:
        return 0
    return -d if pred.negated else d


def _figures_told(doc: Document, pred: Predicate, figures: list[Quantity]) -> list[Quantity]:
    """The figures a direction word is said of: "£402 million, a fall from ..." (in apposition),
    "rose to £402 million" (its preposition's object)."""
    t, p = doc.tokens[pred.head], _parse(doc)
    near = {t.head} | {o.i for c in p.children(t.i, "prep") for o in p.children(c.i, "pobj")}
    return [q for q in figures if any(q.start <= doc.tokens[i].start and doc.tokens[i].end <= q.end for i in near)]


def _same_figure(a: Quantity, b: Quantity) -> bool:
    """The copy restates the source's figure ("£402 million" both times, a qualifier aside)."""
    return same_kind(a, b) and same_unit(a, b) and close(a.base, b.base, 0.005)


def contradicted_trends(ctx: Context) -> list[TrendContradiction]:
    """Copy predicates whose direction the figures of the sentence they restate contradict."""
    got = ctx.cache.get("trends.contradicted")
    if got is not None:
        return got  # type: ignore[no-any-return]
    out: list[TrendContradiction] = []
    locale = ctx.options.get("locale", "us")  # the number detector's figures, read the same way
    trends = source_trends(ctx.source, locale)
    by_sentence: dict[int, list[Trend]] = {}
    for tr in trends:
        by_sentence.setdefault(tr.sentence, []).append(tr)
    if by_sentence:
        for cj in range(len(ctx.copy.sentences)):
            cands = candidate_sentences(ctx, cj)
            linked = [si for si, lk in cands if lk]
            # a copy sentence that restates a source sentence is read against that one only
            near = [tr for si in (linked or [si for si, _ in cands]) for tr in by_sentence.get(si, [])]
            if not near:
                continue
            figures = in_sentences(doc_quantities(ctx.copy, locale), [ctx.copy.sentences[cj]])
            for pred in sentence_predicates(ctx.copy, cj):
                d = _direction(pred)
                if not d or pred.weak or pred.modality != lx.CERTAIN or pred.conditional is not None:
                    continue
                # what rose or fell: "profit drops after a pill trial" is about profit, not the pill
                about = (pred.agent | pred.patient) - _GENERIC
                told = _figures_told(ctx.copy, pred, figures)
                hits = [tr for tr in near if tr.words & about or any(_same_figure(tr.now, q) for q in told)]
                if hits and all(tr.direction != d for tr in hits):
                    tr = hits[0]
                    out.append(TrendContradiction(tr, pred, tr.span(ctx.source)))
    ctx.cache["trends.contradicted"] = out
    return out
