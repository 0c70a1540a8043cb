"""Reading documents for ``index add`` and ``scan``: text files, folders, JSONL and standard input.

* a text file is one document; its id is its file name, or its path under a folder argument
  (``articles/tech/001.txt``), so ids do not depend on the working directory;
* a ``.jsonl`` file (or standard input starting with ``{``) holds one JSON object per line with
  ``text`` and ``id`` (``id`` defaults to ``FILE:LINE``) and optional ``url``, ``title``,
  ``published``;
* a folder is read recursively in sorted order, skipping hidden files;
* ``-`` is standard input (one text, id ``-``, or JSONL).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import FactdiffError, InputError
from ..textio import DEFAULT_MAX_BYTES, decode
from .store import Original

JSONL_SUFFIXES = (".jsonl", ".ndjson")


def read_documents(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, skip_errors: bool = False, warn: object = None
) -> Iterator[Original]:
    """Yield every document named by ``paths`` (see the module docstring). A file that is not
    readable text raises :class:`InputError`, or with ``skip_errors`` is reported to ``warn(msg)``
    and skipped."""
    for arg in paths:
        if arg == "-":
            yield from _stdin(max_bytes)
            continue
        p = Path(arg)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts))
            for f in files:
                try:
                    yield from _file(f, (Path(p.resolve().name) / f.relative_to(p)).as_posix(), max_bytes)
                except FactdiffError as e:
                    if not skip_errors:
                        raise
                    if callable(warn):
                        warn(str(e))
        elif p.exists():
            yield from _file(p, p.name, max_bytes)
        else:
            raise InputError(f"{p}: no such file or folder")


def _file(path: Path, doc_id: str, max_bytes: int) -> Iterator[Original]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            with path.open("rb") as f:
                yield from _jsonl(f, str(path))
        except OSError as e:
            raise InputError(f"{path}: cannot read ({e.strerror})") from e
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from e
    yield Original(doc_id, decode(data, name=str(path), max_bytes=max_bytes))


def _stdin(max_bytes: int) -> Iterator[Original]:
    stream = sys.stdin.buffer
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"{"):
        yield from _jsonl(stream, "stdin")
        return
    data = stream.read(max_bytes + 1 if max_bytes else -1)
    if data.lstrip().startswith(b"{"):
        yield from _jsonl(io.BytesIO(data), "stdin")
        return
    yield Original("-", decode(data, name="stdin", max_bytes=max_bytes))


def _jsonl(lines: Iterable[bytes], name: str) -> Iterator[Original]:
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise InputError(f"{where}: not a JSON object ({e})") from e
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}: needs a non-empty string 'text'")
        doc_id = obj.get("id", where)
        if not isinstance(doc_id, str | int):
            raise InputError(f"{where}: 'id' must be a string or an integer")
        meta = {k: (None if obj.get(k) is None else str(obj[k])) for k in ("url", "title", "published")}
        yield Original(str(doc_id), text, **meta)
