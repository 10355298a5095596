"""Automatic backups, the start-up check, recovery from a damaged file, one copy per folder.

Damage is real: a station file truncated in the middle (a power cut during a write), a
page overwritten with random bytes (a bad sector), a zeroed header, a 0-byte file, a
missing file. The recovery must pick the newest backup that passes its integrity check,
move the damaged file with its -wal and -shm aside byte for byte, and never delete it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from station_app import paths
from station_app.services import maintenance, users
from station_app.services import settings as settings_service
from station_app.services.errors import ServiceError, ValidationError
from station_app.services.instance_lock import InstanceLock, InstanceLocked, read_holder
from station_app.store import backup, open_db, schema

from conftest import CHIEF_PASSWORD, OFFICER_PASSWORD
from damage_support import add_complaint, closed_copy, garbage_page, truncate_half, zero_header


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(data_dir: Path) -> int:
    db = open_db(data_dir)
    try:
        return db.execute("SELECT count(*) FROM complaints").fetchone()[0]
    finally:
        db.close()


@pytest.fixture
def station(tmp_path, station_dir, db, officer) -> Path:
    """A closed copy of a station with 20 complaints (many pages) and no backups yet."""
    return closed_copy(tmp_path, station_dir, db, officer, 20)


def backed_up(station: Path, officer, more: int = 0) -> Path:
    """Add ``more`` complaints, then a backup; returns the backup."""
    db = open_db(station)
    try:
        for n in range(more):
            add_complaint(db, officer, 100 + n)
        return maintenance.make_backup(db, station)
    finally:
        db.close()


# ---------------------------------------------------------------- automatic backups


def test_automatic_backup_only_when_something_changed(station, officer):
    db = open_db(station)
    try:
        first = maintenance.auto_backup(db, station)
        assert first is not None and backup.inspect(first).records["complaints"] == 20
        assert maintenance.auto_backup(db, station) is None  # nothing new
        users.authenticate(db, "officer", OFFICER_PASSWORD)  # a login is no change
        with pytest.raises(ServiceError):
            users.authenticate(db, "officer", "wrong password")
        assert maintenance.auto_backup(db, station) is None
        add_complaint(db, officer, 99)
        second = maintenance.auto_backup(db, station)
        assert second is not None and second != first
        assert backup.inspect(second).records["complaints"] == 21
        assert maintenance.auto_backup(db, station) is None
    finally:
        db.close()


def test_automatic_backups_are_rotated_by_the_setting(station, officer, chief):
    db = open_db(station)
    try:
        settings_service.set_many(db, chief, {"backup_keep": 3})
        made = []
        for n in range(5):
            add_complaint(db, officer, 200 + n)
            made.append(maintenance.auto_backup(db, station))
            time.sleep(0.01)  # distinct names (microsecond stamps) in order
        kept = backup.list_backups(paths.backups_dir(station))
        assert kept == made[:-4:-1]  # the newest three, newest first
        for path in kept:
            backup.inspect(path)  # each one verified
    finally:
        db.close()


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"backup_keep": 0}, "backup_keep"),
        ({"backup_keep": 101}, "backup_keep"),
        ({"backup_every_hours": -1}, "backup_every_hours"),
        ({"backup_every_hours": 25}, "backup_every_hours"),
        ({"backup_every_hours": "4"}, "backup_every_hours"),
        ({"backup_keep": True}, "backup_keep"),
    ],
)
def test_backup_settings_are_checked(db, chief, values, field):
    with pytest.raises(ValidationError) as info:
        settings_service.set_many(db, chief, values)
    assert field in info.value.errors
    assert settings_service.get(db, field) == settings_service.DEFAULTS[field]


# --------------------------------------------------------------- the start-up check


def test_a_healthy_station_passes_quickly(station):
    health = maintenance.check_at_start(station)
    assert health.ok and health.deep and health.kind == "ok"
    assert health.seconds < 1.0
    header_only = maintenance.check_at_start(station, deep_limit=0)
    assert header_only.ok and not header_only.deep


def test_truncated_file_is_found_by_the_header_alone(station):
    file = paths.db_path(station)
    before = digest(file)
    truncate_half(file)
    truncated = digest(file)
    for limit in (0, maintenance.DEEP_CHECK_LIMIT):
        health = maintenance.check_at_start(station, deep_limit=limit)
        assert health.kind == "truncated" and not health.ok
        assert health.size * 2 == health.expected
        assert "shorter than it should be" in health.message().render("en")
        assert "короче" in health.message().render("ru")
    assert digest(file) == truncated != before  # checking wrote nothing


@pytest.mark.parametrize("which", ["middle", "last", "second"])
def test_a_garbage_page_is_found_by_quick_check(station, which):
    file = paths.db_path(station)
    garbage_page(file, which)
    damaged = digest(file)
    assert maintenance.check_at_start(station, deep_limit=0).ok  # the header looks fine
    health = maintenance.check_at_start(station)
    assert not health.ok and health.deep
    assert health.kind in ("damaged", "not_a_database"), health
    assert health.detail and "*** in database" not in health.detail
    assert digest(file) == damaged


def test_a_background_failure_makes_the_next_start_read_everything(station):
    garbage_page(paths.db_path(station))
    assert maintenance.check_at_start(station, deep_limit=0).ok  # header only: unseen
    maintenance.request_check_at_start(station)
    health = maintenance.check_at_start(station, deep_limit=0)
    assert health.deep and not health.ok  # the marker forces quick_check
    assert (station / maintenance.CHECK_MARKER).exists()  # stays until a check passes


def test_zeroed_header_empty_and_missing_files(station, officer):
    file = paths.db_path(station)
    good = station.parent / "good.sqlite3"
    shutil.copy(file, good)
    zero_header(file)
    assert maintenance.check_at_start(station).kind == "not_a_database"
    file.write_bytes(b"")
    assert maintenance.check_at_start(station).kind == "empty"  # no backup: a new start
    shutil.copy(good, file)
    backed_up(station, officer)
    file.write_bytes(b"")
    health = maintenance.check_at_start(station)
    assert health.kind == "truncated" and not health.ok  # never a silent empty station
    file.unlink()
    health = maintenance.check_at_start(station)
    assert health.kind == "lost" and not health.ok
    assert "missing" in health.message().render("en")


# ------------------------------------------------------------------------ recovery


def test_recover_restores_the_newest_good_backup_and_keeps_the_damaged_file(station, officer):
    older = backed_up(station, officer, more=1)  # 21 complaints
    time.sleep(0.01)
    newer = backed_up(station, officer, more=1)  # 22 complaints, then damaged below
    garbage_page(newer, "middle")
    # The live file as a power cut leaves it: the newest complaint still in the -wal
    # (copied while the connection is open), and a page of the main file garbage.
    db = open_db(station)
    add_complaint(db, officer, 300)
    snapshot = station.parent / "snapshot"
    shutil.copytree(station, snapshot)
    db.close()
    shutil.rmtree(station)
    snapshot.rename(station)
    file = paths.db_path(station)
    wal = file.with_name(file.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 32
    garbage_page(file, "middle")
    originals = {name: digest(file.with_name(name)) for name in (file.name, wal.name)}

    health = maintenance.check_at_start(station)
    assert not health.ok
    result = maintenance.recover(station)

    assert result.restored.path == older  # the newer backup fails its check: skipped
    assert result.restored.records["complaints"] == 21
    assert result.kept_in.parent == station / "damaged"
    for name, sha in originals.items():
        assert digest(result.kept_in / name) == sha  # moved byte for byte, not rewritten
    assert (result.kept_in / "README.txt").exists()
    assert newer.exists() and older.exists()  # no backup deleted either
    assert not wal.exists() and not file.with_name(file.name + "-shm").exists()
    assert count(station) == 21
    db = open_db(station)
    try:
        assert maintenance.check(db).ok
    finally:
        db.close()
    text = result.message().render("en")
    assert "21 complaints" in text and str(result.kept_in) in text and "not deleted" in text
    assert maintenance.check_at_start(station).ok


def test_recover_after_truncation(station, officer):
    made = backed_up(station, officer)
    truncate_half(paths.db_path(station))
    result = maintenance.recover(station)
    assert result.restored.path == made and count(station) == 20


def test_recover_refuses_an_undamaged_database(station, officer):
    backed_up(station, officer)
    before = digest(paths.db_path(station))
    with pytest.raises(ServiceError) as info:
        maintenance.recover(station)
    assert "nothing was changed" in info.value.text("en")
    assert digest(paths.db_path(station)) == before
    assert not (station / "damaged").exists()


def test_recover_without_a_good_backup_changes_nothing(station, officer):
    bad = backed_up(station, officer)
    zero_header(bad)
    file = paths.db_path(station)
    garbage_page(file)
    before = digest(file)
    with pytest.raises(ServiceError) as info:
        maintenance.recover(station)
    assert "No good backup" in info.value.text("en")
    assert digest(file) == before  # left where it was
    assert not (station / "damaged").exists()
    assert not file.with_name(file.name + ".restoring").exists()


def test_recover_from_a_chosen_file_and_skips_a_too_new_backup(station, officer, tmp_path):
    stick = tmp_path / "usb"
    on_stick = backup.make_backup(paths.db_path(station), stick, keep=0)
    too_new = backed_up(station, officer, more=2)
    conn = sqlite3.connect(too_new)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    garbage_page(paths.db_path(station))
    with pytest.raises(ServiceError) as info:
        maintenance.recover(station, too_new)
    assert "cannot be used" in info.value.text("en")
    assert maintenance.newest_good_backup(station) is None  # the only one is too new
    result = maintenance.recover(station, on_stick)
    assert result.restored.path == on_stick and count(station) == 20


def test_recover_a_missing_database(station, officer):
    backed_up(station, officer)
    paths.db_path(station).unlink()
    assert maintenance.check_at_start(station).kind == "lost"
    result = maintenance.recover(station)
    assert result.kept_in is None and result.moved == []
    assert count(station) == 20


# ------------------------------------------------------------------ command line


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", STATION_APP_LANG="en")
    return subprocess.run(
        [sys.executable, "-m", "station_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_recover_command(station, officer):
    backed_up(station, officer)
    before = digest(paths.db_path(station))
    proc = cli(station, "recover")
    assert proc.returncode == 0 and "nothing done" in proc.stdout, proc.stderr
    assert digest(paths.db_path(station)) == before

    garbage_page(paths.db_path(station))
    proc = cli(station, "recover", "--check-only")
    assert proc.returncode == 1 and "damaged" in proc.stderr
    assert not (station / "damaged").exists()

    proc = cli(station, "recover")
    assert proc.returncode == 0, proc.stderr
    assert "Restored the backup" in proc.stdout and "not deleted" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
    assert len(list((station / "damaged").iterdir())) == 1
    assert cli(station, "check").returncode == 0


def test_recover_command_without_backups_fails_with_one_line(station):
    truncate_half(paths.db_path(station))
    proc = cli(station, "recover")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert lines[-1].startswith("station-app: No good backup"), proc.stderr
    assert "Traceback" not in proc.stderr


# ------------------------------------------------------------------ one copy only

HOLDER = """
import sys, time
from pathlib import Path
from station_app.services.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]), "window").acquire()
print("locked", flush=True)
time.sleep(120)
"""


def hold_lock(data_dir: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_second_lock_object_is_refused_until_released(station):
    first = InstanceLock(station).acquire()
    try:
        with pytest.raises(InstanceLocked) as info:
            InstanceLock(station, "restore").acquire()
        assert str(os.getpid()) in info.value.text("en")
        assert "already running" in info.value.text("en")
        assert "уже запущена" in info.value.text("ru")
    finally:
        first.release()
    with InstanceLock(station, "restore") as second:
        assert second.held and read_holder(second.path)["what"] == "restore"
    assert (station / "station.lock").exists()  # never deleted, only unlocked


def test_another_process_holds_the_lock_and_a_killed_one_leaves_none(station, officer):
    backed_up(station, officer)
    holder = hold_lock(station)
    try:
        with pytest.raises(InstanceLocked) as info:
            InstanceLock(station).acquire()
        assert info.value.holder["pid"] == holder.pid
        proc = cli(station, "restore", str(backup.list_backups(paths.backups_dir(station))[0]))
        assert proc.returncode == 1 and "already running" in proc.stderr
        proc = cli(station, "recover")
        assert proc.returncode == 1 and "already running" in proc.stderr
        assert cli(station, "check").returncode == 0  # reading commands are not blocked
    finally:
        if sys.platform == "win32":
            holder.kill()
        else:
            os.kill(holder.pid, signal.SIGKILL)  # as a power cut would: no clean-up
        holder.wait(10)
        holder.stdout.close()
    assert read_holder(station / "station.lock")["pid"] == holder.pid  # stale content
    with InstanceLock(station) as lock:  # ...which blocks nothing
        assert lock.held


def test_the_window_refuses_a_second_copy(station, monkeypatch, no_dialogs):
    from station_app.gui import app as app_module

    shown, _answers = no_dialogs
    holder = InstanceLock(station).acquire()
    try:
        monkeypatch.setattr(
            app_module.Launcher, "start", lambda self: pytest.fail("started a second copy")
        )
        assert app_module.run(station) == 1
    finally:
        holder.release()
    kind, _title, text = shown[-1]
    assert kind == "warning" and "already open" in text and str(os.getpid()) in text


def test_chief_password_still_works_after_recovery(station, officer):
    backed_up(station, officer)
    truncate_half(paths.db_path(station))
    maintenance.recover(station)
    db = open_db(station)
    try:
        assert users.authenticate(db, "chief", CHIEF_PASSWORD).role == "chief"
    finally:
        db.close()
