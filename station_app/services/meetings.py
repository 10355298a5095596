"""Community meetings: attendance, topics, partners present, follow-up actions."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from station_app import clock
from station_app.messages import Msg
from station_app.services import records
from station_app.services.common_checks import check_headcount
from station_app.services.records import Child, Kind, LinkSet
from station_app.services.validation import (
    LONG_TEXT,
    Choice,
    ChoiceList,
    Date,
    Field,
    Int,
    Ref,
    RefList,
    Text,
    Time,
)

FIELDS = [
    Field("held_on", "held_on", Date(not_future=True), required=True),
    Field("held_at", "held_at", Time()),
    Field("settlement", "settlement_uuid", Ref("settlements")),
    Field("venue", "venue", Text(), required=True),
    Field("kind", "kind", Choice("meeting_kind"), required=True),
    Field("chaired_by", "chaired_by", Text()),
    Field("attendance.men", "men", Int()),
    Field("attendance.women", "women", Int()),
    Field("attendance.youth", "youth", Int()),
    Field("issues_raised", "issues_raised", Text(LONG_TEXT, multiline=True)),
    Field("decisions", "decisions", Text(LONG_TEXT, multiline=True)),
    Field("notes", "notes", Text(LONG_TEXT, multiline=True)),
]

FOLLOWUP_FIELDS = [
    Field("action", "action", Text(2000, multiline=True), required=True),
    Field("responsible", "responsible", Text()),
    Field("partner", "partner_uuid", Ref("partners")),
    Field("due_on", "due_on", Date()),
    Field("done_on", "done_on", Date(not_future=True)),
]


def _check(db: sqlite_utils.Database, cols: dict[str, Any], errors: dict[str, Msg]) -> None:
    check_headcount(cols, "attendance", errors)


def _open_followups(value: Any) -> tuple[str, list[Any]]:
    return (
        "t.uuid IN (SELECT meeting_uuid FROM meeting_followups WHERE deleted = 0"
        " AND done_on IS NULL)",
        [],
    )


def _overdue(value: Any) -> tuple[str, list[Any]]:
    return (
        "t.uuid IN (SELECT meeting_uuid FROM meeting_followups WHERE deleted = 0"
        " AND done_on IS NULL AND due_on < ?)",
        [clock.today().isoformat()],
    )


KIND = Kind(
    name="meeting",
    table="meetings",
    fields=FIELDS,
    date_column="held_on",
    links=[
        LinkSet("topics", "meeting_topics", "meeting_uuid", "theme", ChoiceList("theme")),
        LinkSet(
            "partners", "meeting_partners", "meeting_uuid", "partner_uuid", RefList("partners")
        ),
    ],
    children=[Child("followups", "meeting_followups", "meeting_uuid", FOLLOWUP_FIELDS)],
    list_columns=[
        "t.uuid",
        "t.station",  # a district lists the records of every station
        "t.held_on",
        "t.held_at",
        "t.kind",
        "t.venue",
        "t.settlement_uuid",
        "t.men",
        "t.women",
        "t.youth",
        "t.revision",
        "t.deleted",
        "(SELECT count(*) FROM meeting_followups f WHERE f.meeting_uuid = t.uuid"
        " AND f.deleted = 0 AND f.done_on IS NULL) AS open_followups",
    ],
    sort_columns={
        "_default": "t.held_on",
        "held_on": "t.held_on",
        "kind": "t.kind",
        "venue": "t.venue",
        "attendance": "t.men + t.women",
    },
    filters={
        "kind": records.eq("kind"),
        "settlement": records.eq("settlement_uuid"),
        "theme": records.in_link("meeting_topics", "meeting_uuid", "theme"),
        "partner": records.in_link("meeting_partners", "meeting_uuid", "partner_uuid"),
        "date_from": records.date_from("held_on"),
        "date_to": records.date_to("held_on"),
        "open_followups": _open_followups,
        "overdue": _overdue,
    },
    check=_check,
)


_service = records.Service(KIND)
create = _service.create
update = _service.update
delete = _service.delete
get = _service.get
list_ = _service.list_
count = _service.count
