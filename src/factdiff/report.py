"""`Report`: the result of one audit, and its JSON form (schema ``factdiff.report/1``)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .align import Alignment
from .derivation import Derivation
from .document import Document
from .findings import Finding, Severity

SCHEMA = "factdiff.report/1"


@dataclass
class Report:
    source: Document
    copy: Document
    alignment: Alignment
    derivation: Derivation
    findings: list[Finding]
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Exactly the documented JSON document (see README, "JSON report")."""
        return {
            "schema": SCHEMA,
            "source": {"sentences": [s.to_dict() for s in self.source.sentences]},
            "copy": {"sentences": [s.to_dict() for s in self.copy.sentences]},
            "alignment": self.alignment.to_list(),
            "derivation": self.derivation.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def at_least(self, severity: str | Severity) -> list[Finding]:
        floor = Severity.parse(severity)
        return [f for f in self.findings if f.severity >= floor]

    def counts(self) -> dict[str, dict[str, int]]:
        """Finding counts by type and by severity."""
        return {
            "type": dict(Counter(f.type for f in self.findings)),
            "severity": dict(Counter(str(f.severity) for f in self.findings)),
        }

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)
