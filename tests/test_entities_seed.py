"""The founding seed pair and the shipped demo pair, through the entity, quote and attribution detectors."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import pytest

import factdiff
from factdiff import Severity
from factdiff.quotes import quotes

SHARED = Path(os.environ.get("FACTDIFF_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
DETECTORS = ["entity", "quote", "attribution"]


@pytest.fixture(scope="module")
def seed() -> factdiff.Report:
    files = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
    if len(files) < 2:
        pytest.skip(f"seed pair not found under {SHARED}")
    return factdiff.compare(files[0].read_text(encoding="utf-8"), files[1].read_text(encoding="utf-8"), detectors=DETECTORS)


@pytest.fixture(scope="module")
def demo() -> factdiff.Report:
    data = resources.files("factdiff") / "data"
    return factdiff.compare((data / "demo_source.txt").read_text(encoding="utf-8"), (data / "demo_copy.txt").read_text(encoding="utf-8"), detectors=DETECTORS)


def _at(report: factdiff.Report, text: str, ftype: str | None = None) -> list[factdiff.Finding]:
    return [f for f in report.findings if f.copy is not None and f.copy.text == text and (ftype is None or f.type == ftype)]


@pytest.mark.parametrize("name", ["Hegses", "Voldymir", "nat"])
def test_seed_corrupted_names_flagged(seed: factdiff.Report, name: str) -> None:
    found = _at(seed, name, "entity")
    assert found and max(f.severity for f in found) >= Severity.MINOR
    assert "misspelt" in found[0].message or "swapped" in found[0].message


def test_seed_role_change(seed: factdiff.Report) -> None:
    found = _at(seed, "bystanders", "entity")
    assert found and found[0].source is not None and found[0].source.text == "reporters"
    assert found[0].severity >= Severity.MINOR


def test_seed_owner_change_is_major(seed: factdiff.Report) -> None:
    found = [f for f in seed.findings if f.copy is not None and f.copy.text == "US" and f.severity >= Severity.MAJOR]
    assert found, "'US rare earth minerals' (was: his country's) not flagged major"
    assert "minerals" in found[0].message


def test_seed_rewritten_quotes_all_flagged(seed: factdiff.Report) -> None:
    from factdiff.quotes import norm

    flagged = {(f.copy.start, f.copy.end) for f in seed.findings if f.type == "quote" and f.copy is not None}
    src_quotes = {norm(q.text) for q in quotes(seed.source)}
    rewritten = [q for q in quotes(seed.copy) if norm(q.text) not in src_quotes]
    assert len(rewritten) >= 6
    for q in rewritten:
        assert (q.span.start, q.span.end) in flagged, f"rewritten quote not flagged: {q.text!r}"
    verbatim = [q for q in quotes(seed.copy) if norm(q.text) in src_quotes]
    for q in verbatim:
        assert (q.span.start, q.span.end) not in flagged


@pytest.mark.parametrize("name", ["Scott Bessent", "Scott", "Bessent", "Marco Rubio", "Marco", "Rubio", "Munich Security Conference", "Munich"])
def test_seed_correct_names_not_flagged(seed: factdiff.Report, name: str) -> None:
    for f in seed.findings:
        if f.copy is not None and f.type in {"entity", "attribution"}:
            assert name not in f.copy.text and f.copy.text not in name.split(), f"{name!r} flagged: {f.message}"


def test_seed_zelensky_variant_at_most_info(seed: factdiff.Report) -> None:
    for f in seed.findings:
        if f.copy is not None and f.copy.text in {"Zelensky", "Zelenskyy"}:
            assert f.severity == Severity.INFO, f.message


def test_demo_pair(demo: factdiff.Report) -> None:
    okafur = _at(demo, "Okafur", "entity")
    assert okafur and okafur[0].severity == Severity.MINOR and "misspelt" in okafur[0].message
    rios = _at(demo, "Rios", "entity")
    assert rios and rios[0].severity == Severity.MAJOR and "swapped" in rios[0].message
    attr = [f for f in demo.findings if f.type == "attribution"]
    assert attr and attr[0].copy is not None and attr[0].copy.text == "Ruiz" and "Okafor" in attr[0].message
    reworded = [f for f in demo.findings if f.type == "quote"]
    assert reworded and reworded[0].severity == Severity.MAJOR and "18%" in reworded[0].message
    role = _at(demo, "chief executive", "entity")
    assert role and role[0].source is not None and role[0].source.text == "chief financial officer"
