"""The HTTP service: ``create_app(Settings(...))`` returns a FastAPI app.

A thin shell over :func:`factdiff.compare`: it validates requests, runs audits on a bounded
worker pool with a deadline, and turns every error into JSON with a stable ``code``. It accepts
texts only (never file paths), makes no outbound connections, and serves every asset itself
(the viewer at ``/`` and the API docs at ``/docs`` work offline).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..embed import Embedder, get_embedder
from ..errors import FactdiffError, OptionError
from ..render import html as html_render
from .errors import Internal, MethodNotAllowed, NotFound, RequestError, body, status_of
from .limits import BodyLimit, Gate
from .requests import CompareRequest, ScanRequest, parse_compare, parse_scan
from .settings import Settings
from .work import SerialEmbedder, audit, pid, scan_one, warm_worker

log = logging.getLogger("factdiff.server")


def create_app(settings: Settings | None = None, *, embedder: Embedder | None = None) -> FastAPI:
    settings = settings or Settings()
    if embedder is not None and settings.pool == "process":
        raise ValueError("a custom embedder needs pool='thread'")
    processes = settings.pool == "process"
    gate = Gate(settings.workers, settings.queue, pool=settings.pool, initializer=warm_worker if processes and settings.warmup else None)
    state: dict[str, Any] = {"embedder": SerialEmbedder(embedder) if embedder is not None else None}

    def shared_embedder() -> SerialEmbedder:
        if state["embedder"] is None:
            state["embedder"] = SerialEmbedder(get_embedder("minilm"))
        emb: SerialEmbedder = state["embedder"]
        return emb

    async def run_audit(source: str, copy: str, options: dict[str, Any], fmt: str, *, timeout: float, admitted: bool = False) -> tuple[bytes, str]:
        if processes:
            return await gate.run(audit, source, copy, options, fmt, timeout=timeout, admitted=admitted)
        return await gate.run(audit, source, copy, options, fmt, shared_embedder(), timeout=timeout, admitted=admitted)

    def index_size() -> int | None:
        if not settings.index:
            return None
        from ..corpus import Index

        with Index(settings.index, create=False) as index:
            return len(index)

    if settings.index:
        index_size()  # fail at start, not at the first request, when the index cannot be opened

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if settings.warmup:
            if processes:  # start every worker process; each loads the models in its initializer
                await asyncio.gather(*(gate.run(pid, timeout=300.0) for _ in range(settings.workers)))
            else:
                from ..cli.demo import demo_texts

                await run_audit(*demo_texts(), {}, "json", timeout=max(settings.timeout, 120.0))
            log.info("factdiff: models loaded")
        yield
        gate.shutdown()

    app = FastAPIOffline(
        title="factdiff",
        version=__version__,
        description=(
            "A diff for facts: audit a derived text (spun copy, rewrite, summary, translation) against its source. "
            "Errors are JSON `{\"error\": {\"code\", \"message\", \"status\"}}` with a stable `code`."
        ),
        lifespan=lifespan,
        favicon_url="data:,",
    )
    app.state.settings = settings
    app.state.gate = gate
    app.add_middleware(BodyLimit, max_bytes=settings.max_bytes)

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    # ---- errors: always JSON with a stable code ----

    def error_response(err: FactdiffError) -> JSONResponse:
        status = status_of(err)
        extra = {"Retry-After": "2"} if status in (429, 503) else None
        return JSONResponse(body(err), status_code=status, headers=extra)

    @app.exception_handler(FactdiffError)
    async def on_factdiff_error(_: Request, err: FactdiffError) -> JSONResponse:
        return error_response(err)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, err: StarletteHTTPException) -> JSONResponse:
        if err.status_code == 404:
            return error_response(NotFound(f"no such endpoint: {request.method} {request.url.path}"))
        if err.status_code == 405:
            return error_response(MethodNotAllowed(f"{request.method} is not allowed on {request.url.path}"))
        e = RequestError(str(err.detail))
        resp = JSONResponse({"error": {"code": e.code, "message": e.message, "status": err.status_code}}, status_code=err.status_code)
        return resp

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(_: Request, err: RequestValidationError) -> JSONResponse:
        where = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in err.errors())
        return error_response(OptionError(where or "invalid request"))

    @app.exception_handler(Exception)
    async def on_crash(_: Request, err: Exception) -> JSONResponse:
        log.exception("factdiff: internal error")
        return error_response(Internal(f"internal error ({type(err).__name__}); see the server log"))

    # ---- endpoints ----

    request_schema = CompareRequest.model_json_schema(by_alias=True, ref_template="#/components/schemas/{model}")
    scan_schema = ScanRequest.model_json_schema(by_alias=True, ref_template="#/components/schemas/{model}")
    schemas = {**request_schema.pop("$defs", {}), **scan_schema.pop("$defs", {}), "CompareRequest": request_schema, "ScanRequest": scan_schema}
    compare_body = {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CompareRequest"}}},
        }
    }
    base_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = base_openapi()
            doc.setdefault("components", {}).setdefault("schemas", {}).update(schemas)
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]

    @app.post(
        "/v1/compare",
        summary="Audit a copy against its source",
        openapi_extra=compare_body,
        responses={
            200: {"description": "the report (schema factdiff.report/1), or an HTML page with `format=html`",
                  "content": {"application/json": {}, "text/html": {}}},
            400: {"description": "not JSON / not UTF-8 / wrong fields (FD400, FD103)"},
            413: {"description": "request body over the size limit (FD104)"},
            422: {"description": "empty, binary or HTML text (FD101, FD102, FD105); bad option (FD300)"},
            429: {"description": "all workers busy and the queue full (FD429): retry after Retry-After"},
            503: {"description": "the audit ran past the time limit (FD503)"},
        },
    )
    async def compare_endpoint(
        request: Request,
        format: str = Query("json", description="`json` (the report) or `html` (a self-contained page)"),
    ) -> Response:
        if format not in ("json", "html"):
            raise OptionError(f"unknown format {format!r}; use json or html")
        gate.admit()  # refuse a busy server's requests before reading and checking their bodies
        try:
            raw = await request.body()
            source, copy, options = parse_compare(raw, max_bytes=settings.max_bytes)
        except BaseException:
            gate.release()
            raise
        content, media = await run_audit(source, copy, options, format, timeout=settings.timeout, admitted=True)
        return Response(content=content, media_type=media)

    def require_index() -> str:
        if not settings.index:
            raise NotFound("this server has no index of originals (start it with --index PATH)")
        return settings.index

    scan_lock = threading.Lock()  # the scan's parsed-original cache is per process, not thread-safe

    def scan_serial(index_path: str, doc_id: str, text: str, options: dict[str, Any], emb: Embedder) -> bytes:
        with scan_lock:
            return scan_one(index_path, doc_id, text, options, emb)

    @app.post(
        "/v1/scan",
        summary="Find the indexed originals a document derives from",
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScanRequest"}}}}},
        responses={404: {"description": "the server has no index (FD404)"}},
    )
    async def scan_endpoint(request: Request) -> Response:
        index_path = require_index()
        gate.admit()
        try:
            raw = await request.body()
            doc_id, text, options = parse_scan(raw, max_bytes=settings.max_bytes)
        except BaseException:
            gate.release()
            raise
        if processes:
            content = await gate.run(scan_one, index_path, doc_id, text, options, timeout=settings.timeout, admitted=True)
        else:
            content = await gate.run(scan_serial, index_path, doc_id, text, options, shared_embedder(), timeout=settings.timeout, admitted=True)
        return Response(content=content, media_type="application/json")

    @app.get("/v1/originals/{original_id}", summary="An indexed original by id")
    async def original(original_id: str) -> dict[str, Any]:
        index_path = require_index()

        def get() -> Any:
            from ..corpus import Index

            with Index(index_path, create=False) as index:
                return index.get(original_id)

        found = await asyncio.to_thread(get)
        if found is None:
            raise NotFound(f"no original with id {original_id!r} in the index")
        return dict(found.to_dict())

    @app.get("/healthz", summary="Liveness and load")
    async def healthz() -> dict[str, Any]:
        return {
            "status": "ok",
            "version": __version__,
            "workers": gate.workers,
            "pool": gate.kind,
            "capacity": gate.capacity,
            "in_flight": gate.in_flight,
            "limits": {"max_bytes": settings.max_bytes, "timeout_s": settings.timeout},
            "index": index_size(),
        }

    @app.get("/v1/demo", summary="The example pair shipped with factdiff")
    async def demo() -> dict[str, str]:
        from ..cli.demo import demo_texts

        src, cop = demo_texts()
        return {"source": src, "copy": cop}

    @app.get("/", include_in_schema=False, response_class=HTMLResponse)
    async def index() -> HTMLResponse:
        return HTMLResponse(html_render.page(None, app=True, title="factdiff"), headers={"Content-Security-Policy": html_render.APP_CSP})

    return app
