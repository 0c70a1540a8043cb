"""Small text repairs for benchmark files (tokenised, lower-cased or glued text)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

_GLUED = re.compile(r"(?<=[a-z0-9%][.!?])(?=[A-Z][a-z])|(?<=[a-z][.!?][\"”’])(?=[A-Z])")


def unglue(text: str) -> str:
    """Put back the space the XSum/BBC scrape lost between sentences ("community.Dr Venter")."""
    return _GLUED.sub(" ", text)


def detok(text: str) -> str:
    """Undo PTB-style tokenisation: "growth , he said ." -> "growth, he said."."""
    t = text.replace("``", '"').replace("''", '"').replace("-lrb-", "(").replace("-rrb-", ")")
    t = re.sub(r" ([.,;:!?%)\]}])", r"\1", t)
    t = re.sub(r"([(\[{$£€]) ", r"\1", t)
    t = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", t, flags=re.IGNORECASE)
    t = re.sub(r"` ([^`']*?) '", r"'\1'", t)
    t = re.sub(r'" ([^"]*?) "', r'"\1"', t)
    t = re.sub(r" - ", " - ", t)
    return re.sub(r"[ \t]+", " ", t).strip()


def sentence_case(text: str) -> str:
    """Capitalise each sentence's first letter (and a lone "i") in lower-cased text."""
    t = re.sub(r"(^|[.!?][\"')\]]?\s+|\n\s*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return re.sub(r"\bi\b", "I", t)


def split_of(key: str, dev_share: int = 50) -> str:
    """A fixed dev/test split for sets that ship none: by a hash of the article id."""
    return "dev" if int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 100 < dev_share else "test"


def read_any(path: Path) -> str:
    """Read UTF-8 (with or without BOM), falling back to Windows-1252."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")
