"""Number: figures of an aligned pair whose value, scale, unit, bound, direction or role changed.

Figures are paired by kind (money, percent, count, duration, ...) and role (the words around them),
never by position. The same value in another form ("$3.1bn" / "$3.1 billion", "Article 5" /
"Article Five", "70 mph" / "70 miles per hour") is no finding; a copy figure stated elsewhere in
the source is no finding either (the copy may move facts between sentences).

A multiple with no figure ("doubled", "halved") is compared with the change the source gives for
the same thing ("rose 10%", "fell by about a third", "£310m, compared with £280m";
:mod:`factdiff.multiples`). A tally or a change told the other way round ("by 51 votes to 48" → "by 48
votes to 51", "from 20% to 15%" → "from 15% to 20%") is found too (:mod:`factdiff.reversals`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from .. import lexicon as lx
from ..context import Context, Pair
from ..document import Document, Span
from ..figures import doc_quantities, figure_pairs, in_sentences, role_overlap
from ..findings import Finding, Severity
from ..multiples import MultipleChange, changed_multiples
from ..predicates import phrase
from ..predicates import span as predicate_span
from ..quantities import Quantity, close, equal_value, ratio, rounds_to, same_kind, same_unit, within_bounds
from ..reversals import reversed_pairs

_BOUND_GROUP = {"exact": "exact", "approx": "approx", "nearly": "approx", "lower": "lower", "lower_x": "lower",
                "upper": "upper", "upper_x": "upper", "range": "range", "vague": "vague"}  # fmt: skip
_OPEN = {"lower", "lower_x", "upper", "upper_x", "vague"}
#: kinds that only pair when their surroundings agree (a lone count could be anything)
_NEEDS_ROLE = {"count", "ordinal", "label", "duration", "score"}


def detect(ctx: Context) -> Iterator[Finding]:
    locale = ctx.options.get("locale", "us")
    src_all = doc_quantities(ctx.source, locale)
    cop_all = doc_quantities(ctx.copy, locale)
    aligned = {id(p) for p in ctx.pairs}
    for pair in figure_pairs(ctx):
        S = in_sentences(src_all, pair.source_sentences)
        C = in_sentences(cop_all, pair.copy_sentences)
        if id(pair) not in aligned and not ctx.options.get("summary"):
            # a copy sentence no source sentence restates, paired by likeness alone: a small bare
            # count in it counts what it goes on to list ("The council makes two claims."); in a
            # summary such a sentence fuses source sentences and its counts are claims
            C = [c for c in C if not (c.dimension == "count" and c.value < 13)]
        if C:
            yield from _pair_findings(pair, S, C, src_all)
        if S and not any(c.unit == "%" for c in C):
            f = _share_told_in_words(pair, S, src_all)
            if f is not None:
                yield f
    for m in changed_multiples(ctx):
        yield _multiple(ctx, m)
    for r in reversed_pairs(ctx):
        why = "the counts changed sides" if r.kind == "tally" else "the old and new levels changed places"
        yield Finding("number", Severity.MAJOR, f"{r.kind} reversed: '{r.source.text}' → '{r.copy.text}' ({why})",
                      0.8, r.source, r.copy)


def _times(f: float) -> str:
    return f"×{f:.2f}".rstrip("0").rstrip(".")


def _multiple(ctx: Context, m: MultipleChange) -> Finding:
    return Finding(
        type="number",
        severity=Severity.MAJOR,
        message=f"amount changed: '{phrase(ctx.copy, m.copy)}' ({_times(m.factor)}) but the source says "
        f"'{m.source.span.text}' ({_times(m.source.factor)})",
        confidence=0.7,
        source=m.source.span,
        copy=predicate_span(ctx.copy, m.copy),
    )


#: words that say more than half, and words that say less than half
_MAJORITY = re.compile(r"\b(?:most|the majority|a majority|more than half|over half|nearly all|almost all)\b", re.I)
_MINORITY = re.compile(r"\b(?:a minority|less than half|fewer than half|under half|(?<!a )few)\b", re.I)


def _share_told_in_words(pair: Pair, S: list[Quantity], src_all: list[Quantity]) -> Finding | None:
    """ "48 percent of voters supported it" → "most voters supported it": every share the source
    sentence gives is under half (or every one over half), the copy says the opposite in words, and
    no share anywhere in the source says what the copy says (a summary may take "more than half"
    from the paragraph that gives 68%)."""
    shares = [q for q in S if q.unit == "%" and q.bound in ("exact", "approx", "nearly")] + _fractions(pair.source, S)
    if not shares:
        return None
    everywhere = [q for q in src_all if q.unit == "%"] + _fractions(pair.source, src_all)
    said_in_source = " ".join(x.text for x in pair.source_sentences)
    for sent in pair.copy_sentences:
        for majority, rx in ((True, _MAJORITY), (False, _MINORITY)):
            m = rx.search(sent.text)
            if m is not None and rx.search(said_in_source):
                continue  # the source says "most" of something itself
            if m is None or m.group().lower() == "most" and not _most_of_a_group(sent.text, m.end()):
                continue  # "the most popular", "most recently"
            if majority and all(q.high < 50 for q in shares) and not any(q.high > 50 for q in everywhere):
                q, said = max(shares, key=lambda q: q.value), "over half"
            elif not majority and all(q.low > 50 for q in shares) and not any(q.low < 50 for q in everywhere):
                q, said = min(shares, key=lambda q: q.value), "under half"
            else:
                continue
            return Finding(
                type="number",
                severity=Severity.MAJOR,
                message=f"share told in words: '{q.text}' → '{m.group()}' (the source's share is not {said})",
                confidence=0.7,
                source=pair.source.span(q.start, q.end),
                copy=pair.copy.span(sent.start + m.start(), sent.start + m.end()),
            )
    return None


_PART_OF = re.compile(r"\s+(?:of|out of|in)\s+(?:the\s+|all\s+|every\s+)?", re.I)


def _fractions(doc: Document, qs: list[Quantity]) -> list[Quantity]:
    """ "three of the 40 schools", "one in five adults": the share a pair of counts gives, as a
    percentage spanning both figures."""
    out = []
    ordered = sorted((q for q in qs if q.dimension == "count" and q.bound == "exact"), key=lambda q: q.start)
    for part, whole in zip(ordered, ordered[1:], strict=False):
        if 0 < part.value < whole.value and _PART_OF.fullmatch(doc.text[part.end : whole.start]):
            share = 100.0 * part.value / whole.value
            out.append(replace(part, end=whole.end, text=doc.text[part.start : whole.end], value=share, unit="%",
                               dimension="percent", low=share, high=share))
    return out


def _most_of_a_group(text: str, end: int) -> bool:
    """Whether "most" at ``end`` quantifies a group ("most voters", "most of the residents")."""
    nxt = text[end:].lstrip().split(" ", 1)[0].lower().strip(",.;:")
    return nxt == "of" or (nxt.endswith("s") and nxt not in ("is", "was", "has", "as", "us", "its", "this"))


def same_fact(s: Quantity, c: Quantity) -> bool:
    return same_kind(s, c) and same_unit(s, c) and equal_value(s, c)


def loosely_same(s: Quantity, c: Quantity) -> bool:
    """Same figure at another precision or inside the other's bounds ("about 1.2m" for 1,234,000)."""
    if not (same_kind(s, c) and same_unit(s, c)) or s.dimension == "score":
        return False
    if s.bound == c.bound == "exact":
        return rounds_to(s, c) or rounds_to(c, s)
    # a plain figure inside the other's bounds; two bounded figures must state the same value
    return (s.bound == "exact" and within_bounds(s, c)) or (c.bound == "exact" and within_bounds(c, s))


def _score(s: Quantity, c: Quantity) -> int:
    return role_overlap(s.context, c.context) + (2 if s.head and s.head == c.head else 0)


def _claim(
    free_s: list[Quantity],
    C: list[Quantity],
    same: Callable[[Quantity, Quantity], bool],
    matched: list[tuple[Quantity, Quantity]],
) -> list[Quantity]:
    """Pair each copy figure with the best-role free source figure for which ``same`` holds;
    paired source figures leave ``free_s``. Returns the copy figures left unpaired."""
    left: list[Quantity] = []
    for c in C:
        cands = [s for s in free_s if same(s, c)]
        if cands:
            s = max(cands, key=lambda s: _score(s, c))
            free_s.remove(s)
            matched.append((s, c))
        else:
            left.append(c)
    return left


def _pair_findings(pair: Pair, S: list[Quantity], C: list[Quantity], src_all: list[Quantity]) -> Iterator[Finding]:
    free_s = list(S)
    matched: list[tuple[Quantity, Quantity]] = []
    # 1. the same value in any form, then 2. at another precision / within bounds; best role first
    unmatched = _claim(free_s, C, same_fact, matched)
    rest = _claim(free_s, unmatched, loosely_same, matched)
    swapped: set[int] = set()
    yield from _swaps(pair, matched, swapped)
    for k, (s, c) in enumerate(matched):
        if k in swapped:
            continue  # the role comparison already spoke for these two
        f = _compare_matched(pair, s, c, src_all)
        if f is not None:
            yield f
    # 3. changed figures: pair what is left by kind and role
    for c in rest:
        cands = [s for s in free_s if same_kind(s, c) or _currency_swap(s, c)]
        elsewhere = [s for s in src_all if same_fact(s, c) or loosely_same(s, c)]
        if elsewhere:
            # stated elsewhere in the source: fine, unless a figure of this pair plainly plays
            # its role ("sales of $5bn in 2023" → "sales of $10bn in 2023", $10bn said of another firm)
            best_here = max((_score(s, c) for s in cands), default=0)
            if best_here < 2 or best_here <= max(_score(s, c) for s in elsewhere):
                continue
        if c.dimension in _NEEDS_ROLE:
            same_dim_rest = [x for x in rest if x.dimension == c.dimension]
            lone = len(cands) == 1 and len(same_dim_rest) == 1
            cands = [s for s in cands if _score(s, c) > 0 or lone]
        if not cands:
            relative = [s for s in free_s if s.value == c.value and {s.dimension, c.dimension} == {"percent", "factor"}]
            if relative:  # "a 12% higher risk" → "a 12 times higher risk"
                free_s.remove(relative[0])
                yield Finding("number", Severity.MAJOR, f"unit changed: {relative[0].render()} vs {c.render()}",
                              0.75, _span(pair.source, relative[0]), _span(pair.copy, c))
                continue
            if any(s.value == c.value and "count" in (s.dimension, c.dimension) for s in src_all):
                continue  # the same figure, one side without its unit ("nine" / "nine-year-old", "28m" / "€28m")
            if c.dimension == "count" and any(s.second == c.value for s in src_all):
                continue  # the other side of a tally: "voted 9-4" → "by nine votes to four"
            f = _unsupported(pair, c)
            if f is not None:
                yield f
            continue
        s = max(cands, key=lambda s: (_score(s, c), -abs(_log_ratio(s, c))))
        free_s.remove(s)
        yield _changed(pair, s, c)


def _log_ratio(s: Quantity, c: Quantity) -> float:
    import math

    r = ratio(s, c)
    return math.log(r) if r != float("inf") else 1e9


def _currency_swap(s: Quantity, c: Quantity) -> bool:
    return s.dimension == c.dimension == "money"


def _span(doc: Document, q: Quantity, with_direction: bool = False) -> Span:
    start = min(q.start, q.direction_at) if with_direction and q.direction_at >= 0 else q.start
    end = q.end
    if with_direction and q.direction_at >= q.end:
        end = q.direction_at + len(q.direction_word)
    return doc.span(start, end)


def _stated(level: float, c: Quantity, src_all: list[Quantity]) -> bool:
    """Whether the source states this level of ``c``'s kind as a figure of its own (not in a range)."""
    return any(q.dimension == c.dimension and q.unit == c.unit and q.bound != "range" and close(q.base, level)
               for q in src_all)


def _both_levels_stated(c: Quantity, src_all: list[Quantity]) -> bool:
    """A copy change "from A to B" whose two levels the source states, as figures of their own."""
    return c.moves != 0 and all(_stated(level, c, src_all) for level in (c.base_low, c.base_high))


def _level_changed(pair: Pair, s: Quantity, c: Quantity, src_all: list[Quantity]) -> Finding | None:
    """A copy change "from A to B" one of whose levels the source states and the other not, where the
    paired source sentences state a second level of that kind ("raised to €42.50, up from €38" →
    "lifted from €38 to €45.50"): the unstated level is a changed figure."""
    levels = [(c.low, c.base_low), (c.high, c.base_high)]
    unstated = [(v, b) for v, b in levels if not _stated(b, c, src_all)]
    if len(unstated) != 1:
        return None
    others = [q for q in in_sentences(src_all, pair.source_sentences) if q.dimension == c.dimension
              and q.unit == c.unit and q.bound == "exact" and not any(close(q.base, b) for _, b in levels)]
    if not others:
        return None  # the source gives one level only: the copy adds the other, a looser claim
    value = unstated[0][0]
    shown = replace(c, value=value, low=value, high=value, bound="exact", qualifier="", moves=0)
    return Finding(
        "number", Severity.MAJOR,
        f"{' or '.join(q.render() for q in others[:2])} vs {shown.render()}: the copy's change "
        f"({c.render()}) ends at a level the source does not give", 0.65,
        _span(pair.source, others[0]), _span(pair.copy, c),
    )  # fmt: skip


def _compare_matched(pair: Pair, s: Quantity, c: Quantity, src_all: list[Quantity]) -> Finding | None:
    if s.direction and c.direction and s.direction != c.direction:
        return Finding(
            type="number",
            severity=Severity.MAJOR,
            message=(
                f"direction flipped: '{s.direction_word} {s.render()}' → '{c.direction_word} {c.render()}' "
                f"({'rise' if s.direction > 0 else 'fall'} became a {'rise' if c.direction > 0 else 'fall'})"
            ),
            confidence=0.8,
            source=_span(pair.source, s, True),
            copy=_span(pair.copy, c, True),
        )
    if s.dimension != c.dimension or s.unit != c.unit:
        if {s.unit, c.unit} == {"%", "pp"}:
            return Finding(
                "number", Severity.MINOR, f"unit changed: {s.render()} vs {c.render()} (percent vs percentage points)",
                0.6, _span(pair.source, s), _span(pair.copy, c),
            )  # fmt: skip
    gs, gc = _BOUND_GROUP[s.bound], _BOUND_GROUP[c.bound]
    if gs == "exact" and c.moves != 0 and within_bounds(s, c):
        moved = _level_changed(pair, s, c, src_all)
        if moved is not None:
            return moved
    if gs != gc:
        if {gs, gc} <= {"exact", "approx"} or (gs == "range" and gc == "exact" and within_bounds(c, s)) or (
            c.spelled and c.dimension == "percent" and gs == "exact" and within_bounds(s, c)
        ) or (gs == "exact" and within_bounds(s, c) and _both_levels_stated(c, src_all)):
            # a hedge, a figure inside the source's range, "68%" → "more than half", "rising to 57%
            # from 44%" → "climbing from 44% to 57%" (a change whose two levels the source states)
            sev, conf = Severity.INFO, 0.4
        elif {gs, gc} == {"lower", "upper"}:
            sev, conf = Severity.MAJOR, 0.75
        else:
            sev, conf = Severity.MINOR, 0.55
        what = _bound_words(gs, gc)
        return Finding(
            "number", sev, f"qualifier changed: {s.render()} vs {c.render()} ({what})", conf,
            _span(pair.source, s), _span(pair.copy, c),
        )  # fmt: skip
    if not equal_value(s, c):  # matched loosely: a rounding
        if s.bound == c.bound == "exact" and not (rounds_to(s, c) or rounds_to(c, s)):
            return None
        return Finding(
            "number", Severity.INFO, f"rounded: {s.render()} vs {c.render()}", 0.3,
            _span(pair.source, s), _span(pair.copy, c),
        )  # fmt: skip
    return None


def _bound_words(gs: str, gc: str) -> str:
    if gs == "range" and gc == "exact":
        return "the copy gives one figure of the source's range"
    if gc == "exact":
        return "the copy drops the qualifier"
    if gs == "exact":
        return f"the copy adds {'an' if gc == 'upper' else 'a'} {gc} bound" if gc in ("lower", "upper") else "the copy hedges the figure"
    return f"{gs} bound became {gc} bound"


def _changed(pair: Pair, s: Quantity, c: Quantity) -> Finding:
    if s.dimension == "money" and c.dimension == "money" and not same_unit(s, c):
        if equal_value(s, c) or s.value == c.value:
            return Finding(
                "number", Severity.MAJOR, f"currency changed: {s.render()} vs {c.render()}", 0.8,
                _span(pair.source, s), _span(pair.copy, c),
            )  # fmt: skip
    if s.dimension == "score" or c.dimension == "score":
        return Finding(
            "number", Severity.MAJOR, f"tally changed: {s.render()} vs {c.render()}", 0.75,
            _span(pair.source, s), _span(pair.copy, c),
        )  # fmt: skip
    r = ratio(s, c)
    bigger = abs(c.base) > abs(s.base)
    if r == float("inf"):
        how = "one side is zero"
    elif r >= 2:
        how = f"{r:.3g}× {'larger' if bigger else 'smaller'}"
    else:
        pct = (c.base - s.base) / abs(s.base) * 100 if s.base else 0.0
        how = f"{pct:+.3g}%"
    overlap = s.base_low <= c.base_high and c.base_low <= s.base_high
    if r >= 10:
        sev, conf = Severity.CRITICAL, 0.9
    elif overlap and {s.bound, c.bound} & {"approx", "nearly", "range"} and not {s.bound, c.bound} & _OPEN and not (
        s.bound == c.bound == "approx" and s.unit == c.unit and _digits(s) == _digits(c)
        and not rounds_to(s, c) and not rounds_to(c, s)
    ):  # "about $212 million" → "about $210 million" rounds; "about $221 million" is another figure
        # (a figure converted or told rounder, "about 90 miles" / "about 150 km", "about 320" / "about
        # 300", stays minor)
        sev, conf = Severity.MINOR, 0.5
    elif r < 1.02:
        sev, conf = Severity.MINOR, 0.6
    else:
        sev, conf = Severity.MAJOR, 0.8
    unit_note = ""
    if s.unit != c.unit and s.dimension == c.dimension and s.dimension not in ("count",):
        unit_note = f" (unit {s.unit or 'none'} → {c.unit or 'none'})"
    return Finding(
        "number", sev, f"{s.render()} vs {c.render()}: {how}{unit_note}", conf,
        _span(pair.source, s), _span(pair.copy, c),
    )  # fmt: skip


def _one_as_article(pair: Pair, head: str) -> bool:
    """The source pair says "a/an/a single/per <head>", which "one <head>" restates."""
    pattern = rf"\b(?:an?|a single|per|each)\s+{re.escape(head)}"
    return any(re.search(pattern, s.text, re.IGNORECASE) for s in pair.source_sentences)


def _digits(q: Quantity) -> int:
    """Significant digits of a figure as written ("212" 3, "300" 1, "1.2" 2)."""
    m = re.search(r"\d[\d,.]*", q.text)
    digits = m.group().replace(",", "").replace(".", "").strip("0") if m else ""
    return len(digits)


#: a year in days, as durations are compared (12 months, 52 weeks and 365 days are each one year)
_YEAR_DAYS = 365.25


def _unsupported(pair: Pair, c: Quantity) -> Finding | None:
    """A copy figure with no counterpart in its pair and none anywhere in the source."""
    if c.dimension in ("ordinal", "label") or c.bound == "vague":
        return None
    if c.spelled and c.dimension == "count" and c.value <= 3:
        return None
    if c.spelled and c.value == 1 and len(c.text.split()) > 1 and _one_as_article(pair, c.text.split()[-1]):
        return None  # "in one year" for the source's "in a (single) year"
    said = {2: "twice", 3: "thrice"}.get(int(c.value)) if c.value in (2, 3) else None
    if said and re.fullmatch(r"(?i)(?:two|three|2|3)\s+times", c.text.strip()) and any(
        re.search(rf"(?i)\b{said}\b", s.text) for s in pair.source_sentences
    ):
        return None  # "malfunctioned two times" for the source's "twice"
    if c.dimension == "duration" and abs(c.base - _YEAR_DAYS) <= 1.5 and any(
        re.search(r"\b(?:year|annual|annually)\b", s.text, re.IGNORECASE) for s in pair.source_sentences
    ):
        return None  # "in the 12 months to February" for "in the year to February"
    if c.dimension == "duration" and _years_apart(pair, c.base / _YEAR_DAYS):
        return None  # "in 2022, up from 22% four years before" for "in 2022, up from 22% in 2018"
    sev = Severity.MAJOR if c.dimension in ("money", "percent", "points") else Severity.MINOR
    return Finding(
        "number", sev, f"{c.render()} appears nowhere in the source", 0.5, None, _span(pair.copy, c),
    )  # fmt: skip


def _years_apart(pair: Pair, years: float) -> bool:
    """Whether two years the pair names (source sentences and copy sentence) are ``years`` apart."""
    if abs(years - round(years)) > 0.01 or round(years) < 1:
        return False
    said = {int(y) for s in (*pair.source_sentences, *pair.copy_sentences)
            for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", s.text)}
    return any(y + round(years) in said for y in said)


def _kin(a: str, b: str) -> bool:
    """Two context words of one meaning ("backed" / "supported"), read on their bare forms."""
    def bases(w: str) -> set[str]:
        return {w, w.removesuffix("d"), w.removesuffix("ed"), w.removesuffix("ing")}

    return a != b and any(lx.relation(x, y) > 0 for x in bases(a) for y in bases(b) if len(x) > 2 and len(y) > 2)


def _swaps(pair: Pair, matched: list[tuple[Quantity, Quantity]], done: set[int]) -> Iterator[Finding]:
    """Two values that traded roles: "4% on the drug, 2% on placebo" → "2% on the drug, 4% on placebo".

    The indices of the matched pairs found swapped are added to ``done``.
    """
    for a in range(len(matched)):
        for b in range(a + 1, len(matched)):
            if a in done or b in done:
                continue
            s1, c1 = matched[a]
            s2, c2 = matched[b]
            if s1.dimension != s2.dimension or equal_value(s1, s2):
                continue
            d1, d2 = set(s1.context) - set(s2.context), set(s2.context) - set(s1.context)
            e1, e2 = set(c1.context) - set(c2.context), set(c2.context) - set(c1.context)
            # the words that moved from one figure to the other; words that stayed ("patients on the
            # pill stopped taking it") are the sentence around them, not a role, and so is a word whose
            # synonym stayed ("14 backed keeping it, nine supported a rise" → "14 supported keeping
            # it, nine backed a rise")
            moved1 = {w for w in d1 & e2 if not any(_kin(w, x) for x in c1.context)}
            moved2 = {w for w in d2 & e1 if not any(_kin(w, x) for x in c2.context)}
            if len(moved1) + len(moved2) >= 2 and moved1 and moved2:
                done.update((a, b))
                role1 = ", ".join(sorted(moved1))
                role2 = ", ".join(sorted(moved2))
                msg = (
                    f"values swapped between roles: source gives {s1.render()} for '{role1}' and "
                    f"{s2.render()} for '{role2}'; the copy gives {c2.render()} for '{role1}' and {c1.render()} for '{role2}'"
                )
                yield Finding("number", Severity.MAJOR, msg, 0.7, _span(pair.source, s1), _span(pair.copy, c2))
                yield Finding("number", Severity.MAJOR, msg, 0.7, _span(pair.source, s2), _span(pair.copy, c1))
