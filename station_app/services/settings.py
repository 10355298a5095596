"""Station settings (deadlines, backups, language) with their defaults."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from station_app.messages import msg
from station_app.services.auth import MANAGERS, Actor, require
from station_app.services.errors import ValidationError
from station_app.store import audit, write_transaction
from station_app.store.connection import readonly_uri

DEFAULTS: dict[str, Any] = {
    "answer_period_days": 14,
    "answer_period_unit": "calendar",  # "calendar" or "working" (the pending law: 10 working)
    "extension_max_days": 30,
    "holidays": [  # fixed-date public holidays of the Kyrgyz Republic (MM-DD)
        "01-01",
        "01-07",
        "02-23",
        "03-08",
        "03-21",
        "05-01",
        "05-05",
        "05-09",
        "08-31",
        "11-07",
        "11-08",
    ],
    "backup_keep": 10,  # automatic and manual backups kept in DATA_DIR/backups (newest N)
    "backup_every_hours": 4,  # automatic backup while the window is open; 0 = start/exit only
    "language": "ru",
    "idle_lock_minutes": 10,
}


def get_all(db: sqlite_utils.Database) -> dict[str, Any]:
    out = dict(DEFAULTS)
    for key, value in db.execute("SELECT key, value FROM settings").fetchall():
        out[key] = json.loads(value)
    return out


def get(db: sqlite_utils.Database, key: str) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else DEFAULTS.get(key)


def set_many(db: sqlite_utils.Database, actor: Actor, values: dict[str, Any]) -> None:
    require(actor, MANAGERS, db)
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise KeyError(f"unknown settings: {sorted(unknown)}")
    _check_ranges(values)
    with write_transaction(db):
        before = {k: get(db, k) for k in values}
        for key, value in values.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value, ensure_ascii=False)],
            )
        audit.append(db.conn, actor.username, "update", "settings", None, before, values)


# whole-number settings with their allowed range (checked here, whatever the caller)
RANGES: dict[str, tuple[int, int]] = {
    "backup_keep": (1, 100),
    "backup_every_hours": (0, 24),
}


def _check_ranges(values: dict[str, Any]) -> None:
    errors = {}
    for key, (low, high) in RANGES.items():
        if key not in values:
            continue
        value = values[key]
        if isinstance(value, bool) or not isinstance(value, int):
            errors[key] = msg("not_integer")
        elif value < low:
            errors[key] = msg("too_small", min=low)
        elif value > high:
            errors[key] = msg("too_large", max=high)
    if errors:
        raise ValidationError(errors)


def read_language(db_file: Path) -> str | None:
    """The station's language read straight from a file that may be damaged or missing
    (for the start-up recovery window); None when it cannot be read."""
    try:
        conn = sqlite3.connect(readonly_uri(db_file), uri=True, timeout=2)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        finally:
            conn.close()
        return json.loads(row[0]) if row else DEFAULTS["language"]
    except (sqlite3.Error, ValueError, OSError):
        return None
