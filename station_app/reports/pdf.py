"""The printed report: A4, black-and-white friendly, in Kyrgyz, Russian or English.

:func:`build_report` writes the PDF for a month, quarter or year; :func:`render_report`
returns its bytes (month close stores them). Every number printed comes from
:mod:`station_app.reports.queries`; the words come from :mod:`station_app.reports.strings`.

Output is deterministic: the same database and arguments give a byte-identical file
(reportlab's invariant mode, the creation date taken from ``generated_on``, no random
ids, every list in a fixed SQL order). Personal data stays off the report: complainant
names, contacts and appeal texts are never printed, in the annex neither.
"""

from __future__ import annotations

import calendar
import errno
import io
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import sqlite_utils
from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from station_app import __version__, clock
from station_app.messages import msg
from station_app.reports import queries
from station_app.reports.layout import (
    FONT,
    FONT_BOLD,
    Col,
    Grid,
    bar_chart,
    fit_text,
    fit_widths,
    register_fonts,
)
from station_app.reports.periods import Period, PeriodError, parse_period
from station_app.reports.strings import LANGS, fmt_date, fmt_decimal, t
from station_app.services import reference
from station_app.services import station as station_service

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
TOP = 22 * mm  # room for the running header
BOTTOM = 18 * mm  # room for the footer
WIDTH = PAGE_W - 2 * MARGIN
FRAME_H = PAGE_H - TOP - BOTTOM

_STYLES = {
    "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=2),
    "subtitle": ParagraphStyle("subtitle", fontName=FONT, fontSize=9, leading=11.5, spaceAfter=6),
    "h1": ParagraphStyle(
        "h1",
        fontName=FONT_BOLD,
        fontSize=12,
        leading=15,
        spaceBefore=12,
        spaceAfter=5,
    ),
    "h2": ParagraphStyle(
        "h2",
        fontName=FONT_BOLD,
        fontSize=9.5,
        leading=12,
        spaceBefore=7,
        spaceAfter=3,
    ),
    "body": ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5),
    "note": ParagraphStyle("note", fontName=FONT, fontSize=7.5, leading=9.5, spaceBefore=2),
    "empty": ParagraphStyle(
        "empty", fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=4
    ),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5),
}


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text: markup characters (<, &, >) print as typed."""
    return Paragraph(escape(text), _STYLES[style])


# ------------------------------------------------------------------ canvas and doc


class _FixedTime:
    """reportlab's TimeStamp, pinned to midnight UTC of the report date."""

    def __init__(self, day: date):
        self.t = calendar.timegm(day.timetuple())
        self.lt = time.gmtime(self.t)
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


class _NumberedCanvas(Canvas):
    """Keeps every page until the end, then stamps "page X of Y" on each."""

    def __init__(
        self,
        *args: Any,
        footer: tuple[str, Callable[[int, int], str]],
        created: date,
        **kwargs: Any,
    ):
        kwargs["invariant"] = 1
        super().__init__(*args, **kwargs)
        self._doc._timeStamp = _FixedTime(created)  # CreationDate/ModDate in the info dict
        self._footer_left, self._page_of = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._stamp(total)
            super().showPage()
        super().save()

    def _stamp(self, total: int) -> None:
        page_w = self._pagesize[0]
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(black)
        y = BOTTOM - 9 * mm
        self.setLineWidth(0.4)
        self.line(MARGIN, y + 10, page_w - MARGIN, y + 10)
        self.drawString(MARGIN, y, self._footer_left)
        self.drawRightString(page_w - MARGIN, y, self._page_of(self._pageNumber, total))
        self.restoreState()


def _running_header(
    text_left: str, text_right: str, pagesize: tuple[float, float] = A4
) -> Callable[[Canvas, Any], None]:
    page_w, page_h = pagesize

    def draw(canv: Canvas, doc: Any) -> None:
        if canv.getPageNumber() == 1:
            return
        canv.saveState()
        canv.setFont(FONT, 7.5)
        y = page_h - TOP + 8 * mm
        right_w = canv.stringWidth(text_right, FONT, 7.5)
        width = page_w - 2 * MARGIN
        canv.drawString(MARGIN, y, fit_text(text_left, FONT, 7.5, width - right_w - 12))
        canv.drawRightString(page_w - MARGIN, y, text_right)
        canv.setLineWidth(0.4)
        canv.line(MARGIN, y - 3, page_w - MARGIN, y - 3)
        canv.restoreState()

    return draw


# ----------------------------------------------------------------------- the content


class _Report:
    """Turns the figures of :func:`queries.collect` into flowables in one language.

    The district report (:mod:`station_app.reports.district`) reuses its helpers on a
    page of another ``width`` (landscape)."""

    width: float = WIDTH  # of the text frame, points
    frame_h: float = FRAME_H
    approver_key = "approved_by"  # the signature block's second role

    def __init__(
        self,
        db: sqlite_utils.Database,
        period: Period,
        lang: str,
        figures: dict[str, Any],
        generated_on: date,
        prepared_by: str | None = None,
        approved_by: str | None = None,
    ):
        self.db, self.period, self.lang, self.f = db, period, lang, figures
        self.generated_on = generated_on
        self.prepared_by, self.approved_by = prepared_by, approved_by
        self.as_of: date = figures["as_of"]
        self.settlements = queries.settlement_names(db, lang)
        self._labels: dict[str, list[tuple[str, str, bool]]] = {}

    # helpers ------------------------------------------------------------------------
    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)

    def d(self, value: Any) -> str:
        return fmt_date(value, self.lang)

    def ref(self, list_name: str) -> list[tuple[str, str, bool]]:
        """(code, label, active) of a reference list, in display order."""
        if list_name not in self._labels:
            self._labels[list_name] = [
                (r["code"], r[f"label_{self.lang}"], bool(r["active"]))
                for r in reference.ref_items(self.db, list_name)
            ]
        return self._labels[list_name]

    def label(self, list_name: str, code: str | None) -> str:
        if code is None:
            return ""
        for c, text, _active in self.ref(list_name):
            if c == code:
                return text
        return code

    def coded_rows(self, list_name: str, counts: dict[str, Any]) -> list[tuple[str, str]]:
        """(code, label) of every active code plus any other code that has a count."""
        out = [(c, text) for c, text, active in self.ref(list_name) if active or c in counts]
        known = {c for c, _ in out}
        out += [(c, c) for c in sorted(counts) if c not in known]
        return out

    def place(self, uuid: str | None) -> str:
        return self.settlements.get(uuid, "") if uuid else ""

    def table(
        self,
        spec: list[tuple[str, float, str]],
        rows: list[tuple[Any, ...]],
        *,
        size: float = 8.0,
        total_row: bool = False,
    ) -> Grid:
        """A grid with a header row; ``spec``: (title key, share or -points, alignment)."""
        titled = [(self.t(key), w, align) for key, w, align in spec]
        cols = fit_widths(titled, rows, self.width, size)
        return Grid(cols, rows, size=size, bold_rows=(len(rows) - 1,) if total_row else ())

    def kv(self, rows: list[tuple[str, Any]], *, indent: Iterable[int] = ()) -> Grid:
        """Label / value rows without a header."""
        cols = [Col("", self.width - 80), Col("", 80, "right")]
        return Grid(cols, rows, header=False, size=8.5, indent_rows=tuple(indent))

    def block(self, title: str, level: int, *items: Flowable) -> list[Flowable]:
        """A heading with what follows it: kept on one page when short, otherwise the
        heading at least starts a page section with room for a few rows."""
        heading = para(title, f"h{level}")
        height = sum(i.wrap(self.width, PAGE_H)[1] for i in items)
        if height < 0.45 * self.frame_h:
            return [KeepTogether([heading, *items])]
        return [CondPageBreak(90 if level == 1 else 64), heading, *items]

    def none(self) -> Paragraph:
        return para(self.t("none"), "body")

    def no_records(self) -> Paragraph:
        return para(self.t("no_records"), "empty")

    # the document --------------------------------------------------------------------
    def story(self, annex: bool) -> list[Flowable]:
        out: list[Flowable] = []
        out += self.header()
        out += self.summary()
        out += self.meetings()
        out += self.complaints()
        out += self.orders()
        out += self.activities()
        out += self.plan()
        out += self.overdue()
        out += self.signatures()
        if annex:
            out += self.annex()
        return out

    def title_key(self) -> str:
        return {"month": "title_month", "quarter": "title_quarter"}.get(
            self.period.kind, "title_year"
        )

    def header(self) -> list[Flowable]:
        prof = station_service.profile(self.db)
        p = self.period
        rows = [
            (self.t("station"), prof["name"]),
            (self.t("code"), prof["code"]),
            (self.t("municipality"), prof["municipality"]),
            (self.t("district"), prof["district"]),
            (self.t("province"), prof["province"]),
            (self.t("period"), f"{p.label(self.lang)}: {self.d(p.start)} – {self.d(p.end)}"),
            (self.t("as_of"), self.d(self.as_of)),
            (self.t("report_date"), self.d(self.generated_on)),
        ]
        grid = Grid([Col("", 130), Col("", self.width - 130)], rows, header=False, size=9)
        return [
            para(f"{self.t(self.title_key())}: {p.label(self.lang)}", "title"),
            para(self.t("subtitle"), "subtitle"),
            grid,
            para(self.t("as_of_note", date=self.d(self.as_of)), "note"),
        ]

    def summary(self) -> list[Flowable]:
        f, a = self.f, self.d(self.as_of)
        rows = [
            (self.t("meetings_held"), f["meetings_held"]),
            (self.t("meeting_attendance"), f["meeting_attendance"]["total"]),
            (self.t("complaints_received"), f["complaints_received"]),
            (self.t("complaints_resolved"), f["complaints_resolved"]),
            (self.t("complaints_open", date=a), f["complaints_in_progress"]),
            (self.t("complaints_overdue", date=a), f["complaints_overdue"]),
            (self.t("orders_issued_summary"), f["protection_orders"]["issued"]),
            (self.t("activities_held"), f["activities_held"]),
            (self.t("activity_participants"), f["activity_participants"]["total"]),
        ]
        items: list[Flowable] = [self.kv(rows)]
        if queries.is_empty(f):
            items.append(self.no_records())
        return self.block(self.t("h_summary"), 1, *items)

    def headcount_table(self, list_name: str, by: dict[str, dict]) -> Grid:
        rows: list[tuple[Any, ...]] = []
        total = [0, 0, 0, 0]
        for code, text in self.coded_rows(list_name, by):
            v = by.get(code, {"count": 0, "men": 0, "women": 0, "youth": 0})
            values = [v["count"], v["men"], v["women"], v["youth"]]
            total = [x + y for x, y in zip(total, values, strict=True)]
            rows.append((text, *values))
        rows.append((self.t("c_total"), *total))
        spec = [
            ("c_kind", 1, "left"),
            ("c_count", -52, "right"),
            ("c_men", -52, "right"),
            ("c_women", -52, "right"),
            ("c_youth", -52, "right"),
        ]
        return self.table(spec, rows, total_row=True)

    def count_table(
        self, list_name: str, counts: dict[str, int], key_title: str, *, total: bool = True
    ) -> Grid:
        rows: list[tuple[Any, ...]] = [
            (text, counts.get(code, 0)) for code, text in self.coded_rows(list_name, counts)
        ]
        if total:
            rows.append((self.t("c_total"), sum(counts.values())))
        return self.table(
            [(key_title, 1, "left"), ("c_count", -70, "right")], rows, total_row=total
        )

    def meetings(self) -> list[Flowable]:
        f, a = self.f, self.d(self.as_of)
        att = f["meeting_attendance"]
        figures = self.kv(
            [
                (self.t("meetings_held"), f["meetings_held"]),
                (self.t("meeting_attendance"), att["total"]),
                (self.t("men"), att["men"]),
                (self.t("women"), att["women"]),
                (self.t("youth"), att["youth"]),
                (self.t("followups_open", date=a), f["open_followups"]),
                (self.t("followups_overdue"), f["followups_overdue"]),
            ],
            indent=(2, 3, 4, 6),
        )
        if not f["meetings_held"]:
            return self.block(self.t("h_meetings"), 1, figures, self.no_records())
        out = self.block(self.t("h_meetings"), 1, figures)
        out += self.block(
            self.t("h_by_kind"), 2, self.headcount_table("meeting_kind", f["meetings_by_kind"])
        )
        out += self.block(
            self.t("h_topics"),
            2,
            self.count_table("theme", f["meeting_topics"], "c_theme", total=False),
        )
        if self.period.kind != "month":  # a quarter's or year's list would bury the figures
            return out
        rows = [
            (
                self.d(m["held_on"]),
                self.place(m["settlement_uuid"]),
                m["venue"],
                self.label("meeting_kind", m["kind"]),
                m["men"],
                m["women"],
                m["youth"],
            )
            for m in f["meetings_list"]
        ]
        spec = [
            ("c_date", -54, "left"),
            ("c_settlement", 1, "left"),
            ("c_venue", 1.6, "left"),
            ("c_kind", 1.2, "left"),
            ("c_men", -34, "right"),
            ("c_women", -34, "right"),
            ("c_youth", -34, "right"),
        ]
        out += self.block(self.t("h_meeting_list"), 2, self.table(spec, rows))
        return out

    def complaints(self) -> list[Flowable]:
        f, a = self.f, self.d(self.as_of)
        rows: list[tuple[str, Any]] = [
            (self.t("complaints_received"), f["complaints_received"]),
            (self.t("complaints_answered"), f["complaints_answered"]),
            (self.t("complaints_resolved"), f["complaints_resolved"]),
            (self.t("complaints_dismissed"), f["complaints_dismissed"]),
            (self.t("complaints_answered_late"), f["complaints_answered_late"]),
            (self.t("average_days"), fmt_decimal(f["average_days_to_answer"], self.lang)),
            (self.t("complaints_open", date=a), f["complaints_in_progress"]),
        ]
        indent = [2, 3, 4]
        by_status = f["complaints_open_by_status"]
        for code in ("registered", "in_progress", "referred"):
            indent.append(len(rows))
            rows.append((self.label("complaint_status", code), by_status.get(code, 0)))
        rows.append((self.t("complaints_overdue", date=a), f["complaints_overdue"]))
        figures = self.kv(rows, indent=indent)
        if not (
            f["complaints_received"] or f["complaints_answered"] or f["complaints_in_progress"]
        ):
            return self.block(self.t("h_complaints"), 1, figures, self.no_records())
        out = self.block(self.t("h_complaints"), 1, figures)
        if f["complaints_received"]:
            by_cat = f["complaints_by_category"]
            groups = [
                (text, [by_cat.get(code, 0)])
                for code, text in self.coded_rows("complaint_category", by_cat)
            ]
            out += self.block(
                self.t("h_by_category"),
                2,
                self.count_table("complaint_category", by_cat, "c_category"),
                Spacer(1, 8),
                bar_chart(self.t("chart_categories"), groups, self.width),
            )
            out += self.block(
                self.t("h_by_channel"),
                2,
                self.count_table("channel", f["complaints_by_channel"], "c_channel"),
            )
        return out

    def orders(self) -> list[Flowable]:
        o, a = self.f["protection_orders"], self.d(self.as_of)
        figures = self.kv(
            [
                (self.t("orders_issued"), o["issued"]),
                (self.t("orders_active", date=a), o["active"]),
                (self.t("orders_extended"), o["extended"]),
            ]
        )
        return self.block(self.t("h_orders"), 1, figures)

    def activities(self) -> list[Flowable]:
        f = self.f
        part = f["activity_participants"]
        figures = self.kv(
            [
                (self.t("activities_held"), f["activities_held"]),
                (self.t("activity_participants"), part["total"]),
                (self.t("men"), part["men"]),
                (self.t("women"), part["women"]),
                (self.t("youth"), part["youth"]),
            ],
            indent=(2, 3, 4),
        )
        if not f["activities_held"]:
            return self.block(self.t("h_activities"), 1, figures, self.no_records())
        out = self.block(self.t("h_activities"), 1, figures)
        out += self.block(
            self.t("h_by_kind"), 2, self.headcount_table("activity_kind", f["activities_by_kind"])
        )
        by_theme = f["activities_by_theme"]
        zero = {"count": 0, "participants": 0, "youth": 0}
        themes = self.coded_rows("theme", by_theme)
        rows = [
            (text, *(by_theme.get(code, zero)[k] for k in ("count", "participants", "youth")))
            for code, text in themes
        ]
        spec = [
            ("c_theme", 1, "left"),
            ("c_count", -60, "right"),
            ("c_participants", -76, "right"),
            ("c_youth", -60, "right"),
        ]
        groups = [(text, [by_theme.get(code, zero)["count"]]) for code, text in themes]
        out += self.block(
            self.t("h_by_theme"),
            2,
            self.table(spec, rows),
            para(self.t("theme_note"), "note"),
            Spacer(1, 8),
            bar_chart(self.t("chart_themes"), groups, self.width),
        )
        att = f["meeting_attendance"]
        groups = [
            (self.t("meetings"), [att["men"], att["women"], att["youth"]]),
            (self.t("activities"), [part["men"], part["women"], part["youth"]]),
        ]
        series = [self.t("men"), self.t("women"), self.t("youth_short")]
        out += [
            Spacer(1, 10),
            bar_chart(self.t("chart_attendance"), groups, self.width, series=series),
        ]
        return out

    def plan(self) -> list[Flowable]:
        items = self.f["plan_progress"]
        if not items:
            return self.block(self.t("h_plan"), 1, self.none())
        plans: dict[tuple[str, int, int, str | None], list[dict[str, Any]]] = {}
        for item in items:
            key = (item["plan_title"], item["period_from"], item["period_to"], item["approved_on"])
            plans.setdefault(key, []).append(item)
        out: list[Flowable] = []
        for n, ((title, y0, y1, approved), plan_items) in enumerate(plans.items()):
            head = f"{title} ({y0}–{y1})"
            if approved:
                head += ", " + self.t("approved_on", date=self.d(approved))
            rows = []
            for i in plan_items:
                target = i["indicator"] or ""
                if i["target"] is not None:
                    target = f"{target}: {i['target']}" if target else str(i["target"])
                rows.append(
                    (
                        i["activity"],
                        self.label("theme", i["theme"]),
                        target,
                        self.d(i["deadline"]),
                        self.label("plan_item_status", i["status"]),
                        i["in_period"],
                        i["to_date"],
                    )
                )
            spec = [
                ("c_plan_item", 2.4, "left"),
                ("c_theme", 1, "left"),
                ("c_indicator", 1.2, "left"),
                ("c_deadline", -54, "left"),
                ("c_status", 0.8, "left"),
                ("c_in_period", -44, "right"),
                ("c_to_date", -44, "right"),
            ]
            grid = self.table(spec, rows)
            if n == 0:
                out += self.block(self.t("h_plan"), 1, para(head, "h2"), grid)
            else:
                out += self.block(head, 2, grid)
        out.append(para(self.t("plan_status_note"), "note"))
        return out

    def overdue(self) -> list[Flowable]:
        f = self.f

        def listing(title: str, spec: list[tuple[str, float, str]], rows: list) -> list:
            return self.block(title, 2, self.table(spec, rows) if rows else self.none())

        out = [CondPageBreak(120), para(self.t("h_overdue", date=self.d(self.as_of)), "h1")]
        rows = [
            (
                r["number"],
                self.d(r["received_on"]),
                self.label("complaint_category", r["category"]),
                self.label("complaint_status", r["status"]),
                self.d(r["due_on"]),
                r["days_overdue"],
                self.place(r["settlement_uuid"]),
            )
            for r in f["overdue_complaints"]
        ]
        out += listing(
            self.t("h_overdue_complaints"),
            [
                ("c_number", -74, "left"),
                ("c_received", -54, "left"),
                ("c_category", 1.4, "left"),
                ("c_status", 0.8, "left"),
                ("c_due", -54, "left"),
                ("c_days_over", -44, "right"),
                ("c_settlement", 0.9, "left"),
            ],
            rows,
        )
        rows = [
            (
                self.d(r["held_on"]),
                r["venue"],
                r["action"],
                r["responsible"] or "",
                self.d(r["due_on"]),
                r["days_overdue"],
            )
            for r in f["overdue_followups"]
        ]
        out += listing(
            self.t("h_overdue_followups"),
            [
                ("c_date", -54, "left"),
                ("c_venue", 1, "left"),
                ("c_action", 2, "left"),
                ("c_responsible", 1, "left"),
                ("c_due", -54, "left"),
                ("c_days_over", -44, "right"),
            ],
            rows,
        )
        rows = [
            (
                r["activity"],
                self.label("theme", r["theme"]),
                self.d(r["deadline"]),
                self.label("plan_item_status", r["status"]),
                r["days_overdue"],
            )
            for r in f["overdue_plan_items"]
        ]
        out += listing(
            self.t("h_overdue_plan"),
            [
                ("c_plan_item", 3, "left"),
                ("c_theme", 1, "left"),
                ("c_deadline", -54, "left"),
                ("c_status", 0.8, "left"),
                ("c_days_over", -44, "right"),
            ],
            rows,
        )
        rows = [
            (
                r["number"],
                self.d(r["issued_on"]),
                self.d(r["ends_on"]),
                r["days_left"],
                self.place(r["settlement_uuid"]),
            )
            for r in f["expiring_protection_orders"]
        ]
        out += listing(
            self.t("h_expiring_orders", days=queries.EXPIRING_DAYS),
            [
                ("c_number", -74, "left"),
                ("c_issued", -60, "left"),
                ("c_ends", -60, "left"),
                ("c_days_left", -60, "right"),
                ("c_settlement", 1, "left"),
            ],
            rows,
        )
        return out

    def signatures(self) -> list[Flowable]:
        style = _STYLES["cell"]
        caption = ParagraphStyle("caption", parent=style, fontSize=6.5, leading=8)
        data: list[list[Any]] = []
        for role, name in (
            (self.t("prepared_by"), self.prepared_by),
            (self.t(self.approver_key), self.approved_by),
        ):
            data.append([para(role, "cell"), para(name or "", "cell"), "", ""])
            data.append(
                [
                    "",
                    Paragraph(escape(self.t("sig_name")), caption),
                    Paragraph(escape(self.t("sig_signature")), caption),
                    Paragraph(escape(self.t("sig_date")), caption),
                ]
            )
        table = Table(
            data,
            colWidths=[self.width * 0.28, self.width * 0.34, self.width * 0.22, self.width * 0.16],
        )
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ]
        for r in (0, 2):
            commands += [
                ("TOPPADDING", (0, r), (-1, r), 22),
                ("LINEBELOW", (1, r), (1, r), 0.6, black),
                ("LINEBELOW", (2, r), (2, r), 0.6, black),
                ("LINEBELOW", (3, r), (3, r), 0.6, black),
            ]
        table.setStyle(TableStyle(commands))
        return [KeepTogether([para(self.t("h_signatures"), "h1"), table])]

    def annex(self) -> list[Flowable]:
        count = self.f["complaints_received"]
        cat = {c: text for c, text, _ in self.ref("complaint_category")}
        status = {c: text for c, text, _ in self.ref("complaint_status")}
        d = self.d
        rows = [
            (
                i,
                number,
                d(received),
                cat.get(category, category),
                status.get(st, st),
                self.place(place),
            )
            for i, (number, received, category, st, place) in enumerate(
                queries.complaints_annex(self.db, self.period, self.as_of), start=1
            )
        ]
        spec = [
            ("c_no", -34, "right"),
            ("c_number", -80, "left"),
            ("c_received", -58, "left"),
            ("c_category", 2.0, "left"),
            ("c_status", 0.9, "left"),
            ("c_settlement", 1, "left"),
        ]
        return [
            PageBreak(),
            para(self.t("h_annex", count=count), "h1"),
            para(self.t("annex_note", date=d(self.as_of)), "note"),
            Spacer(1, 4),
            self.table(spec, rows, size=7.5) if rows else self.none(),
        ]


# --------------------------------------------------------------------------- building


def _as_date(value: date | str | None) -> date:
    if value is None:
        return clock.today()
    return value if isinstance(value, date) else date.fromisoformat(value)


def checked_args(
    period: Period | str, lang: str, generated_on: date | str | None
) -> tuple[Period, date]:
    """The period (parsed) and the report date; a bad language, period or a period that
    starts after the report date raises (ValueError, :class:`PeriodError`)."""
    if isinstance(period, str):
        period = parse_period(period)
    if lang not in LANGS:
        raise ValueError(f"unknown report language: {lang!r} (expected ky, ru or en)")
    day = _as_date(generated_on)
    if period.start > day:
        raise PeriodError(msg("report_future_period", period=period.code, today=day.isoformat()))
    return period, day


def render_document(
    story: list[Flowable],
    *,
    lang: str,
    day: date,
    title: str,
    author: str,
    subject: str,
    header: tuple[str, str],
    footer: str,
    pagesize: tuple[float, float] = A4,
) -> bytes:
    """Lay ``story`` out on A4 pages (``pagesize``: portrait or landscape) with the running
    ``header`` (left, right; from page 2), ``footer`` and "page X of Y"; PDF bytes,
    deterministic for the same inputs."""
    page_w, page_h = pagesize
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator=f"Station App {__version__}",
        invariant=1,
        lang=lang,
        initialFontName=FONT,
        initialFontSize=9,
    )
    frame = Frame(MARGIN, BOTTOM, page_w - 2 * MARGIN, page_h - TOP - BOTTOM, 0, 0, 0, 0, id="body")
    doc.addPageTemplates(
        [PageTemplate("page", [frame], onPage=_running_header(*header, pagesize=pagesize))]
    )
    stamp = (footer, lambda page, pages: t("page_of", lang, page=page, pages=pages))
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer=stamp, created=day))
    return buf.getvalue()


def render_report(
    db: sqlite_utils.Database,
    period: Period | str,
    lang: str,
    *,
    prepared_by: str | None = None,
    approved_by: str | None = None,
    generated_on: date | str | None = None,
    annex: bool = False,
) -> bytes:
    """The report as PDF bytes (see :func:`build_report`)."""
    period, day = checked_args(period, lang, generated_on)
    register_fonts()
    figures = queries.collect(db, period, period.as_of(day))
    report = _Report(db, period, lang, figures, day, prepared_by, approved_by)
    prof = station_service.profile(db)
    title = f"{t(report.title_key(), lang)}: {period.label(lang)}"
    return render_document(
        report.story(annex),
        lang=lang,
        day=day,
        title=f"{title} — {prof['code']}",
        author=prof["name"],
        subject=period.label(lang),
        header=(prof["name"], f"{title} · {prof['code']}"),
        footer=t("footer", lang, code=prof["code"], period=period.code),
    )


def build_report(
    db: sqlite_utils.Database,
    period: Period | str,
    lang: str,
    out_path: Path | str,
    *,
    prepared_by: str | None = None,
    approved_by: str | None = None,
    generated_on: date | str | None = None,
    annex: bool = False,
) -> Path:
    """Write the report for ``period`` in ``lang`` (ky, ru, en) to ``out_path``.

    ``generated_on`` (default: today) is the printed report date and the PDF's creation
    date; the figures describe the station on ``min(period end, generated_on)``.
    ``annex`` appends every complaint received in the period (number, date, category,
    status, settlement; no personal data). The file is written whole or not at all
    (temporary file, then rename). Raises :class:`PeriodError` for a bad or future
    period.
    """
    data = render_report(
        db,
        period,
        lang,
        prepared_by=prepared_by,
        approved_by=approved_by,
        generated_on=generated_on,
        annex=annex,
    )
    return write_file(out_path, data)


def write_file(out_path: Path | str, data: bytes) -> Path:
    """Write ``data`` whole or not at all: a temporary file beside it, fsync, rename."""
    out = Path(out_path)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
