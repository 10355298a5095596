"""The store: the only package that opens the database file and owns its schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from station_app import paths
from station_app.store import backup, schema
from station_app.store.connection import StoreError, connect, write_transaction

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
    return db


def _refuse_newer(file: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True, timeout=10)
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
