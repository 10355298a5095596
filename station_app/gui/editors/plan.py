"""The prevention-plan editor: the plan and its items, each with the progress of its activities.

Items are long texts (objective, activity, indicator), so the table lists them briefly and
the selected item is edited in the form below it. Each stored item keeps its uuid, so a
re-save updates it; the activities linked to an item give its progress (read-only).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from station_app import clock
from station_app.gui.editors.base import (
    ERROR_STYLE,
    RecordEditor,
    changed_signal,
    fill_combo,
    get_value,
    reveal,
    set_value,
    setup_date_edit,
)
from station_app.messages import Msg
from station_app.services import plans

ITEM_FIELDS = (
    "objective",
    "activity",
    "theme",
    "responsible_partner",
    "responsible",
    "deadline",
    "indicator",
    "target",
    "budget",
    "status",
)
ITEM_WIDGETS = {
    "objective": "itemObjective",
    "activity": "itemActivity",
    "indicator": "itemIndicator",
    "theme": "itemTheme",
    "responsible_partner": "itemPartner",
    "responsible": "itemResponsible",
    "deadline": "itemDeadline",
    "target": "itemTarget",
    "budget": "itemBudget",
    "status": "itemStatus",
}
TABLE_COLUMNS = ("number", "activity", "theme", "deadline", "status", "progress")
ERROR_BACKGROUND = QColor("#fdecea")
OVERDUE_COLOR = QColor("#b00020")


def _blank_item() -> dict[str, Any]:
    return {k: None for k in ITEM_FIELDS} | {"target": 0, "budget": 0.0, "status": "planned"}


class PlanEditor(RecordEditor):
    form_name = "plan_editor"
    create_fn = staticmethod(plans.create)
    update_fn = staticmethod(plans.update)
    get_fn = staticmethod(plans.get)

    def setup(self) -> None:
        s = self.session
        self.tabs: QTabWidget = self.child("tabs")
        self.items: list[dict[str, Any]] = []  # the items as edited (plus read-only progress)
        self._sent: list[int] = []  # index in self.items of each item in the last values()
        self._item_errors: dict[int, dict[str, str]] = {}
        self._showing = False

        approved_on: QDateEdit = self.child("approvedOn")
        setup_date_edit(approved_on, optional=True)
        approved_on.setMaximumDate(QDate(clock.today()))
        for name in ("periodFrom", "periodTo"):
            spin: QSpinBox = self.child(name)
            spin.setGroupSeparatorShown(False)
        self.bind("title", "title")
        self.bind("period_from", "periodFrom")
        self.bind("period_to", "periodTo")
        self.bind("approved_on", "approvedOn")
        self.bind("approved_by", "approvedBy")
        self.bind("residents_count", "residentsCount")
        self.bind("notes", "notes")

        table: QTableWidget = self.child("itemsTable")
        table.setColumnCount(len(TABLE_COLUMNS))
        table.setHorizontalHeaderLabels(
            [
                "#",
                self.tr("Activity"),
                self.tr("Theme"),
                self.tr("Deadline"),
                self.tr("Status"),
                self.tr("Progress"),
            ]
        )
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for col in range(len(TABLE_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Interactive)
        header.resizeSection(2, 190)
        table.setWordWrap(False)
        table.currentCellChanged.connect(lambda row, *_: self._show_item(row))
        self.table = table
        self.add_button: QPushButton = self.child("addItemButton")
        self.remove_button: QPushButton = self.child("removeItemButton")
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)

        fill_combo(self.child("itemTheme"), s.labels("theme"), blank=self.tr("— choose —"))
        fill_combo(self.child("itemPartner"), s.partners(), blank=self.tr("— not given —"))
        fill_combo(self.child("itemStatus"), s.labels("plan_item_status"))
        setup_date_edit(self.child("itemDeadline"), optional=True)
        budget: QDoubleSpinBox = self.child("itemBudget")
        budget.setSuffix(self.tr(" som"))
        budget.setGroupSeparatorShown(True)
        self.item_widgets: dict[str, QWidget] = {}
        self.item_error_labels: dict[str, QLabel] = {}
        for key, name in ITEM_WIDGETS.items():
            widget = self.child(name)
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
            self.item_widgets[key] = widget
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self._place_error(widget, error)
            self.item_error_labels[key] = error
            changed_signal(widget).connect(lambda *_, k=key: self._item_edited(k))

    # ------------------------------------------------------------------- loading

    def load_extra(self, record: dict[str, Any] | None) -> None:
        if record is None:
            year = clock.today().year
            self.child("periodFrom").setValue(year)
            self.child("periodTo").setValue(year)
        self.items = []
        for item in (record or {}).get("items", []):
            it = {k: item.get(k) for k in ITEM_FIELDS} | {"uuid": item["uuid"]}
            it["_progress"] = item.get("progress")
            it["_overdue"] = item.get("overdue", False)
            self.items.append(it)
        self._item_errors = {}
        self._refresh_table()
        self.table.setCurrentCell(0 if self.items else -1, 0)
        self._show_item(self.table.currentRow())

    def title(self, record: dict[str, Any] | None) -> str:
        if record is None:
            return self.tr("New prevention plan")
        return (
            self.tr("Prevention plan %1–%2: %3")
            .replace("%1", str(record["period_from"]))
            .replace("%2", str(record["period_to"]))
            .replace("%3", record["title"])
        )

    def extra_values(self) -> dict[str, Any]:
        """The items as the service takes them; a new item left blank is not sent."""
        out: list[dict[str, Any]] = []
        self._sent = []
        for i, it in enumerate(self.items):
            values = {k: it.get(k) for k in ITEM_FIELDS}
            if not it.get("uuid") and self._is_blank(values):
                continue
            if it.get("uuid"):
                values = {"uuid": it["uuid"], **values}
            out.append(values)
            self._sent.append(i)
        return {"items": out}

    @staticmethod
    def _is_blank(values: dict[str, Any]) -> bool:
        blank = _blank_item()
        return all(values.get(k) in (None, "", blank[k]) for k in ITEM_FIELDS)

    # ---------------------------------------------------------------------- items

    def _refresh_table(self) -> None:
        t = self.table
        t.blockSignals(True)
        t.setRowCount(len(self.items))
        for row in range(len(self.items)):
            self._fill_row(row)
        t.blockSignals(False)
        count = len(self.items)
        title = self.tr("Items")
        if count:
            title += f" ({count})"
        self.tabs.setTabText(self.tabs.indexOf(self.child("itemsTab")), title)
        self.remove_button.setEnabled(t.currentRow() >= 0)

    def progress_text(self, it: dict[str, Any]) -> str:
        p = it.get("_progress")
        if not it.get("uuid") or not p:
            return self.tr("not saved yet") if not it.get("uuid") else ""
        if not p["activities"]:
            return self.tr("no activities yet")
        text = (
            self.tr("%1 activities, %2 participants")
            .replace("%1", QLocale().toString(p["activities"]))
            .replace("%2", QLocale().toString(p["participants"]))
        )
        if it.get("target"):
            text += " · " + self.tr("target %1").replace("%1", QLocale().toString(it["target"]))
        return text

    def _fill_row(self, row: int) -> None:
        it = self.items[row]
        activity = " ".join((it.get("activity") or "").split())
        texts = {
            "number": str(row + 1),
            "activity": activity or self.tr("(new item)"),
            "theme": self.session.label("theme", it.get("theme")),
            "deadline": it.get("deadline") or "",
            "status": self.session.label("plan_item_status", it.get("status")),
            "progress": self.progress_text(it),
        }
        errors = self._item_errors.get(row)
        for col, key in enumerate(TABLE_COLUMNS):
            cell = self.table.item(row, col)
            if cell is None:
                cell = QTableWidgetItem()
                self.table.setItem(row, col, cell)
            cell.setText(texts[key])
            tip = "\n".join(filter(None, [it.get("objective"), it.get("activity")]))
            if errors:
                tip = "\n".join(errors.values())
            cell.setToolTip(tip)
            cell.setData(Qt.BackgroundRole, QBrush(ERROR_BACKGROUND) if errors else None)
            overdue = key == "deadline" and it.get("_overdue")
            cell.setData(Qt.ForegroundRole, QBrush(OVERDUE_COLOR) if overdue else None)

    def _show_item(self, row: int) -> None:
        """Put the selected item into the form below the table."""
        has = 0 <= row < len(self.items)
        self.child("itemGroup").setEnabled(has)
        self.remove_button.setEnabled(has)
        it = self.items[row] if has else _blank_item()
        self._showing = True
        try:
            for key, widget in self.item_widgets.items():
                set_value(widget, it.get(key))
        finally:
            self._showing = False
        self.child("itemProgress").setText(self.progress_text(it) if has else "")
        errors = self._item_errors.get(row, {}) if has else {}
        for key, label in self.item_error_labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        title = self.tr("Item %1").replace("%1", str(row + 1)) if has else self.tr("Selected item")
        self.child("itemGroup").setTitle(title)

    def _item_edited(self, key: str) -> None:
        row = self.table.currentRow()
        if self._showing or not 0 <= row < len(self.items):
            return
        self.items[row][key] = get_value(self.item_widgets[key])
        self.table.blockSignals(True)
        self._fill_row(row)
        self.table.blockSignals(False)
        self._changed()

    def add_item(self) -> None:
        self.items.append(_blank_item())
        self._refresh_table()
        row = len(self.items) - 1
        self.table.setCurrentCell(row, 1)
        self._show_item(row)
        self.item_widgets["objective"].setFocus()
        self._changed()

    def remove_item(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        del self.items[row]
        self._item_errors = {}
        self._refresh_table()
        row = min(row, len(self.items) - 1)
        self.table.setCurrentCell(row, 1)
        self._show_item(row)
        self._changed()

    # -------------------------------------------------------------------- errors

    def _item_index(self, sent_index: int) -> int:
        return self._sent[sent_index] if sent_index < len(self._sent) else sent_index

    def field_label(self, path: str) -> str:
        parts = path.split(".")
        if parts[0] == "items" and len(parts) >= 2 and parts[1].isdigit():
            text = self.tr("Item %1").replace("%1", str(self._item_index(int(parts[1])) + 1))
            if len(parts) > 2 and parts[2] in ITEM_WIDGETS:
                label = self.child(ITEM_WIDGETS[parts[2]] + "Label")
                text += " — " + label.text()
            return text
        return path

    def clear_errors(self) -> None:
        super().clear_errors()
        if self._item_errors:
            self._item_errors = {}
            self._refresh_table()
            self._show_item(self.table.currentRow())

    def show_errors(self, errors: dict[str, Msg]) -> None:
        super().show_errors(errors)
        self._item_errors = {}
        for path, message in errors.items():
            parts = path.split(".")
            if parts[0] != "items" or len(parts) < 3 or not parts[1].isdigit():
                continue
            index = self._item_index(int(parts[1]))
            self._item_errors.setdefault(index, {})[parts[2]] = message.render(self.session.lang)
        if not self._item_errors:
            return
        self._refresh_table()
        first = min(self._item_errors)
        self.table.setCurrentCell(first, 1)
        self._show_item(first)
        if not any(p in self.bindings for p in errors):
            key = next(iter(self._item_errors[first]))
            widget = self.item_widgets.get(key, self.table)
            reveal(widget)
            widget.setFocus()
