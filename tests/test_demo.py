"""Demo data: coverage of every code, sound database, numbering, reproducibility, search."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from station_app import clock
from station_app.services import activities, complaints, deadlines, demo, meetings, records
from station_app.services import settings as settings_service
from station_app.services import station as station_service
from station_app.services.auth import Actor
from station_app.services.errors import PermissionDenied
from station_app.services.records import ListQuery
from station_app.store import audit, open_db

TODAY = dt.date(2026, 11, 20)
RECORDS = 1500
SEED = 7
CHIEF = Actor("chief", "chief", "Бакыт Асанов")


def _init(folder: Path, code: str = "NKT") -> sqlite_utils.Database:
    prof = demo.DEMO_STATIONS[code]
    station_service.init_station(
        folder,
        code=prof["code"],
        name=prof["name"],
        municipality=prof["municipality"],
        district=prof["district"],
        province=prof["province"],
        admin_user="chief",
        admin_password="secret-password",
        settlements=prof["settlements"],
    )
    return open_db(folder)


def _fresh(folder: Path, *, records: int = RECORDS, seed: int = SEED, code: str = "NKT"):
    db = _init(folder, code)
    counts = demo.generate(db, CHIEF, records=records, seed=seed, today=TODAY)
    return db, counts


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[sqlite_utils.Database, dict[str, int]]]:
    """One generated station shared by the read-only tests of this module."""
    db, counts = _fresh(tmp_path_factory.mktemp("demo") / "data")
    yield db, counts
    db.close()


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    monkeypatch.setenv(clock.ENV_TODAY, TODAY.isoformat())
    return TODAY


def _one(db: sqlite_utils.Database, sql: str, params=()):
    return db.execute(sql, params).fetchone()[0]


def _codes(db: sqlite_utils.Database, sql: str) -> set[str]:
    return {r[0] for r in db.execute(sql)}


def test_counts_match_tables_and_split(demo_db):
    db, counts = demo_db
    for table in (
        "complaints",
        "meetings",
        "activities",
        "complaint_actions",
        "meeting_followups",
        "meeting_topics",
        "activity_themes",
        "protection_orders",
        "partners",
        "plan_items",
    ):
        assert counts[table] == _one(db, f"SELECT count(*) FROM {table}"), table
    assert counts["complaints"] + counts["meetings"] + counts["activities"] == RECORDS
    assert counts["complaints"] == round(RECORDS * 0.45)
    assert counts["meetings"] == round(RECORDS * 0.20)
    assert counts["users"] == 3
    assert _one(db, "SELECT count(*) FROM users WHERE role = 'officer'") == 3
    assert counts["partners"] >= 8
    assert _one(db, "SELECT count(*) FROM plans") == 1


def test_every_code_appears(demo_db):
    db, _ = demo_db
    assert _codes(db, "SELECT status FROM complaints") == set(demo.STATUSES)
    assert _codes(db, "SELECT category FROM complaints") == set(demo.CATEGORIES)
    assert _codes(db, "SELECT channel FROM complaints") == set(demo.CHANNELS)
    assert _codes(db, "SELECT kind FROM meetings") == set(demo.MEETING_KINDS)
    assert _codes(db, "SELECT kind FROM activities") == set(demo.ACTIVITY_KINDS)
    assert _codes(db, "SELECT theme FROM activity_themes") == set(demo.THEMES)
    assert _codes(db, "SELECT theme FROM meeting_topics") == set(demo.THEMES)
    assert _codes(db, "SELECT theme FROM plan_items") >= {
        "violent_extremism",
        "road_safety",
        "family_violence",
        "early_marriage",
        "youth",
        "drugs_alcohol",
    }


def test_coded_values_exist_in_reference_lists(demo_db):
    db, _ = demo_db
    checks = {
        "channel": "SELECT channel FROM complaints",
        "complaint_category": "SELECT category FROM complaints",
        "sex": "SELECT complainant_sex FROM complaints WHERE complainant_sex IS NOT NULL",
        "age_group": "SELECT complainant_age_group FROM complaints"
        " WHERE complainant_age_group IS NOT NULL",
        "meeting_kind": "SELECT kind FROM meetings",
        "activity_kind": "SELECT kind FROM activities",
        "theme": "SELECT theme FROM meeting_topics UNION SELECT theme FROM activity_themes"
        " UNION SELECT theme FROM plan_items",
        "funding_source": "SELECT funding_source FROM activities",
        "plan_item_status": "SELECT status FROM plan_items",
        "partner_kind": "SELECT kind FROM partners",
        "complaint_status": "SELECT status FROM complaints",
    }
    for list_name, sql in checks.items():
        known = _codes(db, f"SELECT code FROM ref_items WHERE list = '{list_name}'")
        assert _codes(db, sql) <= known, list_name


def test_realistic_workload(demo_db):
    db, _ = demo_db
    t = TODAY.isoformat()
    open_ = "status NOT IN ('resolved', 'dismissed')"
    assert _one(db, f"SELECT count(*) FROM complaints WHERE {open_} AND due_on < ?", [t]) > 0
    assert _one(db, f"SELECT count(*) FROM complaints WHERE {open_} AND due_on >= ?", [t]) > 0
    assert (
        _one(
            db,
            "SELECT count(*) FROM complaints WHERE extended_until IS NOT NULL"
            " AND extension_reason IS NOT NULL",
        )
        > 0
    )
    # anonymous complaints carry no name or contact; named ones have sex and age group
    assert _one(db, "SELECT count(*) FROM complaints WHERE anonymous = 1") > 0
    assert (
        _one(
            db,
            "SELECT count(*) FROM complaints WHERE anonymous = 1 AND"
            " (complainant_name IS NOT NULL OR complainant_contact IS NOT NULL)",
        )
        == 0
    )
    assert (
        _one(
            db,
            "SELECT count(*) FROM complaints WHERE anonymous = 0 AND"
            " (complainant_name IS NULL OR complainant_sex IS NULL"
            " OR complainant_age_group IS NULL)",
        )
        == 0
    )
    # raised at a meeting: linked to a real meeting held on or before receipt
    assert (
        _one(
            db,
            "SELECT count(*) FROM complaints c LEFT JOIN meetings m"
            " ON m.uuid = c.meeting_uuid WHERE c.channel = 'meeting'"
            " AND (m.uuid IS NULL OR m.held_on > c.received_on)",
        )
        == 0
    )
    assert (
        _one(
            db,
            "SELECT count(*) FROM complaints WHERE channel != 'meeting'"
            " AND meeting_uuid IS NOT NULL",
        )
        == 0
    )
    # protection orders: family violence only, some extended
    assert _one(db, "SELECT count(*) FROM protection_orders") > 0
    assert (
        _one(
            db,
            "SELECT count(*) FROM protection_orders p JOIN complaints c"
            " ON c.uuid = p.complaint_uuid WHERE c.category != 'family_violence'",
        )
        == 0
    )
    assert _one(db, "SELECT count(*) FROM protection_orders WHERE extended_until IS NOT NULL") > 0
    # follow-ups: done, open, overdue
    assert _one(db, "SELECT count(*) FROM meeting_followups WHERE done_on IS NOT NULL") > 0
    assert (
        _one(db, "SELECT count(*) FROM meeting_followups WHERE done_on IS NULL AND due_on < ?", [t])
        > 0
    )
    assert (
        _one(
            db, "SELECT count(*) FROM meeting_followups WHERE done_on IS NULL AND due_on >= ?", [t]
        )
        > 0
    )
    assert _one(db, "SELECT count(*) FROM meetings WHERE youth > men + women") == 0
    # the plan: approved by the council, written with 29 residents, served by activities
    plan = db.execute(
        "SELECT title, residents_count, approved_on, approved_by, period_from, period_to FROM plans"
    ).fetchone()
    assert plan[1] == 29 and plan[2] < t and plan[3]
    assert plan[4] <= TODAY.year <= plan[5] and f"{plan[4]}–{plan[5]}" in plan[0]
    assert _one(db, "SELECT count(*) FROM plan_items") >= 8
    linked = _one(db, "SELECT count(*) FROM activities WHERE plan_item_uuid IS NOT NULL")
    assert linked > 0.25 * _one(db, "SELECT count(*) FROM activities")
    # the three scripts the station writes in
    text = " ".join(r[0] for r in db.execute("SELECT description FROM complaints"))
    for letter in "ҢӨҮЎҚҒҲ":
        assert letter in text.upper(), letter


def test_no_date_after_today(demo_db):
    db, _ = demo_db
    t = TODAY.isoformat()
    columns = {
        "complaints": ("received_on", "closed_on", "created_at", "updated_at"),
        "complaint_actions": ("action_on", "created_at"),
        "protection_orders": ("issued_on", "created_at", "updated_at"),
        "meetings": ("held_on", "created_at", "updated_at"),
        "meeting_followups": ("done_on", "updated_at"),
        "activities": ("held_on", "created_at"),
        "plans": ("approved_on",),
    }
    for table, cols in columns.items():
        for col in cols:
            latest = _one(db, f"SELECT max({col}) FROM {table}")
            assert latest is None or latest[:10] < t, (table, col, latest)
    first = (TODAY - dt.timedelta(days=366)).isoformat()
    assert _one(db, "SELECT min(received_on) FROM complaints") >= first
    assert _one(db, "SELECT min(held_on) FROM meetings") >= first
    assert _one(db, "SELECT min(held_on) FROM activities") >= first


def test_numbers_sequential_per_year_and_counters_consistent(demo_db):
    db, _ = demo_db
    rows = db.execute(
        "SELECT number, reg_year, reg_seq, received_on FROM complaints ORDER BY reg_year, reg_seq"
    ).fetchall()
    by_year: dict[int, list[tuple]] = {}
    for row in rows:
        by_year.setdefault(row[1], []).append(row)
    assert len(by_year) == 2  # the 12 months span a new year
    for year, items in by_year.items():
        assert [r[2] for r in items] == list(range(1, len(items) + 1))
        assert all(r[0] == f"NKT-{year}-{r[2]:04d}" and r[3][:4] == str(year) for r in items)
        received = [r[3] for r in items]
        assert received == sorted(received)  # numbered in order of receipt
    counters = dict(
        db.execute("SELECT year, last_seq FROM complaint_counters WHERE station = 'NKT'").fetchall()
    )
    assert counters == {year: len(items) for year, items in by_year.items()}


def test_database_is_sound(demo_db):
    db, counts = demo_db
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _one(db, "PRAGMA integrity_check") == "ok"
    report = audit.verify_chain(db.conn)
    assert report.ok, report
    created = _one(
        db,
        "SELECT count(*) FROM audit_log WHERE action = 'create' AND entity IN"
        " ('complaints', 'meetings', 'activities')",
    )
    assert created == RECORDS
    assert counts["audit_log"] >= RECORDS


def test_complaint_timelines_follow_the_workflow(demo_db):
    db, _ = demo_db
    conf = settings_service.get_all(db)
    actions: dict[str, list[tuple]] = {}
    for row in db.execute(
        "SELECT complaint_uuid, action_on, kind, from_status, to_status,"
        " note FROM complaint_actions ORDER BY id"
    ):
        actions.setdefault(row[0], []).append(row[1:])
    cur = db.execute(
        "SELECT uuid, received_on, status, referred_to, outcome, closed_on,"
        " answer_due_on, extended_until, extension_reason, due_on, revision,"
        " created_at, updated_at FROM complaints"
    )
    for (
        uuid,
        received,
        status,
        referred_to,
        outcome,
        closed_on,
        answer_due,
        extended,
        reason,
        due_on,
        revision,
        created_at,
        updated_at,
    ) in cur:
        timeline = actions[uuid]
        assert timeline[0][1:4] == ("status", None, "registered")
        assert [a[0] for a in timeline] == sorted(a[0] for a in timeline)
        assert timeline[0][0] == received and created_at <= updated_at
        assert revision == len(timeline)
        moves = [a for a in timeline if a[1] in ("status", "reopen")]
        current = None
        for _on, kind, from_s, to_s, _note in moves:
            assert from_s == current
            if current is not None:
                assert to_s in complaints.TRANSITIONS[current]
                assert (kind == "reopen") == (current in deadlines.CLOSED_STATUSES)
            current = to_s
        assert current == status
        if status in deadlines.CLOSED_STATUSES:
            assert closed_on == moves[-1][0] and outcome
        else:
            assert closed_on is None
        if any(m[2] == "referred" for m in moves):
            assert referred_to
        assert answer_due == deadlines.answer_due(dt.date.fromisoformat(received), conf).isoformat()
        if extended:
            latest = deadlines.latest_extension(dt.date.fromisoformat(received), conf)
            assert answer_due < extended <= latest.isoformat() and reason
            assert any(a[1] == "extension" for a in timeline)
        assert due_on == (extended or answer_due)


def test_records_pass_the_services_validation(demo_db, today):
    db, _ = demo_db
    for kind in (complaints.KIND, meetings.KIND, activities.KIND):
        uuids = [r[0] for r in db.execute(f"SELECT uuid FROM {kind.table} ORDER BY id")]
        for uuid in uuids[::25]:
            record = records.load(db, kind, uuid)
            records.clean(db, kind, records.writable_view(kind, record))


def test_same_seed_and_today_reproduce_the_content(demo_db, tmp_path):
    db, counts = demo_db
    other, other_counts = _fresh(tmp_path / "again")
    try:
        sql = (
            "SELECT uuid, number, received_on, description, status, due_on, outcome"
            " FROM complaints ORDER BY id"
        )
        assert db.execute(sql).fetchall() == other.execute(sql).fetchall()
        for sql in (
            "SELECT uuid, held_on, venue, issues_raised FROM meetings ORDER BY id",
            "SELECT uuid, held_on, title, plan_item_uuid FROM activities ORDER BY id",
            "SELECT uuid, action_on, kind, note, created_at FROM complaint_actions ORDER BY id",
        ):
            assert db.execute(sql).fetchall() == other.execute(sql).fetchall()
        assert counts == other_counts
    finally:
        other.close()


def test_another_seed_gives_other_content(tmp_path):
    db, _ = _fresh(tmp_path / "s2", records=200, seed=SEED + 1)
    try:
        first = [
            r[0] for r in db.execute("SELECT description FROM complaints ORDER BY id LIMIT 20")
        ]
    finally:
        db.close()
    db, _ = _fresh(tmp_path / "s1", records=200)
    try:
        assert [
            r[0] for r in db.execute("SELECT description FROM complaints ORDER BY id LIMIT 20")
        ] != first
    finally:
        db.close()


def test_a_new_complaint_continues_the_numbering(tmp_path, today):
    db, _ = _fresh(tmp_path / "data", records=300)
    try:
        year, last = db.execute(
            "SELECT reg_year, max(reg_seq) FROM complaints WHERE reg_year = ?", [TODAY.year]
        ).fetchone()
        created = complaints.create(
            db,
            CHIEF,
            {
                "received_on": TODAY.isoformat(),
                "channel": "phone",
                "category": "dispute",
                "complainant": {"name": "Гулноза Ҳакимова", "sex": "female", "age_group": "30_59"},
                "description": "Қўшни ариқни тўсиб қўйди.",
            },
        )
        assert created["number"] == f"NKT-{year}-{last + 1:04d}"
        assert audit.verify_chain(db.conn).ok
    finally:
        db.close()


@pytest.mark.parametrize("word", ["КҮЙӨӨСҮ", "ЎҒИРЛАНДИ", "қўшни", "СОСЕД"])
def test_full_text_search_folds_cyrillic_case(demo_db, word):
    db, _ = demo_db
    found = complaints.list_(db, ListQuery(search=word, limit=None))
    assert found
    pattern = re.compile(r"(?<!\w)" + re.escape(word.casefold()))
    expected = {
        r[0]
        for r in db.execute("SELECT uuid, description, outcome FROM complaints")
        if pattern.search(r[1].casefold()) or (r[2] and pattern.search(r[2].casefold()))
    }
    assert expected and expected <= {r["uuid"] for r in found}


def test_both_profiles_generate(tmp_path):
    db, counts = _fresh(tmp_path / "ttm", records=120, code="TTM")
    try:
        assert counts["complaints"] == 54
        assert _one(db, "SELECT count(*) FROM settlements WHERE kind = 'village'") == 4
        assert _one(db, "SELECT count(*) FROM settlements WHERE kind = 'settlement'") == 2
        assert _one(db, "SELECT min(number) FROM complaints").startswith("TTM-")
        assert audit.verify_chain(db.conn).ok
    finally:
        db.close()


def test_progress_is_reported_and_a_second_run_refused(tmp_path):
    db = _init(tmp_path / "data")
    try:
        calls: list[tuple[int, int]] = []
        demo.generate(
            db,
            CHIEF,
            records=40,
            today=TODAY,
            progress=lambda done, total: calls.append((done, total)),
        )
        assert calls[0] == (0, 40) and calls[-1] == (40, 40)
        before = _one(db, "SELECT count(*) FROM audit_log")
        with pytest.raises(demo.DemoError):
            demo.generate(db, CHIEF, records=40, today=TODAY)
        assert _one(db, "SELECT count(*) FROM audit_log") == before
        with pytest.raises(PermissionDenied):
            demo.generate(db, Actor("t.mamytov", "officer"), records=1, today=TODAY)
    finally:
        db.close()
