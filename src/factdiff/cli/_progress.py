"""A one-line progress counter on standard error, shown only when it is a terminal."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, label: str, *, enabled: bool | None = None, every: float = 0.2) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.count = 0
        self.extra = ""
        self._t0 = time.perf_counter()
        self._last = 0.0
        self._every = every

    def __call__(self, n: int = 1, extra: str | None = None) -> None:
        self.count += n
        if extra is not None:
            self.extra = extra
        now = time.perf_counter()
        if self.enabled and now - self._last >= self._every:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.count / max(now - self._t0, 1e-9)
        sys.stderr.write(f"\r{self.label}: {self.count:,} ({rate:,.0f}/s){self.extra}\x1b[K")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.perf_counter())
            sys.stderr.write("\n")
            sys.stderr.flush()
