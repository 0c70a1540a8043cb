"""``factdiff serve``: the HTTP API and the browser viewer (needs the ``serve`` extra).

>>> from factdiff.server import Settings, create_app
>>> app = create_app(Settings(workers=2, timeout=30))
"""

from __future__ import annotations

from typing import Any

from .settings import Settings

__all__ = ["Settings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":  # imported lazily: it needs FastAPI
        from .app import create_app

        return create_app
    raise AttributeError(name)
