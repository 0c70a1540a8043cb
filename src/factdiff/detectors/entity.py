"""Entity: names swapped, misspelt or legitimately respelt; roles changed; owners changed.

For each aligned pair, every name part of the copy that the source document does not support is
classified against the pair's unmatched source names (:func:`factdiff.names.relate`): a *swap*
(major), a *corruption* / misspelling (minor) or a legitimate *variant* (info). Lower-case
mangling of a source name ("non-NATO" → "non-nat") is caught from the source side. Roles
("reporters" → "bystanders", "chief financial officer" → "chief executive") and owners ("his
country's minerals" → "US minerals") are compared pair by pair as well.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..align import Link
from ..context import Context, Pair
from ..document import Document, Span, Token
from ..findings import Finding, Severity
from ..names import (
    Mention,
    best_counterpart,
    demonym_of,
    initialism,
    is_word,
    key,
    mentions,
    mentions_in,
    name_index,
    relate,
    same_name,
    skeleton,
)
from ..roles import GENERIC_ROLES, ROLE_WORDS, Owner, Role, owners, roles

_SEVERITY = {"swap": Severity.MAJOR, "corruption": Severity.MINOR, "variant": Severity.INFO}
_LABEL = {"swap": "name swapped", "corruption": "name misspelt", "variant": "name variant"}


def detect(ctx: Context) -> Iterator[Finding]:
    reported: set[tuple[int, int]] = set()
    variants_seen: set[tuple[str, str]] = set()
    for pair in [*ctx.pairs, *_rescued(ctx)]:
        yield from _whole_names(ctx, list(_names(ctx, pair, reported, variants_seen)))
        yield from _lowercase(ctx, pair, reported)
        yield from _roles(ctx, pair)
        yield from _owners(ctx, pair)


def _whole_names(ctx: Context, found: list[Finding]) -> list[Finding]:
    """Swaps of neighbouring name parts, one name for another on both sides, as one finding:
    "Ana Ruiz" → "Maria Lopez", not "Ana" → "Maria" and "Ruiz" → "Lopez" (the parts may have been
    paired crosswise: "Merkel" → "Boris", "Angela" → "Johnson")."""
    out: list[Finding] = []
    for f in sorted(found, key=lambda f: f.sort_key):
        prev = out[-1] if out else None
        if (
            prev is not None and f.severity == prev.severity == _SEVERITY["swap"]
            and f.message.startswith(_LABEL["swap"]) and prev.message.startswith(_LABEL["swap"])
            and f.source is not None and prev.source is not None and f.copy is not None and prev.copy is not None
            and _adjacent(ctx.copy, prev.copy, f.copy)
            and (_adjacent(ctx.source, prev.source, f.source) or _adjacent(ctx.source, f.source, prev.source))
        ):
            src = ctx.source.span(min(prev.source.start, f.source.start), max(prev.source.end, f.source.end))
            cop = ctx.copy.span(prev.copy.start, f.copy.end)
            out[-1] = _finding(ctx, "swap", _reason(prev), max(prev.confidence, f.confidence), src, cop, src.text)
            continue
        out.append(f)
    return out


def _adjacent(doc: Document, a: Span, b: Span) -> bool:
    """``b`` follows ``a`` with only a space between them ("Ana" "Ruiz")."""
    return a.end <= b.start and b.start - a.end <= 2 and not doc.text[a.end : b.start].strip()


#: an unaligned copy sentence is paired with its closest source sentence when this similar and
#: when most of its words are that sentence's words: a changed name can push a short sentence's
#: embedding below the alignment threshold ("The orchestra played Tchaikovksy …").
_RESCUE_SIMILARITY = 0.5
_RESCUE_OVERLAP = 0.6


def _rescued(ctx: Context) -> list[Pair]:
    al = ctx.alignment
    out: list[Pair] = []
    for j in al.unaligned_copy:
        row = al.matrix[j]
        i = int(row.argmax())
        if float(row[i]) < _RESCUE_SIMILARITY:
            continue
        a = {t.lower for t in ctx.copy.sentence_tokens(j) if not t.is_punct}
        b = {t.lower for t in ctx.source.sentence_tokens(i) if not t.is_punct}
        if a and b and len(a & b) / max(len(a), len(b)) >= _RESCUE_OVERLAP:
            out.append(Pair(ctx.source, ctx.copy, Link((i,), (j,), float(row[i]))))
    return out


# -- names --------------------------------------------------------------------------------------


def _names(ctx: Context, pair: Pair, reported: set[tuple[int, int]], variants_seen: set[tuple[str, str]]) -> Iterator[Finding]:
    src_index = name_index(ctx.source)
    src_mentions = mentions_in(ctx.source, pair.link.source)
    cop_mentions = mentions_in(ctx.copy, pair.link.copy)
    copy_words = {key(t.text) for t in pair.copy_tokens}
    # source name parts of this pair that the copy pair does not carry: candidates for a change
    open_src = [
        p for m in src_mentions for p in m.parts
        if key(p.text) not in copy_words and not any(same_name(p.text, t.text) for t in pair.copy_tokens if t.text[:1].isupper())
    ]
    src_groups = {(p.start, p.end): m.group for m in src_mentions for p in m.parts}
    src_words = {key(t.text) for t in pair.source_tokens}
    for m in cop_mentions:
        if len(m.parts) > 1 and any(initialism(m.text, s.text) for s in src_mentions) and all(
            is_word(p.text) or src_index.has_word(p.text) for p in m.parts
        ):
            continue  # the name spelt out where the source gives its initials ("SEC"), spelt right
        for part in m.parts:
            if src_index.has_word(part.text):
                if key(part.text) not in src_words:
                    yield from _moved(ctx, pair, m, part, src_mentions, open_src, reported)
                continue
            if src_index.has_word(m.text) or any(demonym_of(part.text, s.text) for s in _source_parts(ctx)):
                continue
            variant = _pair_variant(part.text, src_mentions) or src_index.variant_of(part.text)
            if variant is not None and same_name(variant, part.text):
                pair_key = (skeleton(variant), part.text)
                if pair_key in variants_seen or variant == part.text:
                    continue
                variants_seen.add(pair_key)
                rel = relate(variant, part.text)
                yield _finding(ctx, rel.kind, rel.reason, 0.6, _source_span(ctx, pair, variant), part, variant)
                reported.add((part.start, part.end))
                continue
            yield from _changed(ctx, pair, m, part, open_src, src_groups, reported)


#: an aligned pair this close renders one source sentence; a name from elsewhere in the source is a swap
_MOVED_SIMILARITY = 0.7
#: ... and when this share of the copy sentence's words are the source sentence's words
_MOVED_OVERLAP = 0.6


def _overlap(pair: Pair) -> float:
    a = {t.lower for t in pair.copy_tokens if not t.is_punct}
    b = {t.lower for t in pair.source_tokens if not t.is_punct}
    return len(a & b) / len(a) if a else 0.0


def _moved(
    ctx: Context, pair: Pair, mention: Mention, part: Span, src_mentions: list[Mention], open_src: list[Span],
    reported: set[tuple[int, int]],
) -> Iterator[Finding]:
    """A name the source uses elsewhere, in place of the aligned sentence's own name (Okafor → Ruiz)."""
    group = mention.group or _source_group(ctx, part.text)
    if group not in {"person", "place", "org"} or pair.similarity < _MOVED_SIMILARITY:
        return
    if _common_noun(ctx, part.text):
        return  # "Podcast", "Magazine": capitalised common nouns, not names
    if len(pair.link.copy) != 1 or len(pair.link.source) != 1 or _overlap(pair) < _MOVED_OVERLAP:
        return  # only where the copy sentence is the source sentence reworded, not a summary's blend
    if _pair_variant(part.text, src_mentions) is not None:
        return
    if any(demonym_of(part.text, p.text) for m in src_mentions for p in m.parts):
        return  # "Ukrainian" for "Ukraine's"
    groups = {(p.start, p.end): m.group for m in src_mentions for p in m.parts}
    slot = [p for p in open_src if groups.get((p.start, p.end)) == group and not _common_noun(ctx, p.text)]
    if not slot:
        return
    slot = [p for p in slot if _same_place(ctx, pair, p, part)]
    best = best_counterpart(part.text, slot)
    if best is None:
        return
    reported.add((part.start, part.end))
    yield _finding(ctx, "swap", "another name that the source uses elsewhere", 0.7, best[0], part, best[0].text)


def _same_place(ctx: Context, pair: Pair, src: Span, cop: Span) -> bool:
    """The copy name stands where the source name stood: a word next to it is the same."""
    def neighbours(toks: list[Token], span: Span) -> set[tuple[int, str]]:
        words = [t for t in toks if not t.is_punct]
        at = [k for k, t in enumerate(words) if t.start <= span.start < t.end or span.start <= t.start < span.end]
        if not at:
            return set()
        lo, hi = at[0], at[-1]
        out = set()
        if lo > 0:
            out.add((-1, words[lo - 1].lower))
        if hi + 1 < len(words):
            out.add((1, words[hi + 1].lower))
        return out

    return bool(neighbours(pair.source_tokens, src) & neighbours(pair.copy_tokens, cop))


def _common_noun(ctx: Context, text: str) -> bool:
    """Either text writes this word in lower case somewhere: a common noun, not a name."""
    low = text.lower()
    if low == text:
        return True
    return any(t.text == low for doc in (ctx.source, ctx.copy) for t in doc.tokens)


def _source_group(ctx: Context, text: str) -> str:
    """The kind of thing (person, place, org) the source's NER gave this name anywhere."""
    k = key(text)
    for m in mentions(ctx.source):
        if m.label and any(key(p.text) == k for p in m.parts):
            return m.group
    return ""


def _pair_variant(text: str, src_mentions: list[Mention]) -> str | None:
    for m in src_mentions:
        for p in m.parts:
            if same_name(p.text, text):
                return p.text
        if same_name(m.text, text):
            return m.text
    return None


def _source_span(ctx: Context, pair: Pair, text: str) -> Span | None:
    for s in pair.source_sentences:
        found = ctx.source.find(text, within=s)
        if found is not None:
            return found
    return ctx.source.find(text)


def _changed(
    ctx: Context,
    pair: Pair,
    mention: Mention,
    part: Span,
    open_src: list[Span],
    src_groups: dict[tuple[int, int], str],
    reported: set[tuple[int, int]],
) -> Iterator[Finding]:
    candidates = [
        p for p in open_src
        if not mention.group or not src_groups.get((p.start, p.end)) or src_groups[(p.start, p.end)] == mention.group
        or {mention.group, src_groups[(p.start, p.end)]} <= {"", "other", "org", "person"}
    ] or open_src
    best = best_counterpart(part.text, candidates)
    if best is None and mention.group in {"person", ""} and len(mention.parts) > 1 and part != mention.parts[-1]:
        if name_index(ctx.source).has_word(mention.parts[-1].text):
            return  # a first name added to a surname the source uses ("Trump" → "Donald Trump")
    if best is None:
        # document-level: a close spelling of a name the source uses elsewhere (Hegseth → Hegses)
        best = best_counterpart(part.text, _source_parts(ctx), floor=_DOC_FLOOR)
    if best is None:
        # a name the source never uses, with nothing in the aligned source for it to replace; said
        # once per name (a later "Lopez" after "Ruiz" → "Lopez" was reported adds nothing)
        if any(key(ctx.copy.text[s:e]) == key(part.text) for s, e in reported):
            return
        sev = Severity.MINOR
        reported.add((part.start, part.end))
        yield Finding(
            type="entity",
            severity=sev,
            message=f"name not in the source: '{part.text}' appears nowhere in the source text",
            confidence=0.5 if mention.label else 0.35,
            source=None,
            copy=part,
        )
        return
    src_span, _score = best
    copy_uses = sum(1 for t in ctx.copy.tokens if key(t.text) == key(part.text))
    source_in_copy = any(key(t.text) == key(src_span.text) for t in ctx.copy.tokens)
    in_source = name_index(ctx.source).has_word(part.text)
    rel = relate(src_span.text, part.text, in_source=in_source, copy_uses=copy_uses, source_in_copy=source_in_copy)
    conf = 0.8 if rel.kind == "swap" else 0.5 + rel.score / 250
    reported.add((part.start, part.end))
    yield _finding(ctx, rel.kind, rel.reason, min(conf, 0.95), src_span, part, src_span.text)


_DOC_FLOOR = 70.0


def _source_parts(ctx: Context) -> list[Span]:
    cached = ctx.cache.get("entity_source_parts")
    if cached is None:
        seen: dict[str, Span] = {}
        for m in mentions(ctx.source):
            for p in m.parts:
                seen.setdefault(key(p.text), p)
        cached = list(seen.values())
        ctx.cache["entity_source_parts"] = cached
    return cached  # type: ignore[no-any-return]


def _finding(ctx: Context, kind: str, reason: str, conf: float, src: Span | None, cop: Span, src_text: str) -> Finding:
    return Finding(
        type="entity",
        severity=_SEVERITY[kind],
        message=f"{_LABEL[kind]}: '{src_text}' → '{cop.text}' ({kind}: {reason})",
        confidence=round(conf, 3),
        source=src,
        copy=cop,
    )


def _reason(f: Finding) -> str:
    """The reason :func:`_finding` wrote at the end of a finding's message: "(swap: <reason>)"."""
    kind = next(k for k, label in _LABEL.items() if f.message.startswith(label))
    return f.message[f.message.rfind(f"({kind}: ") + len(kind) + 3 : -1]


def _lowercase(ctx: Context, pair: Pair, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """A source name the copy mangled into a lower-case non-name: "non-NATO" → "non-nat"."""
    src_index = name_index(ctx.source)
    pair_parts = [p for m in mentions_in(ctx.source, pair.link.source) for p in m.parts]
    for t in pair.copy_tokens:
        kt = key(t.text)
        if (t.start, t.end) in reported or len(kt) < 3 or t.text[:1].isupper() or src_index.has_word(t.text):
            continue
        if t.pos in {"VERB", "ADV", "ADP", "AUX", "PRON", "DET", "CCONJ", "SCONJ"}:
            continue
        # the aligned source's names first, then (stricter) any name of the source
        for parts, floor in ((pair_parts, 75.0), (_source_parts(ctx), 85.0)):
            hit = None
            for p in parts:
                kp = key(p.text)
                if len(kp) < 3 or kp[:2] != kt[:2] or abs(len(kt) - len(kp)) > 2:
                    continue
                if t.lemma == kp or key(t.lemma) == kp:
                    continue  # "Philosophy" → "philosophies": the same word inflected
                if p.text[1:].islower() and is_word(t.text.lower()) and is_word(kp):
                    continue  # "the Rural Labour Party" / "part of the jump": two words, no name mangled
                rel = relate(p.text, t.text)
                need = floor if is_word(t.text) else floor - 5
                if rel.kind != "variant" and rel.score >= need:
                    hit = p
                    break
            if hit is not None:
                reported.add((t.start, t.end))
                span = ctx.copy.span(t.start, t.end)
                yield _finding(ctx, "corruption", "the name is mangled into a non-name", 0.6, hit, span, hit.text)
                break


# -- roles --------------------------------------------------------------------------------------


def _roles(ctx: Context, pair: Pair) -> Iterator[Finding]:
    src = roles(ctx.source, pair.source_tokens)
    cop = roles(ctx.copy, pair.copy_tokens)
    if not src or not cop:
        return
    # a named person's title is compared with the title the source gives that person, whatever the
    # sentence says elsewhere ("Judge Marsh" → "Inspector Marsh" beside "warnings from inspectors")
    retitled = [(s, c) for c in cop if c.titled and c.slot.startswith("person:") and c.name not in GENERIC_ROLES
                for s in src if s.titled and s.slot == c.slot and s.name != c.name and s.name not in GENERIC_ROLES
                and not any(x.slot == c.slot and x.name == c.name for x in src)]
    for s, c in retitled:
        yield _role_finding(s, c, titled=True)
    done = {id(r) for pair_ in retitled for r in pair_}
    src_names = {r.name for r in src}
    cop_names = {r.name for r in cop}
    lost = [r for r in src if r.name not in cop_names and r.name not in GENERIC_ROLES and id(r) not in done]
    new = [r for r in cop if r.name not in src_names and r.name not in GENERIC_ROLES and id(r) not in done]
    used: set[int] = set()
    for c in new:
        s = next((r for k, r in enumerate(lost) if k not in used and r.slot == c.slot), None)
        if s is None:
            continue
        used.add(lost.index(s))
        yield _role_finding(s, c, titled=s.titled or c.titled)


def _role_finding(s: Role, c: Role, *, titled: bool) -> Finding:
    return Finding(
        type="entity",
        severity=Severity.MAJOR if titled else Severity.MINOR,
        message=f"role changed: '{s.span.text}' → '{c.span.text}'" + (" (the title of a named person)" if titled else ""),
        confidence=0.7 if titled else 0.55,
        source=s.span,
        copy=c.span,
    )


# -- owners -------------------------------------------------------------------------------------


def _owners(ctx: Context, pair: Pair) -> Iterator[Finding]:
    src = owners(ctx.source, pair.source_tokens, attached=True)
    cop = owners(ctx.copy, pair.copy_tokens)
    for c in cop:
        if c.kind != "name":
            continue
        same_head = [s for s in src if s.head.lemma == c.head.lemma]
        if not same_head:
            continue
        if any(_same_owner(s.text, c.text) for s in same_head):
            continue  # the copy keeps (or moves in front of the noun) an owner the source gives it
        s = next((x for x in same_head if x.kind != "attached"), same_head[0])
        if s.kind in {"name", "attached"}:
            if not (s.possessive or c.possessive):
                continue  # "activists in London" → "U.K. activists": a place, not an owner
            if not (_cased(ctx.source) and _cased(ctx.copy)) or _owned_in_source(ctx, c):
                continue
            if _before_noun(ctx.source, s.head, c.text):
                continue  # "three Van Aalst breweries in the Netherlands" (a name the tagger missed)
            # the copy keeps a source owner of this noun ("London Russian embassy" for "Russian embassy in London")
            copy_owners = [o for o in cop if o.head.lemma == c.head.lemma and o.kind == "name"]
            if any(_same_owner(x.text, o.text) for x in same_head if x.kind == "name" for o in copy_owners):
                continue
            yield _owner_finding(s, c, "another owner", Severity.MAJOR, 0.7)
            continue
        antecedent = _antecedent(ctx, pair, s)
        if antecedent is None or _subject_before(ctx.source, s, c.text):
            continue  # "Halvorsen Pharma said its profit fell": the subject is the likeliest owner
        if any(same_name(a, c.text) or demonym_of(_core(a), _core(c.text)) or key(a) == key(_core(c.text)) for a in antecedent):
            continue
        if _serves(pair, antecedent, c.text):
            continue  # "Chile's trade minister, Rodrigo Ancalao, said his government" is Chile's
        # the new owner is a party the pair names ("Japanese mines" where Japan is in the sentence)
        elsewhere = any(
            same_name(m, c.text) or key(m) == key(_core(c.text)) or demonym_of(m, _core(c.text))
            for m in _pair_names(ctx, pair)
        )
        sev = Severity.MAJOR if elsewhere else Severity.MINOR
        yield _owner_finding(s, c, f"'{s.text}' refers to {antecedent[0]}", sev, 0.7 if elsewhere else 0.5)


def _before_noun(doc: Document, head: Token, name: str) -> bool:
    """Whether the words of ``name`` modify ``head`` in front of it ("Van Aalst breweries"), named
    entity or not."""
    words = set(key(_core(name)).split())
    toks = doc.tokens
    mods = [t for t in doc.sentence_tokens(head.sentence) if t.i < head.i and t.dep in ("compound", "poss", "nmod")
            and head.i in (t.head, toks[t.head].head)]
    have = {key(t.text) for t in mods}
    return bool(words) and words <= have


def _cased(doc: Document) -> bool:
    """Normal capitalisation: the parse of noun phrases is trusted only then (not for lower-cased text)."""
    prose = [x for x in doc.sentences if x.kind == "sentence"]
    return bool(prose) and sum(x.text.lstrip("“\"'‘(")[:1].isupper() for x in prose) >= 0.6 * len(prose)


def _owned_in_source(ctx: Context, c: Owner) -> bool:
    """The source says this owner's this thing somewhere ("Sydney's Manly beach")."""
    cached = ctx.cache.get("entity_source_owners")
    if cached is None:
        cached = {(key(_core(o.text)), o.head.lemma) for o in owners(ctx.source, ctx.source.tokens) if o.kind == "name"}
        ctx.cache["entity_source_owners"] = cached
    return (key(_core(c.text)), c.head.lemma) in cached


def _same_owner(a: str, b: str) -> bool:
    wa, wb = set(key(_core(a)).split()), set(key(_core(b)).split())
    return same_name(a, b) or demonym_of(_core(a), _core(b)) or bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _serves(pair: Pair, antecedent: Sequence[str], owner: str) -> bool:
    """Whether the source sentence gives the antecedent a title owned by ``owner`` ("Chile's trade
    minister, Rodrigo Ancalao"): the person's "his government" is then the owner's."""
    names = {key(w) for a in antecedent for w in a.split()}
    toks = pair.source_tokens
    for k, t in enumerate(toks):
        if t.dep == "poss" and (same_name(t.text, owner) or key(t.text) == key(_core(owner))) and (
                pair.source.tokens[t.head].lemma in ROLE_WORDS):
            if names & {key(u.text) for u in toks[k + 1 : k + 9]}:
                return True
    return False


def _core(text: str) -> str:
    words = [w for w in text.split() if w.lower() not in {"the", "a", "an"}]
    return " ".join(words) or text


def _owner_finding(s: Owner, c: Owner, why: str, sev: Severity, conf: float) -> Finding:
    return Finding(
        type="entity",
        severity=sev,
        message=f"owner changed: '{s.text} … {s.head.text}' → '{c.text} … {c.head.text}' ({why})",
        confidence=conf,
        source=s.span,
        copy=c.span,
    )


def _pair_names(ctx: Context, pair: Pair) -> list[str]:
    return [m.text for m in mentions_in(ctx.source, pair.link.source)]


def _subject_before(doc: Document, owner: Owner, name: str) -> bool:
    """Whether ``name`` is the subject of a clause before the possessive in its sentence, whatever
    label the tagger gave it (a company tagged as a person is still the "its" of its sentence)."""
    start = owner.span.start
    sent = doc.sentence_at(start)
    for e in doc.entities:
        if e.end > start or e.label not in {"PERSON", "ORG", "GPE", "NORP"} or doc.sentence_at(e.start) != sent:
            continue
        if any(doc.tokens[k].dep in ("nsubj", "nsubjpass") for k in range(e.token_start, e.token_end)) and same_name(e.text, name):
            return True
    return False


def _antecedent(ctx: Context, pair: Pair, owner: Owner) -> list[str] | None:
    """Who a possessive pronoun stands for, and their affiliations ("Zelenskyy", "Ukrainian")."""
    doc = ctx.source
    before = [e for e in doc.entities if e.end <= owner.span.start and e.label in {"PERSON", "ORG", "GPE"}]
    if not before:
        return None
    pron = owner.text.split()[0].lower()
    # labels to try, in order: "her" is a person when one is named, else a country or ship
    tiers = {"his": [{"PERSON"}], "her": [{"PERSON"}, {"GPE"}], "its": [{"ORG", "GPE"}], "their": [{"ORG", "GPE", "PERSON"}]}.get(pron)
    if tiers is None:
        return None
    pick = None
    for wanted in tiers:
        pick = next((e for e in reversed(before) if e.label in wanted and owner.span.start - e.end <= 400), None)
        if pick is not None:
            break
    if pick is None or owner.span.start - pick.end > 400:
        return None
    names = [pick.text]
    # affiliations: nationality / country words next to the name ("Ukrainian President Volodymyr Zelenskyy")
    lo = max(0, pick.token_start - 4)
    for t in doc.tokens[lo : pick.token_end]:
        if t.sentence == pick.sentence and t.ent_type in {"NORP", "GPE", "ORG"} and t.i < pick.token_start:
            names.append(t.text)
    return names
