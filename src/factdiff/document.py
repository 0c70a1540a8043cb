"""`Document`: the one object that owns a text and makes offsets into it.

Sentences, tokens, entities and finding spans are all views holding ``start``/``end`` character
offsets into ``Document.text`` exactly as it was read (Python ``str`` indices, end exclusive), so
``doc.text[span.start:span.end] == span.text`` holds for every span factdiff reports.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[\"”’]\s*$")
_MD_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)")
_BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
#: a news dateline standing alone ("LANGFORD (Wire) --", "NEW YORK, Feb 12 (AP) —"): the start of the
#: sentence after it, which a splitter may cut off when that sentence starts with a capital
_DATELINE = re.compile(r"[A-Z][A-Z.'’-]{2,}(?:[ ,][^\n]{0,50}?)?\s*(?:--|—|–|-)")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a document's text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A unit of a document: a sentence, or a heading / byline / caption line of its own.

    ``kind`` is ``"sentence"`` for prose, ``"heading"`` for a title line, ``"caption"`` for a photo
    caption (a line carrying a photo credit) and ``"line"`` for other short lines without sentence
    punctuation (bylines, datelines, "Updated:").
    """

    index: int
    start: int
    end: int
    text: str
    kind: str
    paragraph: int
    token_start: int
    token_end: int

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text}

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class Token:
    """A word with its absolute offsets and the parse spaCy gave it.

    ``head`` is the absolute index (into ``Document.tokens``) of the syntactic head.
    """

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str
    ent_iob: str
    like_num: bool
    is_punct: bool
    is_stop: bool
    sentence: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity found by spaCy: ``label`` is its spaCy label (PERSON, ORG, GPE, ...)."""

    start: int
    end: int
    text: str
    label: str
    sentence: int
    token_start: int
    token_end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass
class Document:
    """A text, split into sentences and parsed once.

    Build with :meth:`Document.from_text`. All offsets are into ``text``.
    """

    text: str
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    name: str = ""
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        name: str = "",
        nlp: Any = None,
        on_sentences: Callable[[Sequence[Sentence]], None] | None = None,
    ) -> Document:
        """Split and parse ``text``.

        ``on_sentences``, if given, is called with each paragraph's sentences as soon as that
        paragraph is parsed (compare() starts embedding them while the rest is parsed).
        """
        if nlp is None:
            from .nlp import get_nlp

            nlp = get_nlp()
        blocks = [(m.start(), m.group()) for m in _BLOCK.finditer(text) if m.group().strip()]
        sentences: list[Sentence] = []
        tokens: list[Token] = []
        entities: list[Entity] = []
        # spaCy yields nothing of a batch until the whole batch is parsed: small batches let a
        # caller start on the first paragraphs early, for 5-10 % more parsing time
        batch = 32 if on_sentences is None else 4
        for paragraph, ((base, block_text), sdoc) in enumerate(
            zip(blocks, nlp.pipe([b for _, b in blocks], batch_size=batch), strict=True)
        ):
            first_sentence = len(sentences)
            starts = [t.idx for t in sdoc]
            ends = [t.idx + len(t.text) for t in sdoc]
            # which spaCy tokens each unit keeps (no whitespace, no Markdown markers), so every
            # token's head can be given as an absolute index when the token is made
            units = []
            kept: dict[int, int] = {}
            for unit_start, unit_end in _units(sdoc, block_text):
                first, last = _token_range(starts, ends, unit_start, unit_end)
                ids = [t.i for t in sdoc[first:last] if not t.is_space]
                for i in ids:
                    kept[i] = len(tokens) + len(kept)
                units.append((unit_start, unit_end, ids))
            for unit_start, unit_end, ids in units:
                start, end = base + unit_start, base + unit_end
                sent_index = len(sentences)
                tok_lo = len(tokens)
                for i in ids:
                    t = sdoc[i]
                    tokens.append(
                        Token(
                            i=len(tokens),
                            start=base + t.idx,
                            end=base + t.idx + len(t.text),
                            text=t.text,
                            lemma=t.lemma_.lower(),
                            pos=t.pos_,
                            tag=t.tag_,
                            dep=t.dep_,
                            head=kept.get(t.head.i, len(tokens)),
                            ent_type=t.ent_type_,
                            ent_iob=t.ent_iob_,
                            like_num=t.like_num,
                            is_punct=t.is_punct,
                            is_stop=t.is_stop,
                            sentence=sent_index,
                        )
                    )
                unit_text = text[start:end]
                sentences.append(
                    Sentence(
                        index=sent_index,
                        start=start,
                        end=end,
                        text=unit_text,
                        kind=_kind(unit_text, text, start, sent_index),
                        paragraph=paragraph,
                        token_start=tok_lo,
                        token_end=len(tokens),
                    )
                )
            for ent in sdoc.ents:
                s, e = base + ent.start_char, base + ent.end_char
                # entities that cross a unit boundary (e.g. a newline) are cut to the first unit
                sent = _sentence_at(sentences, s)
                if sent is None:
                    continue
                e = min(e, sent.end)
                ent_text = text[s:e].strip()
                if not ent_text:
                    continue
                e = s + len(ent_text)
                tok_ids = [t.i for t in tokens[sent.token_start : sent.token_end] if t.start >= s and t.end <= e]
                if not tok_ids:
                    continue
                entities.append(Entity(s, e, ent_text, ent.label_, sent.index, tok_ids[0], tok_ids[-1] + 1))
            if on_sentences is not None and len(sentences) > first_sentence:
                on_sentences(sentences[first_sentence:])
        return cls(text=text, sentences=tuple(sentences), tokens=tuple(tokens), entities=tuple(entities), name=name)

    # -- views ----------------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        """The span ``[start, end)``, with surrounding whitespace trimmed."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside a text of length {len(self.text)}")
        piece = self.text[start:end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if lead + trail >= len(piece):
            return Span(start, end, piece)
        return Span(start + lead, end - trail, self.text[start + lead : end - trail])

    def find(self, needle: str, within: Sentence | Span | None = None, *, start: int = 0) -> Span | None:
        """The first occurrence of ``needle`` (case-sensitive, then case-insensitive) as a span."""
        lo, hi = (within.start, within.end) if within is not None else (0, len(self.text))
        lo = max(lo, start)
        pos = self.text.find(needle, lo, hi)
        if pos < 0:
            pos = self.text.lower().find(needle.lower(), lo, hi)
        if pos < 0 or not needle:
            return None
        return Span(pos, pos + len(needle), self.text[pos : pos + len(needle)])

    def sentence_tokens(self, sentence: Sentence | int) -> Sequence[Token]:
        s = self.sentences[sentence] if isinstance(sentence, int) else sentence
        return self.tokens[s.token_start : s.token_end]

    def sentence_entities(self, sentence: Sentence | int) -> list[Entity]:
        idx = sentence if isinstance(sentence, int) else sentence.index
        return [e for e in self.entities if e.sentence == idx]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly inside ``[start, end)``."""
        starts = self._cache.get("document.token_starts")
        if starts is None:
            starts = self._cache["document.token_starts"] = [t.start for t in self.tokens]
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [t for t in self.tokens[lo:hi] if t.end <= end]

    def token_span(self, first: int, last: int) -> Span:
        """The span from token ``first`` to token ``last`` (inclusive)."""
        return Span(self.tokens[first].start, self.tokens[last].end, self.text[self.tokens[first].start : self.tokens[last].end])

    def sentence_at(self, offset: int) -> Sentence | None:
        return _sentence_at(self.sentences, offset)

    def in_dateline(self, t: Token) -> bool:
        """Whether token ``t`` is part of a wire story's dateline opening its sentence: a place in
        capitals before a comma, and what follows it up to the dash ("GLASGOW, Scotland (Harbour
        Press Agency) —"). A parser often takes the dateline for the sentence's subject."""
        s = self.sentence_at(t.start)
        if s is None:
            return False
        nxt = self.tokens[t.i + 1] if t.i + 1 < len(self.tokens) else None
        if t.text.isupper() and len(t.text) > 1 and nxt is not None and nxt.text == "," and (
                self.tokens_in(s.start, s.end)[:1] == [t]):
            return True
        m = _DATELINE.match(s.text)
        return m is not None and s.text.split(",", 1)[0].isupper() and t.end <= s.start + m.end()

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)


def _sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sentences) and sentences[lo].start <= offset < sentences[lo].end:
        return sentences[lo]
    return None


def _token_range(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Indices ``[first, last)`` of the block tokens overlapping ``[start, end)``."""
    return bisect_right(ends, start), bisect_left(starts, end)


def _units(sdoc: Any, block: str) -> Iterator[tuple[int, int]]:
    """Sentence units of one block (block-relative offsets), split at hard line breaks.

    A line break is a unit boundary unless it looks like a soft wrap inside a paragraph (the
    line before has no closing punctuation and the next starts in lower case).
    """
    cuts: set[int] = {0, len(block)}
    last = 0
    for sent in sdoc.sents:
        if not _DATELINE.fullmatch(block[last : sent.start_char].strip()):
            cuts.add(sent.start_char)
            last = sent.start_char
    lines = [m.start() for m in re.finditer(r"\n", block)]
    for nl in lines:
        before = block[:nl].rstrip()
        after = block[nl + 1 :].lstrip()
        soft = bool(before) and not _TERMINAL.search(before) and after[:1].islower()
        if not soft:
            cuts.add(nl + 1)
        else:
            # spaCy may have cut at a soft wrap: undo it
            cuts.discard(nl + 1 + (len(block[nl + 1 :]) - len(block[nl + 1 :].lstrip())))
    ordered = sorted(cuts)
    for a, b in zip(ordered, ordered[1:], strict=False):
        piece = block[a:b]
        lead = len(piece) - len(piece.lstrip())
        at_line_start = a + lead == 0 or block[a + lead - 1] == "\n"
        m = _MD_PREFIX.match(piece[lead:]) if at_line_start else None
        if m:
            lead += m.end()
        s, e = a + lead, a + len(piece.rstrip())
        if e > s and any(ch.isalnum() for ch in block[s:e]):
            yield s, e


_CREDIT = re.compile(
    r"(?:Getty Images|AFP|Reuters|Associated Press|AP Photo|/AP\b|EPA|Shutterstock|Bloomberg via|"
    r"\b(?:Photo|Image|Picture|Credit)s?\s*(?:by|:))",
)


def _kind(unit: str, text: str, start: int, index: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if text[line_start:start].lstrip().startswith("#"):
        return "heading"
    if _CREDIT.search(line) and len(line) < 400:
        return "caption"
    if _TERMINAL.search(unit) and not unit.rstrip().endswith(":"):
        return "sentence"
    return "heading" if index == 0 else "line"
