"""The JSON report (schema ``factdiff.report/1``)."""

from __future__ import annotations

from typing import Any


def render(report: Any, *, indent: int | None = 2, **_: Any) -> str:
    return report.to_json(indent=indent) + "\n"
