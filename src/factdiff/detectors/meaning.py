"""Meaning: antonym swaps, certainty raised or lowered, hedges dropped, roles reversed.

* antonyms and direction ("opposed" → "supported", "rise" → "fall", "cut" → "increase"), from
  WordNet antonyms plus news classes (:mod:`factdiff.lexicon`); a swapped degree ("sharply" →
  "slightly") is minor;
* modality ("is expected to begin ... if" → "will begin", "may" → "will"): major when the copy
  turns a possibility or a conditional expectation into a certainty, minor for one step;
* hedges ("allegedly", "alleged", "is said to") removed (major) or added (minor);
* role reversal: the agent and patient of the same predicate swapped ("A accused B" → "B accused A");
* a process moved along ("accused of fraud" → "convicted of fraud", "proposed" → "passed", "linked
  to" → "causes"): major forward, minor back (:mod:`factdiff.stages`);
* a future reported as done ("will raise taxes" → "raised taxes"): major; a deed reported as still
  to come: minor;
* a limit dropped ("one of the largest banks" → "the largest bank": major; "some experts say" →
  "experts say", "partly caused by" → "caused by": minor; :mod:`factdiff.scope`);
* opposite words outside the predicates ("before" → "after", "more" → "fewer", "early" → "late"),
  read on tokens (:mod:`factdiff.swaps`);
* a rise or fall that the source's own figures contradict (:mod:`factdiff.trends`);
* two things that went opposite ways swapped ("electric car sales rose while petrol fell" →
  "petrol car sales rose"; :mod:`factdiff.contrasts`).
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import lexicon as lx
from ..comparisons import changed_comparisons, compared_tokens
from ..context import Context
from ..contrasts import CrossedContrast, argument_span, crossed_contrasts
from ..document import Document, Span, Token
from ..events import EventDone, events_done
from ..findings import Finding, Severity
from ..predicates import (
    EITHER_SIDE,
    Match,
    Predicate,
    _asks_if,
    _Parse,
    _parse,
    _reported,
    accuser,
    best,
    candidate_sentences,
    clause,
    denies,
    lemma_in,
    matches,
    moved_party,
    phrase,
    reports_deed,
    sentence_predicates,
    span,
)
from ..scope import ScopeChange, scope_changes
from ..stages import WORDING, StageChange, stage_changes
from ..support import subtree
from ..swaps import Swap, antonym_swaps, excess, tone
from ..trends import TrendContradiction, contradicted_trends


def detect(ctx: Context) -> Iterator[Finding]:
    reported: set[int] = set()
    restated: list[Match] = []  # each unflipped copy predicate's best source match
    flipped: set[int] = set()  # copy predicates already reported as turned around
    # where a stage moved along, a hedge word changed with it ("suspected" → "convicted killer")
    staged = {t.start for c in stage_changes(ctx) for doc, sp in ((ctx.source, c.source), (ctx.copy, c.copy))
              for t in doc.tokens_in(sp.start, sp.end)}
    compared = compared_tokens(ctx)  # "lower in men than in women" for "higher in women than in men"
    for group in matches(ctx):
        flip = group.contradicted
        if flip is not None and flip.relation < 0 and group.copy.head in compared:
            continue
        if flip is not None or group.consistent():
            reported.add(group.copy.head)  # compared as a predicate already
        if flip is not None:
            flipped.add(group.copy.head)
            if flip.relation < 0 and not _none_of_any(ctx, flip):
                yield _antonym(ctx, flip)
            continue
        same = group.consistent()
        if not same:
            continue
        m = best(same)
        restated.append(m)
        yield from _roles(ctx, m)
        will = _will(ctx, m)
        if will is not None:
            reported.add(will[1])  # "agreed" → "forced" is this, not an opposite tone
            yield will[0]
        yield from _intensity(ctx, m)
        if all(not _same_level(ctx, x.source, x.copy) for x in same if x.score >= m.score - 0.5):
            if m.linked or not (_said_where_linked(ctx, m.copy) or _level_where_linked(ctx, m.copy)):
                yield from _modality(ctx, m)
        else:
            cond = ""
            if m.source.conditional is not None and m.copy.conditional is None and m.linked and not _condition_kept(ctx, m):
                cond = f"'{clause(ctx.source, m.source.conditional).text}' is gone"
            tense = _tense(ctx, m, cond)
            if tense is not None:
                yield tense
            elif cond:
                yield _finding(ctx, m, Severity.MINOR, "condition dropped", detail=cond)
        yield from _hedges(ctx, m, staged)
    yield from _crossed_agents(ctx, restated)
    for swap in antonym_swaps(ctx):
        if swap.copy not in reported and swap.copy not in compared:
            yield _swapped(ctx, swap)
    for sc in changed_comparisons(ctx):
        yield Finding(
            type="meaning",
            severity=Severity.MAJOR,
            message=f"{sc.what}: '{sc.source.text}' → '{sc.copy.text}'",
            confidence=0.7,
            source=sc.source,
            copy=sc.copy,
        )
    for change in stage_changes(ctx):
        yield _staged(change)
    for event in events_done(ctx):
        yield _event_done(event)
    for limit in scope_changes(ctx):
        yield _widened(limit)
    for trend in contradicted_trends(ctx):
        if trend.copy.head not in flipped:
            flipped.add(trend.copy.head)
            yield _against_figures(ctx, trend)
    for crossed in crossed_contrasts(ctx):
        if crossed.copy.head not in flipped:
            yield _crossed(ctx, crossed)


def _crossed(ctx: Context, c: CrossedContrast) -> Finding:
    src = ctx.source
    return Finding(
        type="meaning",
        severity=Severity.MAJOR,
        message=f"{c.contrast.role}s swapped between opposites: the copy says "
        f"{_side(ctx.copy, c.copy, c.contrast.role)} '{phrase(ctx.copy, c.copy)}'; in the source "
        f"{_side(src, c.other, c.contrast.role)} '{phrase(src, c.other)}' and "
        f"{_side(src, c.said, c.contrast.role)} '{phrase(src, c.said)}'",
        confidence=0.7,
        source=span(src, c.other),
        copy=span(ctx.copy, c.copy),
    )


def _side(doc: Document, pred: Predicate, role: str) -> str:
    arg = argument_span(doc, pred, role)
    return f"'{arg.text}'" if arg is not None else "?"


def _against_figures(ctx: Context, c: TrendContradiction) -> Finding:
    tr = c.trend
    said, cop = ("a rise", "a fall") if tr.direction > 0 else ("a fall", "a rise")
    return Finding(
        type="meaning",
        severity=Severity.MAJOR,
        message=f"direction contradicts the source's figures: '{phrase(ctx.copy, c.copy)}' says {cop}, but "
        f"'{c.source.text}' is {said}",
        confidence=0.7,
        source=c.source,
        copy=span(ctx.copy, c.copy),
    )


def _event_done(event: EventDone) -> Finding:
    return Finding(
        type="meaning",
        severity=Severity.MAJOR,
        message=f"future reported as done: '{event.source.text}' → '{event.copy.text}' "
                f"(the source says the {event.noun} is still to come)",
        confidence=0.65,
        source=event.source,
        copy=event.copy,
    )


def _widened(change: ScopeChange) -> Finding:
    return Finding(
        type="meaning",
        severity=change.severity,
        message=f"{change.what}: '{change.source.text}' → '{change.copy.text}'"
        + (f" ('{change.dropped}' dropped)" if change.dropped else ""),
        confidence=0.6,
        source=change.source,
        copy=change.copy,
    )


def _staged(change: StageChange) -> Finding:
    s, c = change.source, change.copy
    was, now = change.names
    what, how = WORDING[change.ladder][0 if change.forward else 1]
    return Finding(
        type="meaning",
        severity=Severity.MAJOR if change.forward else Severity.MINOR,
        message=f"{what}: '{s.text}' → '{c.text}' ({was} → {now}: {how})",
        confidence=0.7 if change.linked else 0.5,
        source=s,
        copy=c,
    )


def _swapped(ctx: Context, swap: Swap) -> Finding:
    a, b = ctx.source.tokens[swap.source], ctx.copy.tokens[swap.copy]
    degree = a.lemma in lx.DEGREE and b.lemma in lx.DEGREE
    s, c = ctx.source.token_span(a.i, a.i), ctx.copy.token_span(b.i, b.i)
    if swap.how == "valence":
        turn = "positive → negative" if tone(ctx.source, a) > 0 else "negative → positive"
        what, why = "opposite tone", f"{turn} in the VADER lexicon"
        if excess(ctx.source, a) or excess(ctx.copy, b):  # "too small" finds fault whatever "small" says
            why = f"{turn}: 'too' finds fault"
            s = ctx.source.token_span(a.i - 1, a.i) if excess(ctx.source, a) else s
            c = ctx.copy.token_span(b.i - 1, b.i) if excess(ctx.copy, b) else c
    else:
        what, why = ("degree changed" if degree else "opposite meaning"), f"{a.lemma} / {b.lemma}"
    return Finding(
        type="meaning",
        severity=Severity.MINOR if degree else Severity.MAJOR,
        message=f"{what}: '{s.text}' → '{c.text}' ({why})",
        confidence=(0.65 if swap.linked else 0.5) - (0.1 if swap.how == "valence" else 0.0),
        source=s,
        copy=c,
    )


def _confidence(m: Match, base: float = 0.7) -> float:
    return round(min(0.95, (base if m.linked else base - 0.2) + 0.08 * m.score), 3)


def _wide(doc: Document, pred: Predicate, extra: tuple[int, ...]) -> Span:
    idx = [*pred.tokens, *extra]
    first, last = min(idx), max(idx)
    if last - first > 14:
        return span(doc, pred)
    return doc.token_span(first, last)


def _finding(
    ctx: Context,
    m: Match,
    severity: Severity,
    what: str,
    *,
    extra_src: tuple[int, ...] = (),
    extra_cop: tuple[int, ...] = (),
    kind: str = "meaning",
    detail: str = "",
) -> Finding:
    s = _wide(ctx.source, m.source, extra_src)
    c = _wide(ctx.copy, m.copy, extra_cop)
    return Finding(
        type=kind,
        severity=severity,
        message=f"{what}: '{s.text}' → '{c.text}'" + (f" ({detail})" if detail else ""),
        confidence=_confidence(m),
        source=s,
        copy=c,
    )


def _object(pred: Predicate) -> tuple[int, ...]:
    return (pred.patient_at,) if pred.patient_at is not None else ()


def _antonym(ctx: Context, m: Match) -> Finding:
    a, b = m.source, m.copy
    if m.relation < 0 and not lx.relation(a.lemma, b.lemma) and denies(ctx, a, b):  # "taking bribes" → "refusing bribes": shown with the object
        return _finding(ctx, m, Severity.MAJOR, "opposite meaning", extra_src=_object(a), extra_cop=_object(b),
                        detail=f"{a.lemma} / {b.lemma}: one denies what the other reports done")
    neg = " (both negated)" if a.negated and b.negated else ""
    degree = a.lemma in lx.DEGREE and b.lemma in lx.DEGREE
    return Finding(
        type="meaning",
        severity=Severity.MINOR if degree else Severity.MAJOR,
        message=f"{'degree changed' if degree else 'opposite meaning'}: '{phrase(ctx.source, a)}' → '{phrase(ctx.copy, b)}'"
        f" ({a.lemma} / {b.lemma}){neg}",
        confidence=_confidence(m),
        source=span(ctx.source, a),
        copy=span(ctx.copy, b),
    )


def _infinitive_governor(doc: Document, pred: Predicate) -> Token | None:
    """The verb whose infinitive the predicate is ("ordered [the firm] to pay", "agreed to pay")."""
    t = doc.tokens[pred.head]
    if t.dep not in ("xcomp", "ccomp", "advcl") or not any(c.lower == "to" for c in _parse(doc).children(t.i, "aux")):
        return None
    return _parse(doc).head(t.i)


def _will(ctx: Context, m: Match) -> tuple[Finding, int] | None:
    """A deed someone was made to do told as one they chose ("was ordered to pay" → "agreed to
    pay"), or the other way round; with the copy's governing word."""
    ga, gb = _infinitive_governor(ctx.source, m.source), _infinitive_governor(ctx.copy, m.copy)
    if ga is None or gb is None:
        return None
    kinds = [("compelled" if lemma_in(g, lx.COMPELLING_GOVERNORS) else "chosen" if lemma_in(g, lx.CONSENTING_GOVERNORS)
              else "") for g in (ga, gb)]
    if "" in kinds or kinds[0] == kinds[1]:
        return None
    ea = (ga.i, *(c.i for c in _parse(ctx.source).children(ga.i, "auxpass")))  # "was ordered"
    eb = (gb.i, *(c.i for c in _parse(ctx.copy).children(gb.i, "auxpass")))
    f = _finding(ctx, m, Severity.MAJOR, f"{kinds[0]} act told as {kinds[1]}", extra_src=ea, extra_cop=eb,
                 detail=f"{ga.lemma} / {gb.lemma}")
    return f, gb.i


def _level(doc: Document, pred: Predicate, ignore_would: bool = False) -> int:
    """A predicate's certainty; "could not" is inability ("could not afford it" = did not), not a
    possibility, so a negated predicate whose only modal word is "could" / "can" is certain. With
    ``ignore_would``, a hypothetical "would" that is its only modal word does not count."""
    if ignore_would and pred.modality in (lx.PROBABLE, lx.POSSIBLE) and pred.modal_words and all(
        doc.tokens[i].lower in _WOULD for i in pred.modal_words
    ):
        return lx.CERTAIN
    if pred.negated and pred.modal_words and all(doc.tokens[i].lower in ("could", "can") for i in pred.modal_words):
        return lx.CERTAIN
    return pred.modality


_WOULD = frozenset({"would", "'d"})


def _levels(ctx: Context, a: Predicate, b: Predicate) -> tuple[int, int]:
    """The certainty of a source and a copy predicate, compared: where both say "would", the parse's
    reading of one as hypothetical and the other as reported speech ("said it would") is no change."""
    src, cop = ctx.source, ctx.copy
    if _says(src, a, _WOULD | _WILL) and _says(cop, b, _WOULD | _WILL) and (_says(src, a, _WOULD) or _says(cop, b, _WOULD)):
        # "would" against "would" or "will": a hypothetical and a future-in-the-past read alike, and
        # "would" → "will" is how a rewrite drops a report's backshift ("It would cut bills", after
        # "the minister said ...")
        return _level(src, a, ignore_would=True), _level(cop, b, ignore_would=True)
    la, lb = _level(src, a), _level(cop, b)
    if (_says(src, a, _COULD) and _says(cop, b, _CAN)) or (_says(src, a, _CAN) and _says(cop, b, _COULD)):
        return la, la  # "before advice could be given" is "can" told in the past, as a report tells it
    if (_says(src, a, _CAN) and _says(cop, b, _MAY)) or (_says(src, a, _MAY) and _says(cop, b, _CAN)):
        return la, la  # "how much farms can pump" / "may pump": what is allowed, either way
    return la, lb


_WILL = frozenset({"will", "shall", "'ll", "wo"})
_COULD = frozenset({"could"})
_CAN = frozenset({"can", "ca"})
_MAY = frozenset({"may"})


def _same_level(ctx: Context, a: Predicate, b: Predicate) -> bool:
    la, lb = _levels(ctx, a, b)
    return la == lb


def _says(doc: Document, pred: Predicate, words: frozenset[str]) -> bool:
    """One of ``words`` as an auxiliary of the predicate, or of the verb it is coordinated with
    ("would get upset but then turn")."""
    p = _parse(doc)
    t = doc.tokens[pred.head]
    heads = [t] + ([h] if t.dep == "conj" and (h := p.head(t.i)) is not None else [])
    return any(c.lower in words for h in heads for c in p.children(h.i, "aux")) or any(
        doc.tokens[i].lower in words for i in pred.tokens)


#: words that open a condition, with the "should" of "should the council approve the bonds"
_CONDITION_OPENERS = lx.CONDITIONAL_MARKS | {"should", "providing"}


def _condition_kept(ctx: Context, m: Match) -> bool:
    """Whether the copy sentence still states the source's condition where the parse does not tie it
    to the predicate ("has threatened to sue if the council approves the bonds" → "has threatened
    legal action should the council approve the bonds"): a word that opens a condition, and most of
    the condition's content words."""
    src, cop = ctx.source, ctx.copy
    assert m.source.conditional is not None
    # the sentence, and a piece of the same source sentence beside it ("X threatened to drop the
    # insurers. The threat was to drop them unless they steered patients away.")
    j = m.copy.sentence
    toks = [t for k in (j - 1, j, j + 1) if k == j or (0 <= k < len(cop.sentences) and ctx.alignment.together(j, k))
            for t in cop.sentence_tokens(k)]
    if src.tokens[m.source.conditional].lower == "pending" and any(t.lower in ("until", "pending") for t in toks):
        return True  # "suspended the grant pending the outcome" → "until that is concluded, has suspended it"
    span = clause(src, m.source.conditional)
    want = {t.lemma for t in src.tokens if span.start <= t.start < span.end and t.pos in ("NOUN", "PROPN", "VERB", "ADJ")}
    have = {t.lemma for t in toks}
    opens = any(t.lower in _CONDITION_OPENERS for t in toks)  # before or after: "If the court does not act, X said"
    # half its words, or their synonyms: "if talks fail" → "should talks break down"
    kept = {w for w in want if w in have or any(lx.relation(w, h) > 0 for h in have)}
    if opens:
        return bool(want) and len(kept) >= 0.5 * len(want)
    # a condition of being somewhere or something, every word of it kept: a restriction instead ("if
    # you are in the zone, you need to go" → "people in the zone need to go"; not "if costs keep
    # rising" → "because costs kept rising")
    verbs = {t.lemma for t in src.tokens if span.start <= t.start < span.end and t.pos == "VERB"}
    return bool(want) and not verbs and kept == want


def _said_where_linked(ctx: Context, b: Predicate) -> bool:
    """Whether a source sentence linked to the copy predicate's sentence has a predicate of its lemma
    and polarity: the copy word is that one's, even where too little else ties them to a match
    ("unless they are renewed" moved to the front), not a sentence further off's."""
    return any(a.lemma == b.lemma and a.negated == b.negated
               for si, linked in candidate_sentences(ctx, b.sentence) if linked
               for a in sentence_predicates(ctx.source, si))


def _level_where_linked(ctx: Context, b: Predicate) -> bool:
    """Whether a source sentence linked to the copy predicate's sentence tells of its arguments at
    its level of certainty ("she could overtake Albrecht" → "she could pull ahead of Albrecht"): a
    certainty read against a sentence further off, which shares a word with it, is not the copy's."""
    words = b.agent | b.patient | b.context
    return any(a.modality == b.modality and words & (a.agent | a.patient | a.context)
               for si, linked in candidate_sentences(ctx, b.sentence) if linked
               for a in sentence_predicates(ctx.source, si))


def _governor(doc: Document, pred: Predicate) -> Token | None:
    """The word that frames the predicate's clause as someone's: the verb whose that-clause holds it
    ("believe" in "they believe it will pass"), a noun of view said to be that clause ("their
    expectation is that it will pass", "a sign that investors expect"), the "according" of
    "according to the alliance", a sayer told aside ("it had, he alleged, ..."), or the verb that
    accuses someone of it ("accused him of lying")."""
    p = _parse(doc)
    t: Token | None = doc.tokens[pred.head]
    for _ in range(2):  # from "unsafe" / "deliberately" up to the verb of their clause
        if t is not None and t.dep in ("acomp", "attr", "advmod"):
            t = p.head(t.i)
    if t is None:
        return None
    by = _credited_above(p, t)
    if by is not None:
        return by
    aside = next((c for c in p.children(t.i, "parataxis") if lemma_in(c, _FRAMING)), None)
    if aside is not None:
        return aside  # "The authority, he alleged, had not completed the work"
    acc = accuser(p, t)
    if acc is not None:
        return acc
    h = p.head(t.i)
    if h is None:
        return None
    if t.dep == "ccomp" and h.lemma == "be":
        return next((s for s in p.children(h.i, "nsubj") if s.lemma in _VIEW_NOUNS), h)
    if t.dep in ("acl", "ccomp") and (h.lemma in _VIEW_NOUNS or h.lemma in lx.CLAIM_NOUNS) and any(
            c.lower == "that" for c in p.children(t.i, "mark")):  # "over claims that the process had been copied"
        return h
    return h if t.dep == "ccomp" else None


def _credited_above(p: _Parse, t: Token) -> Token | None:
    """The "according" of "according to the council, X rejected claims under a clause few knew
    was in their policies", the "view" of "in its view, staff set the rig up wrongly", an accuser
    told aside ("the threat, it alleged, was to drop them") or an accusing verb whose clause holds
    it, on the predicate's clause or a clause it stands in: the claim is credited."""
    cur: Token | None = t
    below: Token | None = None
    for _ in range(6):
        if cur is None:
            return None
        if below is not None and below.dep == "ccomp" and cur.pos in ("VERB", "AUX") and lemma_in(
                cur, lx.ALLEGATION_GOVERNORS):
            return cur  # "she alleged that Norvane plans to move the work", "plans" parsed as a noun
        aside = next((c for c in p.children(cur.i, "parataxis") if lemma_in(c, lx.ALLEGATION_GOVERNORS)), None)
        if aside is not None:
            return aside  # "The threat, it alleged, was to drop the insurers"
        for c in p.children(cur.i, "prep"):
            if c.lower == "according":
                return c
            if c.lower == "in" and c.i < cur.i:
                view = next((o for o in p.children(c.i, "pobj") if o.lemma in _SAYER_VIEWS
                             and p.children(o.i, "poss")), None)
                if view is not None:
                    return view
        below, cur = cur, (p.head(cur.i) if cur.dep != "ROOT" else None)
    return None


#: nouns of "in its view", "in his opinion": what follows is the owner's view
_SAYER_VIEWS = frozenset({"view", "opinion", "estimate", "estimation", "judgment", "judgement", "assessment"})


#: nouns whose that-clause is someone's view of it ("their expectation is that", "a sign that")
_VIEW_NOUNS = frozenset({"expectation", "belief", "view", "estimate", "forecast", "prediction", "hope", "fear",
                         "sign", "indication", "suggestion", "assessment", "suspicion", "concern", "worry",
                         "assumption", "projection"})


#: verbs of opinion too loose to set a level of their own ("I think it's a one") that still frame a
#: claim as someone's ("police believe" → "police think")
_OPINION = frozenset({"think", "guess", "suppose", "reckon", "feel", "consider"})
#: verbs whose that-clause is someone's view or report of it
_FRAMING = (lx.BELIEF_GOVERNORS | lx.ALLEGATION_GOVERNORS | lx.NEUTRAL_REPORTING | _OPINION | _VIEW_NOUNS
            | {"accord", "accuse"})
#: verbs that say what evidence points to, alike for a claim's certainty ("suggest" and "prove" are not)
_EVIDENCE = frozenset({"indicate", "show", "demonstrate", "signify", "denote", "reveal", "signal"})


#: belief verbs that look ahead: what they frame has not happened yet
_FORECASTS = frozenset({"expect", "predict", "forecast", "anticipate", "project", "hope", "expectation",
                        "prediction", "projection"})


def _forecast(doc: Document, pred: Predicate) -> bool:
    g = _governor(doc, pred)
    return g is not None and lemma_in(g, _FORECASTS)


def _framed_alike(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """Both sides present the claim as someone's: a belief, a suspicion or a plain report of one,
    or as what some evidence indicates ("indicating that" → "showing that")."""
    ga, gb = _governor(ctx.source, a), _governor(ctx.copy, b)
    if ga is None or gb is None:
        return False
    return (lemma_in(ga, _FRAMING) and lemma_in(gb, _FRAMING)) or (lemma_in(ga, _EVIDENCE) and lemma_in(gb, _EVIDENCE))


def _done(doc: Document, pred: Predicate) -> bool:
    """The predicate reports a past deed: "opened", "has opened", "was opened"."""
    return reports_deed(doc, doc.tokens[pred.head])


def _object_figures(doc: Document, pred: Predicate) -> set[str]:
    """The figures in the predicate's object ("cut 140 jobs": {"140"})."""
    p = _parse(doc)
    return {doc.tokens[k].lower.replace(",", "") for o in p.children(pred.head, "dobj")
            for k in subtree(doc, o.i) if doc.tokens[k].like_num}


def _future(doc: Document, pred: Predicate) -> bool:
    """The predicate is told as still to come: "will raise", "shall decide", "won't open", "is to
    visit", and "would" in reported speech ("said it would cut 300 jobs")."""
    p = _parse(doc)
    t = doc.tokens[pred.head]
    g = p.head(t.i)
    if t.dep == "xcomp" and g is not None and g.lemma == "be" and g.tag in ("VBZ", "VBP") and any(
            c.lower == "to" for c in p.children(t.i, "aux")) and not p.children(g.i, "acomp", "attr"):
        return True  # "the minister is to visit Paris next week": arranged, as "will visit"
    return any(k.lower in ("will", "shall", "'ll", "wo") or (k.lower == "would" and _reported(p, t))
               for k in p.children(pred.head, "aux"))


def _tense(ctx: Context, m: Match, condition: str = "") -> Finding | None:
    """A future told as done ("will raise taxes" → "raised taxes"), or a deed told as to come;
    ``condition`` says what else the copy dropped ("'if costs rise' is gone")."""
    a, b = m.source, m.copy
    if a.negated != b.negated or not _same_level(ctx, a, b):
        return None
    fa, fb = _object_figures(ctx.source, a), _object_figures(ctx.copy, b)
    if fa and fb and not fa & fb:
        return None  # "would cut 140 jobs" / "last year it cut 60 jobs": another deed
    if a.agent - {"-pron-"} and not a.agent & b.agent and a.agent & (b.patient | b.party):
        return None  # "Norvex sued Kestrel" / "Kestrel would sue Norvex in return": the other side's deed
    also = f"; condition dropped: {condition}" if condition else ""
    if _future(ctx.source, a) and _done(ctx.copy, b):
        return _finding(ctx, m, Severity.MAJOR, "future reported as done", extra_src=tuple(a.modal_words),
                        detail="the source says it is still to come" + also)
    if _done(ctx.source, a) and _future(ctx.copy, b):
        return _finding(ctx, m, Severity.MINOR, "done reported as still to come", extra_cop=tuple(b.modal_words),
                        detail="the source says it has happened" + also)
    return None


def _modality(ctx: Context, m: Match) -> Iterator[Finding]:
    a, b = m.source, m.copy
    if a.negated != b.negated:
        return  # a flip is the polarity detector's; "may not" → "will not" is compared here
    if "noun" in (a.kind, b.kind) and a.kind != b.kind:
        return  # "trying to sell" / "offered for sale": a noun carries no modality of its own
    if "adv" in (a.kind, b.kind):
        return  # "early" has its verb's certainty, compared on the verb
    if a.kind != b.kind and a.lemma == b.lemma:
        return  # one word parsed two ways ("or delete" a verb in one text, an adjective in the other)
    la, lb = _levels(ctx, a, b)
    if _purpose(ctx.source, a) and _purpose(ctx.copy, b):
        return  # "is designed to slow" = "is intended to slow": what it is for, either way
    if _in_question(ctx.source, a) and _in_question(ctx.copy, b):
        return  # "will examine whether the chains used their share to keep prices high": asked both times
    if _proposed(ctx.source, a) and _proposed(ctx.copy, b):
        return  # "a motion to approve the project" → "a motion that would have approved it": its content
    if la == lb or (la == lx.PROBABLE and lb == lx.CERTAIN and _framed_alike(ctx, a, b) and not any(
        ctx.source.tokens[i].lower in lx.PROBABLE_ADVERBS or ctx.source.tokens[i].tag == "MD" for i in a.modal_words
    ) and not (_forecast(ctx.source, a) and _done(ctx.copy, b))):
        # "police believe" → "police say" frames alike; "said it was probably" → "said it was" does
        # not, nor "expects profits to fall" → "said profits fell"
        return
    lost_condition = a.conditional is not None and b.conditional is None
    extra_src = tuple(a.modal_words)
    names = f"{lx.MODALITY_NAMES[la]} → {lx.MODALITY_NAMES[lb]}"
    if lb > la and _estimated(ctx.source, a) and _estimated(ctx.copy, b):
        return  # "would cost an estimated £3.6m" → "is estimated to cost £3.6m": an estimate either way
    if lb > la and _nominal(ctx.copy, b):
        return  # "a framework focused on reducing net debt" names an aim; it states nothing done
    if lb > la:
        done = la == lx.PROBABLE and _done(ctx.copy, b) and any(
            lemma_in(ctx.source.tokens[i], lx.PLAN_GOVERNORS | lx.PLAN_NOUNS | lx.PROBABLE_AUX | lx.MANDATIVE_GOVERNORS)
            for i in a.modal_words)
        # "could face 17 years if convicted" → "faces 17 years if convicted": the condition still holds it
        kept_condition = a.conditional is not None and b.conditional is not None
        if not done and _planned(ctx.source, a):
            return  # "efforts to address" → "address": no deed claimed either way
        # "less likely to develop" → "did not develop": a lowered chance told as a certain no
        hardened = a.negated and b.negated and a.weak and not b.weak
        strong = (lb - la >= 2 and not kept_condition) or lost_condition or done or hardened
        detail = names + (", reported as already done" if done else "")
        if a.conditional is not None and lost_condition:
            detail += f", condition dropped: '{clause(ctx.source, a.conditional).text}'"
        yield _finding(ctx, m, Severity.MAJOR if strong else Severity.MINOR, "certainty raised",
                       extra_src=extra_src, extra_cop=tuple(b.modal_words), detail=detail)
    elif not all(lemma_in(ctx.copy.tokens[i], lx.BELIEF_GOVERNORS) for i in b.modal_words) and not _planned(ctx.copy, b) and (
            not _would_goes_on(ctx, b)):
        # a summary's own reporting frame ("..., indicating that the company has emerged") lowers
        # nothing worth a finding; a copy "may" / "plans to" does
        yield _finding(ctx, m, Severity.MINOR, "certainty lowered", extra_src=tuple(a.modal_words),
                       extra_cop=tuple(b.modal_words), detail=names)


def _in_question(doc: Document, pred: Predicate) -> bool:
    """Whether the predicate stands in an asked clause: "examine whether X", "did not say if X"."""
    p = _parse(doc)
    cur: Token | None = doc.tokens[pred.head]
    for _ in range(6):
        if cur is None:
            return False
        if cur.pos in ("VERB", "AUX") and any(m.lower in lx.QUESTION_MARKS or (
                m.lower == "if" and (h := p.head(cur.i)) is not None and _asks_if(p, h)) for m in p.children(cur.i, "mark")):
            return cur.dep in ("ccomp", "pcomp", "csubj")  # an asked clause, not a condition ("if it rains")
        cur = p.head(cur.i) if cur.dep != "ROOT" else None
    return False


def _would_goes_on(ctx: Context, b: Predicate) -> bool:
    """A bare "would" in a piece of a cut sentence goes on with the frame the piece before it set
    ("Keswick says it would keep the hospitals open. It would bring in replacement nurses."; "The
    probe is meant to fly beside the comet. It would map its surface."): not a hypothetical."""
    if not b.modal_words or any(ctx.copy.tokens[i].lower not in ("would", "'d") for i in b.modal_words):
        return False
    return b.sentence > 0 and ctx.alignment.together(b.sentence, b.sentence - 1)


def _estimated(doc: Document, pred: Predicate) -> bool:
    """Whether the predicate is told as an estimate: "is estimated to cost", "would cost an
    estimated £3.6m"."""
    p = _parse(doc)
    t = doc.tokens[pred.head]
    g = p.head(t.i)
    if t.dep == "xcomp" and g is not None and g.lemma == "estimate":
        return True
    return any(doc.tokens[i].lower == "estimated" and doc.tokens[i].dep == "amod" for i in subtree(doc, t.i, own_clause=True))


#: prepositions whose gerund is told as having happened ("after selling the unit")
_TEMPORAL = frozenset({"after", "before", "since", "by", "following", "despite", "upon", "while", "when"})


#: verbs whose gerund complement names an activity without reporting it ("includes reducing debt")
_NAMING_VERBS = frozenset({"include", "involve", "require", "entail", "mean", "recommend", "propose", "suggest"})


def _nominal(doc: Document, pred: Predicate) -> bool:
    """A gerund with no auxiliary of its own that names an activity ("focused on reducing debt",
    "including a buyback and reducing debt") rather than reporting one."""
    p = _parse(doc)
    t = doc.tokens[pred.head]
    if t.tag != "VBG" or p.children(t.i, "aux", "auxpass", *("nsubj", "nsubjpass")):
        return False
    while t.dep == "conj" and (h := p.head(t.i)) is not None:
        if h.pos == "VERB" and h.tag != "VBG":
            return False  # "cut jobs and reducing": a finite verb's conjunct
        t = h
    if t.dep == "pcomp":
        prep = p.head(t.i)
        return prep is not None and prep.lower not in _TEMPORAL
    if t.dep == "xcomp" and (h := p.head(t.i)) is not None and h.lemma in _NAMING_VERBS:
        return True  # "the plan includes reducing debt"
    return t.dep in ("pobj", "dobj", "appos") or t.pos in ("NOUN", "PROPN")


def _small_degree(doc: Document, pred: Predicate) -> Token | None:
    """The "slightly" / "modestly" of a predicate ("rose slightly")."""
    return next((c for c in _parse(doc).children(pred.head, "advmod", "npadvmod")
                 if c.lower in lx.CLASSES["small_degree"]), None)


def _intensity(ctx: Context, m: Match) -> Iterator[Finding]:
    """ "rose slightly" → "soared" (and back): the same direction at another degree."""
    a, b = m.source, m.copy
    if m.relation <= 0 or a.negated or b.negated:
        return
    for doc_a, pa, doc_b, pb in ((ctx.source, a, ctx.copy, b), (ctx.copy, b, ctx.source, a)):
        small = _small_degree(doc_a, pa)
        if small is not None and pb.lemma in lx.INTENSE_VERBS and _small_degree(doc_b, pb) is None:
            yield _finding(ctx, m, Severity.MINOR, "degree changed", extra_src=(small.i,) if pa is a else (),
                           extra_cop=(small.i,) if pa is b else (), detail=f"'{small.text}' / '{pb.lemma}'")
            return


_NONE = frozenset({"no one", "nobody", "nothing", "none", "no"})
_ANY = frozenset({"anyone", "anybody", "anything", "any"})


def _none_of_any(ctx: Context, m: Match) -> bool:
    """ "will include two experts and no one who has worked with her" → "will exclude anyone who has":
    the opposite verb on "any" restates the source verb on "no one" (a conjunct the match misses)."""
    def objects(doc: Document, pred: Predicate) -> set[str]:
        p = _parse(doc)
        out: set[str] = set()
        for o in p.children(pred.head, "dobj"):
            for x in [o, *p.children(o.i, "conj")]:
                out.add(x.lower)
                out |= {d.lower for d in p.children(x.i, "det")}
                if x.i > 0 and doc.tokens[x.i - 1].lower == "no" and x.lower == "one":
                    out.add("no one")
        return out

    a, b = objects(ctx.source, m.source), objects(ctx.copy, m.copy)
    return bool(a & _NONE and b & _ANY) or bool(b & _NONE and a & _ANY)


#: verbs that tell what a thing is for ("is designed to slow the loss")
_PURPOSE = frozenset({"design", "intend", "mean", "aim", "engineer", "build"})


def _purpose(doc: Document, pred: Predicate) -> bool:
    t = doc.tokens[pred.head]
    g = doc.tokens[t.head]
    return t.dep == "xcomp" and g.lemma in _PURPOSE and g.tag == "VBN"


def _proposed(doc: Document, pred: Predicate) -> bool:
    """The predicate tells a proposal's content: "a motion to approve it", "a bill that would have
    required testing"."""
    t = doc.tokens[pred.head]
    h = doc.tokens[t.head]
    return t.dep in ("acl", "relcl") and h.lemma in lx.PROPOSAL_NOUNS and h.pos == "NOUN"


def _planned(doc: Document, pred: Predicate) -> bool:
    """Only a plan noun ("a bid to buy", "in talks to buy") or a purpose ("sold the house to pay
    debts", "on site to determine how") holds the predicate back: an aim, neither asserted nor
    doubted, which only a copy that reports it done distorts."""
    t = doc.tokens[pred.head]
    return bool(pred.modal_words) and all(
        (doc.tokens[i].lemma in lx.PLAN_NOUNS and doc.tokens[i].pos == "NOUN") or (t.dep == "advcl" and t.head == i)
        for i in pred.modal_words
    )


def _hedges(ctx: Context, m: Match, staged: set[int]) -> Iterator[Finding]:
    """Hedges removed or added; ``staged`` holds the start offsets of the words of stage changes."""
    a, b = m.source, m.copy
    if _framed_alike(ctx, a, b):
        return  # "police suspect" → "police believe": still their view
    if a.negated and b.negated and any(ctx.source.tokens[i].lemma in lx.CLAIM_NOUNS for i in a.tokens) and any(
            ctx.copy.tokens[i].lemma in lx.CLAIM_NOUNS for i in b.tokens):
        return  # "denied a report that X" → "rejected a report claiming that X": a claim denied both times
    if any(ctx.source.tokens[i].start in staged for i in a.hedges) or any(
            ctx.copy.tokens[i].start in staged for i in b.hedges):
        return  # "suspected killer" → "convicted killer" is a stage moved along, reported as such
    if a.hedges and not b.hedges:
        words = ", ".join(ctx.source.tokens[i].text for i in a.hedges)
        yield _finding(ctx, m, Severity.MAJOR, "hedge removed", extra_src=a.hedges, detail=f"'{words}' dropped")
    elif b.hedges and not a.hedges and not any(ctx.copy.tokens[i].lemma in lx.ALLEGATION_GOVERNORS
                                               and _alleged_within(ctx.source, a, ctx.copy.tokens[i].lemma) for i in b.hedges):
        words = ", ".join(ctx.copy.tokens[i].text for i in b.hedges)
        yield _finding(ctx, m, Severity.MINOR, "hedge added", extra_cop=b.hedges, detail=f"'{words}' added")


def _alleged_within(doc: Document, pred: Predicate, verb: str) -> bool:
    """Whether the source predicate stands somewhere inside the clause of an allegation verb of
    that lemma ("alleging that the duty was calculated using outdated rates": "using" is alleged too)."""
    p = _parse(doc)
    t = doc.tokens[pred.head]
    for _ in range(6):
        h = p.head(t.i)
        if h is None or h.i == t.i:
            return False
        if h.lemma == verb:
            return True
        t = h
    return False


def _named(key: frozenset[str]) -> bool:
    return bool(key) and "-pron-" not in key


def _pronoun_swap(agent_a: frozenset[str], other_a: frozenset[str], agent_b: frozenset[str], other_b: frozenset[str]) -> bool:
    """ "He accused the mayor" → "The mayor accused him": the one named party changed sides, and a
    pronoun stands on the other side both times (a pronoun never names its own clause's other party)."""
    pron = frozenset({"-pron-"})
    return (_named(other_a) and other_a & agent_b and agent_a == pron == other_b) or bool(
        _named(agent_a) and agent_a & other_b and other_a == pron == agent_b
    )


def _crossed_agents(ctx: Context, same: list[Match]) -> Iterator[Finding]:
    """Two verbs of one sentence whose doers changed places: "Ashcroft relied on figures supplied by
    Voss" → "Voss relied on figures supplied by Ashcroft"."""
    verbs = [m for m in same if m.source.kind == m.copy.kind == "verb" and _named(m.source.agent) and _named(m.copy.agent)
             and not m.source.agent & m.copy.agent]
    for k, m1 in enumerate(verbs):
        for m2 in verbs[k + 1 :]:
            if m1.copy.sentence != m2.copy.sentence or m1.source.sentence != m2.source.sentence:
                continue
            if m1.copy.agent & m2.source.agent and m2.copy.agent & m1.source.agent:
                yield _finding(ctx, m1, Severity.MAJOR, "roles reversed",
                               extra_src=tuple(i for i in (m1.source.agent_at, m2.source.head, m2.source.agent_at) if i is not None),
                               extra_cop=tuple(i for i in (m1.copy.agent_at, m2.copy.head, m2.copy.agent_at) if i is not None),
                               detail=f"who {m1.source.lemma} and who {m2.source.lemma} are swapped")
                return


def _roles(ctx: Context, m: Match) -> Iterator[Finding]:
    a, b = m.source, m.copy
    if m.relation < 0 or a.kind != "verb" or b.kind != "verb":
        return
    if (a.lemma in EITHER_SIDE or b.lemma in EITHER_SIDE) and a.agent_at is not None and b.agent_at is not None:
        return  # "A met B" = "B met A" ("A refused to meet B" is read on the one who refused)
    if (_done(ctx.source, a) and _future(ctx.copy, b)) or (_future(ctx.source, a) and _done(ctx.copy, b)):
        return  # "Norvex sued Kestrel" / "Kestrel said it would sue Norvex in return": another deed
    # the agent swapped with the patient ("A accused B" → "B accused A") or with the other party
    # ("A sold its stake to B" → "B sold its stake to A")
    for other, ends in (("patient", "patient_at"), ("party", "party_at")):
        oa, ob = getattr(a, other), getattr(b, other)
        if all(_named(k) for k in (a.agent, oa, b.agent, ob)):
            if a.agent & oa or a.agent & b.agent or oa & ob:
                continue
            if not (a.agent & ob and oa & b.agent):
                continue
        elif not _pronoun_swap(a.agent, oa, b.agent, ob):
            continue
        ends_a = [i for i in (a.agent_at, getattr(a, ends)) if i is not None]
        ends_b = [i for i in (b.agent_at, getattr(b, ends)) if i is not None]
        yield _finding(ctx, m, Severity.MAJOR, "roles reversed", extra_src=tuple(ends_a), extra_cop=tuple(ends_b),
                       detail=f"who {ctx.source.tokens[a.head].lower} whom is swapped" if other == "patient"
                       else f"the two parties of '{a.lemma}' are swapped")
        return
    moved = moved_party(ctx, a, b)
    if moved is not None:
        yield _finding(ctx, m, Severity.MAJOR, "roles reversed", extra_src=tuple(x for x in (a.agent_at,) if x is not None),
                       extra_cop=tuple(x for x in (b.agent_at,) if x is not None),
                       detail=f"'{moved}' is on the other side of '{ctx.source.tokens[a.head].lower}'")
