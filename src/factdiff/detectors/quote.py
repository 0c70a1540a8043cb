"""Quote: a copy quote must be word for word from a source quote (up to whitespace and quote marks).

* a reworded quote → minor, or major when a figure, a negation or a name inside it changed, or a
  word was replaced by its opposite ("too much" → "too little");
* a quote made from a paraphrase of the aligned source sentence → major (the copy puts words in
  someone's mouth);
* the source's own words, unquoted there, put in quotes → minor when the copy gives them a
  speaker, else info (scare quotes and titles of up to three words are left alone);
* a quote with no counterpart in the source at all → major (info up to three words);
* a source quote whose aligned copy sentence carries it unquoted → info (quote turned into paraphrase).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..findings import Finding, Severity
from ..quotes import (
    Quote,
    changed_facts,
    norm,
    quote_lemmas,
    quote_matches,
    quote_names,
    quotes,
    same_speaker,
    same_words,
    small_edit,
    verbatim_in,
)


def _short(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _kept(source_text: str, copy_text: str) -> str:
    edit = small_edit(source_text, copy_text)
    return f"only {edit}; facts kept" if edit else "wording changed, facts kept"


#: words that open a qualifier of what a quote says before them ("encouraging but preliminary")
_QUALIFYING = frozenset({"but", "though", "although", "yet", "if", "unless", "only", "not"})
#: a qualifier is a short phrase ("but preliminary", "but not yet proven"); a clause with a subject
#: of its own ("but I look forward to the challenge") says something else
_QUALIFIER_WORDS = 10
_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that", "there", "these", "those"})


def _cut_qualifier(source_text: str, copy_text: str) -> str:
    """The rest of a source quote when the copy quotes it only up to a qualifier: "encouraging" of
    "encouraging but preliminary" drops "but preliminary"."""
    src, cop = norm(source_text), norm(copy_text)
    at = src.find(cop)
    if not cop or at < 0:
        return ""
    rest = src[at + len(cop) :].lstrip(" ,;:-")
    words = re.split(r"[.,;:!?]", rest, maxsplit=1)[0].split()
    if not words or words[0].lower() not in _QUALIFYING or len(words) > _QUALIFIER_WORDS:
        return ""
    if len(words) > 1 and words[1].lower() in _SUBJECTS:
        return ""  # "..., but I look forward to the challenge": another clause, not a qualifier
    return " ".join(words)


def _borrowed(ctx: Context, own: tuple[Quote, ...], source_text: str, copy_text: str) -> Quote | None:
    """The source quote of another speaker that a copy quote tacks onto its own speaker's words
    ("... over many years. Many promising compounds fall at the final hurdle."), or that joins two
    speakers' quotes in one."""
    for k, a in enumerate(own):
        for b in own[k + 1 :]:
            if same_speaker(a, b) is False:
                return b
    mine, cop = norm(source_text), norm(copy_text)
    at = cop.find(mine)
    if not mine or at < 0:
        return None
    rest = norm(cop[:at] + " " + cop[at + len(mine) :])
    if len(rest.split()) < 4:
        return None
    for sq in quotes(ctx.source):
        if sq in own or not verbatim_in(rest, sq.text):
            continue
        if all(same_speaker(sq, o) is False for o in own):
            return sq
    return None


def detect(ctx: Context) -> Iterator[Finding]:
    matches = quote_matches(ctx)
    used: set[int] = set()
    for qm in matches:
        q = qm.copy
        for s in qm.source:
            used.add(s.span.start)
        if qm.kind == "verbatim":
            cut = _cut_qualifier(" ".join(s.text for s in qm.source), q.text)
            if cut:
                yield Finding(
                    type="quote",
                    severity=Severity.MAJOR,
                    message=f"quote cut before its qualifier: “{_short(q.text)}” drops “{_short(cut, 40)}”",
                    confidence=0.7,
                    source=qm.source_span,
                    copy=q.span,
                )
            continue
        if qm.kind == "reworded":
            src_text = " ".join(s.text for s in qm.source)
            src_spans = [s.span for s in qm.source]
            other = _borrowed(ctx, qm.source, src_text, q.text)
            if other is not None:
                who = other.speaker_name or (other.speaker.text if other.speaker else "another speaker")
                yield Finding(
                    type="quote",
                    severity=Severity.MAJOR,
                    message=f"quote joins another speaker's words: “{_short(other.text, 60)}” is {who}'s in the source",
                    confidence=0.75,
                    source=other.span,
                    copy=q.span,
                )
                continue
            if same_words(src_text, q.text):
                continue  # one quote told in two pieces, or the other way round: punctuation only
            notes = changed_facts(
                src_text, q.text, quote_names(ctx.source, src_spans), quote_names(ctx.copy, [q.span]),
                quote_lemmas(ctx.source, src_spans) | quote_lemmas(ctx.copy, [q.span]),
            )
            yield Finding(
                type="quote",
                severity=Severity.MAJOR if notes else Severity.MINOR,
                message=f"quote reworded: “{_short(src_text)}” → “{_short(q.text)}”"
                + (f" ({'; '.join(notes)})" if notes else f" ({_kept(src_text, q.text)})"),
                confidence=round(min(0.95, 0.55 + qm.score / 400), 3),
                source=qm.source_span,
                copy=q.span,
            )
        elif qm.kind == "source-words":
            if len(q.text.split()) <= 3:
                continue  # scare quotes or a title around the source's own words
            said = q.speaker is not None
            yield Finding(
                type="quote",
                severity=Severity.MINOR if said else Severity.INFO,
                message=f"the source's own words put in quotation marks: the source does not quote “{_short(q.text)}”"
                + (f" as {q.speaker_name or q.speaker.text}'s words" if q.speaker is not None else ""),
                confidence=0.5,
                source=qm.source_span,
                copy=q.span,
            )
        elif qm.kind == "unquoted":
            yield Finding(
                type="quote",
                severity=Severity.MAJOR,
                message=f"paraphrase turned into a quote: the source does not quote “{_short(q.text)}”",
                confidence=0.6,
                source=qm.source_span,
                copy=q.span,
            )
        else:
            yield Finding(
                type="quote",
                severity=Severity.MAJOR if len(q.text.split()) > 3 else Severity.INFO,
                message=f"quote not in the source: “{_short(q.text)}” matches no source quote or sentence",
                confidence=0.5,
                source=None,
                copy=q.span,
            )
    # source quotes the copy carries without quotation marks
    aligned: dict[int, list[int]] = {}
    for link in ctx.alignment.links:
        for i in link.source:
            aligned.setdefault(i, []).extend(link.copy)
    copy_quoted = {ctx.copy.sentence_at(q.span.start).index for q in quotes(ctx.copy) if ctx.copy.sentence_at(q.span.start)}  # type: ignore[union-attr]
    for sq in quotes(ctx.source):
        if sq.span.start in used:
            continue
        sent = ctx.source.sentence_at(sq.span.start)
        if sent is None or sent.index not in aligned:
            continue
        targets = [j for j in aligned[sent.index] if j not in copy_quoted]
        if not targets or len(targets) < len(aligned[sent.index]):
            continue
        first, last = ctx.copy.sentences[min(targets)], ctx.copy.sentences[max(targets)]
        yield Finding(
            type="quote",
            severity=Severity.INFO,
            message=f"quote turned into paraphrase: “{_short(sq.text)}” is reported without quotation marks",
            confidence=0.5,
            source=sq.span,
            copy=ctx.copy.span(first.start, last.end),
        )
