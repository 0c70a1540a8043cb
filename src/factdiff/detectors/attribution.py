"""Attribution: who said it. A quote given to another speaker, or a claim credited to someone else.

* quotes: a copy quote matched to a source quote (verbatim or reworded) whose speaker differs
  (names compared as names: Zelensky = Zelenskyy, "he" resolved to the last person named) → major;
* claims outside quotes: the sayer of a reporting verb ("the company said", "according to the
  authority") compared pair by pair; a different sayer where the source had one → major;
* a dropped sayer: the source credits a claim to someone with a neutral reporting word ("police
  said", "according to the regulator") and the copy restates the claim (or one of its coordinated
  clauses) as its own, with no sayer, hedge or belief word left → minor (info with
  ``summary=True``: a summary shortens that way). Also where a copy splits the sentence and keeps
  the sayer with one part only ("Ferrer said A and that B" → "A. According to Ferrer, B"). A
  denial told as fact ("he denied that the firms were paid" → "the firms were not paid") → major
  (minor in summary mode). A body's report of its own unnegated deed ("the institute said it had
  suspended the grant") may be told as fact. Dropping a weighing verb ("alleged", "claimed") is
  the meaning detector's "hedge removed".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from .. import lexicon as lx
from ..claims import DENYING, PRONOUNS, Claimant, claimants, same_claimant
from ..context import Context, Pair
from ..document import Document, Token
from ..findings import Finding, Severity
from ..names import key, skeleton
from ..quotes import QUOTE_MARKS, person_before, quote_matches, quotes, same_speaker
from ..support import subtree


def detect(ctx: Context) -> Iterator[Finding]:
    for qm in quote_matches(ctx):
        if qm.kind not in {"verbatim", "reworded"} or qm.copy.speaker is None:
            continue
        speakers = [s for s in qm.source if s.speaker is not None]
        if not speakers:
            continue
        verdicts = [same_speaker(s, qm.copy) for s in speakers]
        if any(v is None or v for v in verdicts):
            continue
        src = speakers[0]
        who_src = src.speaker_name or src.speaker.text  # type: ignore[union-attr]
        who_cop = qm.copy.speaker_name or qm.copy.speaker.text
        yield Finding(
            type="attribution",
            severity=Severity.MAJOR,
            message=f"quote attributed to {who_cop}; in the source {who_src} says it",
            confidence=0.85,
            source=src.speaker,
            copy=qm.copy.speaker,
        )
    in_quotes_src = _quoted_tokens(ctx.source)
    in_quotes_cop = _quoted_tokens(ctx.copy)
    for pair in ctx.pairs:
        # a quote's speaker is compared above; a sentence that holds a quote can still credit a claim
        # outside it ("...," said Ashby, adding that supporters feared X)
        src = _unquoted(ctx.source, claimants(ctx.source, pair.source_tokens), in_quotes_src)
        cop = _unquoted(ctx.copy, claimants(ctx.copy, pair.copy_tokens), in_quotes_cop)
        if src and not cop and pair.similarity >= _RESTATED_SIMILARITY:
            yield from _dropped(ctx, pair, pair.copy_tokens, src, src)
        if src and cop and len(pair.link.copy) > 1 and pair.similarity >= _RESTATED_SIMILARITY:
            # one source sentence split in two, its sayer kept with one part only ("Ferrer said A and
            # that B" → "A. According to Ferrer, B")
            for i in pair.link.copy:
                part = ctx.copy.sentence_tokens(i)
                if not _unquoted(ctx.copy, claimants(ctx.copy, part), in_quotes_cop):
                    yield from _dropped(ctx, pair, part, [_resolved(ctx.source, s) for s in src], src)
        if not src or not cop or pair.similarity < _RESTATED_SIMILARITY:
            continue
        # in a looser pair sayers need not line up: one is compared only where the copy sayer's
        # claim restates the source sayer's ("Vandermeer said the investigation was unlikely to bring
        # prices down" → "According to Adair, the investigation is unlikely to bring prices down")
        close = pair.similarity >= _CLAIM_SIMILARITY
        src = [_resolved(ctx.source, s) for s in src]
        # a copy sayer that is surely one source sayer is no "maybe" for another ("Prosecutors said
        # Ashcroft told investors X" → "Ashcroft told investors X": Ashcroft is not the prosecutors)
        sure = [c for c in cop if any(same_claimant(x, c) is True for x in src)]
        lost = [s for s in src if not any(_may_be(s, c, sure) for c in cop)]
        new = [c for c in cop if not any(same_claimant(s, c) is not False for s in src)]
        near, own = _near_words(ctx, pair, 1), _near_words(ctx, pair, 0)
        for s, c in zip(lost, new, strict=False):
            # (a "he" read as the person last named as a subject is checked on its own sentence only:
            # "Dunmore named Marchetti mediator. He said ..." is Dunmore's)
            if set(key(c.span.text).split()) & (own if s.span.text.lower() in _PERSONAL else near):
                continue  # the copy's sayer is in the source right here, in another role
            if not close and not (c.claim and _restated(ctx.source, s.claim, {
                    w for i in c.claim for w in (ctx.copy.tokens[i].lemma, ctx.copy.tokens[i].lower)})
                    and set(key(c.span.text).split()) & _named_words(ctx.source)):
                continue  # (and the copy's sayer is someone the source names elsewhere: "Sir John" for
                # "Mr. Stevens" may be one man)
            yield Finding(
                type="attribution",
                severity=Severity.MAJOR,
                message=f"claim credited to '{c.span.text}' ({c.verb}); the source credits '{s.span.text}' ({s.verb})",
                confidence=0.65,
                source=s.span,
                copy=c.span,
            )
        # "Prosecutors said Ashcroft told investors X" → "Ashcroft told investors X": the outer sayer is
        # gone; an inner one reported by a sayer the copy keeps is gone only when it held a belief
        # ("the chair said supporters feared X" → "the chair said X", not "a study found X,
        # researchers reported" → "researchers reported that in a study X")
        gone = [s for s in lost[len(new):] if s.verb in _BELIEF or not any(
            x is not s and x not in lost and _inside(ctx, s, x) for x in src)]
        if gone and close:
            yield from _dropped(ctx, pair, pair.copy_tokens, gone, src)


#: claims are compared only in pairs at least this similar: in a looser pair (a summary sentence
#: built from several) sayers need not line up
_CLAIM_SIMILARITY = 0.75
#: a claim restated with its sayer dropped is looked for in looser pairs too: the copy must restate
#: most of the claim's words with no word that credits it, which a reworded sentence can do
_RESTATED_SIMILARITY = 0.6
#: reporting words that credit a claim without weighing it; dropping one states the claim as fact
_NEUTRAL = lx.NEUTRAL_REPORTING | {"according to", "confirm", "find", "conclude"}
#: ... and words that deny a claim: dropping the denier states the denial as fact ("he denied that
#: the firms were paid" → "the firms were not paid"), a charge the denier's word had left open
_DENYING = DENYING
#: ... and words of belief: "supporters feared Rovers would be loaded with debt" → "Rovers would be"
_BELIEF = frozenset({"fear", "believe", "worry"})
#: ... and words that allege: "the company alleged that a test rig caused the cracks" → "the cracks
#: came from a test rig". Where the copy keeps the claim's own verb, the meaning detector reads the
#: hedge dropped from it ("hedge removed"); this reads a claim restated in other words
_ALLEGING = frozenset({"allege"})
_DROPPABLE = _NEUTRAL | _BELIEF | _DENYING | _ALLEGING
#: copy words that still mark the claim as someone's (or as uncertain)
_STILL_CREDITED = (lx.NEUTRAL_REPORTING | lx.HEDGE_GOVERNORS | lx.BELIEF_GOVERNORS | lx.ALLEGATION_GOVERNORS
                   | lx.HEDGE_ADVERBS | lx.HEDGE_ADJECTIVES | _DENYING | {"according", "denial", "confirm", "find", "conclude", "show",
                                                                "quote", "cite", "source", "claim", "point"})  # "pointed out"
#: verbs that credit a judgement of what they describe ("the court considered X to be Y", "whom he
#: called victims", "denounced the strike as an attack"); as verbs only ("long-term" is no "term")
_CHARACTERISING = frozenset({"consider", "deem", "call", "describe", "label", "brand", "term", "denounce", "condemn",
                             "hail"})
#: share of the claim's content words the copy must restate for the claim to be the same one
_RESTATED = 0.6


def _content(t: Token) -> bool:
    return t.pos in {"NOUN", "PROPN", "VERB", "ADJ", "NUM"} and not t.is_stop and not t.is_punct


def _inside(ctx: Context, s: Claimant, x: Claimant) -> bool:
    """Whether sayer ``s`` stands inside what sayer ``x`` is credited with."""
    return any(ctx.source.tokens[i].start <= s.span.start < ctx.source.tokens[i].end for i in x.claim)


def _resolved(doc: Document, s: Claimant) -> Claimant:
    """A "he" or "she" sayer keyed as the person named last before it ("Brandsma ... he said")."""
    if s.key is not None or s.span.text.lower() not in _PERSONAL:
        return s
    name = person_before(doc, s.span.start)
    return replace(s, key="person:" + skeleton(name.split()[-1]), named=True) if name else s


def _may_be(s: Claimant, c: Claimant, sure: list[Claimant]) -> bool:
    if s.key is None and s.span.text.lower() in PRONOUNS:
        return True  # "They said X", after "the authors said": a pronoun may be any sayer
    v = same_claimant(s, c)
    return v is True or (v is None and c not in sure)


def _dropped(ctx: Context, pair: Pair, copy_tokens: Sequence[Token], src: list[Claimant],
             every: list[Claimant]) -> Iterator[Finding]:
    """A claim the source credits to a sayer (one of ``src``; ``every`` holds all the source
    sentences' sayers), restated by the copy's ``copy_tokens`` (the pair's sentences, or one of
    them) as a plain fact."""
    copy_sayers = claimants(ctx.copy, copy_tokens)
    here = ctx.copy.sentence_at(copy_tokens[0].start)
    before = (here.index if here is not None else min(pair.link.copy)) - 1
    if not copy_sayers and before >= 0 and _introduces(ctx.copy, before):
        return  # the copy named a sayer just before ("Police gave these details:")
    copy_words = {t.lemma for t in copy_tokens if _content(t)} | {t.lower for t in copy_tokens}
    # a source word the copy restates credits nothing ("a document showing that X", "state law")
    echoed = {t.lemma for t in pair.source_tokens} - {s.verb for s in every}
    for s in src:
        if s.verb not in _DROPPABLE or not s.claim:
            continue
        if s.verb not in _DENYING and _own_deed(ctx.source, s):
            continue  # "the institute said it had suspended the grant": a body reporting its own act
        if s.verb in _ALLEGING and _claim_verbs(ctx.source, s) & {t.lemma for t in copy_tokens}:
            continue  # the claim's verb restated: its hedge is the meaning detector's
        if _declined(ctx.copy, copy_tokens, s):
            continue  # "Brandt said the ministry would not comment" → "Brandt declined to comment"
        if not copy_sayers and _credited_beside(ctx, pair, copy_tokens, s):
            continue  # "The sheriff's office said no one has died. But two firefighters were treated."
        # a copy word still credits this claim unless another sayer says it ("Ashcroft told investors
        # X", where the prosecutors said so; "the chair said X", where supporters feared it)
        others = {c.verb for c in copy_sayers if same_claimant(s, c) is False
                  or any(same_claimant(x, c) is True for x in every if x is not s)}
        if any((t.lemma in _STILL_CREDITED or t.lower in _STILL_CREDITED
                or t.pos == "VERB" and t.lemma in _CHARACTERISING) and t.lemma not in others
               and t.lemma not in echoed for t in copy_tokens):
            return
        words = _restated(ctx.source, s.claim, copy_words)
        if not words:
            continue  # the copy does not restate what was claimed
        kept = words & copy_words
        marked = _between_marks(copy_tokens)
        restating = [t.i for t in copy_tokens if t.lemma in kept]
        if any(i in marked for i in restating):
            return  # the copy quotes it, in part: whose words they are is the quote check's
        # the copy sayer it is left to: the one whose claim restates most of it
        outer = sorted((c for c in copy_sayers if c.verb in others),
                       key=lambda c: -len(words & {ctx.copy.tokens[i].lemma for i in c.claim}))
        now = (f"the copy leaves it to '{outer[0].span.text}' ({outer[0].verb})" if outer
               else "the copy states it as fact")
        denied = s.verb in _DENYING
        settled = denied or s.verb in _ALLEGING
        # a summary shortens by dropping sayers ("police said"): annotators of summaries let it pass;
        # a denial or an allegation told as fact settles what was disputed
        if ctx.options.get("summary"):
            severity = Severity.MINOR if settled else Severity.INFO
        else:
            severity = Severity.MAJOR if settled else Severity.MINOR
        yield Finding(
            type="attribution",
            severity=severity,
            message=(f"denial stated as fact: the source has '{s.span.text}' deny it ({s.verb}); {now}" if denied
                     else f"allegation stated as fact: the source has '{s.span.text}' allege it ({s.verb}); {now}"
                     if settled else f"attribution dropped: the source credits this to '{s.span.text}' ({s.verb}); {now}"),
            confidence=0.6,
            source=s.span,
            copy=ctx.copy.span(copy_tokens[0].start, copy_tokens[-1].end),
        )
        return



#: what a sayer declines to do when it will not comment
_COMMENTING = frozenset({"comment", "say", "discuss", "elaborate", "speculate", "confirm", "answer", "respond"})


def _declined(doc: Document, copy_tokens: Sequence[Token], s: Claimant) -> bool:
    """Whether the copy has the source's sayer decline to comment ("declined to comment on the
    case"): a refusal to speak, the sayer's own act, is how news tells "said it would not comment"."""
    words = set(key(s.span.text).split())
    for t in copy_tokens:
        if t.lemma in ("decline", "refuse") and any(
                c.head == t.i and c.dep == "xcomp" and c.lemma in _COMMENTING for c in copy_tokens):
            subj = [c for c in copy_tokens if c.head == t.i and c.dep in ("nsubj", "nsubjpass")]
            if subj and (words & set(key(subj[0].text).split())
                         or subj[0].lower in PRONOUNS):
                return True
    return False


def _credited_beside(ctx: Context, pair: Pair, copy_tokens: Sequence[Token], s: Claimant) -> bool:
    """Whether the copy sentence before the claim's, restating the same source sentence, credits
    source sayer ``s``: a long sentence cut in two with its sayer kept in the first part ("The
    sheriff's office said no deaths have been reported. But two firefighters were treated for
    burns.") goes on reporting that sayer, as news prose does. A sayer named only after the claim
    ("The report is not out of date. Corrloch said the surveys were redone.") leaves the claim
    before it stated as fact."""
    k = min(t.sentence for t in copy_tokens) - 1
    if k < 0 or not any(k in link.copy and set(link.source) & set(pair.link.source) for link in ctx.alignment.links):
        return False
    return any(_same_sayer(ctx, s, c) for c in claimants(ctx.copy, ctx.copy.sentence_tokens(k)))


def _same_sayer(ctx: Context, s: Claimant, c: Claimant) -> bool:
    """Whether copy sayer ``c`` is source sayer ``s``: the same claimant, a sayer sharing a word
    with it ("documents filed with the council"), or a pronoun sayer with the same verb."""
    return (same_claimant(_resolved(ctx.source, s), c) is True
            or bool(set(key(s.span.text).split()) & set(key(c.span.text).split()))
            or (s.span.text.lower() in PRONOUNS and c.verb == s.verb))


def _claim_verbs(doc: Document, s: Claimant) -> set[str]:
    """Lemmas of the verbs that head the claim's clauses."""
    claim = set(s.claim)
    return {doc.tokens[i].lemma for i in claim if doc.tokens[i].pos in ("VERB", "AUX")
            and (doc.tokens[i].head not in claim or doc.tokens[i].dep == "conj")}


def _own_deed(doc: Document, s: Claimant) -> bool:
    """Whether the claim tells, unnegated, of a deed of the sayer's own ("the company said it had
    recalled the pills", "Haines said he voted against the map")."""
    claim = set(s.claim)
    person = (s.key or "").startswith("person:") or s.span.text.lower() in _PERSONAL
    roots = [i for i in claim if doc.tokens[i].head not in claim or doc.tokens[i].head == i]
    for r in roots:
        kids = [doc.tokens[c] for c in claim if doc.tokens[c].head == r and c != r]
        if any(k.dep == "neg" or k.lower in lx.NEGATORS for k in kids):
            return False
        subj = [k for k in kids if k.dep == "nsubj"]
        if subj and (subj[0].lower in (_PERSONAL if person else _COLLECTIVE)
                     or key(subj[0].text) in set(key(s.span.text).split())):
            return True
    return False


#: pronouns by which a person, or a body, speaks of itself ("Haines said he", "the firm said it")
_PERSONAL = frozenset({"he", "she", "i"})
_COLLECTIVE = frozenset({"it", "they", "we"})


def _introduces(doc: Document, i: int) -> bool:
    """Whether sentence ``i`` introduces what follows as someone's words: it ends in a colon, or a
    sayer in it credits no clause of its own ("A police spokesman explained. The man was armed.")."""
    if doc.sentences[i].text.rstrip().endswith(":"):
        return True
    return any(not c.claim and _main_unnegated(doc, c) for c in claimants(doc, doc.sentence_tokens(i)))


def _main_unnegated(doc: Document, c: Claimant) -> bool:
    """The sayer's verb is its sentence's main verb and not negated ("A spokesman explained."; not
    "..., but the heads of the chains have not yet confirmed")."""
    toks = doc.tokens_in(c.span.start, c.span.end)
    if not toks:
        return True
    verb = doc.tokens[toks[-1].head]
    return verb.dep == "ROOT" and not any(t.head == verb.i and (t.dep == "neg" or t.lower in lx.NEGATORS)
                                          for t in doc.sentence_tokens(doc.sentence_at(verb.start)))  # type: ignore[arg-type]


def _restated(doc: Document, claim: tuple[int, ...], copy_words: set[str]) -> set[str]:
    """The content lemmas of the claim, or of one of its coordinated clauses ("said A and that B"),
    or of what is left without its participle clause ("denied A, saying B"), that the copy restates
    (most of them, two at least); empty when it restates none."""
    parts = [set(claim)]
    for i in claim:
        t = doc.tokens[i]
        # a coordinated verb ("said A and that B"), or a participle clause ("denied that X, saying Y")
        if (t.dep == "conj" and t.pos in {"VERB", "AUX"}) or (t.dep == "advcl" and t.tag == "VBG"):
            part = set(subtree(doc, i)) & set(claim)
            parts += [part, parts[0] - part]
    # what the claim says of its things, not how it describes them: a relative clause, a participle
    # or an apposition on a noun is background ("the map, approved in a 3-2 vote, splits the east
    # side": the copy's "the map was approved in a 3-2 vote" restates no allegation)
    background = {k for i in claim if doc.tokens[i].dep in {"relcl", "appos"} or (
        doc.tokens[i].dep == "acl" and doc.tokens[i].tag in {"VBN", "VBG"}) for k in subtree(doc, i)}
    for part in parts:
        words = {doc.tokens[i].lemma for i in part - background if _content(doc.tokens[i])}
        kept = words & copy_words
        if len(kept) >= 2 and len(kept) >= _RESTATED * len(words):
            return words
    return set()


def _named_words(doc: Document) -> set[str]:
    """Keys of the capitalised words of a document past each sentence's first."""
    cached = doc._cache.get("attribution.named")
    if cached is None:
        cached = doc._cache["attribution.named"] = {
            key(t.text) for si in range(len(doc.sentences)) for t in doc.sentence_tokens(si)[1:] if t.text[:1].isupper()}
    return cached  # type: ignore[no-any-return]


def _near_words(ctx: Context, pair: Pair, reach: int) -> set[str]:
    """Keys of the source words of the pair's sentences, and of ``reach`` sentences either side."""
    lo, hi = min(pair.link.source), max(pair.link.source)
    sentences = range(max(0, lo - reach), min(len(ctx.source.sentences), hi + 1 + reach)) if reach else pair.link.source
    return {key(t.text) for i in sentences for t in ctx.source.sentence_tokens(i) if not t.is_stop}


def _quoted_tokens(doc: Document) -> set[int]:
    """Indices of the tokens that stand inside a quotation."""
    out: set[int] = set()
    for q in quotes(doc):
        out |= {t.i for t in doc.tokens_in(q.span.start, q.span.end)}
    return out


def _unquoted(doc: Document, sayers: list[Claimant], quoted: set[int]) -> list[Claimant]:
    """The sayers that do not credit a quote (those are the quote check's): most of the claim is not
    quoted, and no quotation mark stands between the claim and its sayer ('...," Geer added', with
    or without the opening mark; 'Geer said: "...')."""
    out = []
    for c in sayers:
        at = [t.i for t in doc.tokens_in(c.span.start, c.span.end)]
        if not at or not c.claim:
            if quoted.isdisjoint(at):
                out.append(c)  # a sayer whose claim the parse does not give: compared as before
            continue
        marked = quoted | _between_marks(doc.tokens[min(*at, *c.claim) : max(*at, *c.claim) + 1])
        if sum(i in marked for i in c.claim) * 2 > len(c.claim):
            continue
        gap = range(max(c.claim) + 1, min(at)) if max(c.claim) < min(at) else range(max(at) + 1, min(c.claim))
        if any(_is_quote_mark(doc.tokens[i]) for i in gap):
            continue
        out.append(c)
    return out


def _between_marks(tokens: Sequence[Token]) -> set[int]:
    """Tokens after an opening quotation mark and before its closing one, read mark by mark (a
    quote left open to the end of the sentence counts)."""
    out: set[int] = set()
    inside = False
    for t in tokens:
        if _is_quote_mark(t):
            inside = not inside
        elif inside:
            out.add(t.i)
    return out


def _is_quote_mark(t: Token) -> bool:
    return t.text in QUOTE_MARKS or t.tag in ("``", "''")  # the tagger's marks count too

