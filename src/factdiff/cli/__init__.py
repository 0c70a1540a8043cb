"""The ``factdiff`` command: a thin shell over the library.

Each subcommand is a module in this package with ``register(subparsers)``, which adds its parser
and sets ``func(args) -> int``. Library errors become one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from ..errors import FactdiffError

#: subcommand modules, in the order ``--help`` lists them
COMMANDS = ["check", "demo", "synth", "bench", "index", "scan", "serve"]


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = argparse.ArgumentParser(prog="factdiff", description="A diff for facts: audit a derived text against its source.")
    parser.add_argument("--version", action="version", version=f"factdiff {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    global _LEAVE_FAST
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        code = int(args.func(args))
        _LEAVE_FAST = bool(getattr(args, "leave_fast", False))
        return code
    except FactdiffError as e:
        print(f"factdiff: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factdiff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


#: set by a command that holds nothing to clean up once it has returned (check, demo)
_LEAVE_FAST = False


def entry() -> None:
    """The console script: :func:`main`, then exit without tearing the loaded models down.

    Freeing spaCy's vocabulary, the ONNX session and the word tables at interpreter exit takes
    ~0.5 s, a fifth of a cold ``factdiff check``. Commands that own no temporary files, servers or
    worker processes set ``leave_fast``: once they have returned and the streams are flushed, the
    process ends with ``os._exit``. Every other command exits normally.
    """
    code = main()
    if not _LEAVE_FAST:
        sys.exit(code)
    import logging

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    entry()
