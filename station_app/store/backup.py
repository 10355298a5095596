"""Backups through the SQLite backup API: consistent while the app runs, verified, rotated."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from station_app.store import schema
from station_app.store.connection import StoreError, readonly_uri

PREFIX = "station-"
SUFFIX = ".sqlite3"
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    schema_version: int
    records: dict[str, int]

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    @property
    def made(self) -> datetime:
        return made_at(self.path)

    @property
    def label(self) -> str:
        """``before-restore``, ``pre-migrate-v1``…; empty for a regular backup."""
        stem = self.path.stem
        return stem.split("-", 4)[4] if stem.startswith(PREFIX) and stem.count("-") >= 4 else ""


def made_at(path: Path) -> datetime:
    """When a backup was made (UTC, from its name; else the file's modification time)."""
    path = Path(path)
    try:
        stamp = path.name[len(PREFIX) : len(PREFIX) + 15]
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy(src_path: Path, dest: Path) -> None:
    src = sqlite3.connect(readonly_uri(src_path), uri=True, timeout=10)
    try:
        dst = sqlite3.connect(str(dest))
        try:
            src.backup(dst)
            # A standalone file: no -wal beside it, so it can be copied anywhere.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(dest)


def inspect(path: Path) -> BackupInfo:
    """Open a backup read-only, check its integrity, and count its records."""
    if not Path(path).is_file():
        raise StoreError(f"backup file not found: {path}")
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise StoreError(f"backup {Path(path).name} is damaged: {result}")
            version = schema.user_version(conn)
            records = {}
            for table in ("complaints", "meetings", "activities", "plans", "audit_log"):
                try:
                    records[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                except sqlite3.DatabaseError:
                    records[table] = 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{Path(path).name} is not a readable database: {exc}") from exc
    return BackupInfo(Path(path), version, records)


def make_backup(db_file: Path, out_dir: Path, *, keep: int = DEFAULT_KEEP, label: str = "") -> Path:
    """Copy ``db_file`` into ``out_dir`` (temp name, fsync, rename), verify it, rotate."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    name = f"{PREFIX}{stamp}{'-' + label if label else ''}{SUFFIX}"
    final = out_dir / name
    tmp = out_dir / (name + ".part")
    try:
        _copy(db_file, tmp)
        inspect(tmp)
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if keep > 0:
        rotate(out_dir, keep)
    return final


def list_backups(out_dir: Path) -> list[Path]:
    """Backups in ``out_dir``, newest first."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return []
    return sorted(
        (p for p in out_dir.glob(f"{PREFIX}*{SUFFIX}") if p.is_file()),
        key=lambda p: p.name,
        reverse=True,
    )


def rotate(out_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` regular backups (labelled ones are kept)."""
    regular = [p for p in list_backups(out_dir) if p.stem.count("-") == 3]
    removed = regular[keep:]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def restore(backup_file: Path, db_file: Path, backups: Path) -> Path:
    """Replace the live database with ``backup_file``; backs up the current file first.

    Returns the path of the safety backup of the file that was replaced.
    """
    info = inspect(backup_file)
    if info.schema_version > schema.LATEST_VERSION:
        raise StoreError(
            f"{Path(backup_file).name} was made by a newer version of Station App "
            f"(schema {info.schema_version}, this version knows {schema.LATEST_VERSION})"
        )
    safety = (
        make_backup(db_file, backups, keep=0, label="before-restore")
        if Path(db_file).exists()
        else None
    )
    src = sqlite3.connect(readonly_uri(backup_file), uri=True)
    try:
        dst = sqlite3.connect(str(db_file), timeout=10)
        try:
            dst.execute("PRAGMA journal_mode=WAL")
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()
    return safety
