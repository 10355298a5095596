"""A lazily fetching table model over a record kind's SQL list (never all rows in Python).

Sorting, filtering and search are done by the service in SQL; the model keeps the rows
fetched so far and asks for the next page when the view scrolls near the end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from station_app.services.records import ListQuery

PAGE_SIZE = 200
_ALERT = QBrush(QColor("#b00020"))
UUID_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One visible column: its header, how to show a row, and its SQL sort key (if any)."""

    header: str
    display: Callable[[dict[str, Any]], str]
    sort_key: str | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows from ``list_fn(db, query)``; total from ``count_fn(db, query)``."""

    def __init__(
        self,
        list_fn: Callable[[Any, ListQuery], list[dict[str, Any]]],
        count_fn: Callable[[Any, ListQuery], int],
        db: Any,
        columns: list[Column],
        *,
        highlight: Callable[[dict[str, Any]], bool] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self._list = list_fn
        self._count = count_fn
        self._db = db
        self._columns = columns
        self._highlight = highlight
        self._query = ListQuery(limit=PAGE_SIZE)
        self._rows: list[dict[str, Any]] = []
        self._cells: dict[int, list[str]] = {}
        self._flags: dict[int, bool] = {}
        self._total = 0

    # ---------------------------------------------------------------- querying

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        """All rows matching the current query (not only those fetched)."""
        return self._total

    def set_query(self, query: ListQuery) -> None:
        """Replace filters/search/sort and start again from the first page."""
        self.beginResetModel()
        self._query = replace(query, offset=0, limit=PAGE_SIZE)
        self._total = self._count(self._db, self._query)
        self._rows = self._list(self._db, self._query)
        self._cells.clear()
        self._flags.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def row(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    # --------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._list(self._db, replace(self._query, offset=len(self._rows)))
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    _ROLES = frozenset(
        {
            Qt.DisplayRole,
            UUID_ROLE,
            ROW_ROLE,
            Qt.TextAlignmentRole,
            Qt.ForegroundRole,
            Qt.ToolTipRole,
        }
    )

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        if role not in self._ROLES or not index.isValid():
            return None
        r = index.row()
        if r >= len(self._rows):
            return None
        if role == Qt.DisplayRole or role == Qt.ToolTipRole:
            cells = self._cells.get(r)
            if cells is None:  # format a row once, when it is first shown
                row = self._rows[r]
                cells = self._cells[r] = [c.display(row) for c in self._columns]
            return cells[index.column()]
        row = self._rows[r]
        if role == UUID_ROLE:
            return row.get("uuid")
        if role == ROW_ROLE:
            return row
        if role == Qt.TextAlignmentRole:
            if self._columns[index.column()].align_right:
                return int(Qt.AlignRight | Qt.AlignVCenter)
            return None
        if self._highlight is not None:  # ForegroundRole
            flag = self._flags.get(r)
            if flag is None:
                flag = self._flags[r] = bool(self._highlight(row))
            return _ALERT if flag else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        self.set_query(replace(self._query, sort=key, descending=order == Qt.DescendingOrder))
