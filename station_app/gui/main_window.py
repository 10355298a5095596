"""The main window: navigation on the left, one page at a time, a status bar below."""

from __future__ import annotations

import importlib
import weakref
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import paths
from station_app.gui.lock_screen import LockScreen
from station_app.gui.session import Session
from station_app.gui.sync_status import last_sync_text
from station_app.services import settings as settings_service
from station_app.store import backup

# kind -> (module, class) of its editor; imported when first opened
EDITORS = {
    "complaints": ("station_app.gui.editors.complaint", "ComplaintEditor"),
    "meetings": ("station_app.gui.editors.meeting", "MeetingEditor"),
    "activities": ("station_app.gui.editors.activity", "ActivityEditor"),
    "plans": ("station_app.gui.editors.plan", "PlanEditor"),
}


class PlaceholderPage(QWidget):
    """A page whose feature comes in a later release; it says so plainly."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch()

    def refresh(self) -> None:
        pass


class Pages(Mapping):
    """The window's pages by key, in navigation order. A page is built the first time it
    is asked for (shown, or looked up here), so the window opens with only the dashboard
    built; :meth:`built` answers without building.

    Nothing here holds the window strongly (a weak reference; makers take the window as
    their argument): a reference cycle would leave a closed window to Python's cyclic
    garbage collector, which may run in a pool thread and must not delete Qt objects
    there."""

    def __init__(self, window: MainWindow):
        self._window = weakref.ref(window)
        self._keys: list[str] = []
        self._makers: dict[str, Callable[[MainWindow], QWidget]] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, key: str, make: Callable[[MainWindow], QWidget]) -> None:
        self._keys.append(key)
        self._makers[key] = make

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            make = self._makers[key]  # KeyError for an unknown page
            window = self._window()
            if window is None:
                raise KeyError(key)
            page = self._built[key] = make(window)
            window._place_page(self._keys.index(key), page)
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._makers

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built, else None (never builds it)."""
        return self._built.get(key)

    def built_pages(self) -> list[QWidget]:
        return [self._built[k] for k in self._keys if k in self._built]


class MainWindow(QMainWindow):
    """The station's window. :attr:`painted` fires once, from the event loop, after the
    window's first paint: work that can wait (the backup at start, the check of a big
    file) starts then, so it does not hold up the window's first appearance."""

    painted = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.was_painted = False
        self.setObjectName("mainWindow")
        self.editors: list[QWidget] = []
        self.locked = False
        self.resize(1366, 768)
        self.setMinimumSize(1024, 600)
        self._build()
        conf = settings_service.get_all(session.db)
        self.idle = QTimer(self)
        self.idle.setObjectName("idleTimer")
        self.idle.setSingleShot(True)
        self.idle.setInterval(max(1, int(conf["idle_lock_minutes"])) * 60_000)
        self.idle.timeout.connect(self.lock)
        self.idle.start()
        QApplication.instance().installEventFilter(self)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.was_painted:
            self.was_painted = True
            QTimer.singleShot(0, self.painted.emit)

    # ---------------------------------------------------------------- auto-lock

    _INPUT = frozenset(
        {
            QEvent.KeyPress,
            QEvent.MouseButtonPress,
            QEvent.MouseMove,
            QEvent.Wheel,
            QEvent.TouchBegin,
        }
    )

    def eventFilter(self, watched, event) -> bool:
        if not self.locked and event.type() in self._INPUT:
            self.idle.start()  # any input restarts the idle countdown
        return False

    def lock(self) -> None:
        """Hide the work (drafts stay open but hidden) and ask for a login."""
        if self.locked:
            return
        self.locked = True
        drafts = 0
        for editor in self.editors:
            if editor.isVisible():
                editor.hide()
                editor.setProperty("parked", True)
            if editor.is_dirty():
                drafts += 1
        self.lock_screen.prepare(drafts)
        self.root.setCurrentWidget(self.lock_screen)
        self.status_user.setText(self.tr("locked"))

    def _unlocked(self, actor) -> None:
        if actor.username != self.session.actor.username:
            self.session.actor = actor  # another user takes the desk
            self.retranslate()
        self.locked = False
        self.root.setCurrentWidget(self.work)
        for editor in self.editors:  # a user's drafts come back only to that user
            if editor.property("parked") and editor.actor.username == actor.username:
                editor.setProperty("parked", False)
                editor.show()
        self.update_status()
        self.idle.start()

    def closeEvent(self, event) -> None:
        """Refuse to close over unsaved drafts: show them instead (no modal question, so
        nothing can block), and let the user save or discard each one."""
        drafts = [e for e in self.editors if e.is_dirty()]  # shown, hidden or parked
        if drafts:
            event.ignore()
            self.statusBar().showMessage(
                self.tr(
                    "%n record(s) have unsaved changes: save or discard them first.",
                    "",
                    len(drafts),
                ),
                15_000,
            )
            for editor in drafts:
                if editor.actor.username == self.session.actor.username:
                    editor.show()
                    editor.raise_()
            return
        for editor in list(self.editors):
            editor.close()
        QApplication.instance().removeEventFilter(self)
        event.accept()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        prof = self.session.profile
        self.setWindowTitle(
            self.tr("Station App — %1 %2").replace("%1", prof["code"]).replace("%2", prof["name"])
        )
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }"
        )
        self.stack = QStackedWidget()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.work = central
        self.lock_screen = LockScreen(self.session)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.root = QStackedWidget()
        self.root.addWidget(central)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)

        self.pages = Pages(self)
        self._add_page("dashboard", self.tr("Dashboard"), MainWindow._make_dashboard)
        for key, title in (
            ("complaints", QCoreApplication.translate("Lists", "Complaints")),
            ("meetings", QCoreApplication.translate("Lists", "Meetings")),
            ("activities", QCoreApplication.translate("Lists", "Activities")),
        ):
            self._add_page(key, title, lambda w, k=key: w._make_list(k))
        self._add_page("plans", self.tr("Prevention plan"), MainWindow._make_plans)
        self._add_page("reports", self.tr("Reports"), MainWindow._make_reports)
        self._add_page("sync", self.tr("Export / Sync"), MainWindow._make_sync)
        self._add_page("settings", self.tr("Settings"), MainWindow._make_settings)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        for i in range(self.nav.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, r=i: self.nav.setCurrentRow(r))
            self.addAction(action)
        self._build_status_bar()

    def _add_page(self, key: str, title: str, make: Callable[[MainWindow], QWidget]) -> None:
        """A navigation row for the page ``make(self)`` builds when it is first needed; an
        empty stand-in holds its place in the stack until then."""
        self.pages.add(key, make)
        self.stack.addWidget(QWidget())
        item = QListWidgetItem(title)
        item.setData(Qt.UserRole, key)
        self.nav.addItem(item)

    def _place_page(self, index: int, page: QWidget) -> None:
        """Put a just-built page in its stand-in's place (the shown page stays shown)."""
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if self.stack.currentWidget() is stand_in:
            self.stack.setCurrentWidget(page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()

    def _make_list(self, key: str) -> QWidget:
        # imported here: the list pages (and their models) load on the first visit
        from station_app.gui.pages import lists
        from station_app.gui.pages.list_page import ListPage

        make_spec = {
            "complaints": lists.complaint_list,
            "meetings": lists.meeting_list,
            "activities": lists.activity_list,
        }[key]
        page = ListPage(self.session, make_spec())
        page.open_requested.connect(lambda uuid: self.open_editor(key, uuid or None))
        return page

    def _make_reports(self) -> QWidget:
        # imported here: the report and PDF libraries load on the first visit
        from station_app.gui.pages.reports_page import ReportsPage

        return ReportsPage(self.session)

    def _make_dashboard(self) -> QWidget:
        try:
            from station_app.gui.pages.dashboard import DashboardPage
        except ImportError:
            return PlaceholderPage(self.tr("Dashboard"), "")
        return DashboardPage(self.session, self.show_list)

    def _make_plans(self) -> QWidget:
        try:
            from station_app.gui.pages.plans_page import PlansPage
        except ImportError:
            return PlaceholderPage(self.tr("Prevention plan"), "")
        page = PlansPage(self.session)
        page.open_requested.connect(lambda uuid: self.open_editor("plans", uuid or None))
        return page

    def _make_sync(self) -> QWidget:
        from station_app.gui.pages.sync_page import SyncPage

        page = SyncPage(self.session)
        page.synced.connect(self.update_status)
        return page

    def _make_settings(self) -> QWidget:
        try:
            from station_app.gui.pages.settings_page import SettingsPage
        except ImportError:
            return PlaceholderPage(self.tr("Settings"), "")
        from station_app.gui.pages.users_tab import UsersTab

        page = SettingsPage(self.session)
        page.tabs.addTab(UsersTab(self.session), self.tr("Users"))
        page.language_changed.connect(self.retranslate)
        page.reference_changed.connect(self._reference_changed)
        page.backups_changed.connect(self.update_status)
        return page

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_station = QLabel()
        self.status_user = QLabel()
        self.status_backup = QLabel()
        self.status_export = QLabel()
        for w in (self.status_station, self.status_user, self.status_backup, self.status_export):
            w.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(w)
        self.update_status()

    def update_status(self) -> None:
        prof = self.session.profile
        actor = self.session.actor
        station_text = f"{prof['code']} · {prof['name']}"  # a long name is cut: all must fit
        self.status_station.setToolTip(station_text)
        metrics = self.status_station.fontMetrics()
        self.status_station.setText(metrics.elidedText(station_text, Qt.ElideRight, 240))
        self.status_user.setText(
            f"{actor.full_name or actor.username} ({self.session.label('role', actor.role)})"
        )
        newest = backup.list_backups(paths.backups_dir(self.session.data_dir))
        when = (
            datetime.fromtimestamp(newest[0].stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            if newest
            else self.tr("never")
        )
        self.status_backup.setText(self.tr("Last backup: %1").replace("%1", when))
        last, station_mode = last_sync_text(self.session)
        label = self.tr("Last export: %1") if station_mode else self.tr("Last import: %1")
        self.status_export.setText(label.replace("%1", last or self.tr("never")))

    # -------------------------------------------------------------- navigation

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[self.nav.item(row).data(Qt.UserRole)]  # built on the first visit
        self.stack.setCurrentIndex(row)
        if hasattr(page, "refresh"):
            page.refresh()

    def show_page(self, key: str) -> QWidget:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.UserRole) == key:
                self.nav.setCurrentRow(i)
                break
        return self.pages[key]

    def show_list(self, kind: str, filters: dict[str, Any]) -> None:
        """Open a list filtered as given (the dashboard's click-through)."""
        page = self.show_page(kind)
        if hasattr(page, "set_filters"):  # a list page (the plan page takes no filters)
            page.set_filters(filters)

    def open_editor(self, kind: str, uuid: str | None) -> QWidget:
        module, cls = EDITORS[kind]
        editor_cls = getattr(importlib.import_module(module), cls)
        editor = editor_cls(self.session, uuid, self)
        editor.setWindowModality(Qt.WindowModal)
        editor.saved.connect(lambda _uuid, k=kind: self._record_saved(k))
        editor.destroyed.connect(
            lambda *_: self.editors.remove(editor) if editor in self.editors else None
        )
        self.editors.append(editor)
        editor.show()
        return editor

    def _reference_changed(self) -> None:
        """Labels or settlements were edited: lists refill their filter choices."""
        self.session.forget_cached()
        for page in self.pages.built_pages():  # the others load when first shown
            if hasattr(page, "reload_choices"):  # the list pages
                page.reload_choices()

    def _record_saved(self, kind: str) -> None:
        page = self.pages.built(kind)
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    def retranslate(self) -> None:
        """Rebuild the pages in the newly chosen language."""
        current = self.nav.currentItem().data(Qt.UserRole) if self.nav.currentItem() else None
        self.session.forget_cached()
        old = self.centralWidget()
        self.statusBar().deleteLater()
        self.setStatusBar(None)
        for action in self.actions():
            self.removeAction(action)
        self._build()
        old.deleteLater()
        if current:
            self.show_page(current)
