"""Roles and privacy are enforced by the services themselves, whoever calls them."""

from __future__ import annotations

import pytest

from station_app.services import complaints, months, reference, settings, users
from station_app.services.auth import Actor
from station_app.services.errors import AuthError, PermissionDenied, ValidationError
from station_app.services.records import ListQuery

from conftest import OFFICER_PASSWORD


@pytest.fixture
def second_officer(db, chief) -> Actor:
    users.create_user(db, chief, "aigul", "Айгүл Сатыбалдиева", "officer", "second-password")
    return users.authenticate(db, "aigul", "second-password")


def _fv(db, actor, **over):
    data = {
        "received_on": "2026-11-10",
        "channel": "in_person",
        "category": "family_violence",
        "description": "Күйөөсү уруп, үйдөн кууп чыкты",
        "complainant": {
            "name": "Гүлнара Токтосунова",
            "sex": "female",
            "age_group": "30_59",
            "contact": "+996 555 000 111",
        },
    }
    data.update(over)
    return complaints.create(db, actor, data)


def _refusals(db) -> int:
    return db.execute("SELECT count(*) FROM audit_log WHERE action = 'refused'").fetchone()[0]


def test_family_violence_details_only_for_assigned_officer_and_chief(
    db, officer, chief, second_officer
):
    c = _fv(db, officer)
    mine = complaints.get(db, c["uuid"], viewer=officer)
    assert mine["complainant"]["name"] == "Гүлнара Токтосунова" and not mine["restricted"]
    assert complaints.get(db, c["uuid"], viewer=chief)["description"].startswith("Күйөөсү")
    other = complaints.get(db, c["uuid"], viewer=second_officer)
    assert other["restricted"] is True
    assert other["complainant"]["name"] is None and other["complainant"]["contact"] is None
    assert other["description"] is None
    assert all(t["note"] is None for t in other["timeline"])
    # category, dates and status stay visible
    assert (other["category"], other["received_on"], other["status"]) == (
        "family_violence",
        "2026-11-10",
        "registered",
    )
    assert (
        db.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'view_restricted' AND username = 'aigul'"
        ).fetchone()[0]
        == 1
    )


def test_lists_and_search_hide_what_the_viewer_may_not_see(db, officer, second_officer):
    _fv(db, officer)
    complaints.create(
        db,
        officer,
        {
            "received_on": "2026-11-10",
            "channel": "phone",
            "category": "property",
            "description": "Уй уурдалды",
            "complainant": {"name": "Бакыт Уулу", "sex": "male", "age_group": "30_59"},
        },
    )
    rows = complaints.list_(db, ListQuery(viewer=second_officer, sort="number", descending=False))
    assert [r["complainant_name"] for r in rows] == [None, "Бакыт Уулу"]
    assert rows[0]["restricted"] is True
    assert complaints.count(db, ListQuery(search="уруп", viewer=second_officer)) == 0
    assert complaints.count(db, ListQuery(search="уруп", viewer=officer)) == 1
    assert complaints.count(db, ListQuery(search="Гүлнара", viewer=second_officer)) == 0


def test_others_cannot_change_a_family_violence_complaint(db, officer, second_officer, chief):
    c = _fv(db, officer)
    before = _refusals(db)
    for attempt in (
        lambda: complaints.update(db, second_officer, c["uuid"], {"description": "x"}),
        lambda: complaints.change_status(db, second_officer, c["uuid"], "in_progress"),
        lambda: complaints.add_note(db, second_officer, c["uuid"], "чалдым"),
        lambda: complaints.delete(db, second_officer, c["uuid"]),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert _refusals(db) == before + 4
    assert complaints.change_status(db, chief, c["uuid"], "in_progress")["status"] == (
        "in_progress"
    )


def test_every_refusal_is_audited(db, officer):
    before = _refusals(db)
    refused = [
        lambda: months.close_month(db, officer, "2026-10", signed_by="x"),
        lambda: settings.set_many(db, officer, {"answer_period_days": 30}),
        lambda: reference.settlements.create(
            db, officer, {"kind": "village", "name": {"ky": "а", "ru": "б", "en": "c"}}
        ),
        lambda: users.create_user(db, officer, "newbie", "Жаңы", "officer", "password-123"),
        lambda: users.reset_password(db, officer, "chief", "password-123"),
        lambda: users.set_active(db, officer, "chief", False),
        lambda: complaints.create(db, Actor("analyst", "analyst"), {}),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDenied):
            attempt()
    rows = db.execute(
        "SELECT username, entity FROM audit_log WHERE action = 'refused' ORDER BY id"
    ).fetchall()[before:]
    assert len(rows) == len(refused)
    assert rows[0] == ("officer", "close_month")


def test_password_change_reset_and_deactivation(db, officer, chief):
    with pytest.raises(ValidationError) as info:
        users.change_password(db, officer, "wrong-current", "brand-new-pass")
    assert info.value.errors["current"].id == "wrong_current_password"
    users.change_password(db, officer, OFFICER_PASSWORD, "brand-new-pass")
    assert users.authenticate(db, "officer", "brand-new-pass").username == "officer"
    users.reset_password(db, chief, "officer", "reset-by-chief")
    assert users.authenticate(db, "officer", "reset-by-chief").username == "officer"
    with pytest.raises(ValidationError):
        users.set_active(db, chief, "chief", False)  # not yourself
    users.set_active(db, chief, "officer", False)
    with pytest.raises(AuthError):
        users.authenticate(db, "officer", "reset-by-chief")
    assert db.execute("SELECT count(*) FROM users WHERE username = 'officer'").fetchone()[0] == 1
    users.set_active(db, chief, "officer", True)
    assert users.authenticate(db, "officer", "reset-by-chief").role == "officer"


def test_reset_lifts_a_lockout(db, chief):
    for _ in range(5):
        with pytest.raises(AuthError):
            users.authenticate(db, "officer", "wrong-password")
    with pytest.raises(AuthError):
        users.authenticate(db, "officer", OFFICER_PASSWORD)
    users.reset_password(db, chief, "officer", "after-lockout")
    assert users.authenticate(db, "officer", "after-lockout").username == "officer"
