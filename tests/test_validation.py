"""Each validation rule: every error at once, keyed by field, in the user's language."""

from __future__ import annotations

import pytest

from station_app.services import activities, complaints, meetings, plans
from station_app.services.errors import ValidationError

GOOD_COMPLAINT = {
    "received_on": "2026-11-02",
    "channel": "phone",
    "category": "public_order",
    "description": "Түнкүсүн жаштар ызы-чуу салышат",
    "complainant": {"name": "Гулноза Ҳакимова", "sex": "female", "age_group": "30_59"},
}
GOOD_MEETING = {
    "held_on": "2026-11-01",
    "kind": "public_gathering",
    "venue": "Ноокат шаардык мэриясы",
    "attendance": {"men": 20, "women": 25, "youth": 9},
    "topics": ["road_safety"],
    "issues_raised": "Мектептин жанында айдоочулар тез айдашат",
    "decisions": "Жол белгисин коюу",
}
GOOD_ACTIVITY = {
    "held_on": "2026-10-15",
    "kind": "school_session",
    "themes": ["road_safety", "youth"],
    "target_group": "8–9-класстар",
    "participants": {"men": 14, "women": 16, "youth": 30},
}


def _errors(func, *args) -> dict:
    with pytest.raises(ValidationError) as info:
        func(*args)
    return info.value.errors


def _count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _unchanged(db):
    return {
        t: _count(db, t)
        for t in (
            "complaints",
            "meetings",
            "activities",
            "audit_log",
            "complaint_actions",
            "complaint_counters",
        )
    }


def test_every_error_is_reported_at_once(db, officer):
    before = _unchanged(db)
    errors = _errors(
        complaints.create,
        db,
        officer,
        {
            "received_on": "2026-02-30",
            "channel": "carrier_pigeon",
            "category": "family_violence",
            "description": "   ",
            "complainant": {"name": "Айгүл", "sex": "x"},
            "colour": "red",
        },
    )
    assert set(errors) == {
        "received_on",
        "channel",
        "description",
        "complainant.sex",
        "complainant.age_group",
        "colour",
    }
    assert errors["received_on"].id == "bad_date"
    assert errors["colour"].id == "unknown_field"
    assert _unchanged(db) == before


def test_messages_render_in_three_languages(db, officer):
    errors = _errors(complaints.create, db, officer, GOOD_COMPLAINT | {"received_on": "2026-02-30"})
    m = errors["received_on"]
    assert "2026-02-30" in m.render("en")
    assert "Неверная дата" in m.render("ru")
    assert "Туура эмес дата" in m.render("ky")


@pytest.mark.parametrize(
    "value, code",
    [
        ("2026-02-30", "bad_date"),
        ("30.11.2026", "bad_date"),
        ("2026-13-01", "bad_date"),
        (20261101, "bad_date"),
        ("2026-11-21", "date_in_future"),  # today is pinned to 2026-11-20
        ("1999-12-31", "date_too_old"),
    ],
)
def test_received_date_rules(db, officer, value, code):
    errors = _errors(complaints.create, db, officer, GOOD_COMPLAINT | {"received_on": value})
    assert errors["received_on"].id == code


def test_future_due_dates_are_allowed_where_they_make_sense(db, officer):
    meeting = meetings.create(
        db,
        officer,
        GOOD_MEETING
        | {
            "followups": [{"action": "Жол белгисин коюу", "due_on": "2027-01-15"}],
        },
    )
    assert meeting["followups"][0]["due_on"] == "2027-01-15"


@pytest.mark.parametrize("value", ["x", 1.5, True, [], "12a"])
def test_attendance_must_be_whole_numbers(db, officer, value):
    data = GOOD_MEETING | {"attendance": {"men": value, "women": 1, "youth": 0}}
    errors = _errors(meetings.create, db, officer, data)
    assert errors["attendance.men"].id == "not_integer"


def test_negative_and_huge_attendance(db, officer):
    errors = _errors(
        meetings.create,
        db,
        officer,
        GOOD_MEETING | {"attendance": {"men": -1, "women": 10**9, "youth": 0}},
    )
    assert errors["attendance.men"].id == "negative"
    assert errors["attendance.women"].id == "too_large"


def test_youth_cannot_exceed_total(db, officer):
    errors = _errors(
        activities.create,
        db,
        officer,
        GOOD_ACTIVITY | {"participants": {"men": 2, "women": 3, "youth": 6}},
    )
    assert errors["participants.youth"].id == "youth_exceeds_total"


def test_required_fields_and_whitespace(db, officer):
    errors = _errors(meetings.create, db, officer, {"venue": " \t ", "attendance": {}})
    assert {"held_on", "kind", "venue"} <= set(errors)
    assert all(errors[k].id == "required" for k in ("held_on", "kind", "venue"))


def test_wrong_types(db, officer):
    errors = _errors(
        complaints.create,
        db,
        officer,
        GOOD_COMPLAINT
        | {
            "description": 42,
            "anonymous": "yes",
            "complainant": "Айгүл",
        },
    )
    assert errors["description"].id == "not_text"
    assert errors["anonymous"].id == "not_bool"
    assert errors["complainant"].id == "not_object"


def test_not_an_object(db, officer):
    errors = _errors(complaints.create, db, officer, ["not", "a", "record"])
    assert errors[""].id == "not_object"


def test_hundred_thousand_characters_are_refused(db, officer):
    before = _unchanged(db)
    errors = _errors(
        complaints.create, db, officer, GOOD_COMPLAINT | {"description": "ж" * 100_000}
    )
    assert errors["description"].id == "too_long"
    assert "20000" in errors["description"].render("en")
    assert _unchanged(db) == before


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\x00", "\x1b"])
def test_direction_overrides_and_controls_are_refused(db, officer, char):
    errors = _errors(
        complaints.create, db, officer, GOOD_COMPLAINT | {"description": f"Арыз {char}txt.exe"}
    )
    assert errors["description"].id == "control_chars"


def test_markup_zero_width_and_emoji_are_stored_exactly(db, officer):
    text = "<b>Бий</b> & <para>\u200bзеро\u200d-width 👮\u200d♀️ «шум»\nкийинки сап"
    record = complaints.create(db, officer, GOOD_COMPLAINT | {"description": text})
    assert complaints.get(db, record["uuid"])["description"] == text


def test_reference_codes_are_checked(db, officer):
    errors = _errors(
        activities.create,
        db,
        officer,
        GOOD_ACTIVITY | {"themes": ["road_safety", "astrology"], "kind": "party"},
    )
    assert errors["themes"].id == "bad_choice"
    assert errors["kind"].id == "bad_choice"


def test_references_must_exist(db, officer):
    errors = _errors(
        meetings.create,
        db,
        officer,
        GOOD_MEETING
        | {
            "settlement": "00000000-0000-0000-0000-000000000000",
            "partners": ["nope"],
        },
    )
    assert errors["settlement"].id == "unknown_reference"
    assert errors["partners"].id == "unknown_reference"


def test_complainant_or_anonymous(db, officer):
    data = {k: v for k, v in GOOD_COMPLAINT.items() if k != "complainant"}
    errors = _errors(complaints.create, db, officer, data)
    assert errors["complainant.name"].id == "anonymous_or_complainant"
    errors = _errors(complaints.create, db, officer, GOOD_COMPLAINT | {"anonymous": True})
    assert errors["anonymous"].id == "anonymous_with_complainant"
    anon = complaints.create(db, officer, data | {"anonymous": True})
    assert anon["anonymous"] is True and anon["complainant"]["name"] is None


def test_meeting_channel_needs_the_meeting(db, officer):
    errors = _errors(complaints.create, db, officer, GOOD_COMPLAINT | {"channel": "meeting"})
    assert errors["meeting_uuid"].id == "meeting_required"
    meeting = meetings.create(db, officer, GOOD_MEETING)
    linked = complaints.create(
        db, officer, GOOD_COMPLAINT | {"channel": "meeting", "meeting_uuid": meeting["uuid"]}
    )
    assert linked["meeting_uuid"] == meeting["uuid"]


def test_read_only_fields_cannot_be_set(db, officer):
    errors = _errors(
        complaints.create,
        db,
        officer,
        GOOD_COMPLAINT | {"number": "NKT-2026-9999", "status": "resolved"},
    )
    assert errors["number"].id == "read_only"
    assert errors["status"].id == "read_only"


def test_money_and_time(db, officer):
    errors = _errors(activities.create, db, officer, GOOD_ACTIVITY | {"cost": "12.345"})
    assert errors["cost"].id == "not_money"
    ok = activities.create(db, officer, GOOD_ACTIVITY | {"cost": "1500,50"})
    assert ok["cost"] == 1500.5
    errors = _errors(meetings.create, db, officer, GOOD_MEETING | {"held_at": "25:00"})
    assert errors["held_at"].id == "bad_time"


def test_plan_period_and_child_errors_are_keyed_by_item(db, chief):
    errors = _errors(
        plans.create,
        db,
        chief,
        {
            "title": "Кылмыштуулуктун алдын алуу планы",
            "period_from": 2017,
            "period_to": 2015,
            "items": [
                {"objective": "Жол коопсуздугу", "activity": "Акция", "theme": "road_safety"},
                {"objective": "", "activity": "Лекция", "theme": "nope"},
            ],
        },
    )
    assert errors["period_to"].id == "date_before"
    assert errors["items.1.objective"].id == "required"
    assert errors["items.1.theme"].id == "bad_choice"
    assert "items.0.objective" not in errors
