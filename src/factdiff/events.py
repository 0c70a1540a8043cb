"""Events still to come, told as having taken place.

News announces events before they happen: "a ruling is due in March", "the vote is scheduled for
Tuesday", "the expected verdict". A copy that reports them done ("a ruling was made in March", "the
vote took place on Tuesday", "the court ruled on the appeal") states something the source does not
know. The verb check of :mod:`factdiff.detectors.meaning` ("will announce" → "announced") does not
see it, because the event is a noun and the verbs around it differ. An :class:`EventDone` is such a
pair:

* a source noun is *awaited*: the subject of "is due / pending / upcoming", the passive subject of
  "is expected / scheduled / set / slated / planned" (the subject of "plans" is the planner, not the
  event), or modified by "upcoming", "expected", "planned", "scheduled", "pending";
* a copy sentence that restates the source sentence (:func:`factdiff.predicates.candidate_sentences`)
  reports it *done*: the same noun as the subject or object of a past, unhedged verb of taking place
  ("was made", "was issued", "returned a verdict", "took place"), or its verb in the past ("a ruling"
  → "ruled", "a vote" → "voted") with an argument the source's noun phrase also names;
* no sentence of the source reports that noun done (a second vote may be due after a first one took
  place).
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context
from .document import Document, Span, Token
from .predicates import _parse, candidate_sentences, clause_negated

#: verbs that say an event took place ("a ruling was made", "the jury returned a verdict", "the vote
#: took place"); "the vote was postponed" says no such thing
OCCURRED = frozenset({"make", "issue", "hold", "deliver", "hand", "give", "reach", "return", "announce", "publish",
                      "release", "take", "happen", "come", "occur", "complete", "conclude", "finish", "cast"})
#: verbs and adjectives that put their subject still to come
AWAITED = frozenset({"due", "pending", "upcoming", "expect", "schedule", "set", "slate", "plan", "await"})
#: modifiers that put their noun still to come ("the expected ruling", "the upcoming vote")
AWAITED_MODIFIERS = frozenset({"upcoming", "expected", "planned", "scheduled", "pending", "forthcoming", "impending"})
#: an event noun and the verb that reports it done
EVENT_VERBS = {"ruling": "rule", "decision": "decide", "vote": "vote", "election": "elect", "hearing": "hear",
               "sentencing": "sentence", "announcement": "announce", "approval": "approve", "judgment": "judge",
               "judgement": "judge", "meeting": "meet", "review": "review", "strike": "strike", "launch": "launch",
               "visit": "visit", "merger": "merge", "acquisition": "acquire", "release": "release"}
#: hedges and modals that keep a past verb from reporting a deed
_UNSURE = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "must"})


@dataclass(frozen=True, slots=True)
class EventDone:
    """A source event still to come and the copy words that report it done."""

    source: Span  #: the awaited noun with the word that awaits it ("ruling ... is due")
    copy: Span  #: the copy's noun or verb with the verb that reports it done
    noun: str


def _past(doc: Document, v: Token) -> bool:
    """A verb that reports a past deed: "made", "was made", "has made", not "will be made"."""
    p = _parse(doc)
    kids = p.children(v.i, "aux", "auxpass")
    if any(k.lower in _UNSURE or k.tag == "MD" for k in kids) or clause_negated(doc, v):
        return False
    return v.tag == "VBD" or any(k.lemma == "have" or k.tag == "VBD" for k in kids)


def _awaiting(doc: Document, n: Token) -> Token | None:
    """The word that puts noun ``n`` still to come, if any."""
    p = _parse(doc)
    for m in p.children(n.i, "amod"):
        if m.lower in AWAITED_MODIFIERS:
            return m
    h = p.head(n.i)
    if h is None or n.dep not in ("nsubj", "nsubjpass"):
        return None
    if n.dep == "nsubjpass" and h.lemma in AWAITED and not _past(doc, h):
        return h  # "the vote is scheduled", "a verdict is expected" ("the company plans" is the planner)
    if h.lemma == "be" and n.dep == "nsubj":  # "a ruling is due", "the case is pending"
        return next((c for c in p.children(h.i, "acomp", "attr") if c.lemma in AWAITED), None)
    return None


def _took_place(doc: Document, n: Token) -> Token | None:
    """The past verb that reports noun ``n`` done ("was made", "returned a verdict", "took place")."""
    h = _parse(doc).head(n.i)
    if h is None or n.dep not in ("nsubj", "nsubjpass", "dobj") or h.pos not in ("VERB", "AUX"):
        return None
    return h if h.lemma in OCCURRED and _past(doc, h) else None


def _words(doc: Document, t: Token) -> set[str]:
    """Content lemmas of a token's phrase ("ruling on the appeal": ruling, appeal)."""
    p = _parse(doc)
    out: set[str] = set()
    todo = [t]
    while todo:
        x = todo.pop()
        if x.pos in ("NOUN", "PROPN") and not x.is_stop:
            out.add(x.lemma)
        todo.extend(p.children(x.i))
    return out


def _span(doc: Document, a: Token, b: Token) -> Span:
    """From noun ``a`` to the verb ``b`` about it, with the "place" of "took place"."""
    ends = [a.i, b.i, *(c.i for c in _parse(doc).children(b.i, "dobj") if c.lemma == "place")]
    lo, hi = min(ends), max(ends)
    return doc.token_span(lo, hi) if hi - lo <= 12 else doc.token_span(a.i, a.i)


def events_done(ctx: Context) -> list[EventDone]:
    """Every copy report of an event the source says is still to come (see module doc)."""
    cached = ctx.cache.get("events.done")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    src, cop = ctx.source, ctx.copy
    awaited: dict[int, list[tuple[Token, Token]]] = {}
    done_in_source: set[str] = set()
    for n in src.tokens:
        if n.pos != "NOUN":
            continue
        if _took_place(src, n) is not None:
            done_in_source.add(n.lemma)
        w = _awaiting(src, n)
        if w is not None:
            awaited.setdefault(n.sentence, []).append((n, w))
    out: list[EventDone] = []
    if awaited:
        for cj in range(len(cop.sentences)):
            near = [(n, w) for si, _ in candidate_sentences(ctx, cj) for n, w in awaited.get(si, [])]
            for n, w in near:
                if n.lemma in done_in_source:
                    continue
                hit = _reported_done(cop, cj, n, _words(src, n) - {n.lemma})
                if hit is not None:
                    out.append(EventDone(_span(src, n, w), hit, n.lemma))
                    break
    ctx.cache["events.done"] = out
    return out


def _reported_done(cop: Document, cj: int, n: Token, about: set[str]) -> Span | None:
    """Where copy sentence ``cj`` reports source noun ``n`` done: the same noun with a verb of taking
    place, or the noun's verb in the past with one of the words ``about`` in its clause."""
    verb = EVENT_VERBS.get(n.lemma)
    for t in cop.sentence_tokens(cj):
        if t.lemma == n.lemma and t.pos == "NOUN":
            v = _took_place(cop, t)
            if v is not None and _awaiting(cop, t) is None:
                return _span(cop, t, v)
        elif verb is not None and t.lemma == verb and t.pos == "VERB" and _past(cop, t) and about & _words(cop, t):
            return cop.token_span(t.i, t.i)
    return None
