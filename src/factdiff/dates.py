"""Dates, weekdays, times and periods in news text, with character spans and normalised fields.

``extract_dates(text, locale="us")`` finds every date-like expression: "Feb. 12", "February 12,
2025", "12 February 2026", "Sept. 3", "2/12/2026" (read month-first with ``locale="us"``,
day-first with ``locale="eu"``), ISO "2026-02-12", "February 2022", "in 2022", weekdays, clock
times ("3:30 p.m."), quarters and halves ("Q3", "third quarter of 2025", "H1"), fiscal years
("fiscal 2025", "FY25") and relative periods ("last week", "yesterday", "two days ago").

Each result is a :class:`DateMention`: a frozen record whose fields that the text does not state
stay ``None``, so "Feb. 12" and "February 12, 2025" are *compatible* (no field disagrees) while
"Feb. 12" and "Feb. 14" are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
MONTH_NAMES_LOWER = {m.lower() for m in MONTH_NAMES if m}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORD_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "a": 1, "an": 1, "several": 0, "few": 0}  # fmt: skip

_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:1[89]|20)\d\d)"


def _m(g: str) -> str:
    return _MONTH.format(g=g)


def _d(g: str) -> str:
    return _DAY.format(g=g)


def _y(g: str) -> str:
    return _YEAR.format(g=g)


_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Tuesday, Feb. 12, 2026 / Feb. 12, 2026 / February 12 / Feb 12th
    ("mdy", re.compile(
        rf"(?i)(?=[adfjmnostw])\b(?:{_WEEKDAY},?\s+)?{_m('m')}\s+{_d('d')}(?![\d:])(?:,?\s+{_y('y')}\b)?(?!\s*(?:%|percent|per cent))"
    )),
    # Tuesday 12 February 2026 / 12 Feb / the 12th of February
    ("dmy", re.compile(
        rf"(?i)(?=[fmstw0-9])\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_d('d')}\s+(?:of\s+)?{_m('m')}(?:,?\s+{_y('y')}\b)?"
    )),
    ("iso", re.compile(r"\b(?P<y>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("numeric", re.compile(r"(?=\d)(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:1[89]|20)?\d\d)(?![\d/])")),
    # February 2022 / mid-February / early March
    ("my", re.compile(rf"(?i)(?=[abdefjlmnos])\b(?:(?P<q>early|mid|late|end of|beginning of)[\s-]+)?{_m('m')}(?:,?\s+(?:of\s+)?{_y('y')})?\b(?!\.?\s*\d)")),
    # Q3 2025 / Q3'25 / 3Q25 / third quarter (of 2025) / H1 / first half of 2024
    ("quarter", re.compile(
        r"\b(?:(?:the\s+)?(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<qh>quarter|half)"
        r"(?:\s+(?:of\s+)?(?:(?:fiscal|FY)\s*)?(?P<y1>(?:19|20)\d\d))?"
        r"|Q(?P<qn>[1-4])(?:\s*(?:FY)?\s*'?(?P<y2>(?:19|20)?\d\d)\b)?"
        r"|(?P<qn2>[1-4])Q(?P<y3>\d\d)?"
        r"|H(?P<hn>[12])(?:\s*'?(?P<y4>(?:19|20)?\d\d)\b)?)\b"
    )),
    ("fiscal", re.compile(r"\b(?:fiscal(?:\s+year)?\s+|FY\s?'?)(?P<y>(?:19|20)?\d\d)\b", re.IGNORECASE)),
    ("decade", re.compile(r"(?=[t\d])\b(?:the\s+)?(?P<y>(?:1[89]|20)\d0)s\b")),
    ("time", re.compile(
        r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*(?P<ap>a\.\s?m\.|p\.\s?m\.|am\b|pm\b|AM\b|PM\b)"
        r"|\b(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)\b(?!:?\d)(?!\s*(?:%|percent))"
        r"|\b(?P<nm>noon|midnight)\b"
        r"|\b(?P<h3>[01]\d|2[0-3])(?P<min3>[0-5]\d)\s*(?=GMT|UTC|BST|CET|EST|EDT|ET\b|PT\b|hrs\b|hours\b)"
    )),
    ("relative", re.compile(
        r"(?=[acflnopstyw0-9])\b(?:(?P<rel>last|next|this|past|coming|previous)\s+(?P<unit>week(?:end)?|month|year|decade|century|"
        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|fall|winter|quarter)"
        r"|(?P<word>yesterday|today|tomorrow|tonight)"
        r"|(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few)\s+"
        r"(?P<unit2>days?|weeks?|months?|years?|decades?)\s+(?P<dir>ago|earlier|later|from now|(?:before|after)(?=\s*[.,;:)]|\s*$)))\b",
        re.IGNORECASE,
    )),
    ("weekday", re.compile(rf"(?i)(?=[bflmnostuw])\b(?:(?P<rel>last|next|this|on|by|until|since)\s+)?{_WEEKDAY}\b")),
    # bare years: "in 2022", "2025's", "since 1991" — any 4-digit 1800-2099 not part of a larger number
    ("year", re.compile(r"(?<![\d,.$€£¥#/-])(?P<y>(?:1[89]|20)\d\d)(?!\d|,\d|%|\.\d)(?!\s*(?:%|percent|per cent|\w*\s*(?:people|votes|troops|jobs|km|miles)\b))")),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date-like expression. Unknown fields are ``None``."""

    start: int
    end: int
    text: str
    kind: str  # date | month | year | weekday | time | quarter | half | fiscal | decade | relative
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    quarter: int | None = None  # 1-4 for quarters, 1-2 for halves (kind "half")
    decade: int | None = None
    relative: str | None = None  # normalised relative phrase: "last week", "-2 day", "yesterday"
    part: str | None = None  # early | mid | late

    def fields(self) -> dict[str, Any]:
        names = ("year", "month", "day", "weekday", "hour", "minute", "quarter", "decade", "relative", "part")
        out = {k: getattr(self, k) for k in names if getattr(self, k) is not None}
        if self.kind in ("quarter", "half", "fiscal"):
            out["period"] = self.kind
        return out

    @property
    def normalised(self) -> str:
        """A readable normal form: "2025-02-12", "February 12", "Q3 2025", "Tuesday", "15:30"."""
        bits: list[str] = []
        if self.relative:
            return self.relative
        if self.kind in ("quarter", "half"):
            bits.append(("Q" if self.kind == "quarter" else "H") + str(self.quarter))
            if self.year:
                bits.append(str(self.year))
            return " ".join(bits)
        if self.kind == "fiscal":
            return f"fiscal {self.year}"
        if self.kind == "decade":
            return f"{self.decade}s"
        if self.weekday is not None:
            bits.append(WEEKDAY_NAMES[self.weekday])
        if self.month and self.day and self.year:
            bits.append(f"{self.year:04d}-{self.month:02d}-{self.day:02d}")
        else:
            if self.part:
                bits.append(self.part)
            if self.month:
                bits.append(MONTH_NAMES[self.month] + (f" {self.day}" if self.day else ""))
            if self.year:
                bits.append(str(self.year))
        if self.hour is not None:
            bits.append(f"{self.hour:02d}:{self.minute or 0:02d}")
        return " ".join(bits) if bits else self.text

    def compatible(self, other: DateMention) -> bool:
        """No stated field disagrees, and the two share at least one field."""
        a, b = self.fields(), other.fields()
        shared = set(a) & set(b)
        if not shared:
            return False
        return all(a[k] == b[k] for k in shared)

    def comparable(self, other: DateMention) -> bool:
        """Both state something on the same axis, so a difference is a change of fact."""
        a, b = self.fields(), other.fields()
        if "relative" in a or "relative" in b:
            return "relative" in a and "relative" in b
        if self.kind in ("quarter", "half", "fiscal") or other.kind in ("quarter", "half", "fiscal"):
            return self.kind == other.kind
        core = {"year", "month", "day", "weekday", "hour", "decade"}
        return bool(set(a) & set(b) & core)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def extract_dates(text: str, locale: str = "us") -> list[DateMention]:
    """All date-like expressions in ``text``, earliest first, non-overlapping (longest wins)."""
    if locale not in ("us", "eu"):
        from .errors import OptionError

        raise OptionError(f"unknown locale {locale!r}; use 'us' or 'eu'")
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if e <= s or not free(s, e):
                continue
            mention = _build(kind, m, text, locale)
            if mention is None:
                continue
            found.append(mention)
            taken.append((mention.start, mention.end))
    found.sort(key=lambda d: d.start)
    return found


def _build(kind: str, m: re.Match[str], text: str, locale: str) -> DateMention | None:
    s, e = m.span()
    g = m.groupdict()
    wd = WEEKDAYS[g["wd"].lower()] if g.get("wd") else None
    if g.get("m") and not g["m"][0].isupper() and kind in ("mdy", "dmy", "my"):
        # lower-case text (tokenised corpora): only full, unambiguous month names
        if g["m"].lower().rstrip(".") not in MONTH_NAMES_LOWER or g["m"].lower() in ("may", "march"):
            if not (g.get("y") and g.get("d")):
                return None
    if kind in ("mdy", "dmy"):
        day = int(g["d"])
        if not 1 <= day <= 31:
            return None
        month = _month(g["m"])
        return DateMention(s, e, text[s:e], "date", year=_year(g.get("y")), month=month, day=day, weekday=wd)
    if kind == "iso":
        return DateMention(s, e, text[s:e], "date", year=int(g["y"]), month=int(g["m"]), day=int(g["d"]))
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        if g["sep"] == "." and locale == "us" and len(g["y"]) == 2:
            return None  # "1.5.20" is more likely a version than a date in US text
        month, day = (a, b) if locale == "us" else (b, a)
        if month > 12 and day <= 12:
            month, day = day, month
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return DateMention(s, e, text[s:e], "date", year=_year(g["y"]), month=month, day=day)
    if kind == "my":
        month_text = g["m"]
        if month_text in ("May", "March") and not g.get("y") and not g.get("q") and not _month_context(text, s):
            return None
        if month_text.rstrip(".") in ("Mar", "Jun", "Jul", "Sep", "Dec", "Jan", "Oct", "Nov", "Apr", "Aug") and not g.get("y"):
            return None  # a bare abbreviation is too ambiguous ("Dec" a name, "Mar" a verb)
        part = (g.get("q") or "").replace("end of", "late").replace("beginning of", "early") or None
        return DateMention(s, e, text[s:e], "month", year=_year(g.get("y")), month=_month(month_text), part=part)
    if kind == "quarter":
        if g.get("qw"):
            q = _ORD_WORDS[g["qw"].lower()]
            k = "quarter" if g["qh"].lower() == "quarter" else "half"
            if k == "half" and q > 2:
                return None
            return DateMention(s, e, text[s:e], k, year=_year(g.get("y1")), quarter=q)
        if g.get("qn"):
            return DateMention(s, e, text[s:e], "quarter", year=_year(g.get("y2")), quarter=int(g["qn"]))
        if g.get("qn2"):
            return DateMention(s, e, text[s:e], "quarter", year=_year(g.get("y3")), quarter=int(g["qn2"]))
        if g.get("hn"):
            return DateMention(s, e, text[s:e], "half", year=_year(g.get("y4")), quarter=int(g["hn"]))
        return None
    if kind == "fiscal":
        return DateMention(s, e, text[s:e], "fiscal", year=_year(g["y"]))
    if kind == "decade":
        return DateMention(s, e, text[s:e], "decade", decade=int(g["y"]))
    if kind == "time":
        if g.get("nm"):
            h = 12 if g["nm"].lower() == "noon" else 0
            return DateMention(s, e, text[s:e], "time", hour=h, minute=0)
        if g.get("h3") is not None:
            e = m.start("min3") + 2
            return DateMention(s, e, text[s:e], "time", hour=int(g["h3"]), minute=int(g["min3"]))
        if g.get("h2") is not None:
            if re.match(r"\s*(?:-|to)\s*\d", text[e : e + 6]) or re.search(r"(?:score|won|lost|beat|ratio|vote)\s*$", text[max(0, s - 12) : s]):
                return None
            return DateMention(s, e, text[s:e], "time", hour=int(g["h2"]), minute=int(g["min2"]))
        h = int(g["h"])
        if h > 12 or h == 0:
            return None
        pm = g["ap"].lower().startswith("p")
        hour = (h % 12) + (12 if pm else 0)
        return DateMention(s, e, text[s:e], "time", hour=hour, minute=int(g["min"] or 0))
    if kind == "relative":
        if g.get("word"):
            return DateMention(s, e, text[s:e], "relative", relative=g["word"].lower())
        if g.get("rel"):
            rel = g["rel"].lower().replace("past", "last").replace("previous", "last").replace("coming", "next")
            return DateMention(s, e, text[s:e], "relative", relative=f"{rel} {g['unit'].lower()}")
        n_text = g["n"].lower()
        n = int(n_text) if n_text.isdigit() else _NUM_WORDS.get(n_text, 0)
        sign = "-" if g["dir"].lower() in ("ago", "earlier", "before") else "+"  # "four years before."
        unit = g["unit2"].lower().rstrip("s")
        if n == 1 and unit in ("day", "week", "month", "year"):  # "a year earlier" is "last year"
            one = {"-": "yesterday", "+": "tomorrow"}[sign] if unit == "day" else f"{'last' if sign == '-' else 'next'} {unit}"
            return DateMention(s, e, text[s:e], "relative", relative=one)
        if unit == "decade" and n:  # "a decade ago" is "10 years ago"
            n, unit = 10 * n, "year"
        return DateMention(s, e, text[s:e], "relative", relative=f"{sign}{n or 'some'} {unit}")
    if kind == "weekday":
        rel = (g.get("rel") or "").lower()
        relative = f"{rel} {g['wd'].lower()}" if rel in ("last", "next", "this") else None
        if relative is None:
            s = m.start("wd")
        return DateMention(s, e, text[s:e], "weekday", weekday=wd, relative=relative)
    if kind == "year":
        return DateMention(s, e, text[s:e], "year", year=int(g["y"]))
    return None  # pragma: no cover


def _month_context(text: str, start: int) -> bool:
    """A capitalised "May"/"March" reads as a month after in/on/since/by/until/of/last/next/early/mid/late/
    between, or before "and"/"to" and another month ("March and August")."""
    before = text[max(0, start - 12) : start].lower()
    if re.search(r"\b(?:in|on|since|by|until|till|of|from|through|last|next|this|early|mid|late|during|before|after|between)\s*-?$", before):
        return True
    # "between March and August", "March to August": another month beside it makes it one
    after = text[start : start + 24]
    return bool(re.match(r"(?i)(?:may|march)\s+(?:and|to|through|until|-)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b", after))
