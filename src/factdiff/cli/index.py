"""``factdiff index add|remove|stats``: the index of original articles that ``scan`` searches."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..textio import DEFAULT_MAX_BYTES
from ._progress import Progress


def default_index_path() -> Path:
    """``factdiff.db`` in the user's data directory (platformdirs), e.g. ``~/.local/share/factdiff``."""
    from platformdirs import user_data_path

    return user_data_path("factdiff", appauthor=False) / "index.db"


def add_index_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index", metavar="FILE", type=Path, default=None, help=f"the index file (default: {default_index_path()})")


def index_path(args: argparse.Namespace) -> Path:
    return args.index if args.index is not None else default_index_path()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "index",
        help="manage the index of original articles that scan searches",
        description="Add originals to the index (one local file), remove them, or show statistics.",
    )
    isub = p.add_subparsers(dest="index_command", metavar="ACTION", required=True)

    a = isub.add_parser(
        "add",
        help="add or update originals",
        description=(
            "Add text files, folders (recursively) and JSONL files (one object per line with 'id', 'text' and optional "
            "'url', 'published', 'title'), or '-' for standard input. Re-adding an id updates it; unchanged documents are "
            "skipped, so re-running an interrupted add resumes it."
        ),
    )
    a.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, JSONL file, or - for standard input")
    a.add_argument("--batch-size", type=int, default=500, help="documents per transaction (default 500)")
    a.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files (0 = no limit)")
    a.add_argument("--skip-errors", action="store_true", help="in folders, warn about unreadable files and go on")
    add_index_option(a)
    a.set_defaults(func=run_add)

    r = isub.add_parser("remove", help="remove originals by id", description="Remove originals by id.")
    r.add_argument("ids", nargs="+", metavar="ID")
    add_index_option(r)
    r.set_defaults(func=run_remove)

    s = isub.add_parser("stats", help="show what the index holds", description="Show the number of originals and the index size.")
    s.add_argument("--json", action="store_true", help="print JSON")
    add_index_option(s)
    s.set_defaults(func=run_stats)


def run_add(args: argparse.Namespace) -> int:
    from ..corpus import Index
    from ..corpus.inputs import read_documents
    from ..errors import OptionError

    if args.batch_size < 1:
        raise OptionError("--batch-size must be at least 1")
    path = index_path(args)
    progress = Progress(f"indexing into {path.name}")

    def warn(msg: str) -> None:
        print(f"factdiff: warning: {msg} (skipped)", file=sys.stderr)

    with Index(path) as index:
        docs = read_documents(args.paths, max_bytes=args.max_bytes, skip_errors=args.skip_errors, warn=warn)
        try:
            result = index.add(docs, batch_size=args.batch_size, progress=progress)
        finally:
            progress.close()
        total = len(index)
    print(f"{result.added:,} added, {result.updated:,} updated, {result.unchanged:,} unchanged; {total:,} originals in {path}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from ..corpus import Index

    path = index_path(args)
    with Index(path, create=False) as index:
        n = index.remove(args.ids)
    missing = len(set(args.ids)) - n
    print(f"{n:,} removed" + (f", {missing:,} not found" if missing else ""))
    return 0 if n else 1


def run_stats(args: argparse.Namespace) -> int:
    from ..corpus import Index

    with Index(index_path(args), create=False) as index:
        stats = index.stats()
    if args.json:
        print(json.dumps(stats, indent=2))
    else:
        sig = stats["signature"]
        print(f"index      {stats['path']}")
        print(f"originals  {stats['documents']:,} ({stats['characters']:,} characters)")
        print(f"features   {stats['features']:,}; LSH {sig['bands']} bands x {sig['rows']} rows, {stats['bucket_entries']:,} bucket entries")
        print(f"size       {stats['bytes'] / 1e6:,.1f} MB")
    return 0
