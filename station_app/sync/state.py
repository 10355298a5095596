"""The sync tables (schema version 4) and the role and mode checks every entry point uses.

Station side: ``sync_state`` (pseudonym key, pinned district key, sequence floor),
``sync_changes`` (the change log), ``sync_exports``, ``sync_receipts``,
``district_approvals``. District side: ``sync_stations`` (the registry of station keys),
``sync_packages``, ``sync_conflicts``, ``sync_tombstones``, ``sync_pseudonyms``,
``sync_approvals``.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from station_app import clock
from station_app.messages import msg
from station_app.services import months
from station_app.services.auth import ADMIN, ANALYST, CHIEF, RECORD_EDITORS, Actor, require
from station_app.services.errors import ValidationError
from station_app.store import audit, write_transaction
from station_app.sync.errors import SyncError

EXPORTERS = RECORD_EDITORS  # officer, chief, admin
DISTRICT_ROLES = (ANALYST, CHIEF, ADMIN)
PERSONAL_DATA_ROLES = (CHIEF,)


def _rows(db: sqlite_utils.Database, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    cur = db.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, v, strict=True)) for v in cur.fetchall()]


def profile(db: sqlite_utils.Database) -> dict[str, Any]:
    rows = _rows(db, "SELECT code, name, district, province, mode, public_key FROM station")
    if not rows:
        raise RuntimeError("the station is not initialised")
    return rows[0]


def require_station(db: sqlite_utils.Database) -> dict[str, Any]:
    prof = profile(db)
    if prof["mode"] != "station":
        raise SyncError(msg("sync_not_station"))
    return prof


def require_district(db: sqlite_utils.Database) -> dict[str, Any]:
    prof = profile(db)
    if prof["mode"] != "district":
        raise SyncError(msg("sync_not_district"))
    return prof


def get_state(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_state(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Inside the caller's transaction."""
    db.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


# ---------------------------------------------------------------------- station side


def acknowledged_mark(db: sqlite_utils.Database) -> tuple[int, dict[str, int], int]:
    """How far the district has acknowledged: (change-log position, the highest row id of
    each table then, package seq). Nothing acknowledged: (0, {}, 0)."""
    row = db.execute(
        "SELECT change_to, id_marks, seq FROM sync_exports WHERE acknowledged_at IS NOT NULL"
        " ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return (row[0], json.loads(row[1]), row[2]) if row else (0, {}, 0)


def next_export(db: sqlite_utils.Database) -> tuple[int, str | None]:
    """(next sequence number, previous package's hash or None)."""
    row = db.execute(
        "SELECT seq, package_hash FROM sync_exports ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    floor = int(get_state(db, "next_seq_floor") or 1)
    if row is None:
        return max(1, floor), None
    return max(row[0] + 1, floor), row[1]


def list_exports(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _rows(
        db,
        "SELECT seq, file_name, package_hash, full, personal_data, base_seq, records,"
        " created_at, created_by, acknowledged_at FROM sync_exports ORDER BY seq",
    )


def last_export(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """The newest package this station wrote (file name, created_at, ...), or None."""
    rows = _rows(
        db,
        "SELECT seq, file_name, created_at, acknowledged_at FROM sync_exports"
        " ORDER BY seq DESC LIMIT 1",
    )
    return rows[0] if rows else None


def list_district_approvals(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _rows(
        db,
        "SELECT month, district, approved_on, approved_by, received_at"
        " FROM district_approvals ORDER BY month",
    )


# --------------------------------------------------------------------- district side


def station_entry(db: sqlite_utils.Database, code: str) -> dict[str, Any] | None:
    rows = _rows(db, "SELECT * FROM sync_stations WHERE code = ?", [code])
    return rows[0] if rows else None


def register_station(
    db: sqlite_utils.Database,
    actor: Actor,
    code: str,
    public_key: str | None,
    *,
    how: str = "manual",
    details: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Pin ``public_key`` for station ``code`` (None forgets it: the next import is trusted
    on first use again). Deliberate, audited; the district's roles only."""
    prof = require_district(db)
    require(actor, DISTRICT_ROLES, db, "register_station")
    if (
        not isinstance(code, str)
        or not code.isascii()
        or not code.isupper()
        or not (2 <= len(code) <= 5 and code.isalpha())
    ):
        raise ValidationError({"code": msg("bad_station_code")})
    if code == prof["code"]:
        raise SyncError(msg("sync_own_code", station=code))
    from station_app.sync.keys import check_public_key  # cryptography: loaded when needed

    key = check_public_key(public_key) if public_key is not None else None
    details = details or {}
    with write_transaction(db):
        before = station_entry(db, code)
        values = {
            "code": code,
            "public_key": key,
            "name": details.get("name", before["name"] if before else ""),
            "district": details.get("district", before["district"] if before else ""),
            "province": details.get("province", before["province"] if before else ""),
            "registered_at": clock.now_iso(),
            "registered_by": actor.username,
            "how": how if key is not None else "reset",
        }
        db["sync_stations"].upsert(values, pk="code")
        after = station_entry(db, code)
        action = "register_station" if key is not None else "reset_station_key"
        audit.append(db.conn, actor.username, action, "sync_stations", None, before, after)
    return after


def list_stations(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Registered stations with their last package, missing sequence numbers, conflicts."""
    out = []
    for entry in _rows(db, "SELECT * FROM sync_stations ORDER BY code"):
        last = _rows(
            db,
            "SELECT seq, imported_at, created_at FROM sync_packages WHERE station = ?"
            " ORDER BY seq DESC LIMIT 1",
            [entry["code"]],
        )
        missing, uncovered = gaps(db, entry["code"])
        open_conflicts = db.execute(
            "SELECT count(*) FROM sync_conflicts WHERE station = ? AND resolved_at IS NULL",
            [entry["code"]],
        ).fetchone()[0]
        out.append(
            entry
            | {
                "last_seq": last[0]["seq"] if last else None,
                "last_import_at": last[0]["imported_at"] if last else None,
                "last_package_created_at": last[0]["created_at"] if last else None,
                "missing": missing,
                "uncovered": uncovered,
                "open_conflicts": open_conflicts,
            }
        )
    return out


def last_import(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """The package this district imported last (station, seq, file name, imported_at)."""
    rows = _rows(
        db,
        "SELECT station, seq, file_name, imported_at FROM sync_packages"
        " ORDER BY imported_at DESC, rowid DESC LIMIT 1",
    )
    return rows[0] if rows else None


def gaps(db: sqlite_utils.Database, station: str) -> tuple[list[int], list[int]]:
    """Sequence numbers not received from ``station``, and those of them whose changes
    no later received package carries (packages are cumulative since the last one the
    district acknowledged, so a later package usually covers a missing one)."""
    got = {
        seq: base
        for seq, base in db.execute(
            "SELECT seq, base_seq FROM sync_packages WHERE station = ?", [station]
        )
    }
    if not got:
        return [], []
    missing = [s for s in range(1, max(got) + 1) if s not in got]
    uncovered = [m for m in missing if not any(s > m and base < m for s, base in got.items())]
    return missing, uncovered


def list_conflicts(
    db: sqlite_utils.Database, *, station: str | None = None, open_only: bool = True
) -> list[dict[str, Any]]:
    where = ["1"]
    params: list[Any] = []
    if station:
        where.append("station = ?")
        params.append(station)
    if open_only:
        where.append("resolved_at IS NULL")
    return _rows(
        db,
        "SELECT id, station, tbl, uuid, revision, current, incoming, package_hash,"
        " detected_at, resolved_at, resolved_by, resolution FROM sync_conflicts"
        f" WHERE {' AND '.join(where)} ORDER BY id",
        params,
    )


def approve_month(db: sqlite_utils.Database, actor: Actor, station: str, month: str) -> bool:
    """Record that the district approved ``station``'s closed ``month`` (inside the caller's
    transaction or its own). Returns False if it was approved already."""
    require_district(db)
    require(actor, DISTRICT_ROLES, db, "approve_month")
    months.check_month(month)
    with write_transaction(db):
        closed = db.execute(
            "SELECT 1 FROM month_closures WHERE station = ? AND month = ? AND status = 'closed'"
            " AND deleted = 0",
            [station, month],
        ).fetchone()
        if closed is None:
            raise SyncError(msg("sync_month_not_received", station=station, month=month))
        if db.execute(
            "SELECT 1 FROM sync_approvals WHERE station = ? AND month = ?", [station, month]
        ).fetchone():
            return False
        row = {
            "station": station,
            "month": month,
            "approved_on": clock.today().isoformat(),
            "approved_by": actor.full_name or actor.username,
        }
        db["sync_approvals"].insert(row)
        audit.append(db.conn, actor.username, "approve_month", "sync_approvals", None, None, row)
    return True
