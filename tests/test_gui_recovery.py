"""The window's side of backups and damage: automatic backups, the Backups tab's preview
and settings, the start-up recovery window, and the launcher that chooses between them.

Files are really damaged (truncated, a garbage page); the login is the only thing replaced
(a modal dialog cannot run offscreen), by a stand-in that logs the officer in.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from station_app import paths
from station_app.gui import app as app_module
from station_app.gui import dialogs, tasks
from station_app.gui.auto_backup import AutoBackup
from station_app.gui.pages import settings_page as settings_module
from station_app.gui.recovery import RecoveryWindow
from station_app.gui.session import Session
from station_app.services import maintenance
from station_app.services import settings as settings_service
from station_app.services.auth import Actor
from station_app.store import backup, open_db, schema

from damage_support import add_complaint, closed_copy, garbage_page, truncate_half


def wait_backup_at_start(qtbot, launcher: app_module.Launcher) -> None:
    """The backup at start begins after the window's first paint; wait for it to end."""
    qtbot.waitUntil(
        lambda: launcher.auto.last_attempt > 0 and not launcher.auto.running, timeout=20_000
    )


def wait_idle(qtbot, window: RecoveryWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)


@pytest.fixture
def station(tmp_path, station_dir, db, officer) -> Path:
    """A closed copy of a station with 12 complaints and one backup of them."""
    return closed_copy(tmp_path, station_dir, db, officer, 12, with_backup=True)


class FakeLogin:
    """Stands in for the modal LoginDialog: the officer logs in."""

    def __init__(self, db, lang="ru", parent=None):
        row = db.execute("SELECT uuid, full_name FROM users WHERE username = 'officer'").fetchone()
        self.actor = Actor("officer", "officer", row[1], row[0])

    def exec(self):
        return QDialog.Accepted


@pytest.fixture
def launcher_env(monkeypatch, qtbot):
    from station_app.gui import i18n

    monkeypatch.setattr(app_module, "LoginDialog", FakeLogin)
    app_module.make_app()
    made: list[app_module.Launcher] = []
    yield made
    for launcher in made:
        if launcher.window is not None:
            launcher.window.close()
        tasks.wait_all()
        launcher.finish()
    i18n.install_translators(app_module.QApplication.instance(), "en")
    qtbot.wait(20)


# ------------------------------------------------------------------ recovery window


def test_recovery_window_restores_the_newest_good_backup(qtbot, station, no_dialogs):
    shown, _answers = no_dialogs
    file = paths.db_path(station)
    garbage_page(file, seed=7)
    damaged = file.read_bytes()
    health = maintenance.check_at_start(station)
    assert not health.ok
    win = RecoveryWindow(station, health, "en")
    qtbot.addWidget(win)
    win.show()
    assert not win.isModal()
    assert "damaged page" in win.what.text() and "Nothing has been deleted" in win.safe.text()
    win.find_backup()
    wait_idle(qtbot, win)
    text = win.candidate_label.text()
    assert "It holds 12 complaints, 0 meetings, 0 activities and 0 plans" in text
    assert f"data version {schema.LATEST_VERSION}" in text
    assert win.restore_button.isEnabled()

    qtbot.mouseClick(win.restore_button, Qt.LeftButton)
    wait_idle(qtbot, win)
    assert win.continue_button.isVisible() and not win.restore_button.isVisible()
    kept = win.result.kept_in
    assert str(kept) in win.message.text() and "kept, not deleted" in win.message.text()
    assert (kept / file.name).read_bytes() == damaged
    assert maintenance.check_at_start(station).ok
    with qtbot.waitSignal(win.recovered, timeout=1000):
        qtbot.mouseClick(win.continue_button, Qt.LeftButton)
    assert shown == []  # no modal box on the way


def test_recovery_window_without_a_backup_takes_one_from_a_stick(
    qtbot, station, tmp_path, monkeypatch, no_dialogs
):
    stick = tmp_path / "usb"
    shutil.move(paths.backups_dir(station), stick)
    file = paths.db_path(station)
    truncate_half(file)
    win = RecoveryWindow(station, maintenance.check_at_start(station), "en")
    qtbot.addWidget(win)
    win.show()
    assert "shorter than it should be" in win.what.text()
    win.find_backup()
    wait_idle(qtbot, win)
    assert "No good backup was found" in win.candidate_label.text()
    assert not win.restore_button.isEnabled()

    (stick / "not-a-backup.sqlite3").write_bytes(b"junk" * 300)
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(stick / "not-a-backup.sqlite3"))
    qtbot.mouseClick(win.choose_button, Qt.LeftButton)
    wait_idle(qtbot, win)
    assert "This did not work" in win.message.text() and not win.restore_button.isEnabled()

    good = backup.list_backups(stick)[0]
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(good))
    qtbot.mouseClick(win.choose_button, Qt.LeftButton)
    wait_idle(qtbot, win)
    assert "12 complaints" in win.candidate_label.text()
    qtbot.mouseClick(win.restore_button, Qt.LeftButton)
    wait_idle(qtbot, win)
    assert win.result is not None and win.result.restored.path == good
    db = open_db(station)
    try:
        assert db.execute("SELECT count(*) FROM complaints").fetchone()[0] == 12
    finally:
        db.close()


# ------------------------------------------------------------------------ launcher


def test_launcher_recovers_then_logs_in(qtbot, station, launcher_env, no_dialogs):
    shown, _answers = no_dialogs
    garbage_page(paths.db_path(station), seed=7)
    launcher = app_module.Launcher(station)
    launcher_env.append(launcher)
    first = launcher.start()
    assert isinstance(first, RecoveryWindow) and first.isVisible()
    wait_idle(qtbot, first)
    qtbot.mouseClick(first.restore_button, Qt.LeftButton)
    wait_idle(qtbot, first)
    qtbot.mouseClick(first.continue_button, Qt.LeftButton)
    window = launcher.window
    assert window is not None and window.isVisible() and not first.isVisible()
    wait_backup_at_start(qtbot, launcher)
    # the restored file holds what the newest backup holds: no new backup needed
    assert len(backup.list_backups(paths.backups_dir(station))) == 1
    assert shown == []


def test_launcher_on_a_healthy_station_backs_up_at_start_and_exit(
    qtbot, station, officer, launcher_env, no_dialogs
):
    db = open_db(station)
    add_complaint(db, officer, 50)  # a change since the backup
    db.close()
    launcher = app_module.Launcher(station)
    launcher_env.append(launcher)
    window = launcher.start()
    assert window is launcher.window and window.isVisible()
    assert launcher.auto.last_attempt == 0  # not before the window's first paint
    wait_backup_at_start(qtbot, launcher)
    assert window.was_painted
    made = backup.list_backups(paths.backups_dir(station))
    assert len(made) == 2 and backup.inspect(made[0]).records["complaints"] == 13
    assert "never" not in window.status_backup.text()
    assert launcher.auto.timer.isActive()

    add_complaint(launcher.session.db, officer, 51)  # work in the window
    window.close()
    launcher_env.clear()
    launcher.finish()
    made = backup.list_backups(paths.backups_dir(station))
    assert len(made) == 3 and backup.inspect(made[0]).records["complaints"] == 14
    assert launcher.session is None


def test_launcher_checks_a_big_file_in_the_background(
    qtbot, station, launcher_env, no_dialogs, monkeypatch
):
    """Above DEEP_CHECK_LIMIT (0 here) only the header is read before the login; the
    quick_check result arrives after the window shows. Its damage is simulated (a real
    garbage page could break the dashboard before the check reports)."""
    shown, _answers = no_dialogs
    real = maintenance.check_file

    def check_file(file, *, deep=True):
        if deep:
            return maintenance.Health("damaged", "Page 7: btreeInitPage() returns error code 11")
        return real(file, deep=deep)

    monkeypatch.setattr(maintenance, "check_file", check_file)
    launcher = app_module.Launcher(station, deep_limit=0)
    launcher_env.append(launcher)
    window = launcher.start()
    assert window is launcher.window
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    kind, _title, text = shown[0]
    assert kind == "warning" and "damaged" in text and "start it again" in text
    assert (station / maintenance.CHECK_MARKER).exists()
    assert "damaged" in window.statusBar().currentMessage()


# -------------------------------------------------------------------- auto backups


def test_auto_backup_timer_failure_and_recovery(qtbot, main_window, station_dir, db, chief):
    auto = AutoBackup(main_window)
    folder = paths.backups_dir(station_dir)
    with qtbot.waitSignal(auto.made, timeout=20_000) as sig:
        auto.start()
    assert sig.args[0] is not None and sig.args[0].parent == folder
    assert "never" not in main_window.status_backup.text()
    assert not auto.due()
    assert auto.due(time.time() + 4 * 3600 + 1)  # the default: every 4 hours
    settings_service.set_many(db, chief, {"backup_every_hours": 0})
    assert not auto.due(time.time() + 100 * 3600)  # only at start and exit

    shutil.rmtree(folder)
    folder.write_text("a file where the backups folder should be")
    add_complaint(db, chief, 1)
    with qtbot.waitSignal(auto.failed, timeout=20_000):
        assert auto.run_now()
    assert "automatic backup failed" in main_window.statusBar().currentMessage()
    folder.unlink()
    with qtbot.waitSignal(auto.made, timeout=20_000) as sig:
        auto.run_now()
    assert sig.args[0] is not None
    assert main_window.statusBar().currentMessage() == ""
    assert auto.at_exit() is None  # nothing changed since
    add_complaint(db, chief, 2)
    assert auto.at_exit() is not None


# ---------------------------------------------------------------------- Backups tab


@pytest.fixture
def chief_settings(qtbot, station_dir, db, chief):
    page = settings_module.SettingsPage(Session(station_dir, db, chief, "en"))
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    yield page
    tasks.wait_all()
    qtbot.wait(20)


def test_backups_tab_previews_and_confirms(qtbot, chief_settings, no_dialogs, db, chief):
    shown, answers = no_dialogs
    add_complaint(db, chief, 1)
    tab = chief_settings.backups
    qtbot.mouseClick(tab.backup_button, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: not tab.busy and not tab.loading and tab.table.rowCount() == 1, timeout=20_000
    )
    headers = [tab.table.horizontalHeaderItem(j).text() for j in range(tab.table.columnCount())]
    assert headers == [
        "Made",
        "Size",
        "Complaints",
        "Meetings",
        "Activities",
        "Plans",
        "Check",
        "Data version",
    ]
    assert tab.table.item(0, 2).text() == "1"
    assert tab.table.item(0, 7).text() == str(schema.LATEST_VERSION)
    tab.table.selectRow(0)
    answers.append(dialogs.Answer.NO)
    qtbot.mouseClick(tab.restore_button, Qt.LeftButton)
    kind, _title, text = shown[-1]
    assert kind == "ask_yes_no"
    assert str(tab.backups[0]["path"]) in text
    assert f"data version {schema.LATEST_VERSION}" in text
    assert "The backup holds: 1 complaints, 0 meetings, 0 activities, 0 plans." in text
    assert "will be replaced" in text and "kept aside first" in text


def test_backup_settings_for_the_chief_only(qtbot, chief_settings, main_window, db):
    tab = chief_settings.backups
    tab.every_hours.setValue(0)
    assert tab.every_hours.text() == "only at start and exit"
    tab.keep.setValue(3)
    qtbot.mouseClick(tab.save_auto_button, Qt.LeftButton)
    assert "Saved" in tab.auto_message.text()
    assert settings_service.get(db, "backup_every_hours") == 0
    assert settings_service.get(db, "backup_keep") == 3
    assert "the newest 3 are kept" in tab.note.text()
    officer_tab = main_window.show_page("settings").backups
    assert not officer_tab.save_auto_button.isEnabled()
    assert not officer_tab.keep.isEnabled() and not officer_tab.every_hours.isEnabled()
