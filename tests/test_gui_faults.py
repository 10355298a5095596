"""Storage faults while an officer works: a full disk, a read-only database, a damaged file,
a second writer. The app must say what happened, keep the draft, store nothing half-way, and
save normally once the problem is gone.

How each fault is made (none needs root or a real full disk):

* full disk: ``PRAGMA max_page_count`` set to the current page count on the session's own
  connection, so the next page allocation fails with SQLITE_FULL ("database or disk is
  full") — the same error SQLite gives when the OS refuses to grow the file. (An OS-level
  ENOSPC at commit or checkpoint time is not simulated.)
* read-only: ``PRAGMA query_only``; a connection opened with ``connect(readonly=True)``; and
  a copied station folder with the file chmod 0o444 and the folder 0o555 (as root, run
  under ``conftest.file_modes_enforced``: root without CAP_DAC_OVERRIDE obeys file modes).
* damaged file: a copy truncated in the middle, or with a page overwritten by garbage,
  opened with ``open_db`` and checked with ``maintenance.check`` (service level; the
  start-up recovery window: tests/test_gui_recovery.py, tests/test_recovery.py).
* second writer: another connection holding the write lock.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from station_app import paths
from station_app.gui import dialogs
from station_app.gui.editors.base import RecordEditor
from station_app.gui.editors.complaint import ComplaintEditor
from station_app.gui.session import Session
from station_app.services import complaints, maintenance
from station_app.store import StoreError, connect, open_db, write_transaction
from station_app.store.connection import BUSY_TIMEOUT_MS

from conftest import TODAY, file_modes_enforced
from damage_support import add_complaint, garbage_page, truncate_half, zero_header

DISK_FULL = "The disk is full."
READ_ONLY = "The database file cannot be written to."
BUSY = "The database is busy."
DRAFT_KEPT = "Nothing was saved; your entry is still here."
LONG_DESCRIPTION = "Кошуна менен жер талашы, арык суусу боюнча чыр. " * 300  # ~15,000 chars


# --------------------------------------------------------------------------- helpers


@pytest.fixture(autouse=True)
def dialogs_shown(monkeypatch) -> Iterator[list[tuple[str, str, str]]]:
    """No modal box may block offscreen: record each one (drafts are discarded at teardown)."""
    shown: list[tuple[str, str, str]] = []
    answers = {"ask_yes_no": dialogs.Answer.YES, "ask_save_discard_cancel": dialogs.Answer.DISCARD}

    def record(kind):
        def show(parent, title, text="", *rest, **kw):
            shown.append((kind, title, text))
            return answers.get(kind)

        return show

    for name in ("info", "warning", "error", "ask_yes_no", "ask_save_discard_cancel"):
        monkeypatch.setattr(dialogs, name, record(name))
    for name in ("open_file", "save_file", "choose_dir", "print_setup"):
        monkeypatch.setattr(dialogs, name, record(name))
    yield shown
    assert not [s for s in shown if s[0] == "error"], shown  # no crash box: the app kept going


def db_state(db) -> dict[str, list[tuple]]:
    """Every row of every table (records, children, counters, audit log, search index)."""
    names = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            " ORDER BY name"
        )
    ]
    return {name: db.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}


def counts(state: dict[str, list[tuple]]) -> dict[str, int]:
    return {table: len(rows) for table, rows in state.items()}


def choose(editor: RecordEditor, combo_name: str, code: str) -> None:
    combo = editor.child(combo_name)
    index = combo.findData(code)
    assert index >= 0, f"{code} not offered in {combo_name}"
    combo.setCurrentIndex(index)


def fill_complaint(ed: RecordEditor, description: str = LONG_DESCRIPTION) -> None:
    ed.child("receivedOn").setDate(QDate(2026, 11, 19))
    choose(ed, "channel", "phone")
    choose(ed, "category", "dispute")
    ed.child("description").setPlainText(description)
    ed.child("complainantName").setText("Айгүл Токтогулова")
    ed.child("complainantContact").setText("+996 555 123 456")
    choose(ed, "complainantSex", "female")
    choose(ed, "complainantAgeGroup", "30_59")


def fill(ed: RecordEditor, kind: str) -> str:
    """Valid data with a long text; returns the name of the long text's widget."""
    if kind == "complaints":
        fill_complaint(ed)
        return "description"
    if kind == "meetings":
        ed.child("venue").setText("Village club")
        choose(ed, "kind", "public_gathering")
        ed.child("decisions").setPlainText(LONG_DESCRIPTION)
        return "decisions"
    if kind == "activities":
        choose(ed, "kind", "talk")
        ed.child("title").setText("Talk at school No. 2")
        ed.child("notes").setPlainText(LONG_DESCRIPTION)
        return "notes"
    ed.child("title").setText("Nookat prevention plan")
    ed.child("notes").setPlainText(LONG_DESCRIPTION)
    return "notes"


def widget_texts(ed: RecordEditor) -> dict[str, object]:
    """What the officer sees in every bound widget (the draft, widget by widget)."""
    out: dict[str, object] = {}
    for path, binding in ed.bindings.items():
        w = binding.widget
        for getter in ("toPlainText", "text", "currentText", "isChecked"):
            if hasattr(w, getter):
                out[path] = getattr(w, getter)()
                break
    return out


class RefusedSave:
    """Press Save on an editor whose save the storage refuses, and check the aftermath."""

    def __init__(self, ed: RecordEditor, db):
        self.ed, self.db = ed, db
        self.state = db_state(db)
        self.values = ed.values()
        self.texts = widget_texts(ed)

    def press(self, qtbot, why: str) -> None:
        ed = self.ed
        assert ed.save_button.isEnabled()
        qtbot.mouseClick(ed.save_button, Qt.LeftButton)
        assert ed.general_error.isVisible()
        text = ed.general_error.text()
        assert text.startswith(why), text
        assert DRAFT_KEPT in text
        assert ed.isVisible()  # the editor (and the app) carry on
        assert ed.values() == self.values  # the draft, field by field
        assert widget_texts(ed) == self.texts
        assert ed.save_button.isEnabled()  # Save can be pressed again
        after = db_state(self.db)
        assert counts(after) == counts(self.state)
        assert after == self.state  # nothing half-saved: no row, counter or audit entry


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----------------------------------------------------------------------- full disk


def test_full_disk_keeps_the_draft_and_saves_once_there_is_room(main_window, db, qtbot):
    ed = main_window.open_editor("complaints", None)
    fill_complaint(ed)
    counter_before = db.execute("SELECT * FROM complaint_counters").fetchall()
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    free_pages = db.execute("PRAGMA freelist_count").fetchone()[0]
    assert free_pages * page_size < len(LONG_DESCRIPTION.encode())  # it needs new pages
    original_max = db.execute("PRAGMA max_page_count").fetchone()[0]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    assert db.execute(f"PRAGMA max_page_count = {pages}").fetchone()[0] == pages
    try:
        refused = RefusedSave(ed, db)
        refused.press(qtbot, DISK_FULL)
        assert ed.uuid is None
        assert main_window.isVisible()
        assert db.execute("SELECT * FROM complaint_counters").fetchall() == counter_before
        assert not db.conn.in_transaction  # rolled back, not left open
        report = maintenance.check(db)
        assert report.ok, report.problems
        # pressing Save again while the disk is still full: the same message, still nothing
        refused.press(qtbot, DISK_FULL)
    finally:
        db.execute(f"PRAGMA max_page_count = {original_max}")

    qtbot.mouseClick(ed.save_button, Qt.LeftButton)  # room again: the same editor saves
    assert ed.uuid is not None
    assert ed.general_error.isHidden()
    record = complaints.get(db, ed.uuid)
    assert record["number"] == "NKT-2026-0001"  # the refused saves took no number
    assert record["description"] == LONG_DESCRIPTION
    assert record["complainant"]["contact"] == "+996 555 123 456"
    assert db.execute("SELECT last_seq FROM complaint_counters").fetchall() == [(1,)]
    assert maintenance.check(db).ok


@pytest.mark.parametrize("kind", ["meetings", "activities", "plans"])
def test_full_disk_in_the_other_editors(main_window, db, qtbot, kind):
    ed = main_window.open_editor(kind, None)
    long_widget = fill(ed, kind)
    original_max = db.execute("PRAGMA max_page_count").fetchone()[0]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    try:
        RefusedSave(ed, db).press(qtbot, DISK_FULL)
        assert maintenance.check(db).ok
    finally:
        db.execute(f"PRAGMA max_page_count = {original_max}")
    assert ed.save()
    assert ed.child(long_widget).toPlainText() == LONG_DESCRIPTION


# ----------------------------------------------------------------------- read-only


def test_query_only_database_keeps_the_draft(main_window, db, officer, qtbot):
    """``PRAGMA query_only``: SQLite refuses every write ("attempt to write a readonly
    database"), for a new record and for an edit of a stored one."""
    stored = complaints.create(
        db,
        officer,
        {
            "received_on": "2026-11-18",
            "channel": "in_person",
            "category": "property",
            "description": "Stolen bicycle",
            "complainant": {"name": "Aibek", "sex": "male", "age_group": "30_59"},
        },
    )
    stored = complaints.get(db, stored["uuid"])
    new = main_window.open_editor("complaints", None)
    fill_complaint(new, "A cow was stolen from the pasture.")
    edit = main_window.open_editor("complaints", stored["uuid"])
    edit.child("description").setPlainText("Stolen bicycle, found near the river.")
    db.execute("PRAGMA query_only = 1")
    try:
        RefusedSave(new, db).press(qtbot, READ_ONLY)
        RefusedSave(edit, db).press(qtbot, READ_ONLY)
        assert new.uuid is None
        assert complaints.get(db, stored["uuid"]) == stored
    finally:
        db.execute("PRAGMA query_only = 0")
    assert maintenance.check(db).ok
    qtbot.mouseClick(new.save_button, Qt.LeftButton)
    qtbot.mouseClick(edit.save_button, Qt.LeftButton)
    assert complaints.get(db, new.uuid)["description"] == "A cow was stolen from the pasture."
    assert complaints.get(db, stored["uuid"])["description"] == (
        "Stolen bicycle, found near the river."
    )
    assert complaints.get(db, stored["uuid"])["revision"] == 2


def chmod_is_enforced(tmp_path: Path) -> bool:
    """False for root with its usual capabilities (and anyone the OS lets write a 0o444
    file); True inside ``file_modes_enforced``."""
    probe = tmp_path / "chmod-probe"
    probe.write_text("")
    probe.chmod(0o444)
    try:
        with open(probe, "a"):
            return False
    except PermissionError:
        return True
    finally:
        probe.chmod(0o644)


def editor_over(db, data_dir: Path, actor, qtbot) -> ComplaintEditor:
    """A complaint editor on its own session over ``db`` (not the main window's); pytest-qt
    closes it at teardown (the unsaved-changes question is answered Discard)."""
    ed = ComplaintEditor(Session(data_dir, db, actor, "en"))
    qtbot.addWidget(ed)
    ed.show()
    return ed


def test_read_only_connection_keeps_the_draft(station_dir, db, officer, qtbot):
    """A connection opened read-only (``connect(path, readonly=True)``): the editor reads
    the station normally, and a save is refused with the read-only message."""
    ro = connect(paths.db_path(station_dir), readonly=True)
    try:
        ed = editor_over(ro, station_dir, officer, qtbot)
        fill_complaint(ed)
        before = file_digest(paths.db_path(station_dir))
        refused = RefusedSave(ed, db)  # db: the station's read-write connection
        refused.press(qtbot, READ_ONLY)
        assert ed.uuid is None
        assert db_state(ro) == refused.state
        assert file_digest(paths.db_path(station_dir)) == before
    finally:
        ro.close()
    assert maintenance.check(db).ok


def test_read_only_station_folder(tmp_path, station_dir, db, officer, qtbot):
    """A copy of the station folder with the file 0o444 and the folder 0o555.

    With the -wal and -shm files present (the folder was made read-only after the app had
    used it), the database opens and a save is refused with the read-only message. Without
    them, SQLite cannot open a WAL database in a read-only folder at all: ``open_db``
    refuses with a StoreError (the start-up window's business).

    As root the checks run inside ``file_modes_enforced`` (root without CAP_DAC_OVERRIDE),
    so CI, which runs as root, really runs them."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with_side_files = tmp_path / "with-wal"
    without = tmp_path / "without-wal"
    shutil.copytree(station_dir, with_side_files)
    shutil.copytree(station_dir, without, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    assert paths.db_path(with_side_files).with_name("station.sqlite3-shm").exists()
    folders = (with_side_files, without)
    for folder in folders:
        paths.db_path(folder).chmod(0o444)
        folder.chmod(0o555)
    try:
        with file_modes_enforced():
            assert chmod_is_enforced(tmp_path), "file modes are not enforced"
            with pytest.raises(StoreError) as refused_open:
                open_db(without)
            assert "readonly" in str(refused_open.value)

            copy_db = open_db(with_side_files)
            try:
                ed = editor_over(copy_db, with_side_files, officer, qtbot)
                fill_complaint(ed)
                before = file_digest(paths.db_path(with_side_files))
                RefusedSave(ed, copy_db).press(qtbot, READ_ONLY)
                assert ed.uuid is None
                assert file_digest(paths.db_path(with_side_files)) == before
            finally:
                copy_db.close()
        assert not chmod_is_enforced(tmp_path) or os.geteuid() != 0  # root's rights are back
    finally:
        for folder in folders:
            folder.chmod(0o755)
            paths.db_path(folder).chmod(0o644)


# -------------------------------------------------------------------- damaged file


def station_copy(station_dir: Path, db, dest: Path) -> Path:
    """A consistent copy of the station folder (the WAL folded into the file first)."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(station_dir, dest, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    return paths.db_path(dest)


def garbage(which: str):
    def damage(file: Path) -> None:
        garbage_page(file, which, seed=f"{TODAY}-{which}")

    return damage


DAMAGE = {
    "truncated-in-the-middle": truncate_half,
    "garbage-over-a-middle-page": garbage("middle"),
    "garbage-over-the-last-page": garbage("last"),
    "garbage-over-page-2": garbage("second"),
    "zeroed-header": zero_header,
}


@pytest.fixture
def busy_station(db, officer) -> None:
    """Enough complaints (with long texts) for the file to have many pages."""
    for i in range(25):
        add_complaint(db, officer, i)


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_file_is_reported_not_raised(tmp_path, station_dir, db, busy_station, damage):
    file = station_copy(station_dir, db, tmp_path / "copy")
    assert db.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0  # every page is in use
    DAMAGE[damage](file)
    try:
        damaged = open_db(file.parent)
    except StoreError as exc:  # refused at once, with a sentence for the user
        assert "not a readable Station App database" in str(exc)
        return
    try:
        report = maintenance.check(damaged)  # must return a report, not raise
        try:
            quick = [r[0] for r in damaged.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as exc:  # SQLite's own check may stop at the damage
            quick = [str(exc)]
    finally:
        damaged.close()
    assert not report.ok
    assert report.problems
    assert quick != ["ok"]


def test_the_check_command_reports_a_damaged_file(tmp_path, station_dir, db, busy_station):
    file = station_copy(station_dir, db, tmp_path / "copy")
    garbage("middle")(file)
    proc = subprocess.run(
        [sys.executable, "-m", "station_app", "--data-dir", str(file.parent), "check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    assert "damaged" in proc.stderr or "malformed" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_the_undamaged_original_still_checks_ok(tmp_path, station_dir, db, busy_station):
    file = station_copy(station_dir, db, tmp_path / "copy")
    copy = open_db(file.parent)
    try:
        assert maintenance.check(copy).ok
    finally:
        copy.close()


# ------------------------------------------------------------------ second writer


COMPLAINT = {
    "received_on": "2026-11-18",
    "channel": "phone",
    "category": "property",
    "description": "Stolen bicycle",
    "complainant": {"name": "Aibek", "sex": "male", "age_group": "30_59"},
}


def test_a_second_writer_waits_for_the_first(station_dir, db, officer):
    """While one connection holds the write lock, another one's save waits (busy timeout)
    instead of failing, then commits after it: both records whole, numbers in order."""
    other = open_db(station_dir)
    result: dict[str, object] = {}
    done = threading.Event()

    def second() -> None:
        try:
            result["record"] = complaints.create(other, officer, COMPLAINT)
        except Exception as exc:  # reported below
            result["error"] = exc
        finally:
            done.set()

    worker = threading.Thread(target=second)
    try:
        with write_transaction(db):
            first = complaints.create(db, officer, COMPLAINT)
            worker.start()
            started = time.monotonic()
            assert not done.wait(0.5), f"the second writer did not wait: {result}"
        worker.join(BUSY_TIMEOUT_MS / 1000)
        waited = time.monotonic() - started
        assert done.is_set()
        assert "error" not in result, result
        assert waited >= 0.5
        assert first["number"] == "NKT-2026-0001"
        assert result["record"]["number"] == "NKT-2026-0002"
        report = maintenance.check(db)
        assert report.ok, report.problems
    finally:
        worker.join(BUSY_TIMEOUT_MS / 1000)
        other.close()


def test_a_busy_database_keeps_the_draft(main_window, station_dir, db, qtbot):
    """If the other writer holds the lock past the busy timeout (shortened here to 0.2 s),
    the editor says the database is busy, keeps the draft and saves on the next press."""
    ed = main_window.open_editor("complaints", None)
    fill_complaint(ed)
    other = open_db(station_dir)
    db.execute("PRAGMA busy_timeout = 200")
    try:
        other.conn.execute("BEGIN IMMEDIATE")
        try:
            RefusedSave(ed, db).press(qtbot, BUSY)
        finally:
            other.conn.execute("ROLLBACK")
    finally:
        other.close()
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    qtbot.mouseClick(ed.save_button, Qt.LeftButton)
    assert ed.uuid is not None
    assert complaints.get(db, ed.uuid)["number"] == "NKT-2026-0001"
