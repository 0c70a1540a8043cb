"""Word swaps: a copy word replaced by its opposite, wherever the parse puts it.

:mod:`factdiff.predicates` compares claim-bearing words (verbs, predicative adjectives, event
nouns). Opposites also hide in words that carry no claim of their own: prepositions and
determiners ("before" / "after", "more" / "fewer"), adverbs of time ("early" / "late"),
comparatives in a small clause ("made it easier" / "made it harder"). A :class:`Swap` is such a
pair, read on tokens:

* the two words are opposites (:func:`factdiff.lexicon.relation` is ``-1``, or one is the other
  with a negative prefix);
* the copy word is not restated and the source word is not kept: one replaced the other, they do
  not stand side by side. Counted, not just looked up: a source sentence that says "higher" twice
  and a copy that keeps one "higher" and turns the other into "lower" still has a swap; and a copy
  word counts as restated only where the source says it of the same things (a shared head or
  dependent), so "a 4 % increase" does not cover "an increase in trial participants";
* both sit in clauses of the same polarity ("rejected" → "did not accept" says the same);
* the two stand in the same place: the word diff of a closely aligned pair puts one where the other
  was, or both hang off the same head word or govern the same word (by lemma), directly or
  through a preposition ("higher than the year-ago quarter" / "lower than the year-ago quarter").

Where the lexicon knows no pair, two content words of clearly opposite tone in the VADER lexicon
("success" / "disaster", "highlight" / "ignore") are a swap too, but only in the same place of the
word diff of a closely aligned pair (:func:`factdiff.lexicon.opposite_valence`).

The opposite is looked for in the source sentences the copy sentence restates; when none holds it,
in any source sentence, where only a shared head or dependent counts (a summary sentence draws on
sentences it does not restate as a whole), unless a restated sentence holds the copy word in
another form or a synonym ("recommended approval" for "recommended that the plan be approved").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import lexicon as lx
from .context import Context
from .document import Document, Token
from .predicates import (
    _parse,
    asked,
    clause_negated,
    closely_aligned,
    judged,
    read_on_complement,
    same_compound,
    scope_only,
    sentence_predicates,
    token_place,
    verb_particle,
)
from .support import restated_sentences, sentence_counts, subtree, token_keys

#: parts of speech a swapped word may have
_POS = {"ADJ", "ADV", "ADP", "DET", "VERB", "NOUN", "SCONJ"}
#: words too vague to compare ("more" / "less" as a stand-alone adverb of degree is kept)
_SKIP = frozenset({"be", "have", "do", "get", "make", "take", "go", "come", "give", "say", "put", "set",
                   "in", "out", "on", "off", "up", "down", "over", "under", "to", "from", "with", "for",
                   "of", "by", "at", "about", "into", "onto", "as", "the", "a", "an", "this", "that",
                   "here", "there", "then", "now", "one", "other", "same", "different", "well"})
#: negators and their polar partners are the polarity detector's business
_NEGATION = lx.NEGATORS | lx.NEGATIVE_PRONOUNS | lx.EXCLUDING | {"ever", "any", "anything", "anyone"}
#: quantifiers ("all" / "some"): swapped only in the same place of a closely aligned pair, where
#: neither clause is negated ("not all of them came" says "some did not come"), and not as an
#: approximation ("some 300 people")
_QUANTIFIERS = lx.CLASSES["universal"] | lx.CLASSES["partial"]
#: function-word parts of speech: their neighbourhood must be a content word
_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


@dataclass(frozen=True, slots=True)
class Swap:
    """A source token and the copy token that replaced it with its opposite."""

    source: int  #: source token index
    copy: int  #: copy token index
    how: str  #: "same place" (word diff), "same head" / "same dependent" (parse), or "valence" (word diff, opposite tone)
    linked: bool


def _opposite(a: Token, b: Token) -> bool:
    """Opposites by lemma or by word form ("more" / "fewer", whose lemmas are "more" / "few"); a
    noun is no opposite of a verb or an adjective ("pesticide levels" / "raised risk": "level" is
    "raise"'s opposite only as a verb)."""
    if "NOUN" in (a.pos, b.pos) and {a.pos, b.pos} & {"VERB", "ADJ"}:
        return False
    if lx.relation(a.lemma, b.lemma) < 0 or lx.relation(a.lower, b.lower) < 0:
        return True
    if a.pos in ("ADJ", "ADV") and b.pos in ("ADJ", "ADV"):
        return lx.prefixed_opposites(a.lemma, b.lemma) or lx.prefixed_opposites(a.lower, b.lower)
    return False


def _comparable(t: Token, doc: Document) -> bool:
    """A word of a part of speech that can be swapped ("some of the victims" is a pronoun), and
    not a degree asked about ("how far they lived") nor a bound on a figure ("older than 65",
    the number detector's)."""
    if not (t.pos in _POS or (t.pos == "PRON" and t.lower in _QUANTIFIERS)):
        return False
    if t.i > 0 and doc.tokens[t.i - 1].lower == "how":
        return False
    if verb_particle(doc, t):
        return False  # "pushed back against": the particle is its verb's
    nxt = doc.tokens[t.i + 1 : t.i + 3]
    return not (t.tag in ("JJR", "RBR") and len(nxt) == 2 and nxt[0].lower == "than" and (nxt[1].like_num or nxt[1].pos == "NUM"))


def _approximation(doc: Document, t: Token) -> bool:
    """Whether ``t`` is "some" before a number ("some 300 people" says "about", not "part of")."""
    nxt = doc.tokens[t.i + 1] if t.i + 1 < len(doc.tokens) else None
    return t.lower == "some" and nxt is not None and (nxt.pos == "NUM" or nxt.like_num)


def _valence_flip(src: Document, a: Token, cop: Document, b: Token) -> bool:
    """Content words of clearly opposite tone that are not synonyms ("success" / "disaster"); an
    adjective after "too" finds fault, whatever its own tone ("the fine was too small" / "generous")."""
    if a.pos not in _CONTENT or b.pos not in _CONTENT or a.lemma in _SKIP or b.lemma in _SKIP:
        return False
    if not lx.opposite_valence(tone(src, a), tone(cop, b)):
        return False  # the table lookup first: most pairs end here
    return lx.relation(a.lemma, b.lemma) <= 0


#: the tone of an adjective that "too" makes a complaint ("too small", "too slow")
_EXCESS = -1.5


def tone(doc: Document, t: Token) -> float:
    """A word's VADER valence, or the fault "too" finds with an adjective."""
    v = lx.valence(t.lower, t.lemma)
    return _EXCESS if excess(doc, t) and v >= 0 else v


def excess(doc: Document, t: Token) -> bool:
    """Whether ``t`` is an adjective after "too" ("too small")."""
    return t.pos == "ADJ" and t.i > 0 and doc.tokens[t.i - 1].lower == "too"


def _other_side(src: Document, v: Token, cop: Document, w: Token) -> bool:
    """Converse verbs with different subjects: one event told from its other side ("sell" / "buy")."""
    if not lx.converse(v.lemma, w.lemma):
        return False
    a = next((p for p in sentence_predicates(src, v.sentence) if p.head == v.i), None)
    b = next((p for p in sentence_predicates(cop, w.sentence) if p.head == w.i), None)
    return a is not None and b is not None and bool(a.agent) and bool(b.agent) and not (a.agent & b.agent)


def _kept(cop: Document, cj: int, v: Token) -> bool:
    """Whether copy sentence ``cj`` says source word ``v`` in other words ("rejects" → "turns down"),
    so a word of another tone beside it ("improved bid") is not what replaced it."""
    words = {t.lemma for t in cop.sentence_tokens(cj)} | {p.lemma for p in sentence_predicates(cop, cj)}
    return any(lx.relation(v.lemma, x) > 0 for x in words)


def _same_order(src: Document, v: Token, cop: Document, w: Token) -> bool:
    """Whether "before" / "after" order the same two things: both the word it hangs on and its
    object share a word ("voted before the hearing" / "voted after the hearing"). Else the copy may
    tell the order from the other side ("X after Y" → "Y before X")."""
    def ends(doc: Document, t: Token) -> tuple[set[str], set[str]]:
        p = _parse(doc)
        h = p.head(t.i)
        objs = [g for g in p.children(t.i) if g.dep in ("pobj", "pcomp")]
        under = {doc.tokens[i].lemma for g in objs for i in subtree(doc, g.i) if doc.tokens[i].pos in _CONTENT}
        return ({h.lemma} if h is not None else set()), under

    (hv, ov), (hw, ow) = ends(src, v), ends(cop, w)
    return bool(ov & ow) and any(lx.relation(a, b) > 0 for a in hv for b in hw)


def _neighbours(doc: Document, t: Token) -> set[str]:
    """Content lemmas of a token's head, of its direct dependents and of its prepositions' objects."""
    p = _parse(doc)
    out: set[str] = set()
    h = p.head(t.i)
    if h is not None and h.pos in _CONTENT and h.lemma not in lx.LIGHT:
        out.add("^" + h.lemma)
    if h is not None and t.dep == "amod":
        # an apposition names the described thing again ("Anchor, a paid podcast tool" / "the free anchor app")
        top = h
        while top.dep == "compound" and (up := p.head(top.i)) is not None and up.i != top.i:
            top = up
        named = [top, p.head(top.i)] if top.dep == "appos" else [top]
        out.update("^" + x.lemma for x in [*named, *p.children(top.i, "appos")] if x is not None and x.pos in ("NOUN", "PROPN"))
    for c in p.children(t.i):
        if c.pos in _CONTENT and not c.is_stop:
            out.add("v" + c.lemma)
        elif c.pos == "ADP":
            out.update("v" + g.lemma for g in p.children(c.i) if g.pos in _CONTENT and not g.is_stop)
    if t.pos == "ADJ" or (t.tag == "VBN" and t.dep == "amod"):  # the nouns it stands before, whatever the parse says ("lower grain costs")
        for u in doc.tokens[t.i + 1 : t.i + 4]:
            if u.pos not in ("NOUN", "PROPN") or u.sentence != t.sentence:
                break
            out.add("^" + u.lemma)
    return out


def _covered(t: Token, have: Counter[str], need: Counter[str]) -> bool:
    """Whether ``have`` holds token ``t``'s word at least as often as ``need`` does."""
    return any(need[k] and have[k] >= need[k] for k in {t.lemma, t.lower})


def _swap_in(
    ctx: Context, si: int, w: Token, near_w: set[str], here: Counter[str], there: Counter[str], linked: bool, by_place: bool
) -> Swap | None:
    """The token of source sentence ``si`` that copy token ``w`` replaced by its opposite, if any.

    ``here`` / ``there`` count the words of the copy sentence and of sentence ``si``; ``by_place``
    allows a match by word-diff position (closely aligned pairs only), else the two must share a
    head or a dependent.
    """
    src, cop = ctx.source, ctx.copy
    for v in src.sentence_tokens(si):
        if not _comparable(v, src) or v.lower in _NEGATION or _covered(v, here, there):
            continue
        if same_compound(src, v.i, cop, w.i) or judged(src, v.i) or judged(cop, w.i):
            continue  # "long-running" / "long-standing"; "found to have cheated" / "lose titles"
        lexical = _opposite(v, w)
        if not lexical and not (by_place and _valence_flip(src, v, cop, w) and not _kept(cop, w.sentence, v)):
            continue
        if lexical and _other_side(src, v, cop, w):
            continue  # "the company sold it to the bank" / "the bank bought it"
        if lexical and {v.lower, w.lower} == {"for", "against"} and not (_side(src, v) and _side(cop, w)):
            continue  # "file for approval" / "filed a lawsuit against a rival": no side taken
        if lexical and _kept(cop, w.sentence, v) and _reworded(src, [(si, linked)], w):
            continue  # "rose ..., while rentals fell" → "climbed ..., while rentals declined": both kept
        if lexical and v.pos == w.pos == "VERB" and scope_only(v.lemma, w.lemma):
            continue  # "narrows the race" / "complete the recount": scope words, used as verbs
        if {v.lower, w.lower} == {"before", "after"} and not _same_order(src, v, cop, w):
            continue  # "comes two months after the ruling" → "two months before the recall, ..."
        if asked(src, v.i) and asked(cop, w.i):
            continue  # "whether she would veto it" / "whether she will sign it": one open question
        if read_on_complement(src, v) or read_on_complement(cop, w):
            continue  # "had failed to pay the installment" / "won the player": read on "pay"
        negated = clause_negated(src, v)
        if negated != clause_negated(cop, w):
            continue  # "rejected" → "did not accept"
        quantifier = v.lower in _QUANTIFIERS or w.lower in _QUANTIFIERS
        if quantifier and (negated or _approximation(src, v) or _approximation(cop, w)):
            continue
        if by_place and token_place(ctx, si, w.sentence, v.i, w.i):
            return Swap(v.i, w.i, "same place" if lexical else "valence", linked)
        if not lexical or quantifier:
            continue  # a quantifier's head noun is too weak a link ("all funds" / "several hedge funds")
        if not linked and v.pos != w.pos:
            continue  # "won 2-1 against Kestrel" / "win the board's support" in a sentence the copy does not restate
        shared = near_w & _neighbours(src, v)
        if shared:
            return Swap(v.i, w.i, "same head" if any(s[0] == "^" for s in shared) else "same dependent", linked)
    return None


def _said_alike(src: Document, sentences: list[int], w: Token, near_w: set[str]) -> bool:
    """Whether the source sentences use the copy's word about the same things (a shared neighbour).

    "a 4 % increase" in a restated sentence does not make "an increase in trial participants" a
    restatement; a copy word with no content neighbours is taken as said alike.
    """
    if not near_w:
        return True
    return any(
        ({w.lemma, w.lower} & token_keys(src, u)) and near_w & _neighbours(src, u)
        for si in sentences
        for u in src.sentence_tokens(si)
    )


def _reworded(src: Document, cands: list[tuple[int, bool]], w: Token, lemma: str = "") -> bool:
    """Whether a sentence the copy sentence restates holds the copy word (or ``lemma``, the verb it
    stands for) in another form or a synonym ("recommended approval" for "recommended that the plan
    be approved")."""
    lemma = lemma or w.lemma
    return any(u.pos in _CONTENT and u.lemma != w.lemma and lx.relation(u.lemma, lemma) > 0
               for si, _ in cands for u in src.sentence_tokens(si))


#: words after which "for" / "against" take a side ("voted for", "argued against", "ruled for", "are against")
_SIDE_HEADS = frozenset({"vote", "argue", "campaign", "lobby", "speak", "testify", "rule", "side", "be", "fight",
                         "push", "come", "plead", "petition", "decide", "find", "stand", "rally", "march",
                         "protest", "case", "argument", "majority"})


def _side(doc: Document, t: Token) -> bool:
    """Whether "for" / "against" ``t`` takes a side: after a word of taking sides, and not before a
    date ("a vote for June 26")."""
    h = doc.tokens[t.head]
    objs = _parse(doc).children(t.i, "pobj")
    dated = any(o.ent_type in ("DATE", "TIME", "CARDINAL") or o.like_num for o in objs)
    return h.lemma in _SIDE_HEADS and not dated


#: prepositions that take a side after a copula ("are against the plan"), and the verb each stands for
_STANCES = {"against": "oppose", "for": "support"}


def _stance(doc: Document, t: Token) -> str:
    """The verb a side-taking preposition stands for ("retailers are against it": oppose), or ""."""
    h = doc.tokens[t.head]
    return _STANCES.get(t.lower, "") if t.pos == "ADP" and t.dep == "prep" and h.lemma == "be" else ""


def antonym_swaps(ctx: Context) -> list[Swap]:
    """Every opposite-word swap of the copy (see module doc), one per copy word."""
    cached = ctx.cache.get("swaps")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    src, cop = ctx.source, ctx.copy
    out: list[Swap] = []
    for cj in range(len(cop.sentences)):
        cands = restated_sentences(ctx, cj)
        if not cands:
            continue
        known = sum((sentence_counts(src, si) for si, _ in cands), Counter())
        here = sentence_counts(cop, cj)
        for w in cop.sentence_tokens(cj):
            if not _comparable(w, cop) or w.lower in _NEGATION or w.lemma in _SKIP or w.lower in _SKIP:
                continue
            toned = w.pos in _CONTENT and abs(tone(cop, w)) >= lx.VALENCE_FLOOR
            if not (toned or lx.in_lexicon(w.lemma) or lx.in_lexicon(w.lower) or w.pos in ("ADJ", "ADV")):
                continue
            near_w = _neighbours(cop, w)
            if _covered(w, known, here) and _said_alike(src, [si for si, _ in cands], w, near_w):
                continue
            stance = _stance(cop, w)
            if stance and _reworded(src, cands, w, stance):
                continue  # "Retailers oppose any increase" → "Retailers are against any increase"
            opposite = lx.opposites(w.lemma) | lx.opposites(w.lower)
            found: Swap | None = None
            for si, linked in cands:
                there = sentence_counts(src, si)
                if opposite.isdisjoint(there) and not toned:
                    continue
                similar = closely_aligned(ctx, si, cj)
                found = _swap_in(ctx, si, w, near_w, here, there, linked, linked and similar)
                if found is not None:
                    break
            if found is None and not _reworded(src, cands, w):
                # a summary sentence draws on sentences it does not restate as a whole: the opposite
                # may stand in any other source sentence, attached to the same word
                restated = {si for si, _ in cands}
                for si in range(len(src.sentences)):
                    there = sentence_counts(src, si)
                    if si not in restated and not opposite.isdisjoint(there) and not _covered(w, there, here):
                        found = _swap_in(ctx, si, w, near_w, here, there, False, False)
                    if found is not None:
                        break
            if found is not None:
                out.append(found)
    ctx.cache["swaps"] = out
    return out
