"""Negations of the copy that the source does not support.

A summary that fuses or rewords source sentences rarely keeps a predicate's arguments word for
word, so :func:`factdiff.predicates.matches` (which needs a shared argument) can miss an inserted
"not". This module asks a looser question: the copy negates a claim ("the firm did not report a
loss"), yet none of the source sentences that copy sentence restates says anything negative (no
"not", "never", "no", "failed to", "lack of", no antonym of the negated word). Then the negation
is the copy's own: a *major* finding when the negated claim's words are in those source sentences
(or its very predicate is, un-negated), a *minor* one otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from . import lexicon as lx
from .context import Context
from .document import Document, Span, Token
from .events import AWAITED, AWAITED_MODIFIERS
from .predicates import (
    _PRON,
    Predicate,
    _light_apart,
    _parse,
    _score,
    matches,
    reports_deed,
    sentence_predicates,
)
from .predicates import span as predicate_span
from .vocabulary import sentence_words

#: tokens that make a copy predicate explicitly negated
EXPLICIT_NEGATORS = lx.NEGATORS | lx.NEGATIVE_PRONOUNS | {"no one"}
#: lemmas that negate a copy predicate implicitly ("fails to mention", "lack of funding", "unable to");
#: "decline", "stop" and "avoid" are left out: "declined to comment" restates "did not comment" too often
IMPLICIT_NEGATORS = (
    lx.IMPLICIT_NEGATOR_VERBS - {"decline", "stop", "avoid", "cease", "abandon"}
) | lx.IMPLICIT_NEGATOR_ADJS | lx.IMPLICIT_NEGATOR_NOUNS | lx.LACK_VERBS
#: a clause none of whose words the restated sentences hold is looked up in the whole source: the
#: sentence holding at least this many of its content words, and this share of them, is its source
FALLBACK_WORDS = 2
FALLBACK_SHARE = 0.5
#: negative prefixes of adjectives ("unable", "impossible", "disloyal", "non-binding")
_NEG_PREFIXES = ("un", "non", "non-", "dis", "in", "im", "il", "ir")
#: at least this share of the negated clause's content words must be in the source sentences
#: for the unsupported negation to be major
MAJOR_SUPPORT = 0.5
#: source sentences searched besides the linked ones: the nearest few at least this similar
NEAREST = 3
MIN_SIMILARITY = 0.4
_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"}
_KIND_ORDER = {"verb": 0, "state": 1, "adj": 2, "noun": 3, "adv": 4}


@dataclass(frozen=True, slots=True)
class AddedNegation:
    """A negated copy predicate whose source sentences say nothing negative."""

    copy: Predicate
    negator: int  #: the copy token that negates it
    source: Span  #: the source predicate it negates, or the source words of its clause
    counterpart: Predicate | None  #: the same (un-negated) predicate in the source, if any
    support: float  #: share of the clause's content words found in the source sentences
    linked: bool

    @property
    def strong(self) -> bool:
        return self.counterpart is not None or self.support >= MAJOR_SUPPORT


#: verbs that say something negative on their own ("denied the report"); other implicit negators
#: ("declined to comment") negate only a complement, which its predicate then carries
_NEGATIVE_VERBS = frozenset({"deny", "refuse", "fail", "reject", "lack", "prevent", "stop", "bar", "ban", "forbid",
                             "prohibit", "block"})
#: negative words that govern what they negate ("unable to pay", "lack of funds", "failed to win")
_GOVERNING = lx.IMPLICIT_NEGATOR_ADJS | lx.IMPLICIT_NEGATOR_NOUNS | lx.LACK_VERBS | _NEGATIVE_VERBS


#: verbs whose negation opens a possibility rather than denying a claim: "have not ruled out" one
#: culprit says "more than one may be involved", not that something is false
_OPENING = frozenset({"rule out", "exclude", "discount", "dismiss"})


#: verbs whose "against" advises not to ("warned against reading the retraction as proof")
_WARNING = frozenset({"warn", "caution", "advise", "counsel", "argue", "guard", "vote", "decide", "rule"})


#: adjectives that negate the "of" phrase after them: "free of charge" = without charge
_PRIVATIVE = frozenset({"free", "devoid", "short", "clear"})


def _free_compound(doc: Document, t: Token) -> bool:
    """ "risk-free", "tax-free": without risk, without tax (``t`` is the "free")."""
    return t.lower == "free" and t.i >= 2 and doc.tokens[t.i - 1].text == "-" and (
        doc.tokens[t.i - 1].start == doc.tokens[t.i - 2].end
    )


def _negative_word(t: Token, doc: Document) -> bool:
    """Whether a source token says something negative, explicitly or implicitly."""
    if t.lower in _PRIVATIVE and t.i + 1 < len(doc.tokens) and doc.tokens[t.i + 1].lower == "of":
        return True
    if _free_compound(doc, t):
        return True
    if t.lower in lx.NEGATORS or t.lower in lx.NEGATIVE_PRONOUNS or t.lower in lx.WEAK_NEGATORS:
        return True
    if t.tag in ("JJS", "RBS"):
        return True  # "the biggest protest since 1989" = "no protest this big since 1989"
    if t.lower == "against" and doc.tokens[t.head].lemma in _WARNING:
        return True  # "warned against reading it as proof" = it should not be read so
    if t.lemma in _GOVERNING:
        return True
    if t.pos in ("ADJ", "ADV"):
        for p in _NEG_PREFIXES:
            stem = t.lower[len(p):]
            if t.lower.startswith(p) and len(stem) >= 4 and (stem in lx.synonyms() or stem in lx.antonyms()):
                return True
    return False


def _negative_sentence(doc: Document, si: int) -> bool:
    cache = doc._cache.setdefault("support.negative", {})
    if si not in cache:
        cache[si] = any(_negative_word(t, doc) for t in doc.sentence_tokens(si)) or any(
            p.negated for p in sentence_predicates(doc, si)
        )
    return cache[si]  # type: ignore[no-any-return]


#: a negation in a source sentence is about the copy's negated clause when the words it governs
#: hold at least this share of the clause's content words besides its predicate (or when it
#: negates the same or the opposite predicate)
ABOUT_SHARE = 0.34


def _negative_about(src: Document, si: int, b: Predicate, words: list[Token], restated: bool) -> bool:
    """Whether source sentence ``si`` says something negative about the copy's clause ``b``.

    A negative word counts with the words it governs (the clause of "not", the noun phrase of "no",
    the complement of "failed to", the noun of a superlative); a negated predicate counts with its
    clause, and always when it is ``b``'s predicate or its opposite (a light verb about another
    object only in a ``restated`` sentence). "You won't have to spend hours cleaning" says nothing
    negative about "the system saves time and money".
    """
    if not _negative_sentence(src, si):
        return False
    args = [t for t in words if t.i != b.head] or words  # the predicate word itself is often reworded
    need = max(1.0, ABOUT_SHARE * len(args))
    toks = src.tokens
    regions: list[int] = []
    for t in src.sentence_tokens(si):
        if not _negative_word(t, src):
            continue
        if _free_compound(src, t):
            if toks[t.i - 2].lemma == b.lemma:
                return True  # "a risk-free trial" says "no risk", and nothing about the trial
            continue
        if t.lemma in lx.LACK_VERBS and b.lemma == "have" and any(
                o.lemma == w.lemma for o in _parse(src).children(t.i, "dobj") for w in words if w.i == b.patient_at):
            return True  # "lacks the staff" / "does not have enough staff"
        if t.lemma in _GOVERNING or t.lower in _PRIVATIVE:
            regions.append(t.i)
        elif t.dep == "det" and toks[t.head].head != t.head:
            regions.append(toks[t.head].head)  # "there was no agreement": the clause of "was"
        elif toks[t.head].dep == "conj" and toks[t.head].pos in ("NOUN", "PROPN"):
            h = toks[t.head]  # "passed the House but not the Senate": the elided clause is the verb's
            while h.dep == "conj" and h.head != h.i:
                h = toks[h.head]
            regions.append(h.head)
        else:
            regions.append(t.head)
    for p in sentence_predicates(src, si):
        if p.negated:
            if lx.relation(p.lemma, b.lemma) != 0 and (restated or not _light_apart(p, b)):
                return True
            regions += [p.head, *p.tokens]  # "a final vote has yet to be scheduled": the subject hangs on "has"
    for r in regions:
        have = {w for i in subtree(src, r, own_clause=True) for w in (toks[i].lemma, toks[i].lower)}
        if sum(1 for t in args if _keys(t) & have) >= need:
            return True
    return False


#: words that tell an order of two events, which "cannot X until Y" restates
_ORDER_WORDS = frozenset({"before", "until", "after", "once", "only"})


def not_until(doc: Document, neg: Predicate, other: Document, si: int) -> bool:
    """Whether negated ``neg`` is "not X until Y" and sentence ``si`` of the other text tells the
    order of the two ("must be ratified before it can take effect"): not X until Y is X only after Y."""
    p = _parse(doc)
    heads = [neg.head] + ([h.i] if neg.kind == "noun" and (h := p.head(neg.head)) is not None else [])
    until = any(c.lower == "until" or any(m.lower == "until" for m in p.children(c.i, "mark"))
                for k in heads for c in p.children(k))  # "cannot take effect until": the light verb's
    return until and any(t.lower in _ORDER_WORDS for t in other.sentence_tokens(si))


def not_yet(doc: Document, b: Predicate) -> bool:
    """A negation that says "not so far": "has not yet ruled", "has yet to rule"."""
    return any(doc.tokens[i].lower == "yet" for i in b.tokens) or any(
        c.lower == "yet" for c in _parse(doc).children(b.head, "advmod"))


def _still_to_come(src: Document, si: int, words: list[Token]) -> bool:
    """Source sentence ``si`` tells something still to come ("is pending", "is expected", "will",
    "the upcoming vote") and names one of the clause's ``words``."""
    toks = src.sentence_tokens(si)
    awaits = any(t.lemma in AWAITED or t.lower in AWAITED_MODIFIERS or (t.tag == "MD" and t.lower in ("will", "shall"))
                 for t in toks)
    return awaits and bool({w for t in toks for w in _keys(t)} & {w for t in words for w in _keys(t)})


def _negated_predicates(doc: Document) -> dict[str, list[Predicate]]:
    """Every negated predicate of a document, by lemma."""
    got = doc._cache.get("support.negated")
    if got is None:
        got = doc._cache["support.negated"] = {}
        for si in range(len(doc.sentences)):
            for p in sentence_predicates(doc, si):
                if p.negated:
                    got.setdefault(p.lemma, []).append(p)
    return got  # type: ignore[no-any-return]


def _negated_anywhere(doc: Document, b: Predicate, restated: set[int]) -> bool:
    """Whether the source negates copy predicate ``b`` somewhere; a light verb with an object,
    outside the ``restated`` sentences the copy sentence is linked to, only where the source's has
    that object ("won't have to spend hours" is no "doesn't have smart navigation")."""
    if any(a.sentence in restated or not _light_apart(a, b) for a in _negated_predicates(doc).get(b.lemma, [])):
        return True
    # a restated sentence that denies it in other words: "No one was killed" → "Nobody died"
    return any(a.negated and (lx.relation(a.lemma, b.lemma) > 0 or _undergone(doc, a) == b.lemma)
               for si in restated for a in sentence_predicates(doc, si))


#: verbs whose passive tells what the subject underwent in another verb ("was killed" = "died")
_UNDERGONE = {"kill": "die"}


def _undergone(doc: Document, a: Predicate) -> str | None:
    t = doc.tokens[a.head]
    return _UNDERGONE.get(a.lemma) if any(c.dep == "auxpass" for c in _parse(doc).children(t.i)) else None


def _about_same(a: Predicate, b: Predicate) -> bool:
    """Two same-meaning predicates are one claim unless both name arguments and share none."""
    args_a, args_b = (a.agent | a.patient | a.context) - {_PRON}, (b.agent | b.patient | b.context) - {_PRON}
    return not (args_a and args_b) or bool(args_a & args_b)


#: dependents that start another clause: "X won't queue, and the card saves time" negates only X
_OTHER_CLAUSE = frozenset({"conj", "cc", "parataxis"})


def subtree(doc: Document, i: int, *, own_clause: bool = False) -> list[int]:
    """Token ``i`` and everything under it; with ``own_clause``, not its coordinated clauses."""
    kids = _parse(doc).kids
    out, stack = [], [i]
    while stack:
        k = stack.pop()
        out.append(k)
        # (a coordinated noun is the clause's own: "does not cover emergency or military flights")
        stack += [c for c in kids[k] if not (own_clause and doc.tokens[c].dep in _OTHER_CLAUSE and not (
            doc.tokens[c].dep == "conj" and doc.tokens[c].pos in ("NOUN", "PROPN") and doc.tokens[k].pos in ("NOUN", "PROPN")))]
    return sorted(out)


def _clause_head(doc: Document, i: int) -> int:
    """The word whose subtree is predicate ``i``'s clause: its copula for "X is not possible"."""
    t = doc.tokens[i]
    if t.dep in ("acomp", "attr", "oprd") and doc.tokens[t.head].lemma == "be":
        return t.head
    return i


def _content(t: Token) -> bool:
    return (t.pos in _CONTENT and not t.is_stop and not t.is_punct and t.lower not in EXPLICIT_NEGATORS
            and t.lemma not in IMPLICIT_NEGATORS)


def restated_sentences(ctx: Context, cj: int) -> list[tuple[int, bool]]:
    """Source sentences a copy sentence may restate: its linked ones and the nearest few."""
    out = [(i, True) for link in ctx.alignment.links if cj in link.copy for i in link.source]
    if ctx.alignment.source_count:
        row = ctx.alignment.matrix[cj]
        for i in row.argsort()[::-1][:NEAREST]:
            if row[i] >= MIN_SIMILARITY and all(i != k for k, _ in out):
                out.append((int(i), False))
    return out


def _prefix_negated(src: Document, word: Token, sentences: Sequence[int]) -> bool:
    """Whether one of the source ``sentences`` has the copy word with a negative prefix
    ("undecided" for "not decided", "unchanged" for "has not changed")."""
    return any(lx.prefixed_opposites(t.lower, word.lower) and len(t.lower) > len(word.lower)
               for si in sentences for t in src.sentence_tokens(si))


def added_negations(ctx: Context) -> list[AddedNegation]:
    """Explicit negations of the copy that its source sentences do not support (see module doc)."""
    cached = ctx.cache.get("support.added")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: list[AddedNegation] = []
    src, cop = ctx.source, ctx.copy
    seen = {t for g in matches(ctx) if g.contradicted is not None or any(m.copy.negated for m in g.consistent())
            for t in g.copy.tokens}
    for cj in range(len(cop.sentences)):
        cands = restated_sentences(ctx, cj)
        src_preds = [(a, linked) for si, linked in cands for a in sentence_predicates(src, si)]
        src_preps = {t.lemma for si, _ in cands for t in src.sentence_tokens(si) if t.pos == "ADP"}
        by_negator: dict[int, Predicate] = {}
        for b in sentence_predicates(cop, cj):
            if not b.negated or b.weak or b.argument or (b.kind == "verb" and b.lemma in _OPENING):
                continue
            negs = [i for i in b.tokens if cop.tokens[i].lower in EXPLICIT_NEGATORS
                    or cop.tokens[i].lemma in IMPLICIT_NEGATORS]
            if not negs or any(i in seen for i in negs):
                continue
            if _negated_anywhere(src, b, {si for si, lk in cands if lk}):
                continue  # the source negates this very predicate somewhere: leave it to the matcher
            if _prefix_negated(src, cop.tokens[b.head], [si for si, lk in cands if lk]):
                continue  # "governor undecided" → "governor has not decided"
            if any(not_until(cop, b, src, si) for si, _ in cands):
                continue  # "cannot take effect until ratified" for "must be ratified before it can"
            if _idiom(cop, b):
                continue  # "this is not its first challenge", "it does not matter how long"
            if any(cop.tokens[i].lower == "without" for i in negs) and any(
                    t.lower == "without" for si, _ in cands for t in src.sentence_tokens(si)):
                continue  # "rejected without explanation" → "turned down without saying why"
            if any(lx.relation(a.lemma, b.lemma) < 0 for a, _ in src_preds):
                continue  # "rejected" → "did not approve": an antonym paraphrase
            if any(lx.relation(w, b.lemma) < 0 for w in src_preps):
                continue  # "acted within its authority" → "did not exceed it"
            old = by_negator.get(negs[0])
            if old is None or _KIND_ORDER[b.kind] < _KIND_ORDER[old.kind]:
                by_negator[negs[0]] = b
        for neg, b in sorted(by_negator.items()):
            head = _clause_head(cop, b.head)
            frame = {i for c in _parse(cop).kids[head] if cop.tokens[c].dep == "parataxis"
                     and cop.tokens[c].lemma in lx.NEUTRAL_REPORTING for i in subtree(cop, c)}
            # "..., chief executive Lars Moen said" tells who says the clause, not what it says
            words = [cop.tokens[i] for i in subtree(cop, head) if i not in frame and _content(cop.tokens[i])]
            words = [t for t in words if t.i != b.agent_at] or words
            if any(_negative_about(src, si, b, words, lk) for si, lk in cands):
                continue  # a source sentence says something negative about this claim: not ours to judge
            if not_yet(cop, b) and any(_still_to_come(src, si, words) for si, _ in cands) and not any(
                    lx.relation(a.lemma, b.lemma) > 0 and reports_deed(src, src.tokens[a.head]) for a, _ in src_preds):
                continue  # "a ruling on the merger is pending" → "has not yet ruled on the merger"
            same = [(a, lk) for a, lk in src_preds
                    if lx.relation(a.lemma, b.lemma) > 0 and _about_same(a, b) and (lk or not _light_apart(a, b))]
            counterpart, linked = None, any(lk for _, lk in cands)
            if same:
                counterpart, linked = max(same, key=lambda x: (_score(ctx, x[0], b), x[1]))
            known = sentence_words(src, [si for si, _ in cands])
            found = [t for t in words if _keys(t) & known]
            if not found and counterpart is None:
                far = _elsewhere(src, words)
                if far is None:
                    continue  # the copy clause shares no word with the source: unsupported, not contradicted
                if _negative_about(src, far, b, words, True):  # the sentence the clause is taken from
                    continue
                where, linked = [(far, False)], False
                found = [t for t in words if _keys(t) & sentence_counts(src, far).keys()]
            else:
                where = cands
            support = len(found) / len(words) if words else 0.0
            if counterpart is not None:
                source = predicate_span(src, counterpart)
            else:
                near = sorted(found, key=lambda t: abs(t.i - b.head))
                source = _source_words(ctx, where, {w for t in found for w in _keys(t)},
                                       near[0] if near else None)
            out.append(AddedNegation(b, neg, source, counterpart, round(support, 3), linked))
    ctx.cache["support.added"] = out
    return out


def _idiom(doc: Document, b: Predicate) -> bool:
    """A negation that asserts: "this is not its first challenge" (it has challenged before), "it
    does not matter how long" (= "no matter how long")."""
    p = _parse(doc)
    t = doc.tokens[b.head]
    nouns = [t] if t.pos == "NOUN" else p.children(t.i, "attr")
    if any(c.lower == "first" for n in nouns for c in p.children(n.i, "amod")):
        return True
    return b.lemma == "matter" and any(
        doc.tokens[k].lower in ("how", "whether", "what", "who", "when", "where", "which")
        for c in p.children(t.i, "ccomp") for k in subtree(doc, c.i)[:3])


def _keys(t: Token) -> set[str]:
    return {t.lemma, t.lower}


def token_keys(doc: Document, t: Token) -> set[str]:
    """A token's lemma and lower-cased form, and for the stem of a hyphenated negative prefix its
    joined form too ("non-appropriated" is also "nonappropriated")."""
    keys = _keys(t)
    toks = doc.tokens
    if t.i >= 2 and toks[t.i - 1].text == "-" and toks[t.i - 2].lower in _NEG_PREFIXES:
        keys.add(toks[t.i - 2].lower + t.lower)
    return keys


def sentence_counts(doc: Document, si: int) -> Counter[str]:
    """How often each lemma and lower-cased form occurs in one sentence, counted once per document
    (its keys are :func:`sentence_words` of that sentence). Read-only."""
    cache = doc._cache.setdefault("support.counts", {})
    if si not in cache:
        counts: Counter[str] = Counter()
        for t in doc.sentence_tokens(si):
            counts.update(token_keys(doc, t))
        cache[si] = counts
    return cache[si]  # type: ignore[no-any-return]


def _elsewhere(src: Document, words: list[Token]) -> int | None:
    """The source sentence that holds most of a clause's words, if it holds enough of them
    (:data:`FALLBACK_WORDS`, :data:`FALLBACK_SHARE`)."""
    if not words:
        return None
    keys = [_keys(t) for t in words]
    best, best_n = None, 0
    for si in range(len(src.sentences)):
        have = sentence_counts(src, si).keys()
        n = sum(1 for k in keys if k & have)
        if n > best_n:
            best, best_n = si, n
    if best_n >= FALLBACK_WORDS and best_n / len(words) >= FALLBACK_SHARE:
        return best
    return None


def _source_words(ctx: Context, cands: list[tuple[int, bool]], words: set[str], near: Token | None) -> Span:
    """Where the source says what the negated clause says.

    The shortest run of a candidate sentence holding the most of the clause's words; when that run
    is long, the source word matching the copy word nearest the predicate; else the best sentence.
    """
    src = ctx.source
    best: tuple[int, int, int] | None = None  # (-words found, length of the run, first token)
    pick: tuple[int, int] | None = None
    for si, _ in cands:
        idx = [t.i for t in src.sentence_tokens(si) if t.lemma in words or t.lower in words]
        if not idx:
            continue
        key = (-len(idx), idx[-1] - idx[0], idx[0])
        if best is None or key < best:
            best, pick = key, (idx[0], idx[-1])
    if pick is not None and pick[1] - pick[0] <= 12:
        return src.token_span(*pick)
    if pick is not None and near is not None:
        for t in src.tokens[pick[0] : pick[1] + 1]:
            if near.lemma in (t.lemma, t.lower) or near.lower in (t.lemma, t.lower):
                return src.token_span(t.i, t.i)
    s = src.sentences[cands[0][0]]
    return src.span(s.start, s.end)
