"""Limits of one server (importable without the ``serve`` extra, for the CLI's defaults)."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Settings:
    """``max_bytes`` bounds the whole request body (0 = no limit); ``timeout`` is per request,
    waiting for a worker included; ``workers`` audits run at once and ``queue`` more may wait;
    ``pool`` is ``"thread"`` (one copy of the models, shared) or ``"process"`` (one per worker:
    parallel on several cores)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 60.0
    workers: int = max(1, min(4, os.cpu_count() or 1))
    queue: int = 16
    warmup: bool = True
    pool: str = "thread"
    #: an index of originals (``factdiff index``) for ``/v1/scan`` and ``/v1/originals``; set by the
    #: operator, never by a client
    index: str | None = None
