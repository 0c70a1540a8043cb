"""Hypothesis round-trips: one quantity rendered in several news styles normalises to one value."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.quantities import equal_value, extract_quantities, same_unit

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """English words for 1..999,999 (test-side renderer, independent of the parser)."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        return spell(head) + " thousand" + (" " + spell(rest) if rest else "")
    if n >= 100:
        head, rest = divmod(n, 100)
        return _ONES[head] + " hundred" + (" and " + spell(rest) if rest else "")
    if n >= 20:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    return _ONES[n]


SCALES = {"thousand": (1e3, "k"), "million": (1e6, "m"), "billion": (1e9, "bn"), "trillion": (1e12, "tn")}
MONEY = {"USD": ("$", "dollars", "US$"), "EUR": ("€", "euros", "EUR "), "GBP": ("£", "pounds sterling", "GBP ")}


def _only(text: str):
    qs = extract_quantities(text)
    assert len(qs) == 1, (text, [q.text for q in qs])
    return qs[0]


@settings(max_examples=150, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=999),
    tenth=st.integers(min_value=0, max_value=9),
    scale=st.sampled_from(sorted(SCALES)),
    currency=st.sampled_from(sorted(MONEY)),
)
def test_money_styles(whole: int, tenth: int, scale: str, currency: str) -> None:
    num = f"{whole}.{tenth}" if tenth else str(whole)
    factor, abbr = SCALES[scale]
    sym, name, code = MONEY[currency]
    full = f"{round((whole + tenth / 10) * factor):,}"
    styles = [
        f"{sym}{num} {scale}",
        f"{sym}{num}{abbr}",
        f"{sym}{num} {abbr}" if abbr != "m" else f"{sym}{num}m",
        f"{num} {scale} {name}",
        f"{code}{num} {scale}",
        f"{sym}{full}",
    ]
    qs = [_only(f"The fund raised {s} last year.") for s in styles]
    expected = (whole + tenth / 10) * factor
    for q in qs:
        assert q.unit == currency
        assert abs(q.value - expected) <= 1e-9 * expected
    for a in qs:
        for b in qs:
            assert same_unit(a, b) and equal_value(a, b)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=2, max_value=999_999))
def test_spelled_integers(n: int) -> None:
    spelled = _only(f"Officials counted {spell(n)} ballots.")
    digits = _only(f"Officials counted {n:,} ballots.")
    assert spelled.value == digits.value == n


@settings(max_examples=100, deadline=None)
@given(whole=st.integers(min_value=1, max_value=19), half=st.booleans())
def test_durations(whole: int, half: bool) -> None:
    value = whole + (0.5 if half else 0)
    forms = [
        f"{value:g} years",
        f"{spell(whole)}{' and a half' if half else ''} years",
        f"{int(value * 12)} months",
    ]
    qs = [_only(f"The build took {f} in total.") for f in forms]
    for a in qs:
        for b in qs:
            assert equal_value(a, b), (a.render(), b.render())


@settings(max_examples=100, deadline=None)
@given(whole=st.integers(min_value=0, max_value=99), hundredth=st.integers(min_value=0, max_value=99))
def test_percent_styles(whole: int, hundredth: int) -> None:
    num = f"{whole}.{hundredth:02d}" if hundredth else str(whole)
    qs = [_only(f"Turnout rose {num}{suffix} on the day.") for suffix in ("%", " percent", " per cent", " pct")]
    for q in qs:
        assert q.unit == "%" and abs(q.value - float(num)) < 1e-9
        assert q.direction == 1


@settings(max_examples=100, deadline=None)
@given(
    prefix=st.sampled_from(["The report said", "Officials said", "Analysts noted", ""]),
    n=st.integers(min_value=1, max_value=10**7),
    suffix=st.sampled_from(["people were hurt.", "jobs went.", "were counted.", "— a record."]),
)
def test_spans_index_the_text(prefix: str, n: int, suffix: str) -> None:
    text = f"{prefix} about {n:,} {suffix}".strip()
    for q in extract_quantities(text):
        assert text[q.start : q.end] == q.text
