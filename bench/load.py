"""Load test of ``factdiff serve``: N concurrent clients on loopback for a fixed time.

Starts ``factdiff serve`` on 127.0.0.1 (a free port), waits until it is ready (models loaded), then
runs ``--clients`` concurrent clients for ``--duration`` seconds against ``POST /v1/compare``
with a mix of pair sizes, and prints throughput, latency percentiles, status counts and the
server's peak resident memory. Every client loop is bounded by the deadline; the script stops by
itself and stops the server it started.

Pairs are made from the demo pair shipped with factdiff (and the seed pair from ../shared when
present): every number is replaced by a random one, consistently in both texts, so each request
carries texts the server has not seen (the embedding cache does not make the load trivial) while
the copy keeps its departures from the source. Mix: 60% small (~1 KB a side), 30% medium
(~5 KB, five variants in a row), 10% large (~20 KB).

    python bench/load.py                      # 50 clients, 60 s, server defaults
    python bench/load.py --clients 50 --duration 60 --workers 2 --queue 16
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTDIFF_SHARED", ROOT.parent / "shared"))
_NUM = re.compile(r"\d+(?:[.,]\d+)*")


def base_pairs() -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "src"))
    from factdiff.cli.demo import demo_texts

    pairs = [demo_texts()]
    seeds = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
    if len(seeds) >= 2:  # read at run time only; never copied anywhere
        pairs.append((seeds[0].read_text(encoding="utf-8"), seeds[1].read_text(encoding="utf-8")))
    return pairs


def variant(pair: tuple[str, str], rng: random.Random) -> tuple[str, str]:
    """The pair with every distinct number replaced by a random one, the same way in both texts."""
    mapping: dict[str, str] = {}

    def sub(m: re.Match[str]) -> str:
        if m.group(0) not in mapping:
            mapping[m.group(0)] = str(rng.randint(2, 99_999))
        return mapping[m.group(0)]

    return _NUM.sub(sub, pair[0]), _NUM.sub(sub, pair[1])


def make_request(bases: list[tuple[str, str]], rng: random.Random) -> tuple[str, bytes]:
    r = rng.random()
    size, k = ("small", 1) if r < 0.6 else ("medium", 5) if r < 0.9 else ("large", 20)
    parts = [variant(rng.choice(bases), rng) for _ in range(k)]
    source = "\n\n".join(p[0] for p in parts)
    copy = "\n\n".join(p[1] for p in parts)
    return size, json.dumps({"source": source, "copy": copy}).encode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class MemoryWatch(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.proc = psutil.Process(pid)
        self.peak = 0
        self.stop = threading.Event()
        self.cpu0 = self.cpu_seconds()

    def cpu_seconds(self) -> float:
        try:
            procs = [self.proc, *self.proc.children(recursive=True)]
            return sum(p.cpu_times().user + p.cpu_times().system for p in procs)
        except psutil.Error:
            return 0.0

    def rss(self) -> int:
        """Resident memory of the server and its worker processes."""
        return int(self.proc.memory_info().rss + sum(c.memory_info().rss for c in self.proc.children(recursive=True)))

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.peak = max(self.peak, self.rss())
            except psutil.Error:
                return
            self.stop.wait(0.2)


async def client(
    http: httpx.AsyncClient,
    url: str,
    deadline: float,
    seed: int,
    bases: list[tuple[str, str]],
    results: list[tuple[str, int, float]],
    late: list[int],
) -> None:
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        size, body = make_request(bases, rng)
        t0 = time.monotonic()
        retry_after = 1.0
        try:
            r = await http.post(url, content=body, headers={"content-type": "application/json"})
            status = r.status_code
            retry_after = float(r.headers.get("retry-after", 1.0))
        except httpx.HTTPError as e:
            status = -1
            print(f"client {seed}: {type(e).__name__}: {e}", file=sys.stderr)
        results.append((size, status, time.monotonic() - t0))
        if t0 < deadline <= time.monotonic():
            late.append(status)
        if status in (429, 503):  # back off as the server asks (Retry-After), without passing the deadline
            await asyncio.sleep(min(retry_after, max(0.0, deadline - time.monotonic())))


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q / 100 * (len(s) - 1))))]


async def load(
    url: str, clients: int, duration: float, bases: list[tuple[str, str]]
) -> tuple[list[tuple[str, int, float]], float, list[int]]:
    """Requests start only before the deadline; those in flight then are waited for (and counted)."""
    results: list[tuple[str, int, float]] = []
    late: list[int] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=httpx.Timeout(180.0), limits=limits, trust_env=False) as http:
        t0 = time.monotonic()
        deadline = t0 + duration
        await asyncio.gather(*(client(http, url, deadline, i, bases, results, late) for i in range(clients)))
        return results, time.monotonic() - t0, late


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=60.0)
    ap.add_argument("--workers", type=int, help="server --workers (default: the server's default)")
    ap.add_argument("--queue", type=int, help="server --queue (default: the server's default)")
    ap.add_argument("--timeout", type=float, help="server --timeout (default: the server's default)")
    ap.add_argument("--pool", choices=["thread", "process"], help="server --pool (default: the server's default)")
    args = ap.parse_args()

    port = free_port()
    cmd = [sys.executable, "-m", "factdiff", "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    for opt in ("workers", "queue", "timeout", "pool"):
        if getattr(args, opt) is not None:
            cmd += [f"--{opt}", str(getattr(args, opt))]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    server = subprocess.Popen(cmd, cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        t_start = time.monotonic()
        health = None
        while time.monotonic() - t_start < 180:
            if server.poll() is not None:
                print("server exited during start-up", file=sys.stderr)
                return 2
            try:
                health = httpx.get(base + "/healthz", timeout=2, trust_env=False).json()
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        if health is None:
            print("server did not start within 180 s", file=sys.stderr)
            return 2
        watch = MemoryWatch(server.pid)
        idle_rss = watch.rss()
        watch.start()
        bases = base_pairs()
        load_before = os.getloadavg()
        results, elapsed, late = asyncio.run(load(base + "/v1/compare", args.clients, args.duration, bases))
        load_after = os.getloadavg()
        server_cpu = watch.cpu_seconds() - watch.cpu0
        watch.stop.set()
        watch.join()
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()

    statuses = Counter(s for _, s, _ in results)
    ok = [lat for _, s, lat in results if s == 200]
    five = sum(n for s, n in statuses.items() if s >= 500 and s != 503)
    sizes = Counter(size for size, s, _ in results if s == 200)
    print(f"factdiff serve load test: {args.clients} clients for {args.duration:g} s (+{elapsed - args.duration:.1f} s for "
          f"{len(late)} requests in flight at the deadline), loopback 127.0.0.1; server pool={health['pool']} workers={health['workers']} "
          f"capacity={health['capacity']} timeout={health['limits']['timeout_s']} s")
    print(f"machine: {os.cpu_count()} CPUs, load average {load_before[0]:.1f} at start, {load_after[0]:.1f} at end "
          "(other processes share these CPUs)")
    print(f"pairs: {len(bases)} base pair(s), mix 60% small / 30% medium / 10% large; audited: "
          + ", ".join(f"{sizes.get(k, 0)} {k}" for k in ("small", "medium", "large")))
    print(f"server CPU time during the run: {server_cpu:.1f} s of {elapsed:.1f} s wall "
          f"({server_cpu / elapsed:.2f} cores busy on average; {server_cpu / max(1, len(ok)):.2f} CPU-s per audit)")
    print(f"requests: {len(results)}  ok: {len(ok)}  throughput: {len(ok) / elapsed:.2f} audits/s "
          f"({len(results) / elapsed:.2f} responses/s)")
    print("status: " + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())))
    print(f"latency of 200s (s): p50 {pct(ok, 50):.2f}  p95 {pct(ok, 95):.2f}  p99 {pct(ok, 99):.2f}  max {max(ok, default=float('nan')):.2f}")
    for size in ("small", "medium", "large"):
        lat = [lat for sz, s, lat in results if s == 200 and sz == size]
        if lat:
            print(f"  {size:6} n={len(lat):4}  p50 {pct(lat, 50):.2f}  p95 {pct(lat, 95):.2f}  p99 {pct(lat, 99):.2f}")
    print(f"5xx other than 503: {five}  (goal 0)   connection errors: {statuses.get(-1, 0)}")
    print(f"server memory: idle {idle_rss / 2**20:.0f} MiB, peak {watch.peak / 2**20:.0f} MiB  (goal <= 1536 MiB)")
    return 1 if five or statuses.get(-1, 0) else 0


if __name__ == "__main__":
    sys.exit(main())
