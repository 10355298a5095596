"""Complaints: numbering, the status workflow with its timeline, deadlines, protection orders."""

from __future__ import annotations

from datetime import date

import pytest

from station_app.services import complaints, deadlines, records
from station_app.services import settings as settings_service
from station_app.services.errors import NotFound, StaleRevision, ValidationError
from station_app.services.records import ListQuery


def make(db, actor, **over):
    data = {
        "received_on": "2026-11-02",
        "channel": "in_person",
        "category": "family_violence",
        "description": "Күйөөсү ургандыгы тууралуу арыз",
        "complainant": {
            "name": "Айгүл Токтосунова",
            "sex": "female",
            "age_group": "30_59",
            "contact": "+996 555 123 456",
        },
    }
    data.update(over)
    return complaints.create(db, actor, data)


# ------------------------------------------------------------------------ numbering


def test_numbers_are_sequential_per_year(db, officer):
    numbers = [make(db, officer)["number"] for _ in range(3)]
    assert numbers == ["NKT-2026-0001", "NKT-2026-0002", "NKT-2026-0003"]


def test_numbers_are_never_reused_after_deletion(db, officer):
    first = make(db, officer)
    second = make(db, officer)
    complaints.delete(db, officer, second["uuid"], reason="ката киргизилген")
    complaints.delete(db, officer, first["uuid"])
    third = make(db, officer)
    assert third["number"] == "NKT-2026-0003"
    deleted = db.execute(
        "SELECT deleted FROM complaints WHERE uuid = ?", [second["uuid"]]
    ).fetchone()[0]
    assert deleted == 1  # a tombstone, never a hard delete


def test_numbering_across_year_end(db, officer):
    a = make(db, officer, received_on="2025-12-31")
    b = make(db, officer, received_on="2026-01-01")
    c = make(db, officer, received_on="2025-12-30")  # late registration of last year's
    d = make(db, officer, received_on="2026-01-02")
    assert [x["number"] for x in (a, b, c, d)] == [
        "NKT-2025-0001",
        "NKT-2026-0001",
        "NKT-2025-0002",
        "NKT-2026-0002",
    ]


def test_failed_save_does_not_consume_a_number(db, officer):
    make(db, officer)
    with pytest.raises(ValidationError):
        make(db, officer, category="no_such_category")
    assert make(db, officer)["number"] == "NKT-2026-0002"


# ------------------------------------------------------------------------- workflow


def timeline_kinds(record):
    return [(t["kind"], t["from_status"], t["to_status"]) for t in record["timeline"]]


def test_full_path_leaves_a_timeline(db, officer):
    c = make(db, officer)
    assert c["status"] == "registered"
    c = complaints.change_status(
        db, officer, c["uuid"], "in_progress", note="Баштадык", on="2026-11-03"
    )
    c = complaints.change_status(
        db, officer, c["uuid"], "referred", referred_to="Аялдар комитети", on="2026-11-05"
    )
    assert c["referred_to"] == "Аялдар комитети"
    c = complaints.change_status(
        db, officer, c["uuid"], "resolved", outcome="Тараптар элдешти", on="2026-11-10"
    )
    assert c["status"] == "resolved" and c["closed_on"] == "2026-11-10"
    assert timeline_kinds(complaints.get(db, c["uuid"])) == [
        ("status", None, "registered"),
        ("status", "registered", "in_progress"),
        ("status", "in_progress", "referred"),
        ("status", "referred", "resolved"),
    ]


@pytest.mark.parametrize(
    "path, bad",
    [
        ([], "registered"),
        (["in_progress"], "registered"),
        (["resolved"], "referred"),
        (["dismissed"], "resolved"),
        (["in_progress"], "in_progress"),
        ([], "archived"),
    ],
)
def test_disallowed_transitions(db, officer, path, bad):
    c = make(db, officer)
    for step in path:
        c = complaints.change_status(db, officer, c["uuid"], step, outcome="натыйжа")
    actions_before = len(complaints.get(db, c["uuid"])["timeline"])
    with pytest.raises(ValidationError) as info:
        complaints.change_status(db, officer, c["uuid"], bad, outcome="x", referred_to="x")
    assert info.value.errors["status"].id == "bad_transition"
    after = complaints.get(db, c["uuid"])
    assert after["status"] == c["status"] and len(after["timeline"]) == actions_before


def test_referral_and_closing_need_their_details(db, officer):
    c = make(db, officer)
    with pytest.raises(ValidationError) as info:
        complaints.change_status(db, officer, c["uuid"], "referred")
    assert info.value.errors["referred_to"].id == "required"
    with pytest.raises(ValidationError) as info:
        complaints.change_status(db, officer, c["uuid"], "dismissed", outcome="  ")
    assert info.value.errors["outcome"].id == "required"


def test_reopen_needs_a_reason_and_clears_closed_on(db, officer):
    c = make(db, officer)
    c = complaints.change_status(db, officer, c["uuid"], "dismissed", outcome="Негизсиз")
    with pytest.raises(ValidationError):
        complaints.change_status(db, officer, c["uuid"], "in_progress")
    c = complaints.change_status(
        db, officer, c["uuid"], "in_progress", note="Жаңы далилдер табылды"
    )
    assert c["status"] == "in_progress" and c["closed_on"] is None
    assert c["timeline"][-1]["kind"] == "reopen"


def test_closed_complaint_cannot_be_edited(db, officer):
    c = make(db, officer)
    complaints.change_status(db, officer, c["uuid"], "resolved", outcome="Чечилди")
    with pytest.raises(ValidationError) as info:
        complaints.update(db, officer, c["uuid"], {"description": "өзгөртүү"})
    assert info.value.errors["status"].id == "closed_complaint"


def test_status_date_cannot_precede_receipt_or_the_last_change(db, officer):
    c = make(db, officer, received_on="2026-11-10")
    with pytest.raises(ValidationError) as info:
        complaints.change_status(db, officer, c["uuid"], "in_progress", on="2026-11-09")
    assert info.value.errors["on"].id == "date_before"
    complaints.change_status(db, officer, c["uuid"], "in_progress", on="2026-11-12")
    with pytest.raises(ValidationError) as info:
        complaints.change_status(
            db, officer, c["uuid"], "resolved", outcome="Чечилди", on="2026-11-11"
        )
    assert info.value.errors["on"].id == "date_before"


def test_stale_revision_is_refused(db, officer, chief):
    c = make(db, officer)
    complaints.update(
        db, chief, c["uuid"], {"description": "Начальник тактады"}, expected_revision=c["revision"]
    )
    with pytest.raises(StaleRevision) as info:
        complaints.update(
            db,
            officer,
            c["uuid"],
            {"description": "Менин өзгөртүүм"},
            expected_revision=c["revision"],
        )
    assert "chief" in info.value.text("en")


def test_deleted_complaint_is_gone_from_lists_but_kept(db, officer):
    c = make(db, officer)
    complaints.delete(db, officer, c["uuid"])
    assert complaints.count(db, ListQuery()) == 0
    assert complaints.count(db, ListQuery(include_deleted=True)) == 1
    with pytest.raises(NotFound):
        complaints.update(db, officer, c["uuid"], {"description": "x"})


# ------------------------------------------------------------------------ deadlines


def test_answer_due_is_received_plus_setting(db, officer):
    c = make(db, officer, received_on="2026-11-02")
    assert c["answer_due_on"] == "2026-11-16" and c["due_on"] == "2026-11-16"


@pytest.mark.parametrize(
    "received, due",
    [
        ("2026-01-31", "2026-02-14"),
        ("2026-02-20", "2026-03-06"),
        ("2025-12-25", "2026-01-08"),
        ("2024-02-20", "2024-03-05"),
    ],  # month ends, year end, a leap year
)
def test_calendar_deadline_across_month_and_year_ends(received, due):
    conf = dict(settings_service.DEFAULTS)
    assert deadlines.answer_due(date.fromisoformat(received), conf).isoformat() == due


def test_working_day_deadline_skips_weekends_and_holidays():
    conf = dict(settings_service.DEFAULTS, answer_period_days=10, answer_period_unit="working")
    # Fri 2025-12-26 + 10 working days: skips two weekends, 1 and 7 January (holidays)
    assert deadlines.answer_due(date(2025, 12, 26), conf) == date(2026, 1, 13)
    assert deadlines.registration_due(date(2026, 11, 6), conf) == date(2026, 11, 9)  # Fri->Mon


def test_setting_changes_the_period(db, chief, officer):
    settings_service.set_many(
        db, chief, {"answer_period_days": 10, "answer_period_unit": "working"}
    )
    c = make(db, officer, received_on="2026-11-02")  # Monday
    assert c["answer_due_on"] == "2026-11-16"  # 10 working days, no holiday between


def test_extension_with_reason_up_to_the_maximum(db, officer):
    c = make(db, officer, received_on="2026-11-02")
    with pytest.raises(ValidationError) as info:
        complaints.extend_deadline(db, officer, c["uuid"], "2026-12-03", "экспертиза")
    assert info.value.errors["until"].id == "extension_too_long"  # max is received + 30
    with pytest.raises(ValidationError) as info:
        complaints.extend_deadline(db, officer, c["uuid"], "2026-11-30", "")
    assert info.value.errors["reason"].id == "required"
    with pytest.raises(ValidationError) as info:
        complaints.extend_deadline(db, officer, c["uuid"], "2026-11-10", "эрте")
    assert info.value.errors["until"].id == "extension_not_later"
    c = complaints.extend_deadline(db, officer, c["uuid"], "2026-12-02", "Экспертиза күтүлүүдө")
    assert c["due_on"] == "2026-12-02" and c["extension_reason"] == "Экспертиза күтүлүүдө"
    assert c["timeline"][-1]["kind"] == "extension"


def test_overdue_filter(db, officer):
    old = make(db, officer, received_on="2026-10-01")  # due 2026-10-15, today 2026-11-20
    fresh = make(db, officer, received_on="2026-11-19")
    closed = make(db, officer, received_on="2026-10-02")
    complaints.change_status(db, officer, closed["uuid"], "resolved", outcome="Чечилди")
    overdue = complaints.list_(db, ListQuery(filters={"overdue": True}))
    assert [r["uuid"] for r in overdue] == [old["uuid"]]
    assert deadlines.is_overdue("in_progress", old["due_on"], date(2026, 11, 20))
    assert not deadlines.is_overdue("in_progress", fresh["due_on"], date(2026, 11, 20))


def test_editing_received_date_moves_the_deadline(db, officer):
    c = make(db, officer, received_on="2026-11-02")
    c = complaints.update(db, officer, c["uuid"], {"received_on": "2026-11-05"})
    assert c["answer_due_on"] == "2026-11-19" and c["due_on"] == "2026-11-19"


# ----------------------------------------------------------------- protection orders


def test_protection_order_and_its_extension(db, officer):
    c = make(db, officer)
    c = complaints.add_protection_order(
        db, officer, c["uuid"], "2026-11-03", "2026-11-10", note="Убактылуу коргоо ордери"
    )
    order = c["protection_orders"][0]
    assert order["expires_on"] == "2026-11-10"
    with pytest.raises(ValidationError):
        complaints.extend_protection_order(db, officer, order["uuid"], "2026-11-09", "кыска")
    c = complaints.extend_protection_order(
        db, officer, order["uuid"], "2026-12-10", "Коркунуч сакталууда"
    )
    assert c["protection_orders"][0]["extended_until"] == "2026-12-10"


def test_protection_order_only_for_family_violence(db, officer):
    c = make(db, officer, category="property")
    with pytest.raises(ValidationError) as info:
        complaints.add_protection_order(db, officer, c["uuid"], "2026-11-03", "2026-11-10")
    assert info.value.errors["category"].id == "order_needs_family_violence"


def test_protection_order_dates(db, officer):
    c = make(db, officer)
    with pytest.raises(ValidationError) as info:
        complaints.add_protection_order(db, officer, c["uuid"], "2026-11-10", "2026-11-03")
    assert info.value.errors["expires_on"].id == "date_before"


# -------------------------------------------------------------------------- search


def test_cyrillic_search_ignores_case(db, officer):
    make(db, officer, description="Түнкүсүн катуу шум, кошуналар уктай албайт")
    make(db, officer, description="Уй жоголду")
    for query in ("ШУМ", "шум", "Шум", "ТҮНКҮСҮН", "кошуна"):
        rows = complaints.list_(db, ListQuery(search=query))
        assert len(rows) == 1, query
    assert complaints.count(db, ListQuery(search="ЖОГОЛДУ")) == 1


def test_uzbek_and_kyrgyz_letters_in_search(db, officer):
    make(
        db,
        officer,
        description="Қўшни ҳовлидан ғалла ўғирлади",
        complainant={"name": "Ғайрат Ўлмасов", "sex": "male", "age_group": "60_plus"},
    )
    make(db, officer, description="Өрөөндө ңаалар")
    assert complaints.count(db, ListQuery(search="ҚЎШНИ")) == 1
    assert complaints.count(db, ListQuery(search="ғайрат")) == 1
    assert complaints.count(db, ListQuery(search="ӨРӨӨНДӨ")) == 1


def test_search_follows_edits_and_deletions(db, officer):
    c = make(db, officer, description="Биринчи текст")
    complaints.update(db, officer, c["uuid"], {"description": "Экинчи текст"})
    assert complaints.count(db, ListQuery(search="биринчи")) == 0
    assert complaints.count(db, ListQuery(search="экинчи")) == 1
    complaints.delete(db, officer, c["uuid"])
    assert complaints.count(db, ListQuery(search="экинчи")) == 0


def test_search_with_fts_syntax_is_literal(db, officer):
    make(db, officer, description='Ал "NEAR" деп айтты (OR AND) * ^')
    for query in ('"', "NEAR(", "OR", "*", "-", "AND NOT"):
        complaints.list_(db, ListQuery(search=query))  # never an FTS syntax error


def test_list_filters_and_sort(db, officer, settlement_uuid):
    make(
        db,
        officer,
        category="property",
        received_on="2026-10-01",
        complainant={
            "name": "Азамат",
            "sex": "male",
            "age_group": "18_29",
            "settlement": settlement_uuid,
        },
    )
    make(db, officer, category="dispute", received_on="2026-11-01")
    make(db, officer, category="property", received_on="2026-11-05")
    rows = complaints.list_(
        db, ListQuery(filters={"category": "property"}, sort="received_on", descending=False)
    )
    assert [r["received_on"] for r in rows] == ["2026-10-01", "2026-11-05"]
    assert complaints.count(db, ListQuery(filters={"settlement": settlement_uuid})) == 1
    assert (
        complaints.count(
            db, ListQuery(filters={"date_from": "2026-11-01", "date_to": "2026-11-30"})
        )
        == 2
    )
    page = complaints.list_(db, ListQuery(sort="number", descending=True, limit=2, offset=1))
    assert [r["number"] for r in page] == ["NKT-2026-0002", "NKT-2026-0001"]
    with pytest.raises(ValueError):
        complaints.list_(db, ListQuery(filters={"colour": "red"}))


def test_each_save_is_one_transaction_with_its_audit_row(db, officer):
    c = make(db, officer)
    rows = db.execute(
        "SELECT action, entity_uuid FROM audit_log WHERE entity = 'complaints'"
    ).fetchall()
    assert rows == [("create", c["uuid"])]
    complaints.change_status(db, officer, c["uuid"], "in_progress")
    rows = db.execute(
        "SELECT action, before, after FROM audit_log WHERE entity = 'complaints' ORDER BY id"
    ).fetchall()
    assert [r[0] for r in rows] == ["create", "status"]
    assert '"status":"registered"' in rows[1][1] and '"status":"in_progress"' in rows[1][2]


def test_failure_mid_save_rolls_back_everything(db, officer, monkeypatch):
    """An error after the record and its timeline row were inserted leaves nothing behind."""

    def boom(*args, **kwargs):
        raise RuntimeError("disk pulled")

    monkeypatch.setattr(records.audit, "append", boom)
    with pytest.raises(RuntimeError):
        make(db, officer)
    for table in ("complaints", "complaint_actions", "complaint_counters", "audit_log"):
        count = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if table == "audit_log":
            assert count > 0  # init rows only
            assert not db.execute("SELECT 1 FROM audit_log WHERE entity = 'complaints'").fetchone()
        else:
            assert count == 0, table
