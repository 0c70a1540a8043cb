"""Corpus mode in operation: kill -9 during `index add`, a reader during a write, Dask = local, the CLI."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_helpers import article
from factdiff.cli import main
from factdiff.corpus import Index
from factdiff.synth import distort

SRC = Path(__file__).resolve().parents[1] / "src"
SHARED = Path(os.environ.get("FACTDIFF_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}


def _write_jsonl(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"c{i}", "text": article(i, sentences=12), "title": f"t{i}"}) + "\n")


def test_kill_9_during_index_add_loses_nothing_committed_and_resumes(tmp_path: Path) -> None:
    n, batch = 6000, 100
    data, db = tmp_path / "docs.jsonl", tmp_path / "ix.db"
    _write_jsonl(data, n)
    cmd = [sys.executable, "-m", "factdiff", "index", "add", str(data), "--index", str(db), "--batch-size", str(batch)]
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: list[int] = []
    queried = 0
    reader = None
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if reader is None:
                try:
                    reader = Index(db, create=False)
                except Exception:  # not created yet
                    time.sleep(0.02)
                    continue
            count = len(reader)  # a reader works while the writer appends
            seen.append(count)
            if count:
                top = reader.query(article(0, sentences=12), k=1)
                assert top and top[0].id == "c0"
                queried += 1
            if count >= 1500:
                break
            time.sleep(0.01)
        assert proc.poll() is None, f"the writer finished or died before the kill: {proc.stderr.read().decode()[-500:]}"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        if reader is not None:
            reader.close()
    assert proc.returncode == -signal.SIGKILL
    assert queried > 0 and seen == sorted(seen), "a reader saw the count go down"

    # reopen: consistent, and every committed document is intact
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    with Index(db, create=False) as ix:
        after = len(ix)
        assert after >= seen[-1] and after % batch == 0, (after, seen[-1])  # batches are atomic
        for i in range(0, after, 97):
            assert ix.get(f"c{i}").text == article(i, sentences=12)
        assert ix.stats()["bucket_entries"] > 0

    # resume: the same command skips what is there and adds the rest
    done = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{n - after:,} added, 0 updated, {after:,} unchanged; {n:,} originals")
    with Index(db, create=False) as ix:
        assert len(ix) == n and ix.get(f"c{n - 1}").title == f"t{n - 1}"


def _scan_corpus() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    originals = [(f"o{i}", article(i, sentences=12)) for i in range(30)]
    stream = [(f"copy-of-o{i}", distort(article(i, sentences=12), seed=i, drop=0.2).copy) for i in (3, 11, 25)]
    stream += [(f"other-{i}", article(1000 + i, sentences=12)) for i in range(3)]
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        src, cop = (f.read_text(encoding="utf-8") for f in sorted(seeds.glob("*.txt"))[:2])
        originals.append(("seed", src))
        stream.insert(2, ("seed-copy", cop))
    return originals, stream


def test_dask_local_cluster_gives_identical_matches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask.distributed")
    from factdiff.corpus.executor import DaskExecutor

    monkeypatch.setenv("PYTHONPATH", _env()["PYTHONPATH"])  # spawned workers import this checkout
    originals, stream = _scan_corpus()
    with Index(tmp_path / "ix.db") as ix:
        ix.add(originals)
        local = [m.to_dict() for m in ix.scan(stream, batch_size=2)]
        with DaskExecutor(workers=2) as ex:
            batches: list[list[str]] = []
            remote = [m.to_dict() for m in ix.scan(stream, batch_size=2, executor=ex, on_batch=batches.append)]
    assert {m["doc_id"] for m in local} >= {"copy-of-o3", "copy-of-o11", "copy-of-o25"}
    assert all(m["original_id"] == m["doc_id"].removeprefix("copy-of-") for m in local if m["doc_id"].startswith("copy-of-"))
    assert not any(m["doc_id"].startswith("other-") for m in local)
    assert remote == local
    assert [i for b in batches for i in b] == [doc_id for doc_id, _ in stream]


# -- the CLI -------------------------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_index_and_scan(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "ix.db")
    folder = tmp_path / "news"
    (folder / "world").mkdir(parents=True)
    for i in range(4):
        (folder / "world" / f"{i}.txt").write_text(article(i, sentences=12), encoding="utf-8")
    (folder / ".hidden").write_text("ignored", encoding="utf-8")
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text("".join(json.dumps({"id": f"j{i}", "text": article(50 + i, sentences=12), "url": f"u{i}"}) + "\n" for i in range(3)))

    code, out, _ = _run(capsys, "index", "add", str(folder), str(jsonl), "--index", db)
    assert code == 0 and out.startswith("7 added, 0 updated, 0 unchanged; 7 originals")
    code, out, _ = _run(capsys, "index", "stats", "--json", "--index", db)
    assert code == 0 and json.loads(out)["documents"] == 7
    with Index(db) as ix:
        assert ix.get("news/world/2.txt").text == article(2, sentences=12) and ix.get("j1").url == "u1"

    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a.txt").write_text(distort(article(2, sentences=12), seed=1).copy, encoding="utf-8")
    (crawl / "b.txt").write_text(article(777, sentences=12), encoding="utf-8")
    reports = tmp_path / "out"
    code, out, _ = _run(capsys, "scan", str(crawl), "--index", db, "--jsonl", "--reports", str(reports))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(r["doc_id"], r["original_id"]) for r in rows] == [("crawl/a.txt", "news/world/2.txt")]
    assert set(rows[0]) >= {"score", "coverage", "counts", "worst", "findings"}
    report = json.loads((reports / rows[0]["reports"]["json"]).read_text())
    assert report["schema"] == "factdiff.report/1" and report["derivation"]["derived"]
    listing = (reports / "index.html").read_text()
    assert "crawl/a.txt" in listing and "news/world/2.txt" in listing

    # resume: nothing left to do, the listing keeps the earlier match
    code, out, err = _run(capsys, "scan", str(crawl), "--index", db, "--reports", str(reports), "--resume")
    assert code == 0 and out == "" and "0 derived copies in this run, 1 in" in err
    # a new document is scanned on resume, in text form
    (crawl / "c.txt").write_text(distort(article(1, sentences=12), seed=2).copy, encoding="utf-8")
    code, out, _ = _run(capsys, "scan", str(crawl), "--index", db, "--reports", str(reports), "--resume")
    assert code == 0 and out.startswith("crawl/c.txt\t<- news/world/1.txt\tscore ")

    code, out, _ = _run(capsys, "index", "remove", "j0", "--index", db)
    assert code == 0 and out.strip() == "1 removed"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["index", "add", "{tmp}/missing.txt"], "no such file or folder"),
        (["index", "add", "{tmp}/bad.jsonl"], "bad.jsonl:2: not a JSON object"),
        (["index", "add", "{tmp}/bin.txt"], "binary"),
        (["index", "stats", "--index", "{tmp}/nothing.db"], "no such index"),
        (["scan", "{tmp}/ok.txt", "--index", "{tmp}/nothing.db"], "no such index"),
        (["scan", "{tmp}/ok.txt", "--resume"], "--resume needs"),
        (["scan", "{tmp}/ok.txt", "--workers", "2"], "need --executor dask"),
        (["scan", "{tmp}/ok.txt", "--k", "0"], "--k must be"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "fine text here"}\n{not json}\n')
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    (tmp_path / "ok.txt").write_text(article(1))
    argv = [a.format(tmp=tmp_path) for a in argv]
    if "--index" not in argv:
        argv += ["--index", str(tmp_path / "ix.db")]
    code, out, err = _run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("factdiff: [FD") and message in err
