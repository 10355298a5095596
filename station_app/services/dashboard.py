"""The dashboard's numbers: what is overdue, what falls due this week, this month's counts,
and the chart data. No Qt here.

Each function is one SQL query over the live records (soft-deleted rows, ``deleted = 1``,
never count; neither do children of a deleted parent). Dates are ISO text, compared as
text. "Today" is :func:`station_app.clock.today` unless a caller passes another date, and
"this month" is today's calendar month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from station_app import clock
from station_app.services.complaints import STATUSES
from station_app.services.deadlines import CLOSED_STATUSES

WEEK_DAYS = 7  # "due this week": from today up to and including today + 7 days
_OPEN = "status NOT IN ({})".format(", ".join(f"'{s}'" for s in CLOSED_STATUSES))
# The same rule named by the open statuses: SQLite then reads the few open complaints
# through the status index instead of every complaint due before today (the workflow's
# statuses are a closed set: a CHECK constraint of the complaints table).
_OPEN_LISTED = "status IN ({})".format(
    ", ".join(f"'{s}'" for s in STATUSES if s not in CLOSED_STATUSES)
)


@dataclass(frozen=True)
class Period:
    """An inclusive date range (ISO strings), as the list filters take it."""

    date_from: str
    date_to: str

    def filters(self) -> dict[str, str]:
        return {"date_from": self.date_from, "date_to": self.date_to}


def _today(today: date | None) -> date:
    return today or clock.today()


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, v, strict=True)) for v in cur.fetchall()]


def month_period(today: date | None = None) -> Period:
    """The calendar month of ``today`` (first to last day)."""
    d = _today(today)
    first = d.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return Period(first.isoformat(), (nxt - timedelta(days=1)).isoformat())


def last_12_months_period(today: date | None = None) -> Period:
    """Twelve calendar months ending with today's month (e.g. Dec 2025 – Nov 2026)."""
    month = month_period(today)
    d = date.fromisoformat(month.date_from)
    year, mon = (d.year, d.month - 11) if d.month > 11 else (d.year - 1, d.month + 1)
    return Period(date(year, mon, 1).isoformat(), month.date_to)


# ------------------------------------------------------------------------------ overdue


def _split_total(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Rows carrying a ``count(*) OVER ()`` column -> (rows without it, the total)."""
    total = rows[0]["total"] if rows else 0
    for r in rows:
        del r["total"]
    return rows, total


def overdue_complaints(
    db: sqlite_utils.Database, today: date | None = None, limit: int = 50
) -> tuple[list[dict[str, Any]], int]:
    """Open complaints past their (possibly extended) due date, oldest due first.

    Returns (up to ``limit`` rows, the total number overdue). The same rule as the
    complaint list's "overdue" filter: status not closed and ``due_on`` before today.
    """
    day = _today(today).isoformat()
    rows = _rows(
        db,
        "SELECT uuid, number, received_on, category, status, due_on,"
        " CAST(julianday(?) - julianday(due_on) AS INTEGER) AS days_overdue,"
        " count(*) OVER () AS total"
        f" FROM complaints WHERE +deleted = 0 AND {_OPEN_LISTED} AND +due_on < ?"
        " ORDER BY due_on, reg_year, reg_seq LIMIT ?",
        [day, day, limit],
    )
    return _split_total(rows)


def overdue_followups(
    db: sqlite_utils.Database, today: date | None = None, limit: int = 50
) -> tuple[list[dict[str, Any]], int]:
    """Meeting follow-up actions not done and past their due date (live meetings only).

    The rows and the total are two queries: the rows come in the order of the
    ``followups_due`` index (due date, then id), so only the first ``limit`` are read, and
    the total is counted from covering indexes alone (``followups_open``,
    ``meetings_live``); one query with ``count(*) OVER ()`` would read and sort every
    overdue follow-up and its meeting (tens of thousands on a big station).
    """
    day = _today(today).isoformat()
    where = (
        " FROM meeting_followups f JOIN meetings m ON m.uuid = f.meeting_uuid"
        " WHERE f.deleted = 0 AND +m.deleted = 0 AND f.done_on IS NULL AND f.due_on < ?"
    )
    rows = _rows(
        db,
        "SELECT f.uuid, f.meeting_uuid, f.action, f.due_on, m.held_on, m.settlement_uuid,"
        " CAST(julianday(?) - julianday(f.due_on) AS INTEGER) AS days_overdue"
        f"{where} ORDER BY f.due_on, f.id LIMIT ?",
        [day, day, limit],
    )
    total = db.execute(f"SELECT count(*){where}", [day]).fetchone()[0] if rows else 0
    return rows, total


def overdue_plan_items(
    db: sqlite_utils.Database, today: date | None = None, limit: int = 50
) -> tuple[list[dict[str, Any]], int]:
    """Plan items past their deadline and neither done nor cancelled (live plans only)."""
    day = _today(today).isoformat()
    rows = _rows(
        db,
        "SELECT i.uuid, i.plan_uuid, i.activity, i.theme, i.deadline, i.status,"
        " CAST(julianday(?) - julianday(i.deadline) AS INTEGER) AS days_overdue,"
        " count(*) OVER () AS total"
        " FROM plan_items i JOIN plans p ON p.uuid = i.plan_uuid"
        " WHERE i.deleted = 0 AND p.deleted = 0 AND i.status NOT IN ('done', 'cancelled')"
        " AND i.deadline IS NOT NULL AND i.deadline < ?"
        " ORDER BY i.deadline, i.id LIMIT ?",
        [day, day, limit],
    )
    return _split_total(rows)


# ----------------------------------------------------------------------- due this week


# A leading "+" on deleted (below) keeps SQLite from choosing the (deleted, date) indexes,
# which it would otherwise take for selective: nearly every row is live.


def due_this_week(
    db: sqlite_utils.Database, today: date | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Everything falling due from today to today + 7 days, soonest first.

    Each row: ``kind`` (complaint, order, followup, plan_item), ``uuid`` of the thing,
    ``due_on``, ``ref`` (complaint number / meeting uuid / plan uuid), ``ref_date``
    (the complaint's received date or the meeting's date), ``code`` (category or theme)
    and ``text`` (the follow-up action or plan activity). Complaints: open, due date
    (extended if extended) in the week. Protection orders: expiring (their extension if
    extended) in the week, on a live complaint. Follow-ups: not done. Plan items: not
    done or cancelled.
    """
    d = _today(today)
    start, end = d.isoformat(), (d + timedelta(days=WEEK_DAYS)).isoformat()
    return _rows(
        db,
        "SELECT * FROM ("
        " SELECT 'complaint' AS kind, uuid, due_on, number AS ref, received_on AS ref_date,"
        "  category AS code, NULL AS text FROM complaints"
        f"  WHERE +deleted = 0 AND {_OPEN} AND due_on BETWEEN ? AND ?"
        " UNION ALL"
        " SELECT 'order', o.uuid, coalesce(o.extended_until, o.expires_on), c.number,"
        "  c.received_on, c.category, NULL"
        "  FROM protection_orders o JOIN complaints c ON c.uuid = o.complaint_uuid"
        "  WHERE o.deleted = 0 AND +c.deleted = 0"
        "  AND coalesce(o.extended_until, o.expires_on) BETWEEN ? AND ?"
        " UNION ALL"
        " SELECT 'followup', f.uuid, f.due_on, f.meeting_uuid, m.held_on, m.settlement_uuid,"
        "  f.action FROM meeting_followups f JOIN meetings m ON m.uuid = f.meeting_uuid"
        "  WHERE f.deleted = 0 AND +m.deleted = 0 AND f.done_on IS NULL"
        "  AND f.due_on BETWEEN ? AND ?"
        " UNION ALL"
        " SELECT 'plan_item', i.uuid, i.deadline, i.plan_uuid, NULL, i.theme, i.activity"
        "  FROM plan_items i JOIN plans p ON p.uuid = i.plan_uuid"
        "  WHERE i.deleted = 0 AND p.deleted = 0 AND i.status NOT IN ('done', 'cancelled')"
        "  AND i.deadline BETWEEN ? AND ?"
        ") ORDER BY due_on, kind, ref LIMIT ?",
        [start, end] * 4 + [limit],
    )


# --------------------------------------------------------------------- month's counts


def month_counts(db: sqlite_utils.Database, today: date | None = None) -> dict[str, int]:
    """This month's counts.

    complaints_received: received this month; complaints_resolved: closed as resolved
    this month (whenever received); meetings / meeting_men / meeting_women: meetings
    held this month and their attendance; activities / activity_men / activity_women:
    activities held this month and their participants.
    """
    p = month_period(today)
    between = [p.date_from, p.date_to]
    row = _rows(
        db,
        "SELECT"
        " (SELECT count(*) FROM complaints WHERE deleted = 0"
        "   AND received_on BETWEEN ? AND ?) AS complaints_received,"
        " (SELECT count(*) FROM complaints WHERE deleted = 0 AND status = 'resolved'"
        "   AND closed_on BETWEEN ? AND ?) AS complaints_resolved,"
        " (SELECT count(*) FROM meetings WHERE deleted = 0"
        "   AND held_on BETWEEN ? AND ?) AS meetings,"
        " (SELECT coalesce(sum(men), 0) FROM meetings WHERE deleted = 0"
        "   AND held_on BETWEEN ? AND ?) AS meeting_men,"
        " (SELECT coalesce(sum(women), 0) FROM meetings WHERE deleted = 0"
        "   AND held_on BETWEEN ? AND ?) AS meeting_women,"
        " (SELECT count(*) FROM activities WHERE deleted = 0"
        "   AND held_on BETWEEN ? AND ?) AS activities,"
        " (SELECT coalesce(sum(men), 0) FROM activities WHERE deleted = 0"
        "   AND held_on BETWEEN ? AND ?) AS activity_men,"
        " (SELECT coalesce(sum(women), 0) FROM activities WHERE deleted = 0"
        "   AND held_on BETWEEN ? AND ?) AS activity_women",
        between * 8,
    )[0]
    return {k: int(v) for k, v in row.items()}


# ------------------------------------------------------------------------- chart data


def complaints_by_category(db: sqlite_utils.Database, period: Period) -> dict[str, int]:
    """category code -> complaints received in ``period``; largest first."""
    return dict(
        db.execute(
            "SELECT category, count(*) AS n FROM complaints WHERE deleted = 0"
            " AND received_on BETWEEN ? AND ? GROUP BY category ORDER BY n DESC, category",
            [period.date_from, period.date_to],
        ).fetchall()
    )


def complaints_by_status(db: sqlite_utils.Database, period: Period) -> dict[str, int]:
    """status code -> complaints received in ``period`` (their status today)."""
    return dict(
        db.execute(
            "SELECT status, count(*) FROM complaints WHERE deleted = 0"
            " AND received_on BETWEEN ? AND ? GROUP BY status",
            [period.date_from, period.date_to],
        ).fetchall()
    )


def activities_by_theme(db: sqlite_utils.Database, period: Period) -> dict[str, int]:
    """theme code -> activities held in ``period`` with that theme (an activity with two
    themes counts under both); largest first."""
    return dict(
        db.execute(
            "SELECT t.theme, count(*) AS n FROM activity_themes t"
            " JOIN activities a ON a.uuid = t.activity_uuid"
            " WHERE a.deleted = 0 AND a.held_on BETWEEN ? AND ?"
            " GROUP BY t.theme ORDER BY n DESC, t.theme",
            [period.date_from, period.date_to],
        ).fetchall()
    )


def attendance_by_sex(db: sqlite_utils.Database, period: Period) -> dict[str, dict[str, int]]:
    """{"meetings": {"men": .., "women": ..}, "activities": {...}} for ``period``."""
    rows = db.execute(
        "SELECT 'meetings', coalesce(sum(men), 0), coalesce(sum(women), 0) FROM meetings"
        " WHERE deleted = 0 AND held_on BETWEEN ? AND ?"
        " UNION ALL"
        " SELECT 'activities', coalesce(sum(men), 0), coalesce(sum(women), 0) FROM activities"
        " WHERE deleted = 0 AND held_on BETWEEN ? AND ?",
        [period.date_from, period.date_to] * 2,
    ).fetchall()
    return {kind: {"men": int(men), "women": int(women)} for kind, men, women in rows}
