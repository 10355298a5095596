"""Automatic backups while the window runs: at start, every N hours, and at exit.

The start and periodic backups run in a pool thread with their own connection
(``tasks.run_task``); the one at exit runs on the GUI thread after the event loop has
ended (nothing is left to freeze). Each is ``maintenance.auto_backup``: copied through the
SQLite backup API, integrity-checked, rotated (setting ``backup_keep``), and skipped when
the newest backup already holds the same data. N is the setting ``backup_every_hours``
(0: only at start and exit); it is read at every tick, so a change applies without a
restart, and a manual backup counts as the newest one. A failure is shown in the status
bar (no modal box: nothing may block) until a later backup succeeds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from station_app import paths
from station_app.gui import tasks
from station_app.services import maintenance
from station_app.services import settings as settings_service
from station_app.store import backup, open_db

TICK_MS = 10 * 60_000  # how often the timer asks whether a backup is due


def _backup_now(data_dir: Path) -> Path | None:
    db = open_db(data_dir)
    try:
        return maintenance.auto_backup(db, data_dir)
    finally:
        db.close()


class AutoBackup(QObject):
    """Owned by the main window (its parent); ``start()`` once the window shows."""

    made = Signal(object)  # the backup's path, or None when nothing had changed
    failed = Signal(str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = Path(window.session.data_dir)
        self.running = False
        self.last_attempt = 0.0  # time.time() of the last automatic backup started
        self.error = ""
        self.timer = QTimer(self)
        self.timer.setObjectName("autoBackupTimer")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """The backup at start, then the timer."""
        self.run_now()
        self.timer.start()

    def every_hours(self) -> int:
        return int(settings_service.get(self.window.session.db, "backup_every_hours") or 0)

    def due(self, now: float | None = None) -> bool:
        """N hours since the newest backup (manual ones count) and since the last try."""
        hours = self.every_hours()
        if hours <= 0:
            return False
        now = time.time() if now is None else now
        newest = backup.list_backups(paths.backups_dir(self.data_dir))
        last = max(self.last_attempt, newest[0].stat().st_mtime if newest else 0.0)
        return now - last >= hours * 3600

    def tick(self) -> None:
        if self.due():
            self.run_now()

    def run_now(self) -> bool:
        """Start an automatic backup in a pool thread; False if one is running."""
        if self.running:
            return False
        self.running = True
        self.last_attempt = time.time()
        data_dir = self.data_dir
        tasks.run_task(lambda _progress: _backup_now(data_dir), self._done, self._failed)
        return True

    def _done(self, path: Path | None) -> None:
        self.running = False
        if not shiboken6.isValid(self):
            return
        if self.error:  # a later backup worked: the failure message may go
            self.error = ""
            self.window.statusBar().clearMessage()
        if path is not None:
            self.window.update_status()
            page = self.window.pages.built("settings")  # None until first shown
            if page is not None and hasattr(page, "backups") and page.isVisible():
                page.backups.refresh()
        self.made.emit(path)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        if not shiboken6.isValid(self):
            return
        self.error = self.tr("The automatic backup failed: %1").replace("%1", str(exc))
        self.window.statusBar().showMessage(self.error)  # stays until cleared
        self.failed.emit(self.error)

    def at_exit(self) -> Path | None:
        """The backup at exit, synchronous (after the event loop); never raises."""
        tasks.wait_all()
        try:
            return _backup_now(self.data_dir)
        except Exception as exc:  # the data is safe in the database; say why on stderr
            print(f"station-app: the backup at exit failed: {exc}", file=sys.stderr)
            return None
