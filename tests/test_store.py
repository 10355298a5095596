"""The store: pragmas, migrations, refusal of newer schemas, backups and restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station_app import paths
from station_app.services import complaints, maintenance
from station_app.store import SchemaTooNew, StoreError, backup, connect, open_db, schema


def test_connection_pragmas(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert schema.user_version(db.conn) == schema.LATEST_VERSION


def test_open_without_database_is_refused(tmp_path):
    with pytest.raises(StoreError, match="no station database"):
        open_db(tmp_path / "nothing-here")
    assert not (tmp_path / "nothing-here").exists()


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO meeting_topics (meeting_uuid, theme) VALUES ('no-such-meeting', 'youth')"
        )


def test_newer_schema_is_refused_untouched(station_dir):
    file = paths.db_path(station_dir)
    conn = sqlite3.connect(file)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    before = file.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version"):
        open_db(station_dir)
    assert file.read_bytes() == before


def _complaint(**over):
    data = {
        "received_on": "2026-11-02",
        "channel": "in_person",
        "category": "dispute",
        "description": "Суу талашы: кошуна арыктан суу бурган",
        "complainant": {"name": "Айгүл Токтосунова", "sex": "female", "age_group": "30_59"},
    }
    data.update(over)
    return data


def test_migration_from_previous_version_keeps_data_and_backs_up(tmp_path, chief):
    """A database at version LATEST-1 (no search index) is backed up, then migrated."""
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    file = paths.db_path(data_dir)
    conn = sqlite3.connect(file)
    schema.apply_migrations(conn, target=schema.LATEST_VERSION - 1)
    conn.execute(
        "INSERT INTO station (id, code, name, province, created_at)"
        " VALUES (1, 'NKT', 'Ноокат', 'Ош', '2026-01-01T00:00:00Z')"
    )
    conn.execute(
        "INSERT INTO complaints (uuid, station, created_at, created_by, updated_at, updated_by,"
        " number, reg_year, reg_seq, received_on, channel, category, description,"
        " answer_due_on, due_on, anonymous)"
        " VALUES ('11111111-1111-1111-1111-111111111111', 'NKT', 'x', 'chief', 'x', 'chief',"
        " 'NKT-2026-0001', 2026, 1, '2026-11-01', 'phone', 'dispute',"
        " 'Жер талашы ШУМ', '2026-11-15', '2026-11-15', 1)"
    )
    conn.commit()
    conn.close()

    db = open_db(data_dir)
    try:
        assert schema.user_version(db.conn) == schema.LATEST_VERSION
        # the index built by the migration finds the row written before it
        found = db.execute(
            "SELECT number FROM complaints WHERE id IN"
            " (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH 'шум')"
        ).fetchall()
        assert found == [("NKT-2026-0001",)]
    finally:
        db.close()
    pre = [p for p in backup.list_backups(paths.backups_dir(data_dir)) if "pre-migrate" in p.name]
    assert len(pre) == 1
    assert backup.inspect(pre[0]).schema_version == schema.LATEST_VERSION - 1


@pytest.mark.parametrize("with_stats", [False, True])
def test_dashboard_indexes_get_statistics_only_where_the_planner_has_them(tmp_path, with_stats):
    """Version 5 adds the dashboard's indexes; on a database with statistics (a big
    station) they are analysed too, on a small one no statistics appear."""
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    schema.apply_migrations(conn, target=4)
    rec = "uuid, station, created_at, created_by, updated_at, updated_by"
    vals = "'NKT', 'x', 'chief', 'x', 'chief'"
    conn.execute(
        f"INSERT INTO meetings ({rec}, held_on, venue, kind) VALUES ('m1', {vals},"
        " '2026-11-01', 'school', 'community')"
    )
    conn.execute(
        f"INSERT INTO meeting_followups ({rec}, meeting_uuid, action, due_on)"
        f" VALUES ('f1', {vals}, 'm1', 'lights', '2026-11-10')"
    )
    conn.execute(
        f"INSERT INTO complaints ({rec}, number, reg_year, reg_seq, received_on, channel,"
        " category, description, answer_due_on, due_on, status, closed_on)"
        f" VALUES ('c1', {vals}, 'NKT-2026-0001', 2026, 1, '2026-11-01', 'phone',"
        " 'dispute', 'x', '2026-11-15', '2026-11-15', 'resolved', '2026-11-05')"
    )
    if with_stats:
        conn.execute("ANALYZE")
    assert schema.apply_migrations(conn, target=5) == 5
    new = {"complaints_closed", "followups_open", "meetings_live"}
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert new <= names
    has_stats = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
    if with_stats:
        assert has_stats.fetchone()
        analysed = {r[0] for r in conn.execute("SELECT idx FROM sqlite_stat1")}
        assert new <= analysed
    else:
        assert not has_stats.fetchone()
    conn.close()


def test_failed_migration_leaves_previous_version(tmp_path, monkeypatch):
    file = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(file)
    schema.apply_migrations(conn, target=1)

    def broken(c):
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError):
        schema.apply_migrations(conn, target=2)
    assert schema.user_version(conn) == 1
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()
    conn.close()


def test_backup_is_consistent_verified_and_rotated(db, station_dir, officer):
    for i in range(3):
        complaints.create(db, officer, _complaint(description=f"Жалоба номер {i}"))
    out = station_dir / "usb"
    made = []
    for _ in range(4):
        made.append(maintenance.make_backup(db, station_dir, out))
    info = backup.inspect(made[-1])
    assert info.records["complaints"] == 3
    assert info.schema_version == schema.LATEST_VERSION
    kept = backup.list_backups(out)
    assert len(kept) == 4  # default keep is 10
    backup.rotate(out, keep=2)
    assert backup.list_backups(out) == kept[:2]


def test_restore_backs_up_current_file_first(db, station_dir, officer):
    complaints.create(db, officer, _complaint())
    saved = maintenance.make_backup(db, station_dir)
    complaints.create(db, officer, _complaint(description="после резервной копии"))
    db.close()
    safety = maintenance.restore(station_dir, saved)
    assert backup.inspect(safety).records["complaints"] == 2
    again = open_db(station_dir)
    try:
        assert again.execute("SELECT count(*) FROM complaints").fetchone()[0] == 1
        assert maintenance.check(again).ok
    finally:
        again.close()


def test_restore_refuses_damaged_file(station_dir, tmp_path):
    bad = tmp_path / "station-20260101-000000-000000.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(StoreError):
        maintenance.restore(station_dir, bad)
    db = open_db(station_dir)
    try:
        assert maintenance.check(db).ok
    finally:
        db.close()


def test_connect_readonly(station_dir):
    ro = connect(paths.db_path(station_dir), readonly=True)
    try:
        with pytest.raises(sqlite3.OperationalError):
            ro.execute("DELETE FROM settings")
    finally:
        ro.close()


def test_data_dir_override_is_honoured(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "elsewhere"))
    assert paths.default_data_dir() == Path(tmp_path / "elsewhere")
