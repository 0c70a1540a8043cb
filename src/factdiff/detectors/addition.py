"""Addition: copy content with no support in the source.

* copy sentences that no source sentence supports, grouped into contiguous runs (severity by what
  they carry, :func:`factdiff.detectors._runs.weight`);
* phrases added inside an aligned copy sentence: a modifier (relative or adverbial clause,
  apposition, prepositional phrase, conjunct) or a run of words the word diff against the linked
  source sentences inserts, most of whose content words the source never uses, nor a WordNet
  synonym or a word of the same stem of them ("The council, which is under investigation for
  fraud, approved the plan", "resigned amid allegations of bribery") → minor (info in summary
  mode, where rewording is the rule). Names and figures are left to the entity and number
  detectors.
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

from .. import lexicon as lx
from ..context import Context
from ..document import Document, Token
from ..findings import Finding, Severity
from ..predicates import act_words
from ..support import subtree
from ..vocabulary import Vocabulary
from ._runs import runs, weight

#: dependency labels of the modifiers that can carry an added claim
_MODIFIERS = frozenset({"relcl", "acl", "advcl", "appos", "prep", "npadvmod", "conj"})
#: the words weighed: names and figures are left to the entity and number detectors ("$10.9bn" →
#: "$10.9 billion" adds no phrase, "at the Brooklyn Bridge" → "at the Golden Gate Bridge" is a swap)
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k", "tn",
                          "percent", "per", "cent", "dollar", "dollars", "euro", "euros", "pound", "pounds",
                          "olds"})  # "18- to 29-year-olds": an age, like "aged 18 to 29"
#: an added phrase has at least this many content words the source does not support ...
_MIN_UNSUPPORTED = 2
#: ... and they are at least this share of its content words
_MIN_SHARE = 0.6
#: a modifier that spans more than this share of its sentence is the sentence's content, not an addition
_MAX_SHARE_OF_SENTENCE = 0.6


def detect(ctx: Context) -> Iterator[Finding]:
    al = ctx.alignment
    known: Vocabulary | None = None
    for run in runs(al.unaligned_copy, ctx.copy):
        sents = [ctx.copy.sentences[j] for j in run]
        severity = weight(ctx.copy, sents)
        best = float(al.best_source[run].max()) if al.source_count else 0.0
        n = len(sents)
        what = "sentence" if n == 1 else f"{n} sentences"
        note = ""
        if severity > Severity.INFO and not ctx.options.get("summary"):
            known = known or Vocabulary(ctx.source)
            if all(_worded_alike(ctx.copy, j, known) for j in run):
                # "But then came the tests.", "It won by just 312 votes.": a transition or a fact of
                # the source told again on its own, in the source's words and figures (a summary's
                # sentence of source words is a claim of its own, maybe a garbled one)
                severity = Severity.MINOR if severity is Severity.MAJOR else Severity.INFO
                note = "; its words and figures are all in the source"
        yield Finding(
            type="addition",
            severity=severity,
            message=f"added {what} with no support in the source (closest similarity {best:.2f}){note}",
            confidence=round(max(0.0, min(1.0, 1.0 - best)), 3),
            source=None,
            copy=ctx.copy.span(sents[0].start, sents[-1].end),
        )
    yield from _phrases(ctx)


def _worded_alike(doc: Document, j: int, known: Vocabulary) -> bool:
    """Every content word, figure and name of copy sentence ``j`` is the source's (or a synonym or
    stem of a source word)."""
    toks = [t for t in doc.sentence_tokens(j) if not t.is_punct and not t.is_stop]
    return bool(toks) and all(
        t.lower in known.words if (t.like_num or t.pos == "PROPN") else known(t) for t in toks
        if t.like_num or t.pos == "PROPN" or _content(t))


def _phrases(ctx: Context) -> Iterator[Finding]:
    """Modifiers added inside aligned copy sentences (see the module doc)."""
    cop = ctx.copy
    if not ctx.alignment.links:
        return
    known = Vocabulary(ctx.source)
    acts = act_words(cop)  # "filed suit against" where the source says "sued"
    # a summary words things its own way (36 of SummEdits' 369 consistent evaluation summaries get
    # such a phrase, mostly rewordings of dialogue): there it is a pointer, not a distortion
    summary = bool(ctx.options.get("summary"))
    linked: dict[int, list[int]] = {}
    for link in ctx.alignment.links:
        for j in link.copy:
            linked.setdefault(j, []).extend(link.source)
    for j in sorted(linked):
        toks = cop.sentence_tokens(j)
        words = sum(1 for t in toks if not t.is_punct)
        # candidates: the modifiers of the parse, and the runs the word diff against the linked
        # source sentences inserts (a parse may hang a kept phrase under an added one)
        spans = [(sub[0], sub[-1]) for h in toks if h.dep in _MODIFIERS for sub in [subtree(cop, h.i)]]
        spans += _inserted(ctx, j, linked[j])
        found: list[tuple[int, int]] = []
        for a, b in spans:
            if b - a + 1 > _MAX_SHARE_OF_SENTENCE * words:
                continue
            content = [cop.tokens[k] for k in range(a, b + 1) if _content(cop.tokens[k])]
            new = [t for t in content if not known(t) and acts.get(t.i) not in known.words]
            if len(new) >= _MIN_UNSUPPORTED and len(new) >= _MIN_SHARE * len(content):
                found.append(_trim(cop, a, b))
        for a, b in dict.fromkeys(_tighten(cop, a, b, known) for a, b in _outermost(found)):
            span = cop.token_span(a, b)
            yield Finding(
                type="addition",
                severity=Severity.INFO if summary else Severity.MINOR,
                message=f"added phrase with no support in the source: '{span.text}'",
                confidence=0.45,
                source=None,
                copy=span,
            )


def _inserted(ctx: Context, j: int, sources: list[int]) -> list[tuple[int, int]]:
    """Copy token ranges (first, last) that the word diff of copy sentence ``j`` against its linked
    source sentences inserts. Replaced runs are mostly rewordings: taking them too flagged 73 of
    SummEdits' 369 consistent evaluation summaries instead of 36."""
    a = [t.lemma for i in sources for t in ctx.source.sentence_tokens(i)]
    toks = ctx.copy.sentence_tokens(j)
    b = [t.lemma for t in toks]
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return [(toks[j1].i, toks[j2 - 1].i) for op, _i1, _i2, j1, j2 in ops if op == "insert"]


def _tighten(doc: Document, a: int, b: int, known: Vocabulary) -> tuple[int, int]:
    """The part of a token range from its first unsupported content word (with the function words
    just before it: "for a six-pack of soda", not "on his request for a six-pack of soda") to its
    last one."""
    new = [k for k in range(a, b + 1) if _content(doc.tokens[k]) and not known(doc.tokens[k])]
    if not new:
        return a, b
    start = new[0]
    while start > a and _leads(doc, doc.tokens[start - 1]):
        start -= 1
    return start, new[-1]


def _leads(doc: Document, t: Token) -> bool:
    """A token that belongs with the word after it: a function word, a figure or a name, or a
    hyphen inside a word ("a six-pack")."""
    if t.is_punct:
        return t.text == "-" and t.start > 0 and not doc.text[t.start - 1].isspace() and not doc.text[t.end : t.end + 1].isspace()
    return not _content(t)


def _trim(doc: Document, a: int, b: int) -> tuple[int, int]:
    """A token range without the punctuation and conjunctions at its edges."""
    edge = {"and", "but", "or", ",", ";", "-", "—", "–"}
    while a < b and (doc.tokens[a].is_punct or doc.tokens[a].lower in edge):
        a += 1
    while b > a and (doc.tokens[b].is_punct or doc.tokens[b].lower in edge):
        b -= 1
    return a, b


#: words that compare, link or credit what the sentence already says ("compared with", "as opposed
#: to", "according to")
_LINKING = frozenset({"compare", "oppose", "versus", "relative", "respectively", "accord", "according"})


def _content(t: Token) -> bool:
    return (t.pos in _CONTENT and not t.is_stop and not t.is_punct and not t.like_num and any(c.isalpha() for c in t.text)
            and t.lemma not in lx.LIGHT and t.lower not in _SCALE_WORDS
            and not (t.lemma in _LINKING and t.dep in ("prep", "advmod", "cc", "mark")))


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another one."""
    kept: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and a >= kept[-1][0] and b <= kept[-1][1]:
            continue
        kept.append((a, b))
    return kept
