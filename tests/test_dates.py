"""Table-driven tests of date extraction and normalisation."""

from __future__ import annotations

import pytest

from factdiff.dates import DateMention, extract_dates
from factdiff.errors import OptionError

# (text, span, normalised form)
CASES: list[tuple[str, str, str]] = [
    ("on Feb. 12", "Feb. 12", "February 12"),
    ("on February 12", "February 12", "February 12"),
    ("on Feb 12", "Feb 12", "February 12"),
    ("on February 12th", "February 12th", "February 12"),
    ("on 12 February", "12 February", "February 12"),
    ("on 12 February 2026", "12 February 2026", "2026-02-12"),
    ("on February 12, 2026", "February 12, 2026", "2026-02-12"),
    ("on Feb. 14, 2025.", "Feb. 14, 2025", "2025-02-14"),
    ("on the 12th of February", "the 12th of February", "February 12"),
    ("on Sept. 3", "Sept. 3", "September 3"),
    ("on Sep 3", "Sep 3", "September 3"),
    ("on Tuesday, Sept. 3, 2024", "Tuesday, Sept. 3, 2024", "Tuesday 2024-09-03"),
    ("on 2026-02-12", "2026-02-12", "2026-02-12"),
    ("on 2/12/2026", "2/12/2026", "2026-02-12"),
    ("on 25/12/2026", "25/12/2026", "2026-12-25"),
    ("on 12/25/26", "12/25/26", "2026-12-25"),
    ("in February 2022", "February 2022", "February 2022"),
    ("in Feb 2022", "Feb 2022", "February 2022"),
    ("in February", "February", "February"),
    ("in May", "May", "May"),
    ("in early March", "early March", "early March"),
    ("by mid-June", "mid-June", "mid June"),
    ("in late 2024", "2024", "2024"),
    ("in 2022", "2022", "2022"),
    ("since 1991", "1991", "1991"),
    ("in the 1990s", "the 1990s", "1990s"),
    ("on Tuesday", "Tuesday", "Tuesday"),
    ("last Tuesday", "last Tuesday", "last tuesday"),
    ("on saturday", "saturday", "Saturday"),
    ("at 3 p.m.", "3 p.m.", "15:00"),
    ("at 3:30 pm", "3:30 pm", "15:30"),
    ("at 10 a.m. ET", "10 a.m.", "10:00"),
    ("at 15:30", "15:30", "15:30"),
    ("by 1018 GMT", "1018", "10:18"),
    ("at noon", "noon", "12:00"),
    ("at midnight", "midnight", "00:00"),
    ("in the third quarter", "the third quarter", "Q3"),
    ("in the third quarter of 2025", "the third quarter of 2025", "Q3 2025"),
    ("in Q3", "Q3", "Q3"),
    ("in Q3 2025", "Q3 2025", "Q3 2025"),
    ("in 3Q25", "3Q25", "Q3 2025"),
    ("in the first half", "the first half", "H1"),
    ("in H2 2024", "H2 2024", "H2 2024"),
    ("in fiscal 2025", "fiscal 2025", "fiscal 2025"),
    ("in fiscal year 2025", "fiscal year 2025", "fiscal 2025"),
    ("in FY2025", "FY2025", "fiscal 2025"),
    ("in FY25", "FY25", "fiscal 2025"),
    ("last week", "last week", "last week"),
    ("next month", "next month", "next month"),
    ("over the past year", "past year", "last year"),
    ("yesterday", "yesterday", "yesterday"),
    ("tomorrow", "tomorrow", "tomorrow"),
    ("two days ago", "two days ago", "-2 day"),
    ("3 weeks ago", "3 weeks ago", "-3 week"),
]


@pytest.mark.parametrize(("text", "span", "normal"), CASES, ids=[c[0] for c in CASES])
def test_date(text: str, span: str, normal: str) -> None:
    found = extract_dates(text)
    assert found, f"no date in {text!r}"
    d = found[0]
    assert d.text == span
    assert text[d.start : d.end] == d.text
    assert d.normalised == normal


@pytest.mark.parametrize(
    "text",
    ["he may go", "they march on", "3.5% growth", "a 7-2 vote", "2,025 people", "$2025", "room 1201"],
)
def test_not_a_date(text: str) -> None:
    assert extract_dates(text) == []


def test_locale() -> None:
    (us,) = extract_dates("2/12/2026", "us")
    (eu,) = extract_dates("2/12/2026", "eu")
    assert (us.month, us.day) == (2, 12)
    assert (eu.month, eu.day) == (12, 2)
    with pytest.raises(OptionError):
        extract_dates("2/12/2026", "uk")


def _one(text: str) -> DateMention:
    (d,) = extract_dates(text)
    return d


def test_compatibility() -> None:
    assert _one("Feb. 12").compatible(_one("February 12, 2025"))
    assert not _one("Feb. 12").compatible(_one("Feb. 14"))
    assert _one("Q3").compatible(_one("the third quarter of 2025"))
    assert not _one("Q3").compatible(_one("Q4"))
    assert _one("Tuesday").comparable(_one("Thursday"))
    assert not _one("last week").comparable(_one("Feb. 12"))
