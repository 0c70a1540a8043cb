"""Detectors: each module holds one ``detect(ctx: Context) -> Iterable[Finding]``.

They are registered by name and imported lazily, so a user can run a subset
(``compare(..., detectors=["number", "date"])``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module

from ..context import Context
from ..errors import OptionError
from ..findings import Finding

Detector = Callable[[Context], Iterable[Finding]]

#: name -> module (relative to this package) holding ``detect``.
REGISTRY: dict[str, str] = {
    "omission": "omission",
    "addition": "addition",
    "polarity": "polarity",
    "meaning": "meaning",
    "number": "number",
    "date": "date",
}


def get(name: str) -> Detector:
    try:
        module = REGISTRY[name]
    except KeyError as e:
        raise OptionError(f"unknown detector {name!r}; known: {', '.join(REGISTRY)}") from e
    return import_module(f"{__name__}.{module}").detect  # type: ignore[no-any-return]


def names() -> list[str]:
    return list(REGISTRY)
