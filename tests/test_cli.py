from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import DATA
from factdiff.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "factdiff", *args], input=stdin, capture_output=True, timeout=120)


def test_check_json_and_exit_codes(tmp_path, demo_pair, capsys) -> None:
    src, cop = tmp_path / "s.txt", tmp_path / "c.txt"
    src.write_text(demo_pair[0], encoding="utf-8")
    cop.write_text(demo_pair[1], encoding="utf-8")
    assert main(["check", str(src), str(cop), "--format", "json"]) == 1  # major findings exist
    report = json.loads(capsys.readouterr().out)
    assert report["schema"] == "factdiff.report/1" and report["derivation"]["derived"]
    assert main(["check", str(src), str(src), "--format", "json"]) == 0  # identical: nothing
    assert json.loads(capsys.readouterr().out)["findings"] == []
    assert main(["check", str(src), str(cop), "--fail-on", "never", "-o", str(tmp_path / "r.json")]) == 0
    assert capsys.readouterr().out == ""
    assert (tmp_path / "r.json").read_text(encoding="utf-8").startswith("DERIVED from source")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "r.json").stat().st_mode & 0o777 == 0o666 & ~umask


def test_text_output_and_stdin(tmp_path, demo_pair) -> None:
    src = tmp_path / "s.txt"
    src.write_text(demo_pair[0], encoding="utf-8")
    p = run("check", str(src), "-", "--fail-on", "critical", stdin=demo_pair[1].encode())
    out = p.stdout.decode()
    assert p.returncode in (0, 1)
    assert out.startswith("DERIVED from source") and "omission" in out and "\x1b[" not in out


def test_errors_are_one_line_exit_2_and_leave_output_alone(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A sentence that is fine.", encoding="utf-8")
    keep = tmp_path / "keep.json"
    keep.write_text("precious", encoding="utf-8")
    cases = {
        "empty": b"",
        "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00",
        "html": b"<!doctype html><html><body><p>x</p></body></html>",
        "badenc": b"\xff\xfe\x00",
    }
    for name, data in cases.items():
        bad = tmp_path / f"{name}.txt"
        bad.write_bytes(data)
        p = run("check", str(good), str(bad), "-o", str(keep))
        err = p.stderr.decode()
        assert p.returncode == 2, (name, err)
        assert err.count("\n") == 1 and err.startswith("factdiff: [FD1"), (name, err)
        assert "Traceback" not in err
        assert keep.read_text() == "precious"
    p = run("check", str(good), str(tmp_path / "missing.txt"))
    assert p.returncode == 2 and "no such file" in p.stderr.decode()
    big = tmp_path / "big.txt"
    big.write_text("word " * 3000, encoding="utf-8")
    p = run("check", str(good), str(big), "--max-bytes", "1000")
    assert p.returncode == 2 and "over the limit" in p.stderr.decode()
    p = run("check", "-", "-")
    assert p.returncode == 2


def test_demo_runs_and_help_lists_commands() -> None:
    p = run("demo", "--format", "json")
    assert p.returncode == 0
    assert json.loads(p.stdout)["derivation"]["derived"] is True
    p = run("--help")
    assert p.returncode == 0 and b"check" in p.stdout and b"demo" in p.stdout
    assert run().returncode == 2


def test_paraphrase_passes_fail_on_major(demo_pair, tmp_path) -> None:
    src = tmp_path / "s.txt"
    src.write_text(demo_pair[0], encoding="utf-8")
    assert main(["check", str(src), str(DATA / "paraphrase_copy.txt"), "-o", str(tmp_path / "o.txt")]) == 0
