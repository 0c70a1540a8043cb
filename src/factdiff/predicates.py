"""Predicates read off the dependency parse, and matched across an aligned pair of sentences.

A :class:`Predicate` is one claim-bearing word of a sentence (a verb, a predicative or attributive
adjective, a state such as "in place", an event noun such as "approval") with what the parse says
about it: its polarity (explicit negators, implicit ones like "has yet to", "failed to", "lack of",
double negatives, negation raised from "I don't think"), its modality ("may", "is expected to",
an "if" clause), hedges ("allegedly", "alleged") and its arguments (agent, patient, context words).

:func:`matches` pairs each copy predicate with the source predicates that say the same or the
opposite thing about the same arguments, so detectors compare the polarity of the *matching*
predicate, never of a whole sentence.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from . import lexicon as lx
from .context import Context
from .document import Document, Span, Token
from .roles import ROLE_WORDS

_SUBJ = {"nsubj", "csubj", "expl"}
_PASS_SUBJ = {"nsubjpass", "csubjpass"}
_COPULAS = {"be", "remain", "stay", "become", "seem", "appear", "look", "prove", "keep"}
_STATE_NOUNS = {"place", "effect", "force", "operation", "way", "track", "power", "office", "session", "talks", "hold"}
_ARG_DEPS = {"compound", "flat", "nmod"}
_CONTENT_POS = {"NOUN", "PROPN", "NUM"}
_PRON = "-pron-"
_WH = {"who", "which", "that", "whom", "whose"}
_MODIFIERS = {"adj", "adv"}
#: verb + object idioms read as one predicate ("talks have taken place"): the object is no patient
_IDIOM_OBJECTS = frozenset({("take", "place"), ("take", "part"), ("take", "effect"), ("take", "hold"),
                            ("take", "shape"), ("take", "office"), ("make", "sense")})
#: a verb and its object that say one act, and the verb of that act: "filed suit against the
#: department" sues it, "imposed a fine on the firm" fines it; the act's patient is then the object
#: of the preposition (:data:`_ACT_PREPS`), so who did what to whom compares with the plain verb
_ACT_OBJECTS = {
    **{(v, n): "sue" for v in ("file", "bring", "launch", "lodge") for n in ("suit", "lawsuit")},
    **{(v, n): "attack" for v in ("launch", "mount", "carry") for n in ("attack", "assault", "strike")},
    **{(v, n): "accuse" for v in ("make", "level", "bring") for n in ("accusation", "allegation")},
    **{(v, n): "charge" for v in ("file", "bring", "press") for n in ("charge",)},
    **{(v, n): "investigate" for v in ("launch", "open") for n in ("investigation", "probe", "inquiry")},
    ("impose", "fine"): "fine", ("impose", "penalty"): "penalize", ("impose", "sanction"): "sanction",
    ("lodge", "complaint"): "complain", ("file", "complaint"): "complain", ("issue", "warning"): "warn",
    ("make", "offer"): "offer", ("deliver", "criticism"): "criticise",
}
_ACT_PREPS = frozenset({"against", "on", "into", "to", "at", "about"})
#: verbs whose complement carries the claim ("kept rates unchanged", "left the door open")
_HOLDING = frozenset({"keep", "leave", "hold", "remain", "stay"})
_NOUN_SLOTS = {"dobj", "pobj", "attr", "nsubj", "nsubjpass", "conj", "appos"}


@dataclass(frozen=True, slots=True)
class Predicate:
    """One claim-bearing word of a sentence and what the parse says about it."""

    sentence: int
    head: int  #: token index of the predicate word
    lemma: str  #: e.g. "approve", "prop up", "in place", "definitive"
    kind: str  #: verb | adj | state | noun | adv
    negated: bool
    weak: bool  #: negated only by "hardly", "barely", ...
    tokens: tuple[int, ...]  #: tokens that show it (auxiliaries, negators, "has yet to" included)
    agent: frozenset[str]
    patient: frozenset[str]
    context: frozenset[str]  #: content lemmas of its arguments
    modality: int  #: lexicon.CERTAIN / PROBABLE / POSSIBLE
    modal_words: tuple[int, ...]
    hedges: tuple[int, ...]  #: tokens of hedges ("allegedly", "alleged", "is said to")
    conditional: int | None  #: token index of an "if"/"unless" attached to it
    agent_at: int | None = None  #: token of the agent, where the verb has its own
    patient_at: int | None = None
    argument: bool = False  #: a noun that is the subject or object of a (non-light) verb
    #: the other party of a verb: the object of "to", "from", "against" ("sold it to the bank")
    party: frozenset[str] = frozenset()
    party_at: int | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A copy predicate and the source predicate it is compared with."""

    copy: Predicate
    source: Predicate
    relation: int  #: 1 same meaning, -1 opposite (antonyms)
    linked: bool  #: the source sentence is aligned to the copy sentence
    score: float  #: how sure the two talk about the same thing

    @property
    def flipped(self) -> bool:
        """The pair says opposite things: one negation or one antonym, not both."""
        return (self.copy.negated != self.source.negated) != (self.relation < 0)


class _Parse:
    """Children lists over a document's tokens (built once per document)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.kids: list[list[int]] = [[] for _ in doc.tokens]
        for t in doc.tokens:
            if t.head != t.i:
                self.kids[t.head].append(t.i)

    def tok(self, i: int) -> Token:
        return self.doc.tokens[i]

    def title(self, i: int) -> int:
        """Which quoted title or slogan token ``i`` sits in (its start offset: every word of it
        capitalised, "Not For Sale"), or -1. A partial quote ("would not") is no title."""
        if not hasattr(self, "_titled"):
            from .quotes import _raw_quotes

            self._titled = [-1] * len(self.doc.tokens)
            for s, e in _raw_quotes(self.doc.text):
                toks = self.doc.tokens_in(s, e)
                if toks and all(k.text[:1].isupper() for k in toks if k.text[:1].isalpha()):
                    for k in toks:
                        self._titled[k.i] = s
        return self._titled[i]

    def children(self, i: int, *deps: str) -> list[Token]:
        return [self.doc.tokens[k] for k in self.kids[i] if not deps or self.doc.tokens[k].dep in deps]

    def head(self, i: int) -> Token | None:
        t = self.doc.tokens[i]
        return None if t.head == i else self.doc.tokens[t.head]


def _parse(doc: Document) -> _Parse:
    p = doc._cache.get("meaning.parse")
    if p is None:
        p = doc._cache["meaning.parse"] = _Parse(doc)
    return p


# -- arguments --------------------------------------------------------------------------------


def _forms(t: Token) -> set[str]:
    """An argument word's keys: its lemma, and for a capitalised word its own form too. spaCy reads
    "Lakers" as a name in subject position and as the plural of "laker" as an object, which would
    hide "the Lakers defeated the Celtics" → "the Celtics defeated the Lakers"."""
    return {t.lemma, t.lower} if t.text[:1].isupper() else {t.lemma}


def _arg_key(p: _Parse, t: Token) -> frozenset[str]:
    if t.pos == "PRON" or t.lower in _WH:
        return frozenset({_PRON})
    words = _forms(t)
    for c in p.children(t.i, *_ARG_DEPS):
        if c.pos in _CONTENT_POS | {"ADJ"}:
            words |= _forms(c)
    for c in p.children(t.i, "appos"):  # "his chief operating officer, Lena Voss": the name is the party
        if c.pos == "PROPN" and t.pos == "NOUN":
            words |= {c.lemma, *(x.lemma for x in p.children(c.i, "compound", "flat") if x.pos == "PROPN")}
    return frozenset(words)


def _relcl_antecedent(p: _Parse, v: Token, subj: Token) -> Token:
    if subj.lower in _WH and v.dep == "relcl":
        h = p.head(v.i)
        if h is not None:
            return h
    return subj


_Roles = tuple[frozenset[str], frozenset[str], int | None, int | None]


def _roles(p: _Parse, v: Token) -> _Roles:
    """(agent, patient, agent token, patient token) of a verb.

    Passives are turned around ("B was accused by A": agent A); a verb without a subject of its
    own inherits its controller's ("the deal has yet to materialize": agent "deal").
    """
    agent: frozenset[str] = frozenset()
    patient: frozenset[str] = frozenset()
    at: int | None = None
    pt: int | None = None
    cur: Token | None = v
    hops = 0
    while cur is not None and hops < 4:
        subj = p.children(cur.i, *_SUBJ)
        psubj = p.children(cur.i, *_PASS_SUBJ)
        if subj or psubj:
            if cur.i == v.i:
                if subj:
                    a = _relcl_antecedent(p, v, subj[0])
                    agent, at = _arg_key(p, a), a.i
                if psubj:
                    b = _relcl_antecedent(p, v, psubj[0])
                    patient, pt = _arg_key(p, b), b.i
            else:  # controller of an xcomp / shared subject of a conjunct
                agent = _arg_key(p, (subj or psubj)[0])
            break
        if cur.dep not in ("xcomp", "conj"):
            break
        cur = p.head(cur.i)
        hops += 1
    for by in p.children(v.i, "agent"):
        for o in p.children(by.i, "pobj"):
            agent, at = _arg_key(p, o), o.i
    objs = [o for o in p.children(v.i, "dobj") if (v.lemma, o.lower) not in _IDIOM_OBJECTS]
    if not objs and v.lemma in _WITH_OBJECT:  # "meet with the trust" meets it
        objs = [o for w in p.children(v.i, "prep") if w.lower == "with" for o in p.children(w.i, "pobj")][:1]
    if objs:
        patient, pt = _arg_key(p, objs[0]), objs[0].i
    elif p.children(v.i, "prt"):
        # "ramped up lending": a gerund after a particle is the object, parsed as a complement
        ger = [c for c in p.children(v.i, "xcomp") if c.tag == "VBG" and not p.children(c.i, "aux", *_SUBJ)]
        if ger:
            patient, pt = _arg_key(p, ger[0]) | {ger[0].lower}, ger[0].i
    return agent, patient, at, pt


def _context(p: _Parse, t: Token, agent: frozenset[str], patient: frozenset[str]) -> frozenset[str]:
    words = set(agent | patient) - {_PRON}
    for prep in p.children(t.i, "prep", "agent", "dative"):
        for o in p.children(prep.i, "pobj"):
            if o.pos in _CONTENT_POS:
                words |= _arg_key(p, o) - {_PRON}
    for c in p.children(t.i, "dobj", "attr", "npadvmod", "oprd"):
        if c.pos in _CONTENT_POS and (t.lemma, c.lower) not in _IDIOM_OBJECTS:
            words |= _arg_key(p, c)
    return frozenset(words)


# -- polarity ---------------------------------------------------------------------------------


def _no_is_negation(p: _Parse, no: Token) -> bool:
    toks = p.doc.tokens
    nxt = toks[no.i + 1] if no.i + 1 < len(toks) else None
    if nxt is None or nxt.sentence != no.sentence or not (nxt.lower in lx.NO_IDIOM_NEXT or nxt.tag in ("JJR", "RBR")):
        return True
    if nxt.lower == "more":  # "no more than 40" bounds a figure; "no more research" is none
        after = [t for t in toks[nxt.i + 1 : nxt.i + 4] if t.sentence == no.sentence]
        return not any(t.lower == "than" or t.like_num for t in after)
    return False


def _fragment_no(p: _Parse, t: Token) -> Token | None:
    """The "no" of a sentence the parse reads as one noun phrase with no verb ("No patient in either
    group required dialysis": "required" an adjective of "dialysis"), which negates its verb-like words."""
    root = t
    for _ in range(12):
        h = p.head(root.i)
        if h is None:
            break
        root = h
    if root.pos not in ("NOUN", "PROPN") or root.dep != "ROOT" or t.i < root.i:
        return None
    return next((d for d in p.children(root.i, "det") if d.lower == "no" and _no_is_negation(p, d)), None)


def _not_all(p: _Parse, arg: Token) -> bool:
    """An argument under "not all" / "not every" / "not everyone"."""
    universal = lx.CLASSES["universal"]
    return any(g.lower == "not" for g in p.children(arg.i, "neg")) and (
        arg.lower in universal or any(d.lower in universal for d in p.children(arg.i, "det", "predet")))


def _denied_claim(p: _Parse, t: Token) -> list[int] | None:
    """(denying verb, claim noun) when clause ``t`` is a claim someone denies: "rejected the claim
    that X", "denied a report claiming that X"; else None."""
    h = p.head(t.i)
    if h is None:
        return None
    if t.dep == "ccomp" and h.dep == "acl" and h.lemma in _REPORTING_HEADS:
        t, h = h, p.head(h.i)  # "a report claiming that X": the claim is the report's
        if h is None:
            return None
    elif t.dep not in ("acl", "relcl") or not any(c.lower == "that" for c in p.children(t.i, "mark")):
        return None
    hh = p.head(h.i)
    if h.dep == "nsubj" and h.lemma in lx.CLAIM_NOUNS and hh is not None and _called_false(p, hh):
        return [hh.i, h.i]  # "union claims that X are unfounded"
    if h.dep == "pobj" and hh is not None and hh.lower == "as":
        hh = p.head(hh.i)  # "rejected as 'simply wrong' a report that": the report parsed on "as"
    elif h.dep != "dobj":
        return None
    if h.lemma in lx.CLAIM_NOUNS and hh is not None and hh.lemma in lx.CLAIM_DENYING:
        return [hh.i, h.i]
    return None


def _referring(p: _Parse, t: Token) -> bool:
    """ "the same period", "a different day": an adjective that picks out which one, not a state."""
    return t.lower in ("same", "different", "other") and any(c.lower in ("the", "a", "an") for c in p.children(t.head, "det"))


def accuser(p: _Parse, t: Token) -> Token | None:
    """The verb that accuses someone of ``t``: "accusing it of copying", "suspected of leaking",
    "accused the mayor of lying" (its "of" parsed on the mayor), "was accused by the alliance of
    forcing" (on the alliance); else None."""
    if t.dep == "amod" and t.tag == "VBG" and (n := p.head(t.i)) is not None:
        t = n  # "of deliberately slowing payouts" parsed with "slowing" on "payouts"
    of = p.head(t.i) if t.dep in ("pcomp", "pobj") else None
    acc = p.head(of.i) if of is not None and of.lower == "of" else None
    if acc is not None and acc.dep == "dobj":
        acc = p.head(acc.i)
    elif acc is not None and acc.dep == "pobj" and (by := p.head(acc.i)) is not None and by.dep in ("agent", "prep"):
        acc = p.head(by.i)
    return acc if acc is not None and acc.lemma in ("accuse", "suspect") else None


def _infinitive(p: _Parse, t: Token) -> bool:
    """A to-infinitive: "to visit", "to be hired"."""
    return any(c.lower == "to" for c in p.children(t.i, "aux"))


def _proposal(p: _Parse, h: Token | None) -> Token | None:
    """The proposal noun a clause hanging on ``h`` tells the content of: ``h`` itself ("a motion to
    approve"), or the proposal whose "from" / "by" phrase ``h`` ends ("a proposal from students that
    would have frozen fees")."""
    if h is None:
        return None
    if h.lemma in lx.PROPOSAL_NOUNS and h.pos == "NOUN":
        return h
    prep = p.head(h.i) if h.dep == "pobj" else None
    n = p.head(prep.i) if prep is not None and prep.lower in ("from", "by") else None
    return n if n is not None and n.lemma in lx.PROPOSAL_NOUNS and n.pos == "NOUN" else None


def _rejecting(p: _Parse, obj: Token) -> Token | None:
    """The verb that rejects ``obj``: "rejected the motion", "voted down the motion" (its "down"
    parsed as a particle or as a preposition), "the motion was turned down", or None."""
    h = p.head(obj.i)
    if h is None:
        return None
    if obj.dep in ("dobj", "nsubjpass"):
        if h.lemma in lx.DENYING_VERBS or any(f"{h.lemma} {c.lower}" in lx.CLASSES["reject"] for c in p.children(h.i, "prt")):
            return h
    elif obj.dep == "pobj" and h.lower in lx.PARTICLES and (v := p.head(h.i)) is not None:
        if f"{v.lemma} {h.lower}" in lx.CLASSES["reject"]:
            return v
    return None


#: adjectives that call a claim false ("the claims are unfounded")
_FALSE = frozenset({"unfounded", "false", "baseless", "untrue", "wrong", "groundless", "incorrect", "inaccurate",
                    "misleading", "fabricated", "bogus"})


def _called_false(p: _Parse, cop: Token) -> bool:
    """A copula whose complement calls its subject false: "are unfounded", "is simply wrong"."""
    return cop.lemma == "be" and any(c.lower in _FALSE for c in p.children(cop.i, "acomp", "attr"))


def _denied_object(p: _Parse, t: Token, h: Token) -> Token | None:
    """The verb that denies object ``t``, which carries the negation itself: "lacks funds" (no
    funds), "rejected the claim" (no claim of the speaker's), "ruled out an initiative to repeal the
    tax", "voted down a motion to approve it" and "excluded the possibility" (none to come)."""
    if t.dep == "dobj" and (h.lemma in lx.LACK_VERBS or (t.lemma in lx.CLAIM_NOUNS and h.lemma in lx.CLAIM_DENYING)):
        return h
    if not (t.lemma in lx.OPTION_NOUNS or (t.lemma in lx.PROPOSAL_NOUNS and p.children(t.i, "acl", "relcl"))):
        return None
    if t.dep == "dobj" and h.lemma == "exclude":
        return h
    return _rejecting(p, t)


def _own_negation(p: _Parse, t: Token) -> tuple[list[int], bool]:
    """Negators attached to ``t`` itself: 'not', 'never', 'no longer', 'nobody' as an argument, 'hardly'."""
    negs: list[int] = []
    weak = False
    for c in p.children(t.i):
        if c.dep == "neg" or (c.dep == "advmod" and c.lower in ("never", "not")):
            if c.lower == "no" and not _no_is_negation(p, c):
                continue
            if c.lower == "not" and c.i > t.i and (t.pos in ("NOUN", "PROPN") or p.tok(c.i - 1).lower == ","):
                continue  # "a contaminated supplement, not doping", "they lost, not because anyone cheated":
                # the "not" opens the contrasted phrase
            if c.lower == "not" and any(c.i < m.i < t.i and m.lower in _REASONS for m in p.children(t.i, "mark")):
                continue  # "not because anyone cheated" denies the reason, not the deed
            negs.append(c.i)
        elif c.dep == "advmod" and (c.lower in lx.WEAK_NEGATORS or (c.lower == "little" and t.tag == "VBN")):
            negs.append(c.i)  # "has barely changed", "is little changed"
            weak = True
        elif c.dep == "advmod" and c.lower in ("less", "least") and t.pos in ("ADJ", "ADV"):
            negs.append(c.i)  # "less severe" sits with "mild", not "severe"
            weak = True
        elif c.dep == "advmod" and c.lower == "ever" and any(g.lower in lx.WEAK_NEGATORS for g in p.children(c.i, "advmod")):
            negs.extend(g.i for g in p.children(c.i, "advmod") if g.lower in lx.WEAK_NEGATORS)  # "hardly ever"
            weak = True
        elif c.dep == "advmod" and c.lower != "matter" and any(  # "no matter how long" negates nothing
                g.lower == "no" for g in p.children(c.i, "neg", "det", "advmod")) and not (
                c.i + 1 < len(p.doc.tokens) and p.doc.tokens[c.i + 1].lower == "than"):
            # "no longer"; "no later than four weeks" is a bound, not a negation
            negs.extend([g.i for g in p.children(c.i, "neg", "det", "advmod") if g.lower == "no"])
        elif c.dep in _SUBJ | _PASS_SUBJ | {"dobj", "attr"}:
            if c.lower in lx.NEGATIVE_PRONOUNS or c.lower == "no one":
                negs.append(c.i)
            elif _not_all(p, c):
                # "not all of them voted" says some did not vote
                negs.extend(g.i for g in p.children(c.i, "neg") if g.lower == "not")
            else:
                for d in p.children(c.i, "det", "neg", "preconj", "nmod"):
                    # "no reason", "neither X nor Y can", and "None of the judges" parsed as a modifier
                    if (d.lower in ("no", "neither") or (d.lower == "none" and d.dep == "nmod")) and _no_is_negation(p, d):
                        negs.append(d.i)
                    elif d.dep == "neg" and d.lower == "not" and d.i < c.i:
                        negs.append(d.i)  # "not a single vote was cast", "not one bank failed"
                if not negs and ((t.lemma == "be" and c.dep == "attr") or (c.dep == "dobj" and t.lemma in lx.LIGHT)):
                    # "there is little evidence", "had little effect"
                    few = [d for d in p.children(c.i, "amod", "det") if d.lower in ("little", "few")]
                    if few and _bare(p, c, few[0]):
                        negs.append(few[0].i)
                        weak = True
                hardly = [g for d in p.children(c.i, "det") if d.lower == "any"
                          for g in p.children(d.i, "advmod") if g.lower in lx.WEAK_NEGATORS]
                if not negs and hardly:  # "had hardly any effect"
                    negs.append(hardly[0].i)
                    weak = True
        elif c.dep == "det" and c.lower in ("no", "neither") and t.pos in ("NOUN", "PROPN") and _no_is_negation(p, c):
            negs.append(c.i)  # "with no discount"
        elif c.dep in ("amod", "det") and c.lower in ("little", "few") and t.pos == "NOUN" and _bare(p, t, c):
            negs.append(c.i)  # "little evidence", "with few exceptions" ("a little evidence" is some)
            weak = True
    if not negs and t.dep in ("appos", "conj", "attr") and t.pos in ("NOUN", "PROPN") and (h := p.head(t.i)) is not None:
        # "a great day, not a smoking gun": the contrast's "not", hung on the first noun or on the copula
        first = h if t.dep != "attr" else next((c for c in p.children(h.i, "attr", "acomp") if c.i < t.i), None)
        holders = [h] + ([hh] if h.dep == "attr" and (hh := p.head(h.i)) is not None else [])
        if first is not None:
            negs += [c.i for x in holders for c in p.children(x.i, "neg")
                     if c.lower == "not" and first.i < c.i < t.i and p.tok(c.i - 1).lower == ","]
    if negs and t.pos == "VERB" and _not_but(p, t):
        negs = [i for i in negs if p.tok(i).lower not in ("not", "n't")]  # "did not spend it on X but on Y"
    # "nor" hangs on the first conjunct but negates the next ("none of them picked him, nor was he
    # asked"); the first only in "neither A nor B"
    nor = [c.i for c in p.children(t.i, "cc") if c.lower == "nor"]
    neither = [c.i for c in p.children(t.i) if c.lower == "neither"]
    if nor and not negs and neither:
        negs.append(neither[0])
    if t.dep == "conj" and not negs:
        negs += [c.i for c in p.children(t.head, "cc") if c.lower == "nor" and c.i < t.i]
    if t.dep == "conj" and not negs and t.pos == "VERB" and not p.children(t.i, *_SUBJ, *_PASS_SUBJ, "aux", "neg"):
        # "would not confirm or deny": a "not" before "A or B" denies both ("not A and B" is left alone)
        h = p.tok(t.head)
        cc = [c for c in p.children(h.i, "cc") if c.i < t.i]
        if cc and cc[-1].lower == "or":  # "not A or B", not "not A or B but C" for C
            negs += [c.i for c in p.children(h.i, "neg") if c.lower in ("not", "n't", "never")]
    if _non_prefixed(p, t):
        negs.append(t.i - 2)  # "non-binding": the tokenizer splits the prefix off
    if (anything := _anything_but(p, t)) is not None:
        negs.append(anything.i)  # "anything but popular" = not popular
    # a negator inside a quoted title the word is outside of is the title's: "Not For Sale" banners
    return [i for i in negs if p.title(i) < 0 or p.title(i) == p.title(t.i)], weak


def _anything_but(p: _Parse, t: Token) -> Token | None:
    """The "anything" of "was anything but popular", when ``t`` is the adjective."""
    if t.pos != "ADJ" or t.i < 2 or p.tok(t.i - 1).lower != "but" or p.tok(t.i - 2).lower != "anything":
        return None
    return p.tok(t.i - 2)


def _not_but(p: _Parse, t: Token) -> bool:
    """ "had not spent the money on luxuries but on debts", "did not buy a car but a bike": the
    "not" falls on the first of two contrasted objects, and the verb itself is asserted."""
    for c in p.children(t.i, "dobj", "prep", "attr"):
        buts = [b for b in p.children(c.i, "cc") if b.lower == "but"]
        if buts and any(k.i > buts[0].i for k in p.children(c.i, "conj")):
            return True
    return False


def _cleft(p: _Parse, t: Token) -> Token | None:
    """The copula of a cleft sentence whose relative clause ``t`` is ("it was US pressure which
    had provoked the move"): the clause is said where the copula is."""
    if t.dep != "relcl" or (noun := p.head(t.i)) is None or noun.dep != "attr":
        return None
    cop = p.head(noun.i)
    if cop is None or cop.lemma != "be" or not any(c.lower == "it" for c in p.children(cop.i, "nsubj", "expl")):
        return None
    return cop


def _pseudo_cleft(p: _Parse, t: Token) -> Token | None:
    """The "do" of a pseudo-cleft whose complement ``t`` is ("what we will not do is cancel the
    festival"): the deed is negated or affirmed there."""
    cop = p.head(t.i) if t.dep in ("xcomp", "attr", "ccomp", "acomp") and t.pos == "VERB" else None
    if cop is None or cop.lemma != "be":
        return None
    return next((c for c in p.children(cop.i, "csubj") if c.lemma == "do" and c.i < t.i
                 and any(w.lower == "what" for w in p.children(c.i, "dobj"))), None)


def _non_prefixed(p: _Parse, t: Token) -> bool:
    """ "non-binding", "non-violent": the word follows "non" and a hyphen, written solid."""
    if t.i < 2 or t.pos not in ("ADJ", "VERB", "NOUN"):
        return False
    hyphen, non = p.tok(t.i - 1), p.tok(t.i - 2)
    return hyphen.text == "-" and non.lower == "non" and non.end == hyphen.start and hyphen.end == t.start


def _bare(p: _Parse, noun: Token, few: Token) -> bool:
    """ "little evidence", "few exceptions": "few" / "little" as the noun's only determiner ("the next
    few years", "a little evidence" say some)."""
    return not any(d.i != few.i for d in p.children(noun.i, "det", "poss", "nummod"))


def _asks_if(p: _Parse, g: Token) -> bool:
    """Whether an "if" clause under ``g`` is a question: a verb of asking or finding out, or a verb
    of saying denied ("has not said if it would accept"); "said if the drug had been given, ..." is
    a condition the parse hung on "said"."""
    return g.lemma in _ASKING or (g.lemma in lx.NEUTRAL_REPORTING and bool(_own_negation(p, g)[0]))


#: verbs whose "if" clause is a question
_ASKING = frozenset({"ask", "wonder", "decide", "determine", "check", "know", "see", "examine", "consider", "assess",
                     "judge", "question", "doubt"})
#: words that open a clause of reason: "not because X" denies that X is the reason
_REASONS = frozenset({"because", "since", "as"})
#: neg-raising words that take an infinitive but no finite clause
_NO_CLAUSE = frozenset({"want", "plan", "intend"})


def _polarity(p: _Parse, t: Token, base: Token) -> tuple[bool, bool, list[int], list[int]]:
    """(negated, weak, negator tokens, governor tokens) of predicate word ``t``.

    ``base`` is the verb carrying the clause (the copula for "is not definitive").
    """
    negs, weak = _own_negation(p, t)
    if base.i != t.i:
        more, w2 = _own_negation(p, base)
        negs += more
        weak = weak or w2
    parity = len(negs) % 2
    govs: list[int] = []
    # "without approving", "without approval", "excluding the buyback", "except for the buyback"
    h = p.head(t.i)
    if t.dep in ("pcomp", "pobj") and h is not None and h.lower in lx.EXCLUDING:
        parity ^= 1
        govs.append(h.i)
    elif t.dep == "acl" and h is not None and h.dep == "pobj" and (hh := p.head(h.i)) is not None and (
        hh.lower in lx.EXCLUDING
    ):
        parity ^= 1  # "without anyone challenging them"
        govs.append(hh.i)
    elif t.dep in ("pcomp", "pobj") and h is not None and h.lower in ("for", "than"):
        hh = p.head(h.i)
        if hh is not None and (hh.lower, h.lower) in lx.EXCLUDING_PAIRS and hh.i == h.i - 1:
            parity ^= 1
            govs += [hh.i, h.i]
    if t.dep in ("pobj", "pcomp") and h is not None and h.lower in ("from", "against"):
        far = p.head(h.i)
        if far is not None and far.lower == "far" and far.i == h.i - 1 and h.lower == "from":
            parity ^= 1  # "far from conclusive" = not conclusive
            govs += [far.i, h.i]
        elif t.dep == "pobj" and far is not None and far.lemma in lx.SHIELDING:
            parity ^= 1  # "protected from development", "guards against fraud": none of it
            govs += [far.i, h.i]
    if t.pos == "NOUN" and t.dep == "attr" and base.i == t.i and h is not None and h.lemma == "be" and (
            p.children(h.i, "expl")):
        there = [i for i in _own_negation(p, h)[0] if p.tok(i).dep == "neg"]
        parity ^= len(there) % 2  # "there were not enough welders" denies welders as "no welders" does
        govs += there
    if t.dep == "compound" and t.pos == "NOUN" and h is not None and h.lemma in lx.SHORTAGE_NOUNS:
        parity ^= 1
        govs.append(h.i)
    if t.dep == "pobj" and h is not None and h.lower == "of":
        hh = p.head(h.i)
        if hh is not None and hh.lemma in lx.IMPLICIT_NEGATOR_NOUNS:
            parity ^= 1
            govs += [hh.i, h.i]
        elif hh is not None and hh.lower == "short" and (sv := p.head(hh.i)) is not None and sv.lemma == "stop":
            parity ^= 1  # "stopped short of an outright ban" ("fell short of forecasts" denies no forecast)
            govs += [sv.i, hh.i, h.i]
    if t.dep in ("pobj", "pcomp") and h is not None and h.lower in ("on", "against") and (
        (hh := p.head(h.i)) is not None and hh.lemma in lx.BAN_NOUNS and hh.pos == "NOUN"
    ):
        parity ^= 1  # "a ban on spraying the chemical": no spraying
        govs += [hh.i, h.i]
    up = [h] if h is not None and t.dep in ("oprd", "xcomp", "acomp") else []  # "to keep fees [frozen]": the verb's
    clause_of = next((x for x in (t, base, *up) if x.dep in ("acl", "relcl")), None)
    if clause_of is not None and (n := _proposal(p, p.head(clause_of.i))) is not None and (
            (hh := _rejecting(p, n)) is not None):
        # "rejected a motion to approve the project": it was not approved ("did not rule out an
        # initiative to repeal it": a repeal may come)
        parity ^= 1 ^ (len(_own_negation(p, hh)[0]) % 2)
        govs += [hh.i, n.i]
    if t.dep == "pobj" and h is not None and h.lower == "for" and lx.in_lexicon(t.lemma) and (
            (n := _proposal(p, p.head(h.i))) is not None) and (hh := _rejecting(p, n)) is not None:
        # an act proposed ("a proposal for a 12 percent increase"), not a thing ("a proposal for a depot")
        parity ^= 1 ^ (len(_own_negation(p, hh)[0]) % 2)
        govs += [hh.i, n.i]
    if h is not None and t.dep == "nsubj" and t.lemma in lx.CLAIM_NOUNS and _called_false(p, h):
        parity ^= 1  # "union claims ... are unfounded": no claim the writer makes
        govs.append(h.i)
    if h is not None and (denier := _denied_object(p, t, h)) is not None:
        # "lacks funds"; "rejected the claim" is no claim of its own; "has not ruled out a ballot
        # initiative" leaves one possible
        parity ^= 1 ^ (len(_own_negation(p, denier)[0]) % 2)
        govs.append(denier.i)
    if t.tag == "VBG" and t.dep in ("compound", "amod") and h is not None and h.dep == "dobj" and (
            (vh := p.head(h.i)) is not None and vh.i == t.i - 1 and vh.lemma in lx.IMPLICIT_NEGATOR_VERBS):
        parity ^= 1 ^ (len(_own_negation(p, vh)[0]) % 2)  # "denied delaying claims" parsed as "[delaying claims]"
        govs.append(vh.i)
    if (claim := _denied_claim(p, h if t.dep == "acomp" and h is not None and h.lemma == "be" else t)) is not None:
        parity ^= 1  # "rejected the claim that the firms had received subsidies"
        govs += claim
    if (done := _pseudo_cleft(p, base)) is not None:
        dnegs = _own_negation(p, done)[0]
        parity ^= len(dnegs) % 2  # "what we will not do is cancel the festival"
        govs += dnegs
    # up the chain of complements: "has yet to", "failed to", "refused to", "denied", neg raising
    cur = _cleft(p, base) or base
    hops = 0
    if cur.dep == "advcl" and cur.tag == "VBG" and (g0 := p.head(cur.i)) is not None and g0.lemma in lx.HINDERING and any(
        o.i < cur.i for o in p.children(g0.i, "dobj")
    ):  # "stopped the protest reaching parliament" (no "from")
        parity ^= 1 ^ (len(_own_negation(p, g0)[0]) % 2)
        govs.append(g0.i)
    while cur.dep in ("xcomp", "ccomp", "pcomp", "acomp") and hops < 4:
        g = p.head(cur.i)
        if g is None:
            break
        if g.pos == "ADP" and g.lower in ("from", "of"):  # "refrained from voting"
            g2 = p.head(g.i)
            if g2 is None:
                break
            g = g2
        gnegs, gweak = _own_negation(p, g)
        yet = [c for c in p.children(g.i, "advmod") if c.lower == "yet"]
        to = [c.i for c in p.children(cur.i, "aux") if c.lower == "to"]
        if cur.dep == "xcomp" and g.lemma in ("have", "be") and yet and not gnegs:
            parity ^= 1
            govs += [g.i, yet[0].i, *to]
        elif cur.dep == "pcomp" and g.lower == "short" and (sv := p.head(g.i)) is not None and sv.lemma in ("stop", "fall"):
            parity ^= 1  # "stopped short of recommending", "fell short of winning"
            govs += [sv.i, g.i]
        elif g.lemma in lx.IMPLICIT_NEGATOR_VERBS and cur.dep in ("xcomp", "ccomp", "pcomp") and not (
                cur.dep == "ccomp" and cur.i < g.i and any(c.i > cur.i for c in p.children(g.i, *_SUBJ))):
            # (not a clause before it with a subject of its own between: "she opposed a bill; the
            # bill failed in committee" parsed as what failed)
            parity ^= 1 ^ (len(gnegs) % 2)  # "did not fail to" is positive
            govs += [g.i, *gnegs, *to]
        elif g.lemma in lx.IMPLICIT_NEGATOR_ADJS and cur.dep == "xcomp":
            parity ^= 1 ^ (len(gnegs) % 2)
            govs += [g.i, *to]
            gh = p.head(g.i)
            if g.dep == "acomp" and gh is not None:  # "is not unable to"
                parity ^= len(_own_negation(p, gh)[0]) % 2
        elif cur.dep == "xcomp" and g.pos in ("ADJ", "ADV") and (too := _too(p, g)) is not None:
            parity ^= 1  # "too early to recommend", "too weak to stand"
            govs += [too, g.i, *to]
        elif cur.dep == "xcomp" and g.pos == "ADJ" and g.dep == "acomp" and not gnegs and (
            cnegs := _copula_negators(p, g)
        ):
            parity ^= len(cnegs) % 2  # "it is not possible to say", "was not ready to sign"
            govs += [*cnegs, g.i, *to]
        elif cur.dep == "xcomp" and g.lemma in _COPULAS and gnegs and p.children(g.i, "acomp"):
            parity ^= len(gnegs) % 2  # the same, parsed with [to say] on the copula
            govs += [*gnegs, *(c.i for c in p.children(g.i, "acomp")), *to]
        elif g.lemma in lx.NEG_RAISING and gnegs and not (cur.dep == "ccomp" and g.lemma in _NO_CLAUSE):
            # "I don't think it will work"; "want" takes no clause of its own, so one under it is a
            # misparse ("nobody wants to fly a craft "we do not trust"" with "trust" under "wants")
            parity ^= len(gnegs) % 2
            govs += gnegs
            weak = weak or gweak  # "less likely to develop" is not "will not develop"
        if cur.dep != "xcomp":
            break
        cur = g
        hops += 1
    if t.pos in ("VERB", "ADJ") and t.dep in ("amod", "acl") and (no := _fragment_no(p, t)) is not None:
        parity ^= 1  # "No patient in either group required dialysis" parsed as one noun phrase
        govs.append(no.i)
    unsaid = _unasserted(p, cur)
    if unsaid is not None:
        parity ^= 1
        govs += unsaid[0]
        weak = weak or unsaid[1]
    return bool(parity), weak and bool(parity), negs, govs


_DENIABLE = lx.EVIDENCE_NOUNS | lx.CHANCE_NOUNS


def _evidence_noun(p: _Parse, t: Token, nouns: AbstractSet[str] = lx.EVIDENCE_NOUNS) -> Token | None:
    """The evidence or plan noun clause ``t`` hangs on: "evidence (that) [t]", "plans to [t]",
    "intention of [t]"."""
    g = p.head(t.i)
    if g is None or g.i == t.i:
        return None
    if t.dep == "amod" and t.tag == "VBG" and t.i > 0 and p.doc.tokens[t.i - 1].lower == "of" and g.dep == "pobj":
        g = p.head(g.i)  # "no intention of increasing charges" parsed with "increasing" on "charges"
    if t.dep in ("pcomp", "pobj", "amod") and g is not None and g.lower == "of":
        g = p.head(g.i)
    elif t.dep not in ("relcl", "acl") or not _content_clause(p, t):
        return None
    return g if g is not None and g.lemma in nouns else None


def _content_clause(p: _Parse, t: Token) -> bool:
    """Whether clause ``t`` says what its noun holds ("evidence that X did", "plans to open"), not
    which one it is ("the evidence seized by police", "nothing when Oracle still has")."""
    if any(c.lower in ("to", "that") for c in p.children(t.i, "aux", "mark")):
        return True
    return bool(p.children(t.i, "nsubj", "nsubjpass", "expl")) and not any(
        c.tag in ("WDT", "WP", "WRB") for c in p.children(t.i)
    )


def _denied_noun(p: _Parse, n: Token) -> tuple[list[int], bool]:
    """(negators, weakly?) of an evidence noun: its "no" or "little", or the "not" of the verb it is
    the object of ("did not find evidence that")."""
    own = [c.i for c in p.children(n.i, "det", "neg") if c.lower in ("no", "neither") and _no_is_negation(p, c)]
    if own:
        return own, False
    little = [c for c in p.children(n.i, "amod", "det") if c.lower in ("little", "few")]
    if little and _bare(p, n, little[0]):  # "little evidence that"; "a little evidence" is some
        return [little[0].i], True
    h = p.head(n.i)
    if n.dep in ("dobj", "attr", "nsubj") and h is not None and h.i != n.i:
        return _own_negation(p, h)[0], False  # "did not find evidence that", "there isn't any sign of"
    return [], False


def _unasserted(p: _Parse, t: Token) -> tuple[list[int], bool] | None:
    """(tokens that leave clause ``t`` unsaid, weakly?) when ``t`` hangs on a denied evidence noun
    ("no evidence the outbreak had spread", "no plans to cut jobs", "no intention of selling", weakly
    "little evidence that"), on "refusal / failure to", on "nothing" ("did nothing to stop", "nothing to
    suggest [the fire was deliberate]") or on "do little to" (weakly: "will do little to reduce waiting
    times"); else None."""
    cur = t
    for _ in range(3):
        g = p.head(cur.i)
        if g is None or g.i == cur.i:
            return None
        n = _evidence_noun(p, cur, _DENIABLE)
        if n is not None:
            negs, weak = _denied_noun(p, n)
            shown = [n.i, g.i] if g.lower == "of" else [n.i]  # "no intention of [selling]"
            return ([*negs, *shown], weak) if negs else None
        if cur.dep in ("relcl", "acl") and g.lemma in lx.IMPLICIT_NEGATOR_NOUNS and any(
            c.lower == "to" for c in p.children(cur.i, "aux")
        ):
            return [g.i], False  # "their failure to get a turnout", "his refusal to participate"
        if cur.dep in ("relcl", "acl"):  # "did nothing to stop", not "means nothing when X has"
            to = any(c.lower == "to" for c in p.children(cur.i, "aux"))
            return ([g.i], False) if g.lower == "nothing" and to else None
        if cur.dep == "advcl" and g.lemma == "do":  # "will do little to reduce"
            few = [c for c in p.children(g.i, "dobj") if c.lower in ("little", "nothing")]
            return ([g.i, few[0].i], few[0].lower == "little") if few else None
        if cur.dep == "ccomp" and g.lemma in lx.EVIDENCE_VERBS and g.dep in ("relcl", "acl"):
            cur = g  # "nothing to suggest [the fire was started deliberately]"
            continue
        return None
    return None


def _copula_negators(p: _Parse, adj: Token) -> list[int]:
    """The negators of the copula an adjective complements ("is not possible")."""
    h = p.head(adj.i)
    return _own_negation(p, h)[0] if h is not None and h.i != adj.i and h.lemma in _COPULAS else []


def _too(p: _Parse, adj: Token) -> int | None:
    """The "too" of "too early to [say]" ("only too happy to help", "all too easy to forget" are no
    negations)."""
    toks = p.doc.tokens
    for c in p.children(adj.i, "advmod"):
        if c.lower == "too" and not (c.i > 0 and toks[c.i - 1].lower in ("only", "all")):
            return c.i
    return None


def _raised(p: _Parse, t: Token) -> bool:
    """A neg-raising verb whose negation was passed down to its complement."""
    return t.lemma in lx.NEG_RAISING and bool(p.children(t.i, "ccomp", "xcomp"))


def raised(doc: Document, pred: Predicate) -> bool:
    """Whether a verb's negation was read on its complement ("does not expect it to launch")."""
    return pred.kind == "verb" and _raised(_parse(doc), doc.tokens[pred.head])


# -- modality ---------------------------------------------------------------------------------


def _if_not(p: _Parse, mark: Token) -> bool:
    """ "schools, if not hospitals": "if not" + a bare phrase widens a claim, it sets no condition."""
    toks = p.doc.tokens
    if mark.i + 2 >= len(toks) or toks[mark.i + 1].lower != "not" or toks[mark.i + 2].sentence != mark.sentence:
        return False
    return toks[mark.i + 2].pos in ("NOUN", "PROPN", "DET", "NUM", "ADJ")  # "if not sold" is a condition


def word_forms(t: Token) -> Iterator[str]:
    """The forms a word list may hold a token under, in order: its lemma, its lower-cased form, and
    that form less an inflection ("hopes": the tagger's lemma is "hop")."""
    yield t.lemma
    yield t.lower
    for e in ("s", "d", "ed", "es"):
        if t.lower.endswith(e):
            yield t.lower[: -len(e)]


def lemma_in(t: Token, words: AbstractSet[str]) -> bool:
    """Whether ``words`` holds the token under one of its :func:`word_forms`."""
    return any(f in words for f in word_forms(t))


#: verbs whose clauses look at the future from a past report or thought
_REPORTING_HEADS = lx.NEUTRAL_REPORTING | lx.BELIEF_GOVERNORS | lx.HEDGE_GOVERNORS | lx.ALLEGATION_GOVERNORS | frozenset(
    {"promise", "pledge", "vow", "decide", "agree", "ask", "know", "learn", "hope", "wonder", "plan", "announce"})


#: words that make a claim wait on something: "subject to approval", "conditional on" ("pending a
#: vote" is read as a preposition)
_CONDITION_WORDS = frozenset({"subject", "conditional", "contingent"})


def _hypothetical(p: _Parse, aux: Token, verb: Token, clause: Token) -> bool:
    """Whether ``aux`` on ``verb`` is a hypothetical "would" ("the scheme would cut bills"): not the
    future of a report ("said it would"), nor a refusal ("would not confirm")."""
    return aux.lower in ("would", "'d") and not _reported(p, clause) and not p.children(verb.i, "neg")


def _reported(p: _Parse, t: Token) -> bool:
    """Whether ``t``'s clause is reported speech or thought ("said the bridge would reopen"), where
    "would" is the future seen from the past, not a hypothetical."""
    for _ in range(8):
        if t.dep in ("ccomp", "parataxis") or any(m.lower == "that" for m in p.children(t.i, "mark")):
            return True
        h = p.head(t.i)
        if h is None:
            return False
        if h.lemma in _REPORTING_HEADS:
            return True  # "said ... orders that would be split", "decisions about how many would move"
        t = h
    return False


def _subjunctive(p: _Parse, v: Token) -> int | None:
    """The token that shows ``v`` in a mandative subjunctive, a clause with its own subject and a
    bare verb ("proposed that Drummond be excluded", "urged that the plant close"): the governing
    verb, or the bare verb where the parse hangs the clause on a noun."""
    if v.pos != "VERB" or v.dep not in ("ccomp", "relcl", "acl"):  # acl: "a recommendation that it be approved"
        return None
    auxes = p.children(v.i, "aux", "auxpass")
    bare = [a for a in auxes if a.lemma == "be" and a.tag == "VB"]
    if not any(m.lower == "that" for m in p.children(v.i, "mark")) and not (bare and v.dep == "ccomp"):
        return None  # a bare "be" with its own subject needs no "that": "asked that, should X, the commission be ordered"
    if not (bare or (v.tag == "VB" and not auxes)) or any(a.lemma != "be" for a in auxes):
        return None
    if not p.children(v.i, *_SUBJ, *_PASS_SUBJ):
        return None
    g = p.head(v.i)
    if v.dep == "ccomp":  # "require that they be rewritten" obliges, as "must" does
        return g.i if g is not None and g.lemma in lx.MANDATIVE_GOVERNORS else None
    return bare[0].i if bare else v.i  # a that-clause misparsed as a relative one


#: auxiliaries that open a condition when put before the subject ("should the council approve it",
#: "had the vote passed", "were the plan to fail")
_INVERTED_CONDITION = frozenset({"should", "had", "were"})


def _inverted(p: _Parse, v: Token) -> int | None:
    """The auxiliary of verb ``v`` that opens its clause as a condition by standing before its
    subject ("Should Okafor rule against the map, ..."), if there is one."""
    subj = p.children(v.i, *_SUBJ, *_PASS_SUBJ)
    if not subj:
        return None
    for a in p.children(v.i, "aux", "auxpass"):
        if a.lower in _INVERTED_CONDITION and a.i < subj[0].i and not any(
                x.i < a.i for x in p.children(v.i) if x.dep not in ("punct", "cc", "advmod")):
            return a.i
    return None


def _modality(p: _Parse, t: Token, base: Token) -> tuple[int, list[int], list[int], int | None]:
    """(level, modal tokens, hedge tokens, conditional mark) of a predicate."""
    level = lx.CERTAIN
    modal: list[int] = []
    hedges: list[int] = []
    cond: int | None = None
    heads = [t] if base.i == t.i else [t, base]
    for h in heads:
        for c in p.children(h.i):
            if c.dep == "aux" and c.lemma in lx.POSSIBLE_AUX:
                level = min(level, lx.POSSIBLE)
                modal.append(c.i)
            elif c.dep == "aux" and c.lemma in lx.PROBABLE_AUX and not any(
                x.i > c.i for x in p.children(h.i, *_SUBJ, *_PASS_SUBJ)
            ):  # "should a user lose it" is a condition ("if a user loses it"), not advice
                level = min(level, lx.PROBABLE)
                modal.append(c.i)
            elif c.dep == "aux" and _hypothetical(p, c, h, base):
                # "the scheme would cut bills": hypothetical, not done; "the bill would have expanded
                # detention" (a counterfactual): it did not happen
                perfect = any(x.lemma == "have" and x.i > c.i for x in p.children(h.i, "aux"))
                level = min(level, lx.POSSIBLE if perfect else lx.PROBABLE)
                modal.append(c.i)
            elif c.dep == "advmod" and c.lower in lx.POSSIBLE_ADVERBS:
                level = min(level, lx.POSSIBLE)
                modal.append(c.i)
            elif c.dep == "advmod" and c.lower in lx.PROBABLE_ADVERBS:
                level = min(level, lx.PROBABLE)
                modal.append(c.i)
            elif c.dep == "advmod" and c.lower in lx.HEDGE_ADVERBS:
                hedges.append(c.i)
            elif c.dep == "parataxis" and lemma_in(c, lx.ALLEGATION_GOVERNORS):
                hedges.append(c.i)  # "The authority, he alleged, had not completed the work"
            elif c.lower in _CONDITION_WORDS and any(x.lower in ("to", "on", "upon") for x in p.children(c.i, "prep")):
                cond = c.i  # "will invest £200m, subject to approval by the regulator"
            elif c.lower == "pending" and c.dep == "prep" and p.children(c.i, "pobj"):
                cond = c.i  # "will close in June, pending a shareholder vote"
            elif c.dep == "advcl":
                for m in p.children(c.i, "mark"):
                    if m.lower in lx.CONDITIONAL_MARKS and not _if_not(p, m):
                        cond = m.i
                if (inv := _inverted(p, c)) is not None:
                    cond = inv  # "should Okafor rule against the map" = "if Okafor rules against it"
            elif c.dep in _SUBJ | _PASS_SUBJ | {"dobj"}:
                hedges += [a.i for a in p.children(c.i, "amod") if a.lower in lx.HEDGE_ADJECTIVES
                           and not (c.lemma in lx.PROSPECT_NOUNS and a.lower in ("potential", "possible", "would-be"))]
    if (sj := _subjunctive(p, base)) is not None:
        level = min(level, lx.PROBABLE)  # "(proposed) that Drummond be excluded": asked for, not done
        modal.append(sj)
    if base.dep == "conj" and base.pos in ("VERB", "AUX") and not any(c.tag == "MD" for c in p.children(base.i, "aux")) and not (
        p.children(base.i, *_SUBJ, *_PASS_SUBJ)  # "may order it, but it has not reached a conclusion": a clause of its own
    ) and (
        (h := p.head(base.i)) is not None and h.pos in ("VERB", "AUX")
    ):
        for c in p.children(h.i, "aux"):  # "would cost $200bn and be paid for by ...": the modal is shared
            if _inverted(p, h) == c.i:
                continue  # "should all ballots be counted and break for her": a condition, as above
            if c.lemma in lx.POSSIBLE_AUX:
                level = min(level, lx.POSSIBLE)
                modal.append(c.i)
            elif c.lemma in lx.PROBABLE_AUX or _hypothetical(p, c, h, h):
                level = min(level, lx.PROBABLE)
                modal.append(c.i)
    cur = base
    for _ in range(3):  # "weighing whether to seek a rehearing or to take its case": the first conjunct's governor
        first = p.head(cur.i) if cur.dep == "conj" and cur.pos == "VERB" and cur.tag == "VB" else None
        if first is None or first.pos != "VERB" or first.dep not in ("xcomp", "conj"):
            break
        cur = first
    hops = 0
    while cur.dep in ("xcomp", "ccomp") and hops < 3:
        g = p.head(cur.i)
        if g is None:
            break
        if cur.dep == "xcomp":
            for c in p.children(g.i, "advcl"):  # "is expected to begin ... if the council approves"
                for mk in p.children(c.i, "mark"):
                    if mk.lower in lx.CONDITIONAL_MARKS and not _if_not(p, mk):
                        cond = mk.i
        if cur.dep == "ccomp" and hops == 1 and lemma_in(g, lx.ALLEGATION_GOVERNORS):
            hedges.append(g.i)  # "alleging that the crew failed to sound a signal"
        if cur.dep == "ccomp" and hops == 0:
            if any(m.lower in lx.QUESTION_MARKS or (m.lower == "if" and _asks_if(p, g)) for m in p.children(cur.i, "mark")):
                # "investigating whether the bridge was unsafe"; "has not said if it would accept"
                level = min(level, lx.POSSIBLE)
                modal.append(g.i)
            elif lemma_in(g, lx.ALLEGATION_GOVERNORS):
                hedges.append(g.i)  # "police suspect the fire was arson"
            elif lemma_in(g, lx.BELIEF_GOVERNORS):
                level = min(level, lx.PROBABLE)  # "scientists believe the comet will pass"
                modal.append(g.i)
        if cur.dep == "xcomp" and lemma_in(g, lx.PROBABLE_GOVERNORS):
            level = min(level, lx.PROBABLE)
            modal += [g.i, *(c.i for c in p.children(g.i, "aux", "auxpass"))]
        elif cur.dep == "xcomp" and lemma_in(g, lx.POSSIBLE_GOVERNORS):
            level = min(level, lx.POSSIBLE)
            modal.append(g.i)
        elif cur.dep == "xcomp" and g.lemma == "suppose" and any(c.tag == "VBD" for c in p.children(g.i, "auxpass")):
            level = min(level, lx.PROBABLE)  # "was supposed to rule by Feb. 28" (expected); "you're supposed to" obliges
            modal.append(g.i)
        elif cur.dep == "xcomp" and g.lemma in lx.HEDGE_GOVERNORS and g.tag == "VBN":
            hedges.append(g.i)  # "is said to have", "is believed to"
        cop = p.head(g.i) if g.dep == "acomp" else None  # "may be more likely to develop": the copula's modal
        for c in [*p.children(g.i, "aux"), *(p.children(cop.i, "aux") if cop is not None and cop.lemma in _COPULAS else [])]:
            if c.lemma in lx.POSSIBLE_AUX and cur.dep == "xcomp":
                level = min(level, lx.POSSIBLE)
                modal.append(c.i)
        if cur.dep != "xcomp":
            break
        cur = g
        hops += 1
    if base.dep == "acl" and any(m.lower == "that" for m in p.children(base.i, "mark")) and (
            (n := p.head(base.i)) is not None and n.dep == "pobj" and (pr := p.head(n.i)) is not None
            and (g := p.head(pr.i)) is not None and lemma_in(g, lx.ALLEGATION_GOVERNORS)):
        hedges.append(g.i)  # "alleged in a statement that Holbrook had hidden it" (the clause parsed on "statement")
    if (acc := accuser(p, base)) is not None and (base.pos == "VERB" or base.tag == "VBG"):
        hedges.append(acc.i)  # "accusing it of copying", "suspected of leaking": an allegation
    asked = [m for m in p.children(base.i, "mark") if m.lower in lx.QUESTION_MARKS]
    if asked and level == lx.CERTAIN:
        # "a decision on whether to extend the duties", "has yet to rule on whether the map is
        # lawful" ("weighing whether to close" is weighed already)
        level = lx.POSSIBLE
        modal.append(asked[0].i)
    if cur.dep == "advcl" and any(c.lower == "to" for c in p.children(cur.i, "aux")) and (g := p.head(cur.i)) is not None:
        level = min(level, lx.PROBABLE)  # a purpose: "working to trace the money" has not traced it yet
        modal.append(g.i)
    plan = None
    if cur.dep == "acl" and any(c.lower == "to" for c in p.children(cur.i, "aux")):
        plan = p.head(cur.i)  # "in talks to buy", "a bid to take over": not done yet
    elif cur.dep == "pcomp" and (prep := p.head(cur.i)) is not None and prep.lower in ("about", "on", "over", "for"):
        plan = p.head(prep.i)  # "in discussions about buying"
    if plan is not None and plan.lemma in lx.PLAN_NOUNS:
        level = min(level, lx.PROBABLE)
        modal.append(plan.i)
    n = _evidence_noun(p, cur)
    if n is not None and _denied_noun(p, n)[0]:  # "no evidence that", "no intention of" = "do not think"
        level = min(level, lx.PROBABLE)
        modal.append(n.i)
    return level, modal, hedges, cond


# -- extraction -------------------------------------------------------------------------------


def _display(p: _Parse, t: Token, base: Token, extra: Sequence[int]) -> tuple[int, ...]:
    idx = {t.i, *extra}
    if t.dep == "conj" and t.pos == "ADJ":
        base = t  # "were disappointing but not alarming" shows "not alarming"
    for h in {t.i, base.i}:
        for c in p.children(h):
            if c.dep in ("aux", "auxpass", "neg", "prt") or (c.dep == "advmod" and c.lower in ("never", "still")):
                idx.add(c.i)
    if base.i != t.i:
        idx.add(base.i)
    return tuple(sorted(idx))


def _state(p: _Parse, t: Token) -> tuple[str, list[int]] | None:
    """'in place', 'in effect', 'under way' hanging off a copula."""
    for prep in p.children(t.i, "prep"):
        for o in p.children(prep.i, "pobj"):
            phrase = f"{prep.lower} {o.lemma}"
            if o.lemma in _STATE_NOUNS and lx.classes_of(phrase):
                return phrase, [prep.i, o.i]
    for c in p.children(t.i, "advmod", "acomp"):
        if c.lower in ("underway",):
            return "underway", [c.i]
    return None


def _over(p: _Parse, t: Token) -> Token | None:
    """The copula of "is over" (ended) or "is far from over"; ``None`` for "over the border"."""
    if p.children(t.i, "pobj"):
        return None
    h = p.head(t.i)
    if t.dep == "pcomp" and h is not None and h.lower == "from" and (far := p.head(h.i)) is not None and far.lower == "far":
        h = p.head(far.i)
    elif t.dep not in ("advmod", "acomp", "prt"):
        return None
    return h if h is not None and h.lemma in _COPULAS and h.pos in ("AUX", "VERB") else None


def _manner(word: str) -> bool:
    """A manner adverb with a known opposite ("correctly" / "incorrectly")."""
    return lx.in_lexicon(word) or any(word.startswith(pre) and lx.in_lexicon(word[len(pre):]) for pre in ("in", "un"))


#: adverbs that set a claim's certainty ("would likely cost"): no claim of their own
_MODAL_ADVERBS = lx.PROBABLE_ADVERBS | lx.POSSIBLE_ADVERBS


#: light verbs whose object noun is read with the verb's polarity ("be" has no object)
_LIGHT_OBJECT = lx.LIGHT - {"be", "become", "use", "add", "come", "go"}


def _argument_of_verb(p: _Parse, t: Token) -> bool:
    h = p.head(t.i)
    return (
        h is not None and h.pos == "VERB" and h.lemma not in lx.LIGHT and t.dep in _SUBJ | _PASS_SUBJ | {"dobj"}
    )


def _copula_phrase(p: _Parse, t: Token) -> tuple[str, list[int]] | None:
    """'is about X', 'was on Y' (a copula and its preposition), 'is a member' (its noun)."""
    if p.children(t.i, "acomp"):
        return None
    for c in p.children(t.i, "attr"):
        if c.pos in ("NOUN", "PROPN"):
            return f"be {c.lemma}", [c.i]
    for prep in p.children(t.i, "prep"):
        if p.children(prep.i, "pobj"):
            return f"be {prep.lower}", [prep.i]
    return None


#: prepositions that name a verb's other party ("sold it to", "bought it from", "won against"); "with"
#: is left out: "signed a deal with" and "met with" say the same both ways round
_PARTY_PREPS = frozenset({"to", "from", "against"})
#: verbs whose "with" phrase is their object: "met with the trust" = "met the trust"
_WITH_OBJECT = frozenset({"meet", "clash", "fight", "battle", "collide"})


def _act(p: _Parse, t: Token) -> tuple[Token, Token, str] | None:
    """ "filed suit against X": the object noun, the preposition's object and the act's verb."""
    for noun in p.children(t.i, "dobj"):
        verb = _ACT_OBJECTS.get((t.lemma, noun.lemma))
        if verb is None:
            continue
        for prep in [*p.children(noun.i, "prep"), *p.children(t.i, "prep")]:
            if prep.lower in _ACT_PREPS:
                for obj in p.children(prep.i, "pobj"):
                    return noun, obj, verb
    return None


def act_words(doc: Document) -> dict[int, str]:
    """Token index -> the act's verb, for the verb and the object of every "filed suit against X"."""
    got = doc._cache.get("meaning.acts")
    if got is None:
        p = _parse(doc)
        got = doc._cache["meaning.acts"] = {}
        for t in doc.tokens:
            if t.pos == "VERB" and (act := _act(p, t)) is not None:
                got[t.i] = got[act[0].i] = act[2]
    return got  # type: ignore[no-any-return]


def _make(p: _Parse, t: Token, base: Token, lemma: str, kind: str, extra: Sequence[int] = ()) -> Predicate:
    negated, weak, negs, govs = _polarity(p, t, base)
    # "avoided a loss" says no loss: the noun carries the negation, not the verb
    argument = kind == "noun" and _argument_of_verb(p, t) and _denied_object(p, t, p.tok(t.head)) is None
    if argument:
        # an argument shares its clause's polarity: "offered no discount" = "did not offer a discount"
        h0 = p.tok(t.head)
        negated, weak, _, govs2 = _polarity(p, h0, h0)
        govs = [*govs, *govs2]
    elif kind == "noun" and t.dep == "dobj" and p.tok(t.head).pos == "VERB" and p.tok(t.head).lemma in _LIGHT_OBJECT and (
        not p.children(t.head, "dative") and p.children(t.head, "dobj")[0].i == t.i
        and not any(c.i > t.head for c in p.children(t.head, "ccomp", "oprd"))  # a clause before it is another's
    ):
        # the noun of a light verb carries the fact, and the verb its polarity: "did not have the
        # death penalty" = "without the death penalty", "declined to give details" = "gave no details"
        h0 = p.tok(t.head)
        hn, hw, hnegs, hgovs = _polarity(p, h0, h0)
        shared = set(hnegs) & set(negs)  # "gave no details": the verb's "no" is the noun's own
        if hn ^ (len(shared) % 2):
            negated, weak = not negated, weak or hw
            govs = [*govs, *(i for i in hnegs if i not in shared), *hgovs]
    if kind == "verb" and _raised(p, t):
        negated, weak, negs = False, False, []
    elif kind == "noun" and t.lemma in lx.NEG_RAISING and any(
            p.children(c.i, "aux") for c in p.children(t.i, "acl")):
        negated, weak, negs = False, False, []  # "has no plans to raise it" = "does not plan to": read on "raise"
    at: int | None = None
    pt: int | None = None
    party: frozenset[str] = frozenset()
    party_at: int | None = None
    if kind == "verb":
        for prep in p.children(t.i, "prep", "dative"):
            objs = p.children(prep.i, "pobj") if prep.dep == "prep" else [prep]
            if objs and (prep.dep == "dative" or prep.lower in _PARTY_PREPS):
                party, party_at = _arg_key(p, objs[0]) - {_PRON}, objs[0].i
                break
    if kind in ("verb", "state"):
        agent, patient, at, pt = _roles(p, base)
    elif kind == "adj" and t.dep == "amod":
        h = p.head(t.i)
        agent, patient = (_arg_key(p, h) if h is not None else frozenset()), frozenset()
    elif kind in ("adj", "adv"):
        agent, patient = _roles(p, base)[:2]
    else:  # noun
        h = p.head(t.i)
        for _ in range(4):  # "acted without approval", "stalled for lack of support": the verb above
            if h is None or not (h.pos == "ADP" or h.lemma in lx.IMPLICIT_NEGATOR_NOUNS):
                break
            h = p.head(h.i)
        agent = frozenset({h.lemma}) if h is not None and h.i != t.i and h.pos in ("VERB", "NOUN", "PROPN") else frozenset()
        verb = p.tok(t.head)
        if t.dep == "dobj" and verb.pos == "VERB" and verb.lemma in _LIGHT_OBJECT | lx.LACK_VERBS:
            agent = _roles(p, verb)[0] or agent  # "the company made a loss": the loss is the company's
        elif t.dep == "pobj" and h is not None and h.pos == "VERB" and h.i != t.i:
            # "talks broke down without agreement" / "talks ended in agreement": the talks' either way;
            # "the meadow is protected from development": the meadow's (a passive's subject)
            ag, pa, _, pt = _roles(p, h)
            agent = agent | ((ag | (pa if pt is not None and p.tok(pt).dep in _PASS_SUBJ else frozenset())) - {_PRON})
        patient = frozenset(
            w for c in p.children(t.i, "compound", "poss", "amod") for w in _arg_key(p, c) if w != _PRON
        )
        for prep in p.children(t.i, "prep"):
            for o in p.children(prep.i, "pobj"):
                patient |= _arg_key(p, o) - {_PRON}
    level, modal, hedges, cond = _modality(p, t, base)
    context = _context(p, t if kind != "adj" else base, agent, patient)
    if kind == "adj" and t.dep == "amod":
        context = context | agent
    return Predicate(
        sentence=t.sentence,
        head=t.i,
        lemma=lemma,
        kind=kind,
        negated=negated,
        weak=weak,
        tokens=_display(p, t, base, [*negs, *govs, *extra]),
        agent=agent,
        patient=patient,
        context=context,
        modality=level,
        modal_words=tuple(modal),
        hedges=tuple(hedges),
        conditional=cond,
        agent_at=at,
        patient_at=pt,
        argument=argument,
        party=party,
        party_at=party_at,
    )


def reports_deed(doc: Document, t: Token) -> bool:
    """Whether verb ``t`` reports a past deed: "opened", "has opened", "was opened"; not "will open",
    "could have opened", nor a bare participle that describes ("380 planes, split evenly")."""
    kids = _parse(doc).children(t.i, "aux", "auxpass")
    if any(k.tag == "MD" for k in kids):
        return False
    if not kids and t.dep in ("acl", "amod", "dep"):
        return False
    return t.tag == "VBD" or any(k.lemma == "have" or k.tag == "VBD" for k in kids)


def clause_negated(doc: Document, t: Token) -> bool:
    """The polarity of the nearest predicate at or above a token ("did not come before" is negated),
    or of a verb above it that carries a "not" of its own and no predicate ("but the Senate did not")."""
    preds = {pr.head: pr for pr in sentence_predicates(doc, t.sentence)}
    p = _parse(doc)
    cur: Token | None = t
    for _ in range(6):
        if cur is None:
            break
        if cur.i in preds and preds[cur.i].kind != "noun":
            return preds[cur.i].negated
        if cur.i != t.i and any(c.lower in ("not", "n't", "never") for c in p.children(cur.i, "neg")):
            return True
        cur = p.head(cur.i)
    return False


#: levels a body holds or keeps where they are ("the bank held rates")
_LEVELS = frozenset({"rate", "price", "fare", "tariff", "tax", "level", "target", "forecast", "guidance", "outlook",
                     "dividend", "rent", "fee", "wage", "salary", "cap", "limit"})


def _held_level(p: _Parse, t: Token) -> bool:
    """ "held rates at 4.5%", "kept the price at £10", "holds rates": a level left where it is."""
    objs = p.children(t.i, "dobj")
    if not objs or p.children(t.i, "oprd", "acomp", "prt"):
        return False  # "kept rates unchanged", "held off": read on their own words
    at = [o for c in p.children(t.i, "prep") if c.lower == "at" for o in p.children(c.i, "pobj")
          if o.like_num or any(x.like_num for x in p.children(o.i, "nummod", "compound"))]
    return bool(at) or objs[0].lemma in _LEVELS


#: implicit negators read on their complement alone: "failed to pay" is "did not pay"
_READ_ON_COMPLEMENT = frozenset({"fail", "refuse", "decline", "neglect"})


def verb_particle(doc: Document, t: Token) -> bool:
    """An adverb that belongs to its verb: "went ahead" (a verb phrase of the lexicon), "pushed back
    against calls" (resisted them; "pushed the launch back" delayed it)."""
    if t.dep not in ("advmod", "prt") or t.head == t.i:
        return False
    h = doc.tokens[t.head]
    return f"{h.lemma} {t.lower}" in lx.VERB_PHRASES or (
        t.lower == "back" and any(c.lower == "against" for c in _parse(doc).children(h.i, "prep")))


def read_on_complement(doc: Document, t: Token) -> bool:
    """An implicit negator with a complement, read on the complement alone: "failed to pay" is "did
    not pay", and "won" is no opposite of it."""
    return t.lemma in _READ_ON_COMPLEMENT and t.pos == "VERB" and bool(_parse(doc).children(t.i, "xcomp"))


def sentence_predicates(doc: Document, sentence: int) -> list[Predicate]:
    """All predicates of one sentence (cached on the document)."""
    cache = doc._cache.setdefault("meaning.predicates", {})
    if sentence in cache:
        return cache[sentence]  # type: ignore[no-any-return]
    p = _parse(doc)
    out: list[Predicate] = []
    for t in doc.sentence_tokens(sentence):
        if t.text == "-" or (t.lower == "non" and t.i + 1 < len(doc.tokens) and doc.tokens[t.i + 1].text == "-"):
            continue  # the pieces of a "non-" prefix ("non-binding" is read on "binding")
        if len(t.text) == 1 and t.text.isalpha() and t.lower not in ("a", "i"):
            continue  # a unit letter split off a figure ("$15m"): no claim of its own
        if t.lower == "over" and (base_over := _over(p, t)) is not None:
            out.append(_make(p, t, base_over, "over", "adj"))  # "the crisis is (far from) over"
            continue
        if t.pos == "VERB" and t.dep not in ("aux", "auxpass", "amod"):
            prt = p.children(t.i, "prt")
            lemma = f"{t.lemma} {prt[0].lower}" if prt else t.lemma
            if not prt:  # "fight for" supports, "fight against" opposes, "went ahead" proceeded
                prt = [c for c in p.children(t.i, "prep", "advmod") if f"{t.lemma} {c.lower}" in lx.VERB_PHRASES][:1]
                lemma = f"{t.lemma} {prt[0].lower}" if prt else lemma
            if not prt:  # "take place", "take part": the object is part of the verb, not its patient
                prt = [c for c in p.children(t.i, "dobj") if (t.lemma, c.lower) in _IDIOM_OBJECTS
                       and not p.children(c.i, "det", "poss", "amod")][:1]
                lemma = f"{t.lemma} {prt[0].lower}" if prt else lemma
            if not prt and f"{t.lemma} for" in lx.VERB_PHRASES:  # "voted in favour of" = "voted for"
                favour = [(c, o) for c in p.children(t.i, "prep") if c.lower == "in"
                          for o in p.children(c.i, "pobj") if o.lower in ("favour", "favor")][:1]
                if favour:
                    prt, lemma = list(favour[0]), f"{t.lemma} for"
            act = None if prt else _act(p, t)
            if act is not None:
                prt, lemma = [act[0]], act[2]
            if not prt and t.lemma in ("hold", "keep", "leave") and _held_level(p, t):
                lemma = "hold steady"  # "held rates at 4.5%", "the bank holds rates": left them unchanged
            if not prt and t.lemma in ("put", "place"):  # "put the project on hold" = delayed it
                preps = [*p.children(t.i, "prep"), *(c for d in p.children(t.i, "dobj") for c in p.children(d.i, "prep"))]
                hold = [(c, o) for c in preps if c.lower == "on"  # "on hold" parsed on the verb or its object
                        for o in p.children(c.i, "pobj") if o.lower == "hold"][:1]
                if hold:
                    prt, lemma = list(hold[0]), "put on hold"
            if not prt and t.lemma in ("take", "haul", "drag"):  # "took the producer to court" sued it
                court = [(c, o) for c in p.children(t.i, "prep") if c.lower == "to"
                         for o in p.children(c.i, "pobj") if o.lemma == "court"][:1]
                if court and p.children(t.i, "dobj"):
                    prt, lemma = list(court[0]), "sue"
            if not prt:  # "stepped down", "opted out of": a particle parsed as an adverb or a preposition
                prt = [c for c in p.children(t.i, "advmod", "prep")
                       if c.i > t.i and c.lower in lx.PARTICLES and not p.children(c.i, "pobj")][:1]
                lemma = f"{t.lemma} {prt[0].lower}" if prt else lemma
            yet_to = t.lemma == "have" and p.children(t.i, "xcomp") and any(
                c.lower == "yet" for c in p.children(t.i, "advmod")
            )
            negator = read_on_complement(doc, t)
            if lemma not in lx.NO_PREDICATE and not yet_to and not negator:  # "has yet to" is read on its complement
                # a participle after a copula ("was not opposed to") takes its subject and negation from it
                h = p.head(t.i) if t.dep == "acomp" and not p.children(t.i, "aux", "auxpass", *_SUBJ, *_PASS_SUBJ) else None
                base = h if h is not None and h.lemma in _COPULAS else t
                pred = _make(p, t, base, lemma, "verb", [c.i for c in prt])
                if act is not None:  # "filed suit against the department": the department is sued
                    obj = act[1]
                    pred = replace(pred, patient=_arg_key(p, obj) - {_PRON} or pred.patient, patient_at=obj.i,
                                   party=frozenset(), party_at=None)
                out.append(pred)
                continue
        if t.lemma in _COPULAS and t.pos in ("AUX", "VERB") and t.dep not in ("aux", "auxpass"):
            st = _state(p, t) or _copula_phrase(p, t)
            if st is not None:
                out.append(_make(p, t, t, st[0], "state", st[1]))
        if t.pos == "ADJ" and (t.dep in ("acomp", "conj", "ROOT", "ccomp", "xcomp", "advcl", "oprd", "attr") or (
            t.dep == "pobj" and t.i >= 2 and doc.tokens[t.i - 1].lower == "from" and doc.tokens[t.i - 2].lower == "far"
        )):
            h = p.head(t.i)
            base = h if t.dep in ("acomp", "xcomp", "oprd", "attr") and h is not None else t
            if t.dep == "conj" and h is not None and h.pos == "ADJ" and h.dep in ("acomp", "oprd", "attr"):
                base = p.head(h.i) or t  # "were disappointing but not alarming": the copula is both's
            out.append(_make(p, t, base, t.lemma, "adj"))
        elif t.pos == "ADJ" and (anything := _anything_but(p, t)) is not None and (
            (cop := p.head(anything.i)) is not None and cop.lemma in _COPULAS
        ):
            out.append(_make(p, t, cop, t.lemma, "adj"))  # "the plan was anything but popular"
        elif t.pos in ("ADJ", "VERB") and t.dep == "amod" and lx.in_lexicon(t.lemma) and not _referring(p, t):
            out.append(_make(p, t, t, t.lemma, "adj"))
        elif t.pos == "NOUN" and (lx.in_lexicon(t.lemma) or (t.dep in _NOUN_SLOTS and not _argument_of_verb(p, t))):
            # any noun outside a verb's arguments can carry a negation of its own ("with no discount")
            out.append(_make(p, t, t, t.lemma, "noun"))
        elif t.pos == "ADV" and t.dep == "advmod" and t.lower not in _MODAL_ADVERBS and (
            t.lower in lx.DIRECTION_ADVERBS or (t.lower.endswith("ly") and _manner(t.lower))
        ):  # "would likely cost" is a modality of "cost", not a claim of its own
            h = p.head(t.i)
            if h is not None and not verb_particle(doc, t):
                out.append(_make(p, t, h, t.lower, "adv"))
    cache[sentence] = out
    return out


def span(doc: Document, pred: Predicate) -> Span:
    """The smallest span that shows a predicate with its negators and auxiliaries."""
    first, last = pred.tokens[0], pred.tokens[-1]
    if last - first > 10:  # scattered parts: show the predicate word alone
        first = last = pred.head
    return doc.token_span(first, last)


def clause(doc: Document, mark: int) -> Span:
    """The clause a conditional mark opens ("if the council approves the plan"), or the phrase a
    conditional word heads ("subject to approval", "pending a vote")."""
    p = _parse(doc)
    root = doc.tokens[mark].head if doc.tokens[mark].dep == "mark" else mark
    end = max(_subtree(p, root))
    while end > mark and doc.tokens[end].is_punct:
        end -= 1
    return doc.token_span(min(mark, root), end)


def phrase(doc: Document, pred: Predicate) -> str:
    return span(doc, pred).text


def framed_span(doc: Document, pred: Predicate) -> Span:
    """A noun predicate's span with the preposition and word it hangs on ("earmarked for
    development", not "development"); any other predicate's :func:`span`."""
    base = span(doc, pred)
    t = doc.tokens[pred.head]
    if pred.kind != "noun" or t.dep != "pobj":
        return base
    prep = doc.tokens[t.head]
    frame = prep if prep.pos == "VERB" else doc.tokens[prep.head]  # "including a fund": the preposition is the frame
    if not frame.i <= prep.i < t.i or t.i - frame.i > 6 or frame.pos not in ("VERB", "ADJ"):
        return base
    return doc.token_span(min(frame.i, pred.tokens[0]), max(pred.tokens[-1], t.i))


# -- matching across the pair -----------------------------------------------------------------

#: the word diff of two sentences says where a word "sits" only when the two are this similar
SAME_PLACE_FLOOR = 0.6
#: below this similarity an unaligned source sentence is not searched for a matching predicate
CANDIDATE_FLOOR = 0.45
CANDIDATES = 3


def closely_aligned(ctx: Context, si: int, cj: int) -> bool:
    """Whether source sentence ``si`` and copy sentence ``cj`` are close enough for their word diff
    to say where a word sits: similar on their own, or linked as part of a merged unit that is (a
    fused copy sentence restating two source sentences, each part of it diffed against its own)."""
    if float(ctx.alignment.matrix[cj, si]) >= SAME_PLACE_FLOOR:
        return True
    merged = ctx.cache.get("merged.close")
    if merged is None:
        merged = ctx.cache["merged.close"] = {
            (i, j) for link in ctx.alignment.links if len(link.source) + len(link.copy) > 2
            and link.similarity >= SAME_PLACE_FLOOR for i in link.source for j in link.copy}
    return (si, cj) in merged


def _light_apart(a: Predicate, b: Predicate) -> bool:
    """Two uses of one light verb ("have", "get", "make") about different things: a light verb says
    little beyond its object, so outside the sentences a copy sentence restates, a copy one with an
    object matches only a source one with that object ("won't have to spend hours cleaning" is no
    "doesn't have smart navigation"; "gave no indication of when" in the restated sentence is
    "gave no timeframe")."""
    return (a.kind == b.kind == "verb" and b.lemma in lx.LIGHT and a.lemma in lx.LIGHT and bool(b.patient - {_PRON})
            and not (a.patient & b.patient))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    if a & b - {_PRON}:
        return 1.0
    if _PRON in a or _PRON in b:
        return 0.5
    return 0.0


def _positions(ctx: Context, si: int, cj: int) -> SequenceMatcher:
    key = ("meaning.diff", si, cj)
    sm = ctx.cache.get(key)
    if sm is None:
        a = [t.lemma for t in ctx.source.sentence_tokens(si)]
        b = [t.lemma for t in ctx.copy.sentence_tokens(cj)]
        sm = ctx.cache[key] = SequenceMatcher(None, a, b, autojunk=False)
    return sm


#: words of agreeing context that anchor a replacement on one side when the other side runs on
_ANCHOR = 3


def token_place(ctx: Context, si: int, cj: int, i: int, j: int) -> bool:
    """Whether source token ``i`` sits where copy token ``j`` sits once the sentences are diffed.

    Both must fall in one replaced run of at most three words a side; or, where a fused copy
    sentence runs on past the replaced words, the source run is that short and the two words open
    (close) their runs right after (before) at least three words the sentences share ("Russia's
    invasion of Ukraine." / "Russia's peaceful resolution with Ukraine, activists dumped ...").
    """
    s0, c0 = ctx.source.sentences[si].token_start, ctx.copy.sentences[cj].token_start
    ii, jj = i - s0, j - c0
    ops = _positions(ctx, si, cj).get_opcodes()
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if j1 <= jj < j2:
            if op != "replace" or not i1 <= ii < i2 or (i2 - i1) > 3:
                return False
            if (j2 - j1) <= 3:
                return True
            before = ops[k - 1] if k else None
            after = ops[k + 1] if k + 1 < len(ops) else None
            return bool(
                (before and before[0] == "equal" and before[2] - before[1] >= _ANCHOR and ii - i1 == jj - j1 < 3)
                or (after and after[0] == "equal" and after[2] - after[1] >= _ANCHOR and i2 - ii == j2 - jj <= 3)
            )
    return False


def _same_place(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """Whether ``a`` sits where ``b`` sits once the two sentences' words are diffed."""
    s0 = ctx.source.sentences[a.sentence].token_start
    c0 = ctx.copy.sentences[b.sentence].token_start
    i, j = a.head - s0, b.head - c0
    for op, i1, i2, j1, j2 in _positions(ctx, a.sentence, b.sentence).get_opcodes():
        if j1 <= j < j2 or (op == "delete" and j == j1):
            if op == "equal":
                return i == i1 + (j - j1)
            return i1 - 1 <= i <= i2
    return False


def _score(ctx: Context, a: Predicate, b: Predicate) -> float:
    s = 0.0
    s += _overlap(a.agent, b.agent) + _overlap(a.patient, b.patient)
    if a.context & b.context:
        s += 0.5 + 0.25 * min(2, len(a.context & b.context) - 1)
    if ctx.alignment.matrix[b.sentence, a.sentence] >= SAME_PLACE_FLOOR:
        s += 1.0 if _same_place(ctx, a, b) else 0.0
    elif closely_aligned(ctx, a.sentence, b.sentence):  # one part of a merged unit: placed by the words around it
        s += 1.0 if token_place(ctx, a.sentence, b.sentence, a.head, b.head) else 0.0
    # a role swap still talks about the same thing
    s += 0.5 * (_overlap(a.agent, b.patient) + _overlap(a.patient, b.agent))
    if a.agent == b.agent == {_PRON} and (teller := _teller(ctx.source, a)) is not None and teller == _teller(ctx.copy, b):
        s += 0.5  # "the company said it had not refused" / "the company acknowledged that it had refused"
    return s


def _teller(doc: Document, pred: Predicate) -> str | None:
    """The subject lemma of the verb whose that-clause holds the predicate ("the company" of "the
    company said it had refused"): whom its pronoun subject most likely stands for."""
    p = _parse(doc)
    t = doc.tokens[pred.head]
    g = p.head(t.i) if t.dep == "ccomp" else None
    subj = p.children(g.i, "nsubj") if g is not None else []
    return subj[0].lemma if subj and subj[0].pos in ("NOUN", "PROPN") else None


def candidate_sentences(ctx: Context, cj: int) -> list[tuple[int, bool]]:
    """Source sentences a copy sentence may restate: its linked ones, then the nearest few."""
    out: list[tuple[int, bool]] = []
    for link in ctx.alignment.links:
        if cj in link.copy:
            out += [(i, True) for i in link.source]
    if ctx.alignment.source_count:
        row = ctx.alignment.matrix[cj]
        for i in row.argsort()[::-1][:CANDIDATES]:
            if row[i] >= CANDIDATE_FLOOR and all(i != k for k, _ in out):
                out.append((int(i), False))
    return out


#: a pair needs at least this much evidence that two predicates are about the same thing
MIN_SCORE = 1.0
#: ... and to call them contradictory, per kind of copy predicate
MIN_FLIP_SCORE = {"noun": 1.75, "adv": 1.5}
#: a flip loses to the copy word's own occurrence in the linked source sentence unless it has
#: more than this much more evidence (a whole shared argument)
SAME_WORD_MARGIN = 1.0
#: a copy word found nowhere in the source whose antonym is in a candidate sentence about a shared
#: argument is an unsupported flip: one shared argument word (0.5) is evidence enough
NOVEL_FLIP_SCORE = 0.5


def source_lemmas(doc: Document) -> frozenset[str]:
    """Every lemma and lower-cased word of a document, and its predicates' lemmas ("prop up")."""
    got = doc._cache.get("meaning.lemmas")
    if got is None:
        words = {t.lemma.lower() for t in doc.tokens} | {t.lower for t in doc.tokens}
        for si in range(len(doc.sentences)):
            words |= {p.lemma for p in sentence_predicates(doc, si)}
        got = doc._cache["meaning.lemmas"] = frozenset(words)
    return got  # type: ignore[no-any-return]


_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def _restates(ctx: Context, a: Predicate, x: Predicate) -> bool:
    """Copy predicate ``x`` says source predicate ``a`` again: the same word or a synonym, or the
    opposite comparative of a comparison told from the other side ("higher" / "lower")."""
    rel = lx.relation(a.lemma, x.lemma)
    return rel > 0 or (rel < 0 and ctx.source.tokens[a.head].tag in _COMPARATIVE_TAGS
                       and ctx.copy.tokens[x.head].tag in _COMPARATIVE_TAGS)


def _than_side(doc: Document, i: int) -> frozenset[str]:
    """Lemmas of the "than" phrase of comparative ``i`` (on the comparative, or after it on its head)."""
    p = _parse(doc)
    h = p.head(i)
    thans = [c for c in p.children(i) if c.lower == "than"] + (
        [c for c in p.children(h.i) if c.lower == "than" and c.i > i] if h is not None else [])
    return frozenset(doc.tokens[k].lemma for c in thans[:1] for k in _subtree(p, c.i))


def _subtree(p: _Parse, i: int) -> list[int]:
    out, stack = [], [i]
    while stack:
        k = stack.pop()
        out.append(k)
        stack += p.kids[k]
    return out


def _other_side(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """Two opposite comparatives, one said of what the other compares with: the same fact told
    from the other side ("growth of 0.6%, lower than the 1.1% it forecast" / "its forecast of 1.1%
    was higher")."""
    if ctx.source.tokens[a.head].tag not in _COMPARATIVE_TAGS or ctx.copy.tokens[b.head].tag not in _COMPARATIVE_TAGS:
        return False
    return bool((b.agent - {_PRON}) & _than_side(ctx.source, a.head) or (a.agent - {_PRON}) & _than_side(ctx.copy, b.head))


#: prepositions whose object receives what a verb does ("a claim against X", "sold it to X"):
#: "with" and "between" are left out, since both parties of them do it, and "from" and "of", whose
#: object is mostly a source or a part ("revenue from advertisers", "10% of the sale")
_RECEIVING = frozenset({"against", "to", "on", "over", "for", "at", "into", "upon"})
#: verbs that may be told from either party's side: deeds both parties do to each other ("A met B" =
#: "B met A"), and "be missing" ("envelopes were missing a signature" = "a signature was missing")
EITHER_SIDE = frozenset({
    "miss", "meet", "clash", "fight", "battle", "collide", "face", "play", "draw", "tie", "marry", "merge", "partner",
    "compete", "debate", "negotiate", "talk", "agree", "trade", "swap", "exchange", "share", "split", "divorce",
    "resemble", "match", "equal", "border", "rival", "join", "contact", "phone", "call", "email", "embrace",
    "sign", "pass",  # "Cooper signed for Gateshead" = "Gateshead signed Cooper"; "the bill passed the House"
})
#: nouns that name a body or a party that can act on another ("the authority has sued the
#: company", "homeowners sued their insurer"); with
#: names and role words (:data:`factdiff.roles.ROLE_WORDS`), the parties whose sides are compared
_BODIES = frozenset({
    "authority", "council", "company", "firm", "government", "court", "board", "committee", "agency", "union",
    "club", "party", "state", "city", "county", "ministry", "department", "regulator", "bank", "team", "school",
    "district", "university", "hospital", "police", "army", "group", "coalition", "alliance", "association",
    "commission", "parliament", "congress", "senate", "administration", "office", "insurer", "airline",
    "developer", "contractor", "guild", "federation", "league", "network", "newspaper", "trust", "charity",
    "festival", "orchestra", "chain", "operator", "utility", "supplier", "manufacturer", "maker", "buyer", "seller",
    "homeowner", "tenant", "landlord", "policyholder",
})


def _names(t: Token, p: _Parse) -> set[str]:
    """The nouns that name a party: its head and those it is coordinated with ("A and B")."""
    out = set()
    # "A and B sued C": both; a conjunct of a word that names no party is a misparse's guess
    if p.doc.in_dateline(t):
        # "ADELAIDE, South Australia (Coastline Press) — Farmers' groups accused ...", parsed with the
        # dateline as the subject and the subject as its apposition
        return {n for a in p.children(t.i, "appos") if not p.doc.in_dateline(a) for n in _names(a, p)}
    for x in (t, *(p.children(t.i, "conj") if _party_word(t) else ())):
        if p.doc.in_dateline(x):
            continue
        if x.pos in ("NOUN", "PROPN"):
            out.add(x.lower if x.pos == "PROPN" else x.lemma.lower())
    return out


def _receivers(p: _Parse, v: Token, agent_at: int) -> set[str]:
    """The parties a verb acts on: its objects, a passive subject, and the objects of a receiving
    preposition on the verb or on its object ("filed a claim against Solvang"), with the subject
    of an infinitive spaCy hangs on it ("sued the company to recover $4m")."""
    out: set[str] = set()

    def take(t: Token, depth: int) -> None:
        out.update(_names(t, p))
        if depth < 2:
            for prep in p.children(t.i, "prep"):
                if prep.lower in _RECEIVING:
                    for o in p.children(prep.i, "pobj"):
                        take(o, depth + 1)

    for c in p.children(v.i):
        if c.i == agent_at:
            continue
        if c.dep in ("dobj", "dative", "nsubjpass", "oprd"):
            take(c, 0)
        elif c.dep == "prep" and c.lower in _RECEIVING:
            for o in p.children(c.i, "pobj"):
                take(o, 1)
        elif c.dep in ("ccomp", "xcomp") and any(x.lower == "to" for x in p.children(c.i, "aux")):
            for s in p.children(c.i, "nsubj"):
                take(s, 1)
    return out


def _party_word(t: Token) -> bool:
    return t.pos == "PROPN" or (t.pos == "NOUN" and (t.lemma in ROLE_WORDS or t.lemma in _BODIES))


def _parties(doc: Document, sentence: int) -> set[str]:
    """The words of a sentence that may name a party: names, role words and bodies."""
    return {t.lower if t.pos == "PROPN" else t.lemma.lower() for t in doc.sentence_tokens(sentence) if _party_word(t)}


def _doer(doc: Document, pred: Predicate) -> tuple[_Parse, set[str]] | None:
    if pred.agent_at is None or pred.kind != "verb":
        return None
    p = _parse(doc)
    t = doc.tokens[pred.agent_at]
    # a pronoun doer stays unnamed: it matches no party, so a named one moved into its place counts
    names = {_PRON} if t.pos == "PRON" and t.lower not in _WH else _names(t, p)
    return (p, names) if names else None


def _objects(p: _Parse, v: int) -> set[str]:
    return {w for c in p.children(v, "dobj", "dative", *_PASS_SUBJ) for w in _names(c, p)}


def _bare_participle(p: _Parse, v: int) -> bool:
    """A participle hung on another clause ("..., discussing the overtime rules"): the parse's
    subject for it is a guess."""
    t = p.tok(v)
    return t.tag in ("VBG", "VBN") and t.dep in ("advcl", "acl", "xcomp", "amod", "conj") and not p.children(v, "aux", "auxpass")


def _has_object(p: _Parse, v: int) -> bool:
    return bool(p.children(v, "dobj", "dative", *_PASS_SUBJ)) or any(
        p.children(c.i, "nsubj") and any(x.lower == "to" for x in p.children(c.i, "aux")) for c in p.children(v, "ccomp"))


def _by_unread(p: _Parse, v: int) -> bool:
    """A "by" phrase on a verb the parse reads as active: a headline's passive ("Marlow Polymers
    fined £2.4 million by regulator"), whose subject is not the doer."""
    return not p.children(v, *_PASS_SUBJ) and any(c.lower == "by" and p.children(c.i, "pobj") for c in p.children(v, "prep"))


def moved_party(ctx: Context, a: Predicate, b: Predicate) -> str | None:
    """A party that changed sides of the same deed while the other party was named otherwise:
    "his client filed a claim against Solvang" → "Solvang filed a claim against Brennecke", "the
    authority has sued the company" → "Bay State Dredging has sued the authority". Returns the
    party's name, or None. The full swap with both parties named alike is the matcher's
    (``detectors.meaning``); a mutual deed ("met", "merged"), a copy doer the source also shows
    doing it, and a doer named in both are no reversal."""
    if a.lemma != b.lemma or a.lemma in EITHER_SIDE:
        return None
    da, db = _doer(ctx.source, a), _doer(ctx.copy, b)
    if da is None or db is None:
        return None
    (pa, doers_a), (pb, doers_b) = da, db
    if doers_a & doers_b:
        return None
    assert a.agent_at is not None and b.agent_at is not None
    if any(_by_unread(p, v) or _bare_participle(p, v) for p, v in ((pa, a.head), (pb, b.head))):
        return None
    parties_a, parties_b = _parties(ctx.source, a.sentence), _parties(ctx.copy, b.sentence)
    got_a = _receivers(pa, ctx.source.tokens[a.head], a.agent_at)
    got_b = _receivers(pb, ctx.copy.tokens[b.head], b.agent_at)
    # a deed's object can be told as its subject where the other text gives the verb no object ("X
    # narrowed the gap" / "the gap narrowed"); a party moved out of a preposition cannot ("acted on
    # advice from the director" / "the director acted on her advice")
    out = doers_a & got_b
    if out and not _has_object(pa, a.head) and out & _objects(pb, b.head):
        out = set()
    into = doers_b & got_a
    if into and not _has_object(pb, b.head) and into & _objects(pa, a.head):
        into = set()
    moved = {w for w in out | into if w in parties_a | parties_b}
    if not moved:
        return None
    # the source tells the copy's doer doing it somewhere too (a suit and a counter-suit)
    for si in range(len(ctx.source.sentences)):
        for x in sentence_predicates(ctx.source, si):
            if x.lemma == b.lemma and (si, x.head) != (a.sentence, a.head):
                dx = _doer(ctx.source, x)
                if dx is not None and dx[1] & doers_b:
                    return None
    return sorted(moved)[0]


def _sentence_lemmas(doc: Document, si: int) -> frozenset[str]:
    return frozenset(p.lemma for p in sentence_predicates(doc, si))


def _coordinated(doc: Document, i: int) -> list[str]:
    """Lemmas of the words coordinated with token ``i`` ("growth and decline"); nouns and modifiers."""
    p = _parse(doc)
    t = doc.tokens[i]
    out = [c.lemma for c in p.children(i, "conj")]
    h = p.head(i)
    if t.dep == "conj" and h is not None:
        out.append(h.lemma)
        out += [c.lemma for c in p.children(h.i, "conj") if c.i != i]
    return out


def _acts_on_object(p: _Parse, v: Predicate) -> bool:
    """The verb's object is what it acts on, not a doer it makes or stops doing something
    ("prevented Viacom from using the name", "ordered Viacom to stop")."""
    return not p.children(v.head, "xcomp", "ccomp") and not any(
        c.lower == "from" and p.children(c.i, "pcomp") for c in p.children(v.head, "prep")
    )


def denies(ctx: Context, a: Predicate, b: Predicate) -> bool:
    """One verb denies the act the other does to the same object: "took bribes" / "refused bribes",
    "presented the first proof" / "denied the first proof" (:data:`lexicon.DENYING_VERBS`).

    The other verb must report the act done (:data:`lexicon.AFFIRMING_VERBS`: "faced the charges"
    and "denied the charges" agree), the object must be what both act on (not a doer: "prevented
    Viacom from using"), and the two must be said by the same doer, or by one the parse cannot name.
    """
    if a.kind != "verb" or b.kind != "verb":
        return False
    if not ({a.lemma, b.lemma} & lx.DENYING_VERBS and {a.lemma, b.lemma} & lx.AFFIRMING_VERBS):
        return False
    if _overlap(a.patient, b.patient) < 1.0:
        return False  # the same thing refused and taken
    if not (_acts_on_object(_parse(ctx.source), a) and _acts_on_object(_parse(ctx.copy), b)):
        return False
    if not (a.agent and b.agent):
        return True
    return bool(a.agent & b.agent - {_PRON}) or a.agent == b.agent == {_PRON}


def _shares_argument(a: Predicate, b: Predicate) -> bool:
    """The two predicates name at least one argument or context word in common."""
    return bool((a.agent | a.patient | a.context) & (b.agent | b.patient | b.context) - {_PRON})


@dataclass(frozen=True, slots=True)
class Group:
    """A copy predicate, the source predicates it may restate, and whether a plain rewording explains it.

    ``reworded`` is true when the copy word sits exactly where an unrelated source word sits (the
    diff of the two sentences replaces one by the other) about the same arguments: "assisting the
    member" → "supporting the member" is then read as a rewording, even though a different source
    word ("attacked") is an antonym of "supporting". Only a source word of the copy word's polarity
    can be what it rewords: "can truly benefit you" does not explain away "cannot save you time".
    """

    copy: Predicate
    found: tuple[Match, ...]
    reworded: bool
    #: the copy word occurs nowhere in the source (by lemma), so it cannot be a restatement of it
    novel: bool = False
    #: source predicates another word of the same copy sentence restates at least as well
    #: ("was convicted of three counts, and acquitted of a fourth": "found guilty" is "convicted"'s)
    taken: frozenset[tuple[int, int]] = frozenset()
    #: source predicates this word matches consistently that the same word, said again in its copy
    #: sentence, restates better: "increasing its dividend ... and increasing net debt" against "an
    #: increase in the dividend" and "net debt to fall": the first "increasing" is the dividend's
    claimed: frozenset[tuple[int, int]] = frozenset()
    #: a sentence the copy sentence restates holds a synonym of the copy word, about other words
    #: ("the number of rentals fell" for "rentals declined in number", "opened an investigation"
    #: for "an inquiry it has launched")
    alike: bool = False

    def consistent(self) -> list[Match]:
        return [m for m in self.found if not m.flipped]

    @property
    def contradicted(self) -> Match | None:
        """The best flipped match, when it is better evidence than every consistent one."""
        flipped = [m for m in self.found if m.flipped]
        if not flipped or self.reworded:
            return None
        top = best(flipped)
        if (self.consistent() or top.relation > 0 or self.alike) and (top.source.sentence, top.source.head) in self.taken:
            # the copy word has a counterpart of its own, and the antonym is another word's; or another
            # copy word restates this source word better ("did not hold hearings it was required to hold")
            return None
        floor = NOVEL_FLIP_SCORE if self.novel and top.relation < 0 else MIN_FLIP_SCORE.get(top.copy.kind, MIN_SCORE)
        if top.score < floor:
            return None  # nouns and attributes carry little context: ask for more evidence
        same = [m for m in self.consistent() if (m.source.sentence, m.source.head) not in self.claimed]
        if top.relation > 0:
            # "neither confirmed nor denied" → "confirmed": a denied antonym beside the copy's own
            # word, denied too, says the source commits to neither; it does not back the copy
            same = [m for m in same if not (m.relation < 0 and m.source.negated and m.source.sentence == top.source.sentence)]
        if same and _key(best(same)) >= _key(top):
            return None
        # the source says this very word about the same things: a reordering ("started early and
        # finished late" → "finished late after starting early"), unless the antonym fits far better
        own = [m for m in same if m.source.lemma == self.copy.lemma and m.linked]
        if own and max(_key(m) for m in own) >= _key(top) - SAME_WORD_MARGIN:
            return None
        return top


def _key(m: Match) -> float:
    return m.score + (0.5 if m.linked else 0.0)


def matches(ctx: Context) -> list[Group]:
    """For each copy predicate that has counterparts: every source predicate it may restate."""
    cached = ctx.cache.get("meaning.matches")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: list[Group] = []
    lemmas = source_lemmas(ctx.source)
    for cj in range(len(ctx.copy.sentences)):
        cands = candidate_sentences(ctx, cj)
        if not cands:
            continue
        here = sentence_predicates(ctx.copy, cj)
        for b in here:
            found: list[Match] = []
            slot = 0.0
            slot_heads: set[tuple[int, int]] = set()  # the source words the copy word may reword
            in_place = 0.0  # an antonym sitting exactly where the copy word sits
            novel = b.lemma not in lemmas
            alike = False
            partners = _coordinated(ctx.copy, b.head) if b.kind in ("noun", "adj", "adv") else []
            for si, linked in cands:
                if linked and b.kind == "verb" and not alike:  # "opened an investigation" read as "investigate"
                    alike = any(t.pos == "VERB" and t.lemma != b.lemma and lx.relation(t.lemma, b.lemma) > 0
                                for t in ctx.source.sentence_tokens(si))
                for a in sentence_predicates(ctx.source, si):
                    rel = lx.relation(a.lemma, b.lemma)
                    if rel < 0 and (same_compound(ctx.source, a.head, ctx.copy, b.head)
                                    or judged(ctx.source, a.head) or judged(ctx.copy, b.head)):
                        rel = 0  # "long-running" / "long-standing"; "found to have cheated" is no "find" of "lose"
                    if rel < 0 and "noun" in (a.kind, b.kind) and a.kind != b.kind and lx.verb_only(a.lemma, b.lemma):
                        rel = 0  # "pesticide levels" / "raised risk": "level" is "raise"'s opposite as a verb
                    if rel == 0 and "adj" in (a.kind, b.kind) and a.kind != b.kind and (
                        ctx.source.tokens[a.head].lower == ctx.copy.tokens[b.head].lower
                    ) and (_overlap(a.agent, b.agent) == 1.0 or _non_prefixed(_parse(ctx.source), ctx.source.tokens[a.head])
                           or _non_prefixed(_parse(ctx.copy), ctx.copy.tokens[b.head])):
                        rel = 1  # one word parsed two ways: "is non-binding" (adjective), "is binding" (verb)
                    if rel == 0 and denies(ctx, a, b) and b.lemma not in _sentence_lemmas(ctx.source, si):
                        rel = -1  # "took bribes" / "refused bribes" (unless the source says "took" too)
                    if rel < 0 and _other_side(ctx, a, b):
                        rel = 1  # "0.6%, lower than the 1.1% it forecast" / "its forecast of 1.1% was higher"
                    if rel == 0 and a.kind in _MODIFIERS and b.kind in _MODIFIERS:
                        rel = -1 if lx.prefixed_opposites(a.lemma, b.lemma) else 0
                    if rel == 0:
                        if linked and a.kind == b.kind and a.negated == b.negated and _same_place(ctx, a, b) and not (
                            a.lemma in _HOLDING and _parse(ctx.source).children(a.head, "oprd", "ccomp", "acomp")
                        ) and not any(x is not b and _restates(ctx, a, x) for x in here):
                            # "kept rates unchanged" is read on "unchanged", not on "kept"; a source word
                            # another copy word restates is no word this one rewords
                            slot = max(slot, _score(ctx, a, b))
                            slot_heads.add((si, a.head))
                        continue
                    if rel > 0 and linked and a.kind == b.kind:
                        alike = True
                    if rel < 0 and any(lx.relation(a.lemma, w) > 0 for w in partners):
                        continue  # "growth and decline": the copy names both directions
                    if rel < 0 and a.modality != b.modality and lx.UNCHANGED & {a.lemma, b.lemma}:
                        continue  # "left rates unchanged" / "signalled it could cut them": no clash
                    if rel < 0 and lx.converse(a.lemma, b.lemma) and (a.agent or b.agent) and not (a.agent & b.agent - {_PRON}):
                        continue  # "A sold it to B" / "B bought it from A": one deal, seen from each side
                    if rel > 0 and not linked and _light_apart(a, b):
                        continue  # "won't have to spend hours" / "doesn't have smart navigation"
                    if rel < 0 and a.kind == b.kind == "verb" and scope_only(a.lemma, b.lemma):
                        rel = 0  # "narrows the race" / "complete the recount": scope words, used as verbs
                    if rel < 0 and (_season(ctx.source, a) or _season(ctx.copy, b)):
                        rel = 0  # "applications for the coming fall" names a season, not a drop
                    if rel < 0 and asked(ctx.source, a.head) and asked(ctx.copy, b.head):
                        rel = 1  # "whether she would veto it" / "whether she will sign it": one open question
                    score = _score(ctx, a, b)
                    m = Match(b, a, rel, linked, score)
                    if rel < 0 and m.flipped and linked and _same_place(ctx, a, b):
                        in_place = max(in_place, score)
                    if score >= MIN_SCORE or (novel and rel < 0 and m.flipped and _shares_argument(a, b) and (
                        linked or (a.agent | a.patient) & (b.agent | b.patient) - {_PRON}
                    )):  # in a sentence the copy does not restate, the antonym must be said of the same thing
                        found.append(m)
            if not any(m.relation > 0 for m in found):
                found += _elsewhere(ctx, b, {si for si, _ in cands})
            if b.lemma in lx.NEUTRAL_REPORTING and found:
                found = _same_telling(ctx, b, found, [si for si, _ in cands])
            if found:
                top = max(m.score for m in found if m.flipped) if any(m.flipped for m in found) else 0.0
                # a rewording of another word, unless the source says this very word about it
                # ("disappointing but not alarming" → "alarming" drops a "not")
                said = any(m.source.lemma == b.lemma and m.linked for m in found)
                # ... nor when the antonym is that word's own object: "had recommended approval" →
                # "had rejected the plan" rewords the verb and turns its object around
                objects = any(m.flipped and m.score == top and (m.source.sentence, ctx.source.tokens[m.source.head].head) in slot_heads
                              and ctx.source.tokens[m.source.head].dep == "dobj" for m in found)
                reworded = slot >= MIN_SCORE and slot >= top and in_place < slot and not said and not objects
                out.append(Group(b, tuple(found), reworded=reworded, novel=novel, alike=alike))
    out = _taken(out)
    ctx.cache["meaning.matches"] = out
    return out


#: words of scope ("narrow", "complete", "full"), opposites as adjectives only
_SCOPE_WORDS = lx.CLASSES["full_scope"] | lx.CLASSES["limited_scope"]


def same_compound(src: Document, i: int, cop: Document, j: int) -> bool:
    """Tokens ``i`` and ``j`` close hyphenated compounds with one first part ("long-running" /
    "long-standing"): the compounds, not their tails, carry the meaning ("year-old" is still read
    against "young", and "energy-efficient" against "energy-inefficient")."""
    return _compound_tail(src, i) and _compound_tail(cop, j) and src.tokens[i - 2].lower == cop.tokens[j - 2].lower and (
        not lx.prefixed_opposites(src.tokens[i].lower, cop.tokens[j].lower))  # "energy-efficient" / "energy-inefficient"


def _compound_tail(doc: Document, i: int) -> bool:
    return i >= 2 and doc.tokens[i - 1].text == "-" and doc.tokens[i - 1].end == doc.tokens[i].start and (
        doc.tokens[i - 2].end == doc.tokens[i - 1].start and doc.tokens[i - 2].text[:1].isalpha())


def judged(doc: Document, i: int) -> bool:
    """Token ``i`` is the "find" of a judgment ("a player found to have cheated", "found that X",
    "found him guilty"), not of locating something: it has no opposite in "lose"."""
    return doc.tokens[i].lemma == "find" and bool(_parse(doc).children(i, "xcomp", "ccomp", "oprd", "acomp"))


def scope_only(a: str, b: str) -> bool:
    """Whether two opposite lemmas are opposites only as words of scope, which verbs are not
    ("narrows the race" / "complete the recount"), and WordNet does not file them as antonyms."""
    return bool({a, b} & _SCOPE_WORDS) and b not in lx.antonyms().get(a, frozenset())
#: words that make the noun "fall" the season ("the coming fall", "this fall", "the fall semester")
_SEASON_WORDS = frozenset({"coming", "next", "last", "this", "early", "late", "previous", "semester", "term", "season",
                           "autumn", "winter", "spring", "summer"})


def _season(doc: Document, pred: Predicate) -> bool:
    """Whether a noun "fall" is the season: "applications for the coming fall are up 8%"."""
    if pred.lemma != "fall" or pred.kind != "noun":
        return False
    t = doc.tokens[pred.head]
    near = {c.lower for c in _parse(doc).children(t.i)} | {doc.tokens[k].lower for k in (t.i - 1, t.i + 1)
                                                            if 0 <= k < len(doc.tokens)}
    return bool(near & _SEASON_WORDS)


def _same_telling(ctx: Context, b: Predicate, found: list[Match], sentences: list[int]) -> list[Match]:
    """A verb of saying is compared with the source's saying of the same thing: "she would not say
    what the tour had cost" restates "she declined to say how much the tour had cost", not "it may
    repay the amounts, she said" beside it. A flipped match drops out where a sentence the copy
    sentence restates has a saying of the copy's polarity about more of the copy's words."""
    mine = _told(ctx.copy, b)
    if not mine:
        return found
    agreeing = max((len(mine & _told(ctx.source, a)) for si in sentences for a in sentence_predicates(ctx.source, si)
                    if a.negated == b.negated and lx.relation(a.lemma, b.lemma) > 0), default=0)
    if not agreeing:
        return found
    return [m for m in found if not (m.flipped and len(mine & _told(ctx.source, m.source)) < agreeing)]


def _told(doc: Document, pred: Predicate) -> frozenset[str]:
    """The content lemmas of what a verb of saying says (its clause)."""
    p = _parse(doc)
    out: set[str] = set()
    for c in p.children(pred.head, "ccomp", "parataxis"):
        out.update(p.tok(k).lemma for k in _subtree(p, c.i)
                   if p.tok(k).pos in ("NOUN", "PROPN", "NUM", "VERB", "ADJ") and not p.tok(k).is_stop)
    return frozenset(out)


def asked(doc: Document, i: int) -> bool:
    """Whether token ``i`` stands in an open question: "whether she would veto the bill", "whether
    to extend or to end the duties", "whether the plan is legal"."""
    p = _parse(doc)
    t: Token | None = doc.tokens[i]
    for _ in range(4):
        if t is None:
            return False
        if any(m.lower in lx.QUESTION_MARKS for m in p.children(t.i, "mark")):
            return True
        if t.pos in ("VERB", "AUX") and t.dep != "conj":
            return False  # the clause's own verb: no mark on it
        t = p.head(t.i) if t.dep != "ROOT" else None
    return False


def _taken(groups: list[Group]) -> list[Group]:
    """Mark, per group, the source predicates another predicate of its copy sentence restates
    (a consistent match scoring at least as well as this group's flipped match of them)."""
    # (copy sentence, source sentence, source head) -> the best consistent score, its copy word and lemma
    restated: dict[tuple[int, int, int], tuple[float, int, str]] = {}
    for g in groups:
        for m in g.consistent():
            k = (g.copy.sentence, m.source.sentence, m.source.head)
            if m.score > restated.get(k, (-1.0, -1, ""))[0]:
                restated[k] = (m.score, g.copy.head, g.copy.lemma)
    out = []
    for g in groups:
        taken = frozenset(
            (m.source.sentence, m.source.head) for m in g.found if m.flipped
            and restated.get((g.copy.sentence, m.source.sentence, m.source.head), (-1.0,))[0] >= m.score
        )
        claimed = frozenset(  # by the same word said twice ("a jump in sales" and "a surge in sales"
            (m.source.sentence, m.source.head) for m in g.consistent()  # may both restate "sales rose")
            if (r := restated[(g.copy.sentence, m.source.sentence, m.source.head)])[1] != g.copy.head and r[0] > m.score
            and r[2] == g.copy.lemma
        )
        out.append(replace(g, taken=taken, claimed=claimed) if taken or claimed else g)
    return out


#: a source predicate outside the candidate sentences must share this much with the copy's
#: (an argument and the context, or both arguments) to count as the one it restates
ELSEWHERE_SCORE = 1.5


def _by_lemma(doc: Document) -> dict[str, list[Predicate]]:
    """Every predicate of a document, by lemma (cached)."""
    got = doc._cache.get("meaning.by_lemma")
    if got is None:
        got = doc._cache["meaning.by_lemma"] = {}
        for si in range(len(doc.sentences)):
            for a in sentence_predicates(doc, si):
                got.setdefault(a.lemma, []).append(a)
    return got  # type: ignore[no-any-return]


def _elsewhere(ctx: Context, b: Predicate, searched: set[int]) -> list[Match]:
    """The same predicate, about the same things, in a source sentence the alignment did not offer.

    A summary sentence draws on sentences far apart ("contact IT if the website is not working"
    may sit three paragraphs away from what the sentence restates): with no candidate sentence
    holding the copy's predicate, the whole source is searched for it, by lemma.
    """
    out = []
    for a in _by_lemma(ctx.source).get(b.lemma, []):
        if a.sentence in searched or a.kind != b.kind:
            continue
        score = _score(ctx, a, b)
        if score >= ELSEWHERE_SCORE:
            out.append(Match(b, a, 1, False, score))
    return out


def best(found: Sequence[Match]) -> Match:
    """The match with the most evidence (a linked sentence counts half a shared argument)."""
    return max(found, key=lambda m: (_key(m), m.relation))
