"""Stages: a claim moved along a process it is only partway through.

News reports processes in steps, and a copy that moves a step along reports something that has
not happened: "accused of fraud" → "convicted of fraud", "proposed a ban" → "passed a ban", "linked
to heart disease" → "causes heart disease". The words are not opposites, so neither the antonym
lexicon nor the modality check sees them. A :class:`StageChange` is such a pair:

* the source predicate and the copy predicate stand on the same ladder (:data:`LADDERS`) at
  different steps, with the same polarity;
* they are about the same thing: they share an argument, or stand in the same place of a closely
  aligned pair (:func:`factdiff.predicates._score` at least ``MIN_SCORE``);
* the copy's step is not said anywhere in the source about the same thing (a summary takes facts
  from anywhere: "police are investigating" in one paragraph and "a man was arrested" in another
  support "police have arrested a man"; "arrested and charged" → "charged" drops a step, it does
  not move one). With ``summary=True`` the step anywhere in the source is enough, since a summary
  names people its own way ("John Reed was arrested" / "police arrested a blogger");
* each side is read at its furthest step about the thing: "arrested on suspicion of murder" stands
  at *arrested*, in the source and in the copy;
* a participle that modifies a noun ("the proposed law" → "the approved law") has no predicate of
  its own: it is compared where the word diff of a closely aligned pair puts it in the other's place.

Moving forward is the distortion ("further along than the source says"); moving back understates.
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context
from .document import Document, Span, Token
from .predicates import (
    _PRON,
    MIN_SCORE,
    Predicate,
    _score,
    candidate_sentences,
    clause_negated,
    closely_aligned,
    sentence_predicates,
    span,
    token_place,
    word_forms,
)

#: processes reported in steps, each step a set of lemmas (verbs and their event nouns). Ambiguous
#: words ("charge" a fee, "pass" a law or a test) count only when the pair shares an argument.
LADDERS: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "legal": (
        ("investigated", frozenset({"investigate", "investigation", "probe"})),
        ("accused", frozenset({"suspect", "suspicion", "accuse", "accusation", "allege", "allegation"})),
        ("arrested", frozenset({"arrest", "detain", "detention"})),
        ("charged", frozenset({"charge", "indict", "indictment", "prosecute", "prosecution"})),
        ("convicted", frozenset({"convict", "conviction", "guilty"})),
        ("sentenced", frozenset({"sentence", "jail", "imprison", "imprisonment"})),
    ),
    "legislative": (
        ("proposed", frozenset({"propose", "proposal", "draft", "table"})),
        ("passed", frozenset({"pass", "approve", "approval", "adopt", "ratify", "enact"})),
    ),
    "evidence": (
        ("linked", frozenset({"link", "associate", "association", "correlate", "correlation", "tie"})),
        ("caused", frozenset({"cause", "causation"})),
    ),
    # what a treatment or a measure did: "slowed tumour growth" → "stopped tumour growth"
    "effect": (
        ("lessened", frozenset({"slow", "curb", "ease", "lessen", "alleviate", "mitigate", "inhibit", "reduce",
                                "lower", "limit"})),
        ("stopped", frozenset({"stop", "halt", "prevent", "eliminate", "cure", "eradicate"})),
    ),
    # how strongly people were told: "advised to stay indoors" → "ordered to stay indoors"
    "directive": (
        ("advised", frozenset({"advise", "urge", "recommend", "encourage", "advice", "recommendation"})),
        ("ordered", frozenset({"order", "require", "force", "compel", "oblige", "mandate", "instruct"})),
    ),
    # what became of a plan: "delayed the tram extension" → "scrapped the tram extension"
    "halt": (
        ("delayed", frozenset({"delay", "postpone", "pause", "defer", "suspend", "postponement", "suspension",
                               "put on hold", "on hold"})),
        ("cancelled", frozenset({"cancel", "scrap", "axe", "abandon", "ditch", "cancellation", "abandonment",
                                 "call off"})),
    ),
}
_ALONG = ("further along than the source says", "less far along than the source says")
#: how a move along each ladder reads: forward (what, how), back (what, how)
WORDING: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "legal": (("legal stage changed", _ALONG[0]), ("legal stage changed", _ALONG[1])),
    "legislative": (("legislative stage changed", _ALONG[0]), ("legislative stage changed", _ALONG[1])),
    "evidence": (("evidence stage changed", _ALONG[0]), ("evidence stage changed", _ALONG[1])),
    "effect": (("effect overstated", "stronger than the source says"),
               ("effect understated", "weaker than the source says")),
    "directive": (("advice reported as an order", "the source says it was only advised"),
                  ("order reported as advice", "the source says it was required")),
    "halt": (("delay reported as cancellation", "the source says it is only put off"),
             ("cancellation reported as delay", "the source says it is called off")),
}
_KINDS = {"verb", "noun", "adj", "state"}
#: lemmas that are no step as nouns: the nouns name something else ("the suspects", "a mountain
#: pass", "the table", "close ties"), or may be only a prospect ("faces jail", "faces a life sentence")
_NOT_NOUNS = frozenset({"suspect", "pass", "table", "tie", "draft", "jail", "sentence"})


@dataclass(frozen=True, slots=True)
class StageChange:
    """A source predicate (or participle) and the copy's that reports it at another step of the same ladder."""

    source: Span
    copy: Span
    ladder: str
    source_step: int
    copy_step: int
    linked: bool

    @property
    def forward(self) -> bool:
        return self.copy_step > self.source_step

    @property
    def names(self) -> tuple[str, str]:
        steps = LADDERS[self.ladder]
        return steps[self.source_step][0], steps[self.copy_step][0]


#: ladder word -> (ladder, step)
_INDEX: dict[str, tuple[str, int]] = {w: (name, k) for name, steps in LADDERS.items()
                                      for k, (_, words) in enumerate(steps) for w in words}


#: last words of the ladders' phrases ("put on hold"): a sentence holding one is read in full
_PHRASE_ENDS = frozenset(w.split()[-1] for w in _INDEX if " " in w)


def _word_step(t: Token) -> tuple[str, int] | None:
    """The ladder and step of a token's word, under the first of its forms the ladders hold
    (:func:`factdiff.predicates.word_forms`)."""
    return next((_INDEX[f] for f in word_forms(t) if f in _INDEX), None)


def step(doc: Document, pred: Predicate) -> tuple[str, int] | None:
    """The ladder and step of a predicate, if it stands on one."""
    if pred.kind not in _KINDS or (pred.kind == "noun" and pred.lemma in _NOT_NOUNS):
        return None
    return _INDEX.get(pred.lemma) or _word_step(doc.tokens[pred.head])


def _on_ladders(doc: Document, sentence: int) -> list[tuple[Predicate, tuple[str, int]]]:
    """The predicates of a sentence that stand on a ladder (its words are looked up first: most
    sentences have none, and their predicates need not be read); cached on the document."""
    cache = doc._cache.setdefault("stages.on", {})
    got = cache.get(sentence)
    if got is None:
        got = cache[sentence] = []
        if any(_word_step(t) or t.lower in _PHRASE_ENDS for t in doc.sentence_tokens(sentence)):
            for a in sentence_predicates(doc, sentence):
                st = step(doc, a)
                if st is not None:
                    got.append((a, st))
    return got  # type: ignore[no-any-return]


def _steps(doc: Document) -> dict[tuple[str, int], list[Predicate]]:
    """Every predicate of a document that stands on a ladder, by (ladder, step)."""
    out: dict[tuple[str, int], list[Predicate]] = {}
    for si in range(len(doc.sentences)):
        for a, st in _on_ladders(doc, si):
            out.setdefault(st, []).append(a)
    return out


def _shares(a: Predicate, b: Predicate) -> bool:
    """Two predicates name a common argument or context word ("charged with fraud" twice)."""
    return bool((a.agent | a.patient | a.context) & (b.agent | b.patient | b.context) - {_PRON})


def stage_changes(ctx: Context) -> list[StageChange]:
    """Every copy predicate moved to another step of its ladder (see module doc), one per copy predicate."""
    cached = ctx.cache.get("stages")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: list[StageChange] = []
    src, cop = ctx.source, ctx.copy
    said = _steps(src)
    # a summary names things its own way ("John Reed was arrested" / "police have arrested a
    # blogger"): there the copy's step anywhere in the source is enough
    summary = bool(ctx.options.get("summary"))
    for cj in range(len(cop.sentences)):
        mine = _on_ladders(cop, cj)
        participles = [w for w in cop.sentence_tokens(cj) if w.dep == "amod" and _word_step(w)]
        if not mine and not participles:
            continue
        cands = candidate_sentences(ctx, cj)
        found = _predicates(ctx, mine, cands, said, summary)
        done = {c.copy.start for c in found}
        out.extend(found)
        out.extend(_participles(ctx, cj, [w for w in participles if w.start not in done], cands))
    ctx.cache["stages"] = out
    return out


def _predicates(
    ctx: Context,
    mine: list[tuple[Predicate, tuple[str, int]]],
    cands: list[tuple[int, bool]],
    said: dict[tuple[str, int], list[Predicate]],
    summary: bool,
) -> list[StageChange]:
    """The copy predicates ``mine`` (with their steps) that stand at another step than the source's."""
    src, cop = ctx.source, ctx.copy
    out: list[StageChange] = []
    furthest = {}
    for _, (ladder, k) in mine:
        furthest[ladder] = max(k, furthest.get(ladder, k))
    theirs = [(a, st, linked) for si, linked in cands for a, st in _on_ladders(src, si)]
    for b, (ladder, k) in mine:
        if k < furthest[ladder] or any(
            a.negated == b.negated and (summary or _shares(a, b)) for a in said.get((ladder, k), ())
        ):
            continue
        if _denied_frame(cop, b) or any(a.lemma == b.lemma and linked and not _denied_frame(src, a) for a, _, linked in theirs):
            continue  # "cannot show that walking prevents", or the linked sentence says this very word
        # the source's furthest step about the same thing is where it stands ("arrested on
        # suspicion of murder" is at "arrested", not "accused")
        best: tuple[int, float, StageChange] | None = None
        for a, st, linked in theirs:
            if st[0] != ladder or st[1] == k or a.negated != b.negated:
                continue
            score = _score(ctx, a, b)
            if score >= MIN_SCORE and (best is None or (st[1], score) > best[:2]):
                best = (st[1], score, StageChange(span(src, a), span(cop, b), ladder, st[1], k, linked))
        if best is not None:
            out.append(best[2])
    return out


def _denied_frame(doc: Document, pred: Predicate) -> bool:
    """The predicate sits in the that-clause of a negated verb: "cannot show that walking prevents
    dementia" claims no step at all."""
    t = doc.tokens[pred.head]
    return t.dep == "ccomp" and clause_negated(doc, doc.tokens[t.head])


def _participles(ctx: Context, cj: int, words: list[Token], cands: list[tuple[int, bool]]) -> list[StageChange]:
    """Participles that modify a noun ("the proposed law" → "the approved law", "a convicted
    fraudster"): no predicate of their own, so compared only where the word diff of a closely
    aligned pair puts one in the other's place, and where the source sentence does not use the
    copy's step."""
    out = []
    src, cop = ctx.source, ctx.copy
    for w in words:
        st = _word_step(w)
        if st is None:
            continue
        for si, linked in cands:
            if not linked or not closely_aligned(ctx, si, cj):
                continue
            theirs = [(v, _word_step(v)) for v in src.sentence_tokens(si)]
            if any(x == st for _, x in theirs):
                continue
            placed = [(v, x[1]) for v, x in theirs if x is not None and x[0] == st[0] and token_place(ctx, si, cj, v.i, w.i)]
            if placed:
                v, was = placed[0]
                out.append(StageChange(src.token_span(v.i, v.i), cop.token_span(w.i, w.i), st[0], was, st[1], True))
                break
    return out
