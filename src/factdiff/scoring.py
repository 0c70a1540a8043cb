"""A report-level consistency score, and the decision thresholds chosen for it on dev splits.

``consistency_score(report)`` is a number in ``[0, 1]``: 1 means the copy states nothing the
source does not back, 0 means it is full of changed or unsupported facts. It is a fixed formula of
the report (no learned weights), so it stays meaningful whatever detectors are registered:

    score = support × Π_f (1 − w(f.severity) · f.confidence)

* the product runs over the findings at or above *minor*; with ``summary=True`` omissions are
  left out (a summary is meant to drop content);
* ``w`` is :data:`SEVERITY_WEIGHT` (minor 0.3, major 0.7, critical 0.9): one confident critical
  finding alone takes the score below 0.1, one minor finding costs at most 30 %;
* ``support`` is how well the copy's sentences are carried by the source: for each copy sentence
  its best cosine similarity to any source sentence, mapped linearly from
  ``SUPPORT_FLOOR..SUPPORT_CEIL`` (0.30..1.00, so near-copies still rank) onto ``0..1``; the mean of the weakest sentence's
  value and the average value, so one unsupported sentence matters but does not decide alone.

A copy is called consistent when ``score >= threshold``. :data:`THRESHOLDS` holds, per benchmark,
the bagged threshold of that benchmark's dev/validation split (never its test split): the median,
over 200 bootstrap resamples, of the threshold that maximises balanced accuracy, chosen with
``python bench/calibrate.py``; :data:`DEFAULT_THRESHOLD` is used
elsewhere. See docs/benchmarks.md for the splits and the run each value came from.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from .findings import Finding, Severity
from .report import Report

SEVERITY_WEIGHT = {Severity.INFO: 0.0, Severity.MINOR: 0.3, Severity.MAJOR: 0.7, Severity.CRITICAL: 0.9}
SUPPORT_FLOOR, SUPPORT_CEIL = 0.30, 1.00

#: used where no benchmark threshold applies
DEFAULT_THRESHOLD = 0.5

#: benchmark -> decision threshold on ``consistency_score``, each chosen on the dev split named in
#: ``THRESHOLD_SOURCES`` as the bagged argmax of balanced accuracy (``bench/calibrate.py``).
THRESHOLDS: dict[str, float] = {
    "summedits": 0.6508,
    "summedits-podcast": 0.2527,
    "summedits-samsum": 0.4805,
    "summedits-sales_call": 0.3575,
    "summedits-sales_email": 0.3055,
    "summedits-qmsumm": 0.1524,
    "summedits-ectsum": 0.4626,
    "summedits-scitldr": 0.8197,
    "frank": 0.5371,
    "xsumfaith": 0.1884,
    "qags": 0.6947,
    "polytope": 0.5189,
    "mrpc": 0.5214,
}

#: where each threshold came from (split, number of dev rows, dev balanced accuracy, date, detectors)
THRESHOLD_SOURCES: dict[str, str] = {
    "summedits": "dev (dev: 133 rows); 133 labelled rows; bagged argmax of balanced accuracy, dev BAcc 75.1; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "summedits-podcast": "dev (dev: 124 rows); 124 labelled rows; bagged argmax of balanced accuracy, dev BAcc 67.0; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "summedits-samsum": "dev (dev: 121 rows); 121 labelled rows; bagged argmax of balanced accuracy, dev BAcc 68.2; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "summedits-sales_call": "dev (dev: 131 rows); 131 labelled rows; bagged argmax of balanced accuracy, dev BAcc 79.4; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "summedits-sales_email": "dev (dev: 132 rows); 132 labelled rows; bagged argmax of balanced accuracy, dev BAcc 63.5; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "summedits-qmsumm": "dev (dev: 113 rows); 113 labelled rows; bagged argmax of balanced accuracy, dev BAcc 61.6; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "summedits-ectsum": "dev (dev: 117 rows); 117 labelled rows; bagged argmax of balanced accuracy, dev BAcc 89.7; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "summedits-scitldr": "dev (dev: 115 rows); 115 labelled rows; bagged argmax of balanced accuracy, dev BAcc 76.8; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "frank": "dev (dev: 671 rows); 671 labelled rows; bagged argmax of balanced accuracy, dev BAcc 73.7; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "xsumfaith": "dev (dev: 625 rows); 464 labelled rows; bagged argmax of balanced accuracy, dev BAcc 60.7; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "qags": "dev (dev: 224 rows); 224 labelled rows; bagged argmax of balanced accuracy, dev BAcc 67.9; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "polytope": "dev (dev: 585 rows); 585 labelled rows; bagged argmax of balanced accuracy, dev BAcc 80.0; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
    "mrpc": "dev (dev: 4076 rows); 4076 labelled rows; bagged argmax of balanced accuracy, dev BAcc 65.9; 2026-11-25; detectors number+date+entity+quote+attribution+polarity+meaning+omission+addition",
}


def counted(findings: Iterable[Finding], *, summary: bool = False) -> list[Finding]:
    """The findings a score or a false-alarm count looks at: minor and above, and no omissions
    when the copy is a summary."""
    return [f for f in findings if f.severity >= Severity.MINOR and not (summary and f.type == "omission")]


def support(report: Report) -> float:
    """How well the source carries the copy's sentences, in ``[0, 1]`` (see module docstring)."""
    best = np.asarray(report.alignment.best_source, dtype=np.float64)
    prose = [s.index for s in report.copy.sentences if s.kind == "sentence"] or [s.index for s in report.copy.sentences]
    if best.size == 0 or not prose:
        return 0.0
    vals = np.clip((best[prose] - SUPPORT_FLOOR) / (SUPPORT_CEIL - SUPPORT_FLOOR), 0.0, 1.0)
    return float(0.5 * vals.min() + 0.5 * vals.mean())


def consistency_score(report: Report, *, summary: bool = False) -> float:
    """``support × Π (1 − w(severity) · confidence)`` over the counted findings, in ``[0, 1]``."""
    keep = 1.0
    for f in counted(report.findings, summary=summary):
        keep *= 1.0 - SEVERITY_WEIGHT[f.severity] * float(f.confidence)
    return float(max(0.0, min(1.0, support(report) * keep)))


def threshold(benchmark: str | None = None) -> float:
    """The dev-chosen threshold for ``benchmark`` (its family name before ``-`` also tried)."""
    if benchmark:
        if benchmark in THRESHOLDS:
            return THRESHOLDS[benchmark]
        family = benchmark.split("-")[0]
        if family in THRESHOLDS:
            return THRESHOLDS[family]
    return DEFAULT_THRESHOLD


def is_consistent(report: Report, *, summary: bool = False, benchmark: str | None = None) -> bool:
    return consistency_score(report, summary=summary) >= threshold(benchmark)
