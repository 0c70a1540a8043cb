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
    "number": "number",
    "date": "date",
    "entity": "entity",
    "quote": "quote",
    "attribution": "attribution",
    "polarity": "polarity",
    "meaning": "meaning",
    "omission": "omission",
    "addition": "addition",
}


def get(name: str) -> Detector:
    try:
        module = REGISTRY[name]
    except KeyError as e:
        raise OptionError(f"unknown detector {name!r}; known: {', '.join(REGISTRY)}") from e
    return import_module(f"{__name__}.{module}").detect  # type: ignore[no-any-return]


def prepare(selected: Iterable[str] | None = None) -> None:
    """Import the detectors and load the word tables they read, once per process.

    compare() calls this while the encoder embeds the last sentences, so a fresh process pays
    for the imports and tables (~0.2 s) on an otherwise idle main thread, not on the critical path.
    """
    for name in names() if selected is None else selected:
        get(name)
    from .. import lexicon
    from .. import names as name_tables

    lexicon.load()
    name_tables.load()


def names() -> list[str]:
    return list(REGISTRY)
