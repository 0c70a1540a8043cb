"""A terminal report: verdict, then each finding with both sides; colour when asked."""

from __future__ import annotations

from typing import Any

from ..findings import Severity

_COLOURS = {
    Severity.INFO: "\033[2m",
    Severity.MINOR: "\033[33m",
    Severity.MAJOR: "\033[31m",
    Severity.CRITICAL: "\033[1;41;97m",
}
_RESET, _BOLD, _DIM = "\033[0m", "\033[1m", "\033[2m"


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(report: Any, *, colour: bool = False, min_severity: str = "info", **_: Any) -> str:
    def c(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if colour else s

    d = report.derivation
    floor = Severity.parse(min_severity)
    shown = [f for f in report.findings if f.severity >= floor]
    counts = report.counts()["severity"]
    verdict = "DERIVED" if d.derived else "NOT DERIVED"
    lines = [
        c(_BOLD, f"{verdict} from source")
        + f"  score {d.score:.2f}  coverage {d.coverage:.0%}  "
        + f"({len(report.source.sentences)} source / {len(report.copy.sentences)} copy units, "
        + f"{len(report.alignment.links)} aligned)",
        "findings: "
        + (", ".join(f"{counts.get(str(s), 0)} {s}" for s in reversed(Severity)) if report.findings else "none"),
        "",
    ]
    for f in shown:
        tag = c(_COLOURS[f.severity], f"{str(f.severity).upper():8}")
        lines.append(f"{tag} {c(_BOLD, f.type):<12} {f.message}")
        if f.source is not None:
            lines.append(c(_DIM, f"    source [{f.source.start}:{f.source.end}]") + f" {_clip(f.source.text)}")
        if f.copy is not None:
            lines.append(c(_DIM, f"    copy   [{f.copy.start}:{f.copy.end}]") + f" {_clip(f.copy.text)}")
    if len(shown) < len(report.findings):
        lines.append(c(_DIM, f"({len(report.findings) - len(shown)} findings below {floor} not shown)"))
    return "\n".join(lines) + "\n"
