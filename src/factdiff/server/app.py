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
    data = parse_json_object(raw, "with 'source' and 'copy'")
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


class ScanOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    k: int = Field(3, ge=1, le=20, description="candidates to audit")
    min_score: float = Field(0.3, ge=0, le=1, description="least screening score to audit a candidate")
    best_only: bool = Field(True, description="report only the most strongly derived original")
    reports: bool = Field(False, description="include each match's full report")
    summary: bool = False
    locale: Literal["us", "eu"] = "us"


class ScanRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(..., description="the document to look up (plain text or Markdown)")
    id: str = Field("doc", description="a name for it, echoed in the matches")
    options: ScanOptions = Field(default_factory=ScanOptions)


_SCAN_OPTIONS: dict[str, Any] = {"k": int, "min_score": (int, float), "best_only": bool, "reports": bool, "summary": bool, "locale": str}


def parse_json_object(raw: bytes, what: str) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise EncodingError(f"request body is not UTF-8 (invalid byte at offset {e.start}); send JSON encoded as UTF-8") from e
    if not text.strip():
        raise RequestError(f"request body is empty; send a JSON object {what}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise RequestError(f"request body is not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})") from e
    if not isinstance(data, dict):
        raise RequestError(f"request body must be a JSON object {what}, not {type(data).__name__}")
    return data


def parse_scan(raw: bytes, *, max_bytes: int) -> tuple[str, str, dict[str, Any]]:
    data = parse_json_object(raw, '{"text": ...}')
    unknown = sorted(set(data) - {"text", "id", "options"})
    if unknown:
        raise RequestError(f"unknown field(s): {', '.join(unknown)}; expected text, id and options")
    text, doc_id = data.get("text"), data.get("id", "doc")
    if not isinstance(text, str):
        raise RequestError("field 'text' must be a string" if text is not None else "missing field 'text': the document to look up")
    if not isinstance(doc_id, str) or not doc_id:
        raise RequestError("field 'id' must be a non-empty string")
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise EncodingError("text: contains an unpaired surrogate; send valid Unicode") from e
    text = decode(encoded, name="text", max_bytes=max_bytes)
    options = data.get("options") or {}
    if not isinstance(options, dict):
        raise OptionError(f"options must be a JSON object, not {type(options).__name__}")
    bad = sorted(set(options) - set(_SCAN_OPTIONS))
    if bad:
        raise OptionError(f"unknown option(s): {', '.join(bad)}; known: {', '.join(_SCAN_OPTIONS)}")
    for key, value in options.items():
        if isinstance(value, bool) and _SCAN_OPTIONS[key] is not bool or not isinstance(value, _SCAN_OPTIONS[key]):
            raise OptionError(f"option {key!r} has the wrong type ({type(value).__name__})")
    if not 1 <= options.get("k", 3) <= 20:
        raise OptionError("option 'k' must be between 1 and 20")
    if not 0 <= options.get("min_score", 0.3) <= 1:
        raise OptionError("option 'min_score' must be between 0 and 1")
    if options.get("locale", "us") not in ("us", "eu"):
        raise OptionError("option 'locale' must be 'us' or 'eu'")
    return doc_id, text, options


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
