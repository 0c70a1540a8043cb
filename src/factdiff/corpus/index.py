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

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import OptionError
from .signature import Signature, overlap, signatures
from .store import AddResult, Original, Store

#: originals ranked by band hits that get an exact feature comparison, per document
MAX_RERANK = 64
DEFAULT_K = 3
DEFAULT_MIN_SCORE = 0.3


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

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        self._store = Store(self.path, create=create)

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
    """Candidates for each signature: originals sharing an LSH bucket, ranked by feature overlap."""
    keys = sorted({int(key) for s in sigs for key in s.bands})
    by_key: dict[int, list[int]] = {}
    for key, doc in store.buckets(keys):
        by_key.setdefault(key, []).append(doc)
    hits: list[list[tuple[int, int]]] = []
    wanted: set[int] = set()
    for s in sigs:
        counter: Counter[int] = Counter()
        for key in s.bands:
            counter.update(by_key.get(int(key), ()))
        top = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_RERANK]
        hits.append(top)
        wanted.update(doc for doc, _ in top)
    feats = store.features(sorted(wanted))
    ids = store.ids(sorted(wanted))
    out: list[list[Candidate]] = []
    for s, top in zip(sigs, hits, strict=True):
        cands: list[Candidate] = []
        q = len(s.features)
        for doc, nb in top:
            f = feats.get(doc)
            name = ids.get(doc)
            if f is None or name is None:  # removed between the two reads
                continue
            shared = overlap(s.features, f)
            smaller = min(q, len(f)) or 1
            cands.append(Candidate(name, shared / smaller, shared / (q + len(f) - shared or 1), nb))
        cands.sort(key=lambda c: (-c.score, -c.jaccard, c.id))
        out.append(cands[:k])
    return out
