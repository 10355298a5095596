"""The local crime prevention plans, and the progress of the selected plan's items.

Progress comes from the activities linked to each item (``services.plans.get``). An item
past its deadline and neither done nor cancelled is marked overdue in words and colour.
New plan / Open (or Enter / double-click) ask the main window to open the plan editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from station_app import clock
from station_app.gui.session import Session
from station_app.services import plans
from station_app.services.records import ListQuery

OVERDUE_BG = "#fde7e9"
OVERDUE_FG = "#b00020"
UUID_ROLE = Qt.UserRole


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: Any, *, right: bool = False, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class PlansPage(QWidget):
    """Plans above, the selected plan's items and their progress below."""

    open_requested = Signal(str)  # plan uuid; "" for a new plan

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("plans")
        self.plan_rows: list[dict[str, Any]] = []
        self.plan: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        top = QHBoxLayout()
        top.addWidget(QLabel("<h2>" + self.tr("Local crime prevention plans") + "</h2>"))
        top.addStretch()
        self.new_button = QPushButton(self.tr("New plan"))
        self.new_button.setObjectName("newPlan")
        self.new_button.clicked.connect(lambda: self.open_requested.emit(""))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openPlan")
        self.open_button.clicked.connect(self.open_selected)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        layout.addLayout(top)

        self.plan_table = _table(
            "planTable",
            [
                self.tr("Title"),
                self.tr("Years"),
                self.tr("Approved"),
                self.tr("Items"),
                self.tr("Overdue items"),
            ],
        )
        self.plan_table.itemSelectionChanged.connect(self._plan_chosen)
        self.plan_table.doubleClicked.connect(lambda _i: self.open_selected())
        self.plan_table.activated.connect(lambda _i: self.open_selected())

        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 4, 0, 0)
        self.items_title = QLabel()
        self.items_title.setObjectName("itemsTitle")
        self.items_title.setStyleSheet("font-size: 11pt; font-weight: bold;")
        self.items_title.setWordWrap(True)
        below_layout.addWidget(self.items_title)
        self.item_table = _table(
            "itemTable",
            [
                self.tr("Activity"),
                self.tr("Theme"),
                self.tr("Responsible"),
                self.tr("Deadline / status"),
                self.tr("Target (indicator)"),
                self.tr("Progress"),
            ],
        )
        self.item_table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.item_table.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.item_table.setWordWrap(True)
        self.item_table.doubleClicked.connect(lambda _i: self.open_selected())
        self.item_table.activated.connect(lambda _i: self.open_selected())
        below_layout.addWidget(self.item_table, 1)
        self.legend = QLabel(
            self.tr(
                "Progress counts the activities recorded against each item (Activities → plan "
                "item). Items past their deadline that are not done are marked “overdue”."
            )
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #52606d;")
        below_layout.addWidget(self.legend)

        splitter = QSplitter(Qt.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.plan_table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([110, 590])
        layout.addWidget(splitter, 1)
        self.refresh()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Reload the plans; the selected plan stays selected."""
        keep = self.selected_uuid()
        db = self.session.db
        self.plan_rows = plans.list_(db, ListQuery(limit=None, descending=True))
        overdue = _overdue_counts(db, [r["uuid"] for r in self.plan_rows])
        t = self.plan_table
        t.blockSignals(True)
        t.setRowCount(len(self.plan_rows))
        for i, r in enumerate(self.plan_rows):
            title = _cell(r["title"])
            title.setData(UUID_ROLE, r["uuid"])
            t.setItem(i, 0, title)
            years = (
                str(r["period_from"])
                if r["period_from"] == r["period_to"]
                else (f"{r['period_from']}–{r['period_to']}")
            )
            t.setItem(i, 1, _cell(years))
            t.setItem(i, 2, _cell(r["approved_on"] or self.tr("not yet")))
            t.setItem(i, 3, _cell(r["items"], right=True))
            n = overdue.get(r["uuid"], 0)
            late = _cell(n, right=True)
            if n:
                late.setForeground(QBrush(QColor(OVERDUE_FG)))
            t.setItem(i, 4, late)
        t.blockSignals(False)
        header = t.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for j in range(1, 5):
            header.setSectionResizeMode(j, QHeaderView.ResizeToContents)
        self.open_button.setEnabled(bool(self.plan_rows))
        row = next((i for i, r in enumerate(self.plan_rows) if r["uuid"] == keep), 0)
        if self.plan_rows:
            t.blockSignals(True)  # one _plan_chosen (below), not a second from the selection
            t.selectRow(row)
            t.blockSignals(False)
        self._plan_chosen()

    def selected_uuid(self) -> str | None:
        rows = self.plan_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.plan_table.item(rows[0].row(), 0).data(UUID_ROLE)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_load_when_shown", False):
            self._load_when_shown = False
            self._plan_chosen()

    def _get_plan(self, uuid: str) -> dict[str, Any]:
        """``plans.get`` (its progress figures read every linked activity: 40 ms for a plan
        of 38,000 activities), again only when the data or the day has changed: showing
        the page and the window's refresh right after ask for the same plan."""
        db = self.session.db
        key = (
            uuid,
            db.conn.total_changes,
            db.execute("PRAGMA data_version").fetchone()[0],
            clock.today(),
        )
        cached = getattr(self, "_plan_cache", None)
        if cached is None or cached[0] != key:
            self._plan_cache = cached = (key, plans.get(db, uuid))
        return cached[1]

    def _plan_chosen(self) -> None:
        uuid = self.selected_uuid()
        t = self.item_table
        t.setRowCount(0)
        if uuid is None:
            self.plan = None
            self.items_title.setText(
                self.tr("No plan yet. Press “New plan” to enter the station's plan.")
                if not self.plan_rows
                else ""
            )
            return
        if not self.isVisible():  # built or refreshed while hidden: loaded when shown
            self._load_when_shown = True
            return
        self.plan = self._get_plan(uuid)
        items = self.plan["items"]
        late = sum(1 for it in items if it["overdue"])
        title = (
            self.tr("Items of “%1” (%2)")
            .replace("%1", self.plan["title"])
            .replace("%2", str(len(items)))
        )
        if late:
            title += " · " + self.tr("%n overdue", "", late)
        self.items_title.setText(title)
        partners = self.session.partners()
        t.setRowCount(len(items))
        bold = QFont(t.font())
        bold.setBold(True)
        for i, it in enumerate(items):
            p = it["progress"]
            responsible = ", ".join(
                x
                for x in (
                    partners.get(it.get("responsible_partner") or "", ""),
                    it.get("responsible") or "",
                )
                if x
            )
            status = self.session.label("plan_item_status", it["status"])
            deadline = it["deadline"] or self.tr("no deadline")
            if it["overdue"]:
                deadline = self.tr("%1 — overdue").replace("%1", deadline)
            target = it.get("target")
            indicator = it.get("indicator") or ""
            target_text = (
                indicator
                if target is None
                else (f"{target} — {indicator}" if indicator else str(target))
            )
            progress = [self.tr("%Ln activity(ies)", "", p["activities"])]
            progress.append(self.tr("%Ln participant(s)", "", p["participants"]))
            if p["last_held_on"]:
                progress.append(self.tr("last on %1").replace("%1", p["last_held_on"]))
            cells = [
                _cell(
                    it["activity"], tooltip=self.tr("Objective: %1").replace("%1", it["objective"])
                ),
                _cell(self.session.label("theme", it["theme"])),
                _cell(responsible),
                _cell(f"{deadline}\n{status}"),
                _cell(target_text),
                _cell("\n".join(progress)),
            ]
            for j, cell in enumerate(cells):
                cell.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
                if it["overdue"]:
                    cell.setBackground(QBrush(QColor(OVERDUE_BG)))
                    cell.setForeground(QBrush(QColor(OVERDUE_FG)))
                    if j == 3:
                        cell.setFont(bold)
                t.setItem(i, j, cell)
        header = t.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for j, width in enumerate((150, 170, 180, 170, 200), 1):
            header.setSectionResizeMode(j, QHeaderView.Interactive)
            header.resizeSection(j, width)
        t.resizeRowsToContents()

    def open_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.open_requested.emit(uuid)


def _overdue_counts(db, uuids: list[str]) -> dict[str, int]:
    """plan uuid -> items past their deadline, not done or cancelled (one query)."""
    if not uuids:
        return {}
    marks = ", ".join("?" for _ in uuids)
    return dict(
        db.execute(
            "SELECT plan_uuid, count(*) FROM plan_items"
            f" WHERE deleted = 0 AND plan_uuid IN ({marks})"
            " AND status NOT IN ('done', 'cancelled') AND deadline IS NOT NULL AND deadline < ?"
            " GROUP BY plan_uuid",
            [*uuids, clock.today().isoformat()],
        ).fetchall()
    )
