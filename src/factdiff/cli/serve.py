"""``factdiff serve``: the HTTP API and the browser viewer (``pip install 'factdiff[serve]'``)."""

from __future__ import annotations

import argparse
import ipaddress
import sys

from ..errors import FactdiffError, OptionError


class MissingExtra(FactdiffError):
    code = "FD301"


def register(sub: argparse._SubParsersAction) -> None:
    from ..server.settings import Settings

    d = Settings()

    p = sub.add_parser(
        "serve",
        help="run the HTTP API and the browser viewer",
        description="Serve the factdiff API (POST /v1/compare, GET /healthz, docs at /docs) and the viewer at /.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--workers", type=int, default=d.workers, help=f"audits run at once (default {d.workers})")
    p.add_argument(
        "--pool",
        choices=["thread", "process"],
        default=d.pool,
        help="run audits in threads (one copy of the models) or processes (one copy per worker, parallel on several cores)",
    )
    p.add_argument("--queue", type=int, default=d.queue, help=f"requests that may wait for a worker before 429 (default {d.queue})")
    p.add_argument("--timeout", type=float, default=d.timeout, help=f"seconds one request may take, waiting included, before 503 (default {d.timeout:g})")
    p.add_argument("--max-bytes", type=int, default=d.max_bytes, help=f"largest request body accepted (default {d.max_bytes:,}; 0 = no limit)")
    p.add_argument("--index", metavar="PATH", help="an index of originals (factdiff index) for POST /v1/scan and GET /v1/originals/{id}")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"], help="server log level")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from ..server import Settings, create_app
    except ImportError as e:
        raise MissingExtra(f"factdiff serve needs the 'serve' extra: pip install 'factdiff[serve]' ({e.name} is missing)") from e
    if args.workers < 1 or args.queue < 0 or args.timeout <= 0 or args.max_bytes < 0:
        raise OptionError("--workers must be >= 1, --queue >= 0, --timeout > 0 and --max-bytes >= 0")
    if not 0 < args.port < 65536:
        raise OptionError(f"--port {args.port} is not a TCP port")
    if not _loopback(args.host):
        print(
            f"factdiff: listening on {args.host}: the API has no authentication; expose it only behind a proxy you trust",
            file=sys.stderr,
        )
    settings = Settings(max_bytes=args.max_bytes, timeout=args.timeout, workers=args.workers, queue=args.queue, pool=args.pool, index=args.index)
    app = create_app(settings)
    print(f"factdiff: loading models, then serving on http://{_url_host(args.host)}:{args.port}/ (Ctrl+C to stop)", file=sys.stderr)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        timeout_keep_alive=5,
        # a hard backstop on open connections, far above workers + queue (those get a JSON 429 first)
        limit_concurrency=max(128, 4 * (args.workers + args.queue)),
        server_header=False,
    )
    return 0


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
