"""The vectorised signature path gives exactly the features of the readable string definitions.

``featurehash.feature_hashes`` (NumPy over a whole batch) must hash the same feature strings as
``signature.features`` (regular expressions per text), and those must be the features of the first
signature version (a plain per-match loop, kept here as the reference).
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_helpers import article
from factdiff.corpus.featurehash import feature_hashes, hash_strings
from factdiff.corpus.signature import _STOP, features, signature, signatures

# -- the reference: signature version 1's feature extraction, verbatim in behaviour ---------------

_REF_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)(?:\s*(thousand|million|billion|trillion|bn|m|k)\b)?", re.IGNORECASE)
_REF_NAME = re.compile(r"(?<=[\w,;] )[A-Z][^\W\d_]+")
_REF_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{4,}")
_REF_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000, "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000}


def _ref_number(raw: str) -> str:
    s = re.sub(r",(?=\d{3}(?!\d))", "", raw)
    if s.count(",") == 1 and s.count(".") == 0:
        s = s.replace(",", ".")
    s = s.replace(",", "")
    if "." in s:
        head, _, tail = s.partition(".")
        if "." in tail:
            return s
        tail = tail.rstrip("0")
        return f"{head.lstrip('0') or '0'}.{tail}" if tail else (head.lstrip("0") or "0")
    return s.lstrip("0") or "0"


def reference_features(text: str) -> set[str]:
    out: set[str] = set()
    for raw, scale in _REF_NUMBER.findall(text):
        n = (raw.lstrip("0") or "0") if raw.isdigit() else _ref_number(raw)
        if len(n) - n.count(".") >= 2:
            out.add("#" + n)
        if scale:
            try:
                value = float(_ref_number(raw)) * _REF_SCALE[scale.lower()]
            except ValueError:
                continue
            out.add("#" + (str(int(value)) if value == int(value) else f"{value:g}"))
    out |= {w.lower() for w in _REF_NAME.findall(text)} - _STOP
    out |= {w[:6] for w in set(_REF_WORD.findall(text.lower())) - _STOP}
    return out


def expected_hashes(text: str) -> np.ndarray:
    return np.unique(hash_strings(sorted(reference_features(text))))


def hashes_of(texts: list[str]) -> list[np.ndarray]:
    flat, offsets = feature_hashes(texts)
    assert flat.dtype == np.uint64 and offsets.shape == (len(texts) + 1,) and offsets[0] == 0 and offsets[-1] == len(flat)
    return [flat[offsets[i] : offsets[i + 1]] for i in range(len(texts))]


# text made of the characters that matter: letters of several scripts, digits, separators,
# capitals after spaces, scale words, stop words, characters whose lowercase is longer (İ) or
# depends on context (Σ), letters beyond the Basic Multilingual Plane and odd whitespace
_PIECES = st.sampled_from(
    ["The", "the", "Mayor", "said", "about", "whereafter", "Paris", "paris", "President", "presidents", " ", "  ", ", ", "; ", ". ",
     "\n", "\n\n", "\t", "\x1c", "12", "3.5", "12,000", "1.2.3", "007", "3,5", " million", "bn", " K", "m ", "Zürich", "ÉCOLE", "école",
     "İstanbul", "ΣΟΦΙΑ", "ΟΔΟΣ", "KΣ", "Ⓐ", "σοφία", "Straße", "STRASSE", "𝐀lpha", "naïve", "日本語", "٣٤", "Ǆemal", "½", "x²", "_", "-", "’", "“Quote”", "A", "Bo"]
)
TEXTS = st.lists(_PIECES, max_size=40).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_string_features_match_version_one(text: str) -> None:
    assert features(text) == reference_features(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=6))
def test_batch_hashes_are_the_hashes_of_the_string_features(texts: list[str]) -> None:
    for got, text in zip(hashes_of(texts), texts, strict=True):
        assert np.array_equal(got, expected_hashes(text)), text


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        ["", "and the of", ""],  # no features at all
        [article(1), "", article(2)],
        ["Zürich said 12,000 people", "plain ascii text about elections"],  # one text beyond ASCII switches the tables
        ["İstanbul officials said", "ΣΟΦΙΑ met Helen Brandt", article(5)],  # texts that take the string path, mixed with others
        ["the 𝐀lpha team met 𝐀lpha in Norhaven"],
        ["they met KΣ and KΣⒶ", "at ΟΔΟΣ Street"],  # final sigma: a name lowercased alone ends in ς, in the text in σ
    ],
)
def test_batch_cases(texts: list[str]) -> None:
    got = hashes_of(texts)
    assert len(got) == len(texts)
    for g, t in zip(got, texts, strict=True):
        assert np.array_equal(g, expected_hashes(t))


def test_a_text_hashes_the_same_alone_and_in_any_batch() -> None:
    texts = [article(i) for i in range(6)] + ["Zürich said 12,000 people", "İstanbul officials said"]
    alone = [hashes_of([t])[0] for t in texts]
    for together in (hashes_of(texts), hashes_of(texts[::-1])[::-1]):
        for a, b in zip(alone, together, strict=True):
            assert np.array_equal(a, b)


def test_lowercasing_a_character_keeps_its_letter_class() -> None:
    # feature_hashes finds the letter runs of the lowercased text on the text as written
    every = "".join(map(chr, range(0x110000)))
    same = np.array([len(c.lower()) == 1 for c in every])
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in every)
    assert np.array_equal(_table(_LETTER, every)[same], _table(_LETTER, lowered)[same])


def _table(pattern: re.Pattern[str], text: str) -> np.ndarray:
    return np.frombuffer(pattern.sub("\1", text).encode("utf-32-le", "surrogatepass"), dtype=np.uint32) == 1


_LETTER = re.compile(r"[^\W\d_]")


def test_names_and_stems_share_one_namespace() -> None:
    # "Paris" mid-sentence is the name "paris", which is also the stem of "paris" in a lowercased copy
    (a,), (b,) = hashes_of(["they met in Paris"]), hashes_of(["they met in paris"])
    assert set(a.tolist()) == set(b.tolist())
    assert len(set(hash_strings(["paris", "Paris", "#12", "presid"]).tolist())) == 4


def test_signatures_carry_the_batch_features() -> None:
    texts = [article(7), "and the of", article(8)]
    sigs = signatures(texts)
    for sig, text in zip(sigs, texts, strict=True):
        assert np.array_equal(sig.features, expected_hashes(text))
        assert np.array_equal(sig.digest, signature(text).digest)
    assert sigs[1].digest.size == 0 and sigs[1].bands.size == 0


@pytest.mark.parametrize("text", ["\x01 AO", "a\x01 Bob", "\x01\x01 Paris said", "x, Bo"])
def test_marker_character_is_read_like_any_other(text: str) -> None:
    """The per-code-point tables mark matches with U+0001: that character itself is no word."""
    assert np.array_equal(hashes_of([text])[0], expected_hashes(text))
