"""The district office's consolidated report: its stations side by side, for a month,
quarter or year.

Built from the station report's parts: every figure is one of the named functions of
:mod:`station_app.reports.queries`, asked once per station (``station=CODE``) and once
for the district total (``station=None``: every record the district holds); the words
come from :mod:`station_app.reports.strings`; grids, fonts, page header and footer, "page
X of Y" and the signature block from :mod:`station_app.reports.pdf` and
:mod:`station_app.reports.layout`.

The columns are the stations registered at the district (``sync_stations``) and any
other station code found on an imported record. A first table says, per station, what
arrived and when (last package, its date, missing packages, open conflicts, month
closures) and whether its figures may be incomplete. Then one table per section, a
column per station and the district total; beyond :func:`stations_per_table` stations a
table is cut into parts of at most that many stations (the total in the last part).
More than :data:`PORTRAIT_MAX` stations turn the pages to landscape.

No personal data: only counts, and each station's name and sync state.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, KeepTogether, Spacer

from station_app.reports import queries
from station_app.reports.layout import Col, Grid, fit_widths, register_fonts
from station_app.reports.pdf import (
    BOTTOM,
    MARGIN,
    TOP,
    _Report,
    checked_args,
    para,
    render_document,
    write_file,
)
from station_app.reports.periods import Period
from station_app.reports.strings import fmt_decimal, t
from station_app.services import station as station_service
from station_app.sync import state

PORTRAIT_MAX = 6  # more stations than this: landscape pages
STATION_COL = 44.0  # points per station column, at least
STATION_COL_MAX = 64.0  # few stations get wider columns, up to this
TOTAL_COL = 56.0
LABEL_MIN = 170.0  # the row labels' column never gets narrower than this
LABEL_WIDE = 230.0  # ... and is given this much before station columns widen

# The figures the consolidated report prints, each a function of queries.py.
FIGURES: tuple[Callable[..., Any], ...] = (
    queries.meetings_held,
    queries.meetings_by_kind,
    queries.meeting_attendance,
    queries.open_followups,
    queries.followups_overdue,
    queries.complaints_received,
    queries.complaints_by_category,
    queries.complaints_answered,
    queries.complaints_resolved,
    queries.complaints_dismissed,
    queries.complaints_answered_late,
    queries.average_days_to_answer,
    queries.complaints_in_progress,
    queries.complaints_overdue,
    queries.protection_orders,
    queries.activities_held,
    queries.activities_by_kind,
    queries.activity_participants,
    queries.plan_progress,
    queries.overdue_plan_items,
)
_RECORD_TABLES = ("meetings", "complaints", "activities", "plans")


# ------------------------------------------------------------------------ the data


def station_codes(db: sqlite_utils.Database) -> list[str]:
    """The report's columns: stations registered at the district and any other station
    code on a record (meetings, complaints, activities, plans), sorted."""
    codes = {r[0] for r in db.execute("SELECT code FROM sync_stations")}
    for table in _RECORD_TABLES:
        codes.update(r[0] for r in db.execute(f"SELECT DISTINCT station FROM {table}"))
    return sorted(codes)


def collect_district(
    db: sqlite_utils.Database, period: Period, as_of: date, codes: Sequence[str]
) -> dict[str | None, dict[str, Any]]:
    """code -> {figure name -> value} for each station, and None -> the district total."""
    out: dict[str | None, dict[str, Any]] = {}
    for code in [*codes, None]:
        out[code] = {fn.__name__: fn(db, period, as_of, code) for fn in FIGURES}
    return out


def sync_status(
    db: sqlite_utils.Database, period: Period, as_of: date, codes: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """Per station: registry entry and last package (:func:`state.list_stations`), the
    months of the period it closed and the district approved, and ``data``: ``none`` (no
    package), ``gaps`` (packages missing that no later one covers), ``early`` (the last
    package was made on or before the as-of date: later records may be missing) or
    ``ok``."""
    listed = {s["code"]: s for s in state.list_stations(db)}
    months = [f"{y:04d}-{m:02d}" for y, m in _months(period)]
    out: dict[str, dict[str, Any]] = {}
    for code in codes:
        entry = dict(listed.get(code) or {"code": code, "name": "", "last_seq": None})
        entry.setdefault("missing", [])
        entry.setdefault("uncovered", [])
        entry.setdefault("open_conflicts", 0)
        closures = {
            month: (status, signed_on)
            for month, status, signed_on in db.execute(
                "SELECT month, status, signed_on FROM month_closures WHERE station = ?"
                " AND deleted = 0 AND month BETWEEN ? AND ?",
                [code, months[0], months[-1]],
            )
        }
        approved = {
            r[0]
            for r in db.execute(
                "SELECT month FROM sync_approvals WHERE station = ? AND month BETWEEN ? AND ?",
                [code, months[0], months[-1]],
            )
        }
        entry["closures"] = closures
        entry["approved"] = approved
        entry["months"] = months
        made = entry.get("last_package_created_at")
        if entry.get("last_seq") is None:
            entry["data"] = "none"
        elif entry["uncovered"]:
            entry["data"] = "gaps"
        elif made is None or made[:10] <= as_of.isoformat():
            entry["data"] = "early"
        else:
            entry["data"] = "ok"
        out[code] = entry
    return out


def _months(period: Period) -> list[tuple[int, int]]:
    start, end = period.start, period.end
    return [
        (y, m)
        for y in range(start.year, end.year + 1)
        for m in range(1, 13)
        if (start.year, start.month) <= (y, m) <= (end.year, end.month)
    ]


def stations_per_table(width: float) -> int:
    """How many station columns fit beside the labels and the total on ``width`` points."""
    return max(1, int((width - LABEL_MIN - TOTAL_COL) // STATION_COL))


def table_parts(codes: Sequence[str], per_table: int) -> list[list[str]]:
    """``codes`` cut into as few parts of at most ``per_table`` as possible, of even size."""
    if not codes:
        return []
    parts = math.ceil(len(codes) / per_table)
    size = math.ceil(len(codes) / parts)
    return [list(codes[i : i + size]) for i in range(0, len(codes), size)]


# ------------------------------------------------------------------------ the pages


# A row of a side-by-side table: label, the value of one station's (or the total's)
# figures, indented, and a row that only heads the ones below it (no values).
_Row = tuple[str, Callable[[dict[str, Any]], Any] | None, bool]


class _DistrictReport(_Report):
    """The consolidated report's flowables, with the station report's helpers."""

    approver_key = "approved_by_district"

    def __init__(
        self,
        db: sqlite_utils.Database,
        period: Period,
        lang: str,
        as_of: date,
        generated_on: date,
        *,
        codes: list[str],
        figures: dict[str | None, dict[str, Any]],
        sync: dict[str, dict[str, Any]],
        pagesize: tuple[float, float],
        per_table: int,
        prepared_by: str | None = None,
        approved_by: str | None = None,
    ):
        super().__init__(db, period, lang, {"as_of": as_of}, generated_on, prepared_by, approved_by)
        self.width = pagesize[0] - 2 * MARGIN
        self.frame_h = pagesize[1] - TOP - BOTTOM
        self.codes, self.figs, self.sync = codes, figures, sync
        self.parts = table_parts(codes, per_table)
        widest = max((len(p) for p in self.parts), default=1)
        spare = (self.width - LABEL_WIDE - TOTAL_COL) / widest
        self.station_w = min(STATION_COL_MAX, max(STATION_COL, spare))
        self.total = figures[None]

    def title_key(self) -> str:
        return f"title_district_{self.period.kind}"

    def story(self, annex: bool = False) -> list[Flowable]:
        out = self.header()
        out += self.stations()
        if self.codes:
            out += self.meetings()
            out += self.complaints()
            out += self.orders()
            out += self.activities()
            out += self.plan()
        out += self.signatures()
        return out

    # header and stations ------------------------------------------------------------
    def header(self) -> list[Flowable]:
        prof = station_service.profile(self.db)
        p = self.period
        rows = [
            (self.t("district_office"), prof["name"]),
            (self.t("code"), prof["code"]),
            (self.t("province"), prof["province"]),
            (self.t("period"), f"{p.label(self.lang)}: {self.d(p.start)} – {self.d(p.end)}"),
            (self.t("as_of"), self.d(self.as_of)),
            (self.t("report_date"), self.d(self.generated_on)),
            (self.t("stations_count"), len(self.codes)),
        ]
        grid = Grid([Col("", 150), Col("", self.width - 150)], rows, header=False, size=9)
        out: list[Flowable] = [
            para(f"{self.t(self.title_key())}: {p.label(self.lang)}", "title"),
            para(self.t("district_subtitle"), "subtitle"),
            grid,
            para(self.t("as_of_note", date=self.d(self.as_of)), "note"),
            para(self.t("district_note"), "note"),
        ]
        if not self.codes:
            out.append(para(self.t("no_stations"), "empty"))
        elif queries.is_empty(self.total):
            out.append(self.no_records())
        return out

    def stations(self) -> list[Flowable]:
        if not self.codes:
            return []
        month = self.period.kind == "month"
        rows = []
        for code in self.codes:
            s = self.sync[code]
            seq = s.get("last_seq")
            missing = ", ".join(map(str, s["missing"]))
            if s["uncovered"]:
                missing = self.t("not_covered", seqs=", ".join(map(str, s["uncovered"])))
            package = "—"
            if seq is not None:
                made = self.d(s.get("last_package_created_at"))
                package = f"{self.t('package_no', seq=seq)}\n{made}"
            rows.append(
                (
                    code,
                    s.get("name") or "",
                    package,
                    self.d(s.get("last_import_at")) or "—",
                    missing or "—",
                    s["open_conflicts"],
                    self.closed_text(s) if month else self.closed_count(s),
                    self.t(f"data_{s['data']}"),
                )
            )
        spec = [
            ("code", -30, "left"),
            ("c_station_name", 1.6, "left"),
            ("c_last_package", -50, "left"),
            ("c_imported_on", -50, "left"),
            ("c_missing", 0.7, "left"),
            ("c_conflicts", -40, "right"),
            ("c_month_closed" if month else "c_months_closed", 0.9, "left"),
            ("c_data", 1.2, "left"),
        ]
        return self.block(self.t("h_stations"), 1, self.table(spec, rows, size=7.5))

    def closed_text(self, s: dict[str, Any]) -> str:
        status, signed_on = s["closures"].get(s["months"][0], (None, None))
        if status is None:
            return self.t("no")
        if status != "closed":
            return self.t("reopened")
        text = self.t("closed_on", date=self.d(signed_on))
        if s["months"][0] in s["approved"]:
            text += ", " + self.t("approved_by_district_short")
        return text

    def closed_count(self, s: dict[str, Any]) -> str:
        closed = sum(1 for status, _ in s["closures"].values() if status == "closed")
        return self.t("months_of", closed=closed, months=len(s["months"]))

    # side-by-side tables ------------------------------------------------------------
    def side_by_side(self, rows: list[_Row]) -> list[list[Flowable]]:
        """One grid per part of the stations (captioned when there are several): a row
        per figure, a column per station, the district total in the last part."""
        out: list[list[Flowable]] = []
        numbered = 0
        for n, part in enumerate(self.parts):
            last = n == len(self.parts) - 1
            keys: list[str | None] = [*part, None] if last else list(part)
            body = []
            bold, indent = [], []
            for i, (label, value, sub) in enumerate(rows):
                if value is None:
                    body.append((label, *[""] * len(keys)))
                    bold.append(i)
                    continue
                body.append((label, *[value(self.figs[k]) for k in keys]))
                if sub:
                    indent.append(i)
            spec = [("", 1.0, "left")]
            spec += [(code, -self.station_w, "right") for code in part]
            if last:
                spec.append((self.t("c_district_total"), -TOTAL_COL, "right"))
            cols = fit_widths(spec, body, self.width, 8.0)
            grid = Grid(cols, body, size=8.0, bold_rows=bold, indent_rows=indent)
            if len(self.parts) > 1:
                caption = self.t(
                    "stations_part",
                    first=numbered + 1,
                    last=numbered + len(part),
                    count=len(self.codes),
                )
                out.append([para(caption, "note"), Spacer(1, 2), grid, Spacer(1, 6)])
            else:
                out.append([grid])
            numbered += len(part)
        return out

    def section(self, key: str, rows: list[_Row]) -> list[Flowable]:
        first, *rest = self.side_by_side(rows)
        heading = para(self.t(key), "h1")
        height = sum(f.wrap(self.width, self.frame_h)[1] for f in [heading, *first])
        if height < self.frame_h - 24:  # a table is not cut across pages if it fits one
            out: list[Flowable] = [KeepTogether([heading, *first])]
        else:
            out = self.block(self.t(key), 1, *first)
        for part in rest:
            out.append(KeepTogether(part))
        return out

    def coded(self, list_name: str, figure: str, field: str | None = None) -> list[_Row]:
        """An indented row per code of a reference list (every active code, and any other
        code a station has): the figure's count for that code."""

        def getter(code: str) -> Callable[[dict[str, Any]], Any]:
            def value(f: dict[str, Any]) -> Any:
                v = f[figure].get(code, 0)
                return v[field] if field and v else v

            return value

        return [
            (text, getter(code), True)
            for code, text in self.coded_rows(list_name, self.total[figure])
        ]

    def meetings(self) -> list[Flowable]:
        a = self.d(self.as_of)
        rows: list[_Row] = [
            (self.t("meetings_held"), lambda f: f["meetings_held"], False),
            (self.t("h_by_kind"), None, False),
            *self.coded("meeting_kind", "meetings_by_kind", "count"),
            (self.t("meeting_attendance"), lambda f: f["meeting_attendance"]["total"], False),
            (self.t("men"), lambda f: f["meeting_attendance"]["men"], True),
            (self.t("women"), lambda f: f["meeting_attendance"]["women"], True),
            (self.t("youth"), lambda f: f["meeting_attendance"]["youth"], True),
            (self.t("followups_open", date=a), lambda f: f["open_followups"], False),
            (self.t("followups_overdue"), lambda f: f["followups_overdue"], True),
        ]
        return self.section("h_meetings", rows)

    def complaints(self) -> list[Flowable]:
        a = self.d(self.as_of)
        rows: list[_Row] = [
            (self.t("complaints_received"), lambda f: f["complaints_received"], False),
            (self.t("h_by_category"), None, False),
            *self.coded("complaint_category", "complaints_by_category"),
            (self.t("complaints_answered"), lambda f: f["complaints_answered"], False),
            (self.t("complaints_resolved"), lambda f: f["complaints_resolved"], True),
            (self.t("complaints_dismissed"), lambda f: f["complaints_dismissed"], True),
            (self.t("complaints_answered_late"), lambda f: f["complaints_answered_late"], True),
            (
                self.t("average_days"),
                lambda f: fmt_decimal(f["average_days_to_answer"], self.lang),
                False,
            ),
            (self.t("complaints_open", date=a), lambda f: f["complaints_in_progress"], False),
            (self.t("complaints_overdue", date=a), lambda f: f["complaints_overdue"], False),
        ]
        return self.section("h_complaints", rows)

    def orders(self) -> list[Flowable]:
        a = self.d(self.as_of)
        rows: list[_Row] = [
            (self.t("orders_issued"), lambda f: f["protection_orders"]["issued"], False),
            (self.t("orders_active", date=a), lambda f: f["protection_orders"]["active"], False),
            (self.t("orders_extended"), lambda f: f["protection_orders"]["extended"], False),
        ]
        return self.section("h_orders", rows)

    def activities(self) -> list[Flowable]:
        rows: list[_Row] = [
            (self.t("activities_held"), lambda f: f["activities_held"], False),
            (self.t("h_by_kind"), None, False),
            *self.coded("activity_kind", "activities_by_kind", "count"),
            (self.t("activity_participants"), lambda f: f["activity_participants"]["total"], False),
            (self.t("men"), lambda f: f["activity_participants"]["men"], True),
            (self.t("women"), lambda f: f["activity_participants"]["women"], True),
            (self.t("youth"), lambda f: f["activity_participants"]["youth"], True),
        ]
        return self.section("h_activities", rows)

    def plan(self) -> list[Flowable]:
        a = self.d(self.as_of)
        rows: list[_Row] = [
            (self.t("plan_items"), lambda f: len(f["plan_progress"]), False),
            (
                self.t("plan_items_done"),
                lambda f: sum(1 for i in f["plan_progress"] if i["status"] == "done"),
                True,
            ),
            (self.t("plan_items_overdue", date=a), lambda f: len(f["overdue_plan_items"]), False),
            (
                self.t("plan_activities_in_period"),
                lambda f: sum(i["in_period"] for i in f["plan_progress"]),
                False,
            ),
            (
                self.t("plan_activities_to_date"),
                lambda f: sum(i["to_date"] for i in f["plan_progress"]),
                False,
            ),
        ]
        out = self.section("h_plan", rows)
        out.append(para(self.t("plan_status_note"), "note"))
        return out


# --------------------------------------------------------------------------- building


def render_district_report(
    db: sqlite_utils.Database,
    period: Period | str,
    lang: str,
    *,
    prepared_by: str | None = None,
    approved_by: str | None = None,
    generated_on: date | str | None = None,
    per_table: int | None = None,
) -> bytes:
    """The consolidated report of a district office as PDF bytes (see
    :func:`build_district_report`)."""
    period, day = checked_args(period, lang, generated_on)
    state.require_district(db)
    register_fonts()
    as_of = period.as_of(day)
    codes = station_codes(db)
    pagesize = landscape(A4) if len(codes) > PORTRAIT_MAX else A4
    report = _DistrictReport(
        db,
        period,
        lang,
        as_of,
        day,
        codes=codes,
        figures=collect_district(db, period, as_of, codes),
        sync=sync_status(db, period, as_of, codes),
        pagesize=pagesize,
        per_table=max(1, per_table or stations_per_table(pagesize[0] - 2 * MARGIN)),
        prepared_by=prepared_by,
        approved_by=approved_by,
    )
    prof = station_service.profile(db)
    title = f"{t(report.title_key(), lang)}: {period.label(lang)}"
    return render_document(
        report.story(),
        lang=lang,
        day=day,
        title=f"{title} — {prof['code']}",
        author=prof["name"],
        subject=period.label(lang),
        header=(prof["name"], f"{title} · {prof['code']}"),
        footer=t("footer", lang, code=prof["code"], period=period.code),
        pagesize=pagesize,
    )


def build_district_report(
    db: sqlite_utils.Database,
    period: Period | str,
    lang: str,
    out_path: Path | str,
    *,
    prepared_by: str | None = None,
    approved_by: str | None = None,
    generated_on: date | str | None = None,
    per_table: int | None = None,
) -> Path:
    """Write the district's consolidated report for ``period`` in ``lang`` to
    ``out_path`` (whole or not at all).

    ``generated_on`` (default: today) is the report date; the figures describe the
    stations on ``min(period end, generated_on)``, as far as their imported packages
    tell. ``per_table`` caps the stations per table (default: as many as fit the page).
    Raises :class:`PeriodError` for a bad or future period and
    :class:`~station_app.sync.errors.SyncError` outside a district office.
    """
    data = render_district_report(
        db,
        period,
        lang,
        prepared_by=prepared_by,
        approved_by=approved_by,
        generated_on=generated_on,
        per_table=per_table,
    )
    return write_file(out_path, data)
