"""The HTTP API: every endpoint and every error path, through FastAPI's TestClient."""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import threading
import time

import numpy as np
import pytest

pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")
pytest.importorskip("fastapi_offline", reason="the 'serve' extra is not installed")

from fastapi.testclient import TestClient  # noqa: E402

import factdiff  # noqa: E402
from factdiff.server import Settings, create_app  # noqa: E402
from factdiff.server.errors import Busy, TimedOut  # noqa: E402
from factdiff.server.limits import Gate  # noqa: E402


@pytest.fixture(scope="module")
def client():
    # warmup=True: the lifespan loads the models by auditing the demo pair once
    with TestClient(create_app(Settings(workers=2, queue=4, timeout=120))) as c:
        yield c


@pytest.fixture(scope="module")
def small_client():
    """A server with a 2,000-byte body limit, to test size limits without megabytes."""
    with TestClient(create_app(Settings(max_bytes=2000, warmup=False))) as c:
        yield c


def error(r, status: int, code: str) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["code"] == code and err["status"] == status and err["message"]
    return str(err["message"])


# ---- POST /v1/compare ----


def test_compare_returns_the_report_json(client, demo_pair) -> None:
    r = client.post("/v1/compare", json={"source": demo_pair[0], "copy": demo_pair[1]})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert r.json() == factdiff.compare(*demo_pair).to_dict()
    assert r.json()["schema"] == "factdiff.report/1"
    assert {f["type"] for f in r.json()["findings"]} >= {"omission", "addition"}


def test_compare_options_reach_compare(client, demo_pair) -> None:
    body = {"source": demo_pair[0], "copy": demo_pair[1]}
    plain = client.post("/v1/compare", json=body).json()
    summary = client.post("/v1/compare", json={**body, "options": {"summary": True, "locale": "eu"}}).json()
    assert any(f["type"] == "omission" and f["severity"] == "major" for f in plain["findings"])
    assert all(f["severity"] in ("info", "minor") for f in summary["findings"] if f["type"] == "omission")
    only = client.post("/v1/compare", json={**body, "options": {"detectors": ["addition"]}}).json()
    assert only["findings"] and {f["type"] for f in only["findings"]} == {"addition"}
    assert client.post("/v1/compare", json={**body, "options": None}).status_code == 200


def test_compare_html_is_one_self_contained_page(client, demo_pair) -> None:
    r = client.post("/v1/compare?format=html", json={"source": demo_pair[0], "copy": demo_pair[1]})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert page.startswith("<!doctype html>") and 'id="factdiff-data"' in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "the page must not load anything"
    data = json.loads(re.search(r'id="factdiff-data">(.*?)</script>', page, re.S).group(1))
    assert data["report"] == factdiff.compare(*demo_pair).to_dict()
    assert (data["source"], data["copy"]) == demo_pair


def test_texts_are_texts_never_file_paths(client) -> None:
    r = client.post("/v1/compare", json={"source": "/etc/hostname", "copy": "/etc/hostname"})
    assert r.status_code == 200
    assert [s["text"] for s in r.json()["source"]["sentences"]] == ["/etc/hostname"]


BAD_BODIES = [
    # (body bytes, status, code, words the message must contain)
    (b"", 400, "FD400", "empty"),
    (b"{", 400, "FD400", "not valid JSON"),
    (b"source=a&copy=b", 400, "FD400", "not valid JSON"),
    (b"[1, 2]", 400, "FD400", "JSON object"),
    (b'{"source": "A text."}', 400, "FD400", "missing field 'copy'"),
    (b'{"copy": "A text."}', 400, "FD400", "missing field 'source'"),
    (b'{"source": 3, "copy": "A text."}', 400, "FD400", "must be a string"),
    (b'{"source": "a", "copy": "b", "path": "/etc/passwd"}', 400, "FD400", "unknown field(s): path"),
    ('{"source": "caf\u00e9 au lait.", "copy": "x"}'.encode("latin-1"), 400, "FD103", "not UTF-8"),
    (b'{"source": "bad \\ud800 surrogate", "copy": "x"}', 400, "FD103", "surrogate"),
    (b'{"source": "   \\n ", "copy": "A text."}', 422, "FD101", "source: is empty"),
    (b'{"source": "A text.", "copy": ""}', 422, "FD101", "copy: is empty"),
    (b'{"source": "a\\u0000b\\u0000c", "copy": "A text."}', 422, "FD102", "binary"),
    (b'{"source": "<html><body><p>Hi</p></body></html>", "copy": "Hi."}', 422, "FD105", "HTML"),
    (b'{"source": "A.", "copy": "B.", "options": {"colour": true}}', 422, "FD300", "unknown option(s): colour"),
    (b'{"source": "A.", "copy": "B.", "options": {"embedder": "/tmp/model.onnx"}}', 422, "FD300", "unknown option(s): embedder"),
    (b'{"source": "A.", "copy": "B.", "options": {"locale": "fr"}}', 422, "FD300", "'us' or 'eu'"),
    (b'{"source": "A.", "copy": "B.", "options": {"summary": "yes"}}', 422, "FD300", "must be a bool"),
    (b'{"source": "A.", "copy": "B.", "options": {"detectors": ["nope"]}}', 422, "FD300", "unknown detector"),
    (b'{"source": "A.", "copy": "B.", "options": [1]}', 422, "FD300", "JSON object"),
]


@pytest.mark.parametrize(("body", "status", "code", "words"), BAD_BODIES)
def test_bad_requests_get_json_errors_with_codes(client, body, status, code, words) -> None:
    message = error(client.post("/v1/compare", content=body, headers={"content-type": "application/json"}), status, code)
    assert words in message


def test_unknown_format(client) -> None:
    error(client.post("/v1/compare?format=pdf", json={"source": "A.", "copy": "A."}), 422, "FD300")


def test_oversized_body_declared(small_client) -> None:
    body = json.dumps({"source": "word " * 300, "copy": "word " * 300}).encode()
    message = error(small_client.post("/v1/compare", content=body), 413, "FD104")
    assert "over the limit of 2,000" in message


def test_oversized_body_streamed_without_length(small_client) -> None:
    def chunks():
        yield b'{"source": "'
        for _ in range(10):
            yield b"x" * 500
        yield b'", "copy": "y"}'

    error(small_client.post("/v1/compare", content=chunks()), 413, "FD104")


def test_a_body_under_the_limit_is_audited(small_client) -> None:
    ok = small_client.post("/v1/compare", json={"source": "The cat sat on the mat.", "copy": "The cat sat on the mat."})
    assert ok.status_code == 200


def test_default_limit_is_5_mb(client) -> None:
    assert client.get("/healthz").json()["limits"]["max_bytes"] == 5_000_000
    error(client.post("/v1/compare", content=b"x" * 5_000_001), 413, "FD104")


# ---- other endpoints ----


def test_healthz(client) -> None:
    h = client.get("/healthz").json()
    assert h["status"] == "ok" and h["version"] == factdiff.__version__
    assert h["workers"] == 2 and h["capacity"] == 6 and h["in_flight"] == 0


def test_demo_pair_endpoint(client, demo_pair) -> None:
    assert client.get("/v1/demo").json() == {"source": demo_pair[0], "copy": demo_pair[1]}


def test_unknown_endpoint_and_method(client) -> None:
    error(client.get("/v1/nothing"), 404, "FD404")
    error(client.get("/v1/compare"), 405, "FD405")


def test_viewer_page_is_served_offline(client) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert 'id="fd-form"' in r.text and "FactdiffViewer" in r.text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", r.text)


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_work_offline(client, path) -> None:
    docs = client.get(path)
    assert docs.status_code == 200
    refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", docs.text)
    assert refs, "the docs page should reference its assets"
    for ref in refs:
        assert not re.match(r"(https?:)?//", ref), f"{path} loads {ref} from the network"
        if not ref.startswith("data:"):
            assert client.get(ref).status_code == 200, ref
    assert "cdn" not in docs.text.lower() and "fonts.googleapis" not in docs.text


def test_openapi_describes_the_compare_request(client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/v1/compare", "/healthz"} <= set(spec["paths"])
    body = spec["paths"]["/v1/compare"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/CompareRequest"}
    req = spec["components"]["schemas"]["CompareRequest"]
    assert set(req["required"]) == {"source", "copy"}
    assert spec["components"]["schemas"]["CompareOptions"]["properties"]["locale"]["enum"] == ["us", "eu"]


# ---- limits: concurrency, time, crashes ----


class BlockingEmbedder:
    """Waits for ``release`` before answering: holds a worker as long as a test wants."""

    name = "blocking-test"

    def __init__(self) -> None:
        self.release = threading.Event()
        self.entered = threading.Event()

    def encode(self, texts):
        self.entered.set()
        self.release.wait(30)
        return np.full((len(texts), 4), 0.5, dtype=np.float32)


def test_busy_server_answers_429_then_recovers() -> None:
    emb = BlockingEmbedder()
    app = create_app(Settings(workers=1, queue=0, timeout=30, warmup=False), embedder=emb)
    with TestClient(app) as c:
        body = {"source": "The cat sat on the mat.", "copy": "The cat sat on the mat."}
        first: dict[str, int] = {}
        t = threading.Thread(target=lambda: first.setdefault("status", c.post("/v1/compare", json=body).status_code))
        t.start()
        assert emb.entered.wait(30)
        r = c.post("/v1/compare", json=body)
        error(r, 429, "FD429")
        assert r.headers["retry-after"]
        assert c.get("/healthz").json()["in_flight"] == 1
        emb.release.set()
        t.join(30)
        assert first["status"] == 200
        assert c.post("/v1/compare", json=body).status_code == 200


def test_slow_audit_answers_503_and_frees_its_slot() -> None:
    from factdiff import detectors

    # this app starts without warm-up: load the detectors' tables now, so that the second audit
    # measures the freed slot and not a first call's loading against the 0.3 s timeout
    detectors.prepare()
    emb = BlockingEmbedder()
    app = create_app(Settings(workers=1, queue=0, timeout=0.3, warmup=False), embedder=emb)
    with TestClient(app) as c:
        body = {"source": "The cat sat on the mat.", "copy": "The cat sat on the mat."}
        r = c.post("/v1/compare", json=body)
        error(r, 503, "FD503")
        assert r.headers["retry-after"]
        emb.release.set()  # the abandoned audit finishes in the background and frees the worker
        deadline = time.monotonic() + 10
        while c.get("/healthz").json()["in_flight"] and time.monotonic() < deadline:
            time.sleep(0.02)
        assert c.get("/healthz").json()["in_flight"] == 0
        assert c.post("/v1/compare", json=body).status_code == 200


def test_internal_errors_are_json_without_internals() -> None:
    class Broken:
        name = "broken"

        def encode(self, texts):
            raise RuntimeError("secret internal detail")

    with TestClient(create_app(Settings(warmup=False), embedder=Broken()), raise_server_exceptions=False) as c:
        r = c.post("/v1/compare", json={"source": "The cat sat.", "copy": "The cat sat."})
        msg = error(r, 500, "FD500")
        assert "secret" not in msg and "RuntimeError" in msg


def test_gate_bounds_running_and_waiting_calls() -> None:
    async def scenario() -> None:
        gate = Gate(workers=1, queue=1)
        go = threading.Event()
        running = asyncio.ensure_future(gate.run(go.wait, 10, timeout=10))
        waiting = asyncio.ensure_future(gate.run(lambda: 7, timeout=10))
        await asyncio.sleep(0.05)
        assert gate.in_flight == 2
        with pytest.raises(Busy):
            await gate.run(lambda: 8, timeout=10)
        go.set()
        assert await running is True and await waiting == 7
        # a queued call past its deadline is cancelled and releases its slot
        go.clear()
        blocker = asyncio.ensure_future(gate.run(go.wait, 10, timeout=10))
        await asyncio.sleep(0.05)
        with pytest.raises(TimedOut):
            await gate.run(lambda: 9, timeout=0.05)
        go.set()
        await blocker
        await asyncio.sleep(0.05)
        assert gate.in_flight == 0
        gate.shutdown()

    asyncio.run(scenario())


def test_no_outbound_connections(client, demo_pair, monkeypatch) -> None:
    calls: list[object] = []
    real = socket.socket.connect

    def guard(self, address):  # pragma: no cover - only runs if something connects
        calls.append(address)
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard)
    assert client.post("/v1/compare", json={"source": demo_pair[0], "copy": demo_pair[1]}).status_code == 200
    assert client.post("/v1/compare?format=html", json={"source": demo_pair[0], "copy": demo_pair[1]}).status_code == 200
    assert calls == []


def test_process_pool_serves_the_same_report(demo_pair) -> None:
    with TestClient(create_app(Settings(workers=1, queue=2, pool="process", timeout=120))) as c:
        assert c.get("/healthz").json()["pool"] == "process"
        r = c.post("/v1/compare", json={"source": demo_pair[0], "copy": demo_pair[1]})
        assert r.status_code == 200
        assert r.json() == factdiff.compare(*demo_pair).to_dict()
        error(c.post("/v1/compare", json={"source": "", "copy": "x"}), 422, "FD101")


def test_a_dead_worker_process_is_replaced() -> None:
    from concurrent.futures import BrokenExecutor

    async def scenario() -> None:
        gate = Gate(workers=1, queue=1, pool="process")
        try:
            first = await gate.run(os.getpid, timeout=120)
            with pytest.raises(BrokenExecutor):
                await gate.run(os._exit, 3, timeout=120)  # the worker dies mid-call
            assert gate.in_flight == 0
            second = await gate.run(os.getpid, timeout=120)  # a fresh pool answers
            assert second != first
        finally:
            gate.shutdown()

    asyncio.run(scenario())
