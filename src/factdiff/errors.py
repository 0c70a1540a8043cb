"""Typed errors with stable codes (searchable, like spaCy's ``[E050]``).

The CLI turns every :class:`FactdiffError` into one line on stderr and exit code 2; the HTTP
server turns it into a JSON error with the same ``code``.
"""

from __future__ import annotations


class FactdiffError(Exception):
    """Base class: ``code`` is stable across releases, ``message`` is for people."""

    code = "FD000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(FactdiffError):
    """The input cannot be read as text: empty, binary, undecodable, too large or HTML."""

    code = "FD100"


class EmptyInput(InputError):
    code = "FD101"


class BinaryInput(InputError):
    code = "FD102"


class EncodingError(InputError):
    code = "FD103"


class TooLarge(InputError):
    code = "FD104"


class HtmlInput(InputError):
    code = "FD105"


class ModelError(FactdiffError):
    """A model file is missing or does not match its pinned checksum."""

    code = "FD200"


class OptionError(FactdiffError):
    """An option has a value factdiff does not accept."""

    code = "FD300"
