"""Table-driven tests of quantity extraction and normalisation (no spaCy needed)."""

from __future__ import annotations

import math

import pytest

from factdiff.quantities import Quantity, _fmt, extract_quantities

INF = math.inf
B, M, K, T = 1e9, 1e6, 1e3, 1e12

# (text, expected span text, value, unit, low, high); low/high None = the value itself
CASES: list[tuple[str, str, float, str, float | None, float | None]] = [
    # a share told as a rate
    ("one in ten adults", "one in ten", 10, "%", None, None),
    ("only about one in five children", "about one in five", 20, "%", 18, 22),
    ("3 in 10 voters", "3 in 10", 30, "%", None, None),
    ("two out of three doctors", "two out of three", 200 / 3, "%", None, None),
    ("scored one in 90 minutes", "90 minutes", 90, "minute", None, None),
    ("more than one in four adults", "more than one in four", 25, "%", 25, float("inf")),
    # a multiple
    ("had a 12 times higher risk", "12 times", 12, "times", None, None),
    ("a 12-fold rise in cases", "12-fold", 12, "times", None, None),
    # a share told as a fraction
    ("half of the voters", "half", 50, "%", None, None),
    ("more than half the staff", "more than half", 50, "%", 50, float("inf")),
    ("about a quarter of the decisions it reviews", "about a quarter", 25, "%", 22.5, 27.5),
    ("a third of the 400 flats", "a third", 100 / 3, "%", None, None),
    ("two-thirds of voters", "two-thirds", 200 / 3, "%", None, None),
    ("nearly three quarters of the budget", "nearly three quarters", 75, "%", 67.5, 75),
    ("A quarter of a million people marched.", "A quarter of a million", 250_000, "", None, None),
    # cardinals and separators
    ("1,200 people", "1,200", 1200, "", None, None),
    ("1200 people", "1200", 1200, "", None, None),
    ("12,345,678 votes", "12,345,678", 12345678, "", None, None),
    ("0.5 of them", "0.5", 0.5, "", None, None),
    ("3.14159 exactly", "3.14159", 3.14159, "", None, None),
    ("a total of 42 cases", "42", 42, "", None, None),
    ("killed 7 people", "7", 7, "", None, None),
    ("at 100 sites", "100", 100, "", None, None),
    ("1.2 million", "1.2 million", 1.2 * M, "", None, None),
    ("1.2 billion", "1.2 billion", 1.2 * B, "", None, None),
    ("3 trillion", "3 trillion", 3 * T, "", None, None),
    ("5 thousand", "5 thousand", 5 * K, "", None, None),
    ("2 hundred", "2 hundred", 200, "", None, None),
    ("1.5m viewers", "1.5m", 1.5 * M, "", None, None),
    ("20k fans", "20k", 20 * K, "", None, None),
    ("4.5 mn barrels", "4.5 mn barrels", 4.5 * M, "bbl", None, None),
    ("300 thousand jobs", "300 thousand", 300 * K, "", None, None),
    # spelled-out numbers
    ("seven people", "seven", 7, "", None, None),
    ("twelve jurors", "twelve", 12, "", None, None),
    ("twenty-five people", "twenty-five", 25, "", None, None),
    ("twenty five people", "twenty five", 25, "", None, None),
    ("ninety-nine problems", "ninety-nine", 99, "", None, None),
    ("one hundred and five", "one hundred and five", 105, "", None, None),
    ("three hundred people", "three hundred", 300, "", None, None),
    ("two thousand troops", "two thousand", 2000, "", None, None),
    ("twenty-five thousand", "twenty-five thousand", 25000, "", None, None),
    ("one million", "one million", 1 * M, "", None, None),
    ("a million people", "a million", 1 * M, "", None, None),
    ("a billion dollars", "a billion dollars", 1 * B, "USD", None, None),
    ("two and a half million", "two and a half million", 2.5 * M, "", None, None),
    ("half a million people", "half a million", 0.5 * M, "", None, None),
    ("a quarter of a million people", "a quarter of a million", 0.25 * M, "", None, None),
    ("quarter of a million", "quarter of a million", 0.25 * M, "", None, None),
    ("half-trillion dollar figure", "half-trillion dollar", 0.5 * T, "USD", None, None),
    ("a half-billion euros", "a half-billion euros", 0.5 * B, "EUR", None, None),
    ("a dozen eggs", "a dozen", 12, "", None, None),
    ("three dozen eggs", "three dozen", 36, "", None, None),
    ("eleven players", "eleven", 11, "", None, None),
    ("forty-two", "forty-two", 42, "", None, None),
    ("seventeen people", "seventeen", 17, "", None, None),
    ("six hundred thousand", "six hundred thousand", 600 * K, "", None, None),
    ("nine million", "nine million", 9 * M, "", None, None),
    ("four billion", "four billion", 4 * B, "", None, None),
    # currencies
    ("$500 billion", "$500 billion", 500 * B, "USD", None, None),
    ("$50 trillion", "$50 trillion", 50 * T, "USD", None, None),
    ("$3.1bn", "$3.1bn", 3.1 * B, "USD", None, None),
    ("$3.1 billion", "$3.1 billion", 3.1 * B, "USD", None, None),
    ("$1.2tn", "$1.2tn", 1.2 * T, "USD", None, None),
    ("€40 bn", "€40 bn", 40 * B, "EUR", None, None),
    ("€40bn", "€40bn", 40 * B, "EUR", None, None),
    ("£3m", "£3m", 3 * M, "GBP", None, None),
    ("£3 million", "£3 million", 3 * M, "GBP", None, None),
    ("£250,000", "£250,000", 250 * K, "GBP", None, None),
    ("¥1,000", "¥1,000", 1000, "JPY", None, None),
    ("¥2.5 trillion", "¥2.5 trillion", 2.5 * T, "JPY", None, None),
    ("₹500 crore", "₹500", 500, "INR", None, None),
    ("US$5 million", "US$5 million", 5 * M, "USD", None, None),
    ("A$20 million", "A$20 million", 20 * M, "AUD", None, None),
    ("C$1.5bn", "C$1.5bn", 1.5 * B, "CAD", None, None),
    ("HK$100", "HK$100", 100, "HKD", None, None),
    ("USD 4.2 million", "USD 4.2 million", 4.2 * M, "USD", None, None),
    ("EUR 300m", "EUR 300m", 300 * M, "EUR", None, None),
    ("4.2 million USD", "4.2 million USD", 4.2 * M, "USD", None, None),
    ("300 million euros", "300 million euros", 300 * M, "EUR", None, None),
    ("5 million dollars", "5 million dollars", 5 * M, "USD", None, None),
    ("5 million US dollars", "5 million US dollars", 5 * M, "USD", None, None),
    ("20 Australian dollars", "20 Australian dollars", 20, "AUD", None, None),
    ("100 yen", "100 yen", 100, "JPY", None, None),
    ("1.3 billion yuan", "1.3 billion yuan", 1.3 * B, "CNY", None, None),
    ("40 million pounds sterling", "40 million pounds sterling", 40 * M, "GBP", None, None),
    ("50 pence", "50 pence", 0.5, "GBP", None, None),
    ("39 cents", "39 cents", 0.39, "USD", None, None),
    ("$US1.06 million", "$US1.06 million", 1.06 * M, "USD", None, None),
    ("seven billion dollars", "seven billion dollars", 7 * B, "USD", None, None),
    ("$5m", "$5m", 5 * M, "USD", None, None),
    ("$450k", "$450k", 450 * K, "USD", None, None),
    ("$2b", "$2b", 2 * B, "USD", None, None),
    ("$0.99", "$0.99", 0.99, "USD", None, None),
    ("$1,000,000", "$1,000,000", 1 * M, "USD", None, None),
    ("a $500 billion-dollar deal", "$500 billion-dollar", 500 * B, "USD", None, None),
    ("CHF 12 million", "CHF 12 million", 12 * M, "CHF", None, None),
    ("3 billion rupees", "3 billion rupees", 3 * B, "INR", None, None),
    # percent and points
    ("12%", "12%", 12, "%", None, None),
    ("12 %", "12 %", 12, "%", None, None),
    ("12 percent", "12 percent", 12, "%", None, None),
    ("12 per cent", "12 per cent", 12, "%", None, None),
    ("12.5 pct", "12.5 pct", 12.5, "%", None, None),
    ("twelve percent", "twelve percent", 12, "%", None, None),
    ("0.25%", "0.25%", 0.25, "%", None, None),
    ("2 percentage points", "2 percentage points", 2, "pp", None, None),
    ("2 percentage point", "2 percentage point", 2, "pp", None, None),
    ("0.5 pp", "0.5 pp", 0.5, "pp", None, None),
    ("25 basis points", "25 basis points", 0.25, "pp", None, None),
    ("50 bps", "50 bps", 0.5, "pp", None, None),
    ("100 basis-points", "100 basis-points", 1.0, "pp", None, None),
    ("a 5-percent rise", "5-percent", 5, "%", None, None),
    # qualifiers as bounds
    ("about 80,000", "about 80,000", 80000, "", 72000, 88000),
    ("around 80,000", "around 80,000", 80000, "", 72000, 88000),
    ("roughly 80,000", "roughly 80,000", 80000, "", 72000, 88000),
    ("approximately 80,000", "approximately 80,000", 80000, "", 72000, 88000),
    ("some 80,000 troops", "some 80,000", 80000, "", 72000, 88000),
    ("an estimated 80,000", "an estimated 80,000", 80000, "", 72000, 88000),
    ("nearly 100", "nearly 100", 100, "", 90, 100),
    ("almost 100", "almost 100", 100, "", 90, 100),
    ("close to 100", "close to 100", 100, "", 90, 100),
    ("more than $300 billion", "more than $300 billion", 300 * B, "USD", 300 * B, INF),
    ("over 300 people", "over 300", 300, "", 300, INF),
    ("above 5%", "above 5%", 5, "%", 5, INF),
    ("at least 12", "at least 12", 12, "", 12, INF),
    ("no fewer than 12", "no fewer than 12", 12, "", 12, INF),
    ("no less than 12", "no less than 12", 12, "", 12, INF),
    ("upwards of 1,000", "upwards of 1,000", 1000, "", 1000, INF),
    ("in excess of $1bn", "in excess of $1bn", 1 * B, "USD", 1 * B, INF),
    ("up to $500 billion", "up to $500 billion", 500 * B, "USD", 0, 500 * B),
    ("as many as 300", "as many as 300", 300, "", 0, 300),
    ("as much as 4%", "as much as 4%", 4, "%", 0, 4),
    ("at most 10", "at most 10", 10, "", 0, 10),
    ("no more than 10", "no more than 10", 10, "", 0, 10),
    ("less than 2%", "less than 2%", 2, "%", 0, 2),
    ("fewer than 1,000", "fewer than 1,000", 1000, "", 0, 1000),
    ("under 5 million", "under 5 million", 5 * M, "", 0, 5 * M),
    ("below 3%", "below 3%", 3, "%", 0, 3),
    ("exactly 42", "exactly 42", 42, "", None, None),
    ("1,000 or more", "1,000", 1000, "", 1000, INF),
    ("10,000-plus fans", "10,000", 10000, "", 10000, INF),
    ("about a million", "about a million", 1 * M, "", 0.9 * M, 1.1 * M),
    ("Some 300 people", "Some 300", 300, "", 270, 330),
    ("About 80 per cent", "About 80 per cent", 80, "%", 72, 88),
    ("nearly $2 trillion", "nearly $2 trillion", 2 * T, "USD", 1.8 * T, 2 * T),
    ("more than a quarter of a million", "more than a quarter of a million", 0.25 * M, "", 0.25 * M, INF),
    ("almost half a billion", "almost half a billion", 0.5 * B, "", 0.45 * B, 0.5 * B),
    # ranges
    ("between $12.4 billion and $12.7 billion", "between $12.4 billion and $12.7 billion", 12.55 * B, "USD", 12.4 * B, 12.7 * B),
    ("between 3 and 5 percent", "between 3 and 5 percent", 4, "%", 3, 5),
    ("3-5%", "3-5%", 4, "%", 3, 5),
    ("3–5%", "3–5%", 4, "%", 3, 5),
    ("$3-5 billion", "$3-5 billion", 4 * B, "USD", 3 * B, 5 * B),
    ("3 to 5 million", "3 to 5 million", 4 * M, "", 3 * M, 5 * M),
    ("from 10 to 20 percent", "from 10 to 20 percent", 15, "%", 10, 20),
    ("10 to 12 years", "10 to 12 years", 11, "year", 10, 12),
    ("two or three million", "two or three million", 2.5 * M, "", 2 * M, 3 * M),
    ("between 200 and 300 people", "between 200 and 300", 250, "", 200, 300),
    ("€1bn-€2bn", "€1bn-€2bn", 1.5 * B, "EUR", 1 * B, 2 * B),
    # vague
    ("dozens of people", "dozens", 24, "", 24, 144),
    ("hundreds of people", "hundreds", 200, "", 200, 100 * K),
    ("thousands of people", "thousands", 2000, "", 2000, 1 * M),
    ("millions of dollars", "millions", 2 * M, "", 2 * M, 1 * B),
    # durations
    ("2.5 years", "2.5 years", 2.5, "year", None, None),
    ("two and a half years", "two and a half years", 2.5, "year", None, None),
    ("30 months", "30 months", 30, "month", None, None),
    ("six weeks", "six weeks", 6, "week", None, None),
    ("48 hours", "48 hours", 48, "hour", None, None),
    ("90 minutes", "90 minutes", 90, "minute", None, None),
    ("three days", "three days", 3, "day", None, None),
    ("a 30-year-old man", "30-year-old", 30, "year", None, None),
    ("a five-year plan", "five-year", 5, "year", None, None),
    ("a one-year anniversary", "one-year", 1, "year", None, None),
    ("two decades", "two decades", 2, "decade", None, None),
    ("a 10-year low", "10-year", 10, "year", None, None),
    ("for 18 months", "18 months", 18, "month", None, None),
    ("after 45 seconds", "45 seconds", 45, "second", None, None),
    ("3 centuries", "3 centuries", 3, "century", None, None),
    # measures
    ("70 mph", "70 mph", 70, "mph", None, None),
    ("70 miles per hour", "70 miles per hour", 70, "mph", None, None),
    ("70 miles an hour", "70 miles an hour", 70, "mph", None, None),
    ("110 km/h", "110 km/h", 110, "km/h", None, None),
    ("20 km", "20 km", 20, "km", None, None),
    ("20km", "20km", 20, "km", None, None),
    ("20 kilometres", "20 kilometres", 20, "km", None, None),
    ("12 miles", "12 miles", 12, "mile", None, None),
    ("100 metres", "100 metres", 100, "m", None, None),
    ("6 feet", "6 feet", 6, "ft", None, None),
    ("5 kg", "5 kg", 5, "kg", None, None),
    ("5 kilograms", "5 kilograms", 5, "kg", None, None),
    ("3 tonnes", "3 tonnes", 3, "t", None, None),
    ("200 lbs", "200 lbs", 200, "lb", None, None),
    ("4 litres", "4 litres", 4, "L", None, None),
    ("10 gallons", "10 gallons", 10, "gal", None, None),
    ("1.2 million barrels", "1.2 million barrels", 1.2 * M, "bbl", None, None),
    ("500 acres", "500 acres", 500, "acre", None, None),
    ("200 hectares", "200 hectares", 200, "ha", None, None),
    ("3,000 square miles", "3,000 square miles", 3000, "sq mi", None, None),
    ("40 square kilometres", "40 square kilometres", 40, "km²", None, None),
    ("500 MW", "500 MW", 500, "MW", None, None),
    ("2 gigawatts", "2 gigawatts", 2, "GW", None, None),
    ("35°C", "35°C", 35, "°C", None, None),
    ("95 degrees Fahrenheit", "95 degrees Fahrenheit", 95, "°F", None, None),
    ("64 GB", "64 GB", 64, "GB", None, None),
    ("30 knots", "30 knots", 30, "knot", None, None),
    # ordinals
    ("the 61st conference", "61st", 61, "ordinal", None, None),
    ("the 1st time", "1st", 1, "ordinal", None, None),
    ("the 22nd day", "22nd", 22, "ordinal", None, None),
    ("the 3rd round", "3rd", 3, "ordinal", None, None),
    ("the 100th anniversary", "100th", 100, "ordinal", None, None),
    ("the second-largest economy", "second", 2, "ordinal", None, None),
    ("the third attempt", "third", 3, "ordinal", None, None),
    ("the fifth time", "fifth", 5, "ordinal", None, None),
    ("his twelfth title", "twelfth", 12, "ordinal", None, None),
    # labels
    ("Article 5 of the treaty", "Article 5", 5, "label:article", None, None),
    ("Article Five of the treaty", "Article Five", 5, "label:article", None, None),
    ("Chapter 11 bankruptcy", "Chapter 11", 11, "label:chapter", None, None),
    ("Flight 370", "Flight 370", 370, "label:flight", None, None),
    ("Section 230", "Section 230", 230, "label:section", None, None),
    ("Phase 3 trials", "Phase 3", 3, "label:phase", None, None),
    ("Category 4 storm", "Category 4", 4, "label:category", None, None),
    ("No. 1", "No. 1", 1, "label:no", None, None),
    # scores and tallies
    ("a 7-2 vote", "7-2", 7, "score", None, None),
    ("the court ruled 6-3", "6-3", 6, "score", None, None),
    ("won 3-1", "3-1", 3, "score", None, None),
    ("the Senate voted 51 to 49", "51 to 49", 51, "score", None, None),
    ("voted unanimously", "unanimously", 1, "score", None, None),
    ("a unanimous decision", "unanimous", 1, "score", None, None),
    # "over" + a duration: "during" after a verb, "more than" after "for" / "in" / "aged"
    ("dementia developed over seven years", "seven years", 7, "year", None, None),
    ("he was jailed for over seven years", "over seven years", 7, "year", 7, float("inf")),
    ("no rain in over three months", "over three months", 3, "month", 3, float("inf")),
    # "up to" after a verb of movement is a rise to the figure, not a ceiling
    ("unemployment edged up to 4.2%", "4.2%", 4.2, "%", None, None),
    ("fines of up to $5,000", "up to $5,000", 5000, "USD", 0, None),
    ("tickets up to $50 are on sale", "up to $50", 50, "USD", 0, None),
    # "Half" as a sentence's subject is a share
    ("Half took the drug for 48 weeks.", "Half", 50, "%", None, None),
    # a verb that sets a ceiling: its figure is an upper bound, with its object between them
    ("rents are capped at 3% a year", "capped at 3%", 3, "%", 0, None),
    ("the law caps rent rises at 3% a year", "3%", 3, "%", 0, None),
    ("the council restricted parking to 2 hours", "2 hours", 2, "hour", 0, None),
    ("the limit was raised to $5,000", "$5,000", 5000, "USD", None, None),
    ("the limits set last year apply to 5 firms", "5", 5, "", None, None),
]


def _first(text: str) -> Quantity:
    qs = extract_quantities(text)
    assert qs, f"no quantity found in {text!r}"
    return qs[0]


@pytest.mark.parametrize(("text", "span", "value", "unit", "low", "high"), CASES, ids=[c[0] for c in CASES])
def test_quantity(text: str, span: str, value: float, unit: str, low: float | None, high: float | None) -> None:
    q = _first(text)
    assert q.text == span
    assert text[q.start : q.end] == q.text
    assert q.value == pytest.approx(value, rel=1e-9)
    assert q.unit == unit
    assert q.low == pytest.approx(value if low is None else low, rel=1e-9)
    assert q.high == pytest.approx(value if high is None else high, rel=1e-9)


def test_table_is_large_enough() -> None:
    assert len(CASES) + len(NOT_QUANTITIES) + len(DIRECTIONS) >= 200


# texts where nothing (or nothing numeric outside dates) must be found
NOT_QUANTITIES = [
    "one of the leaders",
    "no one knew",
    "the F-16 jets",
    "COVID-19 cases",
    "the G7 summit",
    "on Feb. 7",
    "on February 12, 2025",
    "in 2025",
    "in the third quarter",
    "since the 1990s",
    "at 3:30 p.m.",
    "on 12 February 2026",
    "a 24/7 service",
    "in the second half of the year",
    "a quarter of an hour",
    "the MP3 player",
    "5G networks",
    "in his 90s",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(text: str) -> None:
    assert extract_quantities(text) == []


DIRECTIONS = [
    ("shares fell 2%", -1, "fell"),
    ("shares rose 2%", 1, "rose"),
    ("profit dropped by 12%", -1, "dropped"),
    ("sales increased by about $3bn", 1, "increased"),
    ("the index was up 3.1%", 1, "up"),
    ("the index was down 3.1%", -1, "down"),
    ("the company cut 500 jobs", -1, "cut"),
    ("the economy added 200,000 jobs", 1, "added"),
    ("a 5% rise in prices", 1, "rise"),
    ("a 5% drop in prices", -1, "drop"),
    ("revenue grew 7%", 1, "grew"),
    ("the firm lost $2bn", -1, "lost"),
    ("it gained 40 points", 1, "gained"),
    ("up to $500 billion", 0, ""),
    ("stocks plunged 20%", -1, "plunged"),
    ("sales rose more than 5%", 1, "rose"),
    # a figure compared with, not moved: "lower than the 1.1%", "1.1% was higher"
    ("lower than the 1.1 percent it forecast", 0, ""),
    ("a forecast of 1.1% was higher", 0, ""),
]


@pytest.mark.parametrize(("text", "direction", "word"), DIRECTIONS)
def test_direction(text: str, direction: int, word: str) -> None:
    q = _first(text)
    assert q.direction == direction
    assert q.direction_word == word
    if direction:
        assert text[q.direction_at : q.direction_at + len(word)] == word


def test_spans_are_offsets_into_the_text() -> None:
    text = "Trump said the US could gain up to $500 billion, while Europe gave about €40 bn and 3-5% more."
    qs = extract_quantities(text)
    assert [q.text for q in qs] == ["up to $500 billion", "about €40 bn", "3-5%"]
    for q in qs:
        assert text[q.start : q.end] == q.text


def test_multiple_figures_in_order() -> None:
    qs = extract_quantities("Side effects hit 4% on the drug and 2% on placebo among 1,200 patients.")
    assert [q.value for q in qs] == [4, 2, 1200]
    assert "drug" in qs[0].context and "placebo" in qs[1].context


def test_base_units_make_forms_comparable() -> None:
    a = _first("2.5 years")
    b = _first("30 months")
    assert a.base == pytest.approx(b.base, rel=1e-3)
    assert _first("70 mph").base == pytest.approx(_first("112.65 km/h").base, rel=1e-3)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (5e11, "500 billion"), (2.4e10, "24 billion"), (2.431e9, "2.431 billion"), (1.25e6, "1.25 million"),
        (999.4e6, "999.4 million"), (1e15, "1,000 trillion"), (-3.2e9, "-3.2 billion"),
        (1_234_567, "1,234,567"), (999_960_000, "999,960,000"), (12_345_678_901, "12,345,678,901"),
        (4_500, "4,500"), (2.5, "2.5"),
    ],
)
def test_large_values_read_as_the_news_writes_them(value: float, shown: str) -> None:
    assert _fmt(value) == shown


def test_render() -> None:
    assert _first("$50 trillion").render() == "$50 trillion"
    assert _first("half-trillion dollar").render() == "$500 billion"
    assert _first("up to $500 billion").render() == "up to $500 billion"
    assert _first("3-5%").render() == "3%–5%"
    assert _first("a 7-2 vote").render() == "7-2"
    assert _first("2.5 years").render() == "2.5 years"
