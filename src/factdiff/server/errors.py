"""Errors of the HTTP service, with stable codes, and the HTTP status of every factdiff error.

Library errors keep their codes (``FD1xx`` input, ``FD2xx`` model, ``FD3xx`` options); errors
that only a service has use ``FD4xx``/``FD5xx``, numbered after the HTTP status they travel with.
"""

from __future__ import annotations

from ..errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    FactdiffError,
    HtmlInput,
    InputError,
    ModelError,
    OptionError,
    TooLarge,
)


class RequestError(FactdiffError):
    """The request body is not the JSON document the endpoint expects."""

    code = "FD400"


class NotFound(FactdiffError):
    code = "FD404"


class MethodNotAllowed(FactdiffError):
    code = "FD405"


class Busy(FactdiffError):
    """Every worker is busy and the wait queue is full: retry later."""

    code = "FD429"


class Internal(FactdiffError):
    code = "FD500"


class TimedOut(FactdiffError):
    """The audit did not finish within the per-request time limit."""

    code = "FD503"


#: HTTP status per error class; the most specific class listed wins (checked in MRO order)
STATUS: dict[type[FactdiffError], int] = {
    RequestError: 400,
    EncodingError: 400,
    NotFound: 404,
    MethodNotAllowed: 405,
    TooLarge: 413,
    EmptyInput: 422,
    BinaryInput: 422,
    HtmlInput: 422,
    InputError: 422,
    OptionError: 422,
    Busy: 429,
    ModelError: 500,
    Internal: 500,
    TimedOut: 503,
}


def status_of(err: FactdiffError) -> int:
    for cls in type(err).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def body(err: FactdiffError) -> dict[str, object]:
    """The JSON error document: ``{"error": {"code", "message", "status"}}``."""
    return {"error": {"code": err.code, "message": err.message, "status": status_of(err)}}
