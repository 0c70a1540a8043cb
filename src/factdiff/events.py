"""Events still to come, told as having taken place.

News announces events before they happen: "a ruling is due in March", "the vote is scheduled for
Tuesday", "the expected verdict". A copy that reports them done ("a ruling was made in March", "the
vote took place on Tuesday", "the court ruled on the appeal") states something the source does not
know. The verb check of :mod:`factdiff.detectors.meaning` ("will announce" → "announced") does not
see it, because the event is a noun and the verbs around it differ. An :class:`EventDone` is such a
pair:

* a source noun is *awaited*: the subject of "is due / pending / upcoming", the passive subject of
  "is expected / scheduled / set / slated / planned" (the subject of "plans" is the planner, not the
  event), the object of "scheduled / planned / proposed / threatened / was considering" ("set" with
  a "for"), or modified by "upcoming", "expected", "planned", "scheduled", "pending";
* a copy sentence that restates the source sentence (:func:`factdiff.predicates.candidate_sentences`)
  reports it *done*: the same noun as the subject or object of a past, unhedged verb of taking place
  ("was made", "was issued", "returned a verdict", "took place", "was signed"), or its verb or a verb
  of its outcome in the past ("a ruling" → "ruled", "a ruling on the appeal" → "the appeal was
  decided", "a vote on the bill" → "passed the bill") with an argument the source's noun phrase also
  names, where the source reports no such deed by the same doer;
* no sentence of the source reports that noun done (a second vote may be due after a first one took
  place).
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context
from .document import Document, Span, Token
from .predicates import _parse, candidate_sentences, clause_negated, reports_deed

#: verbs that say an event took place ("a ruling was made", "the jury returned a verdict", "the vote
#: took place", "the deal was signed"); "the vote was postponed" says no such thing
OCCURRED = frozenset({"make", "issue", "hold", "deliver", "hand", "give", "reach", "return", "announce", "publish",
                      "release", "take", "happen", "come", "occur", "complete", "conclude", "finish", "cast",
                      "sign", "seal", "finalize", "finalise", "ratify", "adopt", "stage", "lodge", "file"})
#: verbs whose object is still to come: "scheduled a vote for June 26", "threatened a one-day strike",
#: "was considering an appeal" ("set" only with a "for": "set sentencing for Sept. 9", not "set a record")
AWAITING_OBJECT = frozenset({"schedule", "plan", "propose", "threaten", "consider", "weigh", "set"})
#: verbs and adjectives that put their subject still to come
AWAITED = frozenset({"due", "pending", "upcoming", "expect", "schedule", "set", "slate", "plan", "await"})
#: modifiers that put their noun still to come ("the expected ruling", "the upcoming vote")
AWAITED_MODIFIERS = frozenset({"upcoming", "expected", "planned", "scheduled", "pending", "forthcoming", "impending"})
#: an event noun and the verbs that report it done: its own ("a ruling" → "ruled") and the ones that
#: tell its outcome ("a ruling on the appeal" → "the appeal was decided", "a vote on the bill" → "passed
#: the bill")
EVENT_VERBS: dict[str, frozenset[str]] = {
    noun: frozenset(verbs) for noun, verbs in {
        "ruling": ("rule", "decide", "uphold", "overturn", "dismiss", "strike", "reject", "grant", "deny"),
        "decision": ("decide", "rule", "approve", "reject"),
        "verdict": ("convict", "acquit", "clear"),
        "vote": ("vote", "approve", "pass", "reject", "adopt", "ratify"),
        "election": ("elect",),
        "hearing": ("hear",),
        "sentencing": ("sentence",),
        "announcement": ("announce",),
        "approval": ("approve",),
        "judgment": ("judge", "rule"),
        "judgement": ("judge", "rule"),
        "meeting": ("meet",),
        "review": ("review",),
        "strike": ("strike",),
        "launch": ("launch",),
        "visit": ("visit",),
        "merger": ("merge",),
        "acquisition": ("acquire", "buy"),
        "release": ("release",),
        "signing": ("sign",),
    }.items()
}


@dataclass(frozen=True, slots=True)
class EventDone:
    """A source event still to come and the copy words that report it done."""

    source: Span  #: the awaited noun with the word that awaits it ("ruling ... is due")
    copy: Span  #: the copy's noun or verb with the verb that reports it done
    noun: str


def _past(doc: Document, v: Token) -> bool:
    """A verb that reports a past deed and does not deny it: "made", "was made", "has made"; not
    "will be made", "was not made"."""
    return reports_deed(doc, v) and not clause_negated(doc, v)


def to_come(doc: Document, v: Token) -> bool:
    """Whether verb ``v`` is told as still to come: "will review", "is expected to rule", "plans to
    sign", "is due to vote", "will meet on Friday to review" (the purpose of a future verb)."""
    p = _parse(doc)
    cur: Token | None = v
    for _ in range(3):
        if cur is None:
            return False
        if any(k.lower in ("will", "shall", "'ll") for k in p.children(cur.i, "aux")):
            return True
        head = p.head(cur.i)
        if cur.dep not in ("xcomp", "advcl", "ccomp") or head is None:
            return False
        if cur.dep == "xcomp" and head.lemma in AWAITED:
            return True
        cur = head
    return False


def _awaiting(doc: Document, n: Token) -> Token | None:
    """The word that puts noun ``n`` still to come, if any."""
    p = _parse(doc)
    for m in p.children(n.i, "amod"):
        if m.lower in AWAITED_MODIFIERS:
            return m
    h = p.head(n.i)
    if h is not None and n.dep == "dobj" and h.lemma in AWAITING_OBJECT and not clause_negated(doc, h) and (
            h.lemma != "set" or any(c.lower == "for" for c in p.children(h.i, "prep"))):
        return h  # "scheduled a strike vote for June 26" ("did not schedule a vote" awaits none)
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
    occurred = h.lemma in OCCURRED or any(h.lower.removesuffix(x) in OCCURRED for x in ("d", "ed"))  # "staged": lemma "stag"
    return h if occurred and _past(doc, h) else None


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
        deeds: dict[str, set[str]] = {}  # verb -> its doers, for every deed the source reports
        for t in src.tokens:
            if t.pos == "VERB" and _past(src, t):
                deeds.setdefault(t.lemma, set()).add(_doer(src, t))
        for cj in range(len(cop.sentences)):
            near = [(n, w) for si, _ in candidate_sentences(ctx, cj) for n, w in awaited.get(si, [])]
            for n, w in near:
                if n.lemma in done_in_source:
                    continue
                hit = _reported_done(cop, cj, n, _words(src, n) - {n.lemma}, deeds)
                if hit is not None:
                    out.append(EventDone(_span(src, n, w), hit, n.lemma))
                    break
    ctx.cache["events.done"] = out
    return out


def _doer(doc: Document, v: Token) -> str:
    """The lemma of a verb's subject ("" where it has none)."""
    return next((c.lemma for c in _parse(doc).children(v.i, "nsubj")), "")


def _done_by(done: dict[str, set[str]], lemma: str, doer: str) -> bool:
    """Whether the source reports this deed by this doer (or by an unnamed one, or of a copy verb
    with no subject): "the trustees voted" is no report of "the union voted"."""
    doers = done.get(lemma)
    return doers is not None and (not doer or "" in doers or doer in doers)


def _reported_done(cop: Document, cj: int, n: Token, about: set[str], done: dict[str, set[str]]) -> Span | None:
    """Where copy sentence ``cj`` reports source noun ``n`` done: the same noun with a verb of taking
    place, or one of the noun's verbs in the past with one of the words ``about`` in its clause (any
    clause where the noun has no words of its own),
    unless the source reports that deed by that doer too (``done``: "the House passed the bill" is
    no report of the Senate vote still to come)."""
    verbs = EVENT_VERBS.get(n.lemma, frozenset())
    for t in cop.sentence_tokens(cj):
        if t.lemma == n.lemma and t.pos == "NOUN":
            v = _took_place(cop, t)
            if v is not None and _awaiting(cop, t) is None:
                return _span(cop, t, v)
        elif t.lemma in verbs and not _done_by(done, t.lemma, _doer(cop, t)) and t.pos == "VERB" and _past(cop, t) and (
                not about or about & _words(cop, t)):  # "set sentencing for Sept. 9" names nothing to share
            return cop.token_span(t.i, t.i)
    return None
