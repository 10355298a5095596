"""The meeting editor: when and where, who came, what was raised and agreed, follow-ups.

Follow-up actions are rows of a table; each stored row keeps its uuid, so saving the
meeting again updates those actions instead of replacing them.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
)

from station_app import clock
from station_app.gui.editors.base import (
    ERROR_STYLE,
    RecordEditor,
    fill_checklist,
    fill_combo,
    get_value,
    reveal,
    set_value,
    setup_date_edit,
)
from station_app.messages import Msg
from station_app.services import meetings

ERROR_BACKGROUND = QColor("#fdecea")
ERROR_WIDGET_STYLE = "background: #fdecea; border: 1px solid #b00020;"
# follow-up column per field; text columns hold items, the others hold widgets
COLUMNS = ("action", "responsible", "partner", "due_on", "done_on")
TEXT_COLUMNS = ("action", "responsible")


def update_headcount(editor: RecordEditor, prefix: str, label: QLabel, *, edited: bool) -> None:
    """'Total: N' under the men/women/youth boxes, warning at once when youth exceed it.

    A change to the numbers hides the service's earlier message about them (it no longer
    applies); while that message shows, the total does not repeat it.
    """
    men, women, youth = (editor.bindings[f"{prefix}.{k}"] for k in ("men", "women", "youth"))
    if edited:
        for binding in (men, women, youth):
            binding.error.hide()
    total = men.widget.value() + women.widget.value()
    young = youth.widget.value()
    if young > total and youth.error.isHidden():
        text = (
            QCoreApplication.translate(
                "RecordEditor", "Youth (%1) cannot be more than the total (%2)."
            )
            .replace("%1", str(young))
            .replace("%2", str(total))
        )
        label.setStyleSheet(ERROR_STYLE)
    else:
        text = QCoreApplication.translate(
            "RecordEditor", "Total: %1 (men and women); youth are counted within it."
        ).replace("%1", str(total))
        label.setStyleSheet("")
    label.setText(text)


def fill_checklist_with_tips(widget: QListWidget, items: dict[str, str]) -> None:
    """A checklist whose long labels (partner names) can be read in full on hover."""
    fill_checklist(widget, items)
    for i in range(widget.count()):
        widget.item(i).setToolTip(widget.item(i).text())


class MeetingEditor(RecordEditor):
    form_name = "meeting_editor"
    create_fn = staticmethod(meetings.create)
    update_fn = staticmethod(meetings.update)
    get_fn = staticmethod(meetings.get)

    def setup(self) -> None:
        s = self.session
        today = QDate(clock.today())
        self.tabs: QTabWidget = self.child("tabs")
        self._partners = s.partners()
        self._sent_rows: list[int] = []  # table row of each follow-up in the last values()

        held_on: QDateEdit = self.child("heldOn")
        setup_date_edit(held_on, optional=False)
        held_on.setMaximumDate(today)
        held_at: QLineEdit = self.child("heldAt")
        held_at.setPlaceholderText(self.tr("HH:MM"))
        # digits and a colon only; the service checks the time itself
        held_at.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,2}(:\d{0,2})?"), held_at)
        )
        fill_combo(self.child("settlement"), s.settlements(), blank=self.tr("— not given —"))
        fill_combo(self.child("kind"), s.labels("meeting_kind"), blank=self.tr("— choose —"))
        self.child("venue").setPlaceholderText(self.tr("e.g. school No. 3, assembly hall"))
        fill_checklist_with_tips(self.child("topics"), s.labels("theme"))
        fill_checklist_with_tips(self.child("partners"), self._partners)

        self.bind("held_on", "heldOn")
        self.bind("held_at", "heldAt")
        self.bind("settlement", "settlement")
        self.bind("venue", "venue")
        self.bind("kind", "kind")
        self.bind("chaired_by", "chairedBy")
        self.bind("attendance.men", "men")
        self.bind("attendance.women", "women")
        self.bind("attendance.youth", "youth")
        self.bind("topics", "topics")
        self.bind("partners", "partners")
        self.bind("issues_raised", "issuesRaised")
        self.bind("decisions", "decisions")
        self.bind("notes", "notes")
        self.men: QSpinBox = self.child("men")
        self.women: QSpinBox = self.child("women")
        self.youth: QSpinBox = self.child("youth")
        for spin in (self.men, self.women, self.youth):
            spin.valueChanged.connect(lambda *_: self._update_total(edited=True))

        table: QTableWidget = self.child("followups")
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([self.column_title(c) for c in COLUMNS])
        table.verticalHeader().setDefaultSectionSize(34)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Interactive)
        header.resizeSection(1, 180)
        header.setSectionResizeMode(2, QHeaderView.Interactive)
        header.resizeSection(2, 190)
        for col in (3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.itemChanged.connect(self._changed)
        table.itemSelectionChanged.connect(self._update_row_buttons)
        self.followups = table
        self.add_row_button: QPushButton = self.child("addFollowupButton")
        self.remove_row_button: QPushButton = self.child("removeFollowupButton")
        self.add_row_button.clicked.connect(self.add_followup)
        self.remove_row_button.clicked.connect(self.remove_followup)

    # ------------------------------------------------------------------- loading

    def load_extra(self, record: dict[str, Any] | None) -> None:
        if record is None:
            self.child("heldOn").setDate(QDate(clock.today()))
        self.followups.setRowCount(0)
        for item in (record or {}).get("followups", []):
            self._append_row(item)
        self._update_total()
        self._update_row_buttons()

    def values(self) -> dict[str, Any]:
        out = super().values()
        held_at = out.get("held_at")
        if held_at and re.fullmatch(r"\d:\d\d", held_at):
            out["held_at"] = "0" + held_at  # 9:30 is 09:30
        return out

    def title(self, record: dict[str, Any] | None) -> str:
        if record is None:
            return self.tr("New meeting")
        return (
            self.tr("Meeting %1 · %2")
            .replace("%1", record["held_on"])
            .replace("%2", record["venue"] or "")
        )

    def _update_total(self, *, edited: bool = False) -> None:
        update_headcount(self, "attendance", self.child("attendanceTotal"), edited=edited)

    # ---------------------------------------------------------------- follow-ups

    def column_title(self, field: str) -> str:
        return {
            "action": self.tr("Action"),
            "responsible": self.tr("Responsible person"),
            "partner": self.tr("Responsible partner"),
            "due_on": self.tr("Due"),
            "done_on": self.tr("Done on"),
        }[field]

    def _append_row(self, item: dict[str, Any] | None = None) -> int:
        item = item or {}
        t = self.followups
        row = t.rowCount()
        t.blockSignals(True)
        t.insertRow(row)
        action = QTableWidgetItem(item.get("action") or "")
        action.setData(Qt.UserRole, item.get("uuid"))
        t.setItem(row, 0, action)
        t.setItem(row, 1, QTableWidgetItem(item.get("responsible") or ""))
        t.blockSignals(False)
        partner = QComboBox()
        partner.setObjectName(f"followupPartner{row}")
        fill_combo(partner, self._partners, blank="—")
        set_value(partner, item.get("partner"))
        t.setCellWidget(row, 2, partner)
        for col, key in ((3, "due_on"), (4, "done_on")):
            edit = QDateEdit()
            setup_date_edit(edit, optional=True)
            if key == "done_on":
                edit.setMaximumDate(QDate(clock.today()))
            set_value(edit, item.get(key))
            t.setCellWidget(row, col, edit)
            edit.dateChanged.connect(self._changed)
        partner.currentIndexChanged.connect(self._changed)
        self._update_tab_title()
        return row

    def add_followup(self) -> None:
        row = self._append_row()
        self.followups.setCurrentCell(row, 0)
        self.followups.editItem(self.followups.item(row, 0))
        self._changed()

    def remove_followup(self) -> None:
        row = self.followups.currentRow()
        if row < 0:
            return
        self.followups.removeRow(row)
        self._update_tab_title()
        self._update_row_buttons()
        self._changed()

    def _update_row_buttons(self) -> None:
        self.remove_row_button.setEnabled(self.followups.currentRow() >= 0)

    def _update_tab_title(self) -> None:
        count = self.followups.rowCount()
        title = self.tr("Follow-up actions")
        if count:
            title += f" ({count})"
        self.tabs.setTabText(self.tabs.indexOf(self.child("followupsTab")), title)

    def _row_values(self, row: int) -> dict[str, Any]:
        t = self.followups
        out: dict[str, Any] = {}
        uuid = t.item(row, 0).data(Qt.UserRole)
        if uuid:
            out["uuid"] = uuid
        out["action"] = t.item(row, 0).text() or None
        out["responsible"] = t.item(row, 1).text() or None
        out["partner"] = get_value(t.cellWidget(row, 2))
        out["due_on"] = get_value(t.cellWidget(row, 3))
        out["done_on"] = get_value(t.cellWidget(row, 4))
        return out

    def extra_values(self) -> dict[str, Any]:
        """The follow-up rows; a new row left entirely blank is not sent."""
        items: list[dict[str, Any]] = []
        self._sent_rows = []
        for row in range(self.followups.rowCount()):
            values = self._row_values(row)
            if "uuid" not in values and not any(values.values()):
                continue
            items.append(values)
            self._sent_rows.append(row)
        return {"followups": items}

    # -------------------------------------------------------------------- errors

    def field_label(self, path: str) -> str:
        parts = path.split(".")
        if parts[0] == "followups" and len(parts) >= 2 and parts[1].isdigit():
            row = self._table_row(int(parts[1]))
            text = self.tr("Follow-up action, row %1").replace("%1", str(row + 1))
            if len(parts) > 2 and parts[2] in COLUMNS:
                text += " — " + self.column_title(parts[2])
            return text
        if parts[0] == "attendance":
            return self.tr("Attendance")
        return path

    def _table_row(self, index: int) -> int:
        return self._sent_rows[index] if index < len(self._sent_rows) else index

    def clear_errors(self) -> None:
        super().clear_errors()
        t = self.followups
        t.blockSignals(True)
        for row in range(t.rowCount()):
            for col, key in enumerate(COLUMNS):
                if key in TEXT_COLUMNS:
                    t.item(row, col).setData(Qt.BackgroundRole, None)
                    t.item(row, col).setToolTip("")
                else:
                    t.cellWidget(row, col).setStyleSheet("")
                    t.cellWidget(row, col).setToolTip("")
        t.blockSignals(False)

    def show_errors(self, errors: dict[str, Msg]) -> None:
        super().show_errors(errors)
        self._update_total()
        t = self.followups
        first_row = None
        t.blockSignals(True)
        for path, message in errors.items():
            parts = path.split(".")
            if parts[0] != "followups" or len(parts) < 3 or not parts[1].isdigit():
                continue
            row = self._table_row(int(parts[1]))
            if row >= t.rowCount() or parts[2] not in COLUMNS:
                continue
            col = COLUMNS.index(parts[2])
            text = message.render(self.session.lang)
            if parts[2] in TEXT_COLUMNS:
                t.item(row, col).setBackground(QBrush(ERROR_BACKGROUND))
                t.item(row, col).setToolTip(text)
            else:
                t.cellWidget(row, col).setStyleSheet(ERROR_WIDGET_STYLE)
                t.cellWidget(row, col).setToolTip(text)
            if first_row is None:
                first_row = (row, col)
        t.blockSignals(False)
        if first_row is not None and not any(p in self.bindings for p in errors):
            reveal(t)
            t.setCurrentCell(*first_row)
