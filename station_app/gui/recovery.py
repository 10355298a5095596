"""The start-up window for a damaged (or missing) station database.

Shown instead of the login when ``maintenance.check_at_start`` finds damage. It says what
happened in plain words, looks for the newest backup that passes its integrity check (in a
pool thread: each candidate is read in full), and offers to restore it; the damaged file
and its -wal/-shm are moved aside into ``DATA_DIR/damaged/<date-time>/``, never deleted
(``maintenance.recover``). A backup from elsewhere (a USB stick) can be chosen instead.
After the restore, Continue leads to the usual login. The window is not modal: nothing
here can block, and the only modal box it may open is the file chooser (``dialogs``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app import paths
from station_app.gui import dialogs, tasks
from station_app.services import maintenance
from station_app.services.errors import ServiceError
from station_app.store import backup, schema

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b6e3a;"
NOTE_STYLE = "color: #52606d;"


class RecoveryWindow(QWidget):
    """See the module docstring. ``recovered`` is emitted when the user continues."""

    recovered = Signal()

    def __init__(self, data_dir: Path, health: maintenance.Health, lang: str = "ru", parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.health = health
        self.lang = lang
        self.candidate: backup.BackupInfo | None = None
        self.result: maintenance.Recovery | None = None
        self.busy = False
        self.setObjectName("recoveryWindow")
        self.setWindowTitle(self.tr("Station App — the database needs repair"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(
            "<h2>"
            + (
                self.tr("The station database is missing")
                if health.kind == "lost"
                else self.tr("The station database is damaged")
            )
            + "</h2>"
        )
        layout.addWidget(heading)
        self.what = self._label("recoveryWhat", self._what_happened())
        layout.addWidget(self.what)
        self.safe = self._label(
            "recoveryPromise",
            self.tr(
                "Nothing has been deleted. Station App can move the damaged file aside (it is "
                "kept, not deleted) and put the newest good backup in its place."
            ),
        )
        layout.addWidget(self.safe)
        self.candidate_label = self._label("recoveryCandidate", "")
        self.candidate_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.candidate_label)
        self.progress = QProgressBar()
        self.progress.setObjectName("recoveryProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = self._label("recoveryMessage", "")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setObjectName("recoveryRestore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.choose_button = QPushButton(self.tr("Use another backup file…"))
        self.choose_button.setObjectName("recoveryChoose")
        self.choose_button.clicked.connect(self.choose_file)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("recoveryContinue")
        self.continue_button.hide()
        self.continue_button.clicked.connect(self._continue)
        self.close_button = QPushButton(self.tr("Close Station App"))
        self.close_button.setObjectName("recoveryClose")
        self.close_button.clicked.connect(self.close)
        for b in (self.restore_button, self.choose_button, self.continue_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        details = self.tr("Details for an IT specialist: %1").replace(
            "%1", f"{paths.db_path(self.data_dir)} — {health.kind}: {health.detail or '-'}"
        )
        self.details = self._label("recoveryDetails", details)
        self.details.setStyleSheet(NOTE_STYLE + " font-size: 8pt;")
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.details)

    @staticmethod
    def _label(name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _what_happened(self) -> str:
        kind = self.health.kind
        if kind == "truncated":
            return self.tr(
                "The database file is shorter than it should be. This usually happens when the "
                "power goes off while the computer is saving."
            )
        if kind == "not_a_database":
            return self.tr("The database file cannot be read at all.")
        if kind == "lost":
            return self.tr(
                "The database file is not in its folder (%1), but there are backups of it."
            ).replace("%1", str(self.data_dir))
        return self.tr(
            "Part of the database file cannot be read (a damaged page). This usually happens "
            "after a power cut or when the disk is failing."
        )

    # ------------------------------------------------------------------ finding

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.restore_button.setEnabled(not busy and self.candidate is not None)
        self.choose_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if text:
            self._say(text, NOTE_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def find_backup(self) -> None:
        """Look for the newest good backup in DATA_DIR/backups (a pool thread)."""
        data_dir = self.data_dir
        self._set_busy(True, self.tr("Looking for a good backup…"))
        tasks.run_task(
            lambda _progress: maintenance.newest_good_backup(data_dir),
            self._found,
            self._failed,
            owner=self,
        )

    def _found(self, info: backup.BackupInfo | None) -> None:
        self.candidate = info
        self._set_busy(False)
        self.message.clear()
        if info is None:
            self.candidate_label.setText(
                self.tr(
                    "No good backup was found in %1. Bring a backup on a USB stick (“Use another "
                    "backup file…”) or call your district IT. The damaged file has not been "
                    "changed."
                ).replace("%1", str(paths.backups_dir(self.data_dir)))
            )
            return
        self.candidate_label.setText(self.describe(info))

    def describe(self, info: backup.BackupInfo) -> str:
        rec = info.records
        locale = QLocale()
        return (
            self.tr(
                "Newest good backup: made on %1, %2, data version %3. It holds %4 complaints, "
                "%5 meetings, %6 activities and %7 plans."
            )
            .replace("%1", info.made.astimezone().strftime("%Y-%m-%d %H:%M"))
            .replace(
                "%2", self.tr("%1 MB").replace("%1", locale.toString(info.size / 1_048_576, "f", 1))
            )
            .replace("%3", str(info.schema_version))
            .replace("%4", str(rec.get("complaints", 0)))
            .replace("%5", str(rec.get("meetings", 0)))
            .replace("%6", str(rec.get("activities", 0)))
            .replace("%7", str(rec.get("plans", 0)))
            + "\n"
            + self.tr(
                "Anything entered after that time is not in it; the damaged file is kept so that "
                "an IT specialist may try to rescue it."
            )
        )

    def choose_file(self) -> None:
        file = dialogs.open_file(
            self,
            self.tr("Choose a backup"),
            "",
            self.tr("Station App backups (*.sqlite3);;All files (*)"),
        )
        if not file:
            return
        path = Path(file)
        self._set_busy(True, self.tr("Checking the file…"))
        tasks.run_task(
            lambda _progress: backup.inspect(path), self._chosen, self._failed, owner=self
        )

    def _chosen(self, info: backup.BackupInfo) -> None:
        if info.schema_version > schema.LATEST_VERSION or info.schema_version < 1:
            self._set_busy(False)
            self._say(
                self.tr("This file cannot be restored by this version of Station App."),
                ERROR_STYLE,
            )
            return
        self._found(info)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        text = exc.text(self.lang) if isinstance(exc, ServiceError) else str(exc)
        self._say(self.tr("This did not work: %1").replace("%1", text), ERROR_STYLE)

    # ---------------------------------------------------------------- restoring

    def restore(self) -> None:
        if self.busy or self.candidate is None:
            return
        data_dir, file = self.data_dir, self.candidate.path
        self._set_busy(True, self.tr("Restoring…"))
        tasks.run_task(
            lambda _progress: maintenance.recover(data_dir, file),
            self._restored,
            self._failed,
            owner=self,
        )

    def _restored(self, result: maintenance.Recovery) -> None:
        self.result = result
        self._set_busy(False)
        text = self.tr("The backup has been restored.")
        if result.kept_in is not None:
            text += " " + self.tr(
                "The damaged file was moved to %1; it is kept, not deleted."
            ).replace("%1", str(result.kept_in))
        text += "\n" + self.tr("Press Continue to log in.")
        self._say(text, OK_STYLE)
        self.restore_button.hide()
        self.choose_button.hide()
        self.continue_button.show()
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()

    def _continue(self) -> None:
        self.recovered.emit()

    def closeEvent(self, event) -> None:
        if self.busy:  # a restore is under way: let it finish
            event.ignore()
            return
        event.accept()
