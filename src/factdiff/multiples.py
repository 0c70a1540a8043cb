"""Multiples: "doubled", "tripled", "halved" against the change the source gives.

A copy that turns "profits rose 10%" into "profits doubled", or "fish numbers fell by about a third"
into "fish numbers halved", changes an amount without writing a figure, so the figure pairing of
the number detector has nothing to pair. A :class:`Change` is a factor the source states or implies
for something, with the content words that say what:

* a percentage with a direction word: "rose 10%" (×1.10), "fell 25%" (×0.75);
* a range with a direction word: "rose from £2m to £6m" (×3);
* a fraction after "by": "fell by about a third" (×0.67), "rose by half" (×1.5);
* two figures compared in words (:mod:`factdiff.trends`): "£310m, compared with £280m" (×1.11);
* a multiple itself: "doubled" (×2).

:func:`changed_multiples` finds copy predicates of :data:`MULTIPLES`, stated as fact, about the
same thing as a change of a source sentence the copy sentence restates, whose factor is off from
every such change by more than :data:`TOLERANCE` (as a ratio). A change in the other direction is
left to the meaning detector, which reports it as a reversal.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import lexicon as lx
from .context import Context
from .document import Document, Span
from .figures import doc_quantities, in_sentences
from .predicates import Predicate, _parse, candidate_sentences, sentence_predicates, span
from .trends import _GENERIC, _direction, source_trends

#: verbs that state a change as a multiple
MULTIPLES = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}
#: a copy factor within this ratio of the source's is the same change ("doubled" for ×1.9)
TOLERANCE = 1.25
#: fractions that follow "by": "fell by a third"
_FRACTION = re.compile(
    r"^(?:(?:about|around|roughly|nearly|almost|some|more than|less than|over|under)\s+)?"
    r"(?:(a|one|two|three)[\s-]+)?(half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)$",
    re.IGNORECASE,
)
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
          "tenth": 10, "tenths": 10}
_COUNT = {None: 1, "a": 1, "one": 1, "two": 2, "three": 3}


@dataclass(frozen=True, slots=True)
class Change:
    """A factor the source gives for something."""

    factor: float
    words: frozenset[str]  #: content lemmas of what changed
    span: Span  #: the words that say it


@dataclass(frozen=True, slots=True)
class MultipleChange:
    copy: Predicate
    factor: float  #: the copy's multiple
    source: Change  #: the closest source change about the same thing


def source_changes(doc: Document, sentence: int, locale: str = "us") -> list[Change]:
    """The changes one source sentence gives (cached on the document, per locale)."""
    key = f"multiples:{locale}:{sentence}"
    got = doc._cache.get(key)
    if got is not None:
        return got  # type: ignore[no-any-return]
    out: list[Change] = []
    preds = sentence_predicates(doc, sentence)
    # what a direction word is said of: its predicate's arguments ("sales" in "sales rose 10%")
    said_of = {doc.tokens[pr.head].start: (pr.agent | pr.patient | pr.context) for pr in preds}
    for q in in_sentences(doc_quantities(doc, locale), [doc.sentences[sentence]]):
        if not q.direction:
            continue
        if q.unit == "%" and q.bound != "range" and q.value > 0:
            f = 1 + q.direction * q.value / 100
        elif q.bound == "range" and q.low and q.high and q.low > 0:
            f = q.high / q.low if q.direction > 0 else q.low / q.high
        else:
            continue
        if f > 0:
            words = frozenset(q.context) | said_of.get(q.direction_at, frozenset())
            start = q.direction_at if 0 <= q.direction_at < q.start else q.start
            out.append(Change(f, words - _GENERIC, doc.span(start, q.end)))
    for tr in source_trends(doc, locale):
        if tr.sentence == sentence and tr.before.value:
            out.append(Change(tr.now.value / tr.before.value, tr.words, tr.span(doc)))
    p = _parse(doc)
    for pred in preds:
        if pred.negated or pred.kind != "verb":
            continue
        words = (pred.agent | pred.patient | pred.context) - _GENERIC
        if pred.lemma in MULTIPLES:
            out.append(Change(MULTIPLES[pred.lemma], words, span(doc, pred)))
            continue
        d = _direction(pred)
        if not d:
            continue
        for by in p.children(pred.head, "prep"):
            if by.lower != "by":
                continue
            for o in p.children(by.i, "pobj"):
                text = doc.span(doc.tokens[by.i + 1].start, o.end).text
                m = _FRACTION.match(text)
                if m is not None:
                    share = _COUNT[(m.group(1) or "").lower() or None] / _PARTS[m.group(2).lower()]
                    if share < 1:
                        out.append(Change(1 + d * share, words, doc.span(doc.tokens[pred.head].start, o.end)))
    doc._cache[key] = out
    return out


def changed_multiples(ctx: Context) -> list[MultipleChange]:
    """Copy multiples ("doubled") that no change of the source about the same thing bears out."""
    got = ctx.cache.get("multiples.changed")
    if got is not None:
        return got  # type: ignore[no-any-return]
    out: list[MultipleChange] = []
    locale = ctx.options.get("locale", "us")
    for cj in range(len(ctx.copy.sentences)):
        preds = [p for p in sentence_predicates(ctx.copy, cj)
                 if p.lemma in MULTIPLES and p.kind == "verb" and not p.negated and not p.weak
                 and p.modality == lx.CERTAIN and p.conditional is None]
        if not preds:
            continue
        changes = [c for si, _ in candidate_sentences(ctx, cj) for c in source_changes(ctx.source, si, locale)]
        for pred in preds:
            factor = MULTIPLES[pred.lemma]
            about = (pred.agent | pred.patient | pred.context) - _GENERIC
            same = [c for c in changes if c.words & about and (c.factor > 1) == (factor > 1)]
            if not same:
                continue
            best = min(same, key=lambda c: abs(math.log(c.factor / factor)))
            if max(best.factor, factor) / min(best.factor, factor) > TOLERANCE:
                out.append(MultipleChange(pred, factor, best))
    ctx.cache["multiples.changed"] = out
    return out
