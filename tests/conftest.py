from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SHARED = Path(os.environ.get("FACTDIFF_SHARED", ROOT.parent / "shared"))
SEED_SOURCE = SHARED / "seeds" / "000_f0695da87cd30784.txt"
SEED_COPY = SHARED / "seeds" / "001_91a022b9f411baa8.txt"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def demo_pair() -> tuple[str, str]:
    from factdiff.cli.demo import demo_texts

    return demo_texts()


@pytest.fixture(scope="session")
def seed_pair() -> tuple[str, str]:
    if not SEED_SOURCE.exists():
        pytest.skip(f"seed pair not found under {SHARED} (set FACTDIFF_SHARED)")
    return read(SEED_SOURCE), read(SEED_COPY)


@pytest.fixture(scope="session")
def seed_report(seed_pair):
    import factdiff

    return factdiff.compare(*seed_pair)


@pytest.fixture(scope="session")
def demo_report(demo_pair):
    import factdiff

    return factdiff.compare(*demo_pair)


def assert_spans_valid(report) -> None:
    """The offset rule: every span is a slice of its input text."""
    for s in report.source.sentences:
        assert report.source.text[s.start : s.end] == s.text
    for s in report.copy.sentences:
        assert report.copy.text[s.start : s.end] == s.text
    for f in report.findings:
        if f.source is not None:
            assert report.source.text[f.source.start : f.source.end] == f.source.text, f
        if f.copy is not None:
            assert report.copy.text[f.copy.start : f.copy.end] == f.copy.text, f
        assert f.source is not None or f.copy is not None
