"""Who a claim is credited to: the sayer of a reporting verb ("the company said", "according to X").

:func:`claimants` reads the dependency parse: the subject of a reporting verb (say, tell, report,
announce, estimate, ...) or the object of "according to". Each claimant has a comparable key: the
surname skeleton for a named person, the entity key for an organisation or place, the head noun's
lemma otherwise ("the company", "analysts"); pronouns get no key (they are not compared).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import lexicon as lx
from .document import Document, Span, Token
from .names import demonym_of, key, same_name, similarity, skeleton
from .roles import ROLE_WORDS
from .support import subtree

REPORTING = frozenset(
    "say tell report announce claim state add note estimate warn confirm insist argue explain reply write "
    "declare allege acknowledge admit predict forecast reveal disclose testify assert contend maintain "
    "fear believe worry".split()
)
#: verbs that credit a finding, not a saying: a sayer only with a that-clause ("researchers found that
#: ..."; "police found a knife" credits nothing)
FINDING = frozenset({"find", "conclude"})
#: verbs that deny a claim: a sayer only with the claim in a that-clause ("he denied that the firms
#: were paid") or in a claim noun's ("rejected claims that the plan would cut jobs")
DENYING = lx.CLAIM_DENYING
#: sayers that name the same kind of body
_SYNONYMS = {"authority": "official", "government": "official", "firm": "company", "business": "company",
             "corporation": "company", "group": "company", "maker": "manufacturer", "drugmaker": "manufacturer",
             "survey": "report", "study": "report", "poll": "report", "review": "report",
             "inquiry": "investigation", "police": "officer"}  # "police said" / "officers said"
#: nouns for bodies that make claims
_BODIES = frozenset(
    "company government ministry department agency police army military court office council committee "
    "commission board bank union group party administration embassy parliament congress senate team club "
    "school university hospital report study survey poll regulator watchdog authority spokesperson manufacturer "
    "prosecution investigation inquiry review".split()
)
_FIGURES = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL", "DATE", "TIME"})
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "this"})


@dataclass(frozen=True, slots=True)
class Claimant:
    """The sayer of a claim: ``span`` its words, ``key`` how it compares, ``verb`` the reporting verb
    ("according to" for that phrase), ``claim`` the indices of the tokens that say what is claimed."""

    span: Span
    key: str | None
    verb: str
    named: bool
    claim: tuple[int, ...] = ()


def _phrase(doc: Document, tokens: Sequence[Token], head: Token) -> Span:
    """The head noun with its compounds, name words and adjectives to its left (no determiners)."""
    by_i = {t.i: t for t in tokens}
    lo = head.i
    while lo - 1 in by_i and lo <= by_i[lo - 1].head <= head.i and by_i[lo - 1].dep in {"compound", "amod", "nmod", "poss"} and by_i[lo - 1].tag not in {"PRP$"}:
        lo -= 1
    while lo - 1 in by_i and head.ent_type and by_i[lo].ent_iob == "I" and by_i[lo - 1].ent_type == head.ent_type:
        lo -= 1  # the whole name: "Securities and Exchange Commission"
    hi = head.i
    while hi + 1 in by_i and by_i[hi + 1].ent_type and by_i[hi + 1].ent_type == head.ent_type and by_i[hi + 1].ent_iob == "I":
        hi += 1
    return doc.span(by_i[lo].start, by_i[hi].end)


#: reporting verbs whose passive subject is the one told ("residents were warned")
_TOLD_TO = frozenset({"tell", "warn", "inform", "advise", "notify", "assure", "remind", "brief", "caution"})


def claimants(doc: Document, tokens: Sequence[Token]) -> list[Claimant]:
    out: list[Claimant] = []
    by_i = {t.i: t for t in tokens}
    for t in tokens:
        if t.pos == "VERB" and (t.lemma in REPORTING or t.lemma in FINDING and _kids(tokens, t, {"ccomp"})
                                or t.lemma in DENYING and _denied(tokens, t)):
            if t.lemma == "add" and _kids(tokens, t, {"dobj"}) and not _kids(tokens, t, {"ccomp"}):
                continue  # "work that could add $22 million" says nothing
            subj = _kids(tokens, t, {"nsubj", "nsubjpass"})
            head = by_i.get(t.head)
            if (not subj and t.dep == "advcl" and t.tag == "VBG" and head is not None and head.i != t.i
                    and _kids(tokens, t, {"ccomp"})):
                subj = _kids(tokens, head, {"nsubj"})  # "..., said Ashby, adding that X": Ashby adds X
                # ("expanded the network in 2017, adding nine cameras" says nothing)
            if subj and doc.in_dateline(subj[0]):
                # "KESSLER FALLS, Ohio (Wire) — The union said ...", parsed with the dateline as the
                # subject and the sayer as its apposition
                subj = [a for a in _kids(tokens, subj[0], {"appos"}) if not doc.in_dateline(a)]
            if subj and subj[0].dep == "nsubjpass" and t.lemma in _TOLD_TO:
                # "They were warned in writing": the one told, not the teller; "by" names the teller
                subj = [o for by in _kids(tokens, t, {"agent"}) for o in _kids(tokens, by, {"pobj"})]
            if subj:
                out.append(_claimant(doc, tokens, subj[0], t.lemma, _claimed(doc, tokens, t)))
        elif t.lower == "according" and t.i + 1 in by_i and by_i[t.i + 1].lower == "to":
            objs = _kids(tokens, by_i[t.i + 1], {"pobj"})
            if objs:
                out.append(_claimant(doc, tokens, objs[0], "according to", _claimed(doc, tokens, t)))
    return out


def _kids(tokens: Sequence[Token], head: Token, deps: set[str]) -> list[Token]:
    return [c for c in tokens if c.head == head.i and c.i != head.i and c.dep in deps]


def _denied(tokens: Sequence[Token], verb: Token) -> list[Token]:
    """The clause a denying verb denies: its that-clause, or the one its claim noun holds."""
    clauses = _kids(tokens, verb, {"ccomp"})
    for obj in _kids(tokens, verb, {"dobj"}):
        if obj.lemma in lx.CLAIM_NOUNS:
            clauses += _kids(tokens, obj, {"acl", "ccomp"})
    return clauses


def _claimed(doc: Document, tokens: Sequence[Token], word: Token) -> tuple[int, ...]:
    """What a reporting word credits: the clause a verb reports ("police said [the man was armed]",
    "[the man was armed], police said"), or the clause "according to X" hangs off, less the sayer."""
    by_i = {t.i: t for t in tokens}

    def under(t: Token) -> set[int]:
        return set(subtree(doc, t.i))

    if word.lower == "according":
        head = by_i.get(word.head)
        if head is None or head.i == word.i:
            return ()
        # a clause joined after it is the writer's ("X, according to the figures, but the result is
        # not yet final")
        return tuple(sorted(under(head) - under(word) - _joined_after(doc, tokens, head, word)))
    clauses = _kids(tokens, word, {"ccomp", "parataxis"})
    if word.lemma in DENYING:
        clauses = _denied(tokens, word)
    if clauses:
        return tuple(sorted(set().union(*(under(c) for c in clauses))))
    head = by_i.get(word.head)
    if word.dep in {"parataxis", "ccomp", "advcl"} and head is not None and head.i != word.i and not (
        word.dep == "advcl" and _kids(tokens, word, {"mark"})
    ):  # "after he testified" is when, not who says it
        # "X, police said" parsed under X; a clause joined after the sayer is the writer's ("X, a
        # spokesperson said, but it has asked Y")
        after = _joined_after(doc, tokens, head, word) if word.dep == "parataxis" else set()
        return tuple(sorted(under(head) - under(word) - after))
    return ()


def _joined_after(doc: Document, tokens: Sequence[Token], head: Token, word: Token) -> set[int]:
    """The clauses joined to ``head`` after the reporting word ``word``, with their conjunctions."""
    after = [c for c in _kids(tokens, head, {"conj"}) if c.i > word.i]
    return set().union(*(subtree(doc, c.i) for c in after)) | {
        t.i for t in _kids(tokens, head, {"cc"}) if t.i > word.i}


def _claimant(doc: Document, tokens: Sequence[Token], head: Token, verb: str, claim: tuple[int, ...] = ()) -> Claimant:
    span = _phrase(doc, tokens, head)
    if head.lower in PRONOUNS or head.like_num or head.ent_type in _FIGURES:
        return Claimant(span, None, verb, False, claim)  # "Eleven of the 32 patients reported nausea": a count
    if head.ent_type == "PERSON":
        return Claimant(span, "person:" + skeleton(head.text), verb, True, claim)
    if head.ent_type:
        return Claimant(span, "name:" + key(span.text), verb, True, claim)
    lemma = _SYNONYMS.get(head.lemma, head.lemma)
    if lemma not in ROLE_WORDS and lemma not in _BODIES:
        return Claimant(span, None, verb, False, claim)  # "cases reported", "the data show": not a sayer
    return Claimant(span, "noun:" + ROLE_WORDS.get(lemma, lemma), verb, False, claim)


#: two names this similar (RapidFuzz ratio) are one sayer's name misspelt
_MANGLED = 75


def same_claimant(a: Claimant, b: Claimant) -> bool | None:
    """Whether two claimants are one sayer; ``None`` when either cannot be compared (a pronoun)."""
    if a.key is None or b.key is None:
        return None
    if a.key == b.key:
        return True
    if a.named and b.named:
        ta, tb = a.key.split(":", 1)[1], b.key.split(":", 1)[1]
        if same_name(ta, tb) or demonym_of(ta, tb) or same_name(a.span.text, b.span.text):
            return True
        # "Jeffrey" / "Jeffery", "Microsoft" / "Micosoft": one sayer, the name misspelt (the entity
        # detector reports the spelling)
        if similarity(ta, tb) >= _MANGLED or similarity(a.span.text, b.span.text) >= _MANGLED:
            return True
        # "the Metropolitan Transit Authority" vs "the authority", "Mayor Elena Ruiz" vs "Ruiz";
        # two names that share no word are two sayers ("the Local Government Association" / "Martin Hale")
        wa, wb = set(key(a.span.text).split()), set(key(b.span.text).split())
        return bool(wa & wb)
    if a.named != b.named:
        # a name and a noun ("Ruiz" / "the mayor"): the copy may name who the source described
        wa, wb = set(key(a.span.text).split()), set(key(b.span.text).split())
        return True if wa & wb else None
    return False
