"""The founding seed pair: the half-trillion → $50 trillion change is caught; same-fact forms are not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import factdiff
from factdiff import Severity

SHARED = Path(os.environ.get("FACTDIFF_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="module")
def report() -> factdiff.Report:
    if not SEEDS.is_dir():
        pytest.skip(f"no seeds under {SEEDS}")
    files = sorted(SEEDS.glob("*.txt"))
    if len(files) < 2:
        pytest.skip("seed pair incomplete")
    src = files[0].read_text(encoding="utf-8")
    cop = files[1].read_text(encoding="utf-8")
    return factdiff.compare(src, cop, detectors=["number", "date"])


def test_trillion_change_is_a_number_finding(report: factdiff.Report) -> None:
    hits = [
        f for f in report.findings
        if f.type == "number" and f.copy is not None and "50 trillion" in f.copy.text
    ]  # fmt: skip
    assert hits, [f.message for f in report.findings]
    f = hits[0]
    assert f.severity >= Severity.MAJOR
    assert f.source is not None and "half-trillion" in f.source.text
    assert "100×" in f.message


def test_same_facts_in_other_forms_are_quiet(report: factdiff.Report) -> None:
    loud = [f for f in report.findings if f.severity > Severity.INFO]
    for f in loud:
        for span in (f.source, f.copy):
            if span is not None:
                assert "Feb" not in span.text and "Article" not in span.text, f.message
    assert all(f.type == "number" for f in loud), [f.message for f in loud]
