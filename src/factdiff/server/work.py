"""The work a server hands to its workers: one audit, one scan (module-level: picklable)."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..compare import compare
from ..embed import Embedder, get_embedder
from ..render import html as html_render


class SerialEmbedder:
    """Shares one embedder between worker threads: one ``encode`` at a time.

    The model session itself already uses every core, and the embedder's LRU cache is not safe
    for concurrent use; parsing and the detectors still run in parallel.
    """

    def __init__(self, inner: Embedder) -> None:
        self._inner = inner
        self._lock = threading.Lock()
        self.name = getattr(inner, "name", type(inner).__name__)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            return self._inner.encode(texts)


_PROCESS_EMBEDDER: Embedder | None = None


def audit(source: str, copy: str, options: dict[str, Any], fmt: str, embedder: Embedder | None = None) -> tuple[bytes, str]:
    """One audit, rendered: ``(body, media type)``. Module-level so a process pool can call it."""
    global _PROCESS_EMBEDDER
    if embedder is None:  # in a worker process: one audit at a time, the model is its own
        if _PROCESS_EMBEDDER is None:
            _PROCESS_EMBEDDER = get_embedder("minilm")
        embedder = _PROCESS_EMBEDDER
    report = compare(source, copy, embedder=embedder, **options)
    if fmt == "html":
        return html_render.render(report).encode("utf-8"), "text/html; charset=utf-8"
    return json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8"), "application/json"


def scan_one(index_path: str, doc_id: str, text: str, options: dict[str, Any], embedder: Embedder | None = None) -> bytes:
    """Screen one document against the index and audit its candidates; the matches as JSON."""
    from ..corpus import Index

    opts = dict(options)
    reports = bool(opts.pop("reports", False))
    scan_opts = {k: opts.pop(k) for k in ("k", "min_score", "best_only") if k in opts}
    if embedder is not None:
        opts["embedder"] = embedder
    with Index(index_path, create=False) as index:
        matches = list(index.scan([(doc_id, text)], keep_reports=reports, **scan_opts, **opts))
    out = []
    for m in matches:
        d = m.to_dict()
        if reports and m.report is not None:
            d["report"] = m.report.to_dict()
        out.append(d)
    return json.dumps({"doc_id": doc_id, "matches": out}, ensure_ascii=False).encode("utf-8")


def warm_worker() -> None:
    """Initializer of a worker process: load the models by auditing the demo pair once."""
    from ..cli.demo import demo_texts

    audit(*demo_texts(), {}, "json")


def pid() -> int:
    """What a worker process runs to start up (its initializer loads the models)."""
    return os.getpid()
