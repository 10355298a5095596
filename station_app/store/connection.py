"""Opening the database: the only place connections are made.

Every connection is WAL, ``synchronous=FULL`` (a commit is on disk when it returns),
``foreign_keys=ON`` and has a busy timeout. Writes go through :func:`write_transaction`,
which takes the write lock up front (``BEGIN IMMEDIATE``) so a record, its children and
its audit row commit together or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """A problem with the database file that the user must be told about."""


def readonly_uri(path: Path | str) -> str:
    """A ``mode=ro`` URI for ``path`` (absolute, percent-encoded: spaces, ``#``, ``?`` and
    Cyrillic user names in Windows paths are safe)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect(path: Path | str, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open ``path`` with the app's pragmas. Does not create or migrate the schema."""
    path = Path(path)
    if readonly:
        conn = sqlite3.connect(
            readonly_uri(path),
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            conn.close()
            raise StoreError(f"could not switch {path} to WAL mode (got {mode})")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    db = sqlite_utils.Database(conn, execute_plugins=False)
    return db


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One durable write transaction. Nested calls join the outer one (savepoint)."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
