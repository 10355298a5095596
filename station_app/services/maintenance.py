"""Health checks, backups and restore: the operations the window, the CLI and timers share."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlite_utils

from station_app import paths
from station_app.messages import Msg, msg
from station_app.services import settings as settings_service
from station_app.services.errors import ServiceError
from station_app.store import StoreError, audit, backup, schema
from station_app.store.connection import readonly_uri


@dataclass
class CheckReport:
    ok: bool = True
    problems: list[str] = field(default_factory=list)
    audit_rows: int = 0

    def fail(self, problem: str) -> None:
        self.ok = False
        self.problems.append(problem)


def check(db: sqlite_utils.Database) -> CheckReport:
    """integrity_check, foreign_key_check, the FTS indexes and the audit chain.

    A file too damaged for the checks to finish is reported as a problem, not raised.
    """
    report = CheckReport()
    try:
        _check(db, report)
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorname", None) or "").startswith(
            ("SQLITE_BUSY", "SQLITE_LOCKED")
        ):  # in use, not damaged: the caller may try again
            raise
        report.fail(f"the database file is damaged: {exc}")
    return report


def _check(db: sqlite_utils.Database, report: CheckReport) -> None:
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        report.fail(f"integrity_check: {rows[0]}")
    fk = db.execute("PRAGMA foreign_key_check").fetchone()
    if fk is not None:
        report.fail(f"foreign_key_check: {fk[0]} row {fk[1]} refers to a missing {fk[2]}")
    for table in schema.FTS_TABLES:
        try:
            db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
        except Exception as exc:  # sqlite3.DatabaseError: the index disagrees with the table
            report.fail(f"search index of {table}: {exc}")
    for trigger in ("audit_log_no_update", "audit_log_no_delete"):
        if not db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", [trigger]
        ).fetchone():
            report.fail(f"audit_log: the append-only trigger {trigger} is missing")
    chain = audit.verify_chain(db.conn)
    report.audit_rows = chain.rows
    if not chain.ok:
        report.fail(f"audit_log row {chain.broken_id}: {chain.problem}")


def make_backup(db: sqlite_utils.Database, data_dir: Path, out_dir: Path | None = None) -> Path:
    """A verified backup of the live database; rotation keeps the newest N (a setting)."""
    keep = int(settings_service.get(db, "backup_keep"))
    return backup.make_backup(
        paths.db_path(data_dir), out_dir or paths.backups_dir(data_dir), keep=keep
    )


def restore(data_dir: Path, backup_file: Path) -> Path:
    """Restore ``backup_file`` over the live database; returns the safety backup's path."""
    return backup.restore(Path(backup_file), paths.db_path(data_dir), paths.backups_dir(data_dir))


# ------------------------------------------------------------------ automatic backups

# Audit actions that record no change to the data: a session that only logged in and
# looked at records needs no new backup.
NO_CHANGE_ACTIONS = ("login", "login_failed", "lockout", "view_restricted")


def change_mark(conn: sqlite3.Connection) -> tuple[int, int, str]:
    """(schema version, id and hash of the newest audit row that records a change).

    Every change is audited in its own transaction, so two files with the same mark hold the
    same data (logins and views aside).
    """
    version = schema.user_version(conn)
    marks = ",".join("?" * len(NO_CHANGE_ACTIONS))
    try:
        row = conn.execute(
            f"SELECT id, hash FROM audit_log WHERE action NOT IN ({marks})"
            " ORDER BY id DESC LIMIT 1",
            NO_CHANGE_ACTIONS,
        ).fetchone()
    except sqlite3.DatabaseError:
        return (version, -1, "")
    return (version, row[0], row[1]) if row else (version, 0, audit.GENESIS)


def _backup_mark(path: Path) -> tuple[int, int, str] | None:
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=10)
        try:
            return change_mark(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def auto_backup(db: sqlite_utils.Database, data_dir: Path) -> Path | None:
    """The automatic backup (start, every N hours, exit): a verified, rotated backup, or
    None when the newest backup already holds the same data (see :func:`change_mark`)."""
    newest = backup.list_backups(paths.backups_dir(data_dir))
    if newest and _backup_mark(newest[0]) == change_mark(db.conn):
        return None
    return make_backup(db, data_dir)


# ------------------------------------------------------------- the check at start-up

# Below this size the start-up check reads the whole file (PRAGMA quick_check) before the
# login; above it only the header is checked then, and quick_check runs in the background
# after the window shows (docs/SECURITY.md, "Damage and recovery", has the measurements).
DEEP_CHECK_LIMIT = 128 * 1024 * 1024
CHECK_MARKER = "check-at-start"  # left by a failed background check: next start reads all
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Health:
    """What the start-up check found. ``kind``: ok, missing (a new station), empty (a
    0-byte file and no backups), lost (no database but backups), truncated, not_a_database
    or damaged."""

    kind: str = "ok"
    detail: str = ""
    deep: bool = False  # quick_check ran (not only the header check)
    seconds: float = 0.0
    size: int = 0
    expected: int = 0

    @property
    def ok(self) -> bool:
        return self.kind in ("ok", "missing", "empty")

    def message(self) -> Msg | None:
        if self.kind == "truncated":
            return msg("db_truncated", size=self.size, expected=self.expected or "?")
        if self.kind == "not_a_database":
            return msg("db_not_a_database")
        if self.kind == "damaged":
            return msg("db_damaged_page", detail=self.detail)
        if self.kind == "lost":
            return msg("db_missing")
        return None


def check_file(db_file: Path, *, deep: bool = True) -> Health:
    """Check a database file without changing it: the header always (magic, page size,
    size against the header's page count), ``PRAGMA quick_check`` when ``deep``.

    Busy or locked is raised (in use, not damaged). Opened read-only, so a damaged file is
    not checkpointed into or otherwise written.
    """
    started = time.perf_counter()
    health = _check_file(Path(db_file), deep)
    health.seconds = time.perf_counter() - started
    return health


def _check_file(db_file: Path, deep: bool) -> Health:
    if not db_file.exists():
        return Health("missing")
    size = db_file.stat().st_size
    wal = db_file.with_name(db_file.name + "-wal")
    wal_frames = wal.exists() and wal.stat().st_size > 32  # a WAL header alone holds nothing
    if size == 0:
        # SQLite would take an empty file for a new, empty database: never silently.
        return Health("truncated" if not wal_frames else "ok", size=0)
    with open(db_file, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return Health("not_a_database", "no SQLite header", size=size)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return Health("not_a_database", f"bad page size {page_size}", size=size)
    pages = int.from_bytes(header[28:32], "big")
    expected = pages * page_size if pages and header[92:96] == header[24:28] else 0
    # With frames in the WAL the file may lag behind its header until the WAL is copied
    # back (a checkpoint cut short); quick_check reads through the WAL and decides.
    if expected and size < expected and not wal_frames:
        return Health("truncated", f"{size} of {expected} bytes", size=size, expected=expected)
    if not deep:
        return Health("ok", size=size, expected=expected)
    try:
        conn = sqlite3.connect(readonly_uri(db_file), uri=True, timeout=10)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorname", None) or "").startswith(
            ("SQLITE_BUSY", "SQLITE_LOCKED")
        ):
            raise
        kind = "not_a_database" if "not a database" in str(exc) else "damaged"
        return Health(kind, str(exc), deep=True, size=size, expected=expected)
    if rows == ["ok"]:
        return Health("ok", deep=True, size=size, expected=expected)
    rows = [
        line for r in rows for line in r.splitlines() if not line.startswith("*** in database")
    ] or ["quick_check failed"]
    detail = rows[0] + (f" (+{len(rows) - 1} more)" if len(rows) > 1 else "")
    kind = "truncated" if expected and size < expected else "damaged"
    return Health(kind, detail, deep=True, size=size, expected=expected)


def check_at_start(data_dir: Path, *, deep_limit: int = DEEP_CHECK_LIMIT) -> Health:
    """The start-up check: deep (quick_check) for files up to ``deep_limit`` bytes or when a
    background check asked for it; otherwise the header only (then run :func:`check_file`
    in the background and call :func:`request_check_at_start` if it fails)."""
    db_file = paths.db_path(data_dir)
    marker = Path(data_dir) / CHECK_MARKER
    size = db_file.stat().st_size if db_file.exists() else 0
    health = check_file(db_file, deep=marker.exists() or size <= deep_limit)
    if health.kind == "truncated" and health.size == 0 and not backup_paths(data_dir):
        health.kind = "empty"  # nothing to restore: the setup wizard may start over
    if health.kind == "missing" and backup_paths(data_dir):
        health.kind = "lost"  # backups but no database: restore, never a silent new station
    if health.ok and health.deep:
        marker.unlink(missing_ok=True)
    return health


def request_check_at_start(data_dir: Path) -> None:
    """A background check found damage: make the next start check the whole file."""
    with contextlib.suppress(OSError):
        (Path(data_dir) / CHECK_MARKER).write_text("quick_check failed\n", encoding="utf-8")


# ------------------------------------------------------------------------ recovery


@dataclass
class Recovery:
    restored: backup.BackupInfo  # the backup now in place
    kept_in: Path | None  # the folder holding the damaged file(s): moved, never deleted
    moved: list[Path]

    def message(self) -> Msg:
        rec = self.restored.records
        return msg(
            "recover_done",
            made=self.restored.made.astimezone().strftime("%Y-%m-%d %H:%M"),
            kept=str(self.kept_in or "-"),
            **{k: rec.get(k, 0) for k in ("complaints", "meetings", "activities", "plans")},
        )


def backup_paths(data_dir: Path) -> list[Path]:
    """Backup files in ``DATA_DIR/backups``, newest first (not checked)."""
    return backup.list_backups(paths.backups_dir(data_dir))


def good_backups(data_dir: Path, folders: list[Path] | None = None) -> Iterator[backup.BackupInfo]:
    """Backups that pass the integrity check and this version can open, newest first.

    Each is checked when the iterator reaches it, so the first good one comes quickly.
    """
    candidates = [
        p for f in (folders or [paths.backups_dir(data_dir)]) for p in backup.list_backups(f)
    ]
    candidates.sort(key=lambda p: backup.made_at(p), reverse=True)
    for path in candidates:
        try:
            info = backup.inspect(path)
        except StoreError:
            continue
        if 0 < info.schema_version <= schema.LATEST_VERSION:
            yield info


def newest_good_backup(data_dir: Path) -> backup.BackupInfo | None:
    return next(good_backups(data_dir), None)


def recover(
    data_dir: Path, backup_file: Path | None = None, *, only_if_damaged: bool = True
) -> Recovery:
    """Put the damaged database aside and restore a good backup in its place.

    The backup is ``backup_file`` or the newest good one in ``DATA_DIR/backups``. The
    database, its ``-wal`` and its ``-shm`` are moved together, names unchanged, into
    ``DATA_DIR/damaged/<date-time>/`` (so the WAL still belongs to its file for anyone
    trying to rescue the newest records); nothing is deleted. The caller holds the
    instance lock (no connection may be open on the database). Raises ServiceError.
    """
    data_dir = Path(data_dir)
    db_file = paths.db_path(data_dir)
    if only_if_damaged:
        health = check_file(db_file, deep=True)
        if health.ok and health.kind != "missing":  # missing: put a backup in its place
            raise ServiceError(msg("recover_not_damaged"))
    if backup_file is not None:
        try:
            info = backup.inspect(Path(backup_file))
        except StoreError as exc:
            raise ServiceError(
                msg("recover_backup_unusable", file=Path(backup_file).name, detail=str(exc))
            ) from exc
        if not 0 < info.schema_version <= schema.LATEST_VERSION:
            raise ServiceError(
                msg(
                    "recover_backup_unusable",
                    file=info.path.name,
                    detail=f"schema {info.schema_version}, this version knows "
                    f"{schema.LATEST_VERSION}",
                )
            )
    else:
        info = newest_good_backup(data_dir)
        if info is None:
            raise ServiceError(msg("recover_no_backup", folder=str(paths.backups_dir(data_dir))))
    incoming = db_file.with_name(db_file.name + ".restoring")
    incoming.unlink(missing_ok=True)
    try:
        backup._copy(info.path, incoming)
        backup.inspect(incoming)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    present = [db_file.with_name(db_file.name + x) for x in ("", "-wal", "-shm")]
    kept_in, moved = move_aside(data_dir) if any(p.exists() for p in present) else (None, [])
    os.replace(incoming, db_file)
    _fsync_dir(data_dir)
    return Recovery(info, kept_in, moved)


def move_aside(data_dir: Path) -> tuple[Path, list[Path]]:
    """Move the database and its -wal/-shm into ``DATA_DIR/damaged/<date-time>/``."""
    db_file = paths.db_path(data_dir)
    root = Path(data_dir) / "damaged"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = root / stamp
    n = 1
    while folder.exists():
        n += 1
        folder = root / f"{stamp}-{n}"
    folder.mkdir(parents=True)
    moved = []
    # The side files first: a -wal left beside the restored file would be replayed into it.
    for name in (db_file.name + "-wal", db_file.name + "-shm", db_file.name):
        src = db_file.with_name(name)
        if src.exists():
            os.replace(src, folder / name)
            moved.append(folder / name)
    (folder / "README.txt").write_text(
        "This station database was found damaged and moved here by Station App on "
        f"{datetime.now().strftime('%Y-%m-%d %H:%M')}; a backup was restored in its place.\n"
        "Keep these files together. Records entered after that backup may still be "
        "rescued from them (for example with the sqlite3 shell's .recover command).\n",
        encoding="utf-8",
    )
    _fsync_dir(folder)
    _fsync_dir(Path(data_dir))
    return folder, moved


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # directories cannot be opened for fsync on Windows; NTFS journals renames
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
