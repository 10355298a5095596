"""Reports: choose a period and language, make the PDF off the GUI thread, preview its
pages, print or save it; the chief closes (signs) or reopens a month here.

At a district office the page makes the consolidated report (the stations side by side,
:mod:`station_app.reports.district`) and has no month close: stations close their months.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app import clock
from station_app.gui import dialogs, i18n, tasks
from station_app.gui.session import Session
from station_app.reports import PeriodError, close_month, report_bytes, write_file
from station_app.reports.district import render_district_report
from station_app.services import months
from station_app.services.auth import MANAGERS
from station_app.services.errors import ServiceError
from station_app.store import open_db

PREVIEW_SCALE = 1.25  # 72 dpi * 1.25: an A4 page ~745 px wide
PRINT_DPI = 200


def page_images(pdf: bytes, scale: float) -> list[QImage]:
    """Render every page of ``pdf`` (any thread: QImage, not QPixmap)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        images = []
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=scale, rev_byteorder=True, prefer_bgrx=False)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format_RGB888,
            )
            images.append(image.copy())
        return images
    finally:
        doc.close()


class ReportsPage(QWidget):
    report_ready = Signal()
    closures_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.pdf: bytes | None = None
        self.signed = False
        self._busy = False
        self.district = session.profile["mode"] == "district"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(QLabel("<h2>" + self.tr("Reports") + "</h2>"))
        if self.district:
            note = QLabel(
                self.tr(
                    "District office: the report puts the stations side by side, from the "
                    "packages imported so far."
                )
            )
            note.setObjectName("districtNote")
            note.setWordWrap(True)
            layout.addWidget(note)

        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for code, label in (
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
        ):
            self.kind.addItem(label, code)
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.part = QComboBox()
        self.part.setObjectName("periodPart")
        self.lang = QComboBox()
        self.lang.setObjectName("reportLang")
        for code, label in i18n.LANGUAGES.items():
            self.lang.addItem(label, code)
        self.lang.setCurrentIndex(self.lang.findData(session.lang))
        self.make_button = QPushButton(self.tr("Make report"))
        self.make_button.setObjectName("makeReport")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printReport")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveReport")
        for w in (
            QLabel(self.tr("Period")),
            self.kind,
            self.year,
            self.part,
            QLabel(self.tr("Language")),
            self.lang,
            self.make_button,
            self.print_button,
            self.save_button,
        ):
            bar.addWidget(w)
        bar.addStretch()
        layout.addLayout(bar)

        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        body = QHBoxLayout()
        self.preview = QScrollArea()
        self.preview.setObjectName("reportPreview")
        self.preview.setWidgetResizable(True)
        self.preview.setAlignment(Qt.AlignHCenter)
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.preview.setWidget(self.pages_widget)
        body.addWidget(self.preview, 3)
        self.closure_box = self._closure_box()
        body.addWidget(self.closure_box, 1)
        self.closure_box.setVisible(not self.district)  # stations close their months
        layout.addLayout(body, 1)

        today = clock.today()
        self.year.setValue(today.year)
        self.kind.currentIndexChanged.connect(self._fill_parts)
        self._fill_parts()
        last_month = today.month - 1 or 12
        if last_month == 12:
            self.year.setValue(today.year - 1)
        self.part.setCurrentIndex(last_month - 1)
        for w in (self.kind, self.part):
            w.currentIndexChanged.connect(self._period_changed)
        self.year.valueChanged.connect(self._period_changed)
        self.make_button.clicked.connect(self.make_report)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self._period_changed()

    # ------------------------------------------------------------------ period

    def _fill_parts(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "month":
            for m in range(1, 13):
                self.part.addItem(month_name(m), m)
        elif kind == "quarter":
            for q in range(1, 5):
                self.part.addItem(self.tr("Q%1").replace("%1", str(q)), q)
        self.part.setVisible(kind != "year")
        self.part.blockSignals(False)

    def period_code(self) -> str:
        kind, year, part = self.kind.currentData(), self.year.value(), self.part.currentData()
        if kind == "month":
            return f"{year}-{part:02d}"
        if kind == "quarter":
            return f"{year}-Q{part}"
        return str(year)

    def set_period(self, code: str) -> None:
        """Choose a period by its code (2026-10, 2026-Q3, 2026)."""
        if "-Q" in code:
            self.kind.setCurrentIndex(self.kind.findData("quarter"))
            self.part.setCurrentIndex(int(code[-1]) - 1)
        elif "-" in code:
            self.kind.setCurrentIndex(self.kind.findData("month"))
            self.part.setCurrentIndex(int(code[5:]) - 1)
        else:
            self.kind.setCurrentIndex(self.kind.findData("year"))
        self.year.setValue(int(code[:4]))

    def _period_changed(self, *_: Any) -> None:
        self._clear_preview()
        self._update_closure()

    # ----------------------------------------------------------------- making

    def make_report(self) -> None:
        if self._busy:
            return
        self._set_busy(True)
        code, lang = self.period_code(), self.lang.currentData()
        data_dir = self.session.data_dir
        user = self.session.actor.full_name or self.session.actor.username
        district = self.district

        def work(progress: Callable[[int, int], None]) -> tuple[bytes, bool, list[QImage]]:
            db = open_db(data_dir)  # a worker uses its own connection
            try:
                if district:
                    pdf, signed = render_district_report(db, code, lang, prepared_by=user), False
                else:
                    pdf, signed = report_bytes(db, code, lang, prepared_by=user)
            finally:
                db.close()
            return pdf, signed, page_images(pdf, PREVIEW_SCALE)

        tasks.run_task(work, self._report_done, self._report_failed)

    def _report_done(self, result: tuple[bytes, bool, list[QImage]]) -> None:
        self._set_busy(False)
        self.pdf, self.signed, images = result
        self._clear_preview(keep_pdf=True)
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self.pages_layout.addWidget(label)
        text = self.tr("%n page(s).", "", len(images))
        if self.signed:
            text += " " + self.tr("This month is closed: this is the report signed at closing.")
        self.message.setText(text)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.report_ready.emit()

    def _report_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, PeriodError | ServiceError):
            self.message.setText(exc.text(self.session.lang))
        else:
            self.message.setText(
                self.tr("The report could not be made: %1").replace("%1", str(exc))
            )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.make_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Making the report…"))

    def _clear_preview(self, keep_pdf: bool = False) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not keep_pdf:
            self.pdf = None
            self.message.clear()
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)

    def page_count(self) -> int:
        return self.pages_layout.count()

    # ----------------------------------------------------------- print / save

    def save_report(self) -> Path | None:
        if self.pdf is None:
            return None
        prof = self.session.profile
        name = f"{prof['code']}_{self.period_code()}_{self.lang.currentData()}.pdf"
        path = dialogs.save_file(self, self.tr("Save the report"), name, "PDF (*.pdf)")
        if not path:
            return None
        try:
            out = write_file(path, self.pdf)
        except OSError as exc:
            dialogs.error(self, self.tr("Not saved"), f"{path}: {exc.strerror or exc}")
            return None
        self.message.setText(self.tr("Saved to %1").replace("%1", str(out)))
        return out

    def print_report(self) -> bool:
        if self.pdf is None:
            return False
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(f"{self.session.profile['code']} {self.period_code()}")
        if not dialogs.print_setup(self, printer):
            return False
        images = page_images(self.pdf, PRINT_DPI / 72)
        painter = QPainter()
        if not painter.begin(printer):
            dialogs.error(self, self.tr("Not printed"), self.tr("The printer is not ready."))
            return False
        try:
            for i, image in enumerate(images):
                if i:
                    printer.newPage()
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()
        return True

    # ---------------------------------------------------------------- closing

    def _closure_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Month close"))
        box.setObjectName("closureBox")
        v = QVBoxLayout(box)
        self.closure_status = QLabel()
        self.closure_status.setObjectName("closureStatus")
        self.closure_status.setWordWrap(True)
        v.addWidget(self.closure_status)
        v.addWidget(QLabel(self.tr("Signed by")))
        self.signed_by = QLineEdit(self.session.actor.full_name or self.session.actor.username)
        self.signed_by.setObjectName("signedBy")
        v.addWidget(self.signed_by)
        self.close_button = QPushButton(self.tr("Close and sign the month…"))
        self.close_button.setObjectName("closeMonth")
        self.close_button.clicked.connect(self.close_month)
        v.addWidget(self.close_button)
        v.addWidget(QLabel(self.tr("Reason for reopening")))
        self.reopen_reason = QLineEdit()
        self.reopen_reason.setObjectName("reopenReason")
        v.addWidget(self.reopen_reason)
        self.reopen_button = QPushButton(self.tr("Reopen the month"))
        self.reopen_button.setObjectName("reopenMonth")
        self.reopen_button.clicked.connect(self.reopen_month)
        v.addWidget(self.reopen_button)
        self.closure_error = QLabel()
        self.closure_error.setObjectName("closureError")
        self.closure_error.setStyleSheet("color: #b00020")
        self.closure_error.setWordWrap(True)
        v.addWidget(self.closure_error)
        v.addStretch()
        return box

    def _update_closure(self) -> None:
        if self.district:
            return
        is_month = self.kind.currentData() == "month"
        chief = self.session.actor.role in MANAGERS
        self.closure_error.clear()
        if not is_month:
            self.closure_status.setText(self.tr("Months are closed one at a time."))
            for w in (self.signed_by, self.close_button, self.reopen_reason, self.reopen_button):
                w.setEnabled(False)
            return
        c = months.closure(self.session.db, self.period_code())
        closed = bool(c and c["status"] == "closed")
        if closed:
            text = self.tr("Closed: signed by %1 on %2. Its records are read-only.")
            text = text.replace("%1", c["signed_by"]).replace("%2", c["signed_on"])
        elif c:
            text = (
                self.tr("Reopened on %1: %2")
                .replace("%1", c["reopened_on"] or "")
                .replace("%2", c["reopen_reason"] or "")
            )
        else:
            text = self.tr("Open: records of this month can be changed.")
        if not chief:
            text += "\n" + self.tr("Only the station chief closes or reopens a month.")
        self.closure_status.setText(text)
        self.signed_by.setEnabled(chief and not closed)
        self.close_button.setEnabled(chief and not closed)
        self.reopen_reason.setEnabled(chief and closed)
        self.reopen_button.setEnabled(chief and closed)

    def close_month(self) -> bool:
        month = self.period_code()
        answer = dialogs.ask_yes_no(
            self,
            self.tr("Close the month"),
            self.tr(
                "Sign %1 as %2? Its report is stored as final and its records become "
                "read-only until the month is reopened."
            )
            .replace("%1", month)
            .replace("%2", self.signed_by.text()),
        )
        if answer is not dialogs.Answer.YES:
            return False
        try:
            close_month(
                self.session.db,
                self.session.actor,
                month,
                signed_by=self.signed_by.text(),
                lang=self.lang.currentData(),
            )
        except (ServiceError, PeriodError) as exc:
            self.closure_error.setText(exc.text(self.session.lang))
            return False
        self._update_closure()
        self.closures_changed.emit()
        self.make_report()
        return True

    def reopen_month(self) -> bool:
        try:
            months.reopen_month(
                self.session.db,
                self.session.actor,
                self.period_code(),
                reason=self.reopen_reason.text(),
            )
        except ServiceError as exc:
            self.closure_error.setText(exc.text(self.session.lang))
            return False
        self.reopen_reason.clear()
        self._update_closure()
        self.closures_changed.emit()
        return True

    def refresh(self) -> None:
        self._update_closure()


def month_name(month: int) -> str:
    """The month's standalone name in the window's language (QLocale), capitalised."""
    name = QLocale().standaloneMonthName(month, QLocale.LongFormat)
    return name[:1].upper() + name[1:]
