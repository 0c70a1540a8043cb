"""Where a scan runs: in this process, or on a Dask cluster.

A scan is cut into batches of documents; one :class:`ScanTask` call screens a batch against the
index and runs ``compare()`` on its candidates. The task is a plain picklable object that opens the
index file by path, so the very same code runs in-process (:class:`LocalExecutor`) and on Dask
workers (:class:`DaskExecutor`), and results come back in input order: the matches are identical.

On a real cluster every worker must be able to open the index file at the same path (a shared
file system, or a copy at that path on each machine) and have factdiff installed.
"""

from __future__ import annotations

import logging
import os
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..errors import FactdiffError, OptionError
from .index import Doc, Match, screen
from .signature import signatures
from .store import Store

T = TypeVar("T")
R = TypeVar("R")

_DOC_CACHE: OrderedDict[str, Any] = OrderedDict()
_DOC_CACHE_SIZE = 256


def _original_document(text: str) -> Any:
    """Parsed originals are reused across the documents of a stream (per process, bounded)."""
    from ..document import Document

    doc = _DOC_CACHE.get(text)
    if doc is None:
        doc = Document.from_text(text, name="source")
        _DOC_CACHE[text] = doc
        while len(_DOC_CACHE) > _DOC_CACHE_SIZE:
            _DOC_CACHE.popitem(last=False)
    else:
        _DOC_CACHE.move_to_end(text)
    return doc


@dataclass(frozen=True)
class ScanTask:
    """Screen one batch of ``(id, text)`` documents and verify candidates with ``compare()``."""

    index_path: str
    k: int = 3
    min_score: float = 0.4
    best_only: bool = True
    keep_reports: bool = True
    compare_options: dict[str, Any] = field(default_factory=dict)

    def __call__(self, batch: list[Doc]) -> list[Match]:
        from ..compare import compare
        from ..document import Document

        store = Store(self.index_path, create=False)
        try:
            sigs = signatures([text for _, text in batch], store.config)
            cands = screen(store, sigs, k=self.k)
            wanted = sorted({c.id for cs in cands for c in cs if c.score >= self.min_score})
            originals = store.get_many(wanted)
        finally:
            store.close()
        out: list[Match] = []
        for (doc_id, text), cs in zip(batch, cands, strict=True):
            found: list[Match] = []
            copy_doc = None
            for c in cs:
                original = originals.get(c.id)
                if c.score < self.min_score or original is None:
                    continue
                try:
                    if copy_doc is None:
                        copy_doc = Document.from_text(text, name="copy")
                    report = compare(_original_document(original.text), copy_doc, **self.compare_options)
                except FactdiffError:
                    continue
                if not report.derivation.derived:
                    continue
                if not self.keep_reports:
                    keep = None
                else:
                    keep = report
                found.append(_match(doc_id, original.id, c.score, report, keep))
            if self.best_only and found:
                found = [max(found, key=lambda m: (m.score, m.coverage))]
            out.extend(found)
        return out


def _match(doc_id: str, original_id: str, screen_score: float, report: Any, keep: Any) -> Match:
    worst = report.worst
    return Match(
        doc_id=doc_id,
        original_id=original_id,
        derived=report.derivation.derived,
        score=float(report.derivation.score),
        coverage=float(report.derivation.coverage),
        screen_score=float(screen_score),
        counts=report.counts(),
        worst=None if worst is None else str(worst),
        findings=len(report.findings),
        report=keep,
    )


class LocalExecutor:
    """Runs every batch in this process, in order."""

    name = "local"

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        for item in items:
            yield fn(item)

    def close(self) -> None:
        pass

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class DaskExecutor:
    """Runs batches on a Dask cluster: an existing one (``scheduler="tcp://host:8786"``) or a
    ``LocalCluster`` of ``workers`` single-threaded processes (default: one per core).

    At most ``window`` batches are in flight, so an endless stream never piles up in memory;
    results are yielded in input order. Scripts that start a ``LocalCluster`` must guard their
    entry point with ``if __name__ == "__main__":`` (workers are spawned processes).
    """

    name = "dask"

    def __init__(self, scheduler: str | None = None, *, workers: int | None = None, window: int | None = None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as e:
            raise OptionError("the dask executor needs Dask: pip install 'factdiff[corpus]'") from e
        self.cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="20s")
            except OSError as e:
                raise OptionError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        else:
            n = workers or os.cpu_count() or 1
            if n < 1:
                raise OptionError("workers must be at least 1")
            self.cluster = LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
            )
            self.client = Client(self.cluster)
        nthreads = sum(self.client.nthreads().values()) or 1
        self.window = window or 2 * nthreads

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        pending: deque[Any] = deque()
        for item in items:
            pending.append(self.client.submit(fn, item, pure=False))
            if len(pending) >= self.window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def get_executor(name: str = "local", *, scheduler: str | None = None, workers: int | None = None) -> LocalExecutor | DaskExecutor:
    """``"local"`` or ``"dask"`` (with ``scheduler`` address, or a LocalCluster of ``workers``)."""
    if name == "local":
        if scheduler:
            raise OptionError("--scheduler needs --executor dask")
        return LocalExecutor()
    if name == "dask":
        return DaskExecutor(scheduler, workers=workers)
    raise OptionError(f"unknown executor {name!r}; use local or dask")
