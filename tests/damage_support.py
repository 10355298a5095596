"""Shared pieces of the damage tests: complaints that fill many pages, a closed copy of a
station to damage, and the damage itself (a cut-off file, a page of garbage)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import sqlite_utils

from station_app import paths
from station_app.services import complaints
from station_app.services.auth import Actor
from station_app.store import backup

PAGE = 4096


def add_complaint(db: sqlite_utils.Database, actor: Actor, n: int) -> dict:
    """A complaint with a long description (a few pages each)."""
    return complaints.create(
        db,
        actor,
        {
            "received_on": "2026-11-18",
            "channel": "phone",
            "category": "dispute",
            "description": f"Арыз {n}. " + "Суу талашы. " * 200,
            "complainant": {"name": f"Айгүл {n}", "sex": "female", "age_group": "30_59"},
        },
    )


def closed_copy(
    tmp_path: Path,
    station_dir: Path,
    db: sqlite_utils.Database,
    actor: Actor,
    complaints_count: int,
    with_backup: bool = False,
) -> Path:
    """Add complaints, then copy the station as a closed program would leave it (no WAL)."""
    for n in range(complaints_count):
        add_complaint(db, actor, n)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "station"
    shutil.copytree(station_dir, copy, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    if with_backup:
        backup.make_backup(paths.db_path(copy), paths.backups_dir(copy))
    return copy


def truncate_half(file: Path) -> None:
    """Cut the file in half, as a power cut during a copy might."""
    with open(file, "r+b") as fh:
        fh.truncate(file.stat().st_size // 2)


def garbage_page(file: Path, which: str = "middle", seed: object = None) -> None:
    """Overwrite one page with random bytes (a bad sector); ``seed`` defaults to ``which``."""
    pages = file.stat().st_size // PAGE
    page = {"middle": pages // 2, "last": pages - 1, "second": 1}[which]
    with open(file, "r+b") as fh:
        fh.seek(page * PAGE)
        fh.write(random.Random(which if seed is None else seed).randbytes(PAGE))


def zero_header(file: Path) -> None:
    """Zero the 100-byte header: the file no longer says it is a database."""
    with open(file, "r+b") as fh:
        fh.write(bytes(100))
