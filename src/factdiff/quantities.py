"""Numeric expressions in news text: extraction with character spans, and normalisation.

``extract_quantities(text)`` returns one :class:`Quantity` per figure: cardinals and decimals
("1,200", "1.2 million"), spelled-out numbers ("seven", "two and a half"), scales and their
abbreviations ("bn", "tn", "mn", "k", "$5m"), fractions of a scale ("half-trillion", "quarter of a
million"), currencies (symbols, codes and names), percent / per cent / percentage points, ranges
("between $12.4 billion and $12.7 billion", "3-5%"), qualifiers kept as bounds ("about", "more
than", "up to", "no fewer than"), ordinals, vote tallies and scores ("7-2", "unanimously"),
durations and measures (converted to a base unit so "2.5 years" = "30 months", "70 mph" = "70 miles
per hour"), labels ("Article 5" = "Article Five") and the direction word tied to a figure ("fell
2%").

Dates are left to :mod:`factdiff.dates`; figures inside a date ("Feb. 12", "2025") are not
quantities. Pure rules over the text: no model call, a few milliseconds per thousand words.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

INF = math.inf

# -- vocabulary -----------------------------------------------------------------------------------

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: scale abbreviations allowed after a space ("€40 bn") as well as attached ("$1.2tn")
SCALE_ABBR = {"k": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "thou": 1e3}
#: one-letter scales only when attached to a money figure ("$5m", "£3b")
SCALE_LETTER = {"m": 1e6, "b": 1e9, "t": 1e12, "k": 1e3}
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}  # fmt: skip
VAGUE_WORDS = {"dozens": 12.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}

CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD",
    "HK$": "HKD", "S$": "SGD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "R$": "BRL", "Rs": "INR", "Rs.": "INR", "$US": "USD", "$AU": "AUD", "$A": "AUD", "$C": "CAD",
    "$NZ": "NZD", "$HK": "HKD",
}  # fmt: skip
CURRENCY_CODES = {"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "INR", "HKD", "RUB", "KRW", "BRL", "SEK", "NOK", "DKK", "ZAR", "MXN", "NZD", "SGD"}
CURRENCY_NAMES = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "pence": "GBP/100", "cents": "USD/100", "cent": "USD/100",
    "pound": "GBP?", "pounds": "GBP?", "sterling": "GBP",
}  # fmt: skip
CURRENCY_SIGN = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}

#: unit word -> (dimension, factor to the dimension's base unit, canonical name)
_UNIT_TABLE: list[tuple[str, str, float, str]] = [
    # durations (base: day)
    ("years|year|yrs|yr", "duration", 365.25, "year"),
    ("months|month", "duration", 30.4375, "month"),
    ("weeks|week|wks", "duration", 7.0, "week"),
    ("days|day", "duration", 1.0, "day"),
    ("hours|hour|hrs|hr", "duration", 1 / 24, "hour"),
    ("minutes|minute|mins|min", "duration", 1 / 1440, "minute"),
    ("seconds|secs", "duration", 1 / 86400, "second"),
    ("decades|decade", "duration", 3652.5, "decade"),
    ("centuries|century", "duration", 36525.0, "century"),
    # speed (base: m/s)
    ("miles per hour|miles an hour|mph", "speed", 0.44704, "mph"),
    ("kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour|km/h|kph|kmh", "speed", 1 / 3.6, "km/h"),
    ("knots", "speed", 0.514444, "knot"),
    # area (base: m2)
    ("square miles|sq miles|square mile|sq mi", "area", 2_589_988.0, "sq mi"),
    ("square kilometres|square kilometers|square kilometre|square kilometer|sq km|km2|km²", "area", 1e6, "km²"),
    ("square metres|square meters|square feet|sq ft", "area", 1.0, "m²"),
    ("hectares|hectare", "area", 1e4, "ha"),
    ("acres|acre", "area", 4046.86, "acre"),
    # length (base: m)
    ("kilometres|kilometers|kilometre|kilometer|km", "length", 1000.0, "km"),
    ("miles|mile|mi", "length", 1609.344, "mile"),
    ("metres|meters|metre|meter", "length", 1.0, "m"),
    ("centimetres|centimeters|cm", "length", 0.01, "cm"),
    ("millimetres|millimeters|mm", "length", 0.001, "mm"),
    ("feet|foot|ft", "length", 0.3048, "ft"),
    ("inches|inch", "length", 0.0254, "in"),
    ("yards|yard", "length", 0.9144, "yd"),
    ("nautical miles", "length", 1852.0, "nmi"),
    # mass (base: kg)
    ("kilograms|kilogrammes|kilogram|kilos|kilo|kg", "mass", 1.0, "kg"),
    ("grams|grammes|gram|g", "mass", 0.001, "g"),
    ("tonnes|tonne|metric tons", "mass", 1000.0, "t"),
    ("tons|ton", "mass", 907.185, "ton"),
    ("lbs|lb", "mass", 0.453592, "lb"),
    ("ounces|ounce|oz", "mass", 0.0283495, "oz"),
    # volume (base: litre)
    ("litres|liters|litre|liter", "volume", 1.0, "L"),
    ("gallons|gallon", "volume", 3.78541, "gal"),
    ("barrels|barrel|bpd", "volume", 158.987, "bbl"),
    ("cubic metres|cubic meters", "volume", 1000.0, "m³"),
    # energy / power / data / temperature (base: the unit shown)
    ("gigawatts|gigawatt|GW", "power", 1e9, "GW"),
    ("megawatts|megawatt|MW", "power", 1e6, "MW"),
    ("kilowatts|kilowatt|kW", "power", 1e3, "kW"),
    ("watts|watt", "power", 1.0, "W"),
    ("kilowatt hours|kilowatt-hours|kWh", "energy", 1.0, "kWh"),
    ("megawatt hours|megawatt-hours|MWh", "energy", 1e3, "MWh"),
    ("gigawatt hours|gigawatt-hours|GWh", "energy", 1e6, "GWh"),
    ("terabytes|TB", "data", 1e12, "TB"),
    ("gigabytes|GB", "data", 1e9, "GB"),
    ("megabytes|MB", "data", 1e6, "MB"),
    ("degrees celsius|degrees centigrade|°C|C°", "temperature_c", 1.0, "°C"),
    ("degrees fahrenheit|°F|F°", "temperature_f", 1.0, "°F"),
    ("degrees", "angle", 1.0, "degree"),
    ("calories|kcal", "energy_food", 1.0, "kcal"),
    # multiples: "12 times higher", "a 12-fold rise", "three times" (as often as that)
    ("times|fold", "factor", 1.0, "times"),
]
UNIT_LOOKUP: dict[str, tuple[str, float, str]] = {}
for _alts, _dim, _factor, _canon in _UNIT_TABLE:
    for _a in _alts.split("|"):
        UNIT_LOOKUP.setdefault(_a.lower(), (_dim, _factor, _canon))
_MULTIWORD_UNITS = sorted((k for k in UNIT_LOOKUP if " " in k or "-" in k or "/" in k), key=len, reverse=True)
#: short unit spellings that must be attached or follow a digit directly (too ambiguous as words)
_CASE_SENSITIVE_UNITS = {"GW", "MW", "kW", "kWh", "MWh", "GWh", "TB", "GB", "MB"}
_ATTACHED_ONLY_UNITS = {"g", "mi", "m", "min"}

# qualifier phrase (lower-case, as it ends right before the figure) -> (bound class, words)
QUALIFIERS: list[tuple[str, str]] = [
    ("no fewer than", "lower"), ("no less than", "lower"), ("not less than", "lower"), ("at least", "lower"),
    ("a minimum of", "lower"), ("more than", "lower_x"), ("over", "lower_x"), ("above", "lower_x"),
    ("in excess of", "lower_x"), ("upwards of", "lower_x"), ("just over", "lower_x"), ("greater than", "lower_x"),
    ("higher than", "lower_x"), ("north of", "lower_x"), ("exceeding", "lower_x"), ("older than", "lower_x"),
    ("larger than", "lower_x"), ("bigger than", "lower_x"), ("longer than", "lower_x"),
    ("up to", "upper"), ("as many as", "upper"), ("as much as", "upper"), ("at most", "upper"),
    ("as long as", "upper"), ("as high as", "upper"), ("as far as", "upper"),
    ("no more than", "upper"), ("not more than", "upper"), ("a maximum of", "upper"),
    ("capped at", "upper"), ("limited to", "upper"), ("a cap of", "upper"), ("a limit of", "upper"),
    ("a ceiling of", "upper"),
    ("less than", "upper_x"), ("fewer than", "upper_x"), ("under", "upper_x"), ("below", "upper_x"),
    ("just under", "upper_x"), ("lower than", "upper_x"), ("younger than", "upper_x"), ("smaller than", "upper_x"),
    ("shorter than", "upper_x"),
    ("almost", "nearly"), ("nearly", "nearly"), ("close to", "nearly"), ("just shy of", "nearly"),
    ("about", "approx"), ("around", "approx"), ("roughly", "approx"), ("approximately", "approx"),
    ("some", "approx"), ("an estimated", "approx"), ("estimated", "approx"), ("circa", "approx"),
    ("approx.", "approx"), ("an approximate", "approx"), ("~", "approx"), ("or so", "approx"),
    ("exactly", "exact"), ("precisely", "exact"), ("just", "exact"), ("only", "exact"),
]  # fmt: skip
_QUAL_RE = re.compile(
    r"(?:^|(?<=\s)|(?<=\())(" + "|".join(re.escape(q) for q, _ in sorted(QUALIFIERS, key=lambda x: -len(x[0]))) + r")\s*$",
    re.IGNORECASE,
)
_QUAL_CLASS = dict(QUALIFIERS)

UP_WORDS = {
    "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "increasing", "grew", "grow",
    "grows", "grown", "growing", "gained", "gain", "gains", "up", "climbed", "climb", "climbs", "jumped", "jump",
    "jumps", "surged", "surge", "surges", "soared", "soar", "soars", "added", "adds", "raised", "raise", "raises",
    "boosted", "boost", "rallied", "advanced", "expanded", "higher", "hiked", "hike", "spiked", "doubled",
    "tripled", "growth", "improved", "widened", "more",
}  # fmt: skip
DOWN_WORDS = {
    "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
    "decreased", "decrease", "decreases", "down", "lost", "lose", "loses", "losing", "loss", "slid", "slide",
    "slumped", "slump", "plunged", "plunge", "plunges", "tumbled", "tumble", "sank", "sink", "shrank", "shrink",
    "shrunk", "cut", "cuts", "reduced", "reduce", "reduction", "lowered", "lower", "slashed", "slash", "dipped",
    "dip", "eased", "retreated", "contracted", "contraction", "halved", "narrowed", "less", "fewer", "deficit",
}  # fmt: skip
_DIR_SKIP = {"by", "to", "from", "a", "an", "the", "some", "about", "around", "nearly", "almost", "roughly",
             "more", "than", "over", "just", "as", "much", "only", "approximately", "and", "further", "another"}  # fmt: skip
_SCORE_CONTEXT = re.compile(
    r"\b(?:vote[sd]?|voting|ruling|decision|verdict|won|win|wins|winning|beat|beats|beaten|defeat(?:ed|s)?|lost|"
    r"loses|losing|score[sd]?|victory|tally|margin|majority|draw|drew|tie[sd]?|lead|led|record|series|game|match|"
    r"final|court|justices|judges|jury|senate|house|panel|board|council|passed|approved|rejected|backed|motion|"
    r"referendum|ballots?)\b",
    re.IGNORECASE,
)
_LABEL_WORDS = {
    "article", "section", "chapter", "amendment", "title", "rule", "resolution", "paragraph", "clause", "phase",
    "level", "category", "stage", "round", "game", "room", "flight", "route", "highway", "interstate", "no",
    "number", "page", "grade", "tier", "lane", "gate", "terminal", "platform", "unit", "ward", "district",
    "precinct", "item", "question", "proposition", "prop", "act", "part", "schedule", "annex", "appendix",
    "volume", "issue", "episode", "season", "series", "version", "model", "pillar", "exhibit", "count", "bill",
    "runway", "block", "lot", "apartment", "suite", "floor", "building", "channel", "line", "bus",
}  # fmt: skip
_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as", "is",
    "was", "were", "are", "be", "been", "that", "this", "it", "its", "their", "his", "her", "they", "he", "she",
    "than", "more", "about", "some", "over", "up", "down", "which", "who", "had", "has", "have", "will", "would",
    "said", "says", "per", "cent", "percent", "worth", "total", "totalling", "totaling", "nearly", "almost",
    "around", "roughly", "approximately", "just", "only", "least", "most", "into", "after", "before", "while",
    "also", "not", "no", "so", "such", "these", "those", "there", "then", "other", "another", "all", "each",
}  # fmt: skip

_TOKEN = re.compile(
    r"(?P<sym>\$(?:US|AU|A|C|NZ|HK)(?=\d)|(?:US|AU|A|C|CA|NZ|HK|S|R)\$|[$€£¥₹₩₽~])"
    r"|(?P<num>\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<word>[A-Za-z]+(?:\.(?=\s|$)(?<=approx\.))?)"
    r"|(?P<pct>%|°[CF]?)"
    r"|(?P<other>\S)"
)


@dataclass(frozen=True, slots=True)
class Tok:
    kind: str
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Quantity:
    """One numeric expression with its normalised value.

    ``value`` is the figure with its scale applied, in ``unit`` (a canonical unit: "USD", "%",
    "pp", "year", "mph", "" for a plain count, "ordinal", "score", "label:article", ...).
    ``low``/``high`` are the bounds the text commits to: equal to ``value`` for an exact figure,
    widened by qualifiers ("about" ±10 %, "more than" → (value, ∞)) and set by ranges.
    ``base`` (property) is ``value`` in the dimension's base unit, so 2.5 years == 30 months.
    """

    start: int
    end: int
    text: str
    value: float
    unit: str = ""
    dimension: str = "count"
    low: float = 0.0
    high: float = 0.0
    bound: str = "exact"  # exact | approx | nearly | lower | lower_x | upper | upper_x | range | vague
    qualifier: str = ""
    scale: float = 1.0
    direction: int = 0
    direction_word: str = ""
    direction_at: int = -1  # offset of the direction word, -1 when none
    spelled: bool = False
    head: str = ""
    second: float | None = None  # the second figure of a score / tally
    moves: int = 0  # a "from A to B" range: 1 when it goes up (B > A), -1 when down
    factor: float = 1.0  # unit -> dimension base
    context: tuple[str, ...] = field(default=(), compare=False)

    @property
    def base(self) -> float:
        return self.value * self.factor

    @property
    def base_low(self) -> float:
        return self.low * self.factor

    @property
    def base_high(self) -> float:
        return self.high * self.factor

    def render(self) -> str:
        """The normalised value as a message shows it: "$50 trillion", "2.5 years", "4%", "7-2"."""
        if self.dimension == "score":
            if self.qualifier == "unanimous":
                return "unanimous"
            return f"{_fmt(self.value)}-{_fmt(self.second or 0)}"
        if self.bound == "vague":
            return self.qualifier
        if self.bound == "range":
            return f"{_with_unit(self.low, self)}–{_with_unit(self.high, self)}"
        if self.dimension == "percent" and self.spelled:  # "a third (33.3%)", "about one in four (25%)"
            return f"{self.text} ({round(self.value, 1):g}%)"
        q = f"{self.qualifier} " if self.qualifier and self.bound != "exact" else ""
        return q + _with_unit(self.value, self)


def _fmt(v: float) -> str:
    if v == INF:
        return "∞"
    if abs(v) >= 1e6:
        # as the news writes it: "500 billion", "2.431 billion", "50 trillion"; a figure that needs
        # more than four significant digits is written out ("1,234,567")
        sig = next((n for n in range(1, 7) if abs(float(f"{v:.{n - 1}e}") - v) <= 1e-9 * abs(v)), 7)
        if sig > 4 and float(v).is_integer():
            return f"{int(v):,}"
        for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
            m = v / scale
            if abs(m) < 0.9995 and word != "million":
                continue
            places = max(0, min(sig, 4) - 1 - math.floor(math.log10(abs(m))))
            digits = f"{m:,.{places}f}"
            if "." in digits:
                digits = digits.rstrip("0").rstrip(".")
            if word != "trillion" and abs(float(digits.replace(",", ""))) >= 1000:
                continue  # 999.96 million rounds to a billion
            return f"{digits} {word}"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.6g}"


def _with_unit(v: float, q: Quantity) -> str:
    num = _fmt(v)
    if q.dimension == "money":
        sign = CURRENCY_SIGN.get(q.unit)
        return f"{sign}{num}" if sign else f"{num} {q.unit.rstrip('?')}"
    if q.unit == "%":
        return f"{num}%"
    if q.unit == "pp":
        return f"{num} percentage points"
    if q.bound == "vague":
        return q.qualifier
    if q.dimension == "ordinal":
        return _ordinal(v)
    if q.unit.startswith("label:"):
        return f"{q.unit[6:].title()} {num}"
    if q.unit:
        plural = "s" if v != 1 and q.unit in _PLURAL_UNITS else ""
        return f"{num} {q.unit}{plural}"
    return num


_PLURAL_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "mile", "knot", "acre", "ton", "degree"}


def _ordinal(v: float) -> str:
    n = int(v)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# -- extraction -----------------------------------------------------------------------------------


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.lastgroup or "other", m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def extract_quantities(text: str, locale: str = "us", *, dates: list | None = None) -> list[Quantity]:
    """All numeric expressions of ``text`` outside dates, earliest first."""
    if dates is None:
        from .dates import extract_dates

        dates = extract_dates(text, locale)
    masked = [(d.start, d.end) for d in dates]
    toks = tokenize(text)
    out: list[Quantity] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind != "num" and (t.kind != "word" or t.low not in _STARTERS):
            i += 1
            continue
        q, j = _quantity_at(text, toks, i, masked)
        if q is None:
            i += 1
            continue
        out.append(q)
        i = max(j, i + 1)
    out.extend(_unanimous(text))
    out.sort(key=lambda q: q.start)
    out = _shares(text, _merge_ranges(text, _for_and_against(text, out)))
    return [_with_context(text, out, k) for k in range(len(out))]


_SMALL = {w: k for k, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
                                                   "thousand": 1000}
_RATE_NUM = r"(\d{1,4}|" + "|".join(sorted(_SMALL, key=len, reverse=True)) + ")"
#: "one in ten", "3 in 10", "two out of three", "one in every five": a share told as a rate
_RATE = re.compile(rf"(?i)\b{_RATE_NUM}\s+(?:in|out\s+of)\s+(?:every\s+)?{_RATE_NUM}\b"
                   r"(?!\s*(?:%|per|years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?)\b)")
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
#: "a quarter of", "two-thirds of", "half the": a share told as a fraction (ordinals such as "the
#: third of May" and "the second half of the year" are not shares)
_FRACTION = re.compile(r"(?i)\b(?:(a|one|two|three|four|nine)[\s-]+)?(half|thirds?|quarters?|fifths?|tenths?)\s+(?:of|the)\b"
                       r"(?!\s+(?:a|an|one)\b|\s+\d[\d.,]*\s*(?:%|per))")  # "a quarter of an hour", "half of 1%"
#: "Half took the drug": a sentence that opens with "Half" as its subject
_HALF_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(Half)\s+(?=[a-z])")
_NOT_A_SHARE = re.compile(r"(?i)\b(?:the|first|second|third|last|latter|former|this|next|its|their|his|her)\s*$")


def _share_matches(text: str) -> list[tuple[int, int, int, int, bool]]:
    """(start, end, part, whole, spelled) of every share told as a rate or a fraction."""
    out = []
    for m in _RATE.finditer(text):
        a, b = (int(x) if x.isdigit() else _SMALL[x.lower()] for x in (m.group(1), m.group(2)))
        if b > 20 and b not in (100, 1000) and m.group(2).isdigit():
            continue  # "14 out of 212 batches" counts batches; "3 in 10", "one in 100" tell a rate
        out.append((m.start(), m.end(), a, b, not m.group(1).isdigit()))
    for m in _FRACTION.finditer(text):
        den = m.group(2).lower().rstrip("s")
        if m.group(1) is None and (den != "half" or _NOT_A_SHARE.search(text[: m.start()])):
            continue
        a = 1 if m.group(1) is None or m.group(1).lower() in ("a", "one") else _SMALL[m.group(1).lower()]
        out.append((m.start(), m.end(2), a, _DENOMINATORS[den], True))
    out += [(m.start(1), m.end(1), 1, 2, True) for m in _HALF_SUBJECT.finditer(text)
            if not any(s <= m.start(1) < e for s, e, *_ in out)]
    return out


def _shares(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Read "one in ten" / "two out of three" / "a quarter of" as a percentage (10 %, 66.7 %,
    25 %), replacing the counts and ordinals the tokenizer found inside it; "about" and "more
    than" before it bound it as they bound any figure."""
    for start, end, a, b, spelled in _share_matches(text):
        if not 0 < a < b or b > 1000 or any(x.start <= start and x.end > end for x in qs):
            continue  # "a quarter of a million" is a count the tokenizer read whole
        pct = 100 * a / b
        bound, qual = "exact", ""
        m = _QUAL_RE.search(text[max(0, start - 30) : start])
        if m:
            qual, bound = m.group(1).lower(), _QUAL_CLASS[m.group(1).lower()]
            start = max(0, start - 30) + m.start(1)
        low, high = _bounds(pct, bound)
        q = Quantity(start, end, text[start:end], pct, unit="%", dimension="percent", low=low, high=high,
                     bound=bound, qualifier=qual, spelled=spelled)
        qs = [x for x in qs if x.end <= start or x.start >= end] + [q]
    return sorted(qs, key=lambda q: q.start)


_BOUNDED = frozenset({"approx", "nearly", "lower", "lower_x", "upper", "upper_x"})


def _bounds(v: float, bound: str) -> tuple[float, float]:
    """The (low, high) a figure ``v`` commits to under a qualifier's bound class."""
    if bound == "approx":
        return v * 0.9, v * 1.1
    if bound == "nearly":
        return v * 0.9, v
    if bound in ("lower", "lower_x"):
        return v, INF
    if bound in ("upper", "upper_x"):
        return (0.0 if v >= 0 else -INF), v
    return v, v


#: words a figure can start with
_STARTERS = frozenset([*UNITS_WORDS, *TENS_WORDS, *ORDINAL_WORDS, *VAGUE_WORDS, *FRACTION_WORDS, "a", "an"])


def _in_mask(s: int, e: int, masked: list[tuple[int, int]]) -> bool:
    return any(s < b and e > a for a, b in masked)


def _gap(a: Tok, b: Tok, text: str) -> str:
    return text[a.end : b.start]


def _spelled_run(toks: list[Tok], i: int, text: str) -> tuple[float, int] | None:
    """A spelled-out number starting at token i: value and the index after it."""
    total = 0.0
    current = 0.0
    seen = False
    j = i
    n = len(toks)
    last_end = i
    pending_frac = False
    while j < n:
        t = toks[j]
        w = t.low
        if j > i and _attached_hyphen(toks, j):
            j += 1
            continue
        if t.kind != "word":
            break
        if j > i and _gap(toks[j - 1], t, text) not in (" ", "-", ""):
            break
        if w in UNITS_WORDS or w in TENS_WORDS:
            current += UNITS_WORDS.get(w, TENS_WORDS.get(w, 0))
            seen = True
            last_end = j + 1
        elif w in SCALE_WORDS and (seen or pending_frac or (j > i and toks[j - 1].low in ("a", "an"))):
            scale = SCALE_WORDS[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
            pending_frac = False
            last_end = j + 1
        elif w in ("a", "an") and j + 1 < n and toks[j + 1].low in (*SCALE_WORDS, "half", "quarter", "dozen") and (
            not seen or toks[j - 1].low in ("and", "of", "half", "quarter")
        ):
            if toks[j + 1].low in SCALE_WORDS and not seen and not pending_frac:
                current = 1
        elif w in FRACTION_WORDS and (
            (_next(toks, j) < n and (toks[_next(toks, j)].low in SCALE_WORDS or toks[_next(toks, j)].low in ("a", "an", "of")))
            or (seen and j > i and toks[j - 1].low in ("a", "an"))
        ):
            frac = FRACTION_WORDS[w]
            if seen and toks[j - 1].low in ("a", "an"):  # "two and a half"
                current += frac
            elif current and not total and toks[j - 1].low in UNITS_WORDS and w == "quarter":
                current = current * frac  # "three quarters"
            else:
                current = frac
                pending_frac = True
            seen = True
            last_end = j + 1
        elif w == "dozen" and (seen or (j > i and toks[j - 1].low in ("a", "an"))):
            current = (current or 1) * 12
            seen = True
            last_end = j + 1
        elif w == "and" and seen and j + 1 < n and (toks[j + 1].low in UNITS_WORDS or toks[j + 1].low in TENS_WORDS or toks[j + 1].low in ("a", "an")):
            pass
        elif w == "of" and pending_frac and j + 1 < n and toks[j + 1].low in ("a", "an"):
            pass
        else:
            break
        j += 1
    if not seen:
        return None
    value = total + current
    if pending_frac and total == 0:
        return None  # "half" / "a quarter" alone is not a figure we compare
    return value, last_end


def _quantity_at(text: str, toks: list[Tok], i: int, masked: list[tuple[int, int]]) -> tuple[Quantity | None, int]:
    t = toks[i]
    n = len(toks)
    spelled = False
    start_tok = i
    # ---- the number core --------------------------------------------------------------------
    if t.kind == "num":
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and prev.end == t.start and prev.kind == "word" and prev.text not in CURRENCY_SYMBOLS:
            return None, i + 1  # G7, COVID19
        if prev is not None and prev.end == t.start and prev.text in ("-", "/", ".") and i > 1 and toks[i - 2].end == prev.start and toks[i - 2].kind in ("word", "num"):
            if not (prev.text == "-" and toks[i - 2].kind == "num"):
                return None, i + 1  # F-16, 24/7, version 1.2.3
        value = float(t.text.replace(",", ""))
        j = i + 1
        # fraction "1/2" right after is a ratio we don't normalise: skip whole thing
        if j < n and toks[j].text == "/" and toks[j].start == t.end:
            return None, j + 2
    elif t.kind == "word" and t.low in ORDINAL_WORDS:
        s, e = t.start, t.end
        if _in_mask(s, e, masked) or (t.low == "second" and i > 0 and toks[i - 1].low in ("a", "one", "per", "every", "split")):
            return None, i + 1
        return _finish_ordinal(text, toks, i, ORDINAL_WORDS[t.low], i + 1), i + 1
    elif t.kind == "word" and t.low in VAGUE_WORDS and i + 1 < n and toks[i + 1].low == "of":
        base = VAGUE_WORDS[t.low]
        low, high = (2 * base, 1000 * base) if base >= 100 else (24, 144)
        q = Quantity(t.start, t.end, t.text, low, low=low, high=high, bound="vague", qualifier=t.low, scale=base)
        return _finish(text, toks, q, i, i + 1, spelled=True), i + 1
    elif t.kind == "word":
        run = _spelled_run(toks, i, text)
        if run is None:
            return None, i + 1
        value, j = run
        # "one" alone is mostly a pronoun ("one of them"): only as a figure with a scale/unit/currency
        words = [x.low for x in toks[i:j]]
        spelled = True
        tally = _spelled_score(text, toks, i, j, value)
        if tally is not None:
            return tally
        if words in (["one"], ["a"], ["an"]) and not _unitish_after(text, toks, j):
            return None, j
        if words == ["zero"] and not _unitish_after(text, toks, j):
            return None, j
    else:
        return None, i + 1

    core_end_tok = j  # exclusive
    # ordinal suffix: 61st
    if t.kind == "num" and j < n and toks[j].start == t.end and toks[j].low in ("st", "nd", "rd", "th"):
        if _in_mask(t.start, toks[j].end, masked):
            return None, j + 1
        return _finish_ordinal(text, toks, i, value, j + 1), j + 1
    if _in_mask(toks[i].start, toks[j - 1].end, masked):
        return None, j

    # ---- prefix: currency --------------------------------------------------------------------
    currency = ""
    k = i - 1
    if k >= 0 and toks[k].end == toks[i].start and toks[k].text in CURRENCY_SYMBOLS and toks[k].text != "~":
        currency = CURRENCY_SYMBOLS[toks[k].text]
        start_tok = k
    elif k >= 0 and toks[k].text in CURRENCY_CODES and _gap(toks[k], toks[i], text) in (" ", ""):
        currency = toks[k].text if toks[k].text != "RMB" else "CNY"
        start_tok = k
    elif k >= 0 and toks[k].text in ("Rs",) and _gap(toks[k], toks[i], text) in (" ", "", ". "):
        currency = "INR"
        start_tok = k

    # ---- suffix: scale ----------------------------------------------------------------------
    scale = 1.0
    while j < n:
        nt = toks[j]
        gap = _gap(toks[j - 1], nt, text)
        if _attached_hyphen(toks, j) and toks[j + 1].low in SCALE_WORDS:
            j += 1
            nt = toks[j]
            gap = "-"
        w = nt.low
        if nt.kind != "word" or gap not in ("", " ", "-"):
            break
        if w in SCALE_WORDS and not spelled:
            scale *= SCALE_WORDS[w]
        elif w in SCALE_ABBR and (gap == "" or currency or w in ("bn", "mn", "tn", "trn", "mln", "bln")) and _word_ends(text, nt.end):
            scale *= SCALE_ABBR[w]
        elif w in SCALE_LETTER and gap == "" and _word_ends(text, nt.end) and (
            currency or _currency_after(toks, j + 1) or (w == "m" and not _length_context(toks, j + 1))
        ):
            scale *= SCALE_LETTER[w]
        elif w in ("a", "an") and j + 1 < n and toks[j + 1].low in SCALE_WORDS and spelled:
            pass
        else:
            break
        j += 1
    value *= scale if not spelled else 1.0
    eff_scale = scale
    if spelled:
        eff_scale = max([SCALE_WORDS[x.low] for x in toks[i:core_end_tok] if x.low in SCALE_WORDS and SCALE_WORDS[x.low] >= 1e3] or [1.0])

    # ---- suffix: currency code/name, percent, unit --------------------------------------------
    unit = ""
    dimension = "count"
    factor = 1.0
    if currency:
        dimension, unit = "money", currency
    after = j
    hyphen_at = -1
    if after < n and _attached_hyphen(toks, after) and not currency:
        hyphen_at = after
        after += 1  # "30-year", "half-trillion-dollar"
    if after < n:
        nt = toks[after]
        gap = _gap(toks[after - 1], nt, text)
        rest = text[toks[after - 1].end :]
        if nt.text == "%" and gap in ("", " "):
            unit, dimension, after = "%", "percent", after + 1
        elif m := re.match(r"[\s-]?(percentage[\s-]points?|percent(?:age)? pts?|pp|ppts?|basis[\s-]points?|bps|bp)\b", rest, re.IGNORECASE):
            bp = m.group(1).lower().startswith(("basis", "bp"))
            unit, dimension = "pp", "points"
            if bp:
                value /= 100.0
            after = _tok_after(toks, after, toks[after - 1].end + m.end())
        elif m := re.match(r"[\s-]?(per[\s-]?cent|percent|pct)\b", rest, re.IGNORECASE):
            unit, dimension = "%", "percent"
            after = _tok_after(toks, after, toks[after - 1].end + m.end())
        elif not currency and nt.text in CURRENCY_CODES and gap == " ":
            unit, dimension, after = (nt.text if nt.text != "RMB" else "CNY"), "money", after + 1
        elif not currency and (m := re.match(r"[\s-](?:(?:US|U\.S\.|American|Australian|Canadian|Hong Kong|Singapore|New Zealand)\s+)?(dollars?|euros?|yen|yuan|renminbi|rupees?|francs?|roubles?|rubles?|pence|cents?|pounds?(?:\s+sterling)?|sterling)\b", rest, re.IGNORECASE)):
            name = m.group(1).lower().split()[0]
            cur = CURRENCY_NAMES[name]
            pre = m.group(0).lower()
            if "australian" in pre:
                cur = "AUD"
            elif "canadian" in pre:
                cur = "CAD"
            elif "hong kong" in pre:
                cur = "HKD"
            elif "singapore" in pre:
                cur = "SGD"
            elif "new zealand" in pre:
                cur = "NZD"
            if "sterling" in m.group(0).lower():
                cur = "GBP"
            if cur.endswith("/100"):  # cents and pence are hundredths of the currency
                cur = cur[:-4]
                value /= 100.0
            unit, dimension = cur, "money"
            after = _tok_after(toks, after, toks[after - 1].end + m.end())
        elif currency and (m := re.match(r"[\s-](dollars?|euros?)\b", rest, re.IGNORECASE)):
            after = _tok_after(toks, after, toks[after - 1].end + m.end())
        elif not currency and (u := _unit_at(text, toks, after)) is not None:
            (dimension, factor, unit), end_char = u
            after = _tok_after(toks, after, end_char)
    if after == hyphen_at + 1:
        after = hyphen_at  # nothing after the hyphen belongs to the figure ("10,000-plus")
    if t.kind == "num" and after == core_end_tok and after < n and toks[after].kind == "word" and toks[after].start == toks[after - 1].end:
        return None, after + 1  # an identifier: 5G, 3D, 737s, the 90s
    # "30-year-old" / "five-year-old": an age in years
    if unit == "year" and after < n and toks[after].text == "-" and after + 1 < n and toks[after + 1].low == "old":
        after += 2

    s_char = toks[start_tok].start
    e_char = toks[after - 1].end
    if _in_mask(s_char, e_char, masked):
        return None, after
    q = Quantity(
        s_char, e_char, text[s_char:e_char], value, unit=unit, dimension=dimension, low=value, high=value,
        scale=eff_scale, spelled=spelled, factor=factor,
    )
    # label: "Article 5", "Article Five", "Flight 370"
    if dimension == "count" and start_tok == i and i > 1 and toks[i - 1].text == "." and toks[i - 2].low == "no":
        prev = toks[i - 2]
        if prev.text[0] == "N" and _gap(toks[i - 1], toks[i], text) == " ":
            q = _replace(q, start=prev.start, text=text[prev.start : e_char], unit="label:no", dimension="label")
            return q, after
    if dimension == "count" and start_tok == i and i > 0:
        prev = toks[i - 1]
        if prev.kind == "word" and _gap(prev, toks[i], text) == " " and (
            prev.low in _LABEL_WORDS and (prev.text[0].isupper() or prev.low in ("no", "number"))
        ):
            q = _replace(q, start=prev.start, text=text[prev.start : e_char], unit=f"label:{prev.low}", dimension="label")
            return q, after
    if dimension == "count" and t.kind == "num" and (
        core_end_tok == after or (after < len(toks) and toks[after - 1].low in ("vote", "votes"))
    ) and (k := _score_like(text, toks, i)) is not None:
        return _score(text, toks, i, k)
    return _finish(text, toks, q, start_tok, after, spelled=spelled), after


def _next(toks: list[Tok], j: int) -> int:
    """The index of the word after token j, looking through a glued hyphen."""
    return j + 2 if _attached_hyphen(toks, j + 1) else j + 1


def _attached_hyphen(toks: list[Tok], j: int) -> bool:
    """Token j is a hyphen glued to the tokens on both sides ("twenty-five", "30-year")."""
    return (
        0 < j < len(toks) - 1 and toks[j].text == "-" and toks[j - 1].end == toks[j].start
        and toks[j + 1].start == toks[j].end and toks[j + 1].kind == "word"
    )  # fmt: skip


def _length_context(toks: list[Tok], j: int) -> bool:
    return j < len(toks) and toks[j].low in ("high", "long", "wide", "tall", "deep", "away", "below", "above", "from", "in")


def _word_ends(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()


def _currency_after(toks: list[Tok], j: int) -> bool:
    return j < len(toks) and (toks[j].text in CURRENCY_CODES or toks[j].low in CURRENCY_NAMES)


def _unitish_after(text: str, toks: list[Tok], j: int) -> bool:
    if j < len(toks) and _attached_hyphen(toks, j):
        j += 1
    if j >= len(toks):
        return False
    nt = toks[j]
    return (
        nt.low in SCALE_WORDS or nt.low in SCALE_ABBR or nt.text == "%" or nt.low in ("percent", "per")
        or nt.low in CURRENCY_NAMES or _unit_at(text, toks, j) is not None
    )  # fmt: skip


def _tok_after(toks: list[Tok], j: int, end_char: int) -> int:
    while j < len(toks) and toks[j].start < end_char:
        j += 1
    return j


def _unit_at(text: str, toks: list[Tok], j: int) -> tuple[tuple[str, float, str], int] | None:
    """A unit right after token j-1 (a space, a hyphen or nothing between)."""
    if j >= len(toks) or j == 0:
        return None
    prev_end = toks[j - 1].end
    gap = text[prev_end : toks[j].start]
    if gap not in ("", " ", "-"):
        return None
    rest = text[toks[j].start : toks[j].start + 40]
    low = rest.lower()
    for mw in _MULTIWORD_UNITS:
        if low.startswith(mw) and _word_ends(rest, len(mw)):
            return UNIT_LOOKUP[mw], toks[j].start + len(mw)
    t = toks[j]
    if t.text.startswith("°") or t.kind == "pct" and t.text != "%":
        key = t.text if t.text in UNIT_LOOKUP else t.text.lower()
        if key.lower() in UNIT_LOOKUP:
            return UNIT_LOOKUP[key.lower()], t.end
        return UNIT_LOOKUP["degrees"], t.end
    if t.kind != "word":
        return None
    if t.text in _CASE_SENSITIVE_UNITS:
        return UNIT_LOOKUP[t.text.lower()], t.end
    w = t.low
    if w in _ATTACHED_ONLY_UNITS and (gap != "" or t.text != w):
        return None
    if w in UNIT_LOOKUP and w.upper() not in _CASE_SENSITIVE_UNITS:
        return UNIT_LOOKUP[w], t.end
    return None


def _finish_ordinal(text: str, toks: list[Tok], i: int, value: float, j: int) -> Quantity:
    s, e = toks[i].start, toks[j - 1].end
    q = Quantity(s, e, text[s:e], float(value), unit="ordinal", dimension="ordinal", low=value, high=value, spelled=toks[i].kind == "word")
    return _finish(text, toks, q, i, j, spelled=q.spelled, qualifiers=False)


#: words after which "over" + a duration means "more than" ("for over a year", "in over a decade");
#: elsewhere it means "during" ("rose 20% over five years", "develop dementia over seven years")
_MORE_THAN_OVER = re.compile(r"\b(?:for|in|of|than|after|lasting|lasted|lasts|spanning|took|taking|taken|aged|spent|spend)\s*$",
                             re.IGNORECASE)


#: a verb that sets a ceiling, its object, then "to" and the figure: "limits farms of more than 500
#: acres to 1.8 acre-feet", "capping rent rises at 3%"
_LIMITS_TO = re.compile(r"(?<!the )(?<!its )(?<!their )(?<!new )(?<!these )\b((?:limit(?:s|ed|ing)|cap(?:s|ped|ping)|restrict(?:s|ed|ing)))\b"
                        r"(?![^.;:!?]*\b(?:rose|raised|increased|lifted|cut|lowered|reduced|fell|dropped|moved)\s+(?:to|at)\s*$)"
                        r"[^.;:!?\d]{0,60}(?:\d[^.;:!?]{0,40})?\b(?:to|at)\s*$", re.IGNORECASE)


#: verbs before "up to" that make it a movement ("edged up to 4.2%", "revised up to $5bn")
#: (past and -ing forms only: "tickets up to $50", "pay rises up to 5%" are ceilings)
_MOVED_UP = re.compile(r"\b(?:(?:edg|tick|inch|mov|jump|climb|revis|bump|push|ramp|stepp|scal|ratchet|nudg|drift|crawl)"
                       r"(?:ed|ing)|creeping|crept|went|going|goes|shot|shooting|rose|rising|risen"
                       r"|add(?:s|ed|ing)?|amount(?:s|ed|ing)?|sum(?:s|med|ming)?)\s+$", re.IGNORECASE)
#: ("adding up to 19%", "amounting to", "summing up to": a total, not a ceiling)


def _finish(text: str, toks: list[Tok], q: Quantity, start_tok: int, end_tok: int, *, spelled: bool, qualifiers: bool = True) -> Quantity:
    """Attach qualifier (bounds), direction word and head noun."""
    start = q.start
    bound, qual = q.bound, q.qualifier
    if qualifiers and bound == "exact":
        before = text[max(0, start - 30) : start]
        m = _QUAL_RE.search(before)
        if m and not (m.group(1).lower() in ("over", "under", "above", "below") and re.search(r"\b(?:the|a|an|its|their|his|her)\s*$", before[: m.start()])) and not (
            m.group(1).lower() == "over" and q.dimension == "duration" and not _MORE_THAN_OVER.search(before[: m.start()])
        ) and not (
            m.group(1).lower() == "up to" and _MOVED_UP.search(before[: m.start()])
        ):  # "rose 20% over five years" is during five years; "jailed for over five years" is more than;
            # "edged up to 4.2%" is a rise to 4.2%, not "at most 4.2%"
            qual = m.group(1).lower()
            bound = _QUAL_CLASS[qual]
            start = max(0, start - 30) + m.start(1)
        elif (lim := _LIMITS_TO.search(text[max(0, start - 90) : start])) is not None:
            # "limits farms of more than 500 acres to 1.8 acre-feet": said as "limited to 1.8 acre-feet"
            qual, bound = {"c": "capped at", "l": "limited to", "r": "restricted to"}[lim.group(1)[0].lower()], "upper"
        elif re.match(r"\s*(?:or (?:so|more|less|fewer)|\+|-plus|plus\b)", text[q.end : q.end + 10]):
            tail = re.match(r"\s*(or so|or more|or less|or fewer|\+|-plus|plus)", text[q.end : q.end + 10])
            if tail:
                word = tail.group(1)
                bound = {"or so": "approx", "or more": "lower", "+": "lower", "-plus": "lower", "plus": "lower"}.get(word, "upper")
                qual = word
    low, high = _bounds(q.value, bound) if bound in _BOUNDED else (q.low, q.high)
    # direction
    while start_tok > 0 and toks[start_tok - 1].end > start:
        start_tok -= 1
    if start_tok > 0 and toks[start_tok].start < start:
        start_tok += 1
    direction, dword, dat = _direction(text, toks, start_tok, end_tok, q)
    head = ""
    if end_tok < len(toks) and toks[end_tok].kind == "word" and toks[end_tok].low not in _STOP:
        head = _stem(toks[end_tok].low)
    return _replace(
        q, start=start, text=text[start : q.end], low=low, high=high, bound=bound, qualifier=qual,
        direction=direction, direction_word=dword, direction_at=dat, head=head,
    )  # fmt: skip


def _direction(text: str, toks: list[Tok], start_tok: int, end_tok: int, q: Quantity) -> tuple[int, str, int]:
    # before: "fell 2%", "rose by about 2%", "up 3.1%"
    k = start_tok - 1
    steps = 0
    while k >= 0 and steps < 4:
        w = toks[k].low
        if toks[k].kind != "word":
            break
        if w in UP_WORDS and w not in ("more",):
            return 1, toks[k].text, toks[k].start
        if w in DOWN_WORDS and w not in ("less", "fewer", "deficit"):
            return -1, toks[k].text, toks[k].start
        if w not in _DIR_SKIP and not _QUAL_RE.search(w):
            break
        if w == "than" and k > 0 and toks[k - 1].low not in ("more", "less", "fewer"):
            break  # "lower than the 1.1% it forecast" compares with the figure ("rose more than 5%" moves)
        k -= 1
        steps += 1
    # after: "a 2% rise", "2% lower", "3 points higher"
    k = end_tok
    steps = 0
    while k < len(toks) and steps < 2:
        w = toks[k].low
        if toks[k].kind != "word":
            if toks[k].text == "-":
                k += 1
                continue
            break
        if w in _COPULA_FORMS:
            break  # "its forecast of 1.1% was higher": a comparison, not a change of 1.1%
        if w in ("rise", "increase", "gain", "jump", "growth", "hike", "higher", "surge", "climb", "up", "more", "boost"):
            return 1, toks[k].text, toks[k].start
        if w in ("drop", "decline", "fall", "decrease", "cut", "loss", "reduction", "lower", "slump", "down", "plunge", "less", "fewer", "dip"):
            return -1, toks[k].text, toks[k].start
        k += 1
        steps += 1
    return 0, "", -1


_WHOLE = re.compile(r"\d+$|\d{1,3}(?:,\d{3})+$")
_COPULA_FORMS = frozenset({"is", "was", "were", "are", "be", "been", "being"})


#: words before "N to M" that make it a range or a change, not a tally ("aged 18 to 24")
_NOT_TALLY = frozenset({"from", "between", "aged", "ages", "age"})


def _score_like(text: str, toks: list[Tok], i: int) -> int | None:
    """"7-2" / "7 to 2" / "51 votes to 48" reads as a tally or score when the sentence talks of
    votes, wins, rulings: the index of its second number, else None."""
    j = i + 1
    if j + 1 < len(toks) and toks[j].low in ("vote", "votes") and toks[j + 1].low == "to":
        j += 1  # "by 51 votes to 48"
    if j + 1 >= len(toks) or toks[i].kind != "num" or not _WHOLE.match(toks[i].text):
        return None
    if i > 0 and toks[i - 1].low in _NOT_TALLY:
        return None  # "from 10 to 15": a change or a range
    sep = toks[j]
    if sep.text in ("-", "–", "—") and sep.start == toks[i].end and toks[j + 1].start == sep.end and toks[j + 1].kind == "num":
        pass
    elif sep.low == "to" and toks[j + 1].kind == "num":
        pass
    else:
        return None
    if not _WHOLE.match(toks[j + 1].text):
        return None
    if _measured(text, toks, j + 2):
        return None
    lo = max(0, toks[i].start - 60)
    window = text[lo : min(len(text), toks[j + 1].end + 40)]
    return j + 1 if _SCORE_CONTEXT.search(window) else None


def _measured(text: str, toks: list[Tok], k: int) -> bool:
    """Whether a unit, scale or percentage follows the second figure of "N to M" (token ``k``): then
    it is a range of amounts ("3 to 4 percentage points", "two to three million"), not a tally."""
    return _unitish_after(text, toks, k) or (k < len(toks) and toks[k].low in ("percentage", "points", "point"))


def _spelled_score(text: str, toks: list[Tok], i: int, j: int, value: float) -> tuple[Quantity, int] | None:
    """"voted seven to two", "ruled five to four": a tally in words (tokens ``i:j`` read ``value``),
    beside the same words of a vote or contest as a tally in digits."""
    if j + 1 >= len(toks) or toks[j].low != "to" or value != int(value) or (i > 0 and toks[i - 1].low in _NOT_TALLY):
        return None
    run = _spelled_run(toks, j + 1, text)
    if run is None or run[0] != int(run[0]) or run[0] == value:
        return None
    second, k = run
    if _measured(text, toks, k):
        return None
    s, e = toks[i].start, toks[k - 1].end
    if not _SCORE_CONTEXT.search(text[max(0, s - 60) : min(len(text), e + 40)]):
        return None
    return _tally(text, s, e, value, second), k


def _tally(text: str, start: int, end: int, first: float, second: float) -> Quantity:
    """A tally or score over ``text[start:end]``: ``first`` (the side for, the winner) and ``second``."""
    return Quantity(start, end, text[start:end], first, unit="score", dimension="score", low=first, high=first,
                    second=second)


def _score(text: str, toks: list[Tok], i: int, k: int) -> tuple[Quantity, int]:
    a, b = (float(toks[x].text.replace(",", "")) for x in (i, k))
    return _tally(text, toks[i].start, toks[k].end, a, b), k + 1


_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)


#: what may follow the first count of a tally told by its sides, and what stands between the two:
#: "240 votes in favour and 180 against", "240 for, 180 against", "180 against and 240 in favour"
_FOR = r"(?:votes?\s+)?(?:in\s+favou?r(?:\s+of\s+it)?|for(?:\s+it)?)"
_AGAINST = r"(?:votes?\s+)?(?:against(?:\s+it)?|opposed)"
_SIDES = {True: re.compile(rf"(?i)^\s*{_FOR}\s*(?:,\s*|\s+)(?:and\s+|with\s+|to\s+)?$"),
          False: re.compile(rf"(?i)^\s*{_AGAINST}\s*(?:,\s*|\s+)(?:and\s+|with\s+|to\s+)?$")}
_SIDE_AFTER = {True: re.compile(rf"(?i)^\s*{_AGAINST}\b"), False: re.compile(rf"(?i)^\s*{_FOR}\b")}


def _for_and_against(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Two counts told by their sides ("240 votes in favour and 180 against", in either order) as
    one tally, the side for first, so that a copy that swaps the sides is a reversed tally."""
    out: list[Quantity] = []
    k = 0
    while k < len(qs):
        tally = _sides_told(text, qs[k], qs[k + 1]) if k + 1 < len(qs) else None
        out.append(tally or qs[k])
        k += 2 if tally else 1
    return out


def _sides_told(text: str, a: Quantity, b: Quantity) -> Quantity | None:
    """Counts ``a`` and ``b`` as one tally where the words around them name the two sides."""
    if not (a.dimension == b.dimension == "count" and a.bound == b.bound == "exact"):
        return None
    for first_for in (True, False):
        after = _SIDE_AFTER[first_for].match(text[b.end : b.end + 40])
        if after and _SIDES[first_for].match(text[a.end : b.start]):
            pro, con = (a, b) if first_for else (b, a)
            return _tally(text, a.start, b.end + after.end(), pro.value, con.value)
    return None


def _unanimous(text: str) -> list[Quantity]:
    return [
        Quantity(m.start(), m.end(), m.group(), 1.0, unit="score", dimension="score", low=1.0, high=1.0, second=0.0, qualifier="unanimous")
        for m in _UNANIMOUS.finditer(text)
    ]


_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|through|or)\s*$", re.IGNORECASE)


def _merge_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    k = 0
    while k < len(qs):
        a = qs[k]
        if k + 1 < len(qs):
            b = qs[k + 1]
            between = text[a.end : b.start]
            joiner = between.strip().lower()
            before = text[max(0, a.start - 12) : a.start].lower()
            ok = bool(_RANGE_JOIN.match(between)) and a.dimension not in ("score", "ordinal", "label") and b.dimension not in ("score", "ordinal", "label")
            if ok and joiner == "and":
                ok = before.rstrip().endswith("between")
            if ok and joiner == "or":
                ok = a.unit == "" and a.scale == 1 and (b.unit != "" or b.scale != 1)  # "two or three million"
            if ok and joiner in ("-", "–", "—") and (between.strip() != between and a.unit == ""):
                ok = b.unit != "" or b.scale != 1
            if ok and a.unit and b.unit and a.unit != b.unit:
                ok = False
            if ok and a.bound != "exact" and a.bound != "approx":
                ok = False
            if ok and joiner in ("to", "through") and not _lead(text, a):
                # "fell 34 cents to $43.67" is a change and a level, not a range
                lo_hi = sorted((abs(a.value) * (b.scale if a.scale == 1 and not a.spelled else 1), abs(b.value)))
                ok = not a.direction and (lo_hi[0] == 0 or lo_hi[1] / lo_hi[0] <= 20)
            if ok:
                out.append(_range(text, a, b))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


#: "from" or "between" before a range's first figure, with at most two words between ("from April's €38")
_LEAD = re.compile(r"\b(between|from)((?:\s+[\w'’]+){0,2})\s*$", re.IGNORECASE)


def _lead(text: str, a: Quantity) -> re.Match[str] | None:
    """The "from" / "between" that opens the range starting at figure ``a`` (offsets in ``text``)."""
    lo = max(0, a.start - 30)
    m = _LEAD.search(text, lo, a.start)
    return m if m is not None and not any(ch.isdigit() for ch in m.group(2)) else None


_SPREAD = re.compile(r"\b(?:rang|vary|varie|varied|spann|stretch|anywhere)\w*\s*$", re.IGNORECASE)


def _range(text: str, a: Quantity, b: Quantity) -> Quantity:
    lo_v = a.value
    if a.scale == 1 and b.scale != 1 and not a.spelled:
        lo_v = a.value * b.scale  # "$3-5 billion"
    elif a.spelled and a.scale == 1 and b.scale != 1:
        lo_v = a.value * b.scale
    unit = a.unit or b.unit
    dimension = a.dimension if a.unit else b.dimension
    factor = a.factor if a.unit else b.factor
    start = a.start
    m = _lead(text, a)
    if m:
        start = m.start(1)
    lo, hi = sorted((lo_v, b.value))
    moves = 0  # "from $20 to $15" goes down; "ranged from $10 to $15" goes nowhere
    if m and m.group(1).lower() == "from" and not _SPREAD.search(text[max(0, start - 20) : start]):
        moves = 1 if b.value > lo_v else -1 if b.value < lo_v else 0
    return Quantity(
        start, b.end, text[start : b.end], (lo + hi) / 2, unit=unit, dimension=dimension, low=lo, high=hi,
        bound="range", qualifier="", scale=b.scale, moves=moves, direction=a.direction or b.direction,
        direction_word=a.direction_word or b.direction_word, direction_at=max(a.direction_at, b.direction_at), spelled=a.spelled and b.spelled, head=b.head, factor=factor,
    )  # fmt: skip


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def _stem(w: str) -> str:
    w = w.lower().strip("'")
    for suf in ("ies", "es", "s"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + ("y" if suf == "ies" else "")
    return w


_CLAUSE_CUT = re.compile(
    r"[.;:!?](?:\s|$)|,|\b(?:and|but|while|whereas|versus|vs\.?|compared (?:with|to)|against|than)\b", re.IGNORECASE
)


def _with_context(text: str, qs: list[Quantity], k: int) -> Quantity:
    """Content words around the figure, bounded by neighbouring figures and clause punctuation."""
    q = qs[k]
    lo = qs[k - 1].end if k > 0 else 0
    hi = qs[k + 1].start if k + 1 < len(qs) else len(text)
    left = text[max(lo, q.start - 80) : q.start]
    right = text[q.end : min(hi, q.end + 80)]
    left = _CLAUSE_CUT.split(left)[-1]
    right = _CLAUSE_CUT.split(right)[0]
    lw = [_stem(w) for w in _WORD.findall(left)][-6:]
    rw = [_stem(w) for w in _WORD.findall(right)][:6]
    ctx = tuple(w for w in lw + rw if w not in _STOP and w not in UP_WORDS and w not in DOWN_WORDS)
    return _replace(q, context=ctx)


def _replace(q: Quantity, **kw: object) -> Quantity:
    from dataclasses import replace

    return replace(q, **kw)  # type: ignore[arg-type]


# -- comparison -----------------------------------------------------------------------------------

_COMPAT_CURRENCY = {("GBP?", "GBP"), ("GBP", "GBP?")}


def same_kind(a: Quantity, b: Quantity) -> bool:
    """Two figures measure the same kind of thing (so their values can be compared)."""
    if a.dimension != b.dimension:
        pair = {a.dimension, b.dimension}
        return pair in ({"percent", "points"},)
    if a.dimension == "label":
        return a.unit == b.unit
    return True


def same_unit(a: Quantity, b: Quantity) -> bool:
    if a.dimension == "money":
        return a.unit == b.unit or (a.unit, b.unit) in _COMPAT_CURRENCY
    if a.dimension in ("percent", "points") or b.dimension in ("percent", "points"):
        return a.unit == b.unit
    return True  # other dimensions are compared in base units


def equal_value(a: Quantity, b: Quantity, tol: float = 1e-6) -> bool:
    if a.dimension == "score" or b.dimension == "score":
        return _score_equal(a, b)
    if a.bound == "range" or b.bound == "range":
        return close(a.base_low, b.base_low, tol) and close(a.base_high, b.base_high, tol)
    if a.bound == "vague" or b.bound == "vague":
        return close(a.base_low, b.base_low, tol) and a.bound == b.bound
    t = tol if a.factor == b.factor else 0.03  # unit conversion rounds
    return close(a.base, b.base, t)


def rounds_to(precise: Quantity, rounded: Quantity) -> bool:
    """``rounded`` states ``precise`` at a coarser precision ("1.2 million" for 1,234,567)."""
    if precise.bound == "range" or rounded.bound == "range" or rounded.value == 0:
        return False
    text_digits = re.sub(r"[^\d.]", "", rounded.text.split()[0] if rounded.text else "")
    decimals = len(text_digits.split(".")[1]) if "." in text_digits else 0
    step = (10**-decimals) * (rounded.scale if not rounded.spelled else 1.0)
    if rounded.spelled:
        step = max(1.0, 10 ** math.floor(math.log10(abs(rounded.value))) / 10)
    if step <= 0:
        return False
    diff = abs(precise.base - rounded.base)
    # strictly inside half a step, and close in relative terms ("$1bn" does not stand for $1.5bn)
    return 0 < diff < 0.5 * step * rounded.factor and diff <= 0.05 * abs(precise.base)


def within_bounds(exact: Quantity, loose: Quantity) -> bool:
    """``exact``'s value lies inside the bounds ``loose`` commits to ("about 80,000" ∋ 79,500)."""
    if loose.bound in ("exact",):
        return False
    lo, hi = loose.base_low, loose.base_high
    v = exact.base
    if loose.moves:  # "from 41.7% to 30.2%" states two levels, not every value between them
        return close(v, lo) or close(v, hi)
    # an open bound ("more than 300") covers figures near it, not every larger one; "more than half"
    # and "less than half" say which side of half, and cover that whole side
    if loose.dimension == "percent" and loose.spelled and loose.value == 50:
        pass
    elif loose.bound in ("lower", "lower_x"):
        hi = lo * 1.25
    elif loose.bound in ("upper", "upper_x"):
        lo = hi * 0.8
    if loose.bound == "lower_x":
        return lo < v <= hi
    if loose.bound == "upper_x":
        return lo <= v < hi
    return lo - 1e-9 <= v <= hi + 1e-9


def close(x: float, y: float, tol: float = 1e-6) -> bool:
    if x == y:
        return True
    if math.isinf(x) or math.isinf(y):
        return False
    return abs(x - y) <= tol * max(abs(x), abs(y), 1e-12)


def _score_equal(a: Quantity, b: Quantity) -> bool:
    if a.dimension != b.dimension:
        return False
    if a.qualifier == "unanimous" or b.qualifier == "unanimous":
        other = b if a.qualifier == "unanimous" else a
        return other.qualifier == "unanimous" or other.second == 0
    return sorted((a.value, a.second or 0)) == sorted((b.value, b.second or 0))


def ratio(a: Quantity, b: Quantity) -> float:
    """How many times larger the bigger value is (≥ 1; ∞ when one is zero)."""
    x, y = abs(a.base), abs(b.base)
    if a.dimension == "score" or b.dimension == "score":
        return 1.0
    if x == 0 or y == 0:
        return INF if x != y else 1.0
    return max(x, y) / min(x, y)
