"""Every figure of the report, each computed by one named function, in SQL, here only.

Notation: the period P runs from ``start`` to ``end``; A, the *as-of date*, is
``min(end, report date)`` (:meth:`Period.as_of`): the period's last day, or the report
date while the period is still running. Nothing dated after A counts anywhere, so a
report describes the station as it stood on A; counts "in the period" cover the days
from ``start`` to A.

Every function takes ``station`` too: a station code limits the figure to that
station's records (a district office holds the records of many stations, each row
carrying its station code; the consolidated report, :mod:`station_app.reports.district`,
asks once per station and once with None for the district total). Children (timeline
entries, protection orders, follow-ups, topics, themes, plan items) follow their parent's
station. None, the default, counts every record in the database.

Definitions:

* Soft-deleted rows (``deleted = 1``) never count, nor do children of a deleted parent
  (follow-ups of a deleted meeting, orders and timeline entries of a deleted complaint).
* A complaint's **status on day D** is the ``to_status`` of its last status move
  (timeline entries of kind ``status`` or ``reopen``) dated on or before D, ties broken
  by entry order; ``registered`` if there is none. Moves are dated in order (the service
  refuses a move dated before the previous one), so a complaint whose current status is
  closed with ``closed_on <= D`` had that status on D: the timeline is read only for the
  others. Because the history is used, not the current status, a later move never
  changes the figures of a past period (and a closed month's dates are locked).
* A complaint is **open** on D when received on or before D and its status on D is
  ``registered``, ``in_progress`` or ``referred``.
* Its **due date on D** is its extension date (``extended_until``) if an ``extension``
  entry is dated on or before D, otherwise the answer due date (``answer_due_on``). It
  is **overdue** on D when open on D and due before D (due on D itself is not overdue).
* **Resolved (dismissed) in the period**: complaints with a move to ``resolved``
  (``dismissed``) dated in the period, each counted once, whenever received.
  **Answered** in the period: a move to either. Its **answer date** is the last such move
  in the period; **days to answer** = answer date - received date; the **average** is
  over the complaints answered in the period. **Answered late**: answer date after the
  due date on the answer date.
* **In progress** (:func:`complaints_in_progress`): complaints open on A, whenever
  received (carried over from earlier periods included).
* Protection orders: **issued** in the period (``issued_on``); **in force on A**: issued
  on or before A and ending (``extended_until``, else ``expires_on``) on or after A;
  **extensions**: timeline entries ``protection_order_extended`` dated in the period;
  **ending soon**: in force on A and ending within :data:`EXPIRING_DAYS` days after A.
  (An order keeps only its latest end date, so an extension recorded after A is taken
  as already known on A.)
* Meetings and activities count by their date (``held_on``) in the period; attendance
  and participants are sums of men, women and youth (youth are among the men and women).
  An activity or meeting with several themes counts under each theme.
* A meeting follow-up is **open on A** when its meeting was held on or before A and it
  was not done by A (``done_on`` empty or after A); **overdue** when also due before A.
* Plan progress: items of live plans whose years overlap the period; per item, linked
  activities held in the period, and held from the beginning up to A.
* A plan item is **overdue** on A when its deadline is before A and its status is
  neither ``done`` nor ``cancelled``. Plan items keep no status history, so this one uses
  the *current* status.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from station_app import clock
from station_app.reports.periods import Period

EXPIRING_DAYS = 14
CLOSED = ("resolved", "dismissed")
_CLOSED_SQL = "('resolved', 'dismissed')"

# A complaint's status on :asof (see the module docstring); ``c`` is the complaint.
STATUS_ON = (
    "(CASE WHEN c.status IN ('resolved', 'dismissed') AND c.closed_on <= :asof THEN c.status"
    " ELSE coalesce((SELECT a.to_status FROM complaint_actions a"
    " WHERE a.complaint_uuid = c.uuid AND a.deleted = 0 AND a.to_status IS NOT NULL"
    " AND a.kind IN ('status', 'reopen') AND a.action_on <= :asof"
    " ORDER BY a.action_on DESC, a.id DESC LIMIT 1), 'registered') END)"
)
# Its due date on :asof.
DUE_ON = (
    "(CASE WHEN c.extended_until IS NOT NULL AND EXISTS (SELECT 1 FROM complaint_actions e"
    " WHERE e.complaint_uuid = c.uuid AND e.deleted = 0 AND e.kind = 'extension'"
    " AND e.action_on <= :asof) THEN c.extended_until ELSE c.answer_due_on END)"
)


def _of(alias: str) -> str:
    """The record ``alias`` belongs to the station asked for (any, when ``:station`` is
    NULL: a station's own database, or a district's total)."""
    return f"(:station IS NULL OR {alias}.station = :station)"


_OPEN_ON = (
    f"c.deleted = 0 AND {_of('c')} AND c.received_on <= :asof AND {STATUS_ON} NOT IN {_CLOSED_SQL}"
)


def bounds(
    period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, str | None]:
    """SQL parameters: ``start``, ``end`` (= the as-of date, capped at the period's end),
    ``asof`` and ``station``. ``as_of`` defaults to :meth:`Period.as_of` of today;
    ``station`` (a code) limits every figure to that station's records (a district office
    holds many stations'); None counts every record in the database."""
    day = min(period.end, as_of) if as_of is not None else period.as_of(clock.today())
    return {
        "start": period.start.isoformat(),
        "end": day.isoformat(),
        "asof": day.isoformat(),
        "station": station,
    }


def _one(db: sqlite_utils.Database, sql: str, params: dict[str, Any]) -> Any:
    return db.execute(sql, params).fetchone()[0]


def _rows(db: sqlite_utils.Database, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    cur = db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, v, strict=True)) for v in cur.fetchall()]


def _counts(db: sqlite_utils.Database, sql: str, params: dict[str, Any]) -> dict[str, int]:
    return {code: int(n) for code, n in db.execute(sql, params).fetchall()}


# ------------------------------------------------------------------------ complaints

_RECEIVED = f"c.deleted = 0 AND {_of('c')} AND c.received_on BETWEEN :start AND :end"


def complaints_received(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Complaints received in the period."""
    return _one(
        db, f"SELECT count(*) FROM complaints c WHERE {_RECEIVED}", bounds(period, as_of, station)
    )


def complaints_by_category(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, int]:
    """category code -> complaints received in the period (codes with none are absent)."""
    return _counts(
        db,
        f"SELECT c.category, count(*) FROM complaints c WHERE {_RECEIVED}"
        " GROUP BY c.category ORDER BY c.category",
        bounds(period, as_of, station),
    )


def complaints_by_channel(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, int]:
    """channel code -> complaints received in the period."""
    return _counts(
        db,
        f"SELECT c.channel, count(*) FROM complaints c WHERE {_RECEIVED}"
        " GROUP BY c.channel ORDER BY c.channel",
        bounds(period, as_of, station),
    )


def _moved_to(statuses: str) -> str:
    """Distinct live complaints with a move to one of ``statuses`` dated in the period."""
    return (
        "SELECT count(DISTINCT a.complaint_uuid) FROM complaint_actions a"
        " JOIN complaints c ON c.uuid = a.complaint_uuid"
        f" WHERE a.deleted = 0 AND c.deleted = 0 AND {_of('c')} AND a.kind = 'status'"
        f" AND a.to_status IN {statuses} AND a.action_on BETWEEN :start AND :end"
    )


def complaints_resolved(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Complaints moved to 'resolved' in the period (each once, whenever received)."""
    return _one(db, _moved_to("('resolved')"), bounds(period, as_of, station))


def complaints_dismissed(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Complaints moved to 'dismissed' in the period (each once, whenever received)."""
    return _one(db, _moved_to("('dismissed')"), bounds(period, as_of, station))


# The complaints answered in the period with their answer date (last closing move).
_ANSWERED = (
    "WITH answered AS (SELECT a.complaint_uuid AS uuid, max(a.action_on) AS answered_on"
    " FROM complaint_actions a WHERE a.deleted = 0 AND a.kind = 'status'"
    f" AND a.to_status IN {_CLOSED_SQL} AND a.action_on BETWEEN :start AND :end"
    " GROUP BY a.complaint_uuid)"
)


def complaints_answered(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Complaints answered (moved to resolved or dismissed) in the period."""
    return _one(
        db,
        f"{_ANSWERED} SELECT count(*) FROM answered x"
        f" JOIN complaints c ON c.uuid = x.uuid WHERE c.deleted = 0 AND {_of('c')}",
        bounds(period, as_of, station),
    )


def complaints_answered_late(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Complaints answered in the period after their due date on the answer date."""
    due = DUE_ON.replace(":asof", "x.answered_on")
    return _one(
        db,
        f"{_ANSWERED} SELECT count(*) FROM answered x JOIN complaints c ON c.uuid = x.uuid"
        f" WHERE c.deleted = 0 AND {_of('c')} AND x.answered_on > {due}",
        bounds(period, as_of, station),
    )


def average_days_to_answer(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> float | None:
    """Mean of (answer date - received date) in days over the complaints answered in the
    period; None if none was answered."""
    value = _one(
        db,
        f"{_ANSWERED} SELECT avg(julianday(x.answered_on) - julianday(c.received_on))"
        f" FROM answered x JOIN complaints c ON c.uuid = x.uuid WHERE c.deleted = 0 AND {_of('c')}",
        bounds(period, as_of, station),
    )
    return None if value is None else float(value)


def complaints_in_progress(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Complaints open on the as-of date (registered, in progress or referred then),
    whenever received."""
    return _one(
        db, f"SELECT count(*) FROM complaints c WHERE {_OPEN_ON}", bounds(period, as_of, station)
    )


def complaints_open_by_status(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, int]:
    """status on the as-of date -> complaints open then (sums to the in-progress figure)."""
    return _counts(
        db,
        f"SELECT {STATUS_ON} AS s, count(*) FROM complaints c WHERE {_OPEN_ON}"
        " GROUP BY s ORDER BY s",
        bounds(period, as_of, station),
    )


def complaints_overdue(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Complaints open on the as-of date whose due date then was before it."""
    return _one(
        db,
        f"SELECT count(*) FROM complaints c WHERE {_OPEN_ON} AND {DUE_ON} < :asof",
        bounds(period, as_of, station),
    )


def overdue_complaints(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> list[dict[str, Any]]:
    """The overdue complaints (as counted by :func:`complaints_overdue`), longest overdue
    first: number, received_on, category, status, due_on, days_overdue, settlement_uuid."""
    return _rows(
        db,
        f"SELECT number, received_on, category, status, due_on,"
        " CAST(julianday(:asof) - julianday(due_on) AS INTEGER) AS days_overdue,"
        " settlement_uuid FROM (SELECT c.number, c.received_on, c.category, c.reg_year,"
        f" c.reg_seq, {STATUS_ON} AS status, {DUE_ON} AS due_on,"
        f" c.complainant_settlement_uuid AS settlement_uuid FROM complaints c"
        f" WHERE {_OPEN_ON}) WHERE due_on < :asof ORDER BY due_on, reg_year, reg_seq, number",
        bounds(period, as_of, station),
    )


def complaints_annex(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> Iterator[tuple[str, str, str, str, str | None]]:
    """Every complaint received in the period, in number order: (number, received_on,
    category, status on the as-of date, settlement uuid). No personal data."""
    cur = db.execute(
        f"SELECT c.number, c.received_on, c.category, {STATUS_ON},"
        f" c.complainant_settlement_uuid FROM complaints c WHERE {_RECEIVED}"
        " ORDER BY c.reg_year, c.reg_seq, c.number",
        bounds(period, as_of, station),
    )
    while batch := cur.fetchmany(2000):
        yield from batch


# ------------------------------------------------------------------ protection orders

_ORDER = f"o.deleted = 0 AND c.deleted = 0 AND {_of('c')}"
_ORDER_FROM = "FROM protection_orders o JOIN complaints c ON c.uuid = o.complaint_uuid"
_ORDER_END = "coalesce(o.extended_until, o.expires_on)"
_IN_FORCE = f"o.issued_on <= :asof AND {_ORDER_END} >= :asof"


def protection_orders_issued(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Protection orders issued in the period."""
    return _one(
        db,
        f"SELECT count(*) {_ORDER_FROM} WHERE {_ORDER} AND o.issued_on BETWEEN :start AND :end",
        bounds(period, as_of, station),
    )


def protection_orders_active(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Protection orders in force on the as-of date."""
    return _one(
        db,
        f"SELECT count(*) {_ORDER_FROM} WHERE {_ORDER} AND {_IN_FORCE}",
        bounds(period, as_of, station),
    )


def protection_orders_extended(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Protection-order extensions recorded (timeline entries) in the period."""
    return _one(
        db,
        "SELECT count(*) FROM complaint_actions a JOIN complaints c ON c.uuid = a.complaint_uuid"
        f" WHERE a.deleted = 0 AND c.deleted = 0 AND {_of('c')}"
        " AND a.kind = 'protection_order_extended'"
        " AND a.action_on BETWEEN :start AND :end",
        bounds(period, as_of, station),
    )


def protection_orders(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, int]:
    """issued / active / extended, from the three functions above."""
    return {
        "issued": protection_orders_issued(db, period, as_of, station),
        "active": protection_orders_active(db, period, as_of, station),
        "extended": protection_orders_extended(db, period, as_of, station),
    }


def expiring_protection_orders(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> list[dict[str, Any]]:
    """Orders in force on the as-of date ending within EXPIRING_DAYS days of it, soonest
    first: number, issued_on, ends_on, days_left, settlement_uuid."""
    params = bounds(period, as_of, station)
    params["until"] = (date.fromisoformat(params["asof"]) + timedelta(EXPIRING_DAYS)).isoformat()
    return _rows(
        db,
        f"SELECT c.number, o.issued_on, {_ORDER_END} AS ends_on,"
        f" CAST(julianday({_ORDER_END}) - julianday(:asof) AS INTEGER) AS days_left,"
        f" c.complainant_settlement_uuid AS settlement_uuid {_ORDER_FROM}"
        f" WHERE {_ORDER} AND {_IN_FORCE} AND {_ORDER_END} <= :until"
        " ORDER BY ends_on, c.reg_year, c.reg_seq, o.id",
        params,
    )


# -------------------------------------------------------------------------- meetings

_HELD = f"m.deleted = 0 AND {_of('m')} AND m.held_on BETWEEN :start AND :end"


def meetings_held(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Meetings held in the period."""
    return _one(
        db, f"SELECT count(*) FROM meetings m WHERE {_HELD}", bounds(period, as_of, station)
    )


def meetings_by_kind(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, dict]:
    """meeting kind -> {count, men, women, youth} for meetings held in the period."""
    cur = db.execute(
        "SELECT m.kind, count(*), sum(m.men), sum(m.women), sum(m.youth) FROM meetings m"
        f" WHERE {_HELD} GROUP BY m.kind ORDER BY m.kind",
        bounds(period, as_of, station),
    )
    return {
        k: {"count": n, "men": men, "women": women, "youth": youth}
        for k, n, men, women, youth in cur.fetchall()
    }


def meeting_attendance(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, int]:
    """{men, women, youth, total} attending the meetings held in the period."""
    men, women, youth = db.execute(
        "SELECT coalesce(sum(m.men), 0), coalesce(sum(m.women), 0), coalesce(sum(m.youth), 0)"
        f" FROM meetings m WHERE {_HELD}",
        bounds(period, as_of, station),
    ).fetchone()
    return {"men": men, "women": women, "youth": youth, "total": men + women}


def meeting_topics(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, int]:
    """theme -> meetings held in the period with that topic."""
    return _counts(
        db,
        "SELECT t.theme, count(*) FROM meeting_topics t JOIN meetings m"
        f" ON m.uuid = t.meeting_uuid WHERE {_HELD} GROUP BY t.theme ORDER BY t.theme",
        bounds(period, as_of, station),
    )


def meetings_list(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> list[dict[str, Any]]:
    """The meetings held in the period, in date order."""
    return _rows(
        db,
        "SELECT m.held_on, m.held_at, m.settlement_uuid, m.venue, m.kind, m.men, m.women,"
        f" m.youth FROM meetings m WHERE {_HELD} ORDER BY m.held_on, m.held_at, m.id",
        bounds(period, as_of, station),
    )


_FOLLOWUP_OPEN = (
    "FROM meeting_followups f JOIN meetings m ON m.uuid = f.meeting_uuid"
    f" WHERE f.deleted = 0 AND m.deleted = 0 AND {_of('m')} AND m.held_on <= :asof"
    " AND (f.done_on IS NULL OR f.done_on > :asof)"
)


def open_followups(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Meeting follow-up actions open (not done) on the as-of date, whenever set."""
    return _one(db, f"SELECT count(*) {_FOLLOWUP_OPEN}", bounds(period, as_of, station))


def followups_overdue(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Open follow-up actions due before the as-of date."""
    return _one(
        db, f"SELECT count(*) {_FOLLOWUP_OPEN} AND f.due_on < :asof", bounds(period, as_of, station)
    )


def overdue_followups(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> list[dict[str, Any]]:
    """The overdue follow-ups, longest overdue first: held_on, venue, action, responsible,
    due_on, days_overdue."""
    return _rows(
        db,
        "SELECT m.held_on, m.venue, f.action, f.responsible, f.due_on,"
        " CAST(julianday(:asof) - julianday(f.due_on) AS INTEGER) AS days_overdue"
        f" {_FOLLOWUP_OPEN} AND f.due_on < :asof ORDER BY f.due_on, m.held_on, f.id",
        bounds(period, as_of, station),
    )


# ------------------------------------------------------------------------ activities

_DONE = f"a.deleted = 0 AND {_of('a')} AND a.held_on BETWEEN :start AND :end"


def activities_held(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> int:
    """Activities held in the period."""
    return _one(
        db, f"SELECT count(*) FROM activities a WHERE {_DONE}", bounds(period, as_of, station)
    )


def activities_by_kind(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, dict]:
    """activity kind -> {count, men, women, youth} for activities held in the period."""
    cur = db.execute(
        "SELECT a.kind, count(*), sum(a.men), sum(a.women), sum(a.youth) FROM activities a"
        f" WHERE {_DONE} GROUP BY a.kind ORDER BY a.kind",
        bounds(period, as_of, station),
    )
    return {
        k: {"count": n, "men": men, "women": women, "youth": youth}
        for k, n, men, women, youth in cur.fetchall()
    }


def activities_by_theme(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, dict]:
    """theme -> {count, participants (men + women), youth} for activities held in the
    period; an activity with several themes counts under each."""
    cur = db.execute(
        "SELECT t.theme, count(*), sum(a.men + a.women), sum(a.youth) FROM activity_themes t"
        f" JOIN activities a ON a.uuid = t.activity_uuid WHERE {_DONE}"
        " GROUP BY t.theme ORDER BY t.theme",
        bounds(period, as_of, station),
    )
    return {k: {"count": n, "participants": p, "youth": y} for k, n, p, y in cur.fetchall()}


def activity_participants(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, int]:
    """{men, women, youth, total} taking part in the activities held in the period."""
    men, women, youth = db.execute(
        "SELECT coalesce(sum(a.men), 0), coalesce(sum(a.women), 0), coalesce(sum(a.youth), 0)"
        f" FROM activities a WHERE {_DONE}",
        bounds(period, as_of, station),
    ).fetchone()
    return {"men": men, "women": women, "youth": youth, "total": men + women}


# ------------------------------------------------------------------------------ plans


def plan_progress(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> list[dict[str, Any]]:
    """Per item of the live plans covering the period's years: plan title, item text,
    theme, indicator, target, deadline, current status, linked activities held in the
    period (``in_period``) and from the start up to the as-of date (``to_date``)."""
    params = bounds(period, as_of, station) | {"y0": period.start.year, "y1": period.end.year}
    return _rows(
        db,
        "SELECT i.uuid, p.title AS plan_title, p.period_from, p.period_to, p.approved_on,"
        " i.position, i.activity, i.theme, i.indicator, i.target, i.deadline, i.status,"
        " (SELECT count(*) FROM activities a WHERE a.plan_item_uuid = i.uuid"
        "   AND a.deleted = 0 AND a.held_on BETWEEN :start AND :end) AS in_period,"
        " (SELECT count(*) FROM activities a WHERE a.plan_item_uuid = i.uuid"
        "   AND a.deleted = 0 AND a.held_on <= :asof) AS to_date"
        " FROM plan_items i JOIN plans p ON p.uuid = i.plan_uuid"
        f" WHERE i.deleted = 0 AND p.deleted = 0 AND {_of('p')}"
        " AND p.period_from <= :y1 AND p.period_to >= :y0"
        " ORDER BY p.period_from, p.id, i.position, i.id",
        params,
    )


def overdue_plan_items(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> list[dict[str, Any]]:
    """Items of live plans past their deadline on the as-of date and not done or
    cancelled (current status): plan_title, activity, theme, deadline, status,
    days_overdue."""
    return _rows(
        db,
        "SELECT p.title AS plan_title, i.activity, i.theme, i.deadline, i.status,"
        " CAST(julianday(:asof) - julianday(i.deadline) AS INTEGER) AS days_overdue"
        " FROM plan_items i JOIN plans p ON p.uuid = i.plan_uuid"
        f" WHERE i.deleted = 0 AND p.deleted = 0 AND {_of('p')}"
        " AND i.status NOT IN ('done', 'cancelled')"
        " AND i.deadline IS NOT NULL AND i.deadline < :asof ORDER BY i.deadline, i.id",
        bounds(period, as_of, station),
    )


# -------------------------------------------------------------------------- gathering


def collect(
    db: sqlite_utils.Database, period: Period, as_of: date | None = None, station: str | None = None
) -> dict[str, Any]:
    """Everything the printed report shows, by figure name (the functions above)."""
    b = bounds(period, as_of, station)
    day = date.fromisoformat(b["asof"])
    figures: dict[str, Any] = {"period": period, "as_of": day}
    for fn in (
        complaints_received,
        complaints_by_category,
        complaints_by_channel,
        complaints_resolved,
        complaints_dismissed,
        complaints_answered,
        complaints_answered_late,
        average_days_to_answer,
        complaints_in_progress,
        complaints_open_by_status,
        complaints_overdue,
        overdue_complaints,
        protection_orders,
        expiring_protection_orders,
        meetings_held,
        meetings_by_kind,
        meeting_attendance,
        meeting_topics,
        meetings_list,
        open_followups,
        followups_overdue,
        overdue_followups,
        activities_held,
        activities_by_kind,
        activities_by_theme,
        activity_participants,
        plan_progress,
        overdue_plan_items,
    ):
        figures[fn.__name__] = fn(db, period, day, station)
    return figures


def is_empty(figures: dict[str, Any]) -> bool:
    """True when nothing is dated in the period and nothing is open or overdue on A."""
    return not any(
        figures[k]
        for k in (
            "complaints_received",
            "complaints_answered",
            "complaints_in_progress",
            "meetings_held",
            "open_followups",
            "activities_held",
            "overdue_plan_items",
        )
    ) and not any(figures["protection_orders"].values())


def settlement_names(db: sqlite_utils.Database, lang: str) -> dict[str, str]:
    """settlement uuid -> its name in ``lang`` (deleted settlements included: old records
    still name them)."""
    column = {"ky": "name_ky", "ru": "name_ru"}.get(lang, "name_en")
    return dict(db.execute(f"SELECT uuid, {column} FROM settlements").fetchall())
