"""The store: the only package that opens the database file and owns its schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from station_app import paths
from station_app.store import backup, schema
from station_app.store.connection import (
    BUSY_TIMEOUT_MS,
    StoreError,
    connect,
    readonly_uri,
    write_transaction,
)

__all__ = ["StoreError", "open_db", "write_transaction"]


class SchemaTooNew(StoreError):
    """The file was written by a newer Station App; it is left untouched."""


def open_db(data_dir: Path, *, create: bool = False) -> sqlite_utils.Database:
    """Open (and, if needed, migrate) the station database in ``data_dir``.

    A database from an older version is backed up into ``backups/`` before migrating. A
    database from a newer version is refused before anything is written to it.
    """
    data_dir = Path(data_dir)
    file = paths.db_path(data_dir)
    if not file.exists():
        if not create:
            raise StoreError(f"no station database in {data_dir}; run 'station-app init' first")
        data_dir.mkdir(parents=True, exist_ok=True)
    else:
        _refuse_newer(file)
    try:
        db = connect(file)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError):  # locked, cannot open: not damage
            raise
        raise StoreError(f"{file} is not a readable Station App database: {exc}") from exc
    try:
        version = schema.user_version(db.conn)
        if version < schema.LATEST_VERSION:
            if version > 0:
                backup.make_backup(
                    file, paths.backups_dir(data_dir), keep=0, label=f"pre-migrate-v{version}"
                )
            schema.apply_migrations(db.conn)
    except BaseException:
        db.close()
        raise
    refresh_statistics(db.conn)
    return db


# The query planner's table statistics (sqlite_stat1, written by ANALYZE). Without them
# SQLite guesses, and on a big station it guesses wrong: it filters ``deleted = 0``
# through an index and then sorts every complaint for a list sorted by number, status or
# category (35-170 ms at 90,000 complaints) instead of reading the first page in order
# (3 ms). ANALYZE of the whole 200,000-record database takes about 0.2 s, so it is run
# only when the record tables are big and have grown or shrunk by a quarter since.
STATS_TABLES = ("complaints", "meetings", "activities")
STATS_MIN_ROWS = 20_000
STATS_DRIFT = 0.25


def refresh_statistics(conn: sqlite3.Connection) -> bool:
    """Run ANALYZE if the statistics are missing or stale (see above); True if it ran.

    Never waits for another writer: a busy database is analysed at a later opening.
    """
    try:
        rows = sum(
            conn.execute(f"SELECT max(rowid) FROM {t}").fetchone()[0] or 0 for t in STATS_TABLES
        )
        if rows < STATS_MIN_ROWS:
            return False
        known = 0
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            for table in STATS_TABLES:
                stat = conn.execute(
                    "SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1", [table]
                ).fetchone()
                known += int(stat[0].split()[0]) if stat else 0
        if known and abs(rows - known) < STATS_DRIFT * known:
            return False
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            conn.execute("PRAGMA analysis_limit = 0")
            conn.execute("ANALYZE")
            if conn.in_transaction:
                conn.execute("COMMIT")
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.OperationalError:  # locked by a writer, read-only medium: not now
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return False
    return True


def _refuse_newer(file: Path) -> None:
    try:
        conn = sqlite3.connect(readonly_uri(file), uri=True, timeout=10)
        try:
            version = schema.user_version(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{file} is not a readable Station App database: {exc}") from exc
    if version > schema.LATEST_VERSION:
        raise SchemaTooNew(
            f"{file.name} was made by a newer version of Station App (schema {version}; "
            f"this version knows up to {schema.LATEST_VERSION}). Install the newer version."
        )
