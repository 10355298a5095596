"""Prevention activities: kind, themes, participants, the plan item served, cost."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from station_app.messages import Msg
from station_app.services import records
from station_app.services.common_checks import check_headcount
from station_app.services.records import Kind, LinkSet
from station_app.services.validation import (
    LONG_TEXT,
    Choice,
    ChoiceList,
    Date,
    Field,
    Int,
    Money,
    Ref,
    RefList,
    Text,
)

FIELDS = [
    Field("held_on", "held_on", Date(not_future=True), required=True),
    Field("kind", "kind", Choice("activity_kind"), required=True),
    Field("title", "title", Text()),
    Field("settlement", "settlement_uuid", Ref("settlements")),
    Field("target_group", "target_group", Text()),
    Field("participants.men", "men", Int()),
    Field("participants.women", "women", Int()),
    Field("participants.youth", "youth", Int()),
    Field("plan_item", "plan_item_uuid", Ref("plan_items")),
    Field("cost", "cost_tyiyn", Money()),
    Field("funding_source", "funding_source", Choice("funding_source")),
    Field("notes", "notes", Text(LONG_TEXT, multiline=True)),
]


def _check(db: sqlite_utils.Database, cols: dict[str, Any], errors: dict[str, Msg]) -> None:
    check_headcount(cols, "participants", errors)


KIND = Kind(
    name="activity",
    table="activities",
    fields=FIELDS,
    date_column="held_on",
    links=[
        LinkSet("themes", "activity_themes", "activity_uuid", "theme", ChoiceList("theme")),
        LinkSet(
            "partners", "activity_partners", "activity_uuid", "partner_uuid", RefList("partners")
        ),
    ],
    list_columns=[
        "t.uuid",
        "t.station",  # a district lists the records of every station
        "t.held_on",
        "t.kind",
        "t.title",
        "t.settlement_uuid",
        "t.target_group",
        "t.men",
        "t.women",
        "t.youth",
        "t.plan_item_uuid",
        "t.cost_tyiyn",
        "t.revision",
        "t.deleted",
        "(SELECT group_concat(theme, ',') FROM activity_themes a"
        " WHERE a.activity_uuid = t.uuid) AS themes",
    ],
    sort_columns={
        "_default": "t.held_on",
        "held_on": "t.held_on",
        "kind": "t.kind",
        "title": "t.title",
        "participants": "t.men + t.women",
    },
    filters={
        "kind": records.eq("kind"),
        "settlement": records.eq("settlement_uuid"),
        "theme": records.in_link("activity_themes", "activity_uuid", "theme"),
        "partner": records.in_link("activity_partners", "activity_uuid", "partner_uuid"),
        "plan_item": records.eq("plan_item_uuid"),
        "date_from": records.date_from("held_on"),
        "date_to": records.date_to("held_on"),
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
