"""Health checks, backups and restore: the operations the window, the CLI and timers share."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from station_app import paths
from station_app.services import settings as settings_service
from station_app.store import audit, backup, schema


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
