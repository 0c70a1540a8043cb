"""`factdiff.Index`: an index of original articles, and scanning a stream of documents against it.

Two stages, as in every near-duplicate search engine:

1. **Screening** (fast, thousands of documents per second per core): each document's immutables
   signature (:mod:`.signature`) is looked up in the LSH buckets; the originals sharing a bucket
   are ranked by the overlap coefficient of the two feature sets. Screening only *proposes*.
2. **Verdict** (slow, a few pairs per second): the top candidates go through
   :func:`factdiff.compare`, and only a copy that ``compare`` finds derived is a :class:`Match`.

>>> with factdiff.Index("news.db") as index:
...     index.add([{"id": "a1", "text": article}])
...     for match in index.scan(crawl):
...         print(match.doc_id, match.original_id, match.score, match.counts)
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import OptionError
from .signature import Signature, SignatureConfig, signatures
from .store import AddResult, Original, Store

DEFAULT_K = 3
DEFAULT_MIN_SCORE = 0.4


@dataclass(frozen=True, slots=True)
class Candidate:
    """An original proposed by screening: ``score`` is the overlap coefficient of the feature sets
    (shared / size of the smaller set), ``jaccard`` their Jaccard, ``bands`` the LSH bands that agree."""

    id: str
    score: float
    jaccard: float
    bands: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "score": round(self.score, 4), "jaccard": round(self.jaccard, 4), "bands": self.bands}


@dataclass(frozen=True)
class Match:
    """A scanned document that ``compare()`` found derived from an indexed original."""

    doc_id: str
    original_id: str
    derived: bool
    score: float
    coverage: float
    screen_score: float
    counts: dict[str, dict[str, int]]
    worst: str | None
    findings: int
    report: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "original_id": self.original_id,
            "derived": self.derived,
            "score": round(self.score, 4),
            "coverage": round(self.coverage, 4),
            "screen_score": round(self.screen_score, 4),
            "findings": self.findings,
            "worst": self.worst,
            "counts": self.counts,
        }


Doc = tuple[str, str]


def as_docs(items: Iterable[Any], *, start: int = 0) -> Iterator[Doc]:
    """Normalise what users pass (texts, ``(id, text)`` pairs, mappings or objects with ``id`` and
    ``text``) to ``(id, text)``; bare texts are numbered from ``start``."""
    for n, item in enumerate(items, start):
        if isinstance(item, str):
            yield str(n), item
        elif isinstance(item, tuple) and len(item) == 2:
            yield str(item[0]), item[1]
        elif isinstance(item, Mapping):
            if "text" not in item:
                raise OptionError(f"document {n}: has no 'text'")
            yield str(item.get("id", n)), item["text"]
        elif hasattr(item, "text"):
            yield str(getattr(item, "id", n)), item.text
        else:
            raise OptionError(f"document {n}: expected a text, an (id, text) pair or a mapping, not {type(item).__name__}")


def _as_original(item: Any, n: int) -> Original:
    if isinstance(item, Original):
        return item
    if isinstance(item, Mapping):
        if "id" not in item or "text" not in item:
            raise OptionError(f"original {n}: needs 'id' and 'text'")
        get = item.get
        return Original(str(item["id"]), _text(item["text"], n), get("url"), get("title"), _opt(get("published")))
    if isinstance(item, tuple) and len(item) == 2:
        return Original(str(item[0]), _text(item[1], n))
    if hasattr(item, "id") and hasattr(item, "text"):
        return Original(str(item.id), _text(item.text, n), getattr(item, "url", None), getattr(item, "title", None), _opt(getattr(item, "published", None)))
    raise OptionError(f"original {n}: expected a mapping with 'id' and 'text' or an (id, text) pair, not {type(item).__name__}")


def _text(text: Any, n: int) -> str:
    if not isinstance(text, str):
        raise OptionError(f"original {n}: 'text' must be a str, not {type(text).__name__}")
    if not text.strip():
        raise OptionError(f"original {n}: 'text' is empty")
    return text


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


class Index:
    """An on-disk index of original articles (one SQLite file; see :mod:`.store`).

    Safe to read from many processes while one process writes. Use as a context manager or call
    :meth:`close`.
    """

    def __init__(self, path: str | Path, *, create: bool = True, config: SignatureConfig | None = None) -> None:
        """Open (or, with ``create``, create) the index at ``path``. ``config`` sets the LSH shape of
        a NEW index (see :class:`~factdiff.corpus.signature.SignatureConfig`); an existing index keeps
        the shape it was built with."""
        self.path = Path(path)
        self._store = Store(self.path, create=create, config=config)

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._store.close()

    def __len__(self) -> int:
        return self._store.count()

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self._store.get(doc_id) is not None

    # -- writing -------------------------------------------------------------------------------

    def add(self, docs: Iterable[Any], *, batch_size: int = 500, progress: Any = None) -> AddResult:
        """Add or update originals (mappings with ``id``, ``text`` and optional ``url``, ``title``,
        ``published``; or ``(id, text)`` pairs). Each batch is one transaction; re-adding an id with
        the same text changes nothing, with another text updates it. ``progress(n)`` is called
        after each committed batch with the number of documents in it."""
        if batch_size < 1:
            raise OptionError("batch_size must be at least 1")
        total = AddResult()
        batch: list[Original] = []
        for n, item in enumerate(docs):
            batch.append(_as_original(item, n))
            if len(batch) >= batch_size:
                total += self._store.upsert(batch)
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            total += self._store.upsert(batch)
            if progress:
                progress(len(batch))
        return total

    def remove(self, doc_id: str | Iterable[str]) -> int:
        """Remove originals by id; returns how many were there."""
        return self._store.remove([doc_id] if isinstance(doc_id, str) else list(doc_id))

    # -- reading -------------------------------------------------------------------------------

    def get(self, doc_id: str) -> Original | None:
        return self._store.get(doc_id)

    def stats(self) -> dict[str, Any]:
        return self._store.stats()

    def query(self, text: str, k: int = 10) -> list[Candidate]:
        """The ``k`` originals whose immutables best overlap ``text``'s (screening only)."""
        return self.query_many([text], k=k)[0]

    def query_many(self, texts: Sequence[str], k: int = 10) -> list[list[Candidate]]:
        """:meth:`query` for many texts at once (one bucket lookup for the whole batch)."""
        sigs = signatures(list(texts), self._store.config)
        return screen(self._store, sigs, k=k)

    def scan(
        self,
        docs: Iterable[Any],
        *,
        k: int = DEFAULT_K,
        min_score: float = DEFAULT_MIN_SCORE,
        executor: Any = None,
        batch_size: int = 32,
        best_only: bool = True,
        keep_reports: bool = True,
        on_batch: Callable[[list[str]], None] | None = None,
        **compare_options: Any,
    ) -> Iterator[Match]:
        """Yield a :class:`Match` for each document that derives from an indexed original.

        Per document, the ``k`` best screening candidates with ``score >= min_score`` go through
        :func:`factdiff.compare`; with ``best_only`` only the most strongly derived original is
        reported. ``executor`` (see :mod:`.executor`) runs batches elsewhere, e.g. on Dask; the
        matches and their order are the same whatever runs them. Extra keyword arguments go to
        ``compare()``. ``on_batch(ids)`` is called once the matches of each batch have been
        yielded, with the ids of the documents in it (for progress and resuming).
        """
        from .executor import LocalExecutor, ScanTask

        task = ScanTask(str(self.path), k=k, min_score=min_score, best_only=best_only, keep_reports=keep_reports, compare_options=compare_options)
        runner = executor or LocalExecutor()
        in_flight: deque[list[str]] = deque()

        def batches() -> Iterator[list[Doc]]:
            for batch in _batches(as_docs(docs), batch_size):
                in_flight.append([doc_id for doc_id, _ in batch])
                yield batch

        for matches in runner.map(task, batches()):
            yield from matches
            ids = in_flight.popleft()
            if on_batch is not None:
                on_batch(ids)


def _batches(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    if size < 1:
        raise OptionError("batch_size must be at least 1")
    batch: list[Doc] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def screen(store: Store, sigs: Sequence[Signature], *, k: int) -> list[list[Candidate]]:
    """Candidates for each signature: the originals sharing at least one LSH bucket, ranked by the
    overlap coefficient of the feature sets as estimated from the MinHash digests (ties: Jaccard,
    then the order the originals were added). Vectorised over the whole batch, against the
    in-memory snapshot of the index (:meth:`Store.lsh`)."""
    out: list[list[Candidate]] = [[] for _ in sigs]
    cfg = store.config
    qidx = [i for i, s in enumerate(sigs) if len(s.bands)]
    if not qidx:
        return out
    lsh = store.lsh()
    if not len(lsh.keys):
        return out
    flat = np.stack([sigs[i].bands for i in qidx]).ravel()  # (nq * bands)
    lo, hi = np.searchsorted(lsh.keys, flat, "left"), np.searchsorted(lsh.keys, flat, "right")
    counts = hi - lo
    total = int(counts.sum())
    if not total:
        return out
    owner = np.repeat(np.arange(len(flat), dtype=np.int64) // cfg.bands, counts)  # query of each hit
    starts = np.repeat(lo - (np.cumsum(counts) - counts), counts)
    member = lsh.members[starts + np.arange(total)]  # original (position) of each hit
    pair, bands = np.unique(owner << 32 | member, return_counts=True)
    q_of, row = pair >> 32, pair & 0xFFFFFFFF
    qdig = np.stack([sigs[i].digest for i in qidx])
    agree = np.count_nonzero(lsh.digests[row] == qdig[q_of], axis=1)
    jaccard = agree / cfg.num_perm
    qsize = np.array([len(sigs[i].features) for i in qidx], dtype=np.float64)[q_of]
    sizes = lsh.sizes[row]
    shared = jaccard * (qsize + sizes) / (1.0 + jaccard)
    coefficient = np.minimum(shared / np.maximum(np.minimum(qsize, sizes), 1.0), 1.0)
    ranked = np.lexsort((row, -jaccard, -coefficient, q_of))
    first = np.searchsorted(q_of[ranked], np.arange(len(qidx)), "left")
    best: list[int] = []  # the first k of each query
    for n in range(len(qidx)):
        end = first[n + 1] if n + 1 < len(qidx) else len(ranked)
        best.extend(ranked[first[n] : min(end, first[n] + k)].tolist())
    ids, qs, rows, coef, jac, bnd = lsh.ids, q_of[best].tolist(), row[best].tolist(), coefficient[best].tolist(), jaccard[best].tolist(), bands[best].tolist()
    for j in range(len(best)):
        out[qidx[qs[j]]].append(Candidate(ids[rows[j]], coef[j], jac[j], bnd[j]))
    return out
