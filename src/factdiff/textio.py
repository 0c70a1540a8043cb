"""Reading user input as text, refusing what is not text with a clear error.

Everything downstream indexes into the string returned here, so nothing is normalised: the
offsets a report gives are offsets into exactly this string.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .errors import BinaryInput, EmptyInput, EncodingError, HtmlInput, InputError, TooLarge

DEFAULT_MAX_BYTES = 5_000_000

_HTML_RE = re.compile(
    rb"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])|<(p|div|span|script|br)[\s>/]",
    re.IGNORECASE,
)


def decode(data: bytes, *, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode ``data`` to ``str`` or raise an :class:`InputError` saying why not.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read directly; other encodings are
    detected with charset-normalizer and accepted only when detection is confident.
    """
    if max_bytes and len(data) > max_bytes:
        raise TooLarge(f"{name}: {len(data):,} bytes is over the limit of {max_bytes:,} (raise it with --max-bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise EncodingError(f"{name}: has a UTF-16 byte-order mark but is not valid UTF-16") from e
        return _check_text(text, name)
    if b"\x00" in data[:8192]:
        raise BinaryInput(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detect(data, name)
    if _HTML_RE.search(data[:20000]):
        raise HtmlInput(f"{name}: looks like HTML; extract the article text first (factdiff compares plain text or Markdown)")
    return _check_text(text, name)


def _detect(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    best = min(results, key=lambda r: r.chaos, default=None)
    if best is None or best.chaos > 0.2:
        raise EncodingError(f"{name}: is not UTF-8 and its encoding could not be detected; convert it to UTF-8")
    # Short Western texts fit several single-byte code pages equally well; the detector's pick
    # among them is close to arbitrary. News text in the wild is overwhelmingly Windows-1252.
    western = next((r for r in results if r.encoding == "cp1252"), None)
    if western is not None and western.chaos <= best.chaos + 0.1:
        return str(western)
    return str(best)


def _check_text(text: str, name: str) -> str:
    if not text.strip():
        raise EmptyInput(f"{name}: is empty")
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:20000]) // 100):
        raise BinaryInput(f"{name}: looks like a binary file (control characters), not text")
    return text


def read_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a file path, or standard input for ``-``, as text."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1 if max_bytes else -1)
        return decode(data, name="stdin", max_bytes=max_bytes)
    p = Path(path)
    try:
        if max_bytes and p.stat().st_size > max_bytes:
            raise TooLarge(f"{p}: {p.stat().st_size:,} bytes is over the limit of {max_bytes:,} (raise it with --max-bytes)")
        data = p.read_bytes()
    except IsADirectoryError as e:
        raise InputError(f"{p}: is a directory, not a file") from e
    except FileNotFoundError as e:
        raise InputError(f"{p}: no such file") from e
    except PermissionError as e:
        raise InputError(f"{p}: permission denied") from e
    return decode(data, name=str(p), max_bytes=max_bytes)
