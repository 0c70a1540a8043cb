"""Renderers: ``render(report, format) -> str``. Each format lives in its own module."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from ..errors import OptionError

#: format name -> module in this package exposing ``render(report, **kw) -> str``
FORMATS: dict[str, str] = {"text": "text", "json": "json", "html": "html"}


def render(report: Any, fmt: str = "text", **kw: Any) -> str:
    try:
        module = FORMATS[fmt]
    except KeyError as e:
        raise OptionError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}") from e
    return import_module(f"{__name__}.{module}").render(report, **kw)  # type: ignore[no-any-return]
