"""Month close: the chief signs a month; its records become read-only until reopened.

Closing stores the month's final report PDF and its SHA-256, so a reprint of a closed
month is byte-identical. Reopening needs a reason. Both are audited. The guard
:func:`ensure_open` is called by every write path for records dated in a month.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from datetime import date
from typing import Any

import sqlite_utils

from station_app import clock
from station_app.messages import msg
from station_app.services import records
from station_app.services.auth import MANAGERS, Actor, require
from station_app.services.errors import MonthClosed, ValidationError
from station_app.services.validation import Invalid, Text
from station_app.store import audit, write_transaction


def check_month(month: Any) -> str:
    if not isinstance(month, str) or not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month):
        raise ValidationError({"month": msg("bad_month", value=str(month)[:20])})
    return month


def last_day(month: str) -> date:
    year, mon = int(month[:4]), int(month[5:])
    return date(year, mon, calendar.monthrange(year, mon)[1])


closure = records.month_closure
ensure_open = records.ensure_month_open
__all__ = ["MonthClosed", "close_month", "closure", "ensure_open", "is_closed", "reopen_month"]


def is_closed(db: sqlite_utils.Database, month: str) -> bool:
    c = closure(db, month)
    return bool(c and c["status"] == "closed")


def close_month(
    db: sqlite_utils.Database,
    actor: Actor,
    month: str,
    *,
    signed_by: str,
    report_pdf: bytes | None = None,
    report_lang: str | None = None,
    signed_on: str | None = None,
) -> dict[str, Any]:
    """Sign ``month`` (chief or admin). Stores the final report and its hash."""
    require(actor, MANAGERS, db)
    check_month(month)
    try:
        name = Text().clean(signed_by)
    except Invalid as exc:
        raise ValidationError({"signed_by": exc.message}) from None
    if name is None:
        raise ValidationError({"signed_by": msg("required")})
    today = clock.today()
    if last_day(month) > today:
        raise ValidationError({"month": msg("month_not_over", month=month)})
    signed_on = signed_on or today.isoformat()
    sha = hashlib.sha256(report_pdf).hexdigest() if report_pdf is not None else None
    values = {
        "status": "closed",
        "signed_by": name,
        "signed_on": signed_on,
        "report_lang": report_lang,
        "report_sha256": sha,
        "report_pdf": report_pdf,
        "reopened_on": None,
        "reopen_reason": None,
    }
    with write_transaction(db):
        before = closure(db, month)
        if before is None:
            row = (
                records.record_columns(actor, records.station_code(db)) | values | {"month": month}
            )
            db["month_closures"].insert(row)
        else:
            records.bump(db, actor, "month_closures", before["uuid"], values)
        after = closure(db, month)
        audit.append(
            db.conn, actor.username, "close_month", "month_closures", after["uuid"], before, after
        )
    return after


def reopen_month(
    db: sqlite_utils.Database, actor: Actor, month: str, *, reason: str
) -> dict[str, Any]:
    """Reopen a closed month (chief or admin), with a reason; audited."""
    require(actor, MANAGERS, db)
    check_month(month)
    try:
        reason = Text(2000, multiline=True).clean(reason) if reason is not None else None
    except Invalid as exc:
        raise ValidationError({"reason": exc.message}) from None
    if not reason:
        raise ValidationError({"reason": msg("required")})
    with write_transaction(db):
        before = closure(db, month)
        if before is None or before["status"] != "closed":
            raise ValidationError({"month": msg("month_not_closed", month=month)})
        records.bump(
            db,
            actor,
            "month_closures",
            before["uuid"],
            {
                "status": "reopened",
                "reopened_on": clock.today().isoformat(),
                "reopen_reason": reason,
            },
        )
        after = closure(db, month)
        audit.append(
            db.conn,
            actor.username,
            "reopen_month",
            "month_closures",
            after["uuid"],
            before,
            after,
            reason,
        )
    return after


def stored_report(db: sqlite_utils.Database, month: str) -> tuple[bytes, str] | None:
    """The PDF stored when ``month`` was closed, and its SHA-256 (None if not closed)."""
    row = db.execute(
        "SELECT report_pdf, report_sha256 FROM month_closures WHERE month = ? AND"
        " status = 'closed' AND deleted = 0 AND station = (SELECT code FROM station)",
        [month],
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return bytes(row[0]), row[1]


def list_closures(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    cur = db.execute(
        "SELECT month, status, signed_by, signed_on, reopened_on, reopen_reason,"
        " report_sha256 FROM month_closures WHERE deleted = 0 ORDER BY month DESC"
    )
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, v, strict=True)) for v in cur.fetchall()]
