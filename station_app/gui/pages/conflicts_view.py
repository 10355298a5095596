"""District office: records that arrived with the same revision but different content.

Both versions side by side (field / district version / incoming version, the differing
rows highlighted); resolving means choosing one, through the same service as
``station-app conflicts --resolve`` (:func:`station_app.sync.importer.resolve_conflict`).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.session import Session
from station_app.gui.sync_status import local_time
from station_app.services.errors import ServiceError
from station_app.sync import importer, state

DIFFERS = QColor("#ffe08a")  # a changed field: warm yellow, readable on any theme
SETTLEMENT_COLUMNS = frozenset({"settlement_uuid", "complainant_settlement_uuid"})
PARTNER_COLUMNS = frozenset({"partner_uuid", "responsible_partner_uuid", "partners"})
# (table or None for any, column) -> the reference list whose labels name its codes
CODE_LISTS: dict[tuple[str | None, str], str] = {
    (None, "category"): "complaint_category",
    (None, "channel"): "channel",
    (None, "complainant_sex"): "sex",
    (None, "complainant_age_group"): "age_group",
    (None, "funding_source"): "funding_source",
    (None, "theme"): "theme",
    (None, "topics"): "theme",
    (None, "themes"): "theme",
    (None, "from_status"): "complaint_status",
    (None, "to_status"): "complaint_status",
    ("complaints", "status"): "complaint_status",
    ("plan_items", "status"): "plan_item_status",
    ("meetings", "kind"): "meeting_kind",
    ("activities", "kind"): "activity_kind",
    ("partners", "kind"): "partner_kind",
    ("settlements", "kind"): "settlement_kind",
}


def cell_text(value: Any) -> str:
    """One stored value as the user reads it (lists joined, empty for null)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def readonly_table(headers: list[str], name: str) -> QTableWidget:
    """A read-only table, one row selected at a time, Tab leaves it (keyboard users)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    for col, text in enumerate(headers):
        table.horizontalHeaderItem(col).setToolTip(text)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)  # long headings: two lines
    header.setMinimumHeight(2 * header.fontMetrics().height() + 8)
    return table


def fit_heading(table: QTableWidget, col: int) -> None:
    """Narrow column ``col`` to its cells or to its heading on at most two lines, whichever
    is wider, so a long Kyrgyz or Russian heading takes no room the other columns need."""
    header = table.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)  # as some styles draw headings: measure the wider case
    metrics = QFontMetrics(font)
    text = table.horizontalHeaderItem(col).text()
    splits = [i + 1 for i, ch in enumerate(text) if ch in " -"]
    heading = min(
        [metrics.horizontalAdvance(text)]
        + [
            max(metrics.horizontalAdvance(text[:i].strip()), metrics.horizontalAdvance(text[i:]))
            for i in splits
        ]
    )
    cells = max(
        (
            table.fontMetrics().horizontalAdvance(table.item(r, col).text())
            for r in range(table.rowCount())
            if table.item(r, col) is not None
        ),
        default=0,
    )
    header.resizeSection(col, min(header.sectionSize(col), max(heading, cells) + 24))


def item(text: str, data: Any = None) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setToolTip(text if len(text) > 30 else "")
    if data is not None:
        cell.setData(Qt.UserRole, data)
    return cell


class ConflictsView(QWidget):
    """The list of conflicts, the two versions of the selected one, and the choice."""

    resolved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.conflicts: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        intro = QLabel(
            self.tr(
                "These records arrived with the same revision as the district's copy but with "
                "different content. The district's copy is kept until you choose."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.show_all = QCheckBox(self.tr("Show resolved conflicts too"))
        self.show_all.setObjectName("showResolved")
        self.show_all.toggled.connect(self.refresh)
        layout.addWidget(self.show_all)

        split = QSplitter(Qt.Vertical)
        self.list = readonly_table(
            [
                self.tr("No."),
                self.tr("Station"),
                self.tr("Record"),
                self.tr("Record id"),
                self.tr("Revision"),
                self.tr("Found"),
                self.tr("Decision"),
            ],
            "conflictsList",
        )
        self.list.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        split.addWidget(self.list)

        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        self.only_diff = QCheckBox(self.tr("Only the fields that differ"))
        self.only_diff.setObjectName("onlyDifferences")
        self.only_diff.toggled.connect(self._selection_changed)
        lv.addWidget(self.only_diff)
        self.compare = readonly_table(
            [self.tr("Field"), self.tr("District version"), self.tr("Incoming version")],
            "conflictCompare",
        )
        self.compare.setSelectionMode(QAbstractItemView.NoSelection)
        header = self.compare.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        lv.addWidget(self.compare, 1)
        buttons = QHBoxLayout()
        self.keep_current = QPushButton(self.tr("Keep the district's version"))
        self.keep_current.setObjectName("keepCurrent")
        self.keep_current.clicked.connect(lambda: self.resolve("current"))
        self.take_incoming = QPushButton(self.tr("Take the incoming version"))
        self.take_incoming.setObjectName("takeIncoming")
        self.take_incoming.clicked.connect(lambda: self.resolve("incoming"))
        buttons.addWidget(self.keep_current)
        buttons.addWidget(self.take_incoming)
        buttons.addStretch()
        lv.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        lv.addWidget(self.message)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._selection_changed()

    def record_label(self, table: str) -> str:
        labels = {
            "settlements": self.tr("Settlement"),
            "partners": self.tr("Partner"),
            "plans": self.tr("Prevention plan"),
            "plan_items": self.tr("Plan item"),
            "meetings": self.tr("Meeting"),
            "meeting_followups": self.tr("Meeting follow-up"),
            "activities": self.tr("Activity"),
            "complaints": self.tr("Complaint"),
            "complaint_actions": self.tr("Complaint timeline entry"),
            "protection_orders": self.tr("Protection order"),
            "month_closures": self.tr("Month close"),
        }
        return labels.get(table, table)

    def field_label(self, name: str) -> str:
        """A stored column as the user reads it (the column name when not known)."""
        labels = {
            "uuid": self.tr("Record id"),
            "station": self.tr("Station"),
            "created_at": self.tr("Created"),
            "created_by": self.tr("Created by"),
            "updated_at": self.tr("Changed"),
            "updated_by": self.tr("Changed by"),
            "revision": self.tr("Revision"),
            "deleted": self.tr("Deleted"),
            "kind": self.tr("Kind"),
            "name_ky": self.tr("Name (Kyrgyz)"),
            "name_ru": self.tr("Name (Russian)"),
            "name_en": self.tr("Name (English)"),
            "population": self.tr("Population"),
            "contact": self.tr("Contact"),
            "title": self.tr("Title"),
            "period_from": self.tr("Period from"),
            "period_to": self.tr("Period to"),
            "approved_on": self.tr("Approved on"),
            "approved_by": self.tr("Approved by"),
            "residents_count": self.tr("Residents who wrote it"),
            "notes": self.tr("Notes"),
            "plan_uuid": self.tr("Plan"),
            "position": self.tr("Position in the list"),
            "objective": self.tr("Objective"),
            "activity": self.tr("Activity"),
            "theme": self.tr("Theme"),
            "responsible_partner_uuid": self.tr("Responsible partner"),
            "responsible": self.tr("Responsible"),
            "deadline": self.tr("Deadline"),
            "indicator": self.tr("Indicator"),
            "target": self.tr("Target"),
            "budget_tyiyn": self.tr("Budget (tyiyn)"),
            "status": self.tr("Status"),
            "held_on": self.tr("Date"),
            "held_at": self.tr("Time"),
            "settlement_uuid": self.tr("Settlement"),
            "venue": self.tr("Venue"),
            "chaired_by": self.tr("Chaired by"),
            "men": self.tr("Men"),
            "women": self.tr("Women"),
            "youth": self.tr("Youth (under 30)"),
            "issues_raised": self.tr("Issues raised by residents"),
            "decisions": self.tr("Agreements and decisions"),
            "topics": self.tr("Topics"),
            "partners": self.tr("Partners"),
            "meeting_uuid": self.tr("Meeting"),
            "action": self.tr("Follow-up action"),
            "partner_uuid": self.tr("Partner"),
            "due_on": self.tr("Due"),
            "done_on": self.tr("Done on"),
            "target_group": self.tr("Target group"),
            "plan_item_uuid": self.tr("Plan item"),
            "cost_tyiyn": self.tr("Cost (tyiyn)"),
            "funding_source": self.tr("Funding source"),
            "themes": self.tr("Themes"),
            "number": self.tr("Registration number"),
            "reg_year": self.tr("Registration year"),
            "reg_seq": self.tr("Sequence number"),
            "received_on": self.tr("Received on"),
            "channel": self.tr("Channel"),
            "anonymous": self.tr("Anonymous"),
            "complainant_code": self.tr("Complainant code"),
            "complainant_name": self.tr("Complainant's name"),
            "complainant_sex": self.tr("Complainant's sex"),
            "complainant_age_group": self.tr("Complainant's age group"),
            "complainant_settlement_uuid": self.tr("Complainant's settlement"),
            "complainant_contact": self.tr("Complainant's contact"),
            "category": self.tr("Category"),
            "description": self.tr("Description"),
            "assigned_officer": self.tr("Assigned officer"),
            "referred_to": self.tr("Referred to"),
            "answer_due_on": self.tr("Answer due"),
            "extended_until": self.tr("Extended until"),
            "extension_reason": self.tr("Reason for the extension"),
            "outcome": self.tr("Outcome"),
            "closed_on": self.tr("Closed on"),
            "complaint_uuid": self.tr("Complaint"),
            "action_on": self.tr("Date of the action"),
            "officer": self.tr("Officer"),
            "from_status": self.tr("Status before"),
            "to_status": self.tr("Status after"),
            "note": self.tr("Note"),
            "issued_on": self.tr("Issued on"),
            "expires_on": self.tr("Expires on"),
            "month": self.tr("Month"),
            "signed_by": self.tr("Signed by"),
            "signed_on": self.tr("Signed on"),
            "report_lang": self.tr("Report language"),
            "report_sha256": self.tr("Report hash (SHA-256)"),
            "report_file": self.tr("Report file"),
            "reopened_on": self.tr("Reopened on"),
            "reopen_reason": self.tr("Reason for reopening"),
            "report_pdf_base64": self.tr("Signed report"),
        }
        return labels.get(name, name)

    def decision_label(self, resolution: str | None) -> str:
        if resolution == "current":
            return self.tr("District's version kept")
        if resolution == "incoming":
            return self.tr("Incoming version taken")
        return self.tr("Open")

    # ------------------------------------------------------------------- list

    def refresh(self) -> None:
        """Reload the conflicts, keeping the selected one selected."""
        chosen = self.selected()
        keep = chosen["id"] if chosen else None
        self.conflicts = state.list_conflicts(
            self.session.db, open_only=not self.show_all.isChecked()
        )
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            values = [
                str(c["id"]),
                c["station"],
                self.record_label(c["tbl"]),
                c["uuid"],
                str(c["revision"]),
                local_time(c["detected_at"]),
                self.decision_label(c["resolution"]),
            ]
            for col, text in enumerate(values):
                self.list.setItem(row, col, item(text, c["id"] if col == 0 else None))
        self.list.resizeColumnsToContents()
        self.list.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.list.blockSignals(False)
        if keep is not None:
            self.select(keep)
        elif self.conflicts:
            self.list.selectRow(0)
        self._selection_changed()

    def count(self) -> int:
        return len(self.conflicts)

    def select(self, conflict_id: int) -> bool:
        for row, c in enumerate(self.conflicts):
            if c["id"] == conflict_id:
                self.list.selectRow(row)
                return True
        return False

    def selected(self) -> dict[str, Any] | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    # ---------------------------------------------------------------- compare

    def _selection_changed(self, *_: Any) -> None:
        c = self.selected()
        self.compare.setRowCount(0)
        is_open = bool(c and c["resolution"] is None)
        self.keep_current.setEnabled(is_open)
        self.take_incoming.setEnabled(is_open)
        if c is None:
            return
        current = json.loads(c["current"])
        incoming = json.loads(c["incoming"])
        fields = list(current) + [k for k in incoming if k not in current]
        differing = {k for k in fields if _normal(current.get(k)) != _normal(incoming.get(k))}
        fields.sort(key=lambda k: k not in differing)  # what differs first, then the rest
        bold = QFont(self.compare.font())
        bold.setBold(True)
        for name in fields:
            mine, theirs = current.get(name), incoming.get(name)
            differs = name in differing
            if self.only_diff.isChecked() and not differs:
                continue
            row = self.compare.rowCount()
            self.compare.insertRow(row)
            label = item(self.field_label(name), name)
            label.setToolTip(name)
            cells = [label, *(self._value(c["tbl"], name, v) for v in (mine, theirs))]
            for col, cell in enumerate(cells):
                if differs:
                    cell.setBackground(QBrush(DIFFERS))
                    cell.setForeground(QBrush(QColor("#000000")))
                    cell.setFont(bold)
                cell.setData(Qt.UserRole + 1, differs)
                self.compare.setItem(row, col, cell)

    def _value(self, table: str, name: str, value: Any) -> QTableWidgetItem:
        """A cell: codes as their labels, settlements and partners by name (the stored
        value in the tooltip)."""
        if name.endswith("_base64") and value:
            return item(self.tr("(signed report PDF)"))
        names: dict[str, str] = {}
        if name in SETTLEMENT_COLUMNS:
            names = self.session.settlements()
        elif name in PARTNER_COLUMNS:
            names = self.session.partners()
        elif (table, name) in CODE_LISTS or (None, name) in CODE_LISTS:
            names = self.session.labels(CODE_LISTS.get((table, name)) or CODE_LISTS[None, name])

        def named(v: Any) -> Any:
            return names.get(v, v) if isinstance(v, str) else v

        shown = cell_text([named(v) for v in value] if isinstance(value, list) else named(value))
        cell = item(shown)
        if names and value not in (None, "", []):
            cell.setToolTip(f"{shown}\n{cell_text(value)}")
        return cell

    def differing_fields(self) -> list[str]:
        """Column names of the highlighted rows (the fields whose versions differ)."""
        return [
            self.compare.item(r, 0).data(Qt.UserRole)
            for r in range(self.compare.rowCount())
            if self.compare.item(r, 0).data(Qt.UserRole + 1)
        ]

    # ---------------------------------------------------------------- resolve

    def resolve(self, keep: str) -> bool:
        """Settle the selected conflict by keeping one version ('current' or 'incoming')."""
        c = self.selected()
        if c is None:
            return False
        try:
            importer.resolve_conflict(self.session.db, self.session.actor, c["id"], keep)
        except ServiceError as exc:
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(exc.text(self.session.lang))
            self.refresh()
            return False
        self.message.setStyleSheet("")
        text = (
            self.tr("Conflict %1 resolved: the district's version is kept.")
            if keep == "current"
            else self.tr("Conflict %1 resolved: the incoming version is taken.")
        )
        self.message.setText(text.replace("%1", str(c["id"])))
        self.refresh()
        self.resolved.emit()
        return True


def _normal(value: Any) -> Any:
    """Null and the empty text compare equal (the package writes an empty cell for null)."""
    return None if value == "" else value
