"""The HTML report: one self-contained page carrying the report and both texts, safely escaped."""

from __future__ import annotations

import json
import re

import factdiff
from factdiff.cli import main
from factdiff.render import FORMATS, render
from factdiff.render.html import bundle, page, script_json

HOSTILE_SOURCE = (
    "The council met on Monday. </script><script>alert('x')</script> It approved the budget. "
    "Members said <!-- and & and <b>bold</b> were fine.\n\nThe vote was 7 to 2."
)
HOSTILE_COPY = "The council met on Monday. </SCRIPT><img src=x onerror=alert(1)> It approved the budget."


def embedded(page_html: str) -> dict:
    m = re.search(r'<script type="application/json" id="factdiff-data">(.*?)</script>', page_html, re.S)
    assert m, "the page carries its data"
    return json.loads(m.group(1))


def test_html_is_a_registered_format(demo_report) -> None:
    assert "html" in FORMATS
    out = render(demo_report, "html")
    assert out.startswith("<!doctype html>") and out.rstrip().endswith("</html>")
    data = embedded(out)
    assert data["report"] == demo_report.to_dict()
    assert data["source"] == demo_report.source.text and data["copy"] == demo_report.copy.text


def test_untrusted_text_cannot_escape_the_data_element() -> None:
    report = factdiff.compare(HOSTILE_SOURCE, HOSTILE_COPY)
    out = render(report, "html")
    data_part = re.search(r'id="factdiff-data">(.*?)</script>', out, re.S).group(1)
    assert "<" not in data_part and ">" not in data_part and "&" not in data_part.replace("\\u0026", "")
    assert out.lower().count("<script") == 2  # the data element and the viewer, nothing injected
    assert "<img src=x" not in out and "<script>alert" not in out and "<b>bold" not in out
    assert embedded(out) == bundle(report)  # exact round trip of the texts


def test_script_json_escapes_markup_characters() -> None:
    s = script_json({"t": "</script><!-- & \u2028"})
    assert "<" not in s and ">" not in s and "&" not in s
    assert json.loads(s) == {"t": "</script><!-- & \u2028"}


def test_page_is_self_contained() -> None:
    for app in (False, True):
        out = page(None, app=app)
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", out)
        assert "@import" not in out and "url(http" not in out
        assert "Content-Security-Policy" in out and "default-src 'none'" in out
    assert 'id="fd-form"' in page(None, app=True) and 'id="fd-form"' not in page(None)


def test_check_writes_an_html_file(tmp_path, demo_pair) -> None:
    src, cop, out = tmp_path / "s.txt", tmp_path / "c.txt", tmp_path / "report.html"
    src.write_text(demo_pair[0], encoding="utf-8")
    cop.write_text(demo_pair[1], encoding="utf-8")
    assert main(["check", str(src), str(cop), "--format", "html", "-o", str(out)]) == 1
    data = embedded(out.read_text(encoding="utf-8"))
    assert (data["source"], data["copy"]) == demo_pair
    assert data["report"]["findings"]
