"""The distortion generator: exact offsets, determinism, every kind reachable, noise kept apart."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdiff.cli import main
from factdiff.errors import OptionError
from factdiff.synth import ALL_KINDS, FACT_KINDS, KIND_TYPE, NOISE_KINDS, Synthetic, distort

SHARED = Path(os.environ.get("FACTDIFF_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))

# Written for this test: every kind of edit has a target somewhere in it.
TEXT = """City Council Delays Vote on Harbor Plan

The city council of Millbrook voted 7 to 2 on Tuesday to delay the harbor plan until March 3, 2027.
On Monday, Mayor Helen Brandt said the project would cost $3.1 billion and create 1,200 jobs.
"We have not approved any contract yet, and we really need more time," Brandt told reporters.
The port authority has rejected the earlier proposal because costs rose by 12 percent in 2025.
Critics may challenge the decision in court, according to lawyer Tomas Reyes.
Brandt's office did not respond to questions about the budget on Feb. 12.
Three residents spoke against the plan, and the council expects a final decision in two weeks.
A former harbor contractor was accused of overbilling the city in 2024.
"""


def _check_offsets(s: Synthetic) -> None:
    for e in s.expected:
        assert e.type == KIND_TYPE[e.kind]
        assert e.should_flag == (e.kind not in NOISE_KINDS)
        if e.source is not None:
            assert s.source[e.source.start : e.source.end] == e.source.text
            assert e.source.text and e.source.text == e.source.text.strip()
        if e.copy is not None:
            assert s.copy[e.copy.start : e.copy.end] == e.copy.text
            assert e.copy.text and e.copy.text == e.copy.text.strip()
        assert e.source is not None or e.copy is not None
    copies = [e.copy for e in s.expected if e.copy is not None]
    for a, b in zip(copies, copies[1:], strict=False):
        assert a.end <= b.start, "planted changes overlap in the copy"


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_kind_can_be_planted(kind: str) -> None:
    rate = 0.0 if kind in NOISE_KINDS else 1.0
    for seed in range(4):
        s = distort(TEXT, seed=seed, kinds=[kind], rate=rate, noise=1.0, drop=1.0, insert=1.0)
        _check_offsets(s)
        if any(e.kind == kind for e in s.expected):
            assert {e.kind for e in s.expected} == {kind}
            assert s.copy != TEXT
            return
    pytest.fail(f"no {kind} planted in 4 seeds")


def test_deterministic_for_a_seed() -> None:
    a, b = distort(TEXT, seed=11), distort(TEXT, seed=11)
    assert a == b
    assert any(distort(TEXT, seed=k).copy != a.copy for k in range(12, 16))


def test_rate_zero_and_no_noise_leaves_the_text_alone() -> None:
    s = distort(TEXT, seed=3, rate=0.0, noise=0.0, drop=0.0, insert=0.0)
    assert s.copy == TEXT and s.expected == ()


def test_at_least_one_fact_change_when_rate_is_positive() -> None:
    for seed in range(10):
        s = distort(TEXT, seed=seed, rate=0.01, noise=0.0, drop=0.0, insert=0.0)
        assert sum(e.should_flag for e in s.expected) == 1


@pytest.mark.parametrize(
    ("kind", "before", "after"),
    [
        ("negation_removed", "did not", "did"),
        ("noise_number_format", "$3.1 billion", "$3.1bn"),
        ("noise_date_format", "Feb. 12", "February 12"),
    ],
)
def test_known_rewrites(kind: str, before: str, after: str) -> None:
    seen = set()
    for seed in range(30):
        s = distort(TEXT, seed=seed, kinds=[kind], rate=1.0, noise=1.0)
        seen |= {(e.source.text, e.copy.text) for e in s.expected if e.source and e.copy}
    assert (before, after) in seen


def test_scale_error_changes_the_scale_word_or_the_magnitude() -> None:
    pairs = set()
    for seed in range(20):
        s = distort(TEXT, seed=seed, kinds=["scale_error"], rate=1.0)
        pairs |= {(e.source.text, e.copy.text) for e in s.expected}
    assert ("3.1 billion", "3.1 million") in pairs
    assert ("1,200", "12,000") in pairs


def test_noise_is_not_planted_in_quotes() -> None:
    quote = TEXT.index('"We have')
    end = TEXT.index('"', quote + 1)
    for seed in range(15):
        s = distort(TEXT, seed=seed, kinds=["noise"], noise=1.0)
        for e in s.expected:
            assert e.source is not None
            assert not (quote <= e.source.start < end) or e.kind == "noise_clause_order"


def test_kinds_accepts_types_and_rejects_unknown_names() -> None:
    s = distort(TEXT, seed=1, kinds=["polarity"], rate=1.0, noise=1.0, drop=1.0, insert=1.0)
    assert s.expected and {e.type for e in s.expected} == {"polarity"}
    with pytest.raises(OptionError):
        distort(TEXT, kinds=["nonsense"])
    with pytest.raises(OptionError):
        distort(TEXT, rate=1.5)


def test_round_trip_through_json() -> None:
    s = distort(TEXT, seed=4, rate=0.6, drop=0.3, insert=0.3)
    assert Synthetic.from_dict(json.loads(json.dumps(s.to_dict()))) == s


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    rate=st.floats(0, 1),
    noise=st.floats(0, 1),
    drop=st.floats(0, 0.5),
    insert=st.floats(0, 0.5),
    kinds=st.one_of(st.none(), st.lists(st.sampled_from(ALL_KINDS), min_size=1, max_size=4)),
)
def test_offsets_hold_for_any_options(seed: int, rate: float, noise: float, drop: float, insert: float, kinds: list[str] | None) -> None:
    s = distort(TEXT, seed=seed, rate=rate, noise=noise, drop=drop, insert=insert, kinds=kinds)
    _check_offsets(s)
    if kinds is not None:
        assert {e.kind for e in s.expected} <= set(kinds)
    # unchanged stretches are copied verbatim: the copy is the source with each edit applied
    edited = [e for e in s.expected if e.source is not None and e.copy is not None]
    for e in edited:
        assert e.source.text != e.copy.text or e.kind == "noise_clause_order"


def test_on_a_real_article() -> None:
    seeds = sorted((SHARED / "seeds").glob("000_*"))
    if not seeds:
        pytest.skip("../shared is absent")
    text = seeds[0].read_text(encoding="utf-8")
    kinds = set()
    for seed in range(6):
        s = distort(text, seed=seed, rate=0.5)
        _check_offsets(s)
        kinds |= {e.kind for e in s.expected}
    assert len(kinds & set(FACT_KINDS)) >= 5


def test_cli_writes_copy_and_expected(tmp_path: Path) -> None:
    src = tmp_path / "src.txt"
    src.write_text(TEXT, encoding="utf-8")
    out, exp = tmp_path / "copy.txt", tmp_path / "exp.json"
    assert main(["synth", str(src), "-o", str(out), "--expected", str(exp), "--seed", "7"]) == 0
    data = json.loads(exp.read_text(encoding="utf-8"))
    assert data["schema"] == "factdiff.synth/1"
    assert out.read_text(encoding="utf-8") == data["copy"] == distort(TEXT, seed=7).copy
