"""Starting the window: QApplication, fonts, translators, setup wizard or login, main window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from station_app.gui import dialogs, i18n, tasks
from station_app.gui.login import LoginDialog
from station_app.gui.main_window import MainWindow
from station_app.gui.session import Session
from station_app.gui.setup_wizard import SetupWizard
from station_app.services import settings as settings_service
from station_app.services import station
from station_app.store import StoreError, open_db


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Station App")
    app.setOrganizationName("StationApp")
    i18n.register_fonts(app)
    return app


def start(data_dir: Path) -> MainWindow | None:
    """Wizard on an empty folder, then login; returns the shown main window (or None)."""
    if not station.is_initialised(data_dir):
        wizard = SetupWizard(data_dir)
        if wizard.exec() != QDialog.Accepted:
            return None
    db = open_db(data_dir)
    lang = settings_service.get(db, "language")
    i18n.install_translators(QApplication.instance(), lang)
    login = LoginDialog(db)
    if login.exec() != QDialog.Accepted or login.actor is None:
        db.close()
        return None
    session = Session(data_dir, db, login.actor, lang)
    window = MainWindow(session)
    window.show()
    return window


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
    try:
        window = start(Path(data_dir))
    except StoreError as exc:
        dialogs.error(None, tr("Station App"), str(exc))
        return 1
    if window is None:
        return 0
    code = app.exec()
    tasks.wait_all()
    return code
