"""Whether one text's words are another's: the same word, its lemma, a synonym or a stem.

:class:`Vocabulary` answers it for a copy word against some or all sentences of the source. The
addition detector asks it of the whole source (is an added phrase's wording the source's own?),
the aligner of one source sentence (is a short copy sentence a piece of it?).
"""

from __future__ import annotations

from collections.abc import Sequence

from . import lexicon as lx
from .document import Document, Token
from .names import demonym_of, is_word

#: words sharing this many first letters count as one stem ("investigate" / "investigation")
STEM = 5


def sentence_words(doc: Document, sentences: Sequence[int]) -> set[str]:
    """Lemmas and lower-cased forms of every token of the given sentences."""
    return {w for si in sentences for t in doc.sentence_tokens(si) for w in (t.lemma, t.lower)}


class Vocabulary:
    """Whether the source supports a copy word: the word or its lemma, a WordNet or lexicon synonym,
    or a word of the same stem appears in the given source sentences (all of them by default)."""

    def __init__(self, doc: Document, sentences: Sequence[int] | None = None) -> None:
        syn = lx.synonyms()
        indices = range(len(doc.sentences)) if sentences is None else sentences
        self.words = sentence_words(doc, indices)
        # a gerund the tagger read as a noun ("with Whitcombe scoring twice") stands for its verb
        self.words |= {w[:-3] + e for w in self.words if w.endswith("ing") and len(w) > 6 for e in ("", "e")}
        self.stems = {w[:STEM] for w in self.words if len(w) >= STEM}
        self.senses = {s for w in self.words for s in syn.get(w, ())}
        self.classes = {c for w in self.words for c in lx.classes_of(w)}
        self.places = {t.text for si in indices for t in doc.sentence_tokens(si) if t.text[:1].isupper() and t.text.isalpha()}

    def __call__(self, t: Token) -> bool:
        if t.lemma in self.words or t.lower in self.words:
            return True
        if t.pos == "ADJ" and t.lower.endswith("y") and any(b in self.words for b in (t.lower[:-1], t.lower[:-2])):
            return True  # "foggy", "rainy": the source's "fog", "rain"
        if t.text[:1].isupper() and any(demonym_of(t.text, w) for w in self.places):
            return True  # "Norwegian producers" where the source says "producers in Norway"
        if len(t.lemma) >= STEM and t.lemma[:STEM] in self.stems:
            return True
        if any(t.lower[:k] in self.words and is_word(t.lower[k:]) for k in range(3, len(t.lower) - 2)):
            return True  # a compound of a source word: "daytime" where the source says "day"
        if not lx.classes_of(t.lemma).isdisjoint(self.classes):
            return True  # a lexicon synonym: "shutting" where the source says "closure"
        return any(s in self.senses for s in lx.synonyms().get(t.lemma, ()))
