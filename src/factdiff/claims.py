"""Who a claim is credited to: the sayer of a reporting verb ("the company said", "according to X").

:func:`claimants` reads the dependency parse: the subject of a reporting verb (say, tell, report,
announce, estimate, ...) or the object of "according to". Each claimant has a comparable key: the
surname skeleton for a named person, the entity key for an organisation or place, the head noun's
lemma otherwise ("the company", "analysts"); pronouns get no key (they are not compared).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .document import Document, Span, Token
from .names import demonym_of, key, same_name, skeleton
from .roles import ROLE_WORDS

REPORTING = frozenset(
    "say tell report announce claim state add note estimate warn confirm insist argue explain reply write "
    "declare allege acknowledge admit predict forecast reveal disclose testify assert contend maintain".split()
)
#: sayers that name the same kind of body
_SYNONYMS = {"authority": "official", "government": "official", "firm": "company", "business": "company", "corporation": "company"}
#: nouns for bodies that make claims
_BODIES = frozenset(
    "company government ministry department agency police army military court office council committee "
    "commission board bank union group party administration embassy parliament congress senate team club "
    "school university hospital report study survey poll regulator watchdog authority spokesperson".split()
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "this"})


@dataclass(frozen=True, slots=True)
class Claimant:
    """The sayer of a claim: ``span`` its words, ``key`` how it compares, ``verb`` the reporting verb."""

    span: Span
    key: str | None
    verb: str
    named: bool


def _phrase(doc: Document, tokens: Sequence[Token], head: Token) -> Span:
    """The head noun with its compounds, name words and adjectives to its left (no determiners)."""
    by_i = {t.i: t for t in tokens}
    lo = head.i
    while lo - 1 in by_i and by_i[lo - 1].head == head.i and by_i[lo - 1].dep in {"compound", "amod", "nmod", "poss"} and by_i[lo - 1].tag not in {"PRP$"}:
        lo -= 1
    hi = head.i
    while hi + 1 in by_i and by_i[hi + 1].ent_type and by_i[hi + 1].ent_type == head.ent_type and by_i[hi + 1].ent_iob == "I":
        hi += 1
    return doc.span(by_i[lo].start, by_i[hi].end)


def claimants(doc: Document, tokens: Sequence[Token]) -> list[Claimant]:
    out: list[Claimant] = []
    by_i = {t.i: t for t in tokens}
    for t in tokens:
        if t.pos == "VERB" and t.lemma in REPORTING:
            subj = [c for c in tokens if c.head == t.i and c.dep in {"nsubj", "nsubjpass"}]
            if subj:
                out.append(_claimant(doc, tokens, subj[0], t.lemma))
        elif t.lower == "according" and t.i + 1 in by_i and by_i[t.i + 1].lower == "to":
            objs = [c for c in tokens if c.head == t.i + 1 and c.dep == "pobj"]
            if objs:
                out.append(_claimant(doc, tokens, objs[0], "according to"))
    return out


def _claimant(doc: Document, tokens: Sequence[Token], head: Token, verb: str) -> Claimant:
    span = _phrase(doc, tokens, head)
    if head.lower in _PRONOUNS:
        return Claimant(span, None, verb, False)
    if head.ent_type == "PERSON":
        return Claimant(span, "person:" + skeleton(head.text), verb, True)
    if head.ent_type:
        return Claimant(span, "name:" + key(span.text), verb, True)
    lemma = _SYNONYMS.get(head.lemma, head.lemma)
    if lemma not in ROLE_WORDS and lemma not in _BODIES:
        return Claimant(span, None, verb, False)  # "cases reported", "the data show": not a sayer
    return Claimant(span, "noun:" + ROLE_WORDS.get(lemma, lemma), verb, False)


def same_claimant(a: Claimant, b: Claimant) -> bool | None:
    """Whether two claimants are one sayer; ``None`` when either cannot be compared (a pronoun)."""
    if a.key is None or b.key is None:
        return None
    if a.key == b.key:
        return True
    if a.named and b.named:
        ta, tb = a.key.split(":", 1)[1], b.key.split(":", 1)[1]
        if same_name(ta, tb) or demonym_of(ta, tb):
            return True
        # "the Metropolitan Transit Authority" vs "the authority", "Mayor Elena Ruiz" vs "Ruiz"
        wa, wb = set(key(a.span.text).split()), set(key(b.span.text).split())
        return bool(wa & wb) or None
    if a.named != b.named:
        # a name and a noun ("Ruiz" / "the mayor"): the copy may name who the source described
        wa, wb = set(key(a.span.text).split()), set(key(b.span.text).split())
        return True if wa & wb else None
    return False
