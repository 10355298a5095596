"""Month close: the chief signs a month; its records become read-only until reopened."""

from __future__ import annotations

import hashlib

import pytest

from station_app.services import activities, complaints, meetings, months
from station_app.services.errors import MonthClosed, PermissionDenied, ValidationError


def complaint(db, actor, received_on="2026-10-12"):
    return complaints.create(
        db,
        actor,
        {
            "received_on": received_on,
            "channel": "phone",
            "category": "family_violence",
            "description": "Үй-бүлөлүк зомбулук",
            "anonymous": True,
        },
    )


def test_only_a_chief_closes_and_only_finished_months(db, officer, chief):
    with pytest.raises(PermissionDenied):
        months.close_month(db, officer, "2026-10", signed_by="Нурлан")
    with pytest.raises(ValidationError) as info:
        months.close_month(db, chief, "2026-11", signed_by="Бакыт Асанов")
    assert info.value.errors["month"].id == "month_not_over"
    for bad in ("2026-13", "2026/10", "октябрь", None):
        with pytest.raises(ValidationError):
            months.close_month(db, chief, bad, signed_by="Бакыт Асанов")


def test_closed_month_refuses_changes_and_says_why(db, officer, chief):
    c = complaint(db, officer)
    m = meetings.create(db, officer, {"held_on": "2026-10-05", "kind": "other", "venue": "Мэрия"})
    pdf = b"%PDF-1.4 final report"
    closed = months.close_month(
        db, chief, "2026-10", signed_by="Бакыт Асанов", report_pdf=pdf, report_lang="ru"
    )
    assert closed["status"] == "closed"
    assert closed["report_sha256"] == hashlib.sha256(pdf).hexdigest()
    assert months.stored_report(db, "2026-10") == (pdf, hashlib.sha256(pdf).hexdigest())
    before = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    refusals = [
        lambda: complaint(db, officer, "2026-10-20"),
        lambda: complaints.update(db, officer, c["uuid"], {"description": "өзгөртүү"}),
        lambda: complaints.delete(db, officer, c["uuid"]),
        lambda: complaints.change_status(db, officer, c["uuid"], "in_progress", on="2026-10-30"),
        lambda: meetings.update(db, officer, m["uuid"], {"venue": "Мектеп"}),
        lambda: activities.create(db, officer, {"held_on": "2026-10-01", "kind": "talk"}),
        # moving a November record into October is a change to October too
        lambda: complaints.update(
            db, officer, complaint(db, officer, "2026-11-02")["uuid"], {"received_on": "2026-10-31"}
        ),
    ]
    for attempt in refusals:
        with pytest.raises(MonthClosed) as info:
            attempt()
        assert "Бакыт Асанов" in info.value.text("en") and "2026-10" in info.value.text("en")
        assert "reopen" in info.value.text("en")
    assert "закрыт" in info.value.text("ru")
    # one November complaint was created by the last lambda; nothing else changed
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before + 1
    # work dated after the closed month goes on: a November status change is allowed
    moved = complaints.change_status(db, officer, c["uuid"], "in_progress", on="2026-11-03")
    assert moved["status"] == "in_progress"


def test_reopen_needs_a_reason_and_both_are_audited(db, officer, chief):
    c = complaint(db, officer)
    months.close_month(db, chief, "2026-10", signed_by="Бакыт Асанов")
    with pytest.raises(ValidationError) as info:
        months.reopen_month(db, chief, "2026-10", reason="  ")
    assert info.value.errors["reason"].id == "required"
    with pytest.raises(PermissionDenied):
        months.reopen_month(db, officer, "2026-10", reason="ката")
    reopened = months.reopen_month(db, chief, "2026-10", reason="Кечиккен арыз катталбай калган")
    assert reopened["status"] == "reopened" and not months.is_closed(db, "2026-10")
    complaints.update(db, officer, c["uuid"], {"description": "толукталды"})
    rows = db.execute(
        "SELECT action, reason FROM audit_log WHERE entity = 'month_closures' ORDER BY id"
    ).fetchall()
    assert rows == [("close_month", None), ("reopen_month", "Кечиккен арыз катталбай калган")]
    with pytest.raises(ValidationError) as info:
        months.reopen_month(db, chief, "2026-10", reason="дагы")
    assert info.value.errors["month"].id == "month_not_closed"
    again = months.close_month(db, chief, "2026-10", signed_by="Бакыт Асанов")
    assert again["status"] == "closed" and again["revision"] == 3
