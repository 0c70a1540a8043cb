"""Shared by omission and addition: contiguous runs of unaligned sentences and their weight."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ..document import Document, Sentence
from ..findings import Severity

_QUOTE = re.compile(r"[\"“”]")


def runs(indices: Iterable[int], doc: Document) -> Iterator[list[int]]:
    """Group sorted sentence indices into runs of consecutive sentences of one paragraph."""
    run: list[int] = []
    for i in sorted(indices):
        if run and (i != run[-1] + 1 or doc.sentences[i].paragraph != doc.sentences[run[-1]].paragraph):
            yield run
            run = []
        run.append(i)
    if run:
        yield run


def has_facts(doc: Document, sent: Sentence) -> bool:
    """A sentence states checkable facts: figures, names or a quote."""
    toks = doc.sentence_tokens(sent)
    if any(t.like_num or t.ent_type in {"PERSON", "ORG", "GPE", "MONEY", "DATE", "PERCENT", "CARDINAL", "QUANTITY"} for t in toks):
        return True
    return bool(_QUOTE.search(sent.text))


def weight(doc: Document, sents: Sequence[Sentence], *, derived: bool = True) -> Severity:
    """How much was lost (or added) with these sentences.

    When the copy does not derive from the source at all, its sentences are not "additions" to a
    copy nor the source's "omissions" from one: they are reported, but only as info.
    """
    if not derived:
        return Severity.INFO
    prose = [s for s in sents if s.kind == "sentence"]  # headings, captions, bylines: info
    if not prose:
        return Severity.INFO
    return Severity.MAJOR if any(has_facts(doc, s) for s in prose) else Severity.MINOR
