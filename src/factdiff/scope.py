"""Scope: a claim widened by dropping the words that limited it.

A copy can overstate a source without a single opposite word, only by leaving the limit out:

* "one of the largest banks" / "among the largest banks" → "the largest bank": a superlative that
  held for a group told of one (**major**, "exaggerated");
* "some experts say" / "many residents oppose" / "most of the funds" → "experts say" / "residents
  oppose" / "the funds": a part told as the whole (**minor**, "generalised"; not with
  ``summary=True``, where dropping a quantifier is how a summary shortens);
* "most residents" / "about £400,000 of the money" → "all residents" / "all of the money": a part
  told as all of it (**major**, "generalised to all"); "some" / "several" → "many" → "most" one or
  more steps up, short of all (**minor**, "quantity overstated");
* "partly caused by" / "in part because of" → "caused by": a contributing cause told as the cause
  (**minor**);
* "a preliminary study" / "early results" / "a small trial" → "a study" / "results" / "a trial": the
  finding's qualifier dropped (**minor**);
* "slowed tumour growth in mice" → "slowed tumour growth", or "mice given the compound" → "patients
  given the compound": an animal or lab result told as a finding about people (**major**; a copy
  that names the animals elsewhere only shortens).

Read on the word diff of a linked, closely aligned pair (similarity at least ``SAME_PLACE_FLOOR``):
the limiting words are deleted and the word they limit is kept, in place, so a copy that rewords
the whole phrase is not compared here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context
from .document import Document, Span, Token
from .findings import Severity
from .predicates import SAME_PLACE_FLOOR, _positions

#: how much of a kind a quantifier covers, for a copy that raises it ("most" → "all")
QUANTIFIER_RANK = {"some": 1, "several": 1, "certain": 1, "many": 2, "most": 3, "all": 4, "every": 4, "each": 4,
                   "entire": 4, "whole": 4}
#: quantifiers that limit a noun to part of its kind ("few" is left out: dropping it flips the claim)
PARTIAL = frozenset(w for w, rank in QUANTIFIER_RANK.items() if rank < 4)
#: where a quantifier stands when it quantifies a noun ("most residents", "most of the funds")
_QUANTIFIER_DEPS = ("det", "amod", "nsubj", "nsubjpass", "dobj", "pobj")
#: nouns of a share of something: "half of the money" → "all of the money"
PORTIONS = frozenset({"half", "third", "quarter", "majority", "minority", "bulk", "portion", "part", "share", "fraction",
                      "proportion"})
#: words that bring "all" just short of all: "nearly all" → "all"
APPROXIMATORS = frozenset({"nearly", "almost", "virtually", "practically"})
#: adverbs that make a cause or a claim partial
PARTLY = frozenset({"partly", "partially"})
#: adjectives that qualify a finding, and the nouns of findings they qualify
QUALIFIERS = frozenset({"preliminary", "early", "initial", "small", "pilot", "tentative", "provisional",
                        "unpublished", "limited", "observational", "interim"})
FINDINGS = frozenset({"study", "studies", "trial", "trials", "research", "finding", "findings", "result", "results",
                      "data", "survey", "analysis", "evidence", "test", "tests", "report", "estimate", "estimates"})
#: who a finding is about: laboratory subjects, and people
LAB_SUBJECTS = frozenset({"mouse", "mice", "rat", "rats", "rodent", "rodents", "animal", "animals", "monkey",
                          "monkeys", "primate", "primates", "pig", "pigs", "dog", "dogs", "zebrafish", "fly", "flies",
                          "worm", "worms", "yeast", "cell", "cells", "tissue", "dish", "vitro"})
PEOPLE = frozenset({"human", "humans", "people", "person", "patient", "patients", "adult", "adults", "child",
                    "children", "woman", "women", "man", "men", "volunteer", "volunteers", "participant",
                    "participants", "smoker", "smokers", "user", "users", "drinker", "drinkers"})


@dataclass(frozen=True, slots=True)
class ScopeChange:
    """Words that limited a claim, dropped by the copy."""

    source: Span  #: the limiting words and the word they limit
    copy: Span  #: the word they limited, as the copy keeps it
    what: str  #: "exaggerated" / "generalised" / "partial cause told as the cause" / ...
    dropped: str  #: the dropped words as the source has them ("" when the copy swapped them)
    severity: Severity


def scope_changes(ctx: Context) -> list[ScopeChange]:
    """Every dropped limit of the copy (see module doc)."""
    cached = ctx.cache.get("scope")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: list[ScopeChange] = []
    # a summary shortens: "fares rose at most stations" → "fares at stations" is its way of saying less
    summary = bool(ctx.options.get("summary"))
    # a copy that names the animals anywhere only shortens where it drops "in mice"
    lab_in_copy = any(t.lower in LAB_SUBJECTS for t in ctx.copy.tokens)
    for link in ctx.alignment.links:
        for cj in link.copy:
            for si in link.source:
                if float(ctx.alignment.matrix[cj, si]) >= SAME_PLACE_FLOOR:
                    out.extend(c for c in _dropped(ctx, si, cj, lab_in_copy)
                               if not (summary and c.what == "generalised"))
    ctx.cache["scope"] = out
    return out


def _dropped(ctx: Context, si: int, cj: int, lab_in_copy: bool) -> list[ScopeChange]:
    src, cop = ctx.source.sentence_tokens(si), ctx.copy.sentence_tokens(cj)
    ops = _positions(ctx, si, cj).get_opcodes()
    # source position -> copy position, for the words both keep
    kept = {i1 + k: j1 + k for op, i1, i2, j1, _ in ops if op == "equal" for k in range(i2 - i1)}
    out = []
    for op, i1, i2, j1, j2 in ops:
        if op == "replace" and (swap := _lab_to_people(src[i1:i2], cop[j1:j2])) is not None:
            a, b = swap
            out.append(ScopeChange(ctx.source.token_span(a.i, a.i), ctx.copy.token_span(b.i, b.i),
                                   "study subjects changed (a laboratory result told of people)", "", Severity.MAJOR))
            continue
        if op == "replace" and i2 in kept and (raised := _raised(src[i1:i2], cop[j1:j2])) is not None:
            what, severity, first = raised
            out.append(ScopeChange(ctx.source.token_span(src[i1 + first].i, src[i2 - 1].i),
                                   ctx.copy.token_span(cop[j1].i, cop[j2 - 1].i), what, "", severity))
            continue
        if op == "delete" and not lab_in_copy and (lab := _in_the_lab(ctx.source, src, i1, i2)) is not None:
            first, last = lab
            dropped = " ".join(t.text for t in src[first : last + 1])
            keep = max((k for k in kept if k < i1), default=None)
            if keep is not None:
                out.append(ScopeChange(ctx.source.token_span(src[first].i, src[last].i),
                                       ctx.copy.token_span(cop[kept[keep]].i, cop[kept[keep]].i),
                                       "a laboratory result told as general", dropped, Severity.MAJOR))
            continue
        if op == "delete" or (op == "replace" and all(t.lower in ("the", "a", "an") for t in cop[j1:j2])):
            found = _limit(src, i1, i2, kept)
            if found is not None and found[0] == "partial cause told as the cause" and any(
                t.lower in PARTLY or t.lemma == "part" for t in cop
            ):
                found = None  # "credited the surge partly to X" → "attributed part of the jump to X"
            if found is not None:
                what, severity, last = found
                # the copy's words from the first one kept after the dropped run, or from the article
                # that replaced it ("the largest")
                first = cop[j1] if op == "replace" else cop[kept.get(i2, kept[last])]
                dropped = " ".join(t.text for t in src[i1:i2])
                out.append(ScopeChange(ctx.source.token_span(src[i1].i, src[last].i),
                                       ctx.copy.token_span(first.i, cop[kept[last]].i), what, dropped, severity))
    return out


def _raised(src: list[Token], cop: list[Token]) -> tuple[str, Severity, int] | None:
    """A quantifier the copy put in place of a smaller one, or of an amount: "most" → "all",
    "about £400,000 [of the money]" → "all [of the money]", "some" → "many". Returns what, how
    severe, and where in ``src`` the replaced quantity starts."""
    words = [t.lower for t in cop if t.lower not in ("of", "the")]
    if len(words) != 1 or words[0] not in QUANTIFIER_RANK:
        return None
    now = QUANTIFIER_RANK[words[0]]
    cut = max((k for k, t in enumerate(src) if t.is_punct), default=-1)
    src = src[cut + 1 :]  # "According to the agency, most" → "All": the words next to the kept noun
    ranks = [QUANTIFIER_RANK[t.lower] for t in src if t.lower in QUANTIFIER_RANK and t.dep in _QUANTIFIER_DEPS]
    if ranks and len(src) <= 3:
        before = max(ranks)
    elif now == 4 and any(t.like_num or t.pos == "NUM" or t.lower in PORTIONS for t in src):
        before = 0  # an amount or a share of it: "£400,000 of the money", "more than half of the money"
    else:
        return None
    if now <= before:
        return None
    what, severity = ("generalised to all", Severity.MAJOR) if now == 4 else ("quantity overstated", Severity.MINOR)
    return what, severity, cut + 1


def _lab_to_people(src: list[Token], cop: list[Token]) -> tuple[Token, Token] | None:
    """The laboratory subject a replaced run names and the people the copy's run names instead."""
    a = next((t for t in src if t.lower in LAB_SUBJECTS and t.pos == "NOUN"), None)
    b = next((t for t in cop if t.lower in PEOPLE and t.pos == "NOUN"), None)
    return (a, b) if a is not None and b is not None else None


def _in_the_lab(doc: Document, src: list[Token], i1: int, i2: int) -> tuple[int, int] | None:
    """The dropped "in mice" / "in laboratory rats" / "in cells" of a deleted run, as positions."""
    heads = {k: doc.tokens[src[k].head].pos for k in range(i1, i2)}
    for k in range(i1, i2):
        if any(t.lower == "than" for t in src[i1:k]):
            return None  # "smaller than those in untreated mice" drops a comparison, not the subjects
        if src[k].lower == "in" and src[k].pos == "ADP" and heads[k] != "PRON":
            rest = [t for t in src[k + 1 : i2] if t.pos != "PUNCT"]
            if rest and rest[-1].lower in LAB_SUBJECTS and all(t.pos in ("NOUN", "ADJ", "DET") for t in rest):
                return k, k + len(rest)
    return None


def _limit(src: list[Token], i1: int, i2: int, kept: dict[int, int]) -> tuple[str, Severity, int] | None:
    """What the deleted source words ``src[i1:i2]`` limited: (what, severity, position of the kept
    word they limit), or None."""
    words = [t.lower for t in src[i1:i2]]
    nxt = i2 + 1 if i2 < len(src) and src[i2].lower == "the" else i2  # "one of [the] largest"
    if (words[:2] == ["one", "of"] or words[:1] == ["among"]) and nxt < len(src) and src[nxt].tag in ("JJS", "RBS"):
        if nxt in kept:
            if src[nxt].tag == "RBS" and nxt + 1 in kept:
                nxt += 1  # "the most valuable"
            return "exaggerated", Severity.MAJOR, nxt
    if words[-1:] and words[-1] in QUALIFIERS and src[i2 - 1].pos == "ADJ" and i2 in kept and (
        src[i2].lower in FINDINGS
    ):
        return "qualifier dropped", Severity.MINOR, i2  # "a preliminary study" → "a study"
    if len(words) == 1 and words[0] in APPROXIMATORS and i2 in kept and QUANTIFIER_RANK.get(src[i2].lower) == 4:
        return "quantity overstated", Severity.MINOR, i2  # "nearly all" → "all"
    if words == ["in", "part"] or (len(words) == 1 and words[0] in PARTLY):
        if i2 in kept and src[i2].pos in ("VERB", "ADP", "SCONJ", "AUX"):
            return "partial cause told as the cause", Severity.MINOR, i2
    if words and words[0] in PARTIAL and src[i1].dep in _QUANTIFIER_DEPS:
        rest = words[1:]
        if rest in ([], ["of"], ["of", "the"], ["of", "its"], ["of", "their"], ["of", "these"]):
            head = i2
            while head < len(src) and src[head].pos in ("ADJ", "DET") and head in kept:
                head += 1  # "some [local] residents"
            # a plural: "some butter" is an amount, not part of a kind
            if head < len(src) and head in kept and src[head].pos == "NOUN" and src[head].tag == "NNS":
                return "generalised", Severity.MINOR, head
    return None
