"""The corpus endpoints of the server: POST /v1/scan and GET /v1/originals/{id}."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from corpus_helpers import article  # noqa: E402
from factdiff.corpus import Index  # noqa: E402
from factdiff.server import Settings, create_app  # noqa: E402


@pytest.fixture(scope="module")
def index_path(tmp_path_factory, demo_pair):
    path = tmp_path_factory.mktemp("index") / "originals.db"
    with Index(path) as index:
        index.add([("demo-original", demo_pair[0])] + [(f"other-{i}", article(i)) for i in range(5)])
    return path


@pytest.fixture(scope="module")
def client(index_path):
    with TestClient(create_app(Settings(index=str(index_path), warmup=False))) as c:
        yield c


def test_scan_finds_the_original(client, demo_pair) -> None:
    r = client.post("/v1/scan", json={"text": demo_pair[1], "id": "copy-1"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["doc_id"] == "copy-1"
    assert [m["original_id"] for m in body["matches"]] == ["demo-original"]
    m = body["matches"][0]
    assert m["derived"] and m["findings"] >= 1 and "report" not in m
    with_report = client.post("/v1/scan", json={"text": demo_pair[1], "options": {"reports": True, "k": 2}}).json()
    assert with_report["matches"][0]["report"]["schema"] == "factdiff.report/1"


def test_scan_of_an_unrelated_text_finds_nothing(client) -> None:
    r = client.post("/v1/scan", json={"text": "Bake the bread for forty minutes at a high heat, then let it cool on a rack."})
    assert r.status_code == 200 and r.json()["matches"] == []


def test_originals_by_id(client, demo_pair) -> None:
    r = client.get("/v1/originals/demo-original")
    assert r.status_code == 200 and r.json()["text"] == demo_pair[0] and r.json()["id"] == "demo-original"
    missing = client.get("/v1/originals/nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "FD404"
    assert client.get("/healthz").json()["index"] == 6


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"", 400, "FD400"),
        (b"[]", 400, "FD400"),
        (b'{"id": "x"}', 400, "FD400"),
        (b'{"text": "A text.", "path": "/etc/passwd"}', 400, "FD400"),
        (b'{"text": "  "}', 422, "FD101"),
        (b'{"text": "A text.", "options": {"k": 0}}', 422, "FD300"),
        (b'{"text": "A text.", "options": {"k": true}}', 422, "FD300"),
        (b'{"text": "A text.", "options": {"index": "/tmp/other.db"}}', 422, "FD300"),
        (b'\xff\xfe{"text": "x"}', 400, "FD103"),
    ],
)
def test_scan_errors(client, body, status, code) -> None:
    r = client.post("/v1/scan", content=body)
    assert r.status_code == status and r.json()["error"]["code"] == code, r.text


def test_without_an_index_the_endpoints_say_so() -> None:
    with TestClient(create_app(Settings(warmup=False))) as c:
        for r in (c.post("/v1/scan", json={"text": "A text."}), c.get("/v1/originals/x")):
            assert r.status_code == 404 and r.json()["error"]["code"] == "FD404"
            assert "no index" in r.json()["error"]["message"]
        assert c.get("/healthz").json()["index"] is None


def test_a_missing_index_fails_at_start(tmp_path) -> None:
    with pytest.raises(Exception, match="no such index"):
        create_app(Settings(index=str(tmp_path / "absent.db"), warmup=False))
