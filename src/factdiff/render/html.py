"""The HTML report: one self-contained page (inline CSS and JS, no network) showing both texts.

The page is the same JavaScript viewer that ``factdiff serve`` shows at ``/``: it reads a bundle
``{"report": <report JSON>, "source": <text>, "copy": <text>}`` from a ``<script
type="application/json">`` element and builds the view with DOM calls (``textContent``), so the
untrusted texts are never parsed as HTML. The JSON is escaped so that no ``<``, ``>`` or ``&``
appears in it literally and it cannot close its ``<script>`` element.
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib.resources import files
from typing import Any

#: Content-Security-Policy of a standalone report: nothing may be loaded or sent anywhere.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
#: The server's page may also call its own API.
APP_CSP = REPORT_CSP.replace("form-action 'none'", "form-action 'self'; connect-src 'self'")


@cache
def asset(name: str) -> str:
    """A static asset of the viewer (``viewer.js``, ``viewer.css``) as shipped in the package."""
    text = (files("factdiff.render") / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():  # pragma: no cover - guards a future edit
        raise ValueError(f"{name} must not contain a closing </script> or </style> tag")
    return text


def bundle(report: Any) -> dict[str, Any]:
    """The viewer's input: the report JSON with the two texts it refers to."""
    return {"report": report.to_dict(), "source": report.source.text, "copy": report.copy.text}


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


_FORM = """
<form id="fd-form" class="fd-form" autocomplete="off">
  <div class="fd-inputs">
    <div class="fd-input">
      <label for="fd-source">Source <small>the original</small>
        <label class="fd-file">upload .txt<input type="file" accept=".txt,.md,text/plain,text/markdown" data-load="fd-source"></label>
        <span class="fd-count" id="fd-source-count"></span></label>
      <textarea id="fd-source" name="source" spellcheck="false" placeholder="Paste the original article here"></textarea>
    </div>
    <div class="fd-input">
      <label for="fd-copy">Copy <small>the rewrite, summary or translation</small>
        <label class="fd-file">upload .txt<input type="file" accept=".txt,.md,text/plain,text/markdown" data-load="fd-copy"></label>
        <span class="fd-count" id="fd-copy-count"></span></label>
      <textarea id="fd-copy" name="copy" spellcheck="false" placeholder="Paste the text derived from it here"></textarea>
    </div>
  </div>
  <div class="fd-actions">
    <button type="submit" class="fd-primary" id="fd-run">Compare</button>
    <label class="fd-opt"><input type="checkbox" id="fd-summary"> the copy is a summary</label>
    <label class="fd-opt">dates <select id="fd-locale"><option value="us">US (2/12 = Feb 12)</option><option value="eu">EU (2/12 = 2 Dec)</option></select></label>
    <button type="button" class="fd-secondary" id="fd-demo">Try the example</button>
    <label class="fd-secondary fd-file-btn">Open saved report<input type="file" id="fd-open" accept=".json,application/json" hidden></label>
    <button type="button" class="fd-secondary" id="fd-save" hidden>Save report</button>
    <span class="fd-status" id="fd-status" role="status"></span>
  </div>
  <div class="fd-error" id="fd-error" role="alert" hidden></div>
</form>
"""


def page(data: Any = None, *, app: bool = False, title: str = "factdiff report") -> str:
    """The viewer page. ``data``: a bundle to show; ``app``: add the input form (server mode)."""
    links = (
        '<nav class="fd-header-links"><a href="docs">API docs</a><a href="healthz">status</a></nav>' if app else ""
    )
    body = _FORM if app else ""
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{APP_CSP if app else REPORT_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{html.escape(title)}</title>\n<style>{asset('viewer.css')}</style></head>\n"
        '<body><div class="fd-page">'
        '<header class="fd-header"><div class="fd-logo">fact<span>diff</span></div>'
        '<div class="fd-tagline">a diff for facts: what the copy changed, dropped or added</div>'
        f"{links}</header>{body}"
        f'<main id="fd-result"{"" if data is not None else " hidden"}></main>'
        '<footer class="fd-footer">factdiff · offsets and findings from the report schema factdiff.report/1</footer>'
        "</div>\n"
        f'<script type="application/json" id="factdiff-data">{script_json(data) if data is not None else ""}</script>\n'
        f"<script>{asset('viewer.js')}</script>\n</body></html>\n"
    )


def render(report: Any, **_: Any) -> str:
    return page(bundle(report))
