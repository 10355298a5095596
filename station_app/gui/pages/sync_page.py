"""Export / Sync: the USB package to the district office and the receipt back.

At a station: write the next package to a folder or stick (off the GUI thread), apply the
district's receipt, see the packages written. At a district office: import packages
(a dry run first, then the import), review conflicts, register a station's key
deliberately, see each station's last package and gaps, write a receipt.

Every operation is a call to a service in :mod:`station_app.sync` (the same ones the
command line uses); this page only asks, shows progress and shows the result.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.gui import dialogs, tasks
from station_app.gui.pages.conflicts_view import (
    ConflictsView,
    fit_heading,
    item,
    readonly_table,
)
from station_app.gui.session import Session
from station_app.gui.sync_status import local_time
from station_app.messages import msg
from station_app.services.errors import ServiceError
from station_app.store import open_db
from station_app.sync import keys, state
from station_app.sync.errors import render
from station_app.sync.export import ExportResult, export_package
from station_app.sync.importer import ImportResult, import_packages
from station_app.sync.receipts import EXTENSION as RECEIPT_EXTENSION
from station_app.sync.receipts import apply_receipt, make_receipt
from station_app.sync.state import register_station

ERROR_STYLE = "color: #b00020"
GAP_COLOR = QColor("#f8c9c9")


def _progress_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setRange(0, 1)
    bar.setValue(0)
    bar.setMaximumHeight(16)
    bar.hide()
    return bar


def _set_progress(bar: QProgressBar, done: int, total: int) -> None:
    bar.setRange(0, max(total, 1))
    bar.setValue(done)


class SyncPage(QWidget):
    """The Export / Sync page in the mode of this data folder (station or district)."""

    synced = Signal()  # something was written, imported, acknowledged or resolved

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.district = session.profile["mode"] == "district"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(QLabel("<h2>" + self.tr("Export / Sync") + "</h2>"))
        if self.district:
            self._build_district(layout)
        else:
            self._build_station(layout)
        self.refresh()

    @property
    def lang(self) -> str:
        return self.session.lang

    def error_text(self, exc: Exception) -> str:
        """A refusal in the user's language (services), or the system's reason (files)."""
        if isinstance(exc, ServiceError):
            return exc.text(self.lang)
        if isinstance(exc, OSError):
            return f"{exc.strerror or exc} {exc.filename or ''}".strip()
        return self.tr("Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")

    def refresh(self) -> None:
        if self.district:
            self.refresh_stations()
            self.conflicts.refresh()
            self._update_conflicts_tab()
        else:
            self.refresh_history()

    # =================================================================== station

    def _build_station(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        top.addWidget(self._export_box(), 3)
        top.addWidget(self._receipt_box(), 2)
        layout.addLayout(top)
        box = QGroupBox(self.tr("Packages written"))
        v = QVBoxLayout(box)
        self.history = readonly_table(
            [
                self.tr("No."),
                self.tr("File"),
                self.tr("Written"),
                self.tr("By"),
                self.tr("Records"),
                self.tr("Contents"),
                self.tr("Personal data"),
                self.tr("Received by the district"),
            ],
            "exportHistory",
        )
        v.addWidget(self.history)
        layout.addWidget(box, 1)

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Export for the district office"))
        v = QVBoxLayout(box)
        v.addWidget(QLabel(self.tr("Folder or USB stick to write the package to:")))
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("exportFolder")
        self.folder.setPlaceholderText(self.tr("Choose a folder or a USB stick"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("chooseFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        v.addLayout(row)
        self.full = QCheckBox(self.tr("Full export: every record, not only the changes"))
        self.full.setObjectName("fullExport")
        self.full.setToolTip(
            self.tr(
                "By default the package carries what changed since the last package the "
                "district acknowledged. Ask for a full export when the district says so."
            )
        )
        v.addWidget(self.full)
        self.personal = QCheckBox(
            self.tr("Include personal data: complainants' names, contacts, descriptions")
        )
        self.personal.setObjectName("includePersonal")
        chief = self.session.actor.role in state.PERSONAL_DATA_ROLES
        self.personal.setEnabled(chief)
        v.addWidget(self.personal)
        if not chief:
            note = QLabel(self.tr("Only the station chief can include personal data."))
            note.setObjectName("personalNote")
            note.setStyleSheet("color: #555")
            v.addWidget(note)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Write the package"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        buttons.addWidget(self.export_button)
        buttons.addStretch()
        v.addLayout(buttons)
        self.export_progress = _progress_bar("exportProgress")
        v.addWidget(self.export_progress)
        self.export_result = QLabel()
        self.export_result.setObjectName("exportResult")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        v.addWidget(self.export_result)
        v.addStretch()
        return box

    def _receipt_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt from the district office"))
        v = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "The district's receipt says which packages arrived and which months it "
                "approved; the next package then carries only what changed since."
            )
        )
        intro.setWordWrap(True)
        v.addWidget(intro)
        row = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("Apply receipt…"))
        self.receipt_button.setObjectName("applyReceipt")
        self.receipt_button.clicked.connect(self.choose_receipt)
        row.addWidget(self.receipt_button)
        row.addStretch()
        v.addLayout(row)
        self.receipt_result = QLabel()
        self.receipt_result.setObjectName("receiptResult")
        self.receipt_result.setWordWrap(True)
        v.addWidget(self.receipt_result)
        self.approvals = QLabel()
        self.approvals.setObjectName("districtApprovals")
        self.approvals.setWordWrap(True)
        v.addWidget(self.approvals)
        v.addStretch()
        return box

    # ------------------------------------------------------------------ export

    def choose_folder(self) -> str | None:
        path = dialogs.choose_dir(
            self, self.tr("Where to write the package"), self.folder.text().strip()
        )
        if path:
            self.folder.setText(path)
        return path

    def export(self) -> bool:
        """Start writing the package in the pool; False if nothing was started."""
        if self.busy:
            return False
        if not self.folder.text().strip() and not self.choose_folder():
            return False
        out = Path(self.folder.text().strip())
        data_dir, actor = self.session.data_dir, self.session.actor
        full, personal = self.full.isChecked(), self.personal.isChecked()

        def work(progress: Callable[[int, int], None]) -> tuple[ExportResult, int]:
            db = open_db(data_dir)  # a worker uses its own connection
            try:
                result = export_package(
                    db,
                    actor,
                    data_dir,
                    out,
                    full=full,
                    include_personal_data=personal,
                    progress=progress,
                )
            finally:
                db.close()
            return result, result.path.stat().st_size

        self._set_export_busy(True)
        tasks.run_task(
            work,
            self._export_done,
            self._export_failed,
            lambda done, total: _set_progress(self.export_progress, done, total),
            owner=self,
        )
        return True

    def _set_export_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.export_button, self.choose_button, self.folder, self.receipt_button):
            w.setEnabled(not busy)
        if busy:
            self.export_progress.setRange(0, 0)  # busy until the first step is done
            self.export_progress.show()
            self.export_result.setStyleSheet("")
            self.export_result.setText(self.tr("Writing the package…"))

    def _export_done(self, value: tuple[ExportResult, int]) -> None:
        result, size = value
        self._set_export_busy(False)
        bar = self.export_progress
        _set_progress(bar, bar.maximum() or 1, bar.maximum() or 1)  # done: full
        scope = (
            self.tr("full")
            if result.full
            else self.tr("changes since package %1").replace("%1", str(result.base_seq))
        )
        size_text = QLocale().formattedDataSize(size, 1, QLocale.DataSizeTraditionalFormat)
        lines = [
            self.tr("Written: %1 (%2)").replace("%1", result.path.name).replace("%2", size_text),
            self.tr("Package %1 (%2): %3 records.")
            .replace("%1", str(result.seq))
            .replace("%2", scope)
            .replace("%3", str(result.records)),
            self.tr("Signed monthly reports: %1").replace(
                "%1", ", ".join(result.months) or self.tr("none")
            ),
            self.tr("Personal data INCLUDED: keep the stick safe.")
            if result.personal_data
            else self.tr("Personal data left out (complainants appear as codes)."),
            self.tr("Folder: %1").replace("%1", str(result.path.parent)),
        ]
        self.export_result.setText("\n".join(lines))
        self.refresh_history()
        self.synced.emit()

    def _export_failed(self, exc: Exception) -> None:
        self._set_export_busy(False)
        self.export_progress.hide()
        self.export_result.setStyleSheet(ERROR_STYLE)
        self.export_result.setText(self.tr("Not written: %1").replace("%1", self.error_text(exc)))

    # ----------------------------------------------------------------- receipt

    def choose_receipt(self) -> bool:
        path = dialogs.open_file(
            self,
            self.tr("The district's receipt"),
            self.folder.text().strip(),
            self.tr("Receipts (*%1)").replace("%1", RECEIPT_EXTENSION),
        )
        return self.apply_receipt(Path(path)) if path else False

    def apply_receipt(self, path: Path, accept_new_key: bool = False) -> bool:
        """Apply the receipt at ``path`` (a small file: on the GUI thread)."""
        db, actor = self.session.db, self.session.actor
        try:
            result = apply_receipt(db, actor, path, accept_new_key=accept_new_key)
        except ServiceError as exc:
            if exc.message.id == "sync_district_key_changed" and not accept_new_key:
                # the service lets only the chief accept it, and says so to others
                answer = dialogs.ask_yes_no(
                    self,
                    self.tr("The district's key has changed"),
                    exc.text(self.lang)
                    + "\n\n"
                    + self.tr("Trust the new key? Do so only after a phone call."),
                )
                if answer is dialogs.Answer.YES:
                    return self.apply_receipt(path, accept_new_key=True)
            self._receipt_message(self.error_text(exc), error=True)
            return False
        except OSError as exc:
            self._receipt_message(self.error_text(exc), error=True)
            return False
        lines = []
        if result.trusted:
            lines.append(
                render(
                    msg(
                        "sync_district_trusted",
                        district=result.district,
                        fingerprint=result.trusted,
                    ),
                    self.lang,
                )
            )
        if result.already:
            lines.append(render(msg("sync_receipt_already"), self.lang))
        else:
            none = self.tr("none new")
            lines.append(
                self.tr("Receipt from %1: packages acknowledged: %2.")
                .replace("%1", result.district)
                .replace("%2", ", ".join(map(str, result.acknowledged)) or none)
            )
            lines.append(
                self.tr("Months approved: %1.").replace("%1", ", ".join(result.approvals) or none)
            )
            if result.unknown:
                lines.append(render(msg("sync_receipt_unknown", count=result.unknown), self.lang))
        self._receipt_message("\n".join(lines))
        self.refresh_history()
        self.synced.emit()
        return True

    def _receipt_message(self, text: str, error: bool = False) -> None:
        self.receipt_result.setStyleSheet(ERROR_STYLE if error else "")
        self.receipt_result.setText(text)

    def refresh_history(self) -> None:
        db = self.session.db
        exports = list(reversed(state.list_exports(db)))  # newest first
        self.history.setRowCount(len(exports))
        for row, e in enumerate(exports):
            scope = (
                self.tr("Full")
                if e["full"]
                else self.tr("Changes since %1").replace("%1", str(e["base_seq"]))
            )
            acked = local_time(e["acknowledged_at"]) if e["acknowledged_at"] else self.tr("Not yet")
            values = [
                str(e["seq"]),
                e["file_name"],
                local_time(e["created_at"]),
                e["created_by"],
                str(e["records"]),
                scope,
                self.tr("Included") if e["personal_data"] else self.tr("Left out"),
                acked,
            ]
            for col, text in enumerate(values):
                cell = item(text, e["seq"] if col == 0 else None)
                if col == 7 and not e["acknowledged_at"]:
                    cell.setForeground(QBrush(QColor("#8a5a00")))
                self.history.setItem(row, col, cell)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.Stretch)
        approved = state.list_district_approvals(db)
        if approved:
            months = ", ".join(
                f"{a['month']} ({a['approved_on']}, {a['approved_by']})" for a in approved
            )
            self.approvals.setText(
                self.tr("Months approved by the district: %1").replace("%1", months)
            )
        else:
            self.approvals.setText(self.tr("No month has been approved by the district yet."))

    def history_rows(self) -> list[list[str]]:
        """The history table as text (newest first), for tests and screenshots."""
        return [
            [self.history.item(r, c).text() for c in range(self.history.columnCount())]
            for r in range(self.history.rowCount())
        ]

    # ================================================================== district

    def _build_district(self, layout: QVBoxLayout) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.tabs.addTab(self._import_tab(), self.tr("Import packages"))
        self.conflicts = ConflictsView(self.session)
        self.conflicts.resolved.connect(self._conflict_resolved)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self._stations_tab(), self.tr("Stations"))
        layout.addWidget(self.tabs, 1)
        self.paths: list[Path] = []
        self.results: list[ImportResult] = []
        self.dry_run = True
        self.pending_note = ""  # said with the next summary (a registration)

    def _import_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.setContentsMargins(4, 4, 4, 4)
        intro = QLabel(
            self.tr(
                "Choose the packages on the stick. Each is checked first (a dry run changes "
                "nothing); then press Import."
            )
        )
        intro.setWordWrap(True)
        v.addWidget(intro)
        row = QHBoxLayout()
        self.choose_packages_button = QPushButton(self.tr("Choose packages…"))
        self.choose_packages_button.setObjectName("choosePackages")
        self.choose_packages_button.clicked.connect(self.choose_packages)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        self.register_button = QPushButton(self.tr("Register the station's key…"))
        self.register_button.setObjectName("registerStation")
        self.register_button.setEnabled(False)
        self.register_button.clicked.connect(self.register_selected)
        for w in (self.choose_packages_button, self.import_button, self.register_button):
            row.addWidget(w)
        row.addStretch()
        v.addLayout(row)
        self.import_progress = _progress_bar("importProgress")
        v.addWidget(self.import_progress)
        self.import_state = QLabel()
        self.import_state.setObjectName("importState")
        self.import_state.setWordWrap(True)
        v.addWidget(self.import_state)
        self.summary = readonly_table(
            [
                self.tr("File"),
                self.tr("Station"),
                self.tr("No."),
                self.tr("Result"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Deleted"),
                self.tr("Unchanged"),
                self.tr("Older"),
                self.tr("Conflicts"),
                self.tr("Notes"),
            ],
            "importSummary",
        )
        self.summary.itemSelectionChanged.connect(self._summary_selected)
        v.addWidget(self.summary, 1)
        self.details = QLabel()
        self.details.setObjectName("importDetails")
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(48)
        v.addWidget(self.details)
        return tab

    def _stations_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.setContentsMargins(4, 4, 4, 4)
        self.stations = readonly_table(
            [
                self.tr("Station"),
                self.tr("Name"),
                self.tr("Key fingerprint"),
                self.tr("Last package"),
                self.tr("Written at the station"),
                self.tr("Arrived"),
                self.tr("Missing packages"),
                self.tr("Open conflicts"),
            ],
            "stationsTable",
        )
        self.stations.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        v.addWidget(self.stations, 1)
        self.gap_notes = QLabel()
        self.gap_notes.setObjectName("gapNotes")
        self.gap_notes.setWordWrap(True)
        self.gap_notes.setStyleSheet(ERROR_STYLE)
        v.addWidget(self.gap_notes)
        box = QGroupBox(self.tr("Receipt for the selected station"))
        h = QHBoxLayout(box)
        h.addWidget(QLabel(self.tr("Approve closed months:")))
        self.approve = QLineEdit()
        self.approve.setObjectName("approveMonths")
        self.approve.setPlaceholderText("2026-10, 2026-11")
        h.addWidget(self.approve, 1)
        self.receipt_write_button = QPushButton(self.tr("Write receipt…"))
        self.receipt_write_button.setObjectName("writeReceipt")
        self.receipt_write_button.clicked.connect(self.write_receipt)
        h.addWidget(self.receipt_write_button)
        v.addWidget(box)
        self.receipt_written = QLabel()
        self.receipt_written.setObjectName("receiptWritten")
        self.receipt_written.setWordWrap(True)
        v.addWidget(self.receipt_written)
        return tab

    # ------------------------------------------------------------------ import

    def choose_packages(self) -> bool:
        paths = dialogs.open_files(
            self, self.tr("Packages from the stations"), "", self.tr("Packages (*.stpkg)")
        )
        if not paths:
            return False
        self.paths = [Path(p) for p in paths]
        return self.check_packages()

    def check_packages(self) -> bool:
        """The dry run of the chosen packages: what an import would do, nothing changed."""
        return self._run_import(dry_run=True)

    def import_now(self) -> bool:
        return self._run_import(dry_run=False)

    def _run_import(self, dry_run: bool) -> bool:
        if self.busy or not self.paths:
            return False
        data_dir, actor, paths = self.session.data_dir, self.session.actor, list(self.paths)

        def work(progress: Callable[[int, int], None]) -> list[ImportResult]:
            db = open_db(data_dir)
            try:
                return import_packages(db, actor, paths, dry_run=dry_run, progress=progress)
            finally:
                db.close()

        self._set_import_busy(True, dry_run)
        tasks.run_task(
            work,
            lambda results: self._import_done(results, dry_run),
            self._import_failed,
            lambda done, total: _set_progress(self.import_progress, done, total),
            owner=self,
        )
        return True

    def _set_import_busy(self, busy: bool, dry_run: bool = True) -> None:
        self.busy = busy
        for w in (self.choose_packages_button, self.import_button, self.register_button):
            w.setEnabled(not busy)
        if busy:
            _set_progress(self.import_progress, 0, 1)
            self.import_progress.show()
            self.import_state.setStyleSheet("")
            self.import_state.setText(
                self.tr("Checking the packages…") if dry_run else self.tr("Importing…")
            )

    def _import_done(self, results: list[ImportResult], dry_run: bool) -> None:
        self._set_import_busy(False)
        self.results, self.dry_run = results, dry_run
        self._fill_summary()
        refused = sum(r.status == "refused" for r in results)
        ready = sum(r.status == "imported" for r in results)
        if dry_run:
            text = render(msg("sync_dry_run"), self.lang) + " "
            text += (
                self.tr("Packages ready to import: %1; refused: %2. Press Import to import them.")
                if ready
                else self.tr("Packages ready to import: %1; refused: %2.")
            )
            self.import_button.setEnabled(bool(ready))
        else:
            text = self.tr("Packages imported: %1; refused: %2.")
            self.import_button.setEnabled(False)
            self.refresh()
            self.synced.emit()
        text = text.replace("%1", str(ready)).replace("%2", str(refused))
        if self.pending_note:
            text, self.pending_note = f"{self.pending_note}\n{text}", ""
        self.import_state.setStyleSheet(ERROR_STYLE if refused else "")
        self.import_state.setText(text)
        if results:
            self.summary.selectRow(0)
        self._summary_selected()

    def _import_failed(self, exc: Exception) -> None:
        self._set_import_busy(False)
        self.import_progress.hide()
        self.import_button.setEnabled(False)
        self.import_state.setStyleSheet(ERROR_STYLE)
        self.import_state.setText(self.error_text(exc))

    def result_label(self, r: ImportResult) -> str:
        if r.status == "refused":
            return self.tr("Refused")
        if r.status == "already":
            return self.tr("Already imported")
        return self.tr("Ready to import") if self.dry_run else self.tr("Imported")

    def notes(self, r: ImportResult) -> list[str]:
        """What the user must know about one package, each a line in their language."""
        out = []
        if r.error is not None:
            out.append(r.error.text(self.lang))
        if r.registered:
            if self.dry_run:
                out.append(
                    self.tr(
                        "New station %1: its key (fingerprint %2) will be trusted on import. "
                        "Check the fingerprint with the station by phone."
                    )
                    .replace("%1", r.station)
                    .replace("%2", r.registered)
                )
            else:
                out.append(
                    render(
                        msg("sync_registered_new", station=r.station, fingerprint=r.registered),
                        self.lang,
                    )
                )
        if r.status == "already":
            out.append(
                render(msg("sync_already_imported", at=local_time(r.imported_at)), self.lang)
            )
        if r.total("conflicts"):
            out.append(
                self.tr("Conflicts kept for review: %1 (see the Conflicts tab).").replace(
                    "%1", str(r.total("conflicts"))
                )
            )
        out += [render(n, self.lang) for n in r.notes]
        return out

    def _fill_summary(self) -> None:
        self.summary.setRowCount(len(self.results))
        for row, r in enumerate(self.results):
            counted = r.status in ("imported",)
            numbers = [
                str(r.total(o)) if counted else ""
                for o in ("inserted", "updated", "deleted", "unchanged", "older", "conflicts")
            ]
            notes = self.notes(r)
            values = [
                r.file_name,
                r.station,
                str(r.seq) if r.seq else "",
                self.result_label(r),
                *numbers,
                " ".join(notes),
            ]
            for col, text in enumerate(values):
                cell = item(text, row if col == 0 else None)
                if col == 10:
                    cell.setToolTip("\n".join(notes))
                if r.status == "refused" and col in (3, 10):
                    cell.setForeground(QBrush(QColor("#b00020")))
                self.summary.setItem(row, col, cell)
        self.summary.resizeColumnsToContents()
        header = self.summary.horizontalHeader()
        for col in range(4, 10):  # the counts: narrow, so the notes keep their room
            fit_heading(self.summary, col)
        header.setSectionResizeMode(10, QHeaderView.Stretch)

    def selected_result(self) -> ImportResult | None:
        rows = self.summary.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.results):
            return None
        return self.results[rows[0].row()]

    def _summary_selected(self) -> None:
        r = self.selected_result()
        self.details.setText("\n".join(self.notes(r)) if r else "")
        self.register_button.setEnabled(not self.busy and self._can_register(r))

    @staticmethod
    def _can_register(r: ImportResult | None) -> bool:
        """A package signed by a key the district does not trust yet (new or changed)."""
        if r is None or not r.public_key:
            return False
        changed = r.error is not None and r.error.message.id == "sync_key_changed"
        return bool(r.registered) or changed

    def summary_rows(self) -> list[dict[str, str]]:
        """The summary table as {header: text} per package, for tests and screenshots."""
        headers = [
            self.summary.horizontalHeaderItem(c).text() for c in range(self.summary.columnCount())
        ]
        return [
            {h: self.summary.item(r, c).text() for c, h in enumerate(headers)}
            for r in range(self.summary.rowCount())
        ]

    def register_selected(self) -> bool:
        """Pin the selected package's key for its station, deliberately (register-station)."""
        r = self.selected_result()
        if not self._can_register(r):
            return False
        fp = keys.fingerprint(r.public_key)
        question = (
            self.tr("Register station %1 (%2) with this key fingerprint?")
            .replace("%1", r.station)
            .replace("%2", r.station_info.get("name", ""))
        )
        warning = self.tr(
            "Call the station first and compare the fingerprint digit by digit: whoever "
            "holds this key can send packages in the station's name."
        )
        answer = dialogs.ask_yes_no(
            self, self.tr("Register the station's key"), f"{question}\n\n{fp}\n\n{warning}"
        )
        if answer is not dialogs.Answer.YES:
            return False
        try:
            register_station(
                self.session.db,
                self.session.actor,
                r.station,
                r.public_key,
                details=r.station_info,
            )
        except ServiceError as exc:
            self.details.setText(self.error_text(exc))
            return False
        self.refresh_stations()
        self.pending_note = (
            self.tr("Station %1 registered; key fingerprint %2.")
            .replace("%1", r.station)
            .replace("%2", fp)
        )
        self.check_packages()  # the summary follows the new registration
        return True

    # ---------------------------------------------------------------- stations

    def refresh_stations(self) -> None:
        rows = state.list_stations(self.session.db)
        self.station_rows = rows
        self.stations.setRowCount(len(rows))
        uncovered: list[str] = []
        for row, s in enumerate(rows):
            fp = (
                keys.fingerprint(s["public_key"])
                if s["public_key"]
                else self.tr("(no key: the next package is trusted)")
            )
            missing = ", ".join(map(str, s["missing"]))
            values = [
                s["code"],
                s["name"],
                fp,
                str(s["last_seq"]) if s["last_seq"] is not None else "",
                local_time(s["last_package_created_at"]),
                local_time(s["last_import_at"]),
                missing,
                str(s["open_conflicts"]),
            ]
            for col, text in enumerate(values):
                cell = item(text, s["code"] if col == 0 else None)
                if (col == 6 and missing) or (col == 7 and s["open_conflicts"]):
                    cell.setBackground(QBrush(GAP_COLOR))
                    cell.setForeground(QBrush(QColor("#000000")))
                self.stations.setItem(row, col, cell)
            if s["uncovered"]:
                uncovered.append(render(msg("sync_gap_uncovered", station=s["code"]), self.lang))
        self.stations.resizeColumnsToContents()
        header = self.stations.horizontalHeader()
        for col in (3, 4, 5, 6, 7):  # narrow, so the station's name keeps its room
            fit_heading(self.stations, col)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        if rows and not self.stations.selectionModel().selectedRows():
            self.stations.selectRow(0)
        self.gap_notes.setText("\n".join(uncovered))

    def station_table_rows(self) -> list[dict[str, str]]:
        headers = [
            self.stations.horizontalHeaderItem(c).text() for c in range(self.stations.columnCount())
        ]
        return [
            {h: self.stations.item(r, c).text() for c, h in enumerate(headers)}
            for r in range(self.stations.rowCount())
        ]

    def write_receipt(self) -> bool:
        """Write a signed receipt for the selected station into a chosen folder."""
        rows = self.stations.selectionModel().selectedRows()
        if not rows:
            self._receipt_written(self.tr("Choose a station first."), error=True)
            return False
        code = self.station_rows[rows[0].row()]["code"]
        folder = dialogs.choose_dir(self, self.tr("Where to write the receipt"), "")
        if not folder:
            return False
        months = [m for m in self.approve.text().replace(",", " ").split() if m]
        try:
            result = make_receipt(
                self.session.db,
                self.session.actor,
                self.session.data_dir,
                code,
                Path(folder),
                approve=months,
            )
        except (ServiceError, OSError) as exc:
            self._receipt_written(self.error_text(exc), error=True)
            return False
        self.approve.clear()
        self._receipt_written(
            self.tr("Receipt written: %1 (packages: %2; months approved: %3).")
            .replace("%1", str(result.path))
            .replace("%2", str(result.packages))
            .replace("%3", ", ".join(result.approvals) or self.tr("none"))
        )
        return True

    def _receipt_written(self, text: str, error: bool = False) -> None:
        self.receipt_written.setStyleSheet(ERROR_STYLE if error else "")
        self.receipt_written.setText(text)

    # --------------------------------------------------------------- conflicts

    def _conflict_resolved(self) -> None:
        self.refresh_stations()
        self._update_conflicts_tab()
        self.synced.emit()

    def _update_conflicts_tab(self) -> None:
        n = sum(1 for c in self.conflicts.conflicts if c["resolution"] is None)
        title = self.tr("Conflicts (%1)").replace("%1", str(n)) if n else self.tr("Conflicts")
        self.tabs.setTabText(1, title)
