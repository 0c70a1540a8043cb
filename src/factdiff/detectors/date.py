"""Date: dates, weekdays, times and periods of an aligned pair that changed.

"Feb. 12" and "February 12, 2025" agree (no stated field differs); "Feb. 12" → "Feb. 14", "Q3" →
"Q4", "Tuesday" → "Monday", "last week" → "last month" are changes. A copy date stated elsewhere
in the source is no finding; a date stated nowhere in the source is a minor one.

A period that ended told as one that goes on ("between 2019 and 2022" → "since 2019") is major;
told as its first date alone ("between 2019 and 2022" → "in 2019"), minor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..dates import DateMention
from ..figures import doc_dates, figure_pairs, in_sentences, role_overlap, words_near
from ..findings import Finding, Severity


def detect(ctx: Context) -> Iterator[Finding]:
    locale = ctx.options.get("locale", "us")
    src_all = doc_dates(ctx.source, locale)
    cop_all = doc_dates(ctx.copy, locale)
    for pair in figure_pairs(ctx):
        S = in_sentences(src_all, pair.source_sentences)
        C = in_sentences(cop_all, pair.copy_sentences)
        if not C:
            continue
        yield from _periods(ctx, S, C)
        free = list(S)
        rest: list[DateMention] = []
        for c in C:
            same = [s for s in free if s.compatible(c)]
            if same:
                free.remove(max(same, key=lambda s: len(set(s.fields()) & set(c.fields()))))
            else:
                rest.append(c)
        for c in rest:
            cands = [s for s in free if s.comparable(c)]
            c_ctx = words_near(ctx.copy, c.start, c.end, ctx.copy.sentence_at(c.start))

            def score(s: DateMention, c_ctx: tuple[str, ...] = c_ctx, c: DateMention = c) -> tuple[int, int]:
                s_ctx = words_near(ctx.source, s.start, s.end, ctx.source.sentence_at(s.start))
                return role_overlap(s_ctx, c_ctx), len(set(s.fields()) & set(c.fields()))

            elsewhere = [s for s in src_all if s.compatible(c)]
            if elsewhere:
                # stated elsewhere in the source: fine, unless a date of this pair plainly plays its role
                best_here = max((score(s)[0] for s in cands), default=0)
                if best_here < 2 or best_here <= max(score(s)[0] for s in elsewhere):
                    continue
            if cands:
                s = max(cands, key=score)
                free.remove(s)
                sev = Severity.MINOR if _only_part_differs(s, c) else Severity.MAJOR
                yield Finding(
                    type="date",
                    severity=sev,
                    message=f"date changed: {s.normalised} vs {c.normalised} ('{s.text}' → '{c.text}')",
                    confidence=0.8 if sev == Severity.MAJOR else 0.5,
                    source=ctx.source.span(s.start, s.end),
                    copy=ctx.copy.span(c.start, c.end),
                )
            else:
                # a relative period ("last year") restates the source's time frame from the
                # copy's vantage point far more often than it invents one: info only
                yield Finding(
                    type="date",
                    severity=Severity.INFO if c.kind == "relative" else Severity.MINOR,
                    message=f"{c.normalised} ('{c.text}') appears nowhere in the source",
                    confidence=0.4,
                    source=None,
                    copy=ctx.copy.span(c.start, c.end),
                )


def _only_part_differs(s: DateMention, c: DateMention) -> bool:
    a, b = s.fields(), c.fields()
    return all(a[k] == b[k] for k in set(a) & set(b) if k != "part") and s.part != c.part


#: what opens a period ("between", "from") and what joins its two ends ("and", "to", "–")
_OPENS = re.compile(r"(?i)\b(?:between|from)\s+$")
_JOINS = re.compile(r"(?i)^\s*(?:and|to|until|till|through|[-–—])\s*$")
_SINCE = re.compile(r"(?i)\b(?:since|ever since)\s+$")
_IN = re.compile(r"(?i)\b(?:in|during)\s+$")


def _periods(ctx: Context, S: list[DateMention], C: list[DateMention]) -> Iterator[Finding]:
    """A source period ("between 2019 and 2022") that the copy gives as open ("since 2019") or as its
    first date alone ("in 2019")."""
    src, cop = ctx.source.text, ctx.copy.text
    ordered = sorted(S, key=lambda d: d.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        lead = src[max(0, a.start - 12) : a.start]
        opens = _OPENS.search(lead)
        if opens is None or not _JOINS.match(src[a.end : b.start]) or any(c.compatible(b) for c in C):
            continue  # not a period, or the copy keeps its end
        start = a.start - len(lead) + opens.start()
        for c in C:
            before = cop[max(0, c.start - 14) : c.start]
            since, during = _SINCE.search(before), _IN.search(before)
            if not c.compatible(a) or not (since or during):
                continue
            word = since or during
            at = c.start - len(before) + word.start()  # type: ignore[union-attr]
            if since:
                sev, what = Severity.MAJOR, f"the source's period ends in {b.text}; 'since' says it goes on"
            else:
                sev, what = Severity.MINOR, f"the source's period runs to {b.text}"
            yield Finding(
                type="date",
                severity=sev,
                message=f"period changed: '{src[start : b.end]}' → '{cop[at : c.end]}' ({what})",
                confidence=0.7,
                source=ctx.source.span(start, b.end),
                copy=ctx.copy.span(at, c.end),
            )
