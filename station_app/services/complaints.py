"""Complaints (resident appeals): numbering, status workflow, deadlines, protection orders."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import sqlite_utils

from station_app import clock
from station_app.messages import Msg, msg
from station_app.services import deadlines, records
from station_app.services import settings as settings_service
from station_app.services.auth import MANAGERS, RECORD_EDITORS, Actor, require
from station_app.services.errors import NotFound, ValidationError
from station_app.services.records import Kind
from station_app.services.validation import (
    LONG_TEXT,
    Bool,
    Choice,
    Date,
    Field,
    Invalid,
    Ref,
    Text,
)
from station_app.store import audit, write_transaction

STATUSES = ("registered", "in_progress", "referred", "resolved", "dismissed")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "registered": ("in_progress", "referred", "resolved", "dismissed"),
    "in_progress": ("referred", "resolved", "dismissed"),
    "referred": ("in_progress", "resolved", "dismissed"),
    "resolved": ("in_progress",),  # reopen
    "dismissed": ("in_progress",),  # reopen
}

FIELDS = [
    Field("received_on", "received_on", Date(not_future=True), required=True),
    Field("channel", "channel", Choice("channel"), required=True),
    Field("meeting_uuid", "meeting_uuid", Ref("meetings")),
    Field("anonymous", "anonymous", Bool()),
    Field("complainant.name", "complainant_name", Text()),
    Field("complainant.sex", "complainant_sex", Choice("sex")),
    Field("complainant.age_group", "complainant_age_group", Choice("age_group")),
    Field("complainant.settlement", "complainant_settlement_uuid", Ref("settlements")),
    Field("complainant.contact", "complainant_contact", Text()),
    Field("category", "category", Choice("complaint_category"), required=True),
    Field("description", "description", Text(LONG_TEXT, multiline=True), required=True),
    Field("assigned_officer", "assigned_officer", Text(64)),
]
READ_ONLY = (
    "number",
    "status",
    "referred_to",
    "answer_due_on",
    "extended_until",
    "extension_reason",
    "due_on",
    "outcome",
    "closed_on",
)


def _check(db: sqlite_utils.Database, cols: dict[str, Any], errors: dict[str, Msg]) -> None:
    named = any(cols.get(c) for c in ("complainant_name", "complainant_contact"))
    if cols.get("anonymous"):
        if named:
            errors.setdefault("anonymous", msg("anonymous_with_complainant"))
    else:
        cols["anonymous"] = 0
        if not cols.get("complainant_name"):
            errors.setdefault("complainant.name", msg("anonymous_or_complainant"))
        for path, col in (
            ("complainant.sex", "complainant_sex"),
            ("complainant.age_group", "complainant_age_group"),
        ):
            if not cols.get(col):
                errors.setdefault(path, msg("required"))
    if cols.get("channel") == "meeting" and not cols.get("meeting_uuid"):
        errors.setdefault("meeting_uuid", msg("meeting_required"))
    officer = cols.get("assigned_officer")
    if (
        officer
        and not db.execute(
            "SELECT 1 FROM users WHERE username = ? AND active = 1", [officer]
        ).fetchone()
    ):
        errors.setdefault("assigned_officer", msg("unknown_reference", value=officer))


def _status_filter(value: str) -> tuple[str, list[Any]]:
    return "t.status = ?", [value]


def _overdue_filter(value: Any) -> tuple[str, list[Any]]:
    today = clock.today().isoformat()
    if value in (True, 1, "1", "true", "yes"):
        return "t.status NOT IN ('resolved', 'dismissed') AND t.due_on < ?", [today]
    return "NOT (t.status NOT IN ('resolved', 'dismissed') AND t.due_on < ?)", [today]


KIND = Kind(
    name="complaint",
    table="complaints",
    fields=FIELDS,
    date_column="received_on",
    read_only=READ_ONLY,
    list_columns=[
        "t.uuid",
        "t.station",  # a district lists the records of every station
        "t.number",
        "t.received_on",
        "t.channel",
        "t.category",
        "t.status",
        "t.anonymous",
        "t.complainant_name",
        "t.complainant_settlement_uuid",
        "t.assigned_officer",
        "t.due_on",
        "t.closed_on",
        "t.revision",
        "t.deleted",
    ],
    sort_columns={
        "_default": "t.received_on",
        "number": "t.station, t.reg_year, t.reg_seq",  # the UNIQUE index's order
        "received_on": "t.received_on",
        "category": "t.category, t.received_on",  # (category, received_on) index
        "status": "t.status, t.received_on",
        "due_on": "t.due_on",
        "channel": "t.channel",
        "assigned_officer": "t.assigned_officer",
    },
    filters={
        "status": _status_filter,
        "category": records.eq("category"),
        "channel": records.eq("channel"),
        "settlement": records.eq("complainant_settlement_uuid"),
        "assigned_officer": records.eq("assigned_officer"),
        "meeting": records.eq("meeting_uuid"),
        "date_from": records.date_from("received_on"),
        "date_to": records.date_to("received_on"),
        "due_before": records.date_to("due_on"),
        "overdue": _overdue_filter,
    },
    check=_check,
)


def next_number(db: sqlite_utils.Database, station: str, year: int) -> tuple[str, int]:
    """Take the next number for ``year`` (inside the caller's transaction). Never reused."""
    db.execute(
        "INSERT INTO complaint_counters (station, year, last_seq) VALUES (?, ?, 1)"
        " ON CONFLICT (station, year) DO UPDATE SET last_seq = last_seq + 1",
        [station, year],
    )
    seq = db.execute(
        "SELECT last_seq FROM complaint_counters WHERE station = ? AND year = ?", [station, year]
    ).fetchone()[0]
    return f"{station}-{year}-{seq:04d}", seq


def _action(
    db,
    actor: Actor,
    complaint_uuid: str,
    kind: str,
    note: str | None,
    on: str | None = None,
    from_status: str | None = None,
    to_status: str | None = None,
) -> None:
    row = records.record_columns(actor, records.station_code(db)) | {
        "complaint_uuid": complaint_uuid,
        "action_on": on or clock.today().isoformat(),
        "officer": actor.username,
        "kind": kind,
        "from_status": from_status,
        "to_status": to_status,
        "note": note,
    }
    db["complaint_actions"].insert(row)


def create(
    db: sqlite_utils.Database, actor: Actor, data: Any, *, uuid: str | None = None
) -> dict[str, Any]:
    """Register a complaint: number, answer deadline, first timeline entry."""
    received_on: list[str] = []

    def before_insert(cols: dict[str, Any]) -> None:
        conf = settings_service.get_all(db)  # read inside the save's transaction
        received = date.fromisoformat(cols["received_on"])
        received_on.append(cols["received_on"])
        station = records.station_code(db)
        cols["number"], cols["reg_seq"] = next_number(db, station, received.year)
        cols["reg_year"] = received.year
        cols["assigned_officer"] = cols.get("assigned_officer") or actor.username
        cols["status"] = "registered"
        due = deadlines.answer_due(received, conf).isoformat()
        cols["answer_due_on"] = due
        cols["due_on"] = due

    def after_insert(new_uuid: str) -> None:
        _action(db, actor, new_uuid, "status", None, on=received_on[0], to_status="registered")

    return records.create(
        db, actor, KIND, data, uuid=uuid, before_insert=before_insert, after_insert=after_insert
    )


def update(
    db: sqlite_utils.Database,
    actor: Actor,
    uuid: str,
    changes: Any,
    *,
    expected_revision: int | None = None,
) -> dict[str, Any]:
    _require_details(db, records.load(db, KIND, uuid), actor)

    def before_update(before: dict[str, Any], cols: dict[str, Any]) -> None:
        conf = settings_service.get_all(db)  # read inside the save's transaction
        if before["status"] in deadlines.CLOSED_STATUSES:
            raise ValidationError({"status": msg("closed_complaint", status=before["status"])})
        if cols["received_on"] != before["received_on"]:
            received = date.fromisoformat(cols["received_on"])
            cols["answer_due_on"] = deadlines.answer_due(received, conf).isoformat()
            ext = before["extended_until"]
            if ext and ext > deadlines.latest_extension(received, conf).isoformat():
                ext = None
                cols["extended_until"] = None
                cols["extension_reason"] = None
            cols["due_on"] = deadlines.effective_due(cols["answer_due_on"], ext)

    return records.update(
        db,
        actor,
        KIND,
        uuid,
        changes,
        expected_revision=expected_revision,
        before_update=before_update,
    )


def get(db: sqlite_utils.Database, uuid: str, *, viewer: Actor | None = None) -> dict[str, Any]:
    """The complaint with its timeline and protection orders.

    With a ``viewer``, a family-violence complaint's details are hidden unless the viewer
    is its assigned officer or a chief/admin (see :func:`can_see_details`); such a hidden
    view is audited.
    """
    out = records.load(db, KIND, uuid)
    cur = db.execute(
        "SELECT uuid, action_on, officer, kind, from_status, to_status, note, created_at"
        " FROM complaint_actions WHERE complaint_uuid = ? AND deleted = 0"
        " ORDER BY action_on, id",
        [uuid],
    )
    cols = [d[0] for d in cur.description]
    out["timeline"] = [dict(zip(cols, v, strict=True)) for v in cur.fetchall()]
    cur = db.execute(
        "SELECT uuid, issued_on, expires_on, extended_until, note, revision FROM"
        " protection_orders WHERE complaint_uuid = ? AND deleted = 0 ORDER BY issued_on, id",
        [uuid],
    )
    cols = [d[0] for d in cur.description]
    out["protection_orders"] = [dict(zip(cols, v, strict=True)) for v in cur.fetchall()]
    out["restricted"] = False
    if viewer is not None and not can_see_details(out, viewer):
        if not db.conn.in_transaction:
            with write_transaction(db):
                audit.append(db.conn, viewer.username, "view_restricted", "complaints", uuid)
        out = restrict(out)
    return out


# -------------------------------------------------------------- family-violence privacy


def can_see_details(complaint: dict[str, Any], viewer: Actor) -> bool:
    """Family-violence details: only the assigned officer and a chief or admin see them."""
    return (
        complaint.get("category") != "family_violence"
        or viewer.role in MANAGERS
        or complaint.get("assigned_officer") == viewer.username
    )


def restrict(complaint: dict[str, Any]) -> dict[str, Any]:
    """A copy without the complainant's identity, the texts and the timeline notes."""
    out = dict(complaint)
    out["complainant"] = dict(out["complainant"], name=None, contact=None)
    for key in ("description", "outcome", "referred_to", "extension_reason"):
        out[key] = None
    out["timeline"] = [dict(t, note=None) for t in out.get("timeline", [])]
    out["protection_orders"] = [dict(o, note=None) for o in out.get("protection_orders", [])]
    out["restricted"] = True
    return out


def _private_search(viewer: Actor) -> tuple[str, list[Any]]:
    """Search must not find a family-violence complaint by text its viewer may not see."""
    if viewer.role in MANAGERS:
        return "1", []
    return (
        "NOT (t.category = 'family_violence' AND coalesce(t.assigned_officer, '') != ?)",
        [viewer.username],
    )


KIND.private_search = _private_search


def _require_details(db: sqlite_utils.Database, before: dict[str, Any], actor: Actor) -> None:
    """Changing a family-violence complaint is for its assigned officer and the chief."""
    if not can_see_details(before, actor):
        raise_refusal(db, actor, "complaints")


def raise_refusal(db: sqlite_utils.Database, actor: Actor, what: str) -> None:
    require(actor, MANAGERS, db, what)  # not a manager here: audited, then refused


def _clean_text(value: Any, path: str, errors: dict[str, Msg], *, required: bool) -> str | None:
    if value is None:
        if required:
            errors[path] = msg("required")
        return None
    try:
        out = Text(LONG_TEXT, multiline=True).clean(value)
    except Invalid as exc:
        errors[path] = exc.message
        return None
    if out is None and required:
        errors[path] = msg("required")
    return out


def _clean_date(value: Any, path: str, errors: dict[str, Msg], *, not_future: bool) -> str | None:
    try:
        return Date(not_future=not_future).clean(value)
    except Invalid as exc:
        errors[path] = exc.message
        return None


@contextmanager
def _changing(
    db: sqlite_utils.Database,
    actor: Actor,
    uuid: str,
    expected_revision: int | None = None,
    *,
    open_only: bool = False,
) -> Iterator[dict[str, Any]]:
    """The guard every workflow step shares: role, one transaction, live record, revision."""
    require(actor, RECORD_EDITORS, db)
    _require_details(db, records.load(db, KIND, uuid), actor)
    with write_transaction(db):
        before = get(db, uuid)
        if before["deleted"]:
            raise NotFound()
        records.check_revision(before, expected_revision)
        if open_only and before["status"] in deadlines.CLOSED_STATUSES:
            raise ValidationError({"status": msg("closed_complaint", status=before["status"])})
        yield before


def _done(db, actor: Actor, action: str, before: dict[str, Any], reason: str | None = None):
    """Reload the complaint and append the audit row (inside the step's transaction)."""
    after = get(db, before["uuid"])
    audit.append(
        db.conn, actor.username, action, "complaints", before["uuid"], before, after, reason
    )
    return after


def _last_change(before: dict[str, Any]) -> str:
    return max(
        [before["received_on"]]
        + [t["action_on"] for t in before["timeline"] if t["kind"] in ("status", "reopen")]
    )


def change_status(
    db: sqlite_utils.Database,
    actor: Actor,
    uuid: str,
    to_status: str,
    *,
    note: str | None = None,
    referred_to: str | None = None,
    outcome: str | None = None,
    on: str | None = None,
    expected_revision: int | None = None,
) -> dict[str, Any]:
    """Move a complaint along its workflow; every move leaves a timeline entry.

    Referring needs the body referred to; resolving or dismissing needs the outcome;
    reopening a closed complaint needs a note saying why (and clears the old outcome,
    which stays in the timeline). The date of a move cannot precede the previous one.
    """
    with _changing(db, actor, uuid, expected_revision) as before:
        current = before["status"]
        if to_status not in TRANSITIONS.get(current, ()):
            raise ValidationError(
                {"status": msg("bad_transition", from_status=current, to_status=to_status)}
            )
        errors: dict[str, Msg] = {}
        on_date = _clean_date(on or clock.today().isoformat(), "on", errors, not_future=True)
        records.ensure_month_open(db, on_date)
        last = _last_change(before)
        if on_date and on_date < last:
            errors["on"] = msg("date_before", other=last, value=on_date)
        reopening = current in deadlines.CLOSED_STATUSES
        note = _clean_text(note, "note", errors, required=reopening)
        values: dict[str, Any] = {"status": to_status}
        if to_status == "referred":
            values["referred_to"] = _clean_text(referred_to, "referred_to", errors, required=True)
        if to_status in deadlines.CLOSED_STATUSES:
            values["outcome"] = _clean_text(outcome, "outcome", errors, required=True)
            values["closed_on"] = on_date
        if reopening:
            values["closed_on"] = None
            values["outcome"] = None
        if errors:
            raise ValidationError(errors)
        records.bump(db, actor, "complaints", uuid, values)
        _action(
            db,
            actor,
            uuid,
            "reopen" if reopening else "status",
            note or values.get("referred_to") or values.get("outcome"),
            on=on_date,
            from_status=current,
            to_status=to_status,
        )
        return _done(db, actor, "status", before, note)


def extend_deadline(
    db: sqlite_utils.Database,
    actor: Actor,
    uuid: str,
    until: str,
    reason: str,
    *,
    on: str | None = None,
    expected_revision: int | None = None,
) -> dict[str, Any]:
    """Extend the answer deadline with a reason, up to received + the maximum period."""
    with _changing(db, actor, uuid, expected_revision, open_only=True) as before:
        conf = settings_service.get_all(db)
        errors: dict[str, Msg] = {}
        until = _clean_date(until, "until", errors, not_future=False)
        reason = _clean_text(reason, "reason", errors, required=True)
        on_date = _clean_date(on or clock.today().isoformat(), "on", errors, not_future=True)
        records.ensure_month_open(db, on_date)
        if until:
            received = date.fromisoformat(before["received_on"])
            latest = deadlines.latest_extension(received, conf).isoformat()
            if until <= before["due_on"]:
                errors["until"] = msg("extension_not_later", due=before["due_on"])
            elif until > latest:
                errors["until"] = msg("extension_too_long", max=latest)
        if errors:
            raise ValidationError(errors)
        values = {"extended_until": until, "extension_reason": reason, "due_on": until}
        records.bump(db, actor, "complaints", uuid, values)
        _action(db, actor, uuid, "extension", reason, on=on_date)
        return _done(db, actor, "extend", before, reason)


def add_note(
    db: sqlite_utils.Database, actor: Actor, uuid: str, note: str, on: str | None = None
) -> dict[str, Any]:
    """A timeline entry without a status change (a call made, a visit paid)."""
    with _changing(db, actor, uuid) as before:
        errors: dict[str, Msg] = {}
        note = _clean_text(note, "note", errors, required=True)
        on_date = _clean_date(on or clock.today().isoformat(), "on", errors, not_future=True)
        if errors:
            raise ValidationError(errors)
        records.ensure_month_open(db, on_date)
        records.bump(db, actor, "complaints", uuid, {})
        _action(db, actor, uuid, "note", note, on=on_date)
        return _done(db, actor, "note", before)


def add_protection_order(
    db: sqlite_utils.Database,
    actor: Actor,
    uuid: str,
    issued_on: str,
    expires_on: str,
    note: str | None = None,
) -> dict[str, Any]:
    """Record a temporary protection order on a family-violence complaint."""
    with _changing(db, actor, uuid) as before:
        if before["category"] != "family_violence":
            raise ValidationError({"category": msg("order_needs_family_violence")})
        errors: dict[str, Msg] = {}
        issued = _clean_date(issued_on, "issued_on", errors, not_future=True)
        expires = _clean_date(expires_on, "expires_on", errors, not_future=False)
        note = _clean_text(note, "note", errors, required=False)
        if issued and expires and expires < issued:
            errors["expires_on"] = msg("date_before", other=issued, value=expires)
        if issued and issued < before["received_on"]:
            errors["issued_on"] = msg("date_before", other=before["received_on"], value=issued)
        if errors:
            raise ValidationError(errors)
        records.ensure_month_open(db, issued)
        row = records.record_columns(actor, records.station_code(db)) | {
            "complaint_uuid": uuid,
            "issued_on": issued,
            "expires_on": expires,
            "note": note,
        }
        db["protection_orders"].insert(row)
        records.bump(db, actor, "complaints", uuid, {})
        _action(db, actor, uuid, "protection_order", note, on=issued)
        return _done(db, actor, "protection_order", before)


def extend_protection_order(
    db: sqlite_utils.Database,
    actor: Actor,
    order_uuid: str,
    until: str,
    reason: str,
) -> dict[str, Any]:
    """Extend a protection order past its expiry (or its last extension), with a reason."""
    row = db.execute(
        "SELECT complaint_uuid, expires_on, extended_until FROM protection_orders"
        " WHERE uuid = ? AND deleted = 0",
        [order_uuid],
    ).fetchone()
    if row is None:
        raise NotFound()
    complaint_uuid, expires, extended = row
    with _changing(db, actor, complaint_uuid) as before:
        errors: dict[str, Msg] = {}
        until = _clean_date(until, "until", errors, not_future=False)
        reason = _clean_text(reason, "reason", errors, required=True)
        current = extended or expires
        if until and until <= current:
            errors["until"] = msg("extension_not_later", due=current)
        if errors:
            raise ValidationError(errors)
        records.ensure_month_open(db, clock.today().isoformat())
        records.bump(db, actor, "protection_orders", order_uuid, {"extended_until": until})
        records.bump(db, actor, "complaints", complaint_uuid, {})
        _action(db, actor, complaint_uuid, "protection_order_extended", reason)
        return _done(db, actor, "protection_order", before, reason)


_service = records.Service(KIND)
count = _service.count


def list_(db: sqlite_utils.Database, query: records.ListQuery) -> list[dict[str, Any]]:
    """One page of complaints; with ``query.viewer``, hidden names come back as None."""
    rows = _service.list_(db, query)
    viewer = query.viewer
    if viewer is not None:
        for row in rows:
            if not can_see_details(row, viewer):
                row["complainant_name"] = None
                row["restricted"] = True
    return rows


def delete(
    db: sqlite_utils.Database,
    actor: Actor,
    uuid: str,
    *,
    reason: str | None = None,
    expected_revision: int | None = None,
) -> dict[str, Any]:
    _require_details(db, records.load(db, KIND, uuid), actor)
    return _service.delete(db, actor, uuid, reason=reason, expected_revision=expected_revision)
