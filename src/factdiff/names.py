"""Names in a document: mentions, the keys that link them, and how two spellings relate.

A :class:`Mention` is a spaCy named entity (PERSON, ORG, GPE, ...) or, where the small model
misses one, a run of capitalised words inside a sentence ("Zelenskyy", "Kyiv"). Each mention is
split into name *parts* (the words that carry the name: "Volodymyr", "Zelenskyy"), because
derived texts change one part at a time and a finding should point at the changed word.

:func:`relate` says how a copy spelling relates to a source spelling, from evidence rather than
one fuzzy score: a legitimate *variant* (case, punctuation, transliteration, a known alias), a
*corruption* (a close non-word: Hegseth → Hegses) or a *swap* (another real name or another
name from the source: Rubio → Rubin, Okafor → Ruiz).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import jellyfish
from rapidfuzz import fuzz

from .document import Document, Span, Token
from .roles import ROLE_WORDS

#: spaCy labels that name something (numbers, dates and amounts belong to other detectors).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})

#: label groups whose members can stand in for one another (a swap keeps the kind of thing).
_GROUP = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "place"}

_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

#: groups of names that denote the same thing (compared on :func:`key`).
ALIASES: tuple[frozenset[str], ...] = tuple(
    frozenset(g.split("|"))
    for g in (
        "us|usa|united states|united states of america|america|the united states|the us|american|americans",
        "uk|united kingdom|britain|great britain|the uk|the united kingdom|british|briton|britons",
        "un|united nations|the un|the united nations",
        "eu|european union|the eu|the european union",
        "kyiv|kiev",
        "kharkiv|kharkov",
        "odesa|odessa",
        "lviv|lvov",
        "mumbai|bombay",
        "beijing|peking",
        "myanmar|burma",
        "czechia|czech republic",
        "turkey|turkiye",
        "russia|russian federation",
        "washington|washington dc|washington d c",
        "uae|united arab emirates",
        "holland|netherlands|the netherlands",
        "ivory coast|cote divoire",
        "eswatini|swaziland",
        "pentagon|defense department|department of defense",
    )
)

_ALIAS_OF: dict[str, frozenset[str]] = {k: g for g in ALIASES for k in g}


# -- keys ---------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """Case-, accent- and punctuation-free form: "U.S." → "us", "Zelenskyy’s" → "zelenskyy".

    Cached: the entity detector asks for the key of each token of each linked pair many times.
    """
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = re.sub(r"['’]s$", "", t.strip())
    t = re.sub(r"[.'’`]", "", t.lower())
    t = re.sub(r"[^0-9a-z]+", " ", t)
    return t.strip()


def skeleton(text: str) -> str:
    """A spelling-tolerant key: y/j → i, a doubled final i collapsed, no spaces or hyphens.

    Transliterations of one name usually share it: Zelenskyy / Zelensky / Zelenskiy → "zelenski".
    """
    t = key(text).replace(" ", "")
    t = t.replace("j", "i").replace("y", "i")
    return re.sub(r"i+$", "i", t)


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name: equal keys, equal skeletons, aliases or an initialism."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    if ka == kb or skeleton(a) == skeleton(b):
        return True
    if _ALIAS_OF.get(ka, frozenset()) & {kb}:
        return True
    return initialism(a, b)


def initialism(a: str, b: str) -> bool:
    """One of the two is the other's initials ("SEC" / "the Securities and Exchange Commission")."""
    return _initialism(a, b) or _initialism(b, a)


def _initialism(short: str, long: str) -> bool:
    s = re.sub(r"[^A-Za-z]", "", short)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", long) if w.lower() not in {"of", "the", "and", "for"}]
    return len(s) >= 2 and s.isupper() and len(words) >= 2 and s.lower() == "".join(w[0] for w in words).lower()


def demonym_of(a: str, b: str) -> bool:
    """"Ukrainian" / "Ukraine", "Russian" / "Russia", "Chinese" / "China": one is the other's adjective."""
    ka, kb = key(a), key(b)
    if not ka or not kb or ka == kb:
        return False
    ia, ib = ka.removeprefix("the "), kb.removeprefix("the ")
    if ib in _IRREGULAR_DEMONYMS.get(ia, ()) or ia in _IRREGULAR_DEMONYMS.get(ib, ()):
        return True
    short, long = sorted((ka, kb), key=len)
    if len(short) < 4 or len(short) == len(long):
        return False
    stems = {short, short[:-1]} if short[-1] in "aeiouy" else {short}
    return any(long == stem + suffix for stem in stems for suffix in _DEMONYM_SUFFIXES)


_DEMONYM_SUFFIXES = ("n", "an", "ian", "ean", "ese", "ish", "i", "ic", "ns", "ans", "ians")

#: demonyms the suffix rule cannot derive (Poland/Polish, Germany/German, Netherlands/Dutch), by
#: key; space-separated, or '|'-separated where a demonym has a space
_IRREGULAR = {
    "poland": "polish pole poles",
    "germany": "german germans",
    "france": "french frenchman frenchmen",
    "netherlands": "dutch dutchman",
    "holland": "dutch",
    "spain": "spanish spaniard spaniards",
    "denmark": "danish dane danes",
    "sweden": "swedish swede swedes",
    "finland": "finnish finn finns",
    "switzerland": "swiss",
    "greece": "greek greeks",
    "turkey": "turkish turk turks",
    "turkiye": "turkish turk turks",
    "ireland": "irish irishman",
    "scotland": "scottish scot scots",
    "wales": "welsh",
    "england": "english englishman",
    "iceland": "icelandic icelander icelanders",
    "greenland": "greenlandic",
    "norway": "norwegian norwegians",
    "thailand": "thai thais",
    "philippines": "filipino filipinos philippine",
    "peru": "peruvian peruvians",
    "portugal": "portuguese",
    "belgium": "belgian belgians",
    "cyprus": "cypriot cypriots",
    "new zealand": "new zealander|new zealanders",
    "czechia": "czech czechs",
    "czech republic": "czech czechs",
    "slovakia": "slovak slovaks",
    "saudi arabia": "saudi saudis",
    "afghanistan": "afghan afghans",
    "kazakhstan": "kazakh kazakhs",
    "uzbekistan": "uzbek uzbeks",
    "tajikistan": "tajik tajiks",
    "kyrgyzstan": "kyrgyz",
    "turkmenistan": "turkmen",
    "somalia": "somali somalis",
    "ghana": "ghanaian ghanaians",
    "congo": "congolese",
    "madagascar": "malagasy",
    "monaco": "monegasque",
    "argentina": "argentine argentinian argentines",
    "bahrain": "bahraini bahrainis",
    "laos": "lao laotian",
    "myanmar": "burmese",
    "burma": "burmese",
}
_IRREGULAR_DEMONYMS: dict[str, frozenset[str]] = {
    k: frozenset(v.split("|") if "|" in v else v.split()) for k, v in _IRREGULAR.items()
}


# -- word list ----------------------------------------------------------------------------------


def load() -> None:
    """Read the word list now (it is read once, on first use, otherwise)."""
    _vocab()


@lru_cache(maxsize=1)
def _vocab() -> frozenset[str]:
    """Whole words of the packaged MiniLM WordPiece vocabulary (30k common words and names)."""
    path = resources.files("factdiff") / "models" / "minilm-tokenizer.json"
    vocab = json.loads(path.read_text(encoding="utf-8"))["model"]["vocab"]
    return frozenset(w for w in vocab if w.isalpha() and not w.startswith("##"))


def _opens_after_dash(toks: Sequence[Token], pos: int) -> bool:
    """The word after a dateline's dash ("VIENNA, March 4 (Wire) - Negotiators from ...") opens the
    story's first sentence: its capital is the sentence's (a name there is the tagger's to find, or
    written as one elsewhere)."""
    if pos < 2 or toks[pos - 1].text not in {"-", "--", "—", "–"}:
        return False
    dash = toks[pos - 1]
    return dash.start > toks[pos - 2].end and toks[pos].start > dash.end  # spaced, not "non-NATO"


def _dictionary(text: str) -> bool:
    """A known word, or the plural of one ("Negotiators")."""
    return is_word(text) or (text.lower().endswith("s") and is_word(text[:-1]))


def is_word(text: str) -> bool:
    """A known English word or common name (in the tokenizer vocabulary as a whole word)."""
    k = key(text)
    return bool(k) and all(p in _vocab() for p in k.split())


# -- mentions -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in a document: its span, spaCy label ("" for the capitalised-word fallback) and parts."""

    span: Span
    label: str
    sentence: int
    parts: tuple[Span, ...]

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def group(self) -> str:
        return _GROUP.get(self.label, "other" if self.label else "")

    @property
    def key(self) -> str:
        return key(" ".join(p.text for p in self.parts))


#: an amount the tokenizer kept whole ("9.0bn-$9.3bn", "$12m"): a figure, never part of a name ("3M" is one)
_AMOUNT = re.compile(r"[$€£¥]|\d[\d.,]*(?:bn|mn|tn|m|k)(?![a-z])")


def _is_part(tok: Token) -> bool:
    if tok.is_punct or tok.like_num or not any(ch.isalpha() for ch in tok.text) or _AMOUNT.match(tok.text):
        return False
    if tok.text.lower() in {"the", "of", "and", "for", "a", "an", "'s", "’s", "de", "la"}:
        return False
    k = key(tok.text)
    return k not in _MONTHS_DAYS and k not in _HONORIFICS and not (tok.lemma in ROLE_WORDS or k in ROLE_WORDS)


#: courtesy titles; role words ("President", "Secretary") are compared as roles, not as names
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady prof rev gen col capt sgt lt sergeant det constable "
                        "superintendent supt insp cllr corporal cpl lieutenant colonel maj brig".split())


def _capitalised(tok: Token) -> bool:
    t = tok.text
    return t[:1].isupper() and any(ch.isalpha() for ch in t) and t not in {"I", "I'm", "I’m"}


def mentions(doc: Document) -> tuple[Mention, ...]:
    """All name mentions of ``doc`` in text order (cached on the document)."""
    cached = doc._cache.get("mentions")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: list[Mention] = []
    covered: set[int] = set()
    for ent in doc.entities:
        if ent.label not in NAME_LABELS:
            continue
        toks = doc.tokens[ent.token_start : ent.token_end]
        after = doc.tokens[ent.token_end] if ent.token_end < len(doc.tokens) else None
        if ent.label == "ORG" and after is not None and after.sentence == ent.sentence and after.text[:1].isupper() and (after.lemma in ROLE_WORDS or after.lower in ROLE_WORDS):
            continue  # "Treasury Secretary": a title, compared as a role
        parts = tuple(
            Span(t.start, t.end, t.text) for t in toks
            if _is_part(t) and (ent.label == "NORP" or t.tag in {"NNP", "NNPS"} or not is_word(t.text))
        )
        if parts:
            found.append(Mention(doc.span(ent.start, ent.end), ent.label, ent.sentence, parts))
            covered.update(range(ent.token_start, ent.token_end))
    # words the document writes as names elsewhere: a sentence-initial "Ruiz" tagged NN still counts
    known = {key(p.text) for m in found for p in m.parts}
    for sent in doc.sentences:
        toks = doc.sentence_tokens(sent)
        for pos, tok in enumerate(toks):
            if pos > 0 and sent.kind == "sentence" and _capitalised(tok) and not tok.is_stop and toks[pos - 1].text not in {
                    "“", '"', ":", "‘", "("} and not _opens_after_dash(toks, pos):
                known.add(key(tok.text))
    for sent in doc.sentences:
        toks = doc.sentence_tokens(sent)
        run: list[Token] = []
        for pos, tok in enumerate(list(toks) + [None]):  # type: ignore[list-item]
            ok = (
                tok is not None
                and tok.i not in covered
                and _capitalised(tok)
                and _is_part(tok)
                and not (tok.ent_type and tok.ent_type not in NAME_LABELS)
                and (
                    # a title's capitals tag its words NNP: "Major investors divided" names no one
                    (tok.tag in {"NNP", "NNPS"} and key(tok.text) not in known and not (
                        (sent.kind == "heading" and _dictionary(tok.text)) or _opens_after_dash(toks, pos)))
                    or key(tok.text) in known
                    or (pos > 0 and sent.kind == "sentence" and not tok.is_stop and not is_word(tok.text)
                        and toks[pos - 1].text not in {"“", '"', ":", "‘", "("} and not _opens_after_dash(toks, pos))
                    or (pos == 0 and tok.text.isalpha() and not is_word(tok.text))
                )
            )
            if ok:
                run.append(tok)  # type: ignore[arg-type]
                continue
            if run and tok is not None and (tok.lemma in ROLE_WORDS or tok.lower in ROLE_WORDS) and tok.text[:1].isupper():
                run = []  # "Treasury Secretary", "Defense Secretary": a title, compared as a role
            if run:
                span = doc.span(run[0].start, run[-1].end)
                found.append(Mention(span, "", sent.index, tuple(Span(t.start, t.end, t.text) for t in run)))
                run = []
    found.sort(key=lambda m: m.span.start)
    result = tuple(found)
    doc._cache["mentions"] = result
    return result


def mentions_in(doc: Document, sentences: Iterable[int]) -> list[Mention]:
    idx = set(sentences)
    return [m for m in mentions(doc) if m.sentence in idx]


# -- a document's vocabulary of names -----------------------------------------------------------


@dataclass(frozen=True)
class NameIndex:
    """What a document says, for "does the source support this name?" look-ups."""

    words: frozenset[str]  # keys of every word
    skeletons: frozenset[str]  # skeletons of every capitalised word
    names: tuple[str, ...]  # keys of every mention and of every part
    surfaces: dict[str, str]  # skeleton → a surface form seen in the document

    def has_word(self, text: str) -> bool:
        k = key(text)
        if not k:
            return True
        if any(ch.isdigit() for ch in k) and any(ch.isalpha() for ch in k):
            # an identifier such as "SARS-CoV-2" or "F-35" must occur whole
            return k.replace(" ", "") in self.words
        return all(w in self.words or _plural_variant(w, self.words) for w in k.split())

    def variant_of(self, text: str) -> str | None:
        """A surface form in the document that is a legitimate variant of ``text``, if any."""
        sk = skeleton(text)
        if sk in self.surfaces:
            return self.surfaces[sk]
        k = key(text)
        for alias in _ALIAS_OF.get(k, ()):
            if alias in self.names:
                return self.surfaces.get(skeleton(alias), alias)
        return None

    def supports(self, text: str) -> bool:
        return self.has_word(text) or self.variant_of(text) is not None


def _plural_variant(w: str, words: frozenset[str]) -> bool:
    return (w.endswith("s") and w[:-1] in words) or (w + "s") in words or (w + "es") in words


def name_index(doc: Document) -> NameIndex:
    cached = doc._cache.get("name_index")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    words = {key(t.text) for t in doc.tokens}
    words |= {key(t.text).replace(" ", "") for t in doc.tokens}
    words |= {w for t in doc.tokens for w in key(t.text).split()}
    names: list[str] = []
    surfaces: dict[str, str] = {}
    for m in mentions(doc):
        names.append(key(m.text))
        names.append(m.key)
        for p in m.parts:
            names.append(key(p.text))
            surfaces.setdefault(skeleton(p.text), p.text)
        surfaces.setdefault(skeleton(" ".join(p.text for p in m.parts)), m.text)
        surfaces.setdefault(skeleton(m.text), m.text)
    for t in doc.tokens:
        if t.text[:1].isupper():
            surfaces.setdefault(skeleton(t.text), t.text)
    # initialisms the document defines, e.g. "Munich Security Conference (MSC)"
    for m in mentions(doc):
        if len(m.parts) >= 2:
            initials = "".join(p.text[0] for p in m.parts if p.text[:1].isupper()).lower()
            if len(initials) >= 2:
                names.append(initials)
    idx = NameIndex(frozenset(w for w in words if w), frozenset(surfaces), tuple(names), surfaces)
    doc._cache["name_index"] = idx
    return idx


# -- relating two spellings ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Relation:
    """How a copy spelling relates to a source spelling: ``kind`` is variant | corruption | swap."""

    kind: str
    reason: str
    score: float


def similarity(a: str, b: str) -> float:
    return float(fuzz.ratio(key(a), key(b)))


def relate(
    source: str,
    copy: str,
    *,
    in_source: bool = False,
    copy_uses: int = 1,
    source_in_copy: bool = False,
) -> Relation:
    """Classify a change of name from ``source`` to ``copy``.

    Evidence, strongest first: a legitimate variant (same key, skeleton, alias, initialism); the
    copy form is another name the source uses (``in_source``) → swap; a distant spelling → swap;
    a close spelling that is itself a real capitalised word or name (Rubio → Rubin) → swap;
    a close non-word (Hegseth → Hegses, NATO → nat) → corruption. ``copy_uses`` (how often the copy
    writes this form) and ``source_in_copy`` (whether the copy also writes the source form) only
    shape the explanation and confidence: a form used consistently and never the source form reads
    as a deliberate spelling, a one-off beside the right spelling as a slip.
    """
    score = similarity(source, copy)
    if same_name(source, copy):
        how = "case or punctuation" if key(source) == key(copy) else "spelling or alias"
        return Relation("variant", f"legitimate variant ({how})", score)
    if in_source:
        return Relation("swap", "another name that the source uses", score)
    if score < 67:
        return Relation("swap", "a different name", score)
    capital = copy[:1].isupper()
    if capital and is_word(copy) and not is_word(source):
        return Relation("swap", "a different real name, close in spelling", score)
    if capital and is_word(copy) and is_word(source) and jellyfish.metaphone(key(copy)) != jellyfish.metaphone(key(source)):
        return Relation("swap", "a different real name, close in spelling", score)
    sound = " that sounds the same" if jellyfish.metaphone(key(copy)) == jellyfish.metaphone(key(source)) else ""
    if copy_uses >= 2 and not source_in_copy:
        return Relation("corruption", f"misspelling{sound}, used consistently ({copy_uses} times)", score)
    return Relation("corruption", f"misspelling{sound} (not a known word)", score)


def best_counterpart(text: str, candidates: Sequence[Span], *, floor: float = 0.0) -> tuple[Span, float] | None:
    """The candidate spelled most like ``text`` (by :func:`similarity`), when at least ``floor``."""
    best: tuple[Span, float] | None = None
    for c in candidates:
        s = similarity(text, c.text)
        if s >= floor and (best is None or s > best[1]):
            best = (c, s)
    return best
