"""The HTTP service: ``create_app(Settings(...))`` returns a FastAPI app.

A thin shell over :func:`factdiff.compare`: it validates requests, runs audits on a bounded
worker pool with a deadline, and turns every error into JSON with a stable ``code``. It accepts
texts only (never file paths), makes no outbound connections, and serves every asset itself
(the viewer at ``/`` and the API docs at ``/docs`` work offline).
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any, Literal

import numpy as np
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..compare import compare
from ..detectors import names as detector_names
from ..embed import Embedder, get_embedder
from ..errors import EncodingError, FactdiffError, OptionError
from ..render import html as html_render
from ..textio import decode
from .errors import Internal, MethodNotAllowed, NotFound, RequestError, body, status_of
from .limits import BodyLimit, Gate
from .settings import Settings

log = logging.getLogger("factdiff.server")

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


# ---- the audit, run in a worker thread or process ----

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


def warm_worker() -> None:
    """Initializer of a worker process: load the models by auditing the demo pair once."""
    from ..cli.demo import demo_texts

    audit(*demo_texts(), {}, "json")


def _pid() -> int:
    import os

    return os.getpid()


# ---- request documents (for validation messages and the OpenAPI schema) ----


class CompareOptions(BaseModel):
    """Options of the audit (all optional)."""

    model_config = ConfigDict(extra="forbid")
    summary: bool = Field(False, description="the copy is a summary: omissions are expected and capped at minor")
    locale: Literal["us", "eu"] = Field("us", description="how to read numeric dates such as 2/12/2026")
    detectors: list[str] | None = Field(None, description="detector names to run (default: all)")


class CompareRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    source: str = Field(..., description="the original text (plain text or Markdown)")
    copy_text: str = Field(..., alias="copy", description="the text derived from it")
    options: CompareOptions = Field(default_factory=CompareOptions)


_OPTION_TYPES: dict[str, Any] = {"summary": bool, "locale": str, "detectors": list}


def parse_compare(raw: bytes, *, max_bytes: int) -> tuple[str, str, dict[str, Any]]:
    """Validate a ``/v1/compare`` body; return the two texts and the options for ``compare``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise EncodingError(f"request body is not UTF-8 (invalid byte at offset {e.start}); send JSON encoded as UTF-8") from e
    if not text.strip():
        raise RequestError("request body is empty; send a JSON object {\"source\": ..., \"copy\": ...}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise RequestError(f"request body is not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})") from e
    if not isinstance(data, dict):
        raise RequestError(f"request body must be a JSON object with 'source' and 'copy', not {type(data).__name__}")
    unknown = sorted(set(data) - {"source", "copy", "options"})
    if unknown:
        raise RequestError(f"unknown field(s): {', '.join(unknown)}; expected source, copy and options")
    texts = []
    for role in ("source", "copy"):
        value = data.get(role)
        if value is None:
            raise RequestError(f"missing field {role!r}: a string with the {'original' if role == 'source' else 'derived'} text")
        if not isinstance(value, str):
            raise RequestError(f"field {role!r} must be a string, not {type(value).__name__}")
        try:
            encoded = value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise EncodingError(f"{role}: contains an unpaired surrogate (\\u{ord(value[e.start]):04x}); send valid Unicode") from e
        texts.append(decode(encoded, name=role, max_bytes=max_bytes))
    return texts[0], texts[1], parse_options(data.get("options"))


def parse_options(options: Any) -> dict[str, Any]:
    if options is None:
        return {}
    if not isinstance(options, dict):
        raise OptionError(f"options must be a JSON object, not {type(options).__name__}")
    unknown = sorted(set(options) - set(_OPTION_TYPES))
    if unknown:
        raise OptionError(f"unknown option(s): {', '.join(unknown)}; known: {', '.join(_OPTION_TYPES)}")
    out: dict[str, Any] = {}
    for key, value in options.items():
        if value is None:
            continue
        if not isinstance(value, _OPTION_TYPES[key]):
            raise OptionError(f"option {key!r} must be a {_OPTION_TYPES[key].__name__}, not {type(value).__name__}")
        out[key] = value
    if "locale" in out and out["locale"] not in ("us", "eu"):
        raise OptionError(f"option 'locale' must be 'us' or 'eu', not {out['locale']!r}")
    if "detectors" in out:
        known = set(detector_names())
        bad = [d for d in out["detectors"] if not isinstance(d, str) or d not in known]
        if bad:
            raise OptionError(f"unknown detector(s) {bad!r}; known: {', '.join(sorted(known))}")
    return out


# ---- the app ----


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

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if settings.warmup:
            if processes:  # start every worker process; each loads the models in its initializer
                await asyncio.gather(*(gate.run(_pid, timeout=300.0) for _ in range(settings.workers)))
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
    schemas = {**request_schema.pop("$defs", {}), "CompareRequest": request_schema}
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
