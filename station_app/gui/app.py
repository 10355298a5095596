"""Starting the window: one copy per data folder, the start-up check (recovery window if
the database is damaged), setup wizard or login, main window, automatic backups."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from station_app import paths
from station_app.gui import dialogs, gc_guard, i18n, tasks
from station_app.gui.auto_backup import AutoBackup
from station_app.gui.login import LoginDialog
from station_app.gui.main_window import MainWindow
from station_app.gui.recovery import RecoveryWindow
from station_app.gui.session import Session
from station_app.gui.setup_wizard import SetupWizard
from station_app.messages import DEFAULT_LANG
from station_app.services import maintenance, station
from station_app.services import settings as settings_service
from station_app.services.instance_lock import InstanceLock, InstanceLocked
from station_app.store import StoreError, open_db


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Station App")
    app.setOrganizationName("StationApp")
    i18n.register_fonts(app)
    gc_guard.install(app)  # cycles holding widgets are freed on this thread, never a pool's
    return app


class Launcher:
    """One run of the window: the start-up check, the recovery window if the database is
    damaged, the setup wizard or the login, the main window, and the backups around it.

    The start-up check (``maintenance.check_at_start``) reads the whole file with
    ``PRAGMA quick_check`` when it is at most ``maintenance.DEEP_CHECK_LIMIT`` bytes (about
    0.08 s for 60 MB, 0.4 s for 300 MB with a warm cache); a bigger file gets the header
    check first and its quick_check in a pool thread once the window shows.
    """

    def __init__(self, data_dir: Path, *, deep_limit: int = maintenance.DEEP_CHECK_LIMIT):
        self.data_dir = Path(data_dir)
        self.deep_limit = deep_limit
        self.health: maintenance.Health | None = None
        self.recovery: RecoveryWindow | None = None
        self.window: MainWindow | None = None
        self.auto: AutoBackup | None = None
        self.session: Session | None = None

    def start(self) -> QWidget | None:
        """The first window shown (main or recovery), or None when the user gave up."""
        self.health = maintenance.check_at_start(self.data_dir, deep_limit=self.deep_limit)
        if not self.health.ok:
            return self.show_recovery(self.health)
        return self.open_station(background_check=self.health.kind == "ok" and not self.health.deep)

    def show_recovery(self, health: maintenance.Health) -> RecoveryWindow:
        lang = settings_service.read_language(paths.db_path(self.data_dir)) or DEFAULT_LANG
        if lang not in i18n.LANGUAGES:
            lang = DEFAULT_LANG
        i18n.install_translators(QApplication.instance(), lang)
        self.recovery = RecoveryWindow(self.data_dir, health, lang)
        self.recovery.recovered.connect(self._after_recovery)
        self.recovery.show()
        self.recovery.find_backup()
        return self.recovery

    def _after_recovery(self) -> None:
        recovery = self.recovery
        try:
            self.open_station(background_check=False)
        except StoreError as exc:
            dialogs.error(recovery, tr("Station App"), str(exc))
        if recovery is not None:
            recovery.close()  # the last window: the application ends if no main window

    def open_station(self, *, background_check: bool = False) -> MainWindow | None:
        """Wizard on an empty folder, then login; returns the shown main window (or None)."""
        data_dir = self.data_dir
        if not station.is_initialised(data_dir):
            wizard = SetupWizard(data_dir)
            if wizard.exec() != QDialog.Accepted:
                return None
        db = open_db(data_dir)
        lang = settings_service.get(db, "language")
        i18n.install_translators(QApplication.instance(), lang)
        login = LoginDialog(db, lang=lang)
        if login.exec() != QDialog.Accepted or login.actor is None:
            db.close()
            return None
        self.session = Session(data_dir, db, login.actor, lang)
        self.window = window = MainWindow(self.session)
        self.auto = AutoBackup(window)
        window.painted.connect(lambda: self._after_first_paint(background_check))
        window.show()
        return window

    def _after_first_paint(self, background_check: bool) -> None:
        """The backup at start and the check of a big file, once the window is up."""
        if self.auto is not None:
            self.auto.start()
        if background_check:
            self.check_in_background()

    def check_in_background(self) -> None:
        """quick_check of a big file after the window shows; damage is reported at once
        and the next start checks the whole file before the login."""
        data_dir, window = self.data_dir, self.window

        def done(health: maintenance.Health) -> None:
            if health.ok or window is None or not shiboken6.isValid(window):
                return
            maintenance.request_check_at_start(data_dir)
            text = (
                tr("The station database is damaged.")
                + " "
                + tr(
                    "Save or note what you are working on, close Station App and start it "
                    "again: it will offer to restore the newest good backup."
                )
            )
            window.statusBar().showMessage(text)
            dialogs.warning(window, tr("Station App"), text)

        tasks.run_task(
            lambda _progress: maintenance.check_file(paths.db_path(data_dir), deep=True),
            done,
            lambda exc: print(f"station-app: background check: {exc}", file=sys.stderr),
        )

    def finish(self) -> None:
        """After the event loop: the backup at exit, then close the session's connection."""
        if self.auto is not None:
            self.auto.at_exit()
        if self.session is not None:
            self.session.db.close()
            self.session = None


def start(data_dir: Path) -> QWidget | None:
    """Start without the exit handling of :func:`run` (kept for scripts)."""
    return Launcher(data_dir).start()


def _excepthook(exc_type, exc, tb) -> None:
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    print(text, file=sys.stderr)
    dialogs.error(
        None,
        tr("Unexpected error"),
        tr("Something went wrong. Your saved records are safe.") + "\n\n" + str(exc),
    )


def run(data_dir: Path) -> int:
    app = make_app()
    sys.excepthook = _excepthook
    data_dir = Path(data_dir)
    lock = InstanceLock(data_dir, "window")
    try:
        lock.acquire()
    except InstanceLocked as exc:
        lang = settings_service.read_language(paths.db_path(data_dir)) or DEFAULT_LANG
        if lang in i18n.LANGUAGES:
            i18n.install_translators(app, lang)
        dialogs.warning(
            None,
            tr("Station App"),
            tr(
                "Station App is already open on this computer with the same data. Use the "
                "window that is open (look for it on the taskbar); a second copy could "
                "confuse your work."
            )
            + "\n\n"
            + exc.text(lang),
        )
        return 1
    except OSError as exc:
        dialogs.error(
            None,
            tr("Station App"),
            tr("The data folder %1 cannot be used: %2")
            .replace("%1", str(data_dir))
            .replace("%2", exc.strerror or str(exc)),
        )
        return 1
    launcher = Launcher(data_dir)
    try:
        try:
            window = launcher.start()
        except StoreError as exc:
            dialogs.error(None, tr("Station App"), str(exc))
            return 1
        if window is None:
            return 0
        code = app.exec()
        tasks.wait_all()
        launcher.finish()
        return code
    finally:
        lock.release()
