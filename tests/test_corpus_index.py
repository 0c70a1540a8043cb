"""Corpus mode: the signature, the index file (add/remove/idempotence/query) and scanning."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factdiff
from corpus_helpers import article
from factdiff.corpus import Index, Match
from factdiff.corpus.signature import SignatureConfig, features, names, numbers, signature, signatures
from factdiff.corpus.store import IndexFileError
from factdiff.errors import OptionError

SHARED = Path(os.environ.get("FACTDIFF_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


# -- signature -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost 12,000 dollars", {"#12000"}),
        ("It cost 12000 dollars", {"#12000"}),
        ("It cost 12 thousand dollars", {"#12", "#12000"}),
        ("a $3.5bn deal", {"#3.5", "#3500000000"}),
        ("a $3.50 fee", {"#3.5"}),
        ("rose 7 percent", set()),  # one digit: too common to tell articles apart
        ("on 14.02.2025", {"#14.02.2025"}),
        ("score 3,5 points", {"#3.5"}),
        ("in 2025 and 2026", {"#2025", "#2026"}),
    ],
)
def test_numbers_are_normalised(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday Helen Brandt met Tomas Reyes.", {"helen", "brandt", "tomas", "reyes"}),
        ("The mayor spoke. Critics disagreed.", set()),  # sentence-initial words are not names
        ('Officials met. "Tomorrow we leave," he said in Paris.', {"paris"}),  # a quoted sentence start is skipped
        ("the council of Millbrook", {"millbrook"}),
    ],
)
def test_names_skip_sentence_starts(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_lowercased_copy_keeps_most_features() -> None:
    text = article(1)
    original, lowered = features(text), features(text.lower())
    assert len(original & lowered) / len(original) > 0.9


def test_signature_is_deterministic_and_shaped() -> None:
    cfg = SignatureConfig()
    a, b = signature(article(3)), signatures([article(4), article(3)])[1]
    assert np.array_equal(a.features, b.features) and np.array_equal(a.bands, b.bands)
    assert a.bands.shape == (cfg.bands,) and a.bands.dtype == np.int64 and (a.bands >= 0).all()
    assert np.all(np.diff(a.features.astype(np.float64)) > 0)  # sorted, unique
    assert signature("and the of").bands.size == 0  # no features: never a candidate


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_signature_of_any_text_is_well_formed(text: str) -> None:
    sig = signature(text)
    assert sig.bands.size in (0, SignatureConfig().bands)
    assert (sig.bands.size == 0) == (sig.features.size == 0)


# -- the index file ------------------------------------------------------------------------------


@pytest.fixture
def index(tmp_path: Path) -> Index:
    ix = Index(tmp_path / "ix.db")
    yield ix
    ix.close()


def test_add_is_idempotent_and_updates(index: Index) -> None:
    docs = [{"id": f"a{i}", "text": article(i), "url": f"https://example.org/{i}"} for i in range(20)]
    first = index.add(docs, batch_size=7)
    assert (first.added, first.updated, first.unchanged) == (20, 0, 0)
    again = index.add(docs)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 20)
    assert len(index) == 20 and index.get("a3").url == "https://example.org/3"
    changed = index.add([{"id": "a3", "text": article(103)}])
    assert (changed.added, changed.updated) == (0, 1)
    assert index.get("a3").text == article(103) and len(index) == 20
    # the old signature is gone: the old text no longer finds a3 first, the new one does
    assert index.query(article(103), k=1)[0].id == "a3"
    assert all(c.id != "a3" for c in index.query(article(3), k=3))
    stats = index.stats()
    assert stats["documents"] == 20 and stats["bucket_entries"] <= 20 * SignatureConfig().bands


def test_remove(index: Index) -> None:
    index.add([(f"d{i}", article(i)) for i in range(5)])
    assert index.remove("d2") == 1 and index.remove("d2") == 0
    assert index.get("d2") is None and "d2" not in index and "d1" in index and len(index) == 4
    assert all(c.id != "d2" for c in index.query(article(2)))
    assert index.remove(["d0", "d1", "zz"]) == 2


def test_query_ranks_the_original_first_for_a_spun_copy(index: Index) -> None:
    index.add([(f"d{i}", article(i)) for i in range(50)])
    text = article(17)
    spun = re.sub(r"\b(said|told|approved|residents)\b", lambda m: {"said": "stated", "told": "informed", "approved": "backed", "residents": "locals"}[m.group()], text)
    spun = "\n".join(spun.splitlines()[:-3]).lower()  # last sentences dropped, case lost
    top = index.query(spun, k=3)
    assert top and top[0].id == "d17" and top[0].score > 0.6
    assert all(0.0 <= c.jaccard <= c.score <= 1.0 for c in top)
    # an unrelated article from the same (tiny) vocabulary overlaps much less
    unrelated = index.query(article(999), k=3)
    assert not unrelated or unrelated[0].score < top[0].score - 0.2


def test_bad_inputs(tmp_path: Path, index: Index) -> None:
    with pytest.raises(OptionError):
        index.add([{"text": "no id"}])
    with pytest.raises(OptionError):
        index.add([{"id": "x", "text": "   "}])
    with pytest.raises(OptionError):
        index.add([42])
    with pytest.raises(IndexFileError):
        Index(tmp_path / "missing.db", create=False)
    bad = tmp_path / "notdb.db"
    bad.write_bytes(b"this is not a database at all, just some bytes" * 100)
    with pytest.raises(IndexFileError):
        Index(bad)
    assert len(index) == 0


def test_import_factdiff_does_not_load_the_corpus_package() -> None:
    import subprocess
    import sys

    code = "import sys, factdiff; print('factdiff.corpus' in sys.modules, 'rensa' in sys.modules); print(factdiff.Index.__module__)"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout.split()
    assert out == ["False", "False", "factdiff.corpus.index"]
    assert factdiff.Index is Index


# -- scanning ------------------------------------------------------------------------------------


def _seeds() -> tuple[str, str]:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not available")
    files = sorted(seeds.glob("*.txt"))
    return files[0].read_text(encoding="utf-8"), files[1].read_text(encoding="utf-8")


def _distractors(n: int) -> list[tuple[str, str]]:
    folder = SHARED / "benchmarks" / "bbc-news-extractive-summaries" / "article"
    if not folder.is_dir():
        pytest.skip("../shared/benchmarks is not available")
    files = sorted(folder.glob("*/*.txt"))[:n]
    return [(f"bbc/{f.parent.name}/{f.name}", f.read_text(encoding="latin-1")) for f in files]


def test_scan_finds_the_seed_copys_original_among_distractors(index: Index) -> None:
    original, copy = _seeds()
    index.add([*_distractors(60), ("seed-original", original), *((f"made-up-{i}", article(i)) for i in range(20))])
    assert index.query(copy, k=1)[0].id == "seed-original"
    unrelated = _distractors(70)[65:]
    matches = list(index.scan([("copy", copy), *unrelated]))
    assert [(m.doc_id, m.original_id) for m in matches] == [("copy", "seed-original")]
    m = matches[0]
    assert isinstance(m, Match) and m.derived and m.score >= 0.5 and 0 < m.coverage <= 1
    d = m.to_dict()
    assert d["original_id"] == "seed-original" and d["findings"] == sum(d["counts"]["severity"].values())
    assert m.report is not None and m.report.derivation.derived


def test_scan_reports_nothing_for_unrelated_documents(index: Index) -> None:
    index.add([(f"d{i}", article(i)) for i in range(10)])
    assert list(index.scan([article(500), "short unrelated note about nothing in particular"])) == []


def test_a_new_index_keeps_the_lsh_shape_it_was_built_with(tmp_path: Path) -> None:
    path = tmp_path / "ix.db"
    with Index(path, config=SignatureConfig(bands=32, rows=3)) as ix:
        ix.add([(f"d{i}", article(i)) for i in range(5)])
        assert ix.query(article(2), k=1)[0].id == "d2"
    with Index(path, config=SignatureConfig()) as ix:  # ignored: the stored shape wins
        assert ix.stats()["signature"]["rows"] == 3 and ix.stats()["bucket_entries"] == 5 * 32
        assert ix.query(article(4), k=1)[0].id == "d4"
