"""Screening reads an in-memory snapshot of the index: it must follow every committed change, the
reader's own and other connections' (processes')."""

from __future__ import annotations

from pathlib import Path

from corpus_helpers import article
from factdiff.corpus import Index


def top(index: Index, text: str) -> str | None:
    cands = index.query(text, k=3)
    return cands[0].id if cands else None


def test_snapshot_follows_own_and_other_writers(tmp_path: Path) -> None:
    path = tmp_path / "ix.db"
    with Index(path) as reader, Index(path) as writer:
        reader.add([(f"a{i}", article(i)) for i in range(4)])
        assert top(reader, article(2)) == "a2"
        assert top(reader, article(7)) != "a7"  # snapshot loaded without a7
        writer.add([("a7", article(7))])  # another connection commits
        assert top(reader, article(7)) == "a7"
        writer.remove("a7")
        assert top(reader, article(7)) != "a7"
        reader.remove("a2")  # the reader's own write
        assert top(reader, article(2)) != "a2"
        reader.add([("b2", article(2))])
        assert top(reader, article(2)) == "b2"
        writer.add([("b2", article(9))])  # updated by another connection: the old text no longer finds it first
        assert top(reader, article(9)) == "b2" and top(reader, article(2)) != "b2"


def test_empty_index_screens_to_nothing(tmp_path: Path) -> None:
    with Index(tmp_path / "ix.db") as index:
        assert index.query(article(1)) == []
        index.add([("a1", article(1))])
        assert top(index, article(1)) == "a1"
