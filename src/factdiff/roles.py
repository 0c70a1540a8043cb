"""Roles and owners: who people are ("reporters", "chief financial officer") and whose a thing is.

:func:`roles` finds role words and titles in a run of tokens and gives each a canonical name, so
"CFO" and "chief financial officer" compare equal while "reporters" and "bystanders" do not.
:func:`owners` finds, for each noun, what owns it: a possessive ("his country's minerals",
"Ukraine's resources") or a name modifier ("US minerals", "Ukrainian resources").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .document import Document, Span, Token

#: multi-word titles, longest first when matched; value = canonical name.
_TITLES: dict[tuple[str, ...], str] = {
    tuple(k.split()): v
    for k, v in {
        "chief executive officer": "chief executive",
        "chief executive": "chief executive",
        "chief financial officer": "chief financial officer",
        "chief operating officer": "chief operating officer",
        "chief technology officer": "chief technology officer",
        "chief of staff": "chief of staff",
        "vice president": "vice president",
        "vice chairman": "vice chair",
        "prime minister": "prime minister",
        "foreign minister": "foreign minister",
        "finance minister": "finance minister",
        "defence minister": "defence minister",
        "defense minister": "defence minister",
        "secretary of state": "secretary of state",
        "defense secretary": "defence secretary",
        "defence secretary": "defence secretary",
        "treasury secretary": "treasury secretary",
        "secretary of defense": "defence secretary",
        "press secretary": "press secretary",
        "attorney general": "attorney general",
        "council member": "council member",
        "board member": "board member",
        "managing director": "managing director",
        "general manager": "general manager",
        "head coach": "head coach",
        "police officer": "police officer",
        "supreme leader": "supreme leader",
    }.items()
}

#: single role words (lemmas) → canonical name; synonyms share a canonical name.
ROLE_WORDS: dict[str, str] = {
    **{w: w for w in (
        "president chairman chairwoman director manager governor senator mayor judge lawyer "
        "prosecutor officer official reporter bystander witness onlooker spectator passerby analyst expert "
        "economist investor shareholder employee worker resident protester student teacher doctor "
        "nurse patient victim suspect soldier commander general ambassador diplomat lawmaker congressman "
        "congresswoman councillor adviser aide founder owner executive treasurer chancellor king queen prince "
        "princess candidate voter leader head fan player coach captain referee scientist researcher professor consultant "
        "auditor regulator inspector lecturer specialist historian customer client consumer citizen refugee migrant farmer driver pilot "
        "passenger tourist priest bishop pope critic supporter opponent minister secretary spokesperson "
        "detective sheriff firefighter paramedic survivor hostage prisoner inmate defendant plaintiff "
        "chancellor premier dictator monarch negotiator mediator organiser organizer donor sponsor partner "
        "rival competitor parent mother father child son daughter wife husband brother sister friend "
        "neighbour neighbor colleague boss staffer trader banker broker landlord tenant buyer seller vendor "
        "supplier contractor engineer architect designer author writer editor publisher producer actor "
        "singer artist athlete champion striker goalkeeper manager chef owner"
    ).split()},
    "attorney": "lawyer",
    "journalist": "reporter",
    "correspondent": "reporter",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairperson": "chairman",
    "chair": "chairman",
    "advisor": "adviser",
    "legislator": "lawmaker",
    "demonstrator": "protester",
    "employee": "worker",
    "staffer": "worker",
    "supporter": "fan",
    "activist": "protester",
    "campaigner": "protester",
    "councilor": "councillor",
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "organizer": "organiser",
    "neighbor": "neighbour",
}

#: roles that can stand for any other ("the boss", "the company's head"): never a role change
GENERIC_ROLES = frozenset({"boss", "head", "leader", "chief", "executive", "official", "member", "staff"})
_ACRONYMS = frozenset({"ceo", "cfo", "coo", "cto"})
_POSS_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_OWNER_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


@dataclass(frozen=True, slots=True)
class Role:
    """A role word or title: its span, canonical name, whether it titles a named person, and its slot.

    ``slot`` is the lemma of the word the role depends on (through a preposition: "spoke with
    reporters" → "speak"); two roles in one slot of aligned sentences are one role, renamed.
    """

    span: Span
    name: str
    titled: bool
    slot: str


def roles(doc: Document, tokens: Sequence[Token]) -> list[Role]:
    """Roles among ``tokens`` (consecutive tokens of one or more sentences), in text order."""
    out: list[Role] = []
    i = 0
    lows = [t.lower for t in tokens]
    lemmas = [t.lemma for t in tokens]
    while i < len(tokens):
        hit = None
        for n in (4, 3, 2):
            if i + n <= len(tokens):
                words = tuple(lemmas[i : i + n])
                words_low = tuple(lows[i : i + n])
                name = _TITLES.get(words) or _TITLES.get(words_low)
                if name:
                    hit = (n, name)
                    break
        if hit is None:
            name = ROLE_WORDS.get(lemmas[i]) or ROLE_WORDS.get(lows[i])
            tok = tokens[i]
            if name and tok.pos in {"NOUN", "PROPN"} and (tok.ent_type not in {"ORG", "GPE", "NORP"} or tok.lower in _ACRONYMS):
                hit = (1, name)
        if hit is None:
            i += 1
            continue
        n, name = hit
        first, last = tokens[i], tokens[i + n - 1]
        out.append(Role(doc.span(first.start, last.end), name, _titles_person(doc, tokens[i : i + n]), _slot(doc, last)))
        i += n
    return out


def _slot(doc: Document, tok: Token) -> str:
    head = doc.tokens[tok.head]
    if head.pos == "ADP" and head.head != head.i:
        head = doc.tokens[head.head]
    if head.i == tok.i:
        return "ROOT"
    if tok.dep in {"appos", "compound"} and head.ent_type == "PERSON":
        return "person:" + head.lower
    return head.lemma


def _titles_person(doc: Document, toks: Sequence[Token]) -> bool:
    """The role is the title of a named person: "CFO Priya Natarajan", "its CFO, Priya Natarajan"."""
    last = toks[-1]
    for t in doc.tokens[max(0, last.i - 1) : min(len(doc.tokens), last.i + 4)]:
        if t.sentence != last.sentence or t.i in {x.i for x in toks}:
            continue
        if t.ent_type == "PERSON" and (t.head == last.i or doc.tokens[t.head].i == last.i or last.head == t.i
                                       or t.dep == "appos" or last.dep in {"compound", "appos"}):
            return True
    return False


# -- owners -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Owner:
    """What owns a noun: ``kind`` "name" (an entity) or "pronoun" ("his", "his country's")."""

    head: Token
    span: Span
    kind: str
    text: str
    possessive: bool = False


def _subtree_left(tokens: Sequence[Token], head: Token) -> list[Token]:
    by_i = {t.i: t for t in tokens}
    out = []
    for t in tokens:
        if t.i >= head.i:
            break
        cur, seen = t, 0
        while cur.i != head.i and cur.head != cur.i and cur.head in by_i and seen < 20:
            cur = by_i[cur.head]
            seen += 1
        if cur.i == head.i:
            out.append(t)
    return out


def owners(doc: Document, tokens: Sequence[Token], *, attached: bool = False) -> list[Owner]:
    """Possessors and name modifiers of the common nouns among ``tokens``.

    One :class:`Owner` per name modifying a noun ("the London Russian embassy": London and
    Russian), else the possessive pronoun ("his country's"). With ``attached``, names attached
    by a preposition count too (kind "attached": "the embassy in London"), to support a copy that
    moves the name in front of the noun.
    """
    out: list[Owner] = []
    by_i = {t.i: t for t in tokens}
    for head in tokens:
        if head.pos != "NOUN" or head.ent_type:
            continue
        left = _subtree_left(tokens, head)
        ent = [t for t in left if t.ent_type in _OWNER_LABELS and t.dep in {"compound", "amod", "poss", "nmod"}]
        poss = [t for t in left if t.dep == "poss" and t.lower in _POSS_PRONOUNS]
        if attached:
            for prep in (t for t in tokens if t.head == head.i and t.dep == "prep" and t.lower in {"in", "at", "from"}):
                for obj in (t for t in tokens if t.head == prep.i and t.dep == "pobj" and t.ent_type in _OWNER_LABELS):
                    run = [obj]
                    while run[0].i - 1 in by_i and by_i[run[0].i - 1].ent_type == obj.ent_type and by_i[run[0].i - 1].ent_iob == "I":
                        run.insert(0, by_i[run[0].i - 1])
                    out.append(Owner(head, doc.span(run[0].start, obj.end), "attached", doc.text[run[0].start : obj.end]))
        if ent:
            runs: list[list[Token]] = []
            for t in ent:
                if t.text in {"'s", "’s"}:
                    continue
                if runs and t.i - runs[-1][-1].i <= 1 and t.ent_type == runs[-1][-1].ent_type and t.ent_iob == "I":
                    runs[-1].append(t)
                else:
                    runs.append([t])
            for run in runs:
                lo = run[0]
                while lo.i - 1 in by_i and by_i[lo.i - 1].ent_type == lo.ent_type and by_i[lo.i - 1].ent_iob != "O" and lo.ent_iob == "I":
                    lo = by_i[lo.i - 1]
                span = doc.span(lo.start, run[-1].end)
                nxt = by_i.get(run[-1].i + 1)
                possessive = any(t.dep == "poss" for t in run) or (nxt is not None and nxt.text in {"'s", "’s", "'"})
                out.append(Owner(head, span, "name", span.text, possessive))
        elif poss:
            p = poss[0]
            nxt = [t for t in left if t.i > p.i and t.dep == "poss"]
            end = nxt[0].end if nxt else p.end
            span = doc.span(p.start, end)
            out.append(Owner(head, span, "pronoun", span.text, True))
    return out
