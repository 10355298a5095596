"""A list of one record kind: filter bar, search box, lazily fetched sortable table.

All filtering, searching and sorting happens in SQL through the kind's service; the table
model fetches pages as the view scrolls. Double-click or Enter opens the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app import clock
from station_app.gui.editors.base import NULL_DATE, fill_combo, setup_date_edit
from station_app.gui.models.record_table import Column, RecordTableModel
from station_app.gui.session import Session
from station_app.services.records import ListQuery


@dataclass
class ListSpec:
    """What differs between the complaint, meeting and activity lists."""

    kind: str
    title: str
    list_fn: Callable[..., list[dict[str, Any]]]
    count_fn: Callable[..., int]
    columns: Callable[[Session], list[Column]]
    combo_filters: list[tuple[str, str, str]] = field(default_factory=list)  # key, label, list
    has_overdue: bool = False
    settlement_filter: str = "settlement"
    highlight: Callable[[dict[str, Any]], bool] | None = None
    default_sort: str | None = None


class ListPage(QWidget):
    """One record kind's list. ``open_editor(uuid or None)`` is called to edit or create."""

    open_requested = Signal(str)  # uuid ("" for a new record)

    def __init__(self, session: Session, spec: ListSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.spec = spec
        self.setObjectName(f"list_{spec.kind}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        # The search box shares the heading's row, so the filters below have the width
        # the longer Russian and Kyrgyz labels need at 1366 pixels.
        top = QHBoxLayout()
        heading = QLabel(f"<h2>{spec.title}</h2>")
        top.addWidget(heading)
        top.addSpacing(24)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setMaximumWidth(480)
        top.addWidget(self.search, 1)
        top.addStretch()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        top.addWidget(self.count_label)
        self.new_button = QPushButton(self.tr("New (Ctrl+N)"))
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(lambda: self.open_requested.emit(""))
        top.addWidget(self.new_button)
        layout.addLayout(top)

        bar = QHBoxLayout()
        self.combos: dict[str, QComboBox] = {}
        for key, label, list_name in spec.combo_filters:
            combo = QComboBox()
            combo.setObjectName(f"filter_{key}")
            fill_combo(combo, session.labels(list_name), blank=label)
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            self.combos[key] = combo
            bar.addWidget(combo, 1)
        self.settlement = QComboBox()
        self.settlement.setObjectName("filter_settlement")
        fill_combo(self.settlement, session.settlements(), blank=self.tr("All settlements"))
        self.settlement.setMinimumContentsLength(10)
        self.settlement.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        bar.addWidget(self.settlement, 1)
        self.date_from = QDateEdit()
        self.date_from.setObjectName("filter_date_from")
        setup_date_edit(self.date_from, optional=True)
        self.date_from.setToolTip(self.tr("From date"))
        self.date_to = QDateEdit()
        self.date_to.setObjectName("filter_date_to")
        setup_date_edit(self.date_to, optional=True)
        self.date_to.setToolTip(self.tr("To date"))
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        self.overdue = QCheckBox(self.tr("Overdue"))
        self.overdue.setObjectName("filter_overdue")
        self.overdue.setVisible(spec.has_overdue)
        bar.addWidget(self.overdue)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.clear_button)
        layout.addLayout(bar)

        self.model = RecordTableModel(
            spec.list_fn,
            spec.count_fn,
            session.db,
            spec.columns(session),
            highlight=spec.highlight,
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("recordTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(30)  # size columns from 30 rows, not all fetched
        header.setSortIndicator(-1, Qt.DescendingOrder)  # newest first, no column marked
        self.table.setSortingEnabled(True)  # after the indicator: no extra query now
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter on a row
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (*self.combos.values(), self.settlement):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filters)
        self.overdue.toggled.connect(self.apply_filters)
        QShortcut(QKeySequence.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.New, self, activated=lambda: self.open_requested.emit(""))

        self.apply_filters()
        self._sized = False  # columns are sized from the rows when the list first shows

    def showEvent(self, event) -> None:
        """Size the columns the first time the list shows (not for every list the window
        builds at start: measuring the rows is most of a hidden list's cost)."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._size_columns()

    def reload_choices(self) -> None:
        """Refill the filter combos from the reference lists, keeping the choices made."""
        combos = [
            (self.combos[key], self.session.labels(list_name), label)
            for key, label, list_name in self.spec.combo_filters
        ]
        combos.append((self.settlement, self.session.settlements(), self.tr("All settlements")))
        for combo, items, blank in combos:
            chosen = combo.currentData()
            fill_combo(combo, items, blank=blank)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.model.refresh()

    def _size_columns(self) -> None:
        """Wide enough for the contents and the (translated) heading, within limits."""
        header = self.table.horizontalHeader()
        for i in range(self.model.columnCount()):
            contents = self.table.sizeHintForColumn(i) + 24
            title = header.sectionSizeHint(i) + 8
            header.resizeSection(i, max(80, min(260, max(contents, title))))

    # ------------------------------------------------------------------ filters

    def current_query(self) -> ListQuery:
        filters: dict[str, Any] = {}
        for key, combo in self.combos.items():
            if combo.currentData():
                filters[key] = combo.currentData()
        if self.settlement.currentData():
            filters[self.spec.settlement_filter] = self.settlement.currentData()
        if self.date_from.date() != NULL_DATE:
            filters["date_from"] = self.date_from.date().toString("yyyy-MM-dd")
        if self.date_to.date() != NULL_DATE:
            filters["date_to"] = self.date_to.date().toString("yyyy-MM-dd")
        if self.spec.has_overdue and self.overdue.isChecked():
            filters["overdue"] = True
        q = self.model.query
        return ListQuery(
            search=self.search.text().strip() or None,
            filters=filters,
            sort=q.sort,
            descending=q.descending,
            viewer=self.session.actor,  # private rows stay hidden from others' search
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())
        self.count_label.setText(self.tr("%Ln record(s)", "", self.model.total))

    def set_filters(self, filters: dict[str, Any]) -> None:
        """Show the list filtered as given (from the dashboard's click-through)."""
        widgets = [
            *self.combos.values(),
            self.settlement,
            self.date_from,
            self.date_to,
            self.overdue,
            self.search,
        ]
        for w in widgets:
            w.blockSignals(True)
        try:
            self._reset_widgets()
            for key, value in filters.items():
                if key in self.combos:
                    self.combos[key].setCurrentIndex(max(0, self.combos[key].findData(value)))
                elif key == self.spec.settlement_filter:
                    self.settlement.setCurrentIndex(max(0, self.settlement.findData(value)))
                elif key == "date_from":
                    self.date_from.setDate(_qdate(value))
                elif key == "date_to":
                    self.date_to.setDate(_qdate(value))
                elif key == "overdue":
                    self.overdue.setChecked(bool(value))
                elif key == "search":
                    self.search.setText(value)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.apply_filters()

    def _reset_widgets(self) -> None:
        for combo in (*self.combos.values(), self.settlement):
            combo.setCurrentIndex(0)
        self.date_from.setDate(NULL_DATE)
        self.date_to.setDate(NULL_DATE)
        self.overdue.setChecked(False)
        self.search.clear()

    def clear_filters(self) -> None:
        self.set_filters({})

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.apply_filters()

    def _open_index(self, index) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row(index.row())["uuid"])


def _qdate(value: str | date) -> QDate:
    return QDate.fromString(str(value), "yyyy-MM-dd")


def is_overdue_complaint(row: dict[str, Any]) -> bool:
    return (
        row.get("status") not in ("resolved", "dismissed")
        and (row.get("due_on") or "9999") < clock.today().isoformat()
    )
