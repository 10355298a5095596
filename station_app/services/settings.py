"""Station settings (deadlines, backups, language) with their defaults."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from station_app.services.auth import MANAGERS, Actor, require
from station_app.store import audit, write_transaction

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
    "backup_keep": 10,
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
    with write_transaction(db):
        before = {k: get(db, k) for k in values}
        for key, value in values.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value, ensure_ascii=False)],
            )
        audit.append(db.conn, actor.username, "update", "settings", None, before, values)
