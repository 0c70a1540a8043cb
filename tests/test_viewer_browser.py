"""The viewer in a real headless Chromium (Debian ``chromium`` driven by Playwright).

A real ``factdiff serve`` runs on loopback; the tests paste the demo pair, run the audit, check that
every finding is highlighted on the right characters of both texts, that clicking a finding
scrolls both sides to it, that filters work, that nothing is fetched from the network, and that
hostile text stays text. Screenshots are saved under the test's tmp_path (paths are printed).
Install the browser with ``.ci/install-browser``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("FACTDIFF_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: run .ci/install-browser (CI installs it)", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")

from playwright.sync_api import expect, sync_playwright  # noqa: E402

import factdiff  # noqa: E402
from factdiff.render import render  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factdiff", "serve", "--port", str(port), "--workers", "2", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(url + "healthz", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
            proc.kill()
            pytest.fail(f"factdiff serve did not start:\n{out}")
        time.sleep(0.2)
    yield url
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A page that may talk only to the local server: any other request is recorded and aborted."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.outside = []  # type: ignore[attr-defined]
    pg.errors = []  # type: ignore[attr-defined]

    def route(r):
        if r.request.url.startswith(server) or r.request.url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            pg.outside.append(r.request.url)  # type: ignore[attr-defined]
            r.abort()

    pg.route("**/*", route)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def save_shot(page, path: Path, **kw) -> None:
    """Save a screenshot under tmp_path (and a copy under $FACTDIFF_ARTIFACTS when set) and print where."""
    page.screenshot(path=str(path), **kw)
    print(f"\nscreenshot: {path}")
    if os.environ.get("FACTDIFF_ARTIFACTS"):
        keep = Path(os.environ["FACTDIFF_ARTIFACTS"]) / path.name
        keep.parent.mkdir(parents=True, exist_ok=True)
        keep.write_bytes(path.read_bytes())
        print(f"screenshot: {keep}")


def run_demo(page, server, demo_pair) -> None:
    page.goto(server)
    page.fill("#fd-source", demo_pair[0])
    page.fill("#fd-copy", demo_pair[1])
    page.click("#fd-run")
    page.wait_for_selector(".fd-item", timeout=60_000)


def marked_text(page, fid: int, side: str) -> str:
    return page.eval_on_selector_all(
        f".fd-compare mark[data-side={side}]",
        "(ms, id) => ms.filter(m => m.dataset.f.split(' ').includes(String(id))).map(m => m.textContent).join('')",
        fid,
    )


def in_viewport(page, handle) -> bool:
    box = handle.bounding_box()
    vh = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= vh


def visible_in_scroller(handle) -> bool:
    """Inside its scrolling pane's visible part (the full-text view scrolls each text on its own)."""
    return handle.evaluate(
        """e => { const box = e.closest('.fd-text'); const b = box.getBoundingClientRect(), r = e.getBoundingClientRect();
                  return r.top >= b.top - 1 && r.bottom <= b.bottom + 1; }"""
    )


def test_paste_run_highlights_every_finding(page, server, demo_pair, tmp_path) -> None:
    run_demo(page, server, demo_pair)
    report = factdiff.compare(*demo_pair).to_dict()
    assert report["findings"]
    assert page.locator(".fd-item").count() == len(report["findings"])
    for fid, f in enumerate(report["findings"]):
        for side in ("source", "copy"):
            if f[side]:
                assert marked_text(page, fid, side) == f[side]["text"], (fid, side)
            else:  # the other side gets a placeholder chip
                assert page.locator(f".fd-compare .fd-chip[data-side={side}][data-f='{fid}']").count() == 1
        sev = f["severity"]
        assert page.locator(f".fd-item.sev-{sev}[data-f='{fid}']").count() == 1
    # omissions leave a gap row in the copy, additions an empty source cell
    assert page.locator(".fd-row.kind-dropped .fd-cop.is-empty").count() >= 1
    assert page.locator(".fd-row.kind-added .fd-src.is-empty").count() >= 1
    assert page.locator(".fd-verdict-label").inner_text() == "Derived from the source"
    # word changes that no finding covers are shown as a reading aid ("$2.4bn" restates
    # "$2.4 billion": a change of form, not of fact); unchanged words are not marked
    changed = page.eval_on_selector_all(".fd-cop .fd-chg", "es => es.map(e => e.textContent)")
    assert "2.4bn" in changed and "Harbor" not in changed
    page.uncheck("#fd-words")
    assert page.locator(".fd-chg").count() == 0
    page.check("#fd-words")
    save_shot(page, tmp_path / "viewer-aligned.png", full_page=True)
    assert page.outside == [] and page.errors == []


def test_click_scrolls_both_sides_to_the_finding(page, server, demo_pair, tmp_path) -> None:
    page.set_viewport_size({"width": 1280, "height": 560})
    run_demo(page, server, demo_pair)
    report = factdiff.compare(*demo_pair).to_dict()
    # the finding furthest down the copy, and one near the top of the source
    last = max(range(len(report["findings"])), key=lambda i: (report["findings"][i]["copy"] or {"start": -1})["start"])
    first = min(range(len(report["findings"])), key=lambda i: (report["findings"][i]["source"] or {"start": 10**9})["start"])

    page.evaluate("window.scrollTo(0, 0)")
    page.click(f".fd-item[data-f='{last}']")
    targets = page.locator(f".fd-compare [data-f~='{last}']")
    assert targets.count() >= 2  # a mark on one side, a mark or placeholder on the other
    for i in range(targets.count()):
        t = targets.nth(i)
        assert "is-active" in (t.get_attribute("class") or "")
        assert in_viewport(page, t.element_handle()), f"finding {last} not scrolled into view"

    # full-text view: each text scrolls on its own; scroll both away, then click
    page.click(".fd-tab[data-view=full]")
    page.wait_for_selector(".fd-full")
    page.eval_on_selector_all(".fd-text", "els => els.forEach(e => e.scrollTop = e.scrollHeight)")
    page.click(f".fd-item[data-f='{first}']")
    for side in ("source", "copy"):
        t = page.locator(f".fd-pane-{side} [data-f~='{first}']").first
        assert visible_in_scroller(t.element_handle()), f"{side} pane did not scroll to finding {first}"
        assert "is-active" in (t.get_attribute("class") or "")
    save_shot(page, tmp_path / "viewer-full.png")

    # clicking a highlight opens its explanation
    page.locator(f".fd-pane-source mark[data-f~='{first}']").first.click()
    assert report["findings"][first]["message"] in page.locator(".fd-pop .fd-msg").inner_text()
    assert page.errors == []


def test_filters_by_severity_and_type(page, server, demo_pair) -> None:
    run_demo(page, server, demo_pair)
    findings = factdiff.compare(*demo_pair).to_dict()["findings"]
    total = len(findings)
    sev = findings[0]["severity"]
    n_sev = sum(f["severity"] == sev for f in findings)
    page.click(f".fd-sev-toggle[data-sev={sev}]")
    assert page.locator(".fd-item").count() == total - n_sev
    assert page.locator(f".fd-compare mark[data-f].sev-{sev}").count() == 0
    page.click(f".fd-sev-toggle[data-sev={sev}]")
    assert page.locator(".fd-item").count() == total
    typ = findings[0]["type"]
    page.click(f".fd-type-toggle[data-type={typ}]")
    assert page.locator(".fd-item").count() == total - sum(f["type"] == typ for f in findings)
    assert page.locator(f".fd-compare mark[data-f].type-{typ}").count() == 0


def test_server_errors_are_shown(page, server) -> None:
    page.goto(server)
    page.fill("#fd-source", "   ")
    page.fill("#fd-copy", "Some copy text.")
    page.click("#fd-run")
    page.wait_for_selector("#fd-error:not([hidden])")
    assert "FD101" in page.inner_text("#fd-error")


def test_example_button_and_saved_report_round_trip(page, server, demo_pair, tmp_path) -> None:
    page.goto(server)
    page.click("#fd-demo")
    # a locator assertion, not wait_for_function: a string predicate is evaluated with eval() while
    # it polls, which the viewer's Content-Security-Policy (no 'unsafe-eval') refuses
    expect(page.locator("#fd-copy")).not_to_have_value("", timeout=15_000)
    assert page.input_value("#fd-source") == demo_pair[0]
    page.click("#fd-run")
    page.wait_for_selector(".fd-item")
    with page.expect_download() as dl:
        page.click("#fd-save")
    saved = tmp_path / "saved.json"
    dl.value.save_as(saved)
    # a fresh page opens the saved report without running anything
    page.goto(server)
    page.set_input_files("#fd-open", str(saved))
    page.wait_for_selector(".fd-item")
    assert page.locator(".fd-item").count() == len(factdiff.compare(*demo_pair).findings)
    assert page.input_value("#fd-copy") == demo_pair[1]


def test_plain_report_json_opens_without_its_texts(page, server, demo_pair, tmp_path) -> None:
    """``--format json`` output has no texts: the viewer rebuilds them from the sentences' offsets."""
    report = factdiff.compare(*demo_pair).to_dict()
    path = tmp_path / "plain.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    page.goto(server)
    page.set_input_files("#fd-open", str(path))
    page.wait_for_selector(".fd-item")
    assert "saved without its texts" in page.inner_text(".fd-note")
    for fid, f in enumerate(report["findings"]):
        for side in ("source", "copy"):
            if f[side]:
                assert marked_text(page, fid, side) == f[side]["text"]
    assert page.errors == []


def test_upload_text_files(page, server, tmp_path) -> None:
    src, cop = tmp_path / "source.txt", tmp_path / "copy.md"
    src.write_text("Première ligne.\n\nThe budget is 12 million euros.", encoding="utf-8")
    cop.write_text("# Titre\n\nThe budget is 21 million euros.", encoding="utf-8")
    page.goto(server)
    page.set_input_files("input[data-load=fd-source]", str(src))
    page.set_input_files("input[data-load=fd-copy]", str(cop))
    # a locator assertion, not wait_for_function: a string predicate is evaluated with eval() while
    # it polls, which the viewer's Content-Security-Policy (no 'unsafe-eval') refuses
    expect(page.locator("#fd-copy")).not_to_have_value("", timeout=15_000)
    assert page.input_value("#fd-source") == src.read_text(encoding="utf-8")
    assert page.input_value("#fd-copy") == cop.read_text(encoding="utf-8")
    assert "characters" in page.inner_text("#fd-source-count")


def test_docs_page_renders_offline(page, server) -> None:
    page.goto(server + "docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    assert page.locator(".opblock-summary-path", has_text="/v1/compare").count() >= 1
    assert page.outside == []


def test_overlapping_findings_share_marks_and_cycle(browser, demo_pair, tmp_path) -> None:
    """Two findings on overlapping spans: each keeps its exact characters; a click on the shared
    part selects one, a second click the other."""
    import dataclasses

    from factdiff.findings import Finding, Severity

    # only detectors whose findings cannot touch the planted spans, so the overlap is exactly two
    report = factdiff.compare(*demo_pair, detectors=["omission", "addition"])
    src, cop = report.source, report.copy

    def span(doc, needle):
        i = doc.text.index(needle)
        return doc.span(i, i + len(needle))

    extra = [
        Finding("polarity", Severity.CRITICAL, "negation removed", 0.9, span(src, "has not approved"), span(cop, "has approved")),
        Finding("number", Severity.MINOR, "amount changed", 0.9, span(src, "approved the $2.4 billion"), span(cop, "approved the $24 billion")),
    ]
    rich = dataclasses.replace(report, findings=sorted(report.findings + extra, key=lambda f: f.sort_key))
    out = tmp_path / "overlap.html"
    out.write_text(render(rich, "html"), encoding="utf-8")
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.goto(out.as_uri())
    pg.wait_for_selector(".fd-row")
    data = rich.to_dict()["findings"]
    ids = [i for i, f in enumerate(data) if f["message"] in ("negation removed", "amount changed")]
    for fid in ids:
        for side in ("source", "copy"):
            assert marked_text(pg, fid, side) == data[fid][side]["text"]
    shared = pg.locator(f"mark[data-side=copy][data-f='{ids[0]} {ids[1]}'], mark[data-side=copy][data-f='{ids[1]} {ids[0]}']")
    assert shared.count() == 1 and shared.inner_text() == "approved"
    assert "sev-critical" in (shared.get_attribute("class") or "")  # the worse finding colours it
    shared.click()
    first = pg.locator(".fd-item.is-active").get_attribute("data-f")
    shared.click()
    second = pg.locator(".fd-item.is-active").get_attribute("data-f")
    assert {first, second} == {str(i) for i in ids}
    ctx.close()


def test_static_report_keeps_hostile_text_as_text(browser, tmp_path) -> None:
    source = "😀 Intro line here.\n\nThe mayor said the plan costs $5 million. </script><script>window.pwned=1</script>\n\nA closing remark about the weather today."
    copy = "😀 Intro line here.\n\n<img src=x onerror=\"window.pwned=2\"> The mayor said the plan costs $5 million.\n\nCritics say taxes will double next year."
    report = factdiff.compare(source, copy)
    out = tmp_path / "report.html"
    out.write_text(render(report, "html"), encoding="utf-8")
    ctx = browser.new_context()
    pg = ctx.new_page()
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.goto(out.as_uri())
    pg.wait_for_selector(".fd-row")
    assert pg.evaluate("window.pwned") is None and dialogs == []
    assert pg.locator(".fd-compare img").count() == 0
    assert "</script><script>window.pwned=1</script>" in pg.inner_text(".fd-rows")
    # offsets after an astral character (Python code points vs JS UTF-16) land on the right text
    for fid, f in enumerate(report.to_dict()["findings"]):
        for side in ("source", "copy"):
            if f[side]:
                assert marked_text(pg, fid, side) == f[side]["text"]
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    ctx.close()

