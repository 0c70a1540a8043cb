"""`Finding`: one typed, located, explained departure of the copy from its source."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from .document import Span
from .errors import OptionError

FINDING_TYPES = ("number", "date", "entity", "polarity", "quote", "attribution", "meaning", "omission", "addition")


class Severity(IntEnum):
    """Ordered: ``Severity.MAJOR > Severity.MINOR``."""

    INFO = 0
    MINOR = 1
    MAJOR = 2
    CRITICAL = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).upper()]
        except KeyError as e:
            raise OptionError(f"unknown severity {value!r}; use one of info, minor, major, critical") from e


@dataclass(frozen=True, slots=True)
class Finding:
    """A difference in facts between source and copy.

    ``source`` / ``copy`` are the smallest spans that show the change (``None`` where one side has
    nothing: an addition has no source span, an omission no copy span).
    """

    type: str
    severity: Severity
    message: str
    confidence: float
    source: Span | None
    copy: Span | None

    def __post_init__(self) -> None:
        if self.type not in FINDING_TYPES:
            raise ValueError(f"unknown finding type {self.type!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is outside [0, 1]")

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "severity": str(self.severity),
            "message": self.message,
            "confidence": round(float(self.confidence), 3),
            "source": self.source.to_dict() if self.source else None,
            "copy": self.copy.to_dict() if self.copy else None,
        }

    @property
    def sort_key(self) -> tuple[int, int, int]:
        pos = self.copy.start if self.copy else (self.source.start if self.source else 0)
        return (0 if self.copy else 1, pos, -int(self.severity))
