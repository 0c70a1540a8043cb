"""What a detector sees: both documents, their alignment, and each aligned pair."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .align import Alignment, Link
from .derivation import Derivation
from .document import Document, Entity, Sentence, Span, Token


@dataclass
class Pair:
    """One aligned unit: the source sentences and the copy sentences that render them."""

    source: Document
    copy: Document
    link: Link

    @cached_property
    def source_sentences(self) -> list[Sentence]:
        return [self.source.sentences[i] for i in self.link.source]

    @cached_property
    def copy_sentences(self) -> list[Sentence]:
        return [self.copy.sentences[j] for j in self.link.copy]

    @cached_property
    def source_tokens(self) -> list[Token]:
        return [t for s in self.source_sentences for t in self.source.sentence_tokens(s)]

    @cached_property
    def copy_tokens(self) -> list[Token]:
        return [t for s in self.copy_sentences for t in self.copy.sentence_tokens(s)]

    @cached_property
    def source_entities(self) -> list[Entity]:
        idx = set(self.link.source)
        return [e for e in self.source.entities if e.sentence in idx]

    @cached_property
    def copy_entities(self) -> list[Entity]:
        idx = set(self.link.copy)
        return [e for e in self.copy.entities if e.sentence in idx]

    @property
    def similarity(self) -> float:
        return self.link.similarity

    @property
    def source_text(self) -> str:
        return " ".join(s.text for s in self.source_sentences)

    @property
    def copy_text(self) -> str:
        return " ".join(s.text for s in self.copy_sentences)

    def source_span(self, start: int, end: int) -> Span:
        return self.source.span(start, end)

    def copy_span(self, start: int, end: int) -> Span:
        return self.copy.span(start, end)


@dataclass
class Context:
    """Passed to every detector: ``detect(ctx) -> Iterable[Finding]``."""

    source: Document
    copy: Document
    alignment: Alignment
    derivation: Derivation | None = None
    options: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def pairs(self) -> Sequence[Pair]:
        return [Pair(self.source, self.copy, link) for link in self.alignment.links]
