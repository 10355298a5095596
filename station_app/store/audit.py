"""The audit log: append-only rows, each carrying the hash of the one before.

``hash = sha256(prev_hash + canonical JSON of the row's fields)``. Triggers refuse UPDATE
and DELETE on the table; :func:`verify_chain` finds any row edited around them.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from station_app import clock

GENESIS = "0" * 64
_FIELDS = ("id", "at", "username", "action", "entity", "entity_uuid", "before", "after", "reason")


def to_json(value: Any) -> str | None:
    """Canonical JSON for before/after snapshots (sorted keys, no ASCII escaping)."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def row_hash(prev_hash: str, row: dict[str, Any]) -> str:
    payload = json.dumps([row.get(f) for f in _FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def head(conn: sqlite3.Connection) -> tuple[int, str]:
    """(id, hash) of the newest row, or (0, GENESIS) for an empty log."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def append(
    conn: sqlite3.Connection,
    username: str,
    action: str,
    entity: str,
    entity_uuid: str | None = None,
    before: Any = None,
    after: Any = None,
    reason: str | None = None,
) -> int:
    """Append one row. Call inside the write transaction of the change it records."""
    if not conn.in_transaction:
        raise RuntimeError("audit.append must run inside the change's write transaction")
    last_id, prev = head(conn)
    row = {
        "id": last_id + 1,
        "at": clock.now_iso(),
        "username": username,
        "action": action,
        "entity": entity,
        "entity_uuid": entity_uuid,
        "before": to_json(before),
        "after": to_json(after),
        "reason": reason,
    }
    digest = row_hash(prev, row)
    conn.execute(
        "INSERT INTO audit_log (id, at, username, action, entity, entity_uuid, before, after,"
        " reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (*[row[f] for f in _FIELDS], prev, digest),
    )
    return row["id"]


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    broken_id: int | None = None
    problem: str = ""


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Walk the whole log in id order and name the first row that does not chain."""
    prev = GENESIS
    expected_id = 1
    count = 0
    cur = conn.execute(
        "SELECT id, at, username, action, entity, entity_uuid, before, after, reason,"
        " prev_hash, hash FROM audit_log ORDER BY id"
    )
    for values in cur:
        row = dict(zip((*_FIELDS, "prev_hash", "hash"), values, strict=True))
        count += 1
        if row["id"] != expected_id:
            return ChainReport(False, count, row["id"], f"row {expected_id} is missing")
        if row["prev_hash"] != prev:
            return ChainReport(False, count, row["id"], "previous-hash link is broken")
        if row_hash(prev, row) != row["hash"]:
            return ChainReport(False, count, row["id"], "row content does not match its hash")
        prev = row["hash"]
        expected_id += 1
    return ChainReport(True, count)
