"""USB sync (#5): station -> package -> district, receipts back, privacy, atomic writing."""

from __future__ import annotations

import errno
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from frictionless import Package, validate

from station_app import cli
from station_app.services import complaints, maintenance, meetings
from station_app.services.errors import PermissionDenied
from station_app.services.records import ListQuery
from station_app.store import open_db
from station_app.sync import export, importer, keys, receipts, state
from station_app.sync.errors import PackageRefused, SyncError
from station_app.sync.export import export_package, pseudonym
from station_app.sync.importer import import_packages, resolve_conflict
from station_app.sync.package import neutralise, unneutralise
from station_app.sync.verify import read_package

from conftest import file_modes_enforced
from sync_support import (
    CONTACT,
    DESCRIPTION,
    FORMULAS,
    NAME,
    NOTE,
    OUTCOME,
    REPORT_PDF,
    fill_station,
    fingerprint,
    make_district,
    members,
    read_csv,
)


@pytest.fixture
def district(tmp_path):
    db, analyst = make_district(tmp_path / "district")
    yield db, analyst
    db.close()


def counts(db, station: str) -> dict:
    """The numbers a district compares: rows per table, complaints by category and status,
    meetings by kind with attendance, activities by kind, protection orders, closed months."""
    out: dict = {}
    for table in (
        "settlements",
        "partners",
        "plans",
        "plan_items",
        "meetings",
        "meeting_followups",
        "meeting_topics",
        "meeting_partners",
        "activities",
        "activity_themes",
        "activity_partners",
        "complaints",
        "complaint_actions",
        "protection_orders",
        "month_closures",
    ):
        if table.startswith(("meeting_topics", "meeting_partners")):
            sql = (
                f"SELECT count(*) FROM {table} WHERE meeting_uuid IN"
                " (SELECT uuid FROM meetings WHERE station = ? AND deleted = 0)"
            )
        elif table.startswith("activity_"):
            sql = (
                f"SELECT count(*) FROM {table} WHERE activity_uuid IN"
                " (SELECT uuid FROM activities WHERE station = ? AND deleted = 0)"
            )
        else:
            sql = f"SELECT count(*) FROM {table} WHERE station = ? AND deleted = 0"
        out[table] = db.execute(sql, [station]).fetchone()[0]
    for name, sql in {
        "complaints_by": "SELECT category, status, channel, count(*) FROM complaints"
        " WHERE station = ? AND deleted = 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        "meetings_by": "SELECT kind, sum(men), sum(women), sum(youth), count(*) FROM meetings"
        " WHERE station = ? AND deleted = 0 GROUP BY 1 ORDER BY 1",
        "activities_by": "SELECT kind, sum(men + women), count(*) FROM activities"
        " WHERE station = ? AND deleted = 0 GROUP BY 1 ORDER BY 1",
        "months": "SELECT month, status, report_sha256, length(report_pdf) FROM month_closures"
        " WHERE station = ? ORDER BY 1",
        "revisions": "SELECT sum(revision) FROM complaints WHERE station = ?",
    }.items():
        out[name] = [tuple(r) for r in db.execute(sql, [station]).fetchall()]
    return out


def decompressed(path: Path) -> list[bytes]:
    return list(members(path).values())


# ----------------------------------------------------------------------------- round trip


def test_round_trip_numbers_equal_on_both_sides(db, officer, filled, stick, district):
    result = export_package(db, officer, db_dir(db), stick)
    assert result.path.name == "NKT_2026-11_0001.stpkg" and result.full
    assert result.months == ["2026-10"]
    ddb, analyst = district
    [done] = import_packages(ddb, analyst, [result.path])
    assert done.status == "imported", done.error and done.error.text("en")
    assert done.registered == cli.fingerprint(keys_hex(db))
    assert counts(ddb, "NKT") == counts(db, "NKT")
    assert counts(db, "NKT")["complaints"] == 3
    # the signed report arrived byte for byte
    pdf = ddb.execute("SELECT report_pdf FROM month_closures WHERE station = 'NKT'").fetchone()
    assert bytes(pdf[0]) == REPORT_PDF
    # the record engine reads imported rows: links, children, search (FTS triggers fired)
    got = meetings.get(ddb, filled["meeting_october"])
    assert got["topics"] == ["early_marriage", "road_safety"]
    assert got["partners"] == [filled["partner"]] and len(got["followups"]) == 1
    found = meetings.list_(ddb, ListQuery(search="залы"))
    assert [m["uuid"] for m in found] == [filled["meeting"]]
    rows = complaints.list_(ddb, ListQuery())
    assert {r["number"] for r in rows} == {"NKT-2026-0001", "NKT-2026-0002", "NKT-2026-0003"}
    # integrity, foreign keys, search index and audit chain of the district all hold
    report = maintenance.check(ddb)
    assert report.ok, report.problems


def test_district_holds_many_stations(db, officer, filled, stick, district, tmp_path, chief):
    """Two stations with the same complaint sequence numbers live side by side."""
    from station_app.services import station

    from conftest import SETTLEMENTS

    ddb, analyst = district
    first = export_package(db, officer, db_dir(db), stick)
    other_dir = tmp_path / "ttm"
    station.init_station(
        other_dir,
        code="TTM",
        name="Таш-Төмүр",
        province="Баткен облусу",
        admin_user="chief",
        admin_password="chief-password",
        settlements=SETTLEMENTS,
    )
    odb = open_db(other_dir)
    try:
        s = odb.execute("SELECT uuid FROM settlements LIMIT 1").fetchone()[0]
        officer_ttm = chief.__class__("chief", "chief", "Кыял")
        fill_station(odb, officer_ttm, officer_ttm, s)
        second = export_package(odb, officer_ttm, other_dir, stick)
    finally:
        odb.close()
    results = import_packages(ddb, analyst, [second.path, first.path])
    assert [r.status for r in results] == ["imported", "imported"]
    numbers = [r[0] for r in ddb.execute("SELECT number FROM complaints ORDER BY number")]
    assert numbers[:2] == ["NKT-2026-0001", "NKT-2026-0002"] and "TTM-2026-0001" in numbers
    assert {r[0] for r in ddb.execute("SELECT DISTINCT station FROM complaints")} == {
        "NKT",
        "TTM",
    }
    assert len(state.list_stations(ddb)) == 2


def db_dir(db) -> Path:
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2]).parent


def keys_hex(db) -> str:
    return db.execute("SELECT public_key FROM station").fetchone()[0]


def test_reimport_changes_nothing(db, officer, filled, stick, district):
    pkg = export_package(db, officer, db_dir(db), stick).path
    ddb, analyst = district
    import_packages(ddb, analyst, [pkg])
    before = fingerprint(ddb)
    [again] = import_packages(ddb, analyst, [pkg])
    assert again.status == "already"
    assert fingerprint(ddb) == before


def test_dry_run_changes_nothing(db, officer, filled, stick, district):
    pkg = export_package(db, officer, db_dir(db), stick).path
    ddb, analyst = district
    before = fingerprint(ddb)
    [would] = import_packages(ddb, analyst, [pkg], dry_run=True)
    assert would.status == "imported" and would.total("inserted") > 10
    assert fingerprint(ddb) == before


def test_tombstones_propagate(db, officer, chief, filled, stick, district):
    ddb, analyst = district
    first = export_package(db, officer, db_dir(db), stick)
    import_packages(ddb, analyst, [first.path])
    receipt = receipts.make_receipt(ddb, analyst, db_dir(ddb), "NKT", stick)
    receipts.apply_receipt(db, officer, receipt.path)
    complaints.delete(db, chief, filled["anonymous"], reason="entered twice")
    meetings.update(db, officer, filled["meeting"], {"venue": "Мектеп"})
    second = export_package(db, officer, db_dir(db), stick)
    assert second.counts["tombstones"] == 1 and second.counts["meetings"] == 1
    [done] = import_packages(ddb, analyst, [second.path])
    assert done.status == "imported"
    deleted = ddb.execute(
        "SELECT deleted, revision FROM complaints WHERE uuid = ?", [filled["anonymous"]]
    ).fetchone()
    assert deleted == (1, 2)
    assert counts(ddb, "NKT") == counts(db, "NKT")


def test_deleted_record_still_referred_to_travels_deleted(db, officer, chief, filled, stick):
    """A full export after a deletion: the complaint's timeline still refers to it."""
    complaints.delete(db, chief, filled["complaint"], reason="wrong person")
    pkg = export_package(db, officer, db_dir(db), stick)
    rows = read_package(pkg.path).rows
    assert filled["complaint"] in {r["uuid"] for r in rows["complaints"]}
    assert filled["complaint"] in {t["uuid"] for t in rows["tombstones"]}
    ddb, analyst = make_district(db_dir(db).parent / "district2")
    try:
        [done] = import_packages(ddb, analyst, [pkg.path])
        assert done.status == "imported", done.error and done.error.text("en")
        assert ddb.execute(
            "SELECT deleted FROM complaints WHERE uuid = ?", [filled["complaint"]]
        ).fetchone() == (1,)
        assert counts(ddb, "NKT") == counts(db, "NKT")
    finally:
        ddb.close()


# ----------------------------------------------------------------- incremental, receipts


def test_receipt_acknowledges_and_the_next_export_starts_after_it(
    db, officer, chief, filled, stick, district
):
    ddb, analyst = district
    data_dir = db_dir(db)
    first = export_package(db, officer, data_dir, stick)
    import_packages(ddb, analyst, [first.path])
    receipt = receipts.make_receipt(ddb, analyst, ddb_dir(ddb), "NKT", stick, approve=["2026-10"])
    assert receipt.newly_approved == ["2026-10"] and receipt.packages == 1
    applied = receipts.apply_receipt(db, officer, receipt.path)
    assert applied.acknowledged == [1] and applied.approvals == ["2026-10"]
    assert applied.trusted == cli.fingerprint(keys_hex(ddb))
    assert state.list_district_approvals(db)[0]["month"] == "2026-10"
    assert receipts.apply_receipt(db, officer, receipt.path).already
    # nothing changed since: an empty incremental package; then one change
    empty = export_package(db, officer, data_dir, stick)
    assert not empty.full and empty.base_seq == 1 and empty.records == 0
    complaints.add_note(db, officer, filled["anonymous"], "Мектепке бардык", on="2026-11-12")
    third = export_package(db, officer, data_dir, stick)
    assert third.counts["complaints"] == 1 and third.counts["complaint_actions"] == 1
    assert third.records == 2
    results = import_packages(ddb, analyst, [third.path, empty.path])
    assert [r.status for r in results] == ["imported", "imported"]
    assert counts(ddb, "NKT") == counts(db, "NKT")


def ddb_dir(ddb) -> Path:
    return db_dir(ddb)


def test_unacknowledged_packages_are_cumulative_and_older_never_wins(
    db, officer, filled, stick, district
):
    ddb, analyst = district
    data_dir = db_dir(db)
    first = export_package(db, officer, data_dir, stick)
    meetings.update(db, officer, filled["meeting"], {"venue": "Мектептин залы"})
    second = export_package(db, officer, data_dir, stick)
    assert second.full and second.counts == first.counts  # no receipt yet: everything
    # the newer package arrives first; the older one then changes nothing
    [newer] = import_packages(ddb, analyst, [second.path])
    [older] = import_packages(ddb, analyst, [first.path])
    assert newer.status == older.status == "imported"
    assert older.total("older") == 1 and older.total("inserted") == 0
    assert older.total("updated") == 0 and older.total("conflicts") == 0
    venue = ddb.execute("SELECT venue, revision FROM meetings WHERE uuid = ?", [filled["meeting"]])
    assert venue.fetchone() == ("Мектептин залы", 2)
    assert counts(ddb, "NKT") == counts(db, "NKT")


def test_sequence_gaps_are_reported(db, officer, filled, stick, district):
    ddb, analyst = district
    data_dir = db_dir(db)
    paths = [export_package(db, officer, data_dir, stick).path for _ in range(3)]
    [third] = import_packages(ddb, analyst, [paths[2]])
    texts = [n.render("en") for n in third.notes]
    assert any("Packages not received from NKT: 1, 2" in t for t in texts)
    assert not any("may be missing" in t for t in texts)  # package 3 carries them
    assert state.gaps(ddb, "NKT") == ([1, 2], [])


def test_same_revision_different_content_is_kept_as_a_conflict(
    db, officer, filled, stick, district
):
    ddb, analyst = district
    first = export_package(db, officer, db_dir(db), stick)
    import_packages(ddb, analyst, [first.path])
    # the district's copy diverges at the same revision (as after a station restore)
    ddb.execute("UPDATE meetings SET venue = 'Башка жай' WHERE uuid = ?", [filled["meeting"]])
    ddb.conn.commit()
    second = export_package(db, officer, db_dir(db), stick)
    [done] = import_packages(ddb, analyst, [second.path])
    assert done.status == "imported" and done.total("conflicts") == 1
    [conflict] = state.list_conflicts(ddb)
    assert json.loads(conflict["current"])["venue"] == "Башка жай"
    assert json.loads(conflict["incoming"])["venue"] == "Мэриянын залы"
    venue = "SELECT venue FROM meetings WHERE uuid = ?"
    assert ddb.execute(venue, [filled["meeting"]]).fetchone() == ("Башка жай",)
    with pytest.raises(PermissionDenied):
        resolve_conflict(ddb, officer, conflict["id"], "incoming")
    resolve_conflict(ddb, analyst, conflict["id"], "incoming")
    assert ddb.execute(venue, [filled["meeting"]]).fetchone() == ("Мэриянын залы",)
    assert state.list_conflicts(ddb) == []
    with pytest.raises(SyncError):
        resolve_conflict(ddb, analyst, conflict["id"], "current")
    actions = [r[0] for r in ddb.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-1] == "resolve_conflict"
    assert maintenance.check(ddb).ok


# ---------------------------------------------------------------------------- privacy


def test_default_package_carries_no_personal_data(db, officer, filled, stick):
    pkg = export_package(db, officer, db_dir(db), stick)
    secrets = [NAME, "Айгүл", "Садыкова", CONTACT, DESCRIPTION, NOTE, OUTCOME]
    for data in decompressed(pkg.path):
        for secret in secrets:
            assert secret.encode("utf-8") not in data, secret
    rows = read_package(pkg.path).rows
    codes = {r["uuid"]: r["complainant_code"] for r in rows["complaints"]}
    # the same person has the same code; the anonymous complaint has none
    assert codes[filled["complaint"]] == codes[filled["family_violence"]]
    assert codes[filled["complaint"]].startswith("NKT-") and codes[filled["anonymous"]] is None
    first = rows["complaints"][0]
    assert first["complainant_sex"] == "female" and first["complainant_age_group"] == "18_29"
    assert first["complainant_settlement_uuid"]
    assert "complainant_name" not in first and "description" not in first
    assert all("note" not in a for a in rows["complaint_actions"])
    # stable: a second export gives the same codes; another station key gives others
    again = read_package(export_package(db, officer, db_dir(db), stick, full=True).path)
    assert {r["uuid"]: r["complainant_code"] for r in again.rows["complaints"]} == codes
    assert pseudonym(b"other key", "NKT", NAME, first["complainant_settlement_uuid"]) not in (
        codes.values()
    )


def test_personal_data_only_for_the_chief_and_audited(db, officer, chief, filled, stick, district):
    with pytest.raises(SyncError) as info:
        export_package(db, officer, db_dir(db), stick, include_personal_data=True)
    assert "chief" in info.value.text("en")
    refused = db.execute(
        "SELECT username, action, entity FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert refused == ("officer", "refused", "export_personal_data")
    assert list(stick.iterdir()) == []
    pkg = export_package(db, chief, db_dir(db), stick, include_personal_data=True)
    assert any(NAME.encode() in data for data in decompressed(pkg.path))
    last = db.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("export_personal_data",)
    ddb, analyst = district
    import_packages(ddb, analyst, [pkg.path])
    row = ddb.execute(
        "SELECT complainant_name, description FROM complaints WHERE uuid = ?",
        [filled["complaint"]],
    ).fetchone()
    assert row == (NAME, DESCRIPTION)


# ------------------------------------------------------------------ format and formulas


def test_every_package_passes_frictionless(db, officer, chief, filled, stick, tmp_path):
    for personal in (False, True):
        pkg = export_package(
            db, chief, db_dir(db), stick, include_personal_data=personal, full=True
        )
        folder = tmp_path / f"unpacked-{personal}"
        with zipfile.ZipFile(pkg.path) as zf:
            zf.extractall(folder)  # a trusted package of our own, in a test
        report = validate(folder / "datapackage.json")
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
        package = Package(str(folder / "datapackage.json"))
        assert [r.name for r in package.resources][-1] == "tombstones"


def test_formula_cells_are_neutralised_and_round_trip(db, officer, filled, stick, district):
    pkg = export_package(db, officer, db_dir(db), stick)
    [meeting] = [
        r
        for r in read_csv(members(pkg.path)["data/meetings.csv"])
        if r["uuid"] == filled["meeting_october"]
    ]
    for column, value in FORMULAS.items():
        assert meeting[column] == "'" + value  # as a spreadsheet shows it: text
        assert unneutralise(neutralise(value)) == value
    ddb, analyst = district
    import_packages(ddb, analyst, [pkg.path])
    row = ddb.execute(
        f"SELECT {', '.join(FORMULAS)} FROM meetings WHERE uuid = ?", [filled["meeting_october"]]
    ).fetchone()
    assert dict(zip(FORMULAS, row, strict=True)) == FORMULAS


def test_sql_and_python_neutralise_agree(db):
    values = ["", "a", "=1", "+1", "-1", "@a", "\tx", "\rx", "'x", "''", "Ң=", "\n=x"]
    sql = export._neutralised("v")
    for value in values:
        got = db.execute(f"SELECT {sql} FROM (SELECT ? AS v)", [value]).fetchone()[0]
        assert got == neutralise(value), value
        assert unneutralise(neutralise(value)) == value


# --------------------------------------------------------------------- writing the stick


def test_export_changes_only_its_own_record(db, officer, filled, stick):
    tables = [
        r[0]
        for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        if r[0] not in ("sync_exports", "audit_log", "users")
    ]
    before = {t: db.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    audit_rows = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    export_package(db, officer, db_dir(db), stick)
    assert {t: db.execute(f"SELECT * FROM {t}").fetchall() for t in tables} == before
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_rows + 1
    [row] = state.list_exports(db)
    assert row["seq"] == 1 and row["acknowledged_at"] is None


def _no_package_left(db, stick: Path) -> None:
    left = [p for p in stick.iterdir()] if stick.exists() else []
    for path in left:
        with pytest.raises(PackageRefused):
            read_package(path)
    assert state.list_exports(db) == []


def test_pulled_stick_leaves_nothing_that_verifies(db, officer, filled, stick, monkeypatch):
    real = export._write_zip

    def pulled(fh, members_, when):
        real(fh, members_, when)
        shutil.rmtree(stick)  # the stick is gone before fsync and rename

    monkeypatch.setattr(export, "_write_zip", pulled)
    with pytest.raises(SyncError) as info:
        export_package(db, officer, db_dir(db), stick)
    assert "removed" in info.value.text("en")
    _no_package_left(db, stick)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EROFS, "read-only"),
        (errno.ENOSPC, "full"),
        (errno.EIO, "removed"),
    ],
)
def test_stick_errors_say_what_happened(db, officer, filled, stick, monkeypatch, code, words):
    real_fsync = os.fsync

    def failing(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(export.os, "fsync", failing)
    with pytest.raises(SyncError) as info:
        export_package(db, officer, db_dir(db), stick)
    monkeypatch.setattr(export.os, "fsync", real_fsync)
    assert words in info.value.text("en")
    assert "\n" not in info.value.text("en")
    assert list(stick.iterdir()) == []
    _no_package_left(db, stick)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_read_only_folder(db, officer, filled, stick):
    """As root (CI), inside ``file_modes_enforced``: root without CAP_DAC_OVERRIDE obeys
    the folder's 0o500 like any owner."""
    stick.chmod(0o500)
    try:
        with file_modes_enforced(), pytest.raises(SyncError) as info:
            probe = stick / "probe"
            with pytest.raises(PermissionError):
                probe.write_text("")  # the folder really is read-only for this thread
            export_package(db, officer, db_dir(db), stick)
    finally:
        stick.chmod(0o700)
    assert "read-only" in info.value.text("en")
    _no_package_left(db, stick)


def test_a_package_that_reads_back_wrong_is_removed(db, officer, filled, stick, monkeypatch):
    real = export._write_zip

    def corrupting(fh, members_, when):
        real(fh, members_, when)
        fh.seek(200)
        fh.write(b"\x00" * 64)  # the stick wrote garbage

    monkeypatch.setattr(export, "_write_zip", corrupting)
    with pytest.raises(SyncError) as info:
        export_package(db, officer, db_dir(db), stick)
    assert "did not read back" in info.value.text("en")
    assert list(stick.iterdir()) == []
    _no_package_left(db, stick)


def test_export_refuses_in_district_mode_and_import_at_a_station(db, officer, district, stick):
    ddb, analyst = district
    with pytest.raises(SyncError):
        export_package(ddb, analyst, db_dir(ddb), stick)
    with pytest.raises(SyncError):
        import_packages(db, officer, [])


def test_importer_keeps_no_change_log_and_station_log_is_pruned(
    db, officer, filled, stick, district
):
    ddb, analyst = district
    pkg = export_package(db, officer, db_dir(db), stick).path
    import_packages(ddb, analyst, [pkg])
    assert ddb.execute("SELECT count(*) FROM sync_changes").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM sync_changes").fetchone()[0] > 0
    receipt = receipts.make_receipt(ddb, analyst, db_dir(ddb), "NKT", stick)
    receipts.apply_receipt(db, officer, receipt.path)
    assert db.execute("SELECT count(*) FROM sync_changes").fetchone()[0] == 0


def test_key_fingerprint_matches_cli(db):
    public = keys_hex(db)
    assert keys.fingerprint(public) == cli.fingerprint(public)
    assert importer  # the module imports without Qt


# ---------------------------------------------------------------------- receipts, hostile


def test_receipt_checks(db, officer, chief, filled, stick, district, tmp_path):
    ddb, analyst = district
    pkg = export_package(db, officer, db_dir(db), stick)
    import_packages(ddb, analyst, [pkg.path])
    made = receipts.make_receipt(ddb, analyst, db_dir(ddb), "NKT", stick)
    body = json.loads(made.path.read_text(encoding="utf-8"))
    # altered: the signature no longer matches
    body["receipt"]["packages"][0]["seq"] = 99
    forged = tmp_path / "forged.streceipt"
    forged.write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(PackageRefused) as info:
        receipts.apply_receipt(db, officer, forged)
    assert "signature does not match" in info.value.text("en")
    # a receipt meant for another station
    with pytest.raises(SyncError):
        receipts.make_receipt(ddb, analyst, db_dir(ddb), "TTM", stick)
    # pinned on first use; a receipt signed by another district key is refused
    receipts.apply_receipt(db, officer, made.path)
    other_dir = tmp_path / "other-district"
    odb, other_analyst = make_district(other_dir)
    try:
        import_packages(odb, other_analyst, [pkg.path])
        other = receipts.make_receipt(odb, other_analyst, other_dir, "NKT", stick)
    finally:
        odb.close()
    before = fingerprint(db, skip=("audit_log",))  # refusals are audited, nothing else
    with pytest.raises(PackageRefused) as info:
        receipts.apply_receipt(db, officer, other.path)
    assert "differs from the one trusted here" in info.value.text("en")
    with pytest.raises(PermissionDenied):
        receipts.apply_receipt(db, officer, other.path, accept_new_key=True)
    assert fingerprint(db, skip=("audit_log",)) == before
    applied = receipts.apply_receipt(db, chief, other.path, accept_new_key=True)
    assert applied.trusted == keys.fingerprint(
        json.loads(other.path.read_text(encoding="utf-8"))["receipt"]["district"]["public_key"]
    )


def test_migrated_station_exports_everything(tmp_path, chief):
    """A v3 database (before sync) is migrated; its first package carries every row."""
    import sqlite3

    from station_app import paths
    from station_app.services import station as station_service
    from station_app.store import schema

    folder = tmp_path / "old"
    station_service.init_station(
        folder,
        code="NKT",
        name="Ноокат",
        province="Ош",
        admin_user="chief",
        admin_password="chief-password",
    )
    conn = sqlite3.connect(paths.db_path(folder))
    for table in (
        "sync_state",
        "sync_changes",
        "sync_exports",
        "sync_receipts",
        "district_approvals",
        "sync_packages",
        "sync_stations",
        "sync_conflicts",
        "sync_tombstones",
        "sync_pseudonyms",
        "sync_approvals",
    ):
        conn.execute(f"DROP TABLE {table}")
    for table in schema.SYNC_TABLES:
        conn.execute(f"DROP TRIGGER {table}_sync_au")
    conn.execute("PRAGMA user_version = 3")
    conn.execute(
        "INSERT INTO meetings (uuid, station, created_at, created_by, updated_at, updated_by,"
        " held_on, venue, kind) VALUES ('11111111-1111-4111-8111-111111111111', 'NKT',"
        " '2026-01-01T00:00:00Z', 'chief', '2026-01-01T00:00:00Z', 'chief', '2026-10-01',"
        " 'Мэрия', 'other')"
    )
    conn.commit()
    conn.close()
    db = open_db(folder)
    try:
        assert schema.user_version(db.conn) == schema.LATEST_VERSION
        stick = tmp_path / "stick"
        stick.mkdir()
        result = export_package(db, chief, folder, stick)
        assert result.full and result.counts["meetings"] == 1
    finally:
        db.close()


# ---------------------------------------------------------------------- the command line


def test_command_line_end_to_end(tmp_path):
    import subprocess
    import sys

    def run(data_dir: Path, *args: str, user: str = "chief") -> subprocess.CompletedProcess:
        env = dict(
            os.environ,
            STATION_APP_USER=user,
            STATION_APP_PASSWORD="cli-password",
            STATION_APP_LANG="en",
            PYTHONIOENCODING="utf-8",
        )
        return subprocess.run(
            [sys.executable, "-m", "station_app", "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
        )

    st, dist, usb = tmp_path / "st", tmp_path / "dist", tmp_path / "usb"
    usb.mkdir()
    init = run(
        st,
        "init",
        "--code",
        "NKT",
        "--name",
        "Ноокат",
        "--province",
        "Ош",
        "--admin-user",
        "chief",
        "--settlement",
        "Ноокат|Ноокат|Nookat",
    )
    assert init.returncode == 0, init.stderr
    station_fp = init.stdout.split("key fingerprint: ")[1].strip()
    complaint = {
        "received_on": "2026-10-02",
        "channel": "phone",
        "category": "dispute",
        "description": DESCRIPTION,
        "complainant": {
            "name": NAME,
            "sex": "female",
            "age_group": "18_29",
            "settlement": "Ноокат",
            "contact": CONTACT,
        },
    }
    add = subprocess.run(
        [sys.executable, "-m", "station_app", "--data-dir", str(st), "add", "complaint"],
        input=json.dumps(complaint, ensure_ascii=False) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=dict(os.environ, STATION_APP_PASSWORD="cli-password", PYTHONIOENCODING="utf-8"),
    )
    assert add.returncode == 0, add.stderr
    assert run(st, "close-month", "2026-10").returncode == 0
    exported = run(st, "export", "--out", str(usb))
    assert exported.returncode == 0, exported.stderr
    pkg = exported.stdout.strip()
    assert pkg.endswith("NKT_2026-11_0001.stpkg") and Path(pkg).is_file()
    verified = run(st, "verify", pkg)
    assert verified.returncode == 0 and "valid" in verified.stdout
    assert station_fp in verified.stdout and "left out" in verified.stdout

    assert (
        run(
            dist,
            "init",
            "--district",
            "--code",
            "OSH",
            "--name",
            "Ош ИИБ",
            "--province",
            "Ош",
            "--admin-user",
            "chief",
        ).returncode
        == 0
    )
    dry = run(dist, "import", "--dry-run", pkg)
    assert (
        dry.returncode == 0
        and "would import" in dry.stdout
        and "nothing was changed" in (dry.stdout)
    )
    imported = run(dist, "import", pkg)
    assert imported.returncode == 0, imported.stderr
    assert f"key fingerprint {station_fp}" in imported.stdout
    again = run(dist, "import", pkg)
    assert again.returncode == 0 and "already imported" in again.stdout
    listed = run(dist, "list", "complaints", "--json")
    assert json.loads(listed.stdout)["number"] == "NKT-2026-0001"
    assert json.loads(listed.stdout)["station"] == "NKT"  # every station's records, by code
    stations = run(dist, "stations")
    assert stations.stdout.startswith("NKT\t") and station_fp in stations.stdout
    receipt = run(dist, "receipt", "--station", "NKT", "--out", str(usb), "--approve", "2026-10")
    assert receipt.returncode == 0, receipt.stderr
    applied = run(st, "apply-receipt", receipt.stdout.strip())
    assert applied.returncode == 0, applied.stderr
    assert "packages acknowledged: 1" in applied.stdout and "2026-10" in applied.stdout
    assert "trusted on its first receipt" in applied.stdout
    second = run(st, "export", "--out", str(usb))
    assert "changes since package 1" in second.stderr and "no records" in second.stderr
    # a changed key for NKT is refused, one line, until registered again
    bad = run(dist, "register-station", "--code", "NKT", "--public-key", "zz")
    assert bad.returncode == 1 and "Ed25519" in bad.stderr
    reset = run(dist, "register-station", "--code", "NKT", "--reset")
    assert reset.returncode == 0 and "forgotten" in reset.stdout
    personal = run(st, "export", "--out", str(usb), "--include-personal-data", user="chief")
    assert personal.returncode == 0, personal.stderr
    assert "INCLUDED" in personal.stderr
    conflicts = run(dist, "conflicts")
    assert conflicts.returncode == 0 and conflicts.stdout == ""


def test_verify_at_the_district_knows_the_context(
    db, officer, filled, stick, district, tmp_path, capsys
):
    ddb, analyst = district
    pkg = export_package(db, officer, db_dir(db), stick).path
    where = ["--lang", "en", "--data-dir", str(db_dir(ddb)), "verify", str(pkg)]
    assert cli.main(where) == 0
    assert "not registered yet" in capsys.readouterr().out
    import_packages(ddb, analyst, [pkg])
    assert cli.main(where) == 0
    out = capsys.readouterr().out
    assert "already imported" in out and "valid" in out
    with pytest.raises(SyncError) as info:
        receipts.make_receipt(ddb, analyst, db_dir(ddb), "NKT", stick, approve=["2026-09"])
    assert "no closed month" in info.value.text("en")
    # a package of NKT signed by another key: verify refuses it here, in one line
    from station_app.services import station as station_service

    from sync_support import repack

    impostor = tmp_path / "impostor"
    station_service.init_station(
        impostor,
        code="NKT",
        name="x",
        province="y",
        admin_user="chief",
        admin_password="chief-password",
    )
    idb = open_db(impostor)
    other_key = keys_hex(idb)
    idb.close()
    forged = repack(
        pkg, tmp_path / "forged.stpkg", key_dir=impostor, info={"public_key": other_key}
    )
    where[-1] = str(forged)
    assert cli.main(where) == 1
    err = capsys.readouterr().err
    assert "differs from the registered one" in err and err.strip().count("\n") == 0


def test_list_table_shows_the_station_at_a_district(
    db, officer, filled, stick, district, tmp_path, capsys
):
    """`station-app list` prints the station code first at a district (its --json had it)."""
    ddb, analyst = district
    import_packages(ddb, analyst, [export_package(db, officer, db_dir(db), stick).path])
    for kind, width in (("complaints", 7), ("meetings", 8), ("activities", 8), ("settlements", 6)):
        assert cli.main(["--data-dir", str(db_dir(ddb)), "list", kind]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines, kind
        for line in lines:
            cells = line.split("\t")
            assert cells[0] == "NKT" and len(cells) == width, line
    assert cli.main(["--data-dir", str(db_dir(ddb)), "list", "complaints"]) == 0
    numbers = sorted(line.split("\t")[1] for line in capsys.readouterr().out.splitlines())
    assert numbers == ["NKT-2026-0001", "NKT-2026-0002", "NKT-2026-0003"]
    # a station lists only its own records: no station column
    assert cli.main(["--data-dir", str(db_dir(db)), "list", "complaints"]) == 0
    first = capsys.readouterr().out.splitlines()[0].split("\t")
    assert first[0].startswith("NKT-2026-") and len(first) == 6
