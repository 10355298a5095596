"""Local crime prevention plans and their items; progress comes from linked activities."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from station_app import clock
from station_app.messages import Msg
from station_app.services import records
from station_app.services.common_checks import check_not_before
from station_app.services.records import Child, Kind
from station_app.services.validation import (
    LONG_TEXT,
    Choice,
    Date,
    Field,
    Int,
    Money,
    Ref,
    Text,
)

FIELDS = [
    Field("title", "title", Text(), required=True),
    Field("period_from", "period_from", Int(min=2000, max=2100), required=True),
    Field("period_to", "period_to", Int(min=2000, max=2100), required=True),
    Field("approved_on", "approved_on", Date(not_future=True)),
    Field("approved_by", "approved_by", Text()),
    Field("residents_count", "residents_count", Int()),
    Field("notes", "notes", Text(LONG_TEXT, multiline=True)),
]

ITEM_FIELDS = [
    Field("objective", "objective", Text(2000, multiline=True), required=True),
    Field("activity", "activity", Text(2000, multiline=True), required=True),
    Field("theme", "theme", Choice("theme"), required=True),
    Field("responsible_partner", "responsible_partner_uuid", Ref("partners")),
    Field("responsible", "responsible", Text()),
    Field("deadline", "deadline", Date()),
    Field("indicator", "indicator", Text(2000, multiline=True)),
    Field("target", "target", Int()),
    Field("budget", "budget_tyiyn", Money()),
    Field("status", "status", Choice("plan_item_status")),
]


def _check(db: sqlite_utils.Database, cols: dict[str, Any], errors: dict[str, Msg]) -> None:
    check_not_before(cols, "period_from", "period_to", "period_to", errors)


def _check_item(cols: dict[str, Any], _prefix: str, errors: dict[str, Msg]) -> None:
    cols["status"] = cols.get("status") or "planned"


KIND = Kind(
    name="plan",
    table="plans",
    fields=FIELDS,
    date_column="approved_on",
    children=[Child("items", "plan_items", "plan_uuid", ITEM_FIELDS, check=_check_item)],
    list_columns=[
        "t.uuid",
        "t.title",
        "t.period_from",
        "t.period_to",
        "t.approved_on",
        "t.residents_count",
        "t.revision",
        "t.deleted",
        "(SELECT count(*) FROM plan_items i WHERE i.plan_uuid = t.uuid AND i.deleted = 0) AS items",
    ],
    sort_columns={"_default": "t.period_from", "title": "t.title"},
    filters={"year": lambda y: ("t.period_from <= ? AND t.period_to >= ?", [y, y])},
    check=_check,
    fts=False,
    locked_by_month=False,
)

_service = records.Service(KIND)
create = _service.create
update = _service.update
delete = _service.delete
list_ = _service.list_
count = _service.count


def get(db: sqlite_utils.Database, uuid: str) -> dict[str, Any]:
    """The plan with each item's progress from the activities linked to it."""
    plan = records.load(db, KIND, uuid)
    progress = {
        r[0]: {"activities": r[1], "participants": r[2] or 0, "last_held_on": r[3]}
        for r in db.execute(
            "SELECT a.plan_item_uuid, count(*), sum(a.men + a.women), max(a.held_on)"
            " FROM activities a JOIN plan_items i ON i.uuid = a.plan_item_uuid"
            " WHERE i.plan_uuid = ? AND a.deleted = 0 GROUP BY a.plan_item_uuid",
            [uuid],
        )
    }
    today = clock.today().isoformat()
    for item in plan["items"]:
        p = progress.get(item["uuid"], {"activities": 0, "participants": 0, "last_held_on": None})
        item["progress"] = p
        item["overdue"] = bool(
            item["deadline"]
            and item["deadline"] < today
            and item["status"] not in ("done", "cancelled")
        )
    return plan


def items_for_choice(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Live plan items, for the activity editor's 'plan item' choice."""
    cur = db.execute(
        "SELECT i.uuid, i.activity, i.theme, p.title FROM plan_items i"
        " JOIN plans p ON p.uuid = i.plan_uuid WHERE i.deleted = 0 AND p.deleted = 0"
        " ORDER BY p.period_from DESC, i.position"
    )
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, v, strict=True)) for v in cur.fetchall()]
