"""Settings: deadlines, reference lists, language and backups, one tab each.

Who may change what (the services check it too; the page only explains it up front):

* Deadlines and reference lists are station-wide: the chief or an administrator changes
  them. An officer sees them read-only with a note saying why; if a change is attempted
  anyway, the service's refusal is shown beside the Save button.
* Language: anyone may switch the window's language. For the chief or an administrator
  the choice is also saved as the station's language (the one the login screen and the
  next session start with); an officer's choice applies to this session only, because
  the station setting is the chief's. Switching emits ``language_changed`` and the main
  window rebuilds its pages (this page included).
* Backups: anyone may make a backup (now, or into a chosen folder such as a USB stick).
  Restoring replaces every record, so only the chief or an administrator may do it.
  The restore runs in a pool thread (the live connection is left alone), then the user
  is told that Station App will close and must be started again, and
  ``restart_required`` is emitted; the page answers it by quitting the application on
  the next turn of the event loop (``QApplication.quit``), so no window keeps working on
  data that has just been replaced.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import paths
from station_app.gui import dialogs, i18n, tasks
from station_app.gui.session import Session
from station_app.services import maintenance, reference
from station_app.services import settings as settings_service
from station_app.services.errors import ServiceError, ValidationError
from station_app.services.records import ListQuery
from station_app.store import backup, open_db, schema

OK_STYLE = "color: #1b6e3a;"
ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #52606d;"


def _quit_app() -> None:
    """Quit on the next turn of the event loop (tests replace this)."""
    QTimer.singleShot(0, QApplication.quit)


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def _show(label: QLabel, text: str, *, ok: bool) -> None:
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setText(text)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: Any, data: Any = None, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if data is not None:
        item.setData(Qt.UserRole, data)
    if right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


# --------------------------------------------------------------------------- deadlines


class DeadlinesTab(QWidget):
    """The answer period (calendar or working days) and the longest extension."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.period = QSpinBox()
        self.period.setObjectName("answerPeriodDays")
        self.period.setRange(1, 90)
        self.period.setSuffix(self.tr(" days"))
        self.unit = QComboBox()
        self.unit.setObjectName("answerPeriodUnit")
        self.unit.addItem(self.tr("calendar days"), "calendar")
        self.unit.addItem(
            self.tr("working days (Monday–Friday, without public holidays)"), "working"
        )
        self.extension = QSpinBox()
        self.extension.setObjectName("extensionMaxDays")
        self.extension.setRange(1, 365)
        self.extension.setSuffix(self.tr(" days after receipt"))
        form.addRow(self.tr("Answer period:"), self.period)
        form.addRow(self.tr("Counted in:"), self.unit)
        form.addRow(self.tr("Longest extension:"), self.extension)
        box = QGroupBox(self.tr("Deadline for answering a complaint"))
        box.setLayout(form)
        for w in (self.period, self.extension):
            w.setMinimumWidth(220)
        layout.addWidget(box)
        layout.addWidget(
            _note(
                self.tr(
                    "The answer is due on the date the complaint was received plus the answer "
                    "period. An extension, with its reason, may move the deadline up to the date "
                    "received plus the longest extension. Changes apply to complaints registered "
                    "from now on; deadlines already set stay as they are."
                )
            )
        )
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveDeadlines")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.message = _message_label("deadlinesMessage")
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addStretch()
        if not session.actor.is_manager:
            for w in (self.period, self.unit, self.extension, self.save_button):
                w.setEnabled(False)
            self.message.setStyleSheet(NOTE_STYLE)
            self.message.setText(
                self.tr("Only the station chief or an administrator can change the deadlines.")
            )

    def refresh(self) -> None:
        conf = settings_service.get_all(self.session.db)
        self.period.setValue(int(conf["answer_period_days"]))
        self.unit.setCurrentIndex(max(0, self.unit.findData(conf["answer_period_unit"])))
        self.extension.setValue(int(conf["extension_max_days"]))

    def values(self) -> dict[str, Any]:
        return {
            "answer_period_days": self.period.value(),
            "answer_period_unit": self.unit.currentData(),
            "extension_max_days": self.extension.value(),
        }

    def save(self) -> bool:
        values = self.values()
        # Working days cover at least 7/5 as many calendar days.
        shortest = values["answer_period_days"]
        if values["answer_period_unit"] == "working":
            shortest = math.ceil(shortest * 7 / 5)
        if values["extension_max_days"] < shortest:
            _show(
                self.message,
                self.tr(
                    "The longest extension (%1 days) must reach beyond the answer period (at least "
                    "%2 days)."
                )
                .replace("%1", str(values["extension_max_days"]))
                .replace("%2", str(shortest)),
                ok=False,
            )
            return False
        try:
            settings_service.set_many(self.session.db, self.session.actor, values)
        except ServiceError as exc:
            _show(self.message, exc.text(self.session.lang), ok=False)
            return False
        _show(self.message, self.tr("Saved. New complaints get the new deadlines."), ok=True)
        return True


# ---------------------------------------------------------------------- reference lists


@dataclass(frozen=True)
class RefList:
    key: str  # "settlements", "partners", or a coded list's name
    title: str
    fixed: bool = False  # codes built into the app: labels may change, no new codes


class ReferenceTab(QWidget):
    """Settlements, partners and the coded lists, each with ky / ru / en names."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.editing: dict[str, Any] | None = None  # the row being edited; None = new
        self.lists = [
            RefList("settlements", self.tr("Settlements served")),
            RefList("partners", self.tr("Partners")),
            RefList("complaint_category", self.tr("Complaint categories")),
            RefList("channel", self.tr("How complaints arrive")),
            RefList("theme", self.tr("Themes")),
            RefList("meeting_kind", self.tr("Kinds of meeting")),
            RefList("activity_kind", self.tr("Kinds of activity")),
            RefList("partner_kind", self.tr("Kinds of partner")),
            RefList("settlement_kind", self.tr("Kinds of settlement")),
            RefList("funding_source", self.tr("Funding sources")),
            RefList("age_group", self.tr("Age groups")),
            RefList("complaint_status", self.tr("Complaint statuses"), fixed=True),
            RefList("plan_item_status", self.tr("Plan item statuses"), fixed=True),
            RefList("sex", self.tr("Sex"), fixed=True),
            RefList("role", self.tr("User roles"), fixed=True),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("List:")))
        self.chooser = QComboBox()
        self.chooser.setObjectName("refListChooser")
        for ref in self.lists:
            self.chooser.addItem(ref.title, ref.key)
        self.chooser.setMinimumContentsLength(24)
        self.chooser.currentIndexChanged.connect(self._list_chosen)
        top.addWidget(self.chooser)
        self.list_note = _note()
        top.addWidget(self.list_note, 1)
        layout.addLayout(top)

        body = QHBoxLayout()
        self.table = _table("refTable", [])
        self.table.itemSelectionChanged.connect(self._row_chosen)
        body.addWidget(self.table, 3)

        self.form_box = QGroupBox()
        self.form_box.setMinimumWidth(330)
        self.form_box.setMaximumWidth(420)
        form = QFormLayout(self.form_box)
        self.form = form
        self.code = QLineEdit()
        self.code.setObjectName("refCode")
        self.code.setPlaceholderText(self.tr("e.g. cattle_theft"))
        self.kind = QComboBox()
        self.kind.setObjectName("refKind")
        self.names = {lang: QLineEdit() for lang in ("ky", "ru", "en")}
        for lang, edit in self.names.items():
            edit.setObjectName(f"refName_{lang}")
        self.population = QLineEdit()
        self.population.setObjectName("refPopulation")
        self.contact = QLineEdit()
        self.contact.setObjectName("refContact")
        self.active = QCheckBox(self.tr("in use"))
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Кыргызча:"), self.names["ky"])
        form.addRow(self.tr("Русский:"), self.names["ru"])
        form.addRow(self.tr("English:"), self.names["en"])
        form.addRow(self.tr("Population:"), self.population)
        form.addRow(self.tr("Contact:"), self.contact)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setObjectName("refNew")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("refSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        form.addRow(buttons)
        self.message = _message_label("refMessage")
        form.addRow(self.message)
        body.addWidget(self.form_box, 2)
        layout.addLayout(body, 1)
        if not session.actor.is_manager:
            self.form_box.setEnabled(False)
            self.message.setEnabled(True)
            layout.addWidget(
                _note(
                    self.tr(
                        "Only the station chief or an administrator can change the reference lists."
                    )
                )
            )
        self._list_chosen()

    # ------------------------------------------------------------------ state

    @property
    def current(self) -> RefList:
        return self.lists[max(0, self.chooser.currentIndex())]

    def choose_list(self, key: str) -> None:
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(key)))

    def refresh(self) -> None:
        self._load_table()

    def _list_chosen(self) -> None:
        ref = self.current
        records = ref.key in ("settlements", "partners")
        f = self.form
        f.setRowVisible(self.code, not records)
        f.setRowVisible(self.kind, records)
        f.setRowVisible(self.population, ref.key == "settlements")
        f.setRowVisible(self.contact, ref.key == "partners")
        if records:
            kinds = "settlement_kind" if ref.key == "settlements" else "partner_kind"
            self.kind.clear()
            for code, label in self.session.labels(kinds).items():
                self.kind.addItem(label, code)
        self.list_note.setText(
            self.tr(
                "The codes of this list are built into Station App: their names can be "
                "corrected, but no codes can be added."
            )
            if ref.fixed
            else ""
        )
        self.new_button.setEnabled(not ref.fixed)
        self._load_table()
        self.start_new()

    def _load_table(self) -> None:
        ref = self.current
        db = self.session.db
        names = [self.tr("Кыргызча"), self.tr("Русский"), self.tr("English")]
        if ref.key in ("settlements", "partners"):
            service = reference.settlements if ref.key == "settlements" else reference.partners
            rows = service.list_(db, ListQuery(limit=None, descending=False))
            extra = self.tr("Population") if ref.key == "settlements" else self.tr("Contact")
            headers = [self.tr("Kind"), *names, extra]
            kinds = "settlement_kind" if ref.key == "settlements" else "partner_kind"
            cells = [
                [
                    self.session.label(kinds, r["kind"]),
                    r["name_ky"],
                    r["name_ru"],
                    r["name_en"],
                    r["population"] if ref.key == "settlements" else r["contact"],
                ]
                for r in rows
            ]
        else:
            rows = reference.ref_items(db, ref.key)
            headers = [self.tr("Code"), *names]
            cells = [[r["code"], r["label_ky"], r["label_ru"], r["label_en"]] for r in rows]
        self.rows = rows
        table = self.table
        table.blockSignals(True)
        table.clearContents()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for i, values in enumerate(cells):
            for j, value in enumerate(values):
                item = _cell(value, i, right=isinstance(value, int))
                item.setToolTip(item.text())
                table.setItem(i, j, item)
        table.blockSignals(False)
        header = table.horizontalHeader()
        for j in range(len(headers) - 1):
            header.setSectionResizeMode(j, QHeaderView.Interactive)
            header.resizeSection(j, max(90, min(220, table.sizeHintForColumn(j) + 16)))

    def _row_chosen(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        row = self.rows[selected[0].row()]
        self.editing = row
        self.message.clear()
        if self.current.key in ("settlements", "partners"):
            self.kind.setCurrentIndex(max(0, self.kind.findData(row["kind"])))
            for lang, edit in self.names.items():
                edit.setText(row[f"name_{lang}"] or "")
            self.population.setText("" if row.get("population") is None else str(row["population"]))
            self.contact.setText(row.get("contact") or "")
        else:
            self.code.setText(row["code"])
            for lang, edit in self.names.items():
                edit.setText(row[f"label_{lang}"] or "")
        for edit in (*self.names.values(), self.contact):
            edit.setCursorPosition(0)
        self.code.setReadOnly(True)
        self.form_box.setTitle(self.tr("Edit the selected entry"))

    def select_row(self, index: int) -> None:
        self.table.selectRow(index)

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        for w in (self.code, self.population, self.contact, *self.names.values()):
            w.clear()
        self.code.setReadOnly(False)
        self.kind.setCurrentIndex(0)
        self.message.clear()
        self.form_box.setTitle(
            self.tr("New entry")
            if not self.current.fixed
            else self.tr("Choose an entry to correct its names")
        )

    # ------------------------------------------------------------------- save

    def _field_names(self) -> dict[str, str]:
        names = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
        out = {
            "code": self.tr("Code"),
            "kind": self.tr("Kind"),
            "population": self.tr("Population"),
            "contact": self.tr("Contact"),
        }
        for lang, name in names.items():
            out[f"name.{lang}"] = name
            out[f"label.{lang}"] = name
        return out

    def save(self) -> bool:
        ref = self.current
        db, actor = self.session.db, self.session.actor
        names = {lang: edit.text() for lang, edit in self.names.items()}
        try:
            if ref.key in ("settlements", "partners"):
                service = reference.settlements if ref.key == "settlements" else reference.partners
                data: dict[str, Any] = {"kind": self.kind.currentData(), "name": names}
                if ref.key == "settlements":
                    data["population"] = self.population.text().strip() or None
                else:
                    data["contact"] = self.contact.text() or None
                if self.editing is None:
                    saved = service.create(db, actor, data)
                else:
                    saved = service.update(
                        db,
                        actor,
                        self.editing["uuid"],
                        data,
                        expected_revision=self.editing["revision"],
                    )
                key, value = "uuid", saved["uuid"]
            else:
                if self.editing is None and ref.fixed:
                    _show(self.message, self.tr("Choose an entry first."), ok=False)
                    return False
                code = self.editing["code"] if self.editing else self.code.text().strip()
                active = bool(self.editing["active"]) if self.editing else True
                reference.save_ref_item(db, actor, ref.key, code, names, active=active)
                key, value = "code", code
        except ValidationError as exc:
            fields = self._field_names()
            _show(
                self.message,
                "\n".join(
                    f"{fields.get(path, path)}: {m.render(self.session.lang)}"
                    for path, m in exc.errors.items()
                ),
                ok=False,
            )
            return False
        except ServiceError as exc:
            _show(self.message, exc.text(self.session.lang), ok=False)
            return False
        self.session.forget_cached()
        self._load_table()
        for i, row in enumerate(self.rows):
            if row[key] == value:
                self.table.selectRow(i)
                break
        _show(self.message, self.tr("Saved."), ok=True)
        self.changed.emit()
        return True


# ------------------------------------------------------------------------- language


class LanguageTab(QWidget):
    """The window's language; for a chief or administrator also the station's."""

    chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language:")))
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(session.lang)))
        row.addWidget(self.combo)
        self.apply_button = QPushButton(self.tr("Use this language"))
        self.apply_button.setObjectName("applyLanguage")
        self.apply_button.clicked.connect(lambda: self.chosen.emit(self.combo.currentData()))
        row.addWidget(self.apply_button)
        row.addStretch()
        layout.addLayout(row)
        if session.actor.is_manager:
            text = self.tr(
                "The language is saved for the whole station: the login screen and "
                "the next sessions start in it."
            )
        else:
            text = self.tr(
                "Your choice applies until you log out. Only the station chief can "
                "change the station's language (the one the login screen uses)."
            )
        layout.addWidget(_note(text))
        self.message = _message_label("languageMessage")
        layout.addWidget(self.message)
        layout.addStretch()


# -------------------------------------------------------------------------- backups


def _when(path: Path) -> str:
    """The local time a backup was made (from its UTC name; else the file's time)."""
    try:
        stamp = path.name[len(backup.PREFIX) : len(backup.PREFIX) + 15]
        made = datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC).astimezone()
    except ValueError:
        made = datetime.fromtimestamp(path.stat().st_mtime)
    return made.strftime("%Y-%m-%d %H:%M")


def _size(n: int) -> str:
    """A file size in the window's language (1,5 МБ in Russian and Kyrgyz)."""
    locale = QLocale()
    if n >= 104_858:
        return QCoreApplication.translate("BackupsTab", "%1 MB").replace(
            "%1", locale.toString(n / 1_048_576, "f", 1)
        )
    return QCoreApplication.translate("BackupsTab", "%1 KB").replace(
        "%1", locale.toString(max(1, n // 1024))
    )


def _inspect_all(folder: Path) -> list[dict[str, Any]]:
    """Each backup in ``folder``, newest first, checked and counted (runs in a pool thread)."""
    out = []
    for path in backup.list_backups(folder):
        row: dict[str, Any] = {
            "path": path,
            "when": _when(path),
            "size": path.stat().st_size,
            "records": None,
            "schema": None,
            "problem": None,
        }
        try:
            info = backup.inspect(path)
            row["records"], row["schema"] = info.records, info.schema_version
        except Exception as exc:  # a damaged or unreadable file is listed with its problem
            row["problem"] = str(exc)
        else:
            row["problem"] = _too_new(info.schema_version)
        out.append(row)
    return out


class BackupsTab(QWidget):
    """Back up now, back up to a folder or USB stick, list the backups, restore one."""

    backed_up = Signal()
    restored = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.loading = False
        self._stale = False
        self.backups: list[dict[str, Any]] = []
        self.last_backup: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.folder_button = QPushButton(self.tr("Back up to folder / USB stick…"))
        self.folder_button.setObjectName("backupToFolder")
        self.folder_button.clicked.connect(self.backup_to_folder)
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"))
        self.restore_file_button.setObjectName("restoreFromFile")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        for b in (
            self.backup_button,
            self.folder_button,
            self.restore_button,
            self.restore_file_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch()
        layout.addLayout(buttons)
        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.setRange(0, 0)  # busy indicator: a backup has no useful percentage
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.progress.hide()
        status.addWidget(self.progress)
        self.message = _message_label("backupMessage")
        status.addWidget(self.message, 1)
        layout.addLayout(status)
        self.table = _table(
            "backupTable",
            [
                self.tr("Made"),
                self.tr("Size"),
                self.tr("Complaints"),
                self.tr("Meetings"),
                self.tr("Activities"),
                self.tr("Plans"),
                self.tr("Check"),
                self.tr("Data version"),
            ],
        )
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_automatic())
        self.note = _note()
        layout.addWidget(self.note)
        if not session.actor.is_manager:
            self.restore_button.setEnabled(False)
            self.restore_file_button.setEnabled(False)
        self._update_note()

    def _build_automatic(self) -> QGroupBox:
        """Automatic backups: how often and how many are kept (the chief's settings)."""
        box = QGroupBox(self.tr("Automatic backups"))
        row = QHBoxLayout(box)
        conf = settings_service.get_all(self.session.db)
        low, high = settings_service.RANGES["backup_every_hours"]
        self.every_hours = QSpinBox()
        self.every_hours.setObjectName("backupEveryHours")
        self.every_hours.setRange(low, high)
        self.every_hours.setSpecialValueText(self.tr("only at start and exit"))
        self.every_hours.setSuffix(self.tr(" h"))
        self.every_hours.setValue(int(conf["backup_every_hours"]))
        low, high = settings_service.RANGES["backup_keep"]
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(low, high)
        self.keep.setValue(int(conf["backup_keep"]))
        self.save_auto_button = QPushButton(self.tr("Save"))
        self.save_auto_button.setObjectName("saveBackupSettings")
        self.save_auto_button.clicked.connect(self.save_automatic)
        row.addWidget(QLabel(self.tr("At start, at exit and every")))
        row.addWidget(self.every_hours)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Backups kept:")))
        row.addWidget(self.keep)
        row.addWidget(self.save_auto_button)
        self.auto_message = _message_label("backupSettingsMessage")
        row.addWidget(self.auto_message, 1)
        if not self.session.actor.is_manager:
            for w in (self.every_hours, self.keep, self.save_auto_button):
                w.setEnabled(False)
        return box

    def _update_note(self) -> None:
        text = (
            self.tr(
                "Backups are kept in %1; the newest %2 are kept, older ones are removed. "
                "An automatic backup is made only when something changed since the last one. "
                "Restoring replaces all the data with the backup's; a safety copy of the current "
                "data is made first."
            )
            .replace("%1", str(paths.backups_dir(self.session.data_dir)))
            .replace("%2", str(settings_service.get(self.session.db, "backup_keep")))
        )
        if not self.session.actor.is_manager:
            text += " " + self.tr("Only the station chief or an administrator can restore.")
        self.note.setText(text)

    def save_automatic(self) -> bool:
        values = {"backup_every_hours": self.every_hours.value(), "backup_keep": self.keep.value()}
        try:
            settings_service.set_many(self.session.db, self.session.actor, values)
        except ValidationError as exc:
            _show(self.auto_message, exc.summary(self.session.lang), ok=False)
            return False
        except ServiceError as exc:
            _show(self.auto_message, exc.text(self.session.lang), ok=False)
            return False
        _show(self.auto_message, self.tr("Saved."), ok=True)
        self._update_note()
        return True

    # --------------------------------------------------------------- listing

    def refresh(self) -> None:
        """List the backups; each is checked and counted in a pool thread."""
        if self.loading:
            self._stale = True  # list again when the running listing is in
            return
        self.loading = True
        self._stale = False
        folder = paths.backups_dir(self.session.data_dir)
        tasks.run_task(
            lambda _progress: _inspect_all(folder), self._listed, self._list_failed, owner=self
        )

    def _listed(self, rows: list[dict[str, Any]]) -> None:
        self.loading = False
        if self._stale:
            self.refresh()
        self.backups = rows
        t = self.table
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            rec = r["records"] or {}
            label = r["path"].stem.split("-", 4)[4] if r["path"].stem.count("-") >= 4 else ""
            when = r["when"] + (f" ({self._label_text(label)})" if label else "")
            t.setItem(i, 0, _cell(when, i))
            t.setItem(i, 1, _cell(_size(r["size"]), right=True))
            for j, table in enumerate(("complaints", "meetings", "activities", "plans"), 2):
                count = rec.get(table) if rec else None
                t.setItem(
                    i, j, _cell("" if count is None else QLocale().toString(count), right=True)
                )
            check = _cell(self.tr("OK") if r["problem"] is None else r["problem"])
            if r["problem"]:
                check.setForeground(QBrush(QColor("#b00020")))
            t.setItem(i, 6, check)
            t.setItem(i, 7, _cell("" if r["schema"] is None else r["schema"], right=True))
        header = t.horizontalHeader()
        for j in range(7):
            header.resizeSection(
                j, max(90, t.sizeHintForColumn(j) + 20, header.sectionSizeHint(j) + 8)
            )
        if rows:
            t.selectRow(0)
        elif not self.busy and not self.message.text():
            self.message.setStyleSheet(NOTE_STYLE)
            self.message.setText(self.tr("No backups yet. Press “Back up now”."))

    def _label_text(self, label: str) -> str:
        if label == "before-restore":
            return self.tr("safety copy before a restore")
        if label.startswith("pre-migrate"):
            return self.tr("before an upgrade")
        return label

    def _list_failed(self, exc: Exception) -> None:
        self.loading = False
        _show(self.message, str(exc), ok=False)

    # ---------------------------------------------------------------- backup

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        manager = self.session.actor.is_manager
        self.backup_button.setEnabled(not busy)
        self.folder_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and manager)
        self.restore_file_button.setEnabled(not busy and manager)
        if text:
            self.message.setStyleSheet(NOTE_STYLE)
            self.message.setText(text)

    def backup_now(self, out_dir: Path | None = None) -> None:
        """Make a verified backup in a pool thread (it opens its own connection)."""
        if self.busy:
            return
        data_dir = self.session.data_dir

        def work(_progress):
            db = open_db(data_dir)
            try:
                return maintenance.make_backup(db, data_dir, out_dir)
            finally:
                db.close()

        self._set_busy(True, self.tr("Making a backup…"))
        tasks.run_task(work, self._backup_done, self._backup_failed, owner=self)

    def backup_to_folder(self) -> None:
        folder = dialogs.choose_dir(self, self.tr("Back up to folder / USB stick"))
        if folder:
            self.backup_now(Path(folder))

    def _backup_done(self, path: Path) -> None:
        self._set_busy(False)
        self.last_backup = Path(path)
        _show(
            self.message, self.tr("Backup made and checked: %1").replace("%1", str(path)), ok=True
        )
        self.backed_up.emit()
        self.refresh()

    def _backup_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        _show(self.message, self.tr("The backup failed: %1").replace("%1", str(exc)), ok=False)

    # --------------------------------------------------------------- restore

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            _show(self.message, self.tr("Choose a backup in the list first."), ok=False)
            return
        self._confirm_restore(self.backups[rows[0].row()])

    def restore_from_file(self) -> None:
        file = dialogs.open_file(
            self,
            self.tr("Restore from a file"),
            "",
            self.tr("Station App backups (*.sqlite3);;All files (*)"),
        )
        if not file:
            return
        path = Path(file)

        def work(_progress):
            return _inspect_one(path)

        self._set_busy(True, self.tr("Checking the file…"))
        tasks.run_task(work, self._file_checked, self._backup_failed, owner=self)

    def _file_checked(self, row: dict[str, Any]) -> None:
        self._set_busy(False)
        self.message.clear()
        self._confirm_restore(row)

    def _confirm_restore(self, row: dict[str, Any]) -> None:
        if self.busy:
            return
        if not self.session.actor.is_manager:
            _show(
                self.message,
                self.tr("Only the station chief or an administrator can restore."),
                ok=False,
            )
            return
        if row["problem"]:
            dialogs.warning(
                self,
                self.tr("Restore"),
                self.tr("This backup cannot be restored:\n%1").replace("%1", row["problem"]),
            )
            return
        rec = row["records"]
        now = self._current_counts()
        counts = self.tr("%1 complaints, %2 meetings, %3 activities, %4 plans")
        text = (
            self.tr(
                "Restore the backup made on %1?\n"
                "File: %5 (%6, data version %7).\n\n"
                "The backup holds: %2.\n"
                "The database now holds: %3.\n\n"
                "All the data in the database will be replaced by the backup's: everything "
                "entered after the backup was made disappears from the window. The current "
                "database file is kept aside first, as a safety copy in %4.\n\n"
                "Station App will close after the restore; start it again."
            )
            .replace("%1", row["when"])
            .replace("%2", _fill(counts, rec))
            .replace("%3", _fill(counts, now))
            .replace("%4", str(paths.backups_dir(self.session.data_dir)))
            .replace("%5", str(row["path"]))
            .replace("%6", _size(row["size"]))
            .replace("%7", str(row["schema"]))
        )
        answer = dialogs.ask_yes_no(self, self.tr("Restore a backup"), text)
        if answer != dialogs.Answer.YES:
            return
        data_dir, file = self.session.data_dir, row["path"]
        self._set_busy(True, self.tr("Restoring…"))
        tasks.run_task(
            lambda _progress: maintenance.restore(data_dir, file),
            self._restored,
            self._restore_failed,
            owner=self,
        )

    def _current_counts(self) -> dict[str, int]:
        row = self.session.db.execute(
            "SELECT (SELECT count(*) FROM complaints), (SELECT count(*) FROM meetings),"
            " (SELECT count(*) FROM activities), (SELECT count(*) FROM plans)"
        ).fetchone()
        return dict(zip(("complaints", "meetings", "activities", "plans"), row, strict=True))

    def _restored(self, safety: Path | None) -> None:
        self._set_busy(False)
        text = self.tr("The backup has been restored.")
        if safety:
            text += "\n" + self.tr("The data it replaced was saved as %1.").replace(
                "%1", str(safety)
            )
        text += "\n\n" + self.tr("Station App will now close. Start it again to continue.")
        _show(self.message, text, ok=True)
        dialogs.info(self, self.tr("Restore a backup"), text)
        self.restored.emit()

    def _restore_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        text = self.tr("The restore failed; the data was not changed: %1").replace("%1", str(exc))
        _show(self.message, text, ok=False)
        dialogs.error(self, self.tr("Restore a backup"), text)


def _inspect_one(path: Path) -> dict[str, Any]:
    row: dict[str, Any] = {
        "path": path,
        "when": _when(path) if path.exists() else path.name,
        "size": path.stat().st_size if path.exists() else 0,
        "records": None,
        "schema": None,
        "problem": None,
    }
    try:
        info = backup.inspect(path)
        row["records"], row["schema"] = info.records, info.schema_version
    except Exception as exc:  # shown to the user instead of restoring
        row["problem"] = str(exc)
    else:
        row["problem"] = _too_new(info.schema_version)
    return row


def _too_new(version: int) -> str | None:
    if version > schema.LATEST_VERSION:
        return QCoreApplication.translate(
            "BackupsTab", "made by a newer version of Station App (data version %1)"
        ).replace("%1", str(version))
    return None


def _fill(template: str, counts: dict[str, int]) -> str:
    return (
        template.replace("%1", str(counts.get("complaints", 0)))
        .replace("%2", str(counts.get("meetings", 0)))
        .replace("%3", str(counts.get("activities", 0)))
        .replace("%4", str(counts.get("plans", 0)))
    )


# ----------------------------------------------------------------------------- page


class SettingsPage(QWidget):
    """Deadlines, reference lists, language and backups (see the module docstring)."""

    language_changed = Signal()
    backups_changed = Signal()
    restart_required = Signal()
    reference_changed = Signal()  # a reference list was edited (list filters may refresh)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("settings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = QLabel("<h2>" + self.tr("Settings") + "</h2>")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.deadlines = DeadlinesTab(session)
        self.reference = ReferenceTab(session)
        self.language = LanguageTab(session)
        self.backups = BackupsTab(session)
        self.tabs.addTab(self.deadlines, self.tr("Deadlines"))
        self.tabs.addTab(self.reference, self.tr("Reference lists"))
        self.tabs.addTab(self.language, self.tr("Language"))
        self.tabs.addTab(self.backups, self.tr("Backups"))
        layout.addWidget(self.tabs, 1)
        self.language.chosen.connect(self.set_language)
        self.backups.backed_up.connect(self.backups_changed)
        self.reference.changed.connect(self.reference_changed)
        self.backups.restored.connect(self.restart_required)
        self.restart_required.connect(_quit_app_later)
        self.deadlines.refresh()

    def refresh(self) -> None:
        self.deadlines.refresh()
        self.reference.refresh()
        self.backups.refresh()

    def set_language(self, code: str) -> None:
        """Switch the window's language (and, for a chief, the station's); see the module
        docstring. The main window rebuilds its pages on ``language_changed``."""
        if code not in i18n.LANGUAGES:
            return
        if self.session.actor.is_manager:
            try:
                settings_service.set_many(self.session.db, self.session.actor, {"language": code})
            except ServiceError as exc:
                _show(self.language.message, exc.text(self.session.lang), ok=False)
                return
        self.session.lang = code
        self.session.forget_cached()
        i18n.install_translators(QApplication.instance(), code)
        self.language_changed.emit()


def _quit_app_later() -> None:
    _quit_app()
