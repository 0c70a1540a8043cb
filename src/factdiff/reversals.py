"""Two figures told in an order that carries meaning, turned around by the copy.

* A tally ("passed by 51 votes to 48", "a 5-4 ruling", "voted 7 to 2", "won 3-1") puts the side
  for before the side against, the winner's score first: "by 48 votes to 51" gives the win to the
  other side.
* A change ("went from 20% to 15%", "from 1,900 visits in 2019 to 2,600 in 2023") puts the old level
  before the new one: "from 15% to 20%" tells a fall as a rise.

No figure check sees either: every number of the source is still there. :func:`reversed_pairs`
finds such a copy sentence against the source sentences it restates. Tallies are the score figures
of :mod:`factdiff.quantities` (two counts beside words of a vote, a ruling or a contest), so "ages
18 to 24" is not read, and only tallies told alike are compared: "a 237-186 vote" puts the
majority first, where "a vote of 186 to 237" puts the side for first. A copy sentence that holds an opposite of a source sentence's word is left
to the other checks: a tally told with the outcome turned around as well ("won 3-1" → "lost 1-3")
is the same result, and a change whose direction word flipped too ("fell from 5% to 4%" → "rose
from 4% to 5%") is the direction check's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import lexicon as lx
from .context import Context
from .document import Document, Span
from .figures import doc_quantities, in_sentences
from .predicates import candidate_sentences
from .quantities import Quantity, equal_value


@dataclass(frozen=True, slots=True)
class ReversedPair:
    kind: str  #: "tally" | "change"
    source: Span
    copy: Span


#: what may stand between the two figures of a change told apart: "from 1,900 visits in 2019 to 2,600"
_APART = re.compile(r"[^.;:!?]{0,40}?\bto\s*$")


@dataclass(frozen=True, slots=True)
class _Ordered:
    first: Quantity
    second: Quantity | None  #: None for a tally or a range that holds both figures
    start: int
    end: int
    sides: tuple[float, float] | None = None  #: a tally's (for, against), where the wording says


#: outcomes that say the side for won: a dashed tally beside one puts the majority first whichever
#: side it is, so the larger count is the side for ("passed 61-38")
_CARRIED = frozenset({"pass", "approve", "adopt", "carry", "ratify", "confirm", "endorse", "back", "uphold", "elect"})
#: outcomes that say the side for lost, or a vote against something
_FAILED = frozenset({"fail", "reject", "defeat", "block", "against", "lose", "oppose", "overturn", "veto"})


def _sides(doc: Document, q: Quantity) -> tuple[float, float] | None:
    """A tally's (for, against): "by 61 votes to 38" and "61 to 38" say the side for first; a dashed
    "61-38" says it only beside an outcome that the side for won ("passed", "approved"), where the
    majority is the side for. A dashed tally of a failed vote or of a game says neither."""
    if q.dimension != "score" or q.second is None:
        return None
    if not _dashed(q):
        return q.value, q.second
    sent = doc.sentence_at(q.start)
    if sent is None or not any(t.lemma in _CARRIED for t in doc.sentence_tokens(sent)):
        return None
    if any(t.lemma in _FAILED for t in doc.sentence_tokens(sent)):
        return None
    return max(q.value, q.second), min(q.value, q.second)


def _ordered(ctx: Context, doc: Document, si: int) -> list[_Ordered]:
    """The tallies of two different counts and the "from A to B" changes of sentence ``si``,
    whether the two figures stand together ("from 5.2% to 4.8%") or apart ("from 1,900 visits in
    2019 to 2,600 in 2023"); cached on the document, since a source sentence is read against every
    copy sentence that may restate it."""
    locale = ctx.options.get("locale", "us")
    cache = doc._cache.setdefault("reversals.ordered", {})
    if (locale, si) not in cache:
        cache[(locale, si)] = _read_ordered(doc, in_sentences(doc_quantities(doc, locale), [doc.sentences[si]]))
    return cache[(locale, si)]  # type: ignore[no-any-return]


def _read_ordered(doc: Document, qs: list[Quantity]) -> list[_Ordered]:
    out = [_Ordered(q, None, q.start, q.end, _sides(doc, q)) for q in qs
           if (q.dimension == "score" and q.second is not None and q.value != q.second) or q.moves]
    for a, b in zip(qs, qs[1:], strict=False):
        if (a.dimension == b.dimension and a.bound != "range" and b.bound != "range"
                and doc.text[max(0, a.start - 6) : a.start].lower().rstrip().endswith("from")
                and _APART.match(doc.text[a.end : b.start]) and not equal_value(a, b)):
            out.append(_Ordered(a, b, a.start, b.end))
    return out


def _dashed(q: Quantity) -> bool:
    return any(d in q.text for d in "-–—")


def _reversed(s: _Ordered, c: _Ordered) -> bool:
    if s.second is not None or c.second is not None:
        return s.second is not None and c.second is not None and equal_value(s.first, c.second) and equal_value(
            s.second, c.first)
    a, b = s.first, c.first
    if a.dimension == "score" or b.dimension == "score":
        if a.dimension != b.dimension:
            return False
        if _dashed(a) == _dashed(b):
            return (b.value, b.second) == (a.second, a.value)
        # told differently: "a 237-186 vote" puts the majority first, "a vote of 186 to 237" the side
        # for; compared only where both say which side is for
        return s.sides is not None and c.sides is not None and s.sides == c.sides[::-1] and s.sides[0] != s.sides[1]
    return a.moves == -b.moves and equal_value(a, b)


def _turned(ctx: Context, si: int, cj: int) -> bool:
    """The copy sentence holds an opposite of a source sentence's word ("won" / "lost")."""
    src = {t.lemma.lower() for t in ctx.source.sentence_tokens(si) if t.text.isalpha()}
    cop = {t.lemma.lower() for t in ctx.copy.sentence_tokens(cj) if t.text.isalpha()} - src
    return any(lx.relation(a, b) < 0 for a in src for b in cop)


def reversed_pairs(ctx: Context) -> Iterator[ReversedPair]:
    """Copy tallies and changes that a restated source sentence tells the other way round."""
    for cj in range(len(ctx.copy.sentences)):
        ours = _ordered(ctx, ctx.copy, cj)
        if not ours:
            continue
        for si, linked in candidate_sentences(ctx, cj):
            if not linked:
                continue
            hits = [(s, c) for c in ours for s in _ordered(ctx, ctx.source, si) if _reversed(s, c)]
            if hits and not _turned(ctx, si, cj):
                for s, c in hits:
                    yield ReversedPair("tally" if s.first.dimension == "score" else "change",
                                       ctx.source.span(s.start, s.end), ctx.copy.span(c.start, c.end))
