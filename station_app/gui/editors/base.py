"""The editor every record kind shares: a Designer form bound to the record's public shape.

A subclass names its form and binds each field path (``attendance.men``) to a widget of
the form. The base class then gives every editor the same behaviour: values in and out,
an inline message beside each field from the service's ValidationError, Save enabled only
when something changed, a prompt before closing with unsaved changes, Ctrl+S / Esc, and
no double records from a double-clicked Save.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import clock
from station_app.gui import dialogs, forms
from station_app.gui.session import Session
from station_app.messages import Msg
from station_app.services.errors import ServiceError, ValidationError

NULL_DATE = QDate(1999, 12, 31)  # the "no date" value of an optional QDateEdit
ERROR_STYLE = "color: #b00020;"


# ------------------------------------------------------------------ widget adapters


class _BlankDateTyping(QObject):
    """Lets a blank optional date take typing: the first digit fills in today's date, all
    selected, so the typed date replaces it; Delete or Backspace over the whole (selected)
    date makes it blank again. Without this, Qt drops what is typed over the blank value."""

    def eventFilter(self, edit, event) -> bool:
        if event.type() != QEvent.KeyPress:
            return False
        if edit.date() == NULL_DATE and event.text().isdigit():
            edit.setDate(QDate(clock.today()))
            edit.selectAll()
        elif (
            event.key() in (Qt.Key_Delete, Qt.Key_Backspace)
            and edit.date() != NULL_DATE
            and edit.lineEdit().selectedText() == edit.text()
        ):
            edit.setDate(NULL_DATE)
            return True
        return False


def setup_date_edit(edit: QDateEdit, *, optional: bool) -> None:
    """Calendar popup, ISO display; an optional date shows blank at its minimum."""
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(NULL_DATE)
        edit.setSpecialValueText(" ")
        edit.setDate(NULL_DATE)
        edit.installEventFilter(_BlankDateTyping(edit))
    else:
        edit.setMinimumDate(QDate(2000, 1, 1))


def plain_text(widget: QPlainTextEdit) -> str:
    """The text as typed or pasted. ``toPlainText()`` turns no-break spaces into plain
    spaces (so '10 000 som' would lose its no-break space); the raw text keeps them and
    marks line ends with the Unicode paragraph separator."""
    return widget.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def fill_combo(combo: QComboBox, items: dict[str, str], *, blank: str | None = None) -> None:
    """Fill a combo with code -> label; ``blank`` adds a first 'none' entry."""
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for code, label in items.items():
        combo.addItem(label, code)
    combo.blockSignals(False)


def fill_checklist(widget: QListWidget, items: dict[str, str]) -> None:
    widget.clear()
    for code, label in items.items():
        item = QListWidgetItem(label)
        item.setData(Qt.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Unchecked)
        widget.addItem(item)


def reveal(widget: QWidget) -> None:
    """Bring forward every tab page that holds ``widget`` (an error on a hidden tab)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for i in range(parent.count()):
                page = parent.widget(i)
                if page is widget or page.isAncestorOf(widget):
                    parent.setCurrentIndex(i)
                    break
        parent = parent.parentWidget()


def get_value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text() or None
    if isinstance(widget, QPlainTextEdit):
        return plain_text(widget) or None
    if isinstance(widget, QDateEdit):
        d = widget.date()
        return None if d == NULL_DATE else d.toString("yyyy-MM-dd")
    if isinstance(widget, QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QListWidget):
        return [
            widget.item(i).data(Qt.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.Checked
        ]
    raise TypeError(f"no adapter for {type(widget).__name__}")


def set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
        widget.setCursorPosition(0)  # a long text shows its beginning
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(NULL_DATE if not value else QDate.fromString(value, "yyyy-MM-dd"))
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(value or 0)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        i = widget.findData(value)
        widget.setCurrentIndex(i if i >= 0 else (0 if value is None else -1))
    elif isinstance(widget, QListWidget):
        chosen = set(value or [])
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in chosen else Qt.Unchecked)
    else:
        raise TypeError(f"no adapter for {type(widget).__name__}")


def changed_signal(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.valueChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QListWidget):
        return widget.itemChanged
    raise TypeError(f"no adapter for {type(widget).__name__}")


def _set_path(out: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    cur = out
    for p in parts[:-1]:
        cur = cur.setdefault(p, {})
    cur[parts[-1]] = value


def _get_path(data: dict[str, Any], path: str) -> Any:
    cur: Any = data
    for p in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(p)
    return cur


@dataclass
class Binding:
    path: str
    widget: QWidget
    error: QLabel


def storage_problem(exc: sqlite3.OperationalError) -> str:
    """A clear message for a save the disk refused; nothing was saved, the draft is kept."""
    text = str(exc).lower()
    if "full" in text:
        why = QCoreApplication.translate("Editor", "The disk is full.")
    elif "readonly" in text or "read-only" in text:
        why = QCoreApplication.translate("Editor", "The database file cannot be written to.")
    elif "locked" in text or "busy" in text:
        why = QCoreApplication.translate("Editor", "The database is busy.")
    else:
        why = QCoreApplication.translate("Editor", "The database refused the change.")
    return (
        why
        + " "
        + QCoreApplication.translate(
            "Editor",
            "Nothing was saved; your entry is still here. Free some space or call the person "
            "who looks after this computer, then press Save again.",
        )
    )


# --------------------------------------------------------------------------- editor


class RecordEditor(QDialog):
    """Base editor. Subclasses set ``form_name``, bind fields in ``setup()``, and give
    ``create_fn(db, actor, data)`` / ``update_fn(db, actor, uuid, changes, expected_revision=)``
    / ``get_fn(db, uuid)``. Extra state (tables, children) goes through ``extra_values``
    and ``load_extra``.
    """

    saved = Signal(str)  # uuid of the saved record

    form_name = ""
    create_fn: Callable[..., dict[str, Any]]
    update_fn: Callable[..., dict[str, Any]]
    get_fn: Callable[..., dict[str, Any]]

    def __init__(self, session: Session, uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.actor = session.actor  # the draft belongs to this user, whoever logs in later
        self.uuid = uuid
        self.record: dict[str, Any] | None = None
        self.bindings: dict[str, Binding] = {}
        self._snapshot: Any = None
        self._saving = False
        self._loading = False
        self.setAttribute(Qt.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("editorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.form = forms.load(self.form_name, self)
        layout.addWidget(self.form)
        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.Close).setObjectName("closeButton")
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        self.resize(1000, 700)  # fits a 1366x768 screen with the taskbar
        self.setMinimumSize(860, 560)
        self.setup()
        self._load()

    # -- for subclasses -------------------------------------------------------

    def fetch(self, uuid: str) -> dict[str, Any]:
        """The record as this editor's user may see it."""
        return self.get_fn(self.session.db, uuid)

    def setup(self) -> None:
        """Fill combos and bind fields (``self.bind``). Called once, before loading."""

    def extra_values(self) -> dict[str, Any]:
        """Values not held by bound widgets (e.g. a follow-ups table)."""
        return {}

    def load_extra(self, record: dict[str, Any] | None) -> None:
        """Show what bound widgets do not (timeline, tables, banner)."""

    def title(self, record: dict[str, Any] | None) -> str:
        return ""

    # -- binding ----------------------------------------------------------------

    def child(self, name: str) -> QWidget:
        widget = self.form.findChild(QWidget, name)
        if widget is None:
            raise LookupError(f"form {self.form_name} has no widget {name}")
        return widget

    def bind(self, path: str, widget_name: str) -> QWidget:
        """Tie a field path to a widget; an error label appears under it when needed."""
        widget = self.child(widget_name)
        if isinstance(widget, QAbstractSpinBox):
            widget.setKeyboardTracking(True)
        error = QLabel()
        error.setObjectName(f"error_{widget_name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self._place_error(widget, error)
        self.bindings[path] = Binding(path, widget, error)
        changed_signal(widget).connect(self._changed)
        return widget

    def _place_error(self, widget: QWidget, error: QLabel) -> None:
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            row, _role = layout.getWidgetPosition(widget)
            if row >= 0:
                layout.insertRow(row + 1, "", error)
                return
        if hasattr(layout, "insertWidget") and layout.indexOf(widget) >= 0:
            layout.insertWidget(layout.indexOf(widget) + 1, error)
            return
        error.setParent(self.form)

    # -- values -----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for b in self.bindings.values():
            _set_path(out, b.path, get_value(b.widget))
        out.update(self.extra_values())
        return out

    def _load(self) -> None:
        self._loading = True
        try:
            self.record = self.fetch(self.uuid) if self.uuid else None
            for b in self.bindings.values():
                set_value(b.widget, _get_path(self.record, b.path) if self.record else None)
            self.load_extra(self.record)
        finally:
            self._loading = False
        self.setWindowTitle(self.title(self.record))
        self._snapshot = self.values()
        self.clear_errors()
        self._changed()

    def is_dirty(self) -> bool:
        return self.values() != self._snapshot

    def _changed(self, *args: Any) -> None:
        if not self._loading:
            self.save_button.setEnabled(self.is_dirty() and not self._saving)

    # -- errors -----------------------------------------------------------------

    def clear_errors(self) -> None:
        for b in self.bindings.values():
            b.error.clear()
            b.error.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_errors(self, errors: dict[str, Msg]) -> None:
        lang = self.session.lang
        general: list[str] = []
        for path, message in errors.items():
            binding = self.bindings.get(path)
            if binding is None:
                general.append(f"{self.field_label(path)}: {message.render(lang)}")
                continue
            binding.error.setText(message.render(lang))
            binding.error.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        first = next((self.bindings[p].widget for p in errors if p in self.bindings), None)
        if first is not None:
            reveal(first)
            first.setFocus()

    def field_label(self, path: str) -> str:
        return path

    # -- saving -------------------------------------------------------------------

    def save(self) -> bool:
        """Save through the service. Returns True when the record is stored."""
        if self._saving or not self.save_button.isEnabled():
            return False
        self._saving = True
        self.save_button.setEnabled(False)
        try:
            self.clear_errors()
            data = self.values()
            try:
                if self.uuid is None:
                    record = self.create_fn(self.session.db, self.actor, data)
                else:
                    record = self.update_fn(
                        self.session.db,
                        self.actor,
                        self.uuid,
                        data,
                        expected_revision=self.record["revision"],
                    )
            except ValidationError as exc:
                self.show_errors(exc.errors)
                return False
            except ServiceError as exc:
                self.general_error.setText(exc.text(self.session.lang))
                self.general_error.show()
                return False
            except sqlite3.OperationalError as exc:  # disk full, read-only file, locked
                self.general_error.setText(storage_problem(exc))
                self.general_error.show()
                return False  # the transaction rolled back; the draft stays in the form
            self.uuid = record["uuid"]
            self._load()
            self.saved.emit(self.uuid)
            return True
        finally:
            self._saving = False
            self._changed()

    def closeEvent(self, event) -> None:
        if self.is_dirty():
            answer = dialogs.ask_save_discard_cancel(
                self,
                self.tr("Unsaved changes"),
                self.tr("This record has changes that are not saved. Save them?"),
            )
            if answer is dialogs.Answer.CANCEL or (
                answer is dialogs.Answer.SAVE and not self.save()
            ):
                event.ignore()
                return
            self._snapshot = self.values()  # discarded or saved
        event.accept()

    def reject(self) -> None:  # Esc
        self.close()
