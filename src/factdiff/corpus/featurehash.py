"""The immutables of many texts at once, as 64-bit feature hashes, without a Python object per word.

:func:`factdiff.corpus.signature.features` defines a text's features as strings (names, numbers,
content-word stems); this module computes the *hashes* of exactly those strings for a whole batch
with a few NumPy passes over the concatenated code points, which is what makes screening cheap:

* the batch is joined with ``\\0`` separators and turned into one array of code points, once as
  written and once lowercased;
* letter runs (``[^\\W\\d_]``) are found with a lookup table; runs of 4+ letters of the lowercased
  text give the content stems (their first :data:`~.signature.STEM` letters) unless the whole run
  is a stop word; runs starting with ``A-Z`` right after ``[\\w,;]`` and one space give the names;
* every string is hashed with one polynomial hash (:func:`hash_strings`), computed for any span
  from prefix sums, so the stem ``"presid"`` of ``president`` and the name ``Presid`` (lowercased)
  get the same hash, as the string features share one namespace;
* numbers are few: they are found and normalised by :func:`~.signature.numbers` and hashed in bulk.

A text whose lowercased form is not as long as the text (a handful of characters such as ``İ``
lowercase to two) or that holds a capital sigma (whose lowercase depends on the next letter)
takes the string path, so that the result is always the hash set of
:func:`~.signature.features`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

_BASE = np.uint64(0x100000001B3)  # odd: invertible modulo 2**64
_BASE_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
_LEN = np.uint64(0x9E3779B97F4A7C15)
_M1, _M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_SEP = "\0"
_SIGMA = "\u03a3"  # lowercases to σ or ς depending on what follows: such texts take the string path
_SPACE, _COMMA, _SEMI, _UPPER_A, _UPPER_Z = 32, 44, 59, 65, 90


def _mix(h: np.ndarray, length: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser of (polynomial hash + length): well-spread 63-bit feature hashes."""
    with np.errstate(over="ignore"):
        z = h + length.astype(np.uint64) * _LEN
        z = (z ^ (z >> np.uint64(30))) * _M1
        z = (z ^ (z >> np.uint64(27))) * _M2
        # 63 bits: with full 64-bit values from this mix, rensa's MinHash overestimated the Jaccard
        # of unrelated articles (+0.003 on pairs with a true 0.027; +0.0005 with 63 bits)
        return (z ^ (z >> np.uint64(31))) >> np.uint64(1)


class _Powers:
    """``BASE**i`` and ``BASE**-i`` modulo 2**64 for i < n, grown on demand."""

    def __init__(self) -> None:
        self.up = np.ones(1, dtype=np.uint64)
        self.down = np.ones(1, dtype=np.uint64)

    def get(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if len(self.up) < n:
            size = max(n, 2 * len(self.up), 1 << 18)
            with np.errstate(over="ignore"):
                self.up, self.down = np.full(size, _BASE, dtype=np.uint64), np.full(size, _BASE_INV, dtype=np.uint64)
                self.up[0] = self.down[0] = 1
                np.multiply.accumulate(self.up, out=self.up)
                np.multiply.accumulate(self.down, out=self.down)
        return self.up[:n], self.down[:n]


_POWERS = _Powers()


class _Codes:
    """One string as code points with polynomial prefix sums: ``span(starts, lengths)`` hashes
    ``text[s:s+l]`` for many spans at once."""

    def __init__(self, text: str) -> None:
        self.codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        up, self._down = _POWERS.get(len(self.codes) + 1)
        with np.errstate(over="ignore"):
            self._prefix = np.concatenate((np.zeros(1, dtype=np.uint64), np.cumsum(self.codes.astype(np.uint64) * up[: len(self.codes)], dtype=np.uint64)))

    def span(self, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            h = (self._prefix[starts + lengths] - self._prefix[starts]) * self._down[starts]
        return _mix(h, lengths)


def hash_strings(strings: Sequence[str]) -> np.ndarray:
    """The feature hash of each string (uint64), the same as the batch functions give its span."""
    if not strings:
        return np.zeros(0, dtype=np.uint64)
    lengths = np.fromiter((len(s) for s in strings), dtype=np.int64, count=len(strings))
    starts = np.concatenate(([0], np.cumsum(lengths[:-1] + 1)))
    return _Codes(_SEP.join(strings)).span(starts, lengths)


_LETTER = re.compile(r"[^\W\d_]")
_BEFORE_NAME = re.compile(r"[\w,;]")


def _table(pattern: re.Pattern[str], size: int) -> np.ndarray:
    """``table[c]``: does the one-character string ``chr(c)`` match ``pattern``, for c < size."""
    marked = pattern.sub("\1", "".join(map(chr, range(size))))
    out = np.frombuffer(marked.encode("utf-32-le", "surrogatepass"), dtype=np.uint32) == 1
    out[1] = bool(pattern.match("\1"))  # the marker itself: marked only if it matches
    return out


@lru_cache(maxsize=2)
def _tables(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Letter (``[^\\W\\d_]``) and before-a-name (``[\\w,;]``) tables for the code points below
    ``size`` (128 or 65,536), read off the regular expressions themselves."""
    return _table(_LETTER, size), _table(_BEFORE_NAME, size)


def _lookup(table: np.ndarray, pattern: re.Pattern[str], codes: np.ndarray) -> np.ndarray:
    """``table[codes]``, for code points beyond the table too (rare: checked one by one)."""
    inside = codes < len(table)
    out = table[np.where(inside, codes, 0)]
    if not inside.all():
        for c in np.unique(codes[~inside]).tolist():
            out[codes == c] = bool(pattern.match(chr(c)))
    return out


def _letters(codes: np.ndarray) -> np.ndarray:
    """Per code point: is it a letter (``[^\\W\\d_]``)? ASCII by arithmetic, the rest (few) by table."""
    out = ((codes | 32) - 97) < 26  # a-z, A-Z (uint32: anything below 'a' wraps around)
    wide = np.flatnonzero(codes >= 128)
    if len(wide):
        out[wide] = _lookup(_tables(0x10000)[0], _LETTER, codes[wide])
    return out


def _before_name(codes: np.ndarray) -> np.ndarray:
    """Per code point: may it stand right before the space before a name (``[\\w,;]``)?"""
    return _lookup(_tables(128 if not len(codes) or int(codes.max()) < 128 else 0x10000)[1], _BEFORE_NAME, codes)


@lru_cache(maxsize=1)
def _stop_hashes() -> tuple[np.ndarray, int]:
    """The sorted hashes of the stop words, and the length of the longest."""
    from .signature import _STOP

    return np.unique(hash_strings(sorted(_STOP))), max(map(len, _STOP))


def _is_stop(low: _Codes, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Which spans of the lowercased text are stop words (only spans no longer than the longest
    stop word are hashed)."""
    table, longest = _stop_hashes()
    out = np.zeros(len(starts), dtype=bool)
    short = np.flatnonzero(lengths <= longest)
    h = low.span(starts[short], lengths[short])
    out[short] = table[np.minimum(np.searchsorted(table, h), len(table) - 1)] == h
    return out


def _runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and lengths of the runs of True in ``mask`` (whose first and last items are False)."""
    edges = np.flatnonzero(mask[1:] != mask[:-1]) + 1
    starts, ends = edges[0::2], edges[1::2]
    return starts, ends - starts


def feature_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The feature hashes of each text (the hashes of :func:`~.signature.features`), as one flat
    uint64 array, sorted and unique within each text, and ``offsets`` (len(texts) + 1): text
    ``i`` has ``flat[offsets[i]:offsets[i + 1]]``."""
    from .signature import STEM, features, numbers

    n = len(texts)
    lowered = [t.lower() for t in texts]
    fast = [i for i in range(n) if len(lowered[i]) == len(texts[i]) and _SIGMA not in texts[i]]
    docs_parts: list[np.ndarray] = []
    hash_parts: list[np.ndarray] = []
    if fast:
        raw = _SEP + _SEP.join(texts[i] for i in fast) + _SEP
        low = _Codes(_SEP + _SEP.join(lowered[i] for i in fast) + _SEP)
        codes = np.frombuffer(raw.encode("utf-32-le"), dtype=np.uint32)
        letters = _letters(codes)
        first = np.concatenate(([1], np.cumsum([len(texts[i]) + 1 for i in fast[:-1]]) + 1))  # where each text starts
        run_starts, run_lengths = _runs(letters)  # lowercasing a character never changes whether it is a letter
        # content stems: 4+ letter runs of the lowercased text that are not stop words
        keep = run_lengths >= 4
        starts, lengths = run_starts[keep], run_lengths[keep]
        content = ~_is_stop(low, starts, lengths)
        starts, lengths = starts[content], lengths[content]
        docs_parts.append(np.searchsorted(first, starts, "right") - 1)
        hash_parts.append(low.span(starts, np.minimum(lengths, STEM)))
        # names: A-Z after [\w,;] and one space, 2+ letters, lowercased, not stop words
        starts, lengths = run_starts, run_lengths
        c = codes[starts].astype(np.int64)
        name = (c >= _UPPER_A) & (c <= _UPPER_Z) & (lengths >= 2) & (codes[starts - 1] == _SPACE) & (starts >= 2)
        starts, lengths = starts[name], lengths[name]
        name = _before_name(codes[starts - 2])
        starts, lengths = starts[name], lengths[name]
        named = ~_is_stop(low, starts, lengths)
        docs_parts.append(np.searchsorted(first, starts[named], "right") - 1)
        hash_parts.append(low.span(starts[named], lengths[named]))
        # numbers: few per text, found and normalised as strings
        nums = [sorted(numbers(texts[i])) for i in fast]
        docs_parts.append(np.repeat(np.arange(len(fast)), [len(x) for x in nums]))
        hash_parts.append(hash_strings([s for x in nums for s in x]))
    doc = np.concatenate(docs_parts).astype(np.int64) if docs_parts else np.zeros(0, dtype=np.int64)
    doc = np.asarray(fast, dtype=np.int64)[doc] if len(doc) else doc
    hashes = np.concatenate(hash_parts) if hash_parts else np.zeros(0, dtype=np.uint64)
    slow = sorted(set(range(n)) - set(fast))
    if slow:
        strings = [sorted(features(texts[i])) for i in slow]
        doc = np.concatenate((doc, np.repeat(np.asarray(slow, dtype=np.int64), [len(x) for x in strings])))
        hashes = np.concatenate((hashes, hash_strings([s for x in strings for s in x])))
    order = np.argsort(hashes)  # then a stable sort by text (radix sort on small integers)
    order = order[np.argsort(doc[order].astype(np.int16 if n < 2**15 else np.int64), kind="stable")]
    doc, hashes = doc[order], hashes[order]
    new = np.ones(len(doc), dtype=bool)
    new[1:] = (doc[1:] != doc[:-1]) | (hashes[1:] != hashes[:-1])
    doc, hashes = doc[new], hashes[new]
    offsets = np.concatenate(([0], np.cumsum(np.bincount(doc, minlength=n)))).astype(np.int64)
    return hashes, offsets
