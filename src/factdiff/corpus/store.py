"""The index file: one SQLite database in WAL mode holding originals, signatures and LSH buckets.

Why SQLite WAL: a ``kill -9`` (or power loss, with ``synchronous=FULL``) never corrupts it and never
loses a committed transaction; readers keep reading the last committed state while one writer
appends. Each batch of documents is written in ONE transaction, so a crash loses at most the
batch in flight, and re-running the same ``add`` skips what is already there (same id, same text)
and resumes.

Tables: ``docs`` (one row per original: id, text, metadata, sha1 of the text), ``features`` (the
sorted uint64 feature hashes, a BLOB), ``bands`` (LSH bucket key → document rowid, a WITHOUT ROWID
table keyed on the bucket) and ``meta`` (schema and signature parameters).

Screening does not query the ``bands`` table: each :class:`Store` keeps an in-memory snapshot of the
buckets and digests (:meth:`Store.lsh`, read from ``features`` in one statement) and reloads it
after any commit, its own or another connection's.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError
from .signature import SIGNATURE_VERSION, SignatureConfig, signatures

SCHEMA_VERSION = 2
_SQL_VARS = 30_000  # below SQLite's default SQLITE_MAX_VARIABLE_NUMBER (32766)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    sha1 TEXT NOT NULL,
    url TEXT, title TEXT, published TEXT,
    added REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS features (doc INTEGER PRIMARY KEY, size INTEGER NOT NULL, digest BLOB NOT NULL, bands BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
"""


class IndexFileError(InputError):
    """The index file cannot be used (not a factdiff index, or built with other parameters)."""

    code = "FD110"


@dataclass(frozen=True, slots=True)
class Original:
    """One indexed original article."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "url": self.url, "title": self.title, "published": self.published}


@dataclass
class AddResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    ids: list[str] = field(default_factory=list, repr=False)

    def __iadd__(self, other: AddResult) -> AddResult:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        return self

    def to_dict(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}


@dataclass(frozen=True, eq=False)
class Lsh:
    """A snapshot of the index for screening. Originals are numbered by position ``p`` (their
    order of insertion): ``rowids[p]``, ``ids[p]``, ``sizes[p]`` (feature-set size) and
    ``digests[p]`` (MinHash). ``keys`` (sorted) and ``members`` list the bucket entries: band key
    ``keys[i]`` holds original ``members[i]``."""

    version: int
    rowids: np.ndarray
    ids: list[str]
    sizes: np.ndarray
    digests: np.ndarray
    keys: np.ndarray
    members: np.ndarray

    @classmethod
    def load(cls, db: sqlite3.Connection, config: SignatureConfig, version: int) -> Lsh:
        rows = db.execute(
            "SELECT features.doc, docs.id, features.size, features.digest, features.bands FROM features"
            " JOIN docs ON docs.rowid = features.doc WHERE features.size > 0 ORDER BY features.doc"
        ).fetchall()
        n = len(rows)
        digests = np.frombuffer(b"".join(r[3] for r in rows), dtype=np.uint32).reshape(n, config.num_perm)
        bands = np.frombuffer(b"".join(r[4] for r in rows), dtype=np.int64).reshape(n, config.bands)
        keys, members = bands.ravel(), np.repeat(np.arange(n, dtype=np.int64), config.bands)
        order = np.lexsort((members, keys))
        keys, members = keys[order], members[order]
        new = np.ones(len(keys), dtype=bool)  # a key twice in one document is one bucket entry
        new[1:] = (keys[1:] != keys[:-1]) | (members[1:] != members[:-1])
        return cls(
            version,
            np.fromiter((r[0] for r in rows), dtype=np.int64, count=n),
            [r[1] for r in rows],
            np.fromiter((r[2] for r in rows), dtype=np.float64, count=n),
            digests,
            keys[new],
            members[new],
        )


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """Low-level access to one index file. Use :class:`factdiff.Index` for the public API."""

    def __init__(self, path: str | Path, *, create: bool = True, config: SignatureConfig | None = None) -> None:
        self.path = Path(path)
        self._lsh: Lsh | None = None
        if not create and not self.path.exists():
            raise IndexFileError(f"{self.path}: no such index")
        if self.path.is_dir():
            raise IndexFileError(f"{self.path}: is a directory, not an index file")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(str(self.path), timeout=60.0, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA busy_timeout=60000")
            tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if create and "meta" not in tables:
                self._create(config or SignatureConfig())
            elif "meta" not in tables:
                raise IndexFileError(f"{self.path}: not a factdiff index (no meta table)")
            meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as e:
            raise IndexFileError(f"{self.path}: not a factdiff index ({e})") from e
        if not meta:
            raise IndexFileError(f"{self.path}: not a factdiff index (empty meta)")
        if meta.get("schema") != str(SCHEMA_VERSION):
            raise IndexFileError(f"{self.path}: index schema {meta.get('schema')} is not supported (expected {SCHEMA_VERSION})")
        sig = json.loads(meta["signature"])
        if sig.get("version") != SIGNATURE_VERSION:
            raise IndexFileError(f"{self.path}: built with signature version {sig.get('version')}; rebuild it (expected {SIGNATURE_VERSION})")
        self.config = SignatureConfig(bands=sig["bands"], rows=sig["rows"], seed=sig["seed"])

    def _create(self, cfg: SignatureConfig) -> None:
        """Tables and parameters in one transaction: a crash leaves no half-made index."""
        with self._transaction() as db:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.executemany(
                "INSERT OR IGNORE INTO meta VALUES (?, ?)",
                [("schema", str(SCHEMA_VERSION)), ("signature", json.dumps(cfg.to_dict())), ("created", str(time.time()))],
            )

    # -- transactions ------------------------------------------------------------------------

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, exc_type: object, *_: object) -> None:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")

    def _transaction(self) -> Store._Tx:
        self._lsh = None  # this connection's writes do not move data_version
        return Store._Tx(self._db)

    def close(self) -> None:
        self._db.close()

    # -- writing -----------------------------------------------------------------------------

    def upsert(self, batch: Sequence[Original]) -> AddResult:
        """Add or update a batch of originals in one transaction (last one wins for repeated ids)."""
        latest: dict[str, Original] = {}
        for o in batch:
            latest[o.id] = o
        result = AddResult()
        if not latest:
            return result
        sha = {i: _sha1(o.text) for i, o in latest.items()}
        have = {r[0]: r[1] for r in self._select_in("SELECT id, sha1 FROM docs WHERE id IN ({})", list(latest))}
        todo = [o for o in latest.values() if have.get(o.id) != sha[o.id]]
        sigs = signatures([o.text for o in todo], self.config)  # the slow part, outside the write lock
        now = time.time()
        with self._transaction() as db:
            rows = self._select_in(
                "SELECT docs.id, docs.rowid, docs.sha1, features.bands FROM docs LEFT JOIN features ON features.doc = docs.rowid"
                " WHERE docs.id IN ({})",
                list(latest),
            )
            current = {r[0]: r[1:] for r in rows}
            features, bands, stale = [], [], []
            for o, sig in zip(todo, sigs, strict=True):
                meta = (o.text, sha[o.id], o.url, o.title, o.published, now)
                row = current.get(o.id)
                if row is not None and row[1] == sha[o.id]:  # another writer added it meanwhile
                    continue
                if row is None:
                    rowid = db.execute(
                        "INSERT INTO docs (text, sha1, url, title, published, added, id) VALUES (?, ?, ?, ?, ?, ?, ?)", (*meta, o.id)
                    ).lastrowid
                    result.added += 1
                else:
                    rowid = row[0]
                    db.execute("UPDATE docs SET text=?, sha1=?, url=?, title=?, published=?, added=? WHERE rowid=?", (*meta, rowid))
                    if row[2] is not None:
                        stale.extend(zip(np.frombuffer(row[2], dtype=np.int64).tolist(), repeat(rowid)))
                    result.updated += 1
                features.append((rowid, len(sig.features), sig.digest.astype(np.uint32).tobytes(), sig.bands.astype(np.int64).tobytes()))
                bands.extend(zip(sig.bands.tolist(), repeat(rowid)))
                result.ids.append(o.id)
            db.executemany("DELETE FROM bands WHERE key=? AND doc=?", stale)
            db.executemany("INSERT OR REPLACE INTO features (doc, size, digest, bands) VALUES (?, ?, ?, ?)", features)
            db.executemany("INSERT OR IGNORE INTO bands (key, doc) VALUES (?, ?)", bands)
        result.unchanged = len(latest) - result.added - result.updated
        return result

    def remove(self, ids: Iterable[str]) -> int:
        """Remove originals by id, in one transaction; returns how many existed."""
        n = 0
        with self._transaction() as db:
            for doc_id in ids:
                row = db.execute("SELECT docs.rowid, features.bands FROM docs LEFT JOIN features ON features.doc = docs.rowid WHERE docs.id=?", (doc_id,)).fetchone()
                if row is None:
                    continue
                rowid, blob = row
                if blob is not None:
                    keys = np.frombuffer(blob, dtype=np.int64)
                    db.executemany("DELETE FROM bands WHERE key=? AND doc=?", [(k, rowid) for k in keys.tolist()])
                db.execute("DELETE FROM features WHERE doc=?", (rowid,))
                db.execute("DELETE FROM docs WHERE rowid=?", (rowid,))
                n += 1
        return n

    # -- reading -----------------------------------------------------------------------------

    def _select_in(self, sql: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        for lo in range(0, len(values), _SQL_VARS):
            chunk = values[lo : lo + _SQL_VARS]
            out.extend(self._db.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall())
        return out

    def lsh(self) -> Lsh:
        """The LSH buckets and MinHash digests of every indexed original, held in memory.

        Loaded on first use from the ``features`` table (one consistent read) and kept until the
        index changes: this connection's own writes drop it, and SQLite's ``data_version`` tells
        when another process has committed. About 1 KB per original with the default shape."""
        version = int(self._db.execute("PRAGMA data_version").fetchone()[0])
        if self._lsh is None or self._lsh.version != version:
            self._lsh = Lsh.load(self._db, self.config, version)
        return self._lsh

    def get(self, doc_id: str) -> Original | None:
        row = self._db.execute("SELECT id, text, url, title, published FROM docs WHERE id=?", (doc_id,)).fetchone()
        return Original(*row) if row else None

    def get_many(self, ids: Sequence[str]) -> dict[str, Original]:
        rows = self._select_in("SELECT id, text, url, title, published FROM docs WHERE id IN ({})", list(ids))
        return {r[0]: Original(*r) for r in rows}

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0])

    def stats(self) -> dict[str, Any]:
        docs, chars = self._db.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(text)), 0) FROM docs").fetchone()
        buckets = self._db.execute("SELECT COUNT(*) FROM bands").fetchone()[0]
        feats = self._db.execute("SELECT COALESCE(SUM(size), 0) FROM features").fetchone()[0]
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        return {
            "path": str(self.path),
            "documents": int(docs),
            "characters": int(chars),
            "features": int(feats),
            "bucket_entries": int(buckets),
            "bytes": size,
            "signature": self.config.to_dict(),
        }
