"""A labelled distortion generator: derive a copy of any text with known ground truth.

>>> from factdiff.synth import distort
>>> s = distort(article_text, seed=3)
>>> s.copy            # the derived text
>>> s.expected        # every planted change, located in both texts

Fact-changing distortions (``should_flag=True``), one per chosen sentence:

========== ==================================================================================
type       kinds
========== ==================================================================================
number     ``figure_change`` (3.1 → 4.2), ``scale_error`` ($3.1 billion → $3.1 million, 25 → 250)
date       ``date_change`` (month, weekday, day or year changed)
entity     ``entity_swap`` (another name of the same kind), ``misspelling`` (letters swapped,
           doubled or dropped in a name)
polarity   ``negation_removed``, ``negation_added``, ``antonym`` (rose → fell)
meaning    ``modality_change`` (may → will, will → may), ``stage_change`` (a legal or legislative
           step moved along: was accused → was convicted, arrested → charged, proposed → approved)
quote      ``quote_reworded`` (a word inside quotation marks replaced or dropped)
attribution ``speaker_swap`` (the person a quote or statement is credited to is replaced)
omission   ``sentence_dropped``
addition   ``sentence_inserted`` (a fabricated, fact-bearing sentence)
========== ==================================================================================

Meaning-preserving noise (``should_flag=False``: a finding at or above *minor* on it is a false
alarm): ``noise_number_format`` ($3.1 billion → $3.1bn, 12 percent → 12%, 1,200 → 1200, three → 3),
``noise_date_format`` (Feb. 12 → February 12, February 12 → 12 February), ``noise_synonym``
(said → stated, outside quotes and names) and ``noise_clause_order`` (a fronted adverbial moved to
the end: "On Tuesday, the firm said …" → "The firm said … on Tuesday.").

How edits are chosen, per prose sentence in order, with one ``random.Random(seed)``: with
probability ``rate`` one fact distortion (a kind drawn uniformly among the kinds the sentence
offers, then a target drawn uniformly); otherwise with probability ``drop`` the sentence is
dropped; otherwise with probability ``noise`` one noise edit. Independently, with probability
``insert`` a fabricated sentence is inserted after it. When ``rate > 0`` and no sentence drew a
fact distortion, one is forced on a random sentence that offers one, so every copy carries at
least one planted fact change when the text allows it. Edits never overlap; no noise goes into
a sentence that carries a fact distortion. The same text, seed and options give the same result.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from . import synthwords as W
from .document import Document, Sentence, Span
from .errors import OptionError
from .findings import FINDING_TYPES

#: kind -> finding type of every planted change (noise kinds: the type a false alarm would most likely take)
KIND_TYPE: dict[str, str] = {
    "figure_change": "number",
    "scale_error": "number",
    "date_change": "date",
    "entity_swap": "entity",
    "misspelling": "entity",
    "negation_removed": "polarity",
    "negation_added": "polarity",
    "antonym": "polarity",
    "modality_change": "meaning",
    "stage_change": "meaning",
    "quote_reworded": "quote",
    "speaker_swap": "attribution",
    "sentence_dropped": "omission",
    "sentence_inserted": "addition",
    "noise_number_format": "number",
    "noise_date_format": "date",
    "noise_synonym": "meaning",
    "noise_clause_order": "meaning",
}
FACT_KINDS = tuple(k for k in KIND_TYPE if not k.startswith("noise_") and k not in {"sentence_dropped", "sentence_inserted"})
NOISE_KINDS = tuple(k for k in KIND_TYPE if k.startswith("noise_"))
ALL_KINDS = tuple(KIND_TYPE)


@dataclass(frozen=True)
class Expected:
    """One planted change: its finding type, finer kind and where it sits in each text."""

    type: str
    kind: str
    source: Span | None
    copy: Span | None
    should_flag: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "kind": self.kind,
            "source": self.source.to_dict() if self.source else None,
            "copy": self.copy.to_dict() if self.copy else None,
            "should_flag": self.should_flag,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Expected:
        def span(x: dict[str, Any] | None) -> Span | None:
            return Span(int(x["start"]), int(x["end"]), str(x["text"])) if x else None

        return cls(str(d["type"]), str(d["kind"]), span(d.get("source")), span(d.get("copy")), bool(d["should_flag"]))


@dataclass(frozen=True)
class Synthetic:
    """A source, its generated copy, and the changes planted in it (in copy order)."""

    source: str
    copy: str
    expected: tuple[Expected, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "factdiff.synth/1",
            "source": self.source,
            "copy": self.copy,
            "expected": [e.to_dict() for e in self.expected],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Synthetic:
        return cls(str(d["source"]), str(d["copy"]), tuple(Expected.from_dict(e) for e in d["expected"]))


@dataclass(frozen=True)
class _Edit:
    """Replace ``source[start:end]`` by ``repl``; ``src`` is the labelled source range (absolute) and
    ``cop`` the labelled range inside ``repl`` (relative); either may be ``None``."""

    start: int
    end: int
    repl: str
    kind: str
    src: tuple[int, int] | None
    cop: tuple[int, int] | None


def _resolve_kinds(kinds: Sequence[str] | None) -> set[str]:
    if kinds is None:
        return set(ALL_KINDS)
    out: set[str] = set()
    for k in kinds:
        if k in KIND_TYPE:
            out.add(k)
        elif k in FINDING_TYPES or k == "noise":
            out.update(x for x, t in KIND_TYPE.items() if (t == k and not x.startswith("noise_")) or (k == "noise" and x.startswith("noise_")))
        else:
            raise OptionError(f"unknown distortion kind {k!r}; known: {', '.join(ALL_KINDS)} (or a finding type, or 'noise')")
    return out


def distort(
    text: str,
    *,
    seed: int = 0,
    rate: float = 0.3,
    kinds: Sequence[str] | None = None,
    noise: float = 0.3,
    drop: float = 0.1,
    insert: float = 0.05,
) -> Synthetic:
    """Make a derived copy of ``text`` with labelled distortions (see the module docstring).

    ``kinds`` restricts every labelled change (distortions, noise, drops, insertions) to the named
    kinds; a finding type (``"number"``) or ``"noise"`` stands for all its kinds.
    """
    for name, p in (("rate", rate), ("noise", noise), ("drop", drop), ("insert", insert)):
        if not 0.0 <= p <= 1.0:
            raise OptionError(f"{name} must be between 0 and 1, not {p}")
    allowed = _resolve_kinds(kinds)
    doc = Document.from_text(text)
    rng = random.Random(seed)
    gen = _Generator(doc, rng)
    prose = [s for s in doc.sentences if s.kind == "sentence" and s.token_end - s.token_start >= 4]
    fact_kinds = [k for k in FACT_KINDS if k in allowed]
    noise_kinds = [k for k in NOISE_KINDS if k in allowed]
    edits: list[_Edit] = []
    distorted: set[int] = set()
    dropped: set[int] = set()
    for sent in prose:
        if fact_kinds and rng.random() < rate:
            e = gen.one(sent, fact_kinds)
            if e is not None:
                edits.append(e)
                distorted.add(sent.index)
                continue
        if "sentence_dropped" in allowed and rng.random() < drop and len(prose) > 2:
            edits.append(_drop(doc, sent))
            dropped.add(sent.index)
            continue
        if noise_kinds and rng.random() < noise:
            e = gen.one(sent, noise_kinds)
            if e is not None:
                edits.append(e)
    if rate > 0 and fact_kinds and not distorted:
        for sent in rng.sample(prose, len(prose)):
            if sent.index in dropped:
                continue
            e = gen.one(sent, fact_kinds)
            if e is not None:
                edits = [x for x in edits if not _overlaps(x, sent)] + [e]
                distorted.add(sent.index)
                break
    if "sentence_inserted" in allowed and insert > 0:
        for sent in prose:
            if sent.index not in dropped and rng.random() < insert:
                edits.append(_insertion(sent, rng))
    return _apply(doc, edits)


def _overlaps(e: _Edit, sent: Sentence) -> bool:
    return e.start < sent.end and sent.start < e.end


def _drop(doc: Document, sent: Sentence) -> _Edit:
    sents = doc.sentences
    nxt = sents[sent.index + 1] if sent.index + 1 < len(sents) else None
    prv = sents[sent.index - 1] if sent.index > 0 else None
    if nxt is not None and nxt.paragraph == sent.paragraph:
        start, end = sent.start, nxt.start
    elif prv is not None and prv.paragraph == sent.paragraph:
        start, end = prv.end, sent.end
    else:  # the sentence is its own paragraph: take the blank line after it too
        start, end = sent.start, nxt.start if nxt is not None else len(doc.text)
        if nxt is None and prv is not None:
            start = prv.end
    return _Edit(start, end, "", "sentence_dropped", (sent.start, sent.end), None)


def _insertion(sent: Sentence, rng: random.Random) -> _Edit:
    template = rng.choice(W.INSERT_TEMPLATES)
    made = template.format(
        person=rng.choice(W.INSERT_PEOPLE),
        place=rng.choice(W.INSERT_PLACES),
        org=rng.choice(W.INSERT_ORGS),
        month=rng.choice(W.MONTHS),
        weekday=rng.choice(W.WEEKDAYS),
        n=rng.randint(12, 950),
        k=rng.randint(2, 9),
        d=rng.randint(1, 9),
        year=rng.randint(2027, 2035),
    )
    made = made[0].upper() + made[1:]
    return _Edit(sent.end, sent.end, " " + made, "sentence_inserted", None, (1, 1 + len(made)))


def _apply(doc: Document, edits: list[_Edit]) -> Synthetic:
    text = doc.text
    pieces: list[str] = []
    placed: list[tuple[_Edit, int]] = []  # each edit with its start offset in the copy
    pos = out_len = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos:  # never overlaps by construction; skip defensively rather than corrupt
            continue
        pieces.append(text[pos : e.start])
        out_len += e.start - pos
        placed.append((e, out_len))
        pieces.append(e.repl)
        out_len += len(e.repl)
        pos = e.end
    pieces.append(text[pos:])
    copy = "".join(pieces)
    expected = tuple(
        Expected(
            type=KIND_TYPE[e.kind],
            kind=e.kind,
            source=doc.span(*e.src) if e.src else None,
            copy=_trimmed(copy, base + e.cop[0], base + e.cop[1]) if e.cop else None,
            should_flag=not e.kind.startswith("noise_"),
        )
        for e, base in placed
    )
    return Synthetic(text, copy, expected)


def _trimmed(text: str, start: int, end: int) -> Span:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    if lead + trail >= len(piece):
        return Span(start, end, piece)
    return Span(start + lead, end - trail, text[start + lead : end - trail])


# -- candidate edits ------------------------------------------------------------------------

_NUM = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w/-]|[.,]\d)")
_SCALE_AFTER = re.compile(r"^( ?)(thousand|million|billion|trillion|bn|mn|m)\b")
_PERCENT_AFTER = re.compile(r"^( ?)(percent|per cent|%)")
_MONTH_RE = re.compile(r"\b(" + "|".join(W.MONTHS) + r")\b")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(W.WEEKDAYS) + r")\b")
_YEAR_RE = re.compile(r"(?<![\w.,$£€-])(19[5-9]\d|20[0-4]\d)(?![\w%-]|[.,]\d)")
_MONTH_DAY = re.compile(r"\b(" + "|".join(W.MONTHS) + r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?) (\d{1,2})(?!\d)(?:(st|nd|rd|th)\b)?(,? \d{4})?")
_DAY_MONTH = re.compile(r"(?<![\d,.])(\d{1,2}) (" + "|".join(W.MONTHS) + r")\b")
_QUOTED = re.compile(r"[\"“]([^\"“”]{12,}?)[\"”]")
_CURRENCY_SCALE = re.compile(r"([$£€]\d[\d,]*(?:\.\d+)?)( (?:billion|million|trillion)\b|(?:bn|mn|m|tn)\b)")
_PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)( percent\b| per cent\b|%)")
_THOUSANDS = re.compile(r"(?<![\w.,$£€])(\d{1,3}(?:,\d{3})+)(?![\w]|[.,]\d)")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_SPEECH = re.compile(r"\b(said|says|told|according to|added|stated|wrote|announced)\b")


def _case_like(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class _Generator:
    """Finds, in one sentence, the places a kind of edit can go, and makes one."""

    def __init__(self, doc: Document, rng: random.Random) -> None:
        self.doc = doc
        self.rng = rng
        self._quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.text)]
        self._by_label: dict[str, list[str]] = {}
        for e in doc.entities:
            if e.label in W.ENTITY_LABELS and e.text not in self._by_label.setdefault(e.label, []):
                self._by_label[e.label].append(e.text)
        self.makers: dict[str, Callable[[Sentence], Iterator[_Edit]]] = {
            "figure_change": self._figure_change,
            "scale_error": self._scale_error,
            "date_change": self._date_change,
            "entity_swap": self._entity_swap,
            "misspelling": self._misspelling,
            "negation_removed": self._negation_removed,
            "negation_added": self._negation_added,
            "antonym": self._antonym,
            "modality_change": self._modality,
            "stage_change": self._stage,
            "quote_reworded": self._quote_reworded,
            "speaker_swap": self._speaker_swap,
            "noise_number_format": self._noise_number,
            "noise_date_format": self._noise_date,
            "noise_synonym": self._noise_synonym,
            "noise_clause_order": self._noise_clause,
        }

    def one(self, sent: Sentence, kinds: Sequence[str]) -> _Edit | None:
        offers = {k: list(self.makers[k](sent)) for k in kinds}
        offers = {k: v for k, v in offers.items() if v}
        if not offers:
            return None
        kind = self.rng.choice(sorted(offers))
        return self.rng.choice(offers[kind])

    # -- helpers --

    def _in_quote(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self._quotes)

    def _in_entity(self, start: int, end: int, labels: set[str] | None = None) -> bool:
        return any(
            e.start < end and start < e.end and (labels is None or e.label in labels) for e in self.doc.entities
        )

    def _sub(self, sent: Sentence, kind: str, start: int, end: int, repl: str) -> _Edit:
        return _Edit(start, end, repl, kind, (start, end), (0, len(repl)))

    def _numbers(self, sent: Sentence) -> Iterator[re.Match[str]]:
        for m in _NUM.finditer(self.doc.text, sent.start, sent.end):
            if self._in_entity(m.start(), m.end(), {"DATE", "TIME"}) or _YEAR_RE.fullmatch(m.group()):
                continue
            yield m

    # -- numbers --

    def _figure_change(self, sent: Sentence) -> Iterator[_Edit]:
        for m in self._numbers(sent):
            new = _other_figure(m.group(1), m.group(2) or "", self.rng)
            if new != m.group():
                yield self._sub(sent, "figure_change", m.start(), m.end(), new)

    def _scale_error(self, sent: Sentence) -> Iterator[_Edit]:
        text = self.doc.text
        for m in self._numbers(sent):
            after = text[m.end() : sent.end]
            sc = _SCALE_AFTER.match(after)
            if sc:
                word = sc.group(2)
                end = m.end() + sc.end()
                yield self._sub(sent, "scale_error", m.start(), end, m.group() + sc.group(1) + W.SCALE_SWAP[word])
            elif not _PERCENT_AFTER.match(after):
                whole = m.group(1).replace(",", "")
                frac = m.group(2)
                if frac:  # shift the decimal point: 3.1 -> 31, 2.25 -> 22.5
                    new = whole + frac[1] + ("." + frac[2:] if len(frac) > 2 else "")
                    new = new.lstrip("0") or "0"
                else:
                    new = f"{int(whole) * 10:,}" if "," in m.group(1) else str(int(whole) * 10)
                if new != m.group():
                    yield self._sub(sent, "scale_error", m.start(), m.end(), new)

    # -- dates --

    def _date_change(self, sent: Sentence) -> Iterator[_Edit]:
        text = self.doc.text
        for m in _MONTH_RE.finditer(text, sent.start, sent.end):
            if m.group() == "May" and not self._in_entity(m.start(), m.end(), {"DATE"}):
                continue
            others = [x for x in W.MONTHS if x != m.group()]
            yield self._sub(sent, "date_change", m.start(), m.end(), self.rng.choice(others))
        for m in _WEEKDAY_RE.finditer(text, sent.start, sent.end):
            others = [x for x in W.WEEKDAYS if x != m.group()]
            yield self._sub(sent, "date_change", m.start(), m.end(), self.rng.choice(others))
        for m in _MONTH_DAY.finditer(text, sent.start, sent.end):
            day = int(m.group(2))
            if 1 <= day <= 31:
                new = str(self.rng.choice([d for d in range(1, 29) if d != day]))
                yield self._sub(sent, "date_change", m.start(2), m.end(2), new)
        for m in _YEAR_RE.finditer(text, sent.start, sent.end):
            before = text[max(sent.start, m.start() - 6) : m.start()]
            if self._in_entity(m.start(), m.end(), {"DATE"}) or re.search(r"(?:in|since|by|of|,) $", before):
                new = str(int(m.group()) + self.rng.choice([-3, -2, -1, 1, 2, 3]))
                yield self._sub(sent, "date_change", m.start(), m.end(), new)

    # -- entities --

    def _entities(self, sent: Sentence) -> Iterator[Any]:
        for e in self.doc.sentence_entities(sent):
            if e.label in W.ENTITY_LABELS and not self._in_quote(e.start, e.end) and any(c.isalpha() for c in e.text):
                yield e

    def _entity_swap(self, sent: Sentence) -> Iterator[_Edit]:
        for e in self._entities(sent):
            same = [x for x in self._by_label.get(e.label, []) if _unrelated(x, e.text)]
            pool = same or [x for x in W.FALLBACK_ENTITIES[e.label] if _unrelated(x, e.text)]
            if pool:
                new = self.rng.choice(pool)
                if e.start == sent.start or text_starts_sentence(self.doc.text, e.start):
                    new = new[:1].upper() + new[1:]
                yield self._sub(sent, "entity_swap", e.start, e.end, new)

    def _misspelling(self, sent: Sentence) -> Iterator[_Edit]:
        text = self.doc.text
        for e in self._entities(sent):
            for w in _WORD.finditer(text, e.start, e.end):
                word = w.group()
                if len(word) >= 5 and word[:1].isupper() and not word.isupper():
                    new = _misspell(word, self.rng)
                    if new != word:
                        yield self._sub(sent, "misspelling", w.start(), w.end(), new)

    # -- polarity and meaning --

    def _negation_removed(self, sent: Sentence) -> Iterator[_Edit]:
        toks = self.doc.sentence_tokens(sent)
        text = self.doc.text
        for k, t in enumerate(toks):
            if t.dep != "neg" or self._in_quote(t.start, t.end):
                continue
            if t.lower in {"n't", "n’t"} and k > 0:
                prev = toks[k - 1]
                whole = text[prev.start : t.end].replace("’", "'")
                base = W.NEG_CONTRACTIONS.get(whole.lower())
                if base:
                    yield self._sub(sent, "negation_removed", prev.start, t.end, _case_like(base, whole))
            elif t.lower == "not" and k > 0 and toks[k - 1].end < t.start:
                prev = toks[k - 1]
                if prev.lower in W.NEGATABLE_AUX:
                    yield self._sub(sent, "negation_removed", prev.start, t.end, prev.text)

    def _negation_added(self, sent: Sentence) -> Iterator[_Edit]:
        toks = self.doc.sentence_tokens(sent)
        negated = {self.doc.tokens[t.head].i for t in toks if t.dep == "neg"} | {t.i for t in toks if t.dep == "neg"}
        for k, t in enumerate(toks):
            if self._in_quote(t.start, t.end) or k + 1 >= len(toks):
                continue
            nxt = toks[k + 1]
            if nxt.dep == "neg" or t.i in negated or t.head in negated:
                continue
            if t.pos == "AUX" and t.lower in W.NEGATABLE_AUX and nxt.start > t.end and not nxt.is_punct:
                yield self._sub(sent, "negation_added", t.start, t.end, t.text + " not")
            elif t.dep == "ROOT" and t.pos == "VERB" and t.tag in {"VBD", "VBZ", "VBP"} and t.lemma not in W.NO_DO_SUPPORT:
                if any(c.head == t.i and c.pos == "AUX" for c in toks):
                    continue
                aux = {"VBD": "did", "VBZ": "does", "VBP": "do"}[t.tag]
                yield self._sub(sent, "negation_added", t.start, t.end, f"{aux} not {t.lemma}")

    def _antonym(self, sent: Sentence) -> Iterator[_Edit]:
        toks = self.doc.sentence_tokens(sent)
        for k, t in enumerate(toks):
            new = W.ANTONYMS.get(t.lower)
            if not new or t.ent_type or self._in_quote(t.start, t.end) or t.pos == "PROPN":
                continue
            if t.lower in {"up", "down"} and (k == 0 or toks[k - 1].lower not in W.UPDOWN_OK_AFTER):
                continue
            if t.lower in {"more", "less", "most", "least", "first", "last", "all", "start", "end"} and t.pos not in {"ADJ", "ADV", "DET"}:
                continue
            yield self._sub(sent, "antonym", t.start, t.end, _case_like(new, t.text))

    def _modality(self, sent: Sentence) -> Iterator[_Edit]:
        for t in self.doc.sentence_tokens(sent):
            if t.tag == "MD" and t.lower in W.MODALITY and not self._in_quote(t.start, t.end):
                yield self._sub(sent, "modality_change", t.start, t.end, _case_like(W.MODALITY[t.lower], t.text))

    def _stage(self, sent: Sentence) -> Iterator[_Edit]:
        toks = self.doc.sentence_tokens(sent)
        for k, t in enumerate(toks):
            new = W.STAGE_FORWARD.get(t.lower)
            if not new or t.pos != "VERB" or self._in_quote(t.start, t.end):
                continue
            if t.lower == "charged" and (k + 1 >= len(toks) or toks[k + 1].lower != "with"):
                continue  # "charged $5 for", not "charged with fraud"
            yield self._sub(sent, "stage_change", t.start, t.end, _case_like(new, t.text))

    # -- quotes and attribution --

    def _quote_reworded(self, sent: Sentence) -> Iterator[_Edit]:
        text = self.doc.text
        for m in _QUOTED.finditer(text, sent.start, sent.end):
            inside = [t for t in self.doc.sentence_tokens(sent) if m.start(1) <= t.start and t.end <= m.end(1)]
            for k, t in enumerate(inside):
                syn = W.synonym(t.text, t.pos)
                nxt = inside[k + 1].lower if k + 1 < len(inside) else ""
                if syn and not (t.lower in W.APPROXIMATORS and re.match(r"\s*[$£€]?\d", text[t.end :])) and nxt != "to":
                    yield self._sub(sent, "quote_reworded", t.start, t.end, _case_like(syn, t.text))
            toks = [t for t in self.doc.sentence_tokens(sent) if m.start(1) <= t.start and t.end <= m.end(1)]
            for k, t in enumerate(toks[:-1]):
                if t.pos == "ADV" and t.dep == "advmod" and t.lower.isalpha() and toks[k + 1].start > t.end and k > 0:
                    nxt = toks[k + 1]
                    yield _Edit(t.start, nxt.end, nxt.text, "quote_reworded", (t.start, nxt.end), (0, len(nxt.text)))

    def _speaker_swap(self, sent: Sentence) -> Iterator[_Edit]:
        text = self.doc.text
        body = text[sent.start : sent.end]
        if not (_QUOTED.search(body) or _SPEECH.search(body)):
            return
        people = self._by_label.get("PERSON", [])
        for e in self.doc.sentence_entities(sent):
            if e.label != "PERSON" or self._in_quote(e.start, e.end):
                continue
            pool = [x for x in people if _unrelated(x, e.text)] or [x for x in W.FALLBACK_ENTITIES["PERSON"] if _unrelated(x, e.text)]
            yield self._sub(sent, "speaker_swap", e.start, e.end, self.rng.choice(pool))

    # -- meaning-preserving noise --

    def _noise_number(self, sent: Sentence) -> Iterator[_Edit]:
        text = self.doc.text
        for m in _CURRENCY_SCALE.finditer(text, sent.start, sent.end):
            scale = m.group(2).strip()
            if scale in W.SCALE_SHORT:  # $3.1 billion -> $3.1bn
                yield self._sub(sent, "noise_number_format", m.start(), m.end(), m.group(1) + W.SCALE_SHORT[scale])
            elif scale in W.SCALE_LONG:  # $3.1bn -> $3.1 billion
                yield self._sub(sent, "noise_number_format", m.start(), m.end(), f"{m.group(1)} {W.SCALE_LONG[scale]}")
        for m in _PERCENT.finditer(text, sent.start, sent.end):
            new = m.group(1) + ("%" if m.group(2) != "%" else " percent")
            yield self._sub(sent, "noise_number_format", m.start(), m.end(), new)
        for m in _THOUSANDS.finditer(text, sent.start, sent.end):
            if not self._in_entity(m.start(), m.end(), {"DATE", "TIME"}):
                yield self._sub(sent, "noise_number_format", m.start(), m.end(), m.group().replace(",", ""))
        toks = self.doc.sentence_tokens(sent)
        for k, t in enumerate(toks[:-1]):
            if t.lower in W.NUMBER_WORDS and t.pos == "NUM" and toks[k + 1].pos == "NOUN" and not self._in_quote(t.start, t.end):
                yield self._sub(sent, "noise_number_format", t.start, t.end, W.NUMBER_WORDS[t.lower])

    def _noise_date(self, sent: Sentence) -> Iterator[_Edit]:
        text = self.doc.text
        for m in _MONTH_DAY.finditer(text, sent.start, sent.end):
            month, day, year = m.group(1), m.group(2), m.group(4) or ""
            full = W.ABBR_MONTH.get(month, month)
            if month in W.ABBR_MONTH:  # Feb. 12 -> February 12
                yield self._sub(sent, "noise_date_format", m.start(), m.end(), f"{full} {day}{year}")
            elif month in W.MONTH_ABBR:  # February 12 -> Feb. 12
                yield self._sub(sent, "noise_date_format", m.start(), m.end(), f"{W.MONTH_ABBR[month]} {day}{year}")
            if not m.group(3):  # February 12, 2019 -> 12 February 2019
                yield self._sub(sent, "noise_date_format", m.start(), m.end(), f"{day} {full}{year.replace(',', '')}")
        for m in _DAY_MONTH.finditer(text, sent.start, sent.end):
            yield self._sub(sent, "noise_date_format", m.start(), m.end(), f"{m.group(2)} {m.group(1)}")

    def _noise_synonym(self, sent: Sentence) -> Iterator[_Edit]:
        toks = self.doc.sentence_tokens(sent)
        text = self.doc.text
        for k, t in enumerate(toks):
            syn = W.synonym(t.text, t.pos)
            if not syn or t.ent_type or self._in_quote(t.start, t.end):
                continue
            if t.lower in W.APPROXIMATORS and re.match(r"\s*[$£€]?\d", text[t.end :]):
                continue
            if k + 1 < len(toks) and toks[k + 1].lower == "to" and t.pos != "VERB":
                continue  # "about to", "enough to"
            yield self._sub(sent, "noise_synonym", t.start, t.end, _case_like(syn, t.text))

    def _noise_clause(self, sent: Sentence) -> Iterator[_Edit]:
        toks = list(self.doc.sentence_tokens(sent))
        text = self.doc.text
        body = text[sent.start : sent.end]
        if len(toks) < 7 or _QUOTED.search(body) or "“" in body or '"' in body or toks[-1].text not in {".", "!", "?"}:
            return
        if toks[0].pos not in {"ADP", "SCONJ", "ADV"} and toks[0].lower not in {"last", "earlier", "later", "next"}:
            return
        comma = next((k for k, t in enumerate(toks[:10]) if t.text == ","), None)
        if comma is None or comma < 2 or comma > len(toks) - 5:
            return
        front = text[toks[0].start : toks[comma - 1].end]
        rest = text[toks[comma + 1].start : toks[-1].start].rstrip()
        if any(t.text in {",", ";", ":", "(", ")", "—", "–"} for t in toks[comma + 1 : -1]):
            return  # keep it simple: only "Front, main clause." shapes
        first = front if toks[0].pos == "PROPN" or toks[0].text == "I" else front[:1].lower() + front[1:]
        lead = rest if toks[comma + 1].pos == "PROPN" or rest[:1].isupper() else rest[:1].upper() + rest[1:]
        new = f"{lead} {first}{toks[-1].text}"
        yield self._sub(sent, "noise_clause_order", sent.start, sent.end, new)


def text_starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?\n"


def _unrelated(a: str, b: str) -> bool:
    """Two names that do not contain one another (so swapping them really changes the name)."""
    la, lb = a.lower().removeprefix("the "), b.lower().removeprefix("the ")
    if la == lb or la in lb or lb in la:
        return False
    return not (set(la.split()) & set(lb.split()))


def _misspell(word: str, rng: random.Random) -> str:
    inner = range(1, len(word) - 2)
    ops = ["swap", "double", "drop"]
    op = rng.choice(ops)
    i = rng.choice(list(inner))
    if op == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == "double" and word[i].isalpha():
        return word[: i + 1] + word[i] + word[i + 1 :]
    return word[:i] + word[i + 1 :]


def _other_figure(whole: str, frac: str, rng: random.Random) -> str:
    """A different figure written the same way (same decimals, thousands separators kept)."""
    commas = "," in whole
    n = int(whole.replace(",", ""))
    decimals = len(frac) - 1 if frac else 0
    value = n + (float(frac) if frac else 0.0)
    if value < 10 and not decimals:
        new_value: float = rng.choice([x for x in range(1, 10) if x != n] + [n + 10])
    else:
        factor = rng.choice([0.5, 0.6, 0.75, 0.8, 1.25, 1.4, 1.5, 2.0])
        new_value = value * factor
    if decimals:
        out = f"{new_value:,.{decimals}f}" if commas else f"{new_value:.{decimals}f}"
        if out == f"{value:.{decimals}f}":
            out = f"{value + 10 ** -decimals:.{decimals}f}"
        return out
    iv = int(round(new_value))
    if iv == n:
        iv = n + 1
    return f"{iv:,}" if commas or (iv >= 10000 and n >= 10000 and commas) else str(iv)
