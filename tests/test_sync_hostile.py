"""Hostile and broken packages: each refused with a one-line reason, the district unchanged."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station_app.services import complaints, station
from station_app.store import open_db
from station_app.sync import keys, safezip
from station_app.sync.export import export_package
from station_app.sync.importer import import_packages
from station_app.sync.package import MANIFEST, PACKAGE_JSON, SIGNATURE
from station_app.sync.state import register_station

from conftest import SETTLEMENTS
from sync_support import (
    csv_replace,
    fill_station,
    fingerprint,
    make_district,
    members,
    repack,
    write_zip,
)


@pytest.fixture
def setup(db, officer, chief, settlement_uuid, station_dir, tmp_path):
    """A valid package from NKT, and an empty district office."""
    fill_station(db, officer, chief, settlement_uuid)
    stick = tmp_path / "stick"
    stick.mkdir()
    pkg = export_package(db, officer, station_dir, stick).path
    ddb, analyst = make_district(tmp_path / "district")
    yield pkg, ddb, analyst
    ddb.close()


def refused(ddb, analyst, path: Path, *words: str) -> str:
    """Import ``path``: it must be refused with a one-line reason naming ``words``."""
    before = fingerprint(ddb)
    [result] = import_packages(ddb, analyst, [path])
    assert result.status == "refused", f"{path.name} was {result.status}"
    text = result.error.text("en")
    assert "\n" not in text and text.startswith(path.name)
    for word in words:
        assert word in text, text
    assert fingerprint(ddb) == before
    return text


def entries(pkg: Path) -> list[tuple[str, bytes]]:
    return list(members(pkg).items())


# ---------------------------------------------------------------------------- the zip


def test_zip_slip_and_absolute_names(setup, tmp_path):
    pkg, ddb, analyst = setup
    for name, words in (
        ("../../evil.sh", "outside"),
        ("data/../../evil.csv", "outside"),
        ("/etc/cron.d/evil", "absolute"),
        ("C:/Windows/evil.dll", "absolute"),
        ("data\\settlements.csv", "unexpected"),
        ("evil.exe", "unexpected"),
        ("data/", "unexpected"),
    ):
        path = write_zip(tmp_path / "slip.stpkg", [*entries(pkg), (name, b"x")])
        refused(ddb, analyst, path, words)


def test_symlink_entry(setup, tmp_path):
    pkg, ddb, analyst = setup
    info = zipfile.ZipInfo("reports/2026-09.pdf")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = write_zip(tmp_path / "link.stpkg", [*entries(pkg), (info, b"/etc/passwd")])
    refused(ddb, analyst, path, "symbolic link")


def test_duplicate_names(setup, tmp_path):
    pkg, ddb, analyst = setup
    files = entries(pkg)
    evil = csv_replace(members(pkg)["data/settlements.csv"], "Nookat", "Evil")
    path = write_zip(tmp_path / "dup.stpkg", [*files, ("data/settlements.csv", evil)])
    refused(ddb, analyst, path, "twice")


def test_zip_bombs(setup, tmp_path):
    pkg, ddb, analyst = setup
    bomb = [(n, d) for n, d in entries(pkg) if n != "data/meetings.csv"]
    bomb.append(("data/meetings.csv", b"0" * (64 << 20)))  # 64 MiB of zeros: ~64 KiB zipped
    path = write_zip(tmp_path / "bomb.stpkg", bomb)
    assert path.stat().st_size < 1 << 20
    refused(ddb, analyst, path, "zip bomb")
    many = write_zip(
        tmp_path / "many.stpkg", [(f"reports/2026-{i:05d}.pdf", b"") for i in range(1001)]
    )
    refused(ddb, analyst, many, "Too many files")


def test_caps_are_counted_while_streaming(setup, tmp_path, monkeypatch):
    """Whatever the headers claim, an entry is cut off at the cap (here lowered)."""
    pkg, ddb, analyst = setup
    monkeypatch.setattr(safezip, "MAX_ENTRY_BYTES", 4096)
    monkeypatch.setattr(safezip, "MAX_RATIO", 10**9)
    refused(ddb, analyst, pkg, "more than 4096 bytes")


def test_truncated_zip(setup, tmp_path):
    pkg, ddb, analyst = setup
    data = pkg.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 100):
        path = tmp_path / "cut.stpkg"
        path.write_bytes(data[:cut])
        refused(ddb, analyst, path, "damaged or incomplete")


def test_not_a_zip_and_missing_file(setup, tmp_path):
    _pkg, ddb, analyst = setup
    path = tmp_path / "text.stpkg"
    path.write_text("hello", encoding="utf-8")
    refused(ddb, analyst, path, "Not a package")
    refused(ddb, analyst, tmp_path / "absent.stpkg", "Cannot read")


# ----------------------------------------------------------------- manifest, signature


def test_one_altered_csv_byte(setup, tmp_path):
    pkg, ddb, analyst = setup
    files = members(pkg)
    data = bytearray(files["data/complaints.csv"])
    data[len(data) // 2] ^= 0x01
    path = write_zip(
        tmp_path / "byte.stpkg",
        [(n, bytes(data) if n == "data/complaints.csv" else d) for n, d in files.items()],
    )
    refused(ddb, analyst, path, "data/complaints.csv", "does not match")


def test_altered_manifest(setup, tmp_path):
    pkg, ddb, analyst = setup
    files = members(pkg)
    lines = files[MANIFEST].decode().splitlines(keepends=True)
    lines[0] = "0" * 64 + lines[0][64:]
    files[MANIFEST] = "".join(lines).encode()
    refused(ddb, analyst, write_zip(tmp_path / "m1.stpkg", list(files.items())), "does not match")
    # a forger who fixes the manifest after changing a file cannot fix the signature
    changed = csv_replace(members(pkg)["data/meetings.csv"], "Мэриянын залы", "Башка жер")
    path = repack(pkg, tmp_path / "m2.stpkg", {"data/meetings.csv": changed})
    refused(ddb, analyst, path, "signature does not match")
    files = members(pkg)
    files[MANIFEST] = files[MANIFEST] + b"garbage\n"
    refused(ddb, analyst, write_zip(tmp_path / "m3.stpkg", list(files.items())), "malformed")


def test_wrong_signature(setup, tmp_path):
    pkg, ddb, analyst = setup
    key = Ed25519PrivateKey.generate()
    files = members(pkg)
    files[SIGNATURE] = (key.sign(b"something else").hex() + "\n").encode()
    path = write_zip(tmp_path / "sig.stpkg", list(files.items()))
    refused(ddb, analyst, path, "signature does not match")
    files[SIGNATURE] = b"not hex at all\n"
    refused(ddb, analyst, write_zip(tmp_path / "sig2.stpkg", list(files.items())), "signature")


def _other_station(tmp_path: Path, code: str = "NKT") -> Path:
    folder = tmp_path / f"impostor-{code}"
    station.init_station(
        folder,
        code=code,
        name="Жалган участок",
        province="Ош облусу",
        admin_user="chief",
        admin_password="chief-password",
        settlements=SETTLEMENTS,
    )
    return folder


def test_changed_station_key_is_refused_until_registered_again(setup, tmp_path):
    pkg, ddb, analyst = setup
    [first] = import_packages(ddb, analyst, [pkg])
    assert first.status == "imported" and first.registered
    impostor = _other_station(tmp_path)
    db = open_db(impostor)
    new_key = db.execute("SELECT public_key FROM station").fetchone()[0]
    db.close()
    forged = repack(
        pkg,
        tmp_path / "NKT_2026-11_0002.stpkg",
        key_dir=impostor,
        info={"public_key": new_key, "seq": 2, "prev_hash": "0" * 64},
    )
    text = refused(ddb, analyst, forged, "differs from the registered one", "register-station")
    assert keys.fingerprint(new_key) in text
    # a deliberate re-registration (checked by phone) lets it in
    register_station(ddb, analyst, "NKT", new_key)
    [later] = import_packages(ddb, analyst, [forged])
    assert later.status == "imported"
    # --reset: trusted on first use again
    register_station(ddb, analyst, "NKT", None)
    row = ddb.execute("SELECT public_key, how FROM sync_stations WHERE code = 'NKT'").fetchone()
    assert row == (None, "reset")


def test_replayed_sequence(setup, db, officer, station_dir, tmp_path, filled_uuid):
    pkg, ddb, analyst = setup
    import_packages(ddb, analyst, [pkg])
    # the station is restored from an old backup: its export history is gone
    db.execute("DELETE FROM sync_exports")
    db.conn.commit()
    complaints.add_note(db, officer, filled_uuid, "Дагы бир жолу чалдык", on="2026-11-12")
    again = tmp_path / "again"
    again.mkdir()
    replay = export_package(db, officer, station_dir, again).path
    assert replay.name == pkg.name
    refused(ddb, analyst, replay, "already imported with different content")


@pytest.fixture
def filled_uuid(db) -> str:
    return db.execute("SELECT uuid FROM complaints ORDER BY id LIMIT 1").fetchone()[0]


def test_newer_schema_version(setup, tmp_path, station_dir):
    pkg, ddb, analyst = setup
    path = repack(pkg, tmp_path / "new.stpkg", key_dir=station_dir, info={"schema_version": 2})
    refused(ddb, analyst, path, "newer Station App", "schema 2")


def test_changed_table_schema(setup, tmp_path, station_dir):
    pkg, ddb, analyst = setup
    descriptor = json.loads(members(pkg)["datapackage.json"])
    for field in descriptor["resources"][4]["schema"]["fields"]:
        if field["name"] == "men":
            field["type"] = "string"
    path = repack(
        pkg,
        tmp_path / "dp.stpkg",
        {"datapackage.json": json.dumps(descriptor).encode()},
        key_dir=station_dir,
    )
    refused(ddb, analyst, path, "does not describe the tables")


# ------------------------------------------------------------------------------ cells


def test_formula_cells_must_arrive_neutralised(setup, tmp_path, station_dir):
    pkg, ddb, analyst = setup
    meetings_csv = members(pkg)["data/meetings.csv"]
    for old, new, char in (
        ("'=HYPERLINK", "=HYPERLINK", "'='"),
        ("'+996", "+996", "'+'"),
        ("'@SUM", "@SUM", "'@'"),
    ):
        path = repack(
            pkg,
            tmp_path / "formula.stpkg",
            {"data/meetings.csv": csv_replace(meetings_csv, old, new)},
            key_dir=station_dir,
        )
        refused(ddb, analyst, path, "data/meetings.csv", "neutralising quote", char)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        (",31,27,12,", ",abc,27,12,", "not a whole number: abc"),
        (",31,27,12,", ",-31,27,12,", "out of range"),
        (",31,27,12,", ",3.5,27,12,", "not a whole number"),
        ("2026-10-05", "2026-13-45", "not a date"),
        ("15:00", "25:99", "not a time"),
        ('"[""early_marriage"",""road_safety""]"', '"""road_safety"""', "not a list"),
        (",NKT,", ",ttm,", "bad format"),
    ],
)
def test_wrong_column_types(setup, tmp_path, station_dir, old, new, words):
    pkg, ddb, analyst = setup
    data = csv_replace(members(pkg)["data/meetings.csv"], old, new)
    path = repack(pkg, tmp_path / "types.stpkg", {"data/meetings.csv": data}, key_dir=station_dir)
    refused(ddb, analyst, path, "data/meetings.csv row", words)


def test_rows_of_another_station_and_broken_references(setup, tmp_path, station_dir):
    pkg, ddb, analyst = setup
    files = members(pkg)
    data = csv_replace(files["data/partners.csv"], ",NKT,", ",TTM,")
    path = repack(pkg, tmp_path / "ttm.stpkg", {"data/partners.csv": data}, key_dir=station_dir)
    refused(ddb, analyst, path, "belongs to station TTM")
    # a meeting whose settlement is nowhere: refused before anything is written
    settlements = files["data/settlements.csv"].decode().splitlines(keepends=True)
    path = repack(
        pkg,
        tmp_path / "refs.stpkg",
        {"data/settlements.csv": settlements[0].encode()},
        key_dir=station_dir,
        info={"counts": {**json.loads(files[PACKAGE_JSON])["counts"], "settlements": 0}},
    )
    refused(ddb, analyst, path, "has not received", "full export")


def test_cli_refusal_is_one_line(setup, tmp_path):
    import os
    import subprocess
    import sys

    pkg, ddb, _analyst = setup
    data_dir = Path(ddb.conn.execute("PRAGMA database_list").fetchone()[2]).parent
    cut = tmp_path / "cut.stpkg"
    cut.write_bytes(pkg.read_bytes()[:1000])
    env = dict(
        os.environ,
        STATION_APP_USER="analyst",
        STATION_APP_PASSWORD="district-password",
        STATION_APP_LANG="en",
        PYTHONIOENCODING="utf-8",
    )
    logins = ("users", "audit_log")  # the command's login is recorded; nothing else
    before = fingerprint(ddb, skip=logins)
    audit_rows = ddb.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    proc = subprocess.run(
        [sys.executable, "-m", "station_app", "--data-dir", str(data_dir), "import", str(cut)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0
    assert "damaged or incomplete" in proc.stderr
    assert fingerprint(ddb, skip=logins) == before
    actions = ddb.execute("SELECT action FROM audit_log WHERE id > ?", [audit_rows]).fetchall()
    assert actions in ([], [("login",)])
