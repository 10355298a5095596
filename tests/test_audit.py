"""The audit log: every change recorded with before/after, append-only, hash-chained."""

from __future__ import annotations

import json
import sqlite3

import pytest

from station_app import paths
from station_app.services import complaints, maintenance, meetings
from station_app.store import audit


def _complaint(db, officer):
    return complaints.create(
        db,
        officer,
        {
            "received_on": "2026-11-02",
            "channel": "phone",
            "category": "property",
            "description": "Уй уурдалды",
            "anonymous": True,
        },
    )


def test_every_change_is_recorded_with_before_and_after(db, officer):
    c = _complaint(db, officer)
    complaints.update(db, officer, c["uuid"], {"description": "Эки уй уурдалды"})
    complaints.change_status(db, officer, c["uuid"], "in_progress")
    complaints.delete(db, officer, c["uuid"], reason="Кайталанган жазуу")
    rows = db.execute(
        "SELECT username, action, before, after, reason FROM audit_log"
        " WHERE entity_uuid = ? ORDER BY id",
        [c["uuid"]],
    ).fetchall()
    assert [r[1] for r in rows] == ["create", "update", "status", "delete"]
    assert all(r[0] == "officer" for r in rows)
    assert rows[0][2] is None
    assert json.loads(rows[1][2])["description"] == "Уй уурдалды"
    assert json.loads(rows[1][3])["description"] == "Эки уй уурдалды"
    assert rows[3][4] == "Кайталанган жазуу"
    assert audit.verify_chain(db.conn).ok


def test_audit_log_refuses_update_and_delete(db, officer):
    _complaint(db, officer)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET username = 'someone' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log WHERE id = 1")


def _tamper(station_dir, sql):
    """Edit the file behind the app's back, as someone with a SQLite tool could."""
    conn = sqlite3.connect(paths.db_path(station_dir))
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_check_names_a_hand_edited_row(db, station_dir, officer):
    c = _complaint(db, officer)
    meetings.create(db, officer, {"held_on": "2026-11-01", "kind": "other", "venue": "Мектеп"})
    target = db.execute("SELECT id FROM audit_log WHERE entity_uuid = ?", [c["uuid"]]).fetchone()[0]
    db.close()
    _tamper(station_dir, f"UPDATE audit_log SET username = 'nobody' WHERE id = {target}")
    from station_app.store import open_db

    again = open_db(station_dir)
    try:
        report = maintenance.check(again)
    finally:
        again.close()
    assert not report.ok
    assert f"audit_log row {target}: row content does not match its hash" in report.problems
    assert any("trigger" in p for p in report.problems)


def test_check_notices_a_removed_row(db, station_dir, officer):
    _complaint(db, officer)
    _complaint(db, officer)
    db.close()
    _tamper(station_dir, "DELETE FROM audit_log WHERE id = 3")
    conn = sqlite3.connect(paths.db_path(station_dir))
    report = audit.verify_chain(conn)
    conn.close()
    assert not report.ok and report.broken_id == 4 and "missing" in report.problem


def test_recomputed_hash_still_breaks_the_link(db, station_dir, officer):
    """Rewriting a row and its own hash breaks the next row's link instead."""
    _complaint(db, officer)
    _complaint(db, officer)
    conn = db.conn
    row = conn.execute(
        "SELECT id, at, username, action, entity, entity_uuid, before, after,"
        " reason, prev_hash FROM audit_log WHERE id = 2"
    ).fetchone()
    fields = dict(
        zip(
            (
                "id",
                "at",
                "username",
                "action",
                "entity",
                "entity_uuid",
                "before",
                "after",
                "reason",
            ),
            row[:9],
            strict=True,
        )
    )
    fields["username"] = "nobody"
    forged = audit.row_hash(row[9], fields)
    db.close()
    _tamper(
        station_dir, f"UPDATE audit_log SET username = 'nobody', hash = '{forged}' WHERE id = 2"
    )
    conn = sqlite3.connect(paths.db_path(station_dir))
    report = audit.verify_chain(conn)
    conn.close()
    assert not report.ok and report.broken_id == 3
