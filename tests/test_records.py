"""Meetings, activities, plans and reference lists through the shared record engine."""

from __future__ import annotations

import pytest

from station_app.services import activities, meetings, plans, reference
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.services.records import ListQuery

MEETING = {
    "held_on": "2026-11-01",
    "held_at": "15:00",
    "kind": "public_gathering",
    "venue": "Ак-Сай айыл өкмөтүнүн залы",
    "chaired_by": "Айыл өкмөтүнүн башчысы",
    "attendance": {"men": 31, "women": 27, "youth": 12},
    "topics": ["road_safety", "early_marriage"],
    "issues_raised": "Чек арадагы суу талашы; кечинде жарык жок",
    "decisions": "Көчө жарыгын орнотуу",
}


def test_meeting_round_trip_with_children(db, officer, chief):
    partner = reference.partners.create(
        db,
        chief,
        {"kind": "lcpc", "name": {"ky": "КААБ Ак-Сай", "ru": "ОПЦ Ак-Сай", "en": "LCPC Ak-Say"}},
    )
    m = meetings.create(
        db,
        officer,
        MEETING
        | {
            "partners": [partner["uuid"]],
            "followups": [
                {
                    "action": "Көчө жарыгын орнотуу",
                    "responsible": "Айыл өкмөтү",
                    "due_on": "2026-12-01",
                },
                {
                    "action": "Суу графигин түзүү",
                    "partner": partner["uuid"],
                    "due_on": "2026-11-15",
                },
            ],
        },
    )
    got = meetings.get(db, m["uuid"])
    assert got["attendance"] == {"men": 31, "women": 27, "youth": 12}
    assert got["topics"] == ["early_marriage", "road_safety"]
    assert got["partners"] == [partner["uuid"]]
    assert [f["action"] for f in got["followups"]] == ["Көчө жарыгын орнотуу", "Суу графигин түзүү"]
    # mark one done, drop the other: the dropped one becomes a tombstone
    first = got["followups"][0]
    m2 = meetings.update(
        db,
        officer,
        m["uuid"],
        {
            "followups": [
                {
                    "uuid": first["uuid"],
                    "action": first["action"],
                    "due_on": first["due_on"],
                    "responsible": first["responsible"],
                    "done_on": "2026-11-18",
                }
            ]
        },
    )
    assert len(m2["followups"]) == 1 and m2["followups"][0]["done_on"] == "2026-11-18"
    assert m2["followups"][0]["revision"] == 2
    tomb = db.execute(
        "SELECT deleted, revision FROM meeting_followups WHERE action = ?", ["Суу графигин түзүү"]
    ).fetchone()
    assert tomb == (1, 2)
    assert m2["revision"] == 2


def test_meeting_filters(db, officer, settlement_uuid):
    meetings.create(
        db,
        officer,
        MEETING
        | {
            "settlement": settlement_uuid,
            "followups": [{"action": "Кайра чогулуу", "due_on": "2026-11-10"}],
        },
    )
    meetings.create(db, officer, MEETING | {"kind": "lcpc_meeting", "topics": ["youth"]})
    assert meetings.count(db, ListQuery(filters={"theme": "road_safety"})) == 1
    assert meetings.count(db, ListQuery(filters={"kind": "lcpc_meeting"})) == 1
    assert meetings.count(db, ListQuery(filters={"settlement": settlement_uuid})) == 1
    assert meetings.count(db, ListQuery(filters={"overdue": True})) == 1
    rows = meetings.list_(db, ListQuery(search="ЖАРЫГЫН"))
    assert len(rows) == 2 and rows[0]["open_followups"] in (0, 1)


def test_partial_update_keeps_other_fields(db, officer):
    m = meetings.create(db, officer, MEETING)
    m2 = meetings.update(db, officer, m["uuid"], {"attendance": {"women": 40}})
    assert m2["attendance"] == {"men": 31, "women": 40, "youth": 12}
    assert m2["venue"] == MEETING["venue"] and m2["topics"] == m["topics"]


def test_invalid_update_changes_nothing(db, officer):
    m = meetings.create(db, officer, MEETING)
    audit_rows = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ValidationError):
        meetings.update(db, officer, m["uuid"], {"attendance": {"youth": 500}, "venue": ""})
    assert meetings.get(db, m["uuid"]) == m
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_rows


def test_plan_progress_comes_from_linked_activities(db, chief, officer):
    plan = plans.create(
        db,
        chief,
        {
            "title": "Ак-Сай: кылмыштуулуктун алдын алуу планы 2015–2017",
            "period_from": 2015,
            "period_to": 2017,
            "approved_on": "2014-11-24",
            "approved_by": "Ак-Сай айылдык кеңеши",
            "residents_count": 29,
            "items": [
                {
                    "objective": "Жол кырсыктарын азайтуу",
                    "activity": "Мектептерде сабак",
                    "theme": "road_safety",
                    "deadline": "2026-06-30",
                    "target": 10,
                    "budget": 25000,
                },
                {
                    "objective": "Эрте никеге жол бербөө",
                    "activity": "Үй-бүлөлөргө баруу",
                    "theme": "early_marriage",
                    "deadline": "2027-06-30",
                },
            ],
        },
    )
    road, marriage = plan["items"]
    for men, women in ((10, 12), (5, 8)):
        activities.create(
            db,
            officer,
            {
                "held_on": "2026-10-01",
                "kind": "school_session",
                "themes": ["road_safety"],
                "participants": {"men": men, "women": women, "youth": 10},
                "plan_item": road["uuid"],
                "cost": 1200,
                "funding_source": "small_grant",
            },
        )
    got = plans.get(db, plan["uuid"])
    assert got["items"][0]["progress"] == {
        "activities": 2,
        "participants": 35,
        "last_held_on": "2026-10-01",
    }
    assert got["items"][0]["overdue"] is True  # deadline passed, status still planned
    assert got["items"][1]["progress"]["activities"] == 0
    assert got["items"][0]["budget"] == 25000
    assert activities.count(db, ListQuery(filters={"plan_item": road["uuid"]})) == 2
    assert marriage["status"] == "planned"


def test_activity_list_and_search(db, officer):
    activities.create(
        db,
        officer,
        {
            "held_on": "2026-09-01",
            "kind": "road_safety_campaign",
            "title": "Коопсуз жол",
            "themes": ["road_safety"],
            "participants": {"men": 5, "women": 5, "youth": 3},
            "notes": "Айдоочуларга баракчалар таратылды",
        },
    )
    activities.create(
        db,
        officer,
        {
            "held_on": "2026-09-02",
            "kind": "home_visit",
            "themes": ["family_violence"],
            "participants": {"men": 1, "women": 2, "youth": 0},
        },
    )
    rows = activities.list_(db, ListQuery(search="БАРАКЧАЛАР"))
    assert [r["kind"] for r in rows] == ["road_safety_campaign"]
    assert rows[0]["themes"] == "road_safety"
    assert activities.count(db, ListQuery(filters={"theme": "family_violence"})) == 1


def test_reference_lists_are_for_managers(db, officer, chief):
    with pytest.raises(PermissionDenied):
        reference.settlements.create(
            db,
            officer,
            {"kind": "village", "name": {"ky": "Жаңы-Жер", "ru": "Жаны-Жер", "en": "Jany-Jer"}},
        )
    with pytest.raises(PermissionDenied):
        reference.save_ref_item(db, officer, "theme", "cyber", {"ky": "a", "ru": "b", "en": "c"})
    s = reference.settlements.create(
        db,
        chief,
        {"kind": "village", "name": {"ky": "Жаңы-Жер", "ru": "Жаны-Жер", "en": "Jany-Jer"}},
    )
    assert s["name"]["ky"] == "Жаңы-Жер"


def test_reference_labels_in_three_languages(db, chief):
    assert reference.labels(db, "complaint_category", "ky")["family_violence"] == (
        "Үй-бүлөлүк зомбулук"
    )
    assert reference.labels(db, "complaint_category", "ru")["family_violence"] == (
        "Семейное насилие"
    )
    reference.save_ref_item(
        db,
        chief,
        "theme",
        "cyber_fraud",
        {"ky": "Кибер алдамчылык", "ru": "Кибермошенничество", "en": "Cyber fraud"},
    )
    assert reference.labels(db, "theme", "en")["cyber_fraud"] == "Cyber fraud"
    with pytest.raises(ValidationError) as info:
        reference.save_ref_item(db, chief, "theme", "x y", {"ky": "", "ru": "б", "en": "c"})
    assert {"code", "label.ky"} <= set(info.value.errors)
    # every seeded label exists in all three languages
    missing = db.execute(
        "SELECT list, code FROM ref_items WHERE label_ky = '' OR label_ru = '' OR label_en = ''"
    ).fetchall()
    assert missing == []


def test_officer_cannot_be_analyst_editor(db, chief):
    from station_app.services.auth import Actor

    analyst = Actor("analyst", "analyst")
    with pytest.raises(PermissionDenied):
        meetings.create(db, analyst, MEETING)
