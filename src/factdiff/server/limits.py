"""Safety limits of the service: request body size, and a bounded worker pool with a deadline."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any, TypeVar

from ..errors import TooLarge
from .errors import Busy, TimedOut, body

T = TypeVar("T")


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413 and code FD104.

    A declared ``Content-Length`` over the limit is refused before the body is read; a body sent
    without one (chunked) is counted as it arrives and refused as soon as it passes the limit.
    """

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http" or self.max_bytes <= 0:
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    declared = -1
                if declared > limit:
                    await _refuse(send, TooLarge(f"request body of {declared:,} bytes is over the limit of {limit:,}"))
                    return
        seen = 0

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise TooLarge(f"request body is over the limit of {limit:,} bytes")
            return message

        await self.app(scope, counted, send)


async def _refuse(send: Callable[..., Any], err: TooLarge) -> None:
    payload = json.dumps(body(err)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()), (b"connection", b"close")],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class Gate:
    """Run CPU-bound calls on ``workers`` threads or processes, with at most ``queue`` more waiting.

    A call beyond that raises :class:`Busy` (HTTP 429) at once; a call that has not finished within
    ``timeout`` seconds (waiting included) raises :class:`TimedOut` (HTTP 503). A call still queued
    at its deadline is cancelled; one already running finishes in the background and keeps its
    slot until then, so the number of audits running never exceeds ``workers``.

    ``pool="process"`` runs calls in ``workers`` spawned processes (true parallelism on several
    cores, at the price of one copy of the models per process); ``initializer`` then runs once in
    each. A process pool broken by a dying worker is replaced, and the calls it held fail.
    """

    def __init__(
        self, workers: int, queue: int, *, pool: str = "thread", initializer: Callable[[], None] | None = None
    ) -> None:
        if workers < 1 or queue < 0:
            raise ValueError("workers must be >= 1 and queue >= 0")
        if pool not in ("thread", "process"):
            raise ValueError("pool must be 'thread' or 'process'")
        self.workers = workers
        self.capacity = workers + queue
        self.kind = pool
        self._initializer = initializer
        self._lock = threading.Lock()
        self._in_flight = 0
        self._pool = self._new_pool()

    def _new_pool(self) -> Executor:
        if self.kind == "process":
            import multiprocessing

            return ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=self._initializer
            )
        return ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="factdiff-worker")

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def admit(self) -> None:
        """Take a slot or raise :class:`Busy`. Cheap: call it before reading a request's body,
        and hand the slot to :meth:`run` with ``admitted=True`` (or give it back with :meth:`release`)."""
        with self._lock:
            if self._in_flight >= self.capacity:
                raise Busy(f"the server is busy ({self.workers} audits running, {self.capacity - self.workers} waiting); retry shortly")
            self._in_flight += 1

    def release(self) -> None:
        with self._lock:
            self._in_flight -= 1

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float, admitted: bool = False) -> T:
        if not admitted:
            self.admit()
        try:
            fut = self._pool.submit(fn, *args)
        except BrokenExecutor:
            self.release()
            self._replace()
            raise
        except BaseException:
            self.release()
            raise
        fut.add_done_callback(lambda _: self.release())
        try:
            return await asyncio.wait_for(asyncio.wrap_future(fut), timeout)
        except TimeoutError as e:
            fut.cancel()
            raise TimedOut(f"the audit did not finish within {timeout:g} s; send shorter texts or raise the limit") from e
        except BrokenExecutor:
            self._replace()
            raise

    def _replace(self) -> None:
        with self._lock:
            old, self._pool = self._pool, self._new_pool()
        old.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        """Stop: queued calls are cancelled; worker processes are stopped, worker threads finish."""
        pool = self._pool
        pool.shutdown(wait=False, cancel_futures=True)
        if isinstance(pool, ProcessPoolExecutor):
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                proc.terminate()
            pool.shutdown(wait=True)
