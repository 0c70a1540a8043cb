"""Request bodies of the API: validated by hand for precise errors with stable codes; the
pydantic models describe them in the OpenAPI document."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..detectors import names as detector_names
from ..errors import EncodingError, OptionError
from ..textio import decode
from .errors import RequestError


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
