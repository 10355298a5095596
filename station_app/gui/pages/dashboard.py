"""The dashboard: this month's counts, what is overdue and due this week, and four charts.

Every number comes from :mod:`station_app.services.dashboard` (one SQL query each), read in
a pool thread over a connection of its own so a big station opens at once. A click
on a card, a list entry or a chart bar opens the matching filtered list through
``navigate(kind, filters)`` (the main window's ``show_list``). The cards count today's
calendar month; the charts show either this month or the last 12 months (a choice above
them, named in each chart's title).
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from station_app import clock, paths
from station_app.gui import tasks
from station_app.gui.session import Session
from station_app.services import complaints as complaints_service
from station_app.services import dashboard as data
from station_app.services.dashboard import Period
from station_app.store.connection import connect

Navigate = Callable[[str, dict[str, Any]], None]
TARGET_ROLE = Qt.UserRole + 1  # (kind, filters) a list entry opens

# Okabe-Ito colours: told apart with every common colour-vision deficiency, and the
# blue/orange pair stays distinct when printed in greys.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
SKY = "#56B4E9"
TEXT = "#1f2933"
MUTED = "#52606d"
ALERT = "#b00020"
BORDER = "#c5ccd3"
CHART_HEIGHT = 270
LABEL_PX = 150  # category labels wider than this are shortened ("…")


class Card(QFrame):
    """One of this month's counts: a big number, a caption, a detail line. Clickable."""

    clicked = Signal()

    def __init__(self, caption: str, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.NoFrame)
        self.setStyleSheet(
            f"QFrame#{object_name} {{ background: white; border: 1px solid {BORDER};"
            " border-radius: 4px; }"
            f"QFrame#{object_name}:focus {{ border: 2px solid {BLUE}; }}"
        )
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        self.value = QLabel("…")  # until the first figures are read
        self.value.setObjectName("value")
        self.value.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {TEXT};")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet(f"font-size: 10pt; color: {TEXT};")
        self.detail = QLabel("")
        self.detail.setStyleSheet(f"font-size: 9pt; color: {MUTED};")
        for w in (self.caption, self.detail):
            w.setWordWrap(True)  # a long Russian or Kyrgyz caption takes two lines
        for w in (self.value, self.caption, self.detail):
            w.setAttribute(Qt.WA_TransparentForMouseEvents)
            layout.addWidget(w)
        self._clickable = False

    def set_clickable(self, clickable: bool, tooltip: str = "") -> None:
        self._clickable = clickable
        self.setCursor(Qt.PointingHandCursor if clickable else Qt.ArrowCursor)
        self.setFocusPolicy(Qt.StrongFocus if clickable else Qt.NoFocus)
        self.setToolTip(tooltip)

    def set_values(self, value: int, detail: str, *, alert: bool = False) -> None:
        self.value.setText(_num(value))
        colour = ALERT if alert else TEXT
        self.value.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {colour};")
        self.detail.setText(detail)

    def mouseReleaseEvent(self, event) -> None:
        if self._clickable and event.button() == Qt.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if self._clickable and event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class BarChart(QChartView):
    """A compact bar chart whose bars open a list; rebuilt on every ``show``."""

    def __init__(self, object_name: str, horizontal: bool, parent: QWidget | None = None):
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName(object_name)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setMinimumWidth(300)
        self.setStyleSheet(f"QChartView {{ border: 1px solid {BORDER}; background: white; }}")
        chart = self._chart
        chart.setAnimationOptions(QChart.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 8, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setTheme(QChart.ChartThemeLight)
        title_font = QFont(self.font())
        title_font.setPointSize(10)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(QBrush(QColor(TEXT)))
        chart.legend().setFont(_font(self, 9))
        chart.legend().setAlignment(Qt.AlignBottom)
        self.sets: list[QBarSet] = []
        self.categories: list[str] = []
        self._on_bar = False

    def show_data(
        self,
        title: str,
        subtitle: str,
        categories: list[str],
        sets: list[tuple[str, list[int], str]],
        on_click: Callable[[int, int], None],
    ) -> None:
        """``sets``: (name, one value per category, colour); ``on_click(set, category)``."""
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        self.sets = []
        self.categories = list(categories)
        self.title = title
        if not categories:
            subtitle += " — " + self.tr("no records")
        chart.setTitle(
            f"{html.escape(title)}<br><span style='font-size: 8pt; font-weight: normal;"
            f" color: {MUTED};'>{html.escape(subtitle)}</span>"
        )
        self.setToolTip(f"{title}\n{subtitle}")  # whole, where a narrow chart cuts it
        if not categories:
            self.setCursor(Qt.ArrowCursor)
            return
        self.setCursor(Qt.PointingHandCursor)
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.7)
        top = 0
        for set_index, (name, values, colour) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor("#333333"))
            bar_set.setLabelColor(QColor(TEXT))
            bar_set.setLabelFont(_font(self, 8))
            bar_set.clicked.connect(lambda i, s=set_index: on_click(s, i))
            bar_set.hovered.connect(
                lambda status, i, n=name, vals=values: self._hover(status, i, n, vals, len(sets))
            )
            series.append(bar_set)
            self.sets.append(bar_set)
            top = max([top, *values])
        chart.addSeries(series)
        cat_axis = QBarCategoryAxis()
        label_font = _font(self, 8)
        cat_axis.append([_elide(c, label_font) for c in categories])
        cat_axis.setLabelsFont(label_font)
        cat_axis.setGridLineVisible(False)
        cat_axis.setTruncateLabels(False)  # _elide has made them fit
        value_axis = QValueAxis()
        value_axis.setLabelFormat("%d")
        value_axis.setLabelsFont(_font(self, 8))
        hi = _nice_max(top)
        value_axis.setRange(0, hi)
        value_axis.setTickCount(_ticks(hi))
        value_axis.setGridLineColor(QColor("#e4e7eb"))
        if self.horizontal:
            chart.addAxis(cat_axis, Qt.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignBottom)
        else:
            chart.addAxis(cat_axis, Qt.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignLeft)
        series.attachAxis(cat_axis)
        series.attachAxis(value_axis)
        chart.legend().setVisible(len(sets) > 1)

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip and self._on_bar:
            return True  # over a bar its own tooltip shows, not the chart's title
        return super().event(event)

    def _hover(self, status: bool, index: int, name: str, values: list[int], n: int) -> None:
        self._on_bar = status
        if not status:
            QToolTip.hideText()
            return
        text = self.categories[index]
        if n > 1:
            text += f" · {name}"
        QToolTip.showText(QCursor.pos(), f"{text}: {values[index]}", self)


def _font(widget: QWidget, points: int) -> QFont:
    font = QFont(widget.font())
    font.setPointSize(points)
    return font


def _elide(text: str, font: QFont) -> str:
    """One line that fits the axis (Qt would cut it anyway, less neatly); the bar's
    tooltip shows the whole label."""
    return QFontMetrics(font).elidedText(text, Qt.ElideRight, LABEL_PX)


def _nice_max(top: int) -> int:
    """A round axis maximum with room for the value labels beyond the longest bar."""
    want = max(4, int(top * 1.18) + 1)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if want <= step * 5:
            return -(-want // step) * step
    return want


def _ticks(hi: int) -> int:
    for n in (6, 5, 4, 3):
        if hi % (n - 1) == 0:
            return n
    return 2


class DashboardPage(QWidget):
    """What needs doing now and how the month is going. ``refresh()`` reloads it all."""

    loaded = Signal()  # the figures shown are the current ones (or could not be read)

    def __init__(self, session: Session, navigate: Navigate, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.navigate = navigate
        self._painted = False
        self.setObjectName("dashboard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        content.setObjectName("dashboardContent")
        content.setStyleSheet("QWidget#dashboardContent { background: #f5f7fa; }")
        content.installEventFilter(self)
        self.content = content
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(6)

        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet(f"font-size: 15pt; font-weight: bold; color: {TEXT};")
        top.addWidget(self.heading)
        top.addStretch()
        self.today_label = QLabel()
        self.today_label.setStyleSheet(f"color: {MUTED};")
        top.addWidget(self.today_label)
        layout.addLayout(top)

        cards = QHBoxLayout()
        cards.setSpacing(8)
        self.card_received = Card(self.tr("Complaints received"), "cardReceived")
        self.card_resolved = Card(self.tr("Complaints resolved"), "cardResolved")
        self.card_overdue = Card(self.tr("Complaints overdue now"), "cardOverdue")
        self.card_meetings = Card(self.tr("Meetings held"), "cardMeetings")
        self.card_activities = Card(self.tr("Prevention activities"), "cardActivities")
        self.cards = {
            "received": self.card_received,
            "resolved": self.card_resolved,
            "overdue": self.card_overdue,
            "meetings": self.card_meetings,
            "activities": self.card_activities,
        }
        for card in self.cards.values():
            cards.addWidget(card)
        self.card_received.set_clickable(True, self.tr("Open this month's complaints"))
        self.card_resolved.set_clickable(
            False, self.tr("Complaints closed as resolved this month, whenever they were received")
        )
        self.card_overdue.set_clickable(True, self.tr("Open the overdue complaints"))
        self.card_meetings.set_clickable(True, self.tr("Open this month's meetings"))
        self.card_activities.set_clickable(True, self.tr("Open this month's activities"))
        self.card_received.clicked.connect(
            lambda: self.navigate("complaints", data.month_period().filters())
        )
        self.card_overdue.clicked.connect(lambda: self.navigate("complaints", {"overdue": True}))
        self.card_meetings.clicked.connect(
            lambda: self.navigate("meetings", data.month_period().filters())
        )
        self.card_activities.clicked.connect(
            lambda: self.navigate("activities", data.month_period().filters())
        )
        layout.addLayout(cards)

        body = QHBoxLayout()
        body.setSpacing(10)
        lists = QVBoxLayout()
        lists.setSpacing(4)
        self.overdue_title = _section_label()
        self.overdue_list = self._make_list("overdueList")
        self.due_title = _section_label()
        self.due_list = self._make_list("dueList")
        lists.addWidget(self.overdue_title)
        lists.addWidget(self.overdue_list, 1)
        lists.addWidget(self.due_title)
        lists.addWidget(self.due_list, 1)
        body.addLayout(lists, 3)

        charts = QVBoxLayout()
        charts.setSpacing(4)
        bar = QHBoxLayout()
        bar.addWidget(_section_label(self.tr("Charts for")))
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("chartPeriod")
        self.period_combo.addItem("", "month")
        self.period_combo.addItem("", "year")
        self.period_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.period_combo.currentIndexChanged.connect(self._load)
        bar.addWidget(self.period_combo)
        hint = QLabel(self.tr("Click a bar to open the matching list."))
        hint.setStyleSheet(f"color: {MUTED};")
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        charts.addLayout(bar)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.chart_category = BarChart("chartCategory", horizontal=True)
        self.chart_status = BarChart("chartStatus", horizontal=True)
        self.chart_theme = BarChart("chartTheme", horizontal=True)
        self.chart_sex = BarChart("chartSex", horizontal=False)
        grid.addWidget(self.chart_category, 0, 0)
        grid.addWidget(self.chart_status, 0, 1)
        grid.addWidget(self.chart_theme, 1, 0)
        grid.addWidget(self.chart_sex, 1, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        charts.addLayout(grid, 1)
        body.addLayout(charts, 7)
        layout.addLayout(body, 1)
        self.loading = True  # until the first figures are shown
        self._wanted: tuple[Any, ...] | None = None
        self._cached_figures: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self._cached_charts: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self.refresh()

    def _make_list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setMinimumHeight(150)
        widget.setTextElideMode(Qt.ElideRight)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        widget.setResizeMode(QListView.Adjust)
        widget.setVerticalScrollMode(QListView.ScrollPerPixel)
        widget.setSpacing(2)
        widget.setStyleSheet(f"QListWidget {{ background: white; border: 1px solid {BORDER}; }}")
        widget.itemClicked.connect(self._open_item)
        widget.itemActivated.connect(self._open_item)
        return widget

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Show the current figures: at once when neither the data nor the day has changed
        since they were read, else once a pool thread has read them over a connection of
        its own (the window answers meanwhile; before the first figures the cards show
        "…"). The first figures are read after the page's first paint, so a big station's
        window appears without waiting for them. :attr:`loading` is true until figures
        are shown; :attr:`loaded` then fires."""
        today = clock.today()
        self._month_name = _month_name(today)
        self.heading.setText(self.tr("Dashboard — %1").replace("%1", self._month_name))
        self.today_label.setText(
            self.tr("Today: %1").replace(
                "%1",
                QLocale().toString(QDate(today.year, today.month, today.day), QLocale.LongFormat),
            )
        )
        if self.period_combo.count():
            self.period_combo.setItemText(
                0, self.tr("this month (%1)").replace("%1", self._month_name)
            )
            year = data.last_12_months_period(today)
            self.period_combo.setItemText(
                1,
                self.tr("the last 12 months (%1 – %2)")
                .replace("%1", _short_month(year.date_from))
                .replace("%2", _short_month(year.date_to)),
            )
        if self._painted:
            self._load()

    def eventFilter(self, watched, event) -> bool:
        if not self._painted and event.type() == QEvent.Paint:
            self._painted = True  # the first figures are read once the page is on screen
            self.content.removeEventFilter(self)
            QTimer.singleShot(0, self._load)
        return False

    def _load(self) -> None:
        """Show the figures for today and the chosen chart period, reading what is not
        cached in a pool thread."""
        today, period = clock.today(), self.chart_period()
        state = self._data_state()
        want = (state, today, period)
        if self.loading and self._wanted == want:
            return  # already on its way
        self._wanted = want
        figures = self._cached_figures.get((state, today))
        charts = self._cached_charts.get((state, period))
        if figures is not None and charts is not None:
            self._show(today, period, figures, charts)
            return
        self.loading = True
        db_file = paths.db_path(self.session.data_dir)

        def read(_progress) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
            db = connect(db_file, readonly=True)
            try:
                return (
                    figures or _read_figures(db, today),
                    charts or _read_charts(db, period),
                )
            finally:
                db.close()

        tasks.run_task(
            read,
            lambda got: self._arrived(want, got),
            lambda exc: self._failed(want, exc),
            pool=tasks.quick_pool(),
            owner=self,  # the page may be rebuilt (another language) meanwhile
        )

    def _arrived(self, want: tuple[Any, ...], got: tuple[Any, ...]) -> None:
        (state, today, period), (figures, charts) = want, got
        self._cached_figures = {(state, today): figures}  # only the latest is kept
        self._cached_charts = {(state, period): charts}
        if want != self._wanted:
            return  # a newer request is on its way
        if not self.isVisible():  # the window was closed meanwhile: shown from the cache
            self.loading, self._wanted = False, None  # when the page is next refreshed
            return
        self._show(today, period, figures, charts)

    def _failed(self, want: tuple[Any, ...], exc: Exception) -> None:
        print(f"station-app: dashboard: {type(exc).__name__}: {exc}", file=sys.stderr)
        if want != self._wanted:
            return
        self.loading = False
        self.overdue_title.setText(
            self.tr("The figures could not be read. Open the page again to retry.")
        )
        self.loaded.emit()

    def _show(self, today: date, period: Period, figures: tuple[Any, ...], charts) -> None:
        counts, overdue_pair, followups_pair, plan_pair, due = figures
        overdue, overdue_total = overdue_pair
        followups, followups_total = followups_pair
        plan_items, plan_total = plan_pair
        self.counts = counts | {"overdue": overdue_total}

        in_month = self.in_month(today)
        self.card_received.set_values(counts["complaints_received"], in_month)
        self.card_resolved.set_values(counts["complaints_resolved"], in_month)
        self.card_overdue.set_values(
            overdue_total, self.tr("past the answer deadline"), alert=overdue_total > 0
        )
        self.card_meetings.set_values(
            counts["meetings"], self._men_women(counts["meeting_men"], counts["meeting_women"])
        )
        self.card_activities.set_values(
            counts["activities"], self._men_women(counts["activity_men"], counts["activity_women"])
        )

        self._fill_overdue(
            overdue, overdue_total, followups, followups_total, plan_items, plan_total
        )
        self._fill_due(today, due)
        self._show_charts(period, charts)
        self.loading = False
        self.loaded.emit()

    def _data_state(self) -> tuple[int, int]:
        """Changes since the connection opened (its own writes, other connections'
        commits): equal values mean the data read before is still the data."""
        db = self.session.db
        return db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0]

    def in_month(self, d: date) -> str:
        """'in November 2026', inflected as each language needs (в ноябре 2026 г.,
        2026-жылдын ноябрында): one string per month for the translators."""
        phrases = (
            self.tr("in January %1"),
            self.tr("in February %1"),
            self.tr("in March %1"),
            self.tr("in April %1"),
            self.tr("in May %1"),
            self.tr("in June %1"),
            self.tr("in July %1"),
            self.tr("in August %1"),
            self.tr("in September %1"),
            self.tr("in October %1"),
            self.tr("in November %1"),
            self.tr("in December %1"),
        )
        return phrases[d.month - 1].replace("%1", str(d.year))

    def period_phrase(self, period: Period) -> str:
        """The charts' period as it fits 'received …' / 'held …'."""
        if period.date_from[:7] == period.date_to[:7]:
            return self.in_month(date.fromisoformat(period.date_from))
        return (
            self.tr("in the last 12 months (%1 – %2)")
            .replace("%1", _short_month(period.date_from))
            .replace("%2", _short_month(period.date_to))
        )

    def _men_women(self, men: int, women: int) -> str:
        return self.tr("men %1 · women %2").replace("%1", _num(men)).replace("%2", _num(women))

    def chart_period(self) -> Period:
        today = clock.today()
        if self.period_combo.currentData() == "year":
            return data.last_12_months_period(today)
        return data.month_period(today)

    # -------------------------------------------------------------------- lists

    # Each entry is two lines, each cut with "…" if too long (its tooltip has it whole):
    # Qt's word wrap in list views can misjudge the height of a wrapped entry.

    def _fill_overdue(
        self,
        overdue,
        overdue_total,
        followups,
        followups_total,
        plan_items,
        plan_total,
    ) -> None:
        w = self.overdue_list
        w.clear()
        total = overdue_total + followups_total + plan_total
        self.overdue_title.setText(self.tr("Overdue (%1)").replace("%1", _num(total)))
        if not total:
            self._add_note(w, self.tr("Nothing is overdue."))
        if overdue_total:
            self._add_header(
                w,
                self.tr("Complaints past the answer deadline: %1").replace(
                    "%1", _num(overdue_total)
                ),
                self.tr("open them all in the complaint list"),
                ("complaints", {"overdue": True}),
            )
            for r in overdue:
                self._add_entry(
                    w,
                    f"{r['number']} · {self.session.label('complaint_category', r['category'])}",
                    self._late(r["due_on"], r["days_overdue"]),
                    ("complaints", {"search": r["number"]}),
                    alert=True,
                )
            if overdue_total > len(overdue):
                self._add_note(
                    w, self.tr("… and %1 more").replace("%1", _num(overdue_total - len(overdue)))
                )
        if followups_total:
            self._add_header(
                w,
                self.tr("Meeting follow-ups not done: %1").replace("%1", _num(followups_total)),
                self.tr("open the meetings they belong to"),
                ("meetings", {"overdue": True}),
            )
            for r in followups:
                self._add_entry(
                    w,
                    self.tr("Meeting of %1: %2")
                    .replace("%1", r["held_on"])
                    .replace("%2", _one_line(r["action"])),
                    self._late(r["due_on"], r["days_overdue"]),
                    ("meetings", {"date_from": r["held_on"], "date_to": r["held_on"]}),
                    alert=True,
                )
        if plan_total:
            self._add_header(
                w,
                self.tr("Plan items past their deadline: %1").replace("%1", _num(plan_total)),
                self.tr("open the prevention plan"),
                ("plans", {}),
            )
            for r in plan_items:
                self._add_entry(
                    w,
                    _one_line(r["activity"]),
                    self._late(r["deadline"], r["days_overdue"]),
                    ("plans", {}),
                    alert=True,
                )

    def _late(self, due_on: str, days: int) -> str:
        return self.tr("due %1, %n day(s) late", "", days).replace("%1", due_on)

    def _fill_due(self, today: date, due: list[dict[str, Any]]) -> None:
        w = self.due_list
        w.clear()
        self.due_title.setText(self.tr("Due in the next 7 days (%1)").replace("%1", _num(len(due))))
        if not due:
            self._add_note(w, self.tr("Nothing falls due in the next 7 days."))
        for r in due:
            when = self._when(today, r["due_on"])
            kind = r["kind"]
            category = self.session.label("complaint_category", r["code"])
            if kind == "complaint":
                what = self.tr("answer due")
                text = f"{r['ref']} · {category}"
                target = ("complaints", {"search": r["ref"]})
            elif kind == "order":
                what = self.tr("protection order ends")
                text = f"{r['ref']} · {category}"
                target = ("complaints", {"search": r["ref"]})
            elif kind == "followup":
                what = self.tr("follow-up due")
                text = (
                    self.tr("Meeting of %1: %2")
                    .replace("%1", r["ref_date"])
                    .replace("%2", _one_line(r["text"]))
                )
                target = ("meetings", {"date_from": r["ref_date"], "date_to": r["ref_date"]})
            else:
                what = self.tr("plan deadline")
                text = _one_line(r["text"])
                target = ("plans", {})
            self._add_entry(w, f"{when} — {what}", text, target)

    def _when(self, today: date, due_on: str) -> str:
        days = (date.fromisoformat(due_on) - today).days
        if days == 0:
            return self.tr("%1, today").replace("%1", due_on)
        if days == 1:
            return self.tr("%1, tomorrow").replace("%1", due_on)
        return self.tr("%1, in %n day(s)", "", days).replace("%1", due_on)

    @staticmethod
    def _add_header(w: QListWidget, text: str, hint: str, target: tuple[str, dict]) -> None:
        item = QListWidgetItem(f"{text}\n{hint}")
        font = QFont(w.font())
        font.setBold(True)
        item.setFont(font)
        item.setData(TARGET_ROLE, target)
        item.setToolTip(f"{text} — {hint}")
        w.addItem(item)

    @staticmethod
    def _add_entry(
        w: QListWidget, first: str, second: str, target: tuple[str, dict], *, alert: bool = False
    ) -> None:
        item = QListWidgetItem(f"{first}\n{second}")
        item.setData(TARGET_ROLE, target)
        item.setToolTip(f"{first}\n{second}")
        if alert:
            item.setForeground(QColor(ALERT))
        w.addItem(item)

    @staticmethod
    def _add_note(w: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemIsEnabled)
        item.setForeground(QColor(MUTED))
        w.addItem(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            kind, filters = target
            self.navigate(kind, dict(filters))

    # ------------------------------------------------------------------- charts

    def _show_charts(self, period: Period, charts: tuple[Any, ...]) -> None:
        label = self.session.label
        when = self.period_phrase(period)
        span = period.filters()
        by_category, by_status, by_theme, sexes = charts

        codes = list(reversed(by_category))  # horizontal bars: the largest at the top
        self.chart_category.show_data(
            self.tr("Complaints by category"),
            self.tr("received %1").replace("%1", when),
            [label("complaint_category", c) for c in codes],
            [(self.tr("Complaints"), [by_category[c] for c in codes], BLUE)],
            lambda _s, i, codes=codes: self.navigate("complaints", {"category": codes[i], **span}),
        )
        self.category_codes = codes

        statuses = list(reversed(complaints_service.STATUSES)) if by_status else []
        self.chart_status.show_data(
            self.tr("Complaints by status (as of today)"),
            self.tr("received %1").replace("%1", when),
            [label("complaint_status", s) for s in statuses],
            [(self.tr("Complaints"), [by_status.get(s, 0) for s in statuses], SKY)],
            lambda _s, i, statuses=statuses: self.navigate(
                "complaints", {"status": statuses[i], **span}
            ),
        )
        self.status_codes = statuses

        themes = list(reversed(by_theme))
        self.chart_theme.show_data(
            self.tr("Activities by theme"),
            self.tr("held %1 (an activity may have several themes)").replace("%1", when),
            [label("theme", t) for t in themes],
            [(self.tr("Activities"), [by_theme[t] for t in themes], GREEN)],
            lambda _s, i, themes=themes: self.navigate("activities", {"theme": themes[i], **span}),
        )
        self.theme_codes = themes

        kinds = ["meetings", "activities"]
        has_people = any(sexes[k]["men"] or sexes[k]["women"] for k in kinds)
        self.chart_sex.show_data(
            self.tr("People attending, by sex"),
            self.tr("meetings and activities held %1").replace("%1", when),
            [self.tr("Meetings"), self.tr("Activities")] if has_people else [],
            [
                (self.tr("Men"), [sexes[k]["men"] for k in kinds], BLUE),
                (self.tr("Women"), [sexes[k]["women"] for k in kinds], ORANGE),
            ],
            lambda _s, i: self.navigate(kinds[i], dict(span)),
        )


def _read_figures(db: Any, today: date) -> tuple[Any, ...]:
    """The cards' and lists' queries (a pool thread, its own connection)."""
    return (
        data.month_counts(db, today),
        data.overdue_complaints(db, today),
        data.overdue_followups(db, today),
        data.overdue_plan_items(db, today),
        data.due_this_week(db, today),
    )


def _read_charts(db: Any, period: Period) -> tuple[Any, ...]:
    """The charts' queries for ``period`` (a pool thread, its own connection)."""
    return (
        data.complaints_by_category(db, period),
        data.complaints_by_status(db, period),
        data.activities_by_theme(db, period),
        data.attendance_by_sex(db, period),
    )


def _section_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"font-size: 11pt; font-weight: bold; color: {TEXT};")
    return label


def _one_line(text: str | None, limit: int = 90) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _num(n: int) -> str:
    """A count as the window's language writes it (1 234 in Russian and Kyrgyz)."""
    return QLocale().toString(int(n))


def _month_name(d: date) -> str:
    name = QLocale().standaloneMonthName(d.month, QLocale.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {d.year}"


def _short_month(iso: str) -> str:
    d = date.fromisoformat(iso)
    name = QLocale().standaloneMonthName(d.month, QLocale.ShortFormat)
    return f"{name[:1].upper()}{name[1:]} {d.year}"
