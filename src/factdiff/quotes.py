"""Quotations, their speakers, and how a copy's quotes match the source's.

:func:`quotes` extracts quoted spans from a document: curly (“…”), straight ("…") and guillemet
(«…») double quotes, top-level curly single quotes (‘…’), quotes that run over several sentences,
and a quote left open at a paragraph's end (news style: the next paragraph re-opens it). Nested
quotes stay inside their outer quote.

Each quote gets its speaker from the reporting clause around it ("…," Zelenskyy said / said
Zelenskyy / Hegseth told allies: “…” / according to X); a pronoun speaker ("he said") is resolved
to the last person named before it, and a quote with no clause of its own continues the previous
quote of its paragraph.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from . import lexicon as lx
from .document import Document, Span
from .names import demonym_of, key, mentions, relate, same_name, skeleton
from .roles import ROLE_WORDS

if TYPE_CHECKING:
    from .context import Context

_OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
#: every opening and closing quotation mark
QUOTE_MARKS = frozenset(_OPENERS) | frozenset(_OPENERS.values())
_VERBS = (
    r"said|says|say|told|tells|replied|replies|added|adds|asked|asks|explained|explains|noted|notes|stated|"
    r"states|wrote|writes|declared|declares|insisted|insists|argued|argues|warned|warns|continued|recalled|"
    r"responded|answered|stressed|emphasi[sz]ed|claimed|claims|remarked|observed|admitted|conceded|announced|"
    r"tweeted|posted|joked|quipped|shouted|yelled|pleaded|urged|concluded|acknowledged|affirmed|maintained"
)
#: a title in lower case before a name: "board chairwoman Dekkers", "FDA spokesman Thomas Reddick",
#: "New York Times Company chairman Arthur Sulzberger"
_TITLED = (r"(?:[A-Z][\w’'\-.]*\s+){0,4}(?:[a-z][\w\-]*\s+)?(?:"
           + "|".join(sorted((re.escape(w) for w in {*ROLE_WORDS, "chief", "commissioner"} if w.isalpha()), key=len, reverse=True))
           + r")\s+[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*")
#: a name, with the body it belongs to ("Professor Alan Mercer of Wrenfield Law School"; :func:`_who` cuts it off)
_NAME = (rf"(?:{_TITLED}|[A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|de|van|von|bin|al-\w+))*"
         r"(?:\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*)?"
         r"|he|she|they|He|She|They|[Tt]he\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)")
_AFTER_WHO_VERB = re.compile(rf"^[\s,;:—–-]*(?P<who>{_NAME})\s+(?:has\s+|had\s+|later\s+|then\s+|also\s+)?(?P<verb>{_VERBS})\b")
_AFTER_VERB_WHO = re.compile(rf"^[\s,;:—–-]*(?P<verb>{_VERBS})\s+(?P<who>{_NAME})")
_AFTER_ACCORDING = re.compile(rf"^[\s,;:—–-]*(?P<verb>according to)\s+(?P<who>{_NAME})")
_BEFORE = re.compile(
    rf"(?P<who>{_NAME})\s+(?:has\s+|had\s+|later\s+|then\s+|also\s+)?(?P<verb>{_VERBS})(?:\s+[^“”\"«».!?]{{0,60}}?)?\s*[,:]?\s*$"
)
_BEFORE_ACCORDING = re.compile(rf"(?P<verb>[Aa]ccording to)\s+(?P<who>{_NAME})\s*[,:]\s*$")
_PRONOUNS = frozenset({"he", "she", "they"})
#: capitalised words the speaker pattern takes that name no one
_NO_NAME = frozenset({"it", "this", "that", "we", "i", "you", "there", "these", "those"})
_NEGATORS = frozenset({"not", "no", "never", "n't", "none", "nothing", "nobody", "neither", "nor", "without", "cannot"})
_DIGITS = {w: str(k) for k, w in enumerate("zero one two three four five six seven eight nine ten".split())}
_NUMBER = re.compile(r"\d[\d,.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion|half)\b", re.I)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``span`` is the quoted words (no marks), ``speaker`` the name as written.

    ``speaker_key`` identifies the speaker across documents (the skeleton of the surname, or of a
    role phrase); ``speaker_name`` is the fullest name the document gives that speaker.
    """

    span: Span
    paragraph: int
    speaker: Span | None
    speaker_key: str | None
    speaker_name: str | None
    verb: str | None

    @property
    def text(self) -> str:
        return self.span.text


# -- extraction ---------------------------------------------------------------------------------


def _raw_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each top-level quotation, marks excluded."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _OPENERS or (ch == "‘" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < n and text[i + 1].isalpha()):
            close = _OPENERS.get(ch, "’")
            if ch == '"' and i + 1 < n and text[i + 1].isspace():
                i += 1  # a stray closing straight quote
                continue
            j = i + 1
            end = None
            while j < n:
                c = text[j]
                if c == close or (ch == '"' and c == "”") or (ch == "“" and c == '"'):
                    if close == "’" and j + 1 < n and text[j + 1].isalpha():
                        j += 1  # an apostrophe, not the closing mark
                        continue
                    end = j
                    break
                if c == "\n" and (j + 1 >= n or text[j + 1] in "\n" + "".join(_OPENERS) or _ends_sentence(text, j)):
                    end = j  # the quote runs on into the next paragraph (or line): close it here
                    break
                j += 1
            if end is None:
                end = n
            if end > i + 1:
                out.append((i + 1, end))
            i = end + 1
            continue
        i += 1
    return out


def _ends_sentence(text: str, newline: int) -> bool:
    """The line before ``newline`` ends a sentence (so the line break is not a soft wrap)."""
    return text[:newline].rstrip()[-1:] in {".", "!", "?", ":"}


def quotes(doc: Document) -> tuple[Quote, ...]:
    """All quotations of ``doc`` in text order, with speakers (cached on the document)."""
    cached = doc._cache.get("quotes")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    text = doc.text
    raw = [doc.span(s, e) for s, e in _raw_quotes(text)]
    raw = [r for r in raw if r.text and any(ch.isalpha() for ch in r.text)]
    persons = _persons(doc, raw)
    out: list[Quote] = []
    for k, span in enumerate(raw):
        sent = doc.sentence_at(span.start)
        paragraph = sent.paragraph if sent else -1
        speaker, verb = _attribution(doc, span, raw[k - 1] if k else None, raw[k + 1] if k + 1 < len(raw) else None)
        skey, sname = None, None
        if speaker is not None:
            skey, sname = _resolve(doc, speaker, persons, out)
        elif out and out[-1].paragraph == paragraph:
            prev = out[-1]  # a continuation of the previous quote
            speaker, skey, sname, verb = prev.speaker, prev.speaker_key, prev.speaker_name, prev.verb
        out.append(Quote(span, paragraph, speaker, skey, sname, verb))
    result = tuple(out)
    doc._cache["quotes"] = result
    return result


def _attribution(doc: Document, span: Span, prev: Span | None, nxt: Span | None) -> tuple[Span | None, str | None]:
    text = doc.text
    sent_end = doc.sentence_at(min(span.end, len(text) - 1))
    after_lo = span.end + 1
    after_hi = nxt.start - 1 if nxt is not None else len(text)
    para_end = text.find("\n", after_lo)
    if para_end >= 0:
        after_hi = min(after_hi, para_end)
    if sent_end is not None:
        after_hi = min(after_hi, max(sent_end.end, after_lo))
    after = text[after_lo:after_hi]
    for rx in (_AFTER_WHO_VERB, _AFTER_VERB_WHO, _AFTER_ACCORDING):
        m = rx.match(after)
        if m and not (rx is _AFTER_WHO_VERB and m.group("who")[:1].isupper() and _sentence_initial(after, m)):
            return _who(doc, after_lo + m.start("who"), after_lo + m.end("who")), m.group("verb").lower()
    sent = doc.sentence_at(max(span.start - 1, 0))
    lo = sent.start if sent is not None else 0
    if prev is not None:
        lo = max(lo, prev.end + 1)
    para_start = text.rfind("\n", 0, span.start) + 1
    lo = max(lo, para_start)
    before = text[lo : max(lo, span.start - 1)]
    for rx in (_BEFORE_ACCORDING, _BEFORE):
        m = rx.search(before)
        if m:
            outer = _outer_sayer(doc, lo + m.start("verb"))
            if outer is not None:
                return outer  # "Whitfield said that if the money is where Norvex says it is, "...": Whitfield's
            return _who(doc, lo + m.start("who"), lo + m.end("who")), m.group("verb").lower()
    return None, None


def _outer_sayer(doc: Document, offset: int) -> tuple[Span, str] | None:
    """The named sayer of a clause that the reporting verb at ``offset`` stands inside ("Whitfield
    said that if the records show the money is where Norvex says it is"): the quote is his."""
    t = doc.tokens[_token_at(doc, offset)]
    for _ in range(6):
        if t.dep == "ROOT" or t.head == t.i:
            return None
        h = doc.tokens[t.head]
        if h.pos == "VERB" and h.lemma in ("say", "tell", "add", "argue", "insist", "warn") and t.i > h.i:
            subj = [c for c in doc.sentence_tokens(h.sentence) if c.head == h.i and c.dep == "nsubj" and c.pos == "PROPN"]
            if subj:
                first = subj[0]
                while first.i > 0 and doc.tokens[first.i - 1].dep == "compound" and doc.tokens[first.i - 1].head == subj[0].i:
                    first = doc.tokens[first.i - 1]
                return doc.span(first.start, subj[0].end), h.lower
        t = h
    return None


def _who(doc: Document, start: int, end: int) -> Span:
    """The speaker's words, without a trailing full stop or possessive."""
    text = doc.text[start:end]
    body = re.search(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z]", text)
    if body is not None and text[:1].isupper():
        text = text[: body.start()]  # "Professor Alan Mercer of Wrenfield Law School": the person
    trimmed = re.sub(r"(?:['’]s|\.)+$", "", text)
    return doc.span(start, start + len(trimmed) if trimmed else end)


def _sentence_initial(after: str, m: re.Match[str]) -> bool:
    """"…." He said → fine; "…." Reporters asked → a new sentence, not a reporting clause."""
    gap = after[: m.start("who")]
    return any(p in gap for p in ".!?") and m.group("who").split()[0].lower() not in _PRONOUNS


def _person_mentions(doc: Document, raw: Sequence[Span]) -> list[tuple[int, str]]:
    """(offset, name) of PERSON mentions outside quotes, in text order."""
    inside = [(s.start, s.end) for s in raw]
    persons: list[tuple[int, str]] = []
    person_keys = {skeleton(m.parts[-1].text) for m in mentions(doc) if m.label == "PERSON"}
    for m in mentions(doc):
        if any(a <= m.span.start < b for a, b in inside):
            continue
        last = doc.tokens[_token_at(doc, m.parts[-1].start)]
        # a subject the tagger calls a name; "Tribunals have seldom ..." opens a sentence with a common noun
        subject = last.dep in {"nsubj", "nsubjpass"} and last.pos == "PROPN"
        first = _token_at(doc, m.parts[0].start)
        # "Board chair Victor Pellham" or "Declan Moriarty, an energy policy researcher" read as an
        # organisation: a lower-case role word before it, or one put beside it
        # ("Marcus Feld is the deputy auditor": a role word said of it)
        titled = any(t.text.islower() and t.lemma in ROLE_WORDS and (t.i == first - 1 or (t.head == last.i and t.dep == "appos") or (
            t.dep == "attr" and last.dep == "nsubj" and t.head == last.head and doc.tokens[t.head].lemma == "be"))
            for t in doc.tokens[max(0, first - 1) : last.i + 8])
        if m.label == "PERSON" or titled or (not m.label and (skeleton(m.parts[-1].text) in person_keys or subject)):
            persons.append((m.span.start, " ".join(p.text for p in m.parts)))
    return persons


def _persons(doc: Document, raw: Sequence[Span]) -> list[tuple[int, str]]:
    cached = doc._cache.get("quotes.persons")
    if cached is None:
        cached = doc._cache["quotes.persons"] = _person_mentions(doc, raw)
    return cached  # type: ignore[no-any-return]


def person_before(doc: Document, offset: int) -> str | None:
    """The fullest name of the person a "he" or "she" at ``offset`` most likely stands for (see
    :func:`_person_at`)."""
    quotes(doc)  # fills the cache of person mentions
    persons = _persons(doc, ())
    at = _person_at(doc, offset, persons)
    return _fullest(at[1], persons) if at else None


def _person_at(doc: Document, offset: int, persons: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """(offset, name) of the person a "he" or "she" at ``offset`` most likely stands for: the last
    person named as a subject in its sentence or the two before ("Prof. Lam said the inquiry would
    take six months. No one who has worked with Brennecke will sit on it, she said" is Lam; a known
    surname counts where the tagger did not mark it), else the last person named (outside quotes)."""
    last = [(pos, name) for pos, name in persons if pos < offset]
    if not last:
        return None
    here = doc.sentence_at(offset)
    if here is None:
        return last[-1]
    near = [(pos, name) for pos, name in last if (s := doc.sentence_at(pos)) is not None
            and here.index - 2 <= s.index and _subject(doc, _token_at(doc, pos + len(name) - 1))]
    known = {skeleton(name.split()[-1]): name for _, name in persons}
    for si in range(max(0, here.index - 2), here.index + 1):
        near += [(t.start, known[k]) for t in doc.sentence_tokens(si) if t.start < offset and t.text[:1].isupper()
                 and (k := skeleton(t.text)) in known and _subject(doc, t.i)]
    return max(near) if near else last[-1]


def _subject(doc: Document, i: int) -> bool:
    """The subject of a main clause, or a name put beside one ("The institute's director, Prof.
    Heather Lam, said"), or the sayer of "according to"; not the subject of a clause inside
    another ("showing that Mancuso knew")."""
    t = doc.tokens[i]
    if t.dep == "appos":
        t = doc.tokens[t.head]
    if t.dep == "pobj" and doc.tokens[t.head].lower == "to" and doc.tokens[doc.tokens[t.head].head].lower == "according":
        return True  # "according to Nathan Elwood": the sayer of its sentence
    if t.dep not in ("nsubj", "nsubjpass"):
        return False
    h = doc.tokens[t.head]
    return h.dep == "ROOT" or (h.dep == "conj" and doc.tokens[h.head].dep == "ROOT")


def _token_at(doc: Document, offset: int) -> int:
    lo, hi = 0, len(doc.tokens) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.tokens[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _resolve(doc: Document, speaker: Span, persons: Sequence[tuple[int, str]], earlier: Sequence[Quote]) -> tuple[str | None, str | None]:
    who = speaker.text
    low = who.lower()
    if low in _PRONOUNS:
        cand = _person_at(doc, speaker.start, persons)
        prev = earlier[-1] if earlier else None
        if prev is not None and prev.speaker_key and (cand is None or prev.span.start > cand[0]) and prev.speaker is not None and prev.speaker.text.lower() not in _PRONOUNS:
            return prev.speaker_key, prev.speaker_name
        if cand is None:
            return (prev.speaker_key, prev.speaker_name) if prev is not None else (None, None)
        name = cand[1]
        return skeleton(name.split()[-1]), _fullest(name, persons)
    if low in _NO_NAME:
        return None, None  # "It said it had ...": a body named before, not compared
    if low.startswith("the "):
        return "role:" + key(who[4:]), who
    words = [w for w in re.findall(r"[\w’'\-.]+", who) if w[:1].isupper()]
    if not words:
        return None, None
    surname = re.sub(r"['’]s$", "", words[-1])
    return skeleton(surname), _fullest(" ".join(words), persons)


def _fullest(name: str, persons: Sequence[tuple[int, str]]) -> str:
    sk = skeleton(name.split()[-1])
    full = [n for _, n in persons if skeleton(n.split()[-1]) == sk]
    return max(full, key=len) if full else name


def same_speaker(a: Quote, b: Quote) -> bool | None:
    """Whether two quotes have one speaker; ``None`` when either speaker is unknown."""
    if not a.speaker_key or not b.speaker_key:
        return None
    if a.speaker_key == b.speaker_key:
        return True
    if a.speaker is not None and b.speaker is not None and a.speaker.text.lower() in _PRONOUNS and (
            a.speaker.text.lower() == b.speaker.text.lower()):
        return None  # "she said" both times: whom each "she" stands for is a guess from what precedes it
    if a.speaker_key.startswith("role:") or b.speaker_key.startswith("role:"):
        return None  # "the minister" vs a name: cannot tell
    na, nb = a.speaker_name or "", b.speaker_name or ""
    if same_name(na, nb):
        return True
    wa, wb = set(key(na).split()), set(key(nb).split())
    if wa and wb and (wa <= wb or wb <= wa):
        return True  # "Rupert Vasquez Hale" / "Vasquez-Hale": one name, in full and in short
    # a misspelt speaker (Hegseth → Hegses) is still the same speaker: the entity detector reports the spelling
    sa, sb = na.split()[-1] if na.split() else na, nb.split()[-1] if nb.split() else nb
    return relate(sa, sb).kind != "swap"


# -- comparing quote texts ----------------------------------------------------------------------


def norm(text: str) -> str:
    """Quote text up to whitespace and quote-mark style (brackets kept, case kept)."""
    t = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')
    t = t.replace("—", "-").replace("–", "-").replace("…", "...")
    t = re.sub(r"\s+", " ", t).strip()
    return t.strip(" ,.;:!?\"'")


def verbatim_in(copy_text: str, source_text: str) -> bool:
    """``copy_text`` appears word for word in ``source_text`` (pieces split at an ellipsis in order)."""
    src = norm(source_text)
    src_ci = src[:1].lower() + src[1:]
    pos = 0
    for piece in re.split(r"\s*(?:\.\.\.|\[\.\.\.\])\s*", copy_text.replace("…", "...")):
        p = norm(piece)
        if not p:
            continue
        at = src.find(p, pos)
        if at < 0:
            at = src_ci.find(p[:1].lower() + p[1:], pos)
        if at < 0:
            return False
        pos = at + len(p)
    return True


def quote_similarity(a: str, b: str) -> float:
    na, nb = norm(a).lower(), norm(b).lower()
    return max(float(fuzz.token_set_ratio(na, nb)) * 0.9, float(fuzz.ratio(na, nb)))


def same_words(a: str, b: str) -> bool:
    """Two quote texts with the same words in the same order, whatever their punctuation and case
    ("... the end of the case," + "The judge ..." joined, against "... the case. The judge ...")."""
    return _words(a) == _words(b)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+|n't", norm(text).lower().replace("n't", " n't"))


def _forms(w: str) -> list[str]:
    """A word and the plain forms a lexicon lookup may need ("raised" → "raise", "cuts" → "cut")."""
    out = [w]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""),
                         ("ing", "e"), ("er", ""), ("est", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            out.append(w[: -len(suffix)] + repl)
    return out


def _opposites(source_text: str, copy_text: str, lemmas: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Words of a reworded quote replaced by their opposites ("too much" → "too little"), in place."""
    a, b = _words(source_text), _words(copy_text)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 > 2 or j2 - j1 > 2:
            continue
        if lemmas is None:  # irregular forms ("rose" / "fell") need the tagger's lemmas
            from .nlp import get_nlp

            nlp = get_nlp()
            lemmas = {t.lower_: t.lemma_.lower() for text in (source_text, copy_text) for t in nlp(norm(text))}
        for x in a[i1:i2]:
            for y in b[j1:j2]:
                fx, fy = {*_forms(x), lemmas.get(x, x)}, {*_forms(y), lemmas.get(y, y)}
                if any(lx.relation(u, v) == -1 for u in fx for v in fy):
                    out.append((x, y))
    return out


def small_edit(source_text: str, copy_text: str, most: int = 3) -> str | None:
    """The word edits that turn one quote into the other, said briefly ("'the' added", "'truly' →
    'really'"), when they touch at most ``most`` words; ``None`` for a bigger rewording."""
    a = [w.strip(",.;:!?\"'()[]") for w in norm(source_text).split()]
    b = [w.strip(",.;:!?\"'()[]") for w in norm(copy_text).split()]
    a, b = [w for w in a if w], [w for w in b if w]
    edits: list[str] = []
    touched = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=[w.lower() for w in a], b=[w.lower() for w in b], autojunk=False).get_opcodes():
        if op == "equal":
            continue
        old, new = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        touched += max(i2 - i1, j2 - j1)
        edits.append(f"'{new}' added" if not old else f"'{old}' dropped" if not new else f"'{old}' → '{new}'")
    for moved in {e[: -len(" added")] for e in edits if e.endswith(" added")} & {e[: -len(" dropped")] for e in edits if e.endswith(" dropped")}:
        edits = [e for e in edits if e not in (f"{moved} added", f"{moved} dropped")] + [f"{moved} moved"]
        touched -= len(moved.split())
    return "; ".join(edits) if edits and touched <= most else None


def quote_lemmas(doc: Document, spans: Sequence[Span]) -> dict[str, str]:
    """Lower-cased word → lemma for the tokens inside ``spans`` (for :func:`changed_facts`)."""
    return {t.lower: t.lemma.lower() for s in spans for t in doc.tokens_in(s.start, s.end)}


def quote_names(doc: Document, spans: Sequence[Span]) -> set[str]:
    """Keys of the name parts (see :func:`factdiff.names.mentions`) inside ``spans``."""
    return {
        key(p.text) for m in mentions(doc) for p in m.parts
        if any(s.start <= p.start and p.end <= s.end for s in spans)
    }


def changed_facts(
    source_text: str, copy_text: str, source_names: set[str] | None = None, copy_names: set[str] | None = None,
    lemmas: dict[str, str] | None = None,
) -> list[str]:
    """What a rewording changed that matters: figures, negations, opposite words, names (empty:
    meaning kept).

    ``source_names`` / ``copy_names`` are the name keys found by NER inside the quotes, added to
    the capitalised words seen mid-sentence; ``lemmas`` maps the quotes' lower-cased words to their
    lemmas where the caller has them parsed (irregular forms: "rose" / "fell"); without it the
    quotes are parsed here.
    """
    notes: list[str] = []
    sn, cn = _figures(source_text), _figures(copy_text)
    if sn != cn:
        gone, came = sorted((sn - cn).elements()), sorted((cn - sn).elements())
        notes.append(f"figures {', '.join(gone) or 'none'} → {', '.join(came) or 'none'}")
    sneg, cneg = _negations(source_text), _negations(copy_text)
    if (sneg % 2) != (cneg % 2) or (sneg == 0) != (cneg == 0):
        notes.append(f"negation {'removed' if cneg < sneg else 'added'}")
    flips = _opposites(source_text, copy_text, lemmas)
    if flips:
        notes.append("opposite words: " + ", ".join(f"'{a}' → '{b}'" for a, b in flips))
    snames, cnames = _names(source_text) | (source_names or set()), _names(copy_text) | (copy_names or set())
    src_words = {key(w) for w in _words(source_text)}
    new = sorted(
        n for n in cnames - snames
        if n not in src_words and not any(same_name(n, s) or demonym_of(n, s) for s in snames | src_words)
    )
    if new:
        shown = {key(m.group()): m.group() for m in re.finditer(r"\b[A-Z][\w’'-]*", copy_text)}
        notes.append(f"name(s) {', '.join(shown.get(n, n) for n in new)} not in the source quote")
    return notes


#: words that negate what follows them, in the forms a quote uses ("failed to", "unable to", "lack of")
_IMPLICIT = frozenset(
    f for w in lx.IMPLICIT_NEGATOR_VERBS | lx.IMPLICIT_NEGATOR_ADJS | lx.IMPLICIT_NEGATOR_NOUNS | lx.LACK_VERBS
    for f in (w, w + "s", w + "ed", w + "d", w + "ing", w.removesuffix("e") + "ing", w.removesuffix("y") + "ied")
) - {"stop", "stops", "stopped", "stopping", "decline", "declines", "declined", "declining", "bar", "bars", "ban",
     "bans"}


def _negations(text: str) -> int:
    """How many negating words a quote holds: "not", "never", "no", "failed", "unable", "far from"."""
    words = _words(text)
    far_from = sum(1 for a, b in zip(words, words[1:], strict=False) if (a, b) == ("far", "from"))
    return sum(w in _NEGATORS or w in _IMPLICIT for w in words) + far_from


def _figures(text: str) -> Counter[str]:
    """The figures of a quote, spelled-out ones as digits; "one" is left out, being as often an
    article ("in one year" / "in a single year") as a count."""
    return Counter(_DIGITS.get(n.lower(), n.lower().rstrip(".,")) for n in _NUMBER.findall(text) if n.lower() != "one")


def _names(text: str) -> set[str]:
    """Capitalised words of a quote that are not its sentence-initial words or stop words."""
    out = set()
    for m in re.finditer(r"\b[A-Z][a-z]+[\w’'-]*", text):
        before = text[: m.start()].rstrip(" ([“\"'‘")
        if not before or before[-1] in ".!?:)":
            continue
        k = key(m.group())
        if k and k not in _STOP:
            out.add(k)
    return out


_STOP = frozenset("i it its it's we he she they you the a an this that these those our my your their".split())


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """A copy quote and the source quote(s) it renders.

    ``kind``: verbatim | reworded (a source quote, changed) | source-words (the source's own words,
    unquoted there) | unquoted (a paraphrase of an aligned source sentence) | new (no counterpart).
    """

    copy: Quote
    source: tuple[Quote, ...]
    kind: str
    score: float
    source_span: Span | None


def _groups(src: Sequence[Quote]) -> list[tuple[Quote, ...]]:
    """Each source quote alone, and runs of consecutive quotes of one paragraph (up to three)."""
    out: list[tuple[Quote, ...]] = [(q,) for q in src]
    for i in range(len(src)):
        for n in (2, 3):
            run = tuple(src[i : i + n])
            if len(run) == n and len({q.paragraph for q in run}) == 1:
                out.append(run)
    return out


def match_quotes(source: Document, copy: Document, aligned: dict[int, set[int]]) -> list[QuoteMatch]:
    """Match every copy quote to the source. ``aligned`` maps copy sentence → source sentences."""
    src = quotes(source)
    groups = _groups(src)
    out: list[QuoteMatch] = []
    for q in quotes(copy):
        sent = copy.sentence_at(q.span.start)
        near = aligned.get(sent.index, set()) if sent else set()
        best: tuple[float, tuple[Quote, ...]] | None = None
        exact: tuple[Quote, ...] | None = None
        for g in groups:
            joined = " ".join(x.text for x in g)
            if any(verbatim_in(q.text, x.text) for x in g) or verbatim_in(q.text, joined):
                exact = next(((x,) for x in g if verbatim_in(q.text, x.text)), g)
                break
            score = quote_similarity(q.text, joined)
            if any(source.sentence_at(x.span.start) and source.sentence_at(x.span.start).index in near for x in g):  # type: ignore[union-attr]
                score += 8
            if best is None or score > best[0]:
                best = (score, g)
        if exact is not None:
            out.append(QuoteMatch(q, exact, "verbatim", 100.0, source.span(exact[0].span.start, exact[-1].span.end)))
            continue
        if best is not None and best[0] >= 60.0:
            g = best[1]
            out.append(QuoteMatch(q, g, "reworded", best[0], source.span(g[0].span.start, g[-1].span.end)))
            continue
        # not a source quote: is it the source's own (unquoted) words or a paraphrase of them?
        if verbatim_in(q.text, source.text):
            at = source.find(norm(q.text)) if norm(q.text) else None
            out.append(QuoteMatch(q, (), "source-words", 100.0, at))
            continue
        pieces = [source.sentences[i] for i in sorted(near)]
        if pieces:
            text = " ".join(s.text for s in pieces)
            score = quote_similarity(q.text, text) if len(q.text.split()) > 3 else (100.0 if verbatim_in(q.text, text) else 0.0)
            if verbatim_in(q.text, text) or score >= 55.0:
                out.append(QuoteMatch(q, (), "unquoted", score, source.span(pieces[0].start, pieces[-1].end)))
                continue
        out.append(QuoteMatch(q, (), "new", best[0] if best else 0.0, None))
    return out


def quote_matches(ctx: Context) -> list[QuoteMatch]:
    """:func:`match_quotes` for a comparison context (computed once per context)."""
    cached = ctx.cache.get("quote_matches")
    if cached is None:
        aligned: dict[int, set[int]] = {}
        for link in ctx.alignment.links:
            for j in link.copy:
                aligned.setdefault(j, set()).update(link.source)
        cached = match_quotes(ctx.source, ctx.copy, aligned)
        ctx.cache["quote_matches"] = cached
    return cached  # type: ignore[no-any-return]
