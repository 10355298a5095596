"""The printed report: every figure against an independent count, languages, layout, CLI.

Figures are recomputed here in plain Python over the fetched rows (small data), from the
definitions in :mod:`station_app.reports.queries`, and each one is looked for next to
its label in the text pypdf extracts from the PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from station_app.reports import PeriodError, build_report, parse_period, queries, render_report
from station_app.reports.layout import FONT, FONT_BOLD, register_fonts
from station_app.reports.strings import fmt_decimal, t
from station_app.services import activities, complaints, demo, meetings, plans, reference
from station_app.services import station as station_service
from station_app.services.auth import Actor
from station_app.store import open_db

REPORT_DAY = dt.date(2026, 11, 20)  # the tests' pinned today (conftest.TODAY)
A4 = (595.28, 841.89)
CLOSED = ("resolved", "dismissed")


# ---------------------------------------------------------------------------- helpers


def pdf_pages(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def has(text: str, label: str, *values: object) -> bool:
    """``label`` followed by ``values`` (whitespace between), each a whole number/word."""
    pattern = (
        r"(?:^|\s)"
        + re.escape(label)
        + "".join(r"\s+" + re.escape(str(v)) for v in values)
        + r"(?![\d.,])"
    )
    return re.search(pattern, text) is not None


def cut(text: str, headings: list[str]) -> dict[str, str]:
    """The text after each heading up to the next one (headings in document order)."""
    out, pos = {}, 0
    starts = []
    for h in headings:
        i = text.index(h, pos)
        starts.append(i)
        pos = i + len(h)
    for k, h in enumerate(headings):
        end = starts[k + 1] if k + 1 < len(headings) else len(text)
        out[h] = text[starts[k] + len(h) : end]
    return out


def rows(db: sqlite_utils.Database, sql: str) -> list[dict[str, Any]]:
    cur = db.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def independent(db: sqlite_utils.Database, start: str, end: str) -> dict[str, Any]:
    """Every figure, from the definitions, by Python over all rows (no shared SQL)."""
    asof = end
    cs = {c["uuid"]: c for c in rows(db, "SELECT * FROM complaints") if not c["deleted"]}
    acts: dict[str, list[dict]] = defaultdict(list)
    for a in sorted(
        rows(db, "SELECT * FROM complaint_actions"), key=lambda a: (a["action_on"], a["id"])
    ):
        if not a["deleted"] and a["complaint_uuid"] in cs:
            acts[a["complaint_uuid"]].append(a)

    def status_on(uuid: str, day: str) -> str:
        status = "registered"
        for a in acts[uuid]:
            if a["action_on"] <= day and a["kind"] in ("status", "reopen") and a["to_status"]:
                status = a["to_status"]
        return status

    def due_on(uuid: str, day: str) -> str:
        c = cs[uuid]
        extended = any(a["kind"] == "extension" and a["action_on"] <= day for a in acts[uuid])
        return c["extended_until"] if extended and c["extended_until"] else c["answer_due_on"]

    def in_period(day: str | None) -> bool:
        return day is not None and start <= day <= end

    received = [c for c in cs.values() if in_period(c["received_on"])]
    moved: dict[str, set[str]] = defaultdict(set)
    answered: dict[str, str] = {}
    for uuid, timeline in acts.items():
        for a in timeline:
            if a["kind"] == "status" and in_period(a["action_on"]):
                moved[a["to_status"]].add(uuid)
                if a["to_status"] in CLOSED:
                    answered[uuid] = max(answered.get(uuid, ""), a["action_on"])
    days = [
        (dt.date.fromisoformat(d) - dt.date.fromisoformat(cs[u]["received_on"])).days
        for u, d in answered.items()
    ]
    open_ = [
        u for u, c in cs.items() if c["received_on"] <= asof and status_on(u, asof) not in CLOSED
    ]
    overdue = [u for u in open_ if due_on(u, asof) < asof]

    orders = [
        o
        for o in rows(db, "SELECT * FROM protection_orders")
        if not o["deleted"] and o["complaint_uuid"] in cs
    ]
    extensions = [
        a
        for timeline in acts.values()
        for a in timeline
        if a["kind"] == "protection_order_extended" and in_period(a["action_on"])
    ]

    ms = {m["uuid"]: m for m in rows(db, "SELECT * FROM meetings") if not m["deleted"]}
    held = [m for m in ms.values() if in_period(m["held_on"])]
    held_ids = {m["uuid"] for m in held}
    topics = Counter(
        r["theme"]
        for r in rows(db, "SELECT * FROM meeting_topics")
        if r["meeting_uuid"] in held_ids
    )
    fups = [
        f
        for f in rows(db, "SELECT * FROM meeting_followups")
        if not f["deleted"]
        and f["meeting_uuid"] in ms
        and ms[f["meeting_uuid"]]["held_on"] <= asof
        and (f["done_on"] is None or f["done_on"] > asof)
    ]
    acs = [a for a in rows(db, "SELECT * FROM activities") if not a["deleted"]]
    done = [a for a in acs if in_period(a["held_on"])]
    done_ids = {a["uuid"]: a for a in done}
    by_theme: dict[str, dict[str, int]] = defaultdict(
        lambda: {"count": 0, "participants": 0, "youth": 0}
    )
    for r in rows(db, "SELECT * FROM activity_themes"):
        a = done_ids.get(r["activity_uuid"])
        if a:
            by_theme[r["theme"]]["count"] += 1
            by_theme[r["theme"]]["participants"] += a["men"] + a["women"]
            by_theme[r["theme"]]["youth"] += a["youth"]

    def headcount(records: list[dict], key: str) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = defaultdict(
            lambda: dict.fromkeys(("count", "men", "women", "youth"), 0)
        )
        for r in records:
            out[r[key]]["count"] += 1
            for k in ("men", "women", "youth"):
                out[r[key]][k] += r[k]
        return dict(out)

    def sums(records: list[dict]) -> dict[str, int]:
        s = {k: sum(r[k] for r in records) for k in ("men", "women", "youth")}
        return s | {"total": s["men"] + s["women"]}

    live_plans = {p["uuid"]: p for p in rows(db, "SELECT * FROM plans") if not p["deleted"]}
    items = [
        i
        for i in rows(db, "SELECT * FROM plan_items")
        if not i["deleted"] and i["plan_uuid"] in live_plans
    ]
    y0, y1 = int(start[:4]), int(end[:4])
    progress = {
        i["uuid"]: (
            sum(1 for a in acs if a["plan_item_uuid"] == i["uuid"] and in_period(a["held_on"])),
            sum(1 for a in acs if a["plan_item_uuid"] == i["uuid"] and a["held_on"] <= asof),
        )
        for i in items
        if live_plans[i["plan_uuid"]]["period_from"] <= y1
        and live_plans[i["plan_uuid"]]["period_to"] >= y0
    }
    return {
        "complaints_received": len(received),
        "complaints_by_category": dict(Counter(c["category"] for c in received)),
        "complaints_by_channel": dict(Counter(c["channel"] for c in received)),
        "complaints_resolved": len(moved["resolved"]),
        "complaints_dismissed": len(moved["dismissed"]),
        "complaints_answered": len(answered),
        "complaints_answered_late": sum(1 for u, d in answered.items() if d > due_on(u, d)),
        "average_days_to_answer": sum(days) / len(days) if days else None,
        "complaints_in_progress": len(open_),
        "complaints_open_by_status": dict(Counter(status_on(u, asof) for u in open_)),
        "complaints_overdue": len(overdue),
        "overdue_numbers": sorted(cs[u]["number"] for u in overdue),
        "protection_orders": {
            "issued": sum(1 for o in orders if in_period(o["issued_on"])),
            "active": sum(
                1
                for o in orders
                if o["issued_on"] <= asof <= (o["extended_until"] or o["expires_on"])
            ),
            "extended": len(extensions),
        },
        "meetings_held": len(held),
        "meetings_by_kind": headcount(held, "kind"),
        "meeting_attendance": sums(held),
        "meeting_topics": dict(topics),
        "open_followups": len(fups),
        "followups_overdue": sum(1 for f in fups if f["due_on"] and f["due_on"] < asof),
        "activities_held": len(done),
        "activities_by_kind": headcount(done, "kind"),
        "activities_by_theme": dict(by_theme),
        "activity_participants": sums(done),
        "plan_progress": progress,
        "overdue_plan_items": sum(
            1
            for i in items
            if i["deadline"] and i["deadline"] < asof and i["status"] not in ("done", "cancelled")
        ),
    }


def check_figures(db: sqlite_utils.Database, period_code: str, day: dt.date = REPORT_DAY) -> None:
    """collect() equals the independent figures, and the English PDF prints each one."""
    period = parse_period(period_code)
    asof = period.as_of(day)
    want = independent(db, period.start.isoformat(), asof.isoformat())
    got = queries.collect(db, period, asof)
    for key, value in want.items():
        if key == "overdue_numbers":
            assert sorted(r["number"] for r in got["overdue_complaints"]) == value
        elif key == "plan_progress":
            assert {r["uuid"]: (r["in_period"], r["to_date"]) for r in got[key]} == value
        elif key == "overdue_plan_items":
            assert len(got["overdue_plan_items"]) == value
        elif key == "average_days_to_answer":
            assert (got[key] is None) == (value is None)
            if value is not None:
                assert got[key] == pytest.approx(value)
        else:
            assert got[key] == value, key

    data = render_report(db, period, "en", generated_on=day)
    text = flat("\n".join(pdf_pages(data)))
    ref = {
        name: {r["code"]: r["label_en"] for r in reference.ref_items(db, name)}
        for name in (
            "complaint_category",
            "channel",
            "meeting_kind",
            "activity_kind",
            "theme",
            "complaint_status",
            "plan_item_status",
        )
    }
    a = asof.isoformat()
    heads = [
        "Summary",
        "Community meetings",
        "Residents' appeals",
        "Temporary protection orders (family violence)",
        "Prevention activities",
        "Crime prevention plan approved by the local council: progress",
        f"Overdue and expiring items on {a}",
        "Signatures",
    ]
    sec = cut(text, heads)

    s = sec["Summary"]
    for label, value in [
        ("Meetings held", want["meetings_held"]),
        ("Residents attending meetings", want["meeting_attendance"]["total"]),
        ("Appeals received", want["complaints_received"]),
        ("Resolved in the period", want["complaints_resolved"]),
        (f"Open on {a} (whenever received)", want["complaints_in_progress"]),
        (f"Overdue on {a}", want["complaints_overdue"]),
        ("Protection orders issued", want["protection_orders"]["issued"]),
        ("Activities held", want["activities_held"]),
        ("Participants in activities", want["activity_participants"]["total"]),
    ]:
        assert has(s, label, value), (label, value)

    m = sec["Community meetings"]
    att = want["meeting_attendance"]
    for label, value in [
        ("Meetings held", want["meetings_held"]),
        ("Residents attending meetings", att["total"]),
        ("Men", att["men"]),
        ("Women", att["women"]),
        ("of whom youth (under 30)", att["youth"]),
        (f"Follow-up actions open on {a}", want["open_followups"]),
        ("of which overdue", want["followups_overdue"]),
    ]:
        assert has(m, label, value), (label, value)
    if want["meetings_held"]:
        monthly = period.kind == "month"  # only a month lists its meetings one by one
        sub = cut(
            m, ["By kind", "Topics discussed (meetings)"] + ["List of meetings held"] * monthly
        )
        by_kind = want["meetings_by_kind"]
        for code, label in ref["meeting_kind"].items():
            v = by_kind.get(code, dict.fromkeys(("count", "men", "women", "youth"), 0))
            assert has(sub["By kind"], label, v["count"], v["men"], v["women"], v["youth"])
        assert has(
            sub["By kind"], "Total", want["meetings_held"], att["men"], att["women"], att["youth"]
        )
        for code, label in ref["theme"].items():
            assert has(
                sub["Topics discussed (meetings)"], label, want["meeting_topics"].get(code, 0)
            )
        if monthly:
            listed = re.findall(r"\d{4}-\d{2}-\d{2}", sub["List of meetings held"])
            assert len(listed) == want["meetings_held"]
        else:
            assert "List of meetings held" not in m

    c = sec["Residents' appeals"]
    by_status = want["complaints_open_by_status"]
    for label, value in [
        ("Appeals received", want["complaints_received"]),
        ("Answered in the period (resolved or dismissed)", want["complaints_answered"]),
        ("Resolved in the period", want["complaints_resolved"]),
        ("Dismissed in the period", want["complaints_dismissed"]),
        ("of which answered after the deadline", want["complaints_answered_late"]),
        ("Average days to answer", fmt_decimal(want["average_days_to_answer"], "en")),
        (f"Open on {a} (whenever received)", want["complaints_in_progress"]),
        (ref["complaint_status"]["registered"], by_status.get("registered", 0)),
        (ref["complaint_status"]["in_progress"], by_status.get("in_progress", 0)),
        (ref["complaint_status"]["referred"], by_status.get("referred", 0)),
        (f"Overdue on {a}", want["complaints_overdue"]),
    ]:
        assert has(c, label, value), (label, value)
    if want["complaints_received"]:
        sub = cut(c, ["By category", "Appeals received, by category", "By channel"])
        for code, label in ref["complaint_category"].items():
            assert has(sub["By category"], label, want["complaints_by_category"].get(code, 0))
        assert has(sub["By category"], "Total", want["complaints_received"])
        for code, label in ref["channel"].items():
            assert has(sub["By channel"], label, want["complaints_by_channel"].get(code, 0))
        assert has(sub["By channel"], "Total", want["complaints_received"])

    o = sec["Temporary protection orders (family violence)"]
    assert has(o, "Issued in the period", want["protection_orders"]["issued"])
    assert has(o, f"In force on {a}", want["protection_orders"]["active"])
    assert has(o, "Extensions in the period", want["protection_orders"]["extended"])

    p = sec["Prevention activities"]
    part = want["activity_participants"]
    for label, value in [
        ("Activities held", want["activities_held"]),
        ("Participants in activities", part["total"]),
        ("Men", part["men"]),
        ("Women", part["women"]),
        ("of whom youth (under 30)", part["youth"]),
    ]:
        assert has(p, label, value), (label, value)
    if want["activities_held"]:
        sub = cut(p, ["By kind", "By theme", "Activities by theme"])
        by_kind = want["activities_by_kind"]
        for code, label in ref["activity_kind"].items():
            v = by_kind.get(code, dict.fromkeys(("count", "men", "women", "youth"), 0))
            assert has(sub["By kind"], label, v["count"], v["men"], v["women"], v["youth"])
        assert has(
            sub["By kind"],
            "Total",
            want["activities_held"],
            part["men"],
            part["women"],
            part["youth"],
        )
        for code, label in ref["theme"].items():
            v = want["activities_by_theme"].get(code, {"count": 0, "participants": 0, "youth": 0})
            assert has(sub["By theme"], label, v["count"], v["participants"], v["youth"])

    plan = sec["Crime prevention plan approved by the local council: progress"]
    for r in got["plan_progress"]:
        status = ref["plan_item_status"][r["status"]]
        assert has(plan, status, r["in_period"], r["to_date"])

    over = sec[f"Overdue and expiring items on {a}"]
    sub = cut(
        over, ["Overdue appeals", "Overdue follow-up actions of meetings", "Overdue plan items"]
    )
    assert sorted(re.findall(r"NKT-\d{4}-\d{4}", sub["Overdue appeals"])) == want["overdue_numbers"]


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite_utils.Database]:
    """A demo station (600 records over the 12 months before the pinned today)."""
    folder = tmp_path_factory.mktemp("report-demo") / "data"
    prof = demo.DEMO_STATIONS["NKT"]
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
    db = open_db(folder)
    demo.generate(
        db, Actor("chief", "chief", "Бакыт Асанов"), records=600, seed=11, today=REPORT_DAY
    )
    yield db
    db.close()


MARKUP = "<b>&amp;<para> Мектеп №1 & <i>"


@pytest.fixture
def october(db: sqlite_utils.Database, chief: Actor, officer: Actor, settlement_uuid: str) -> dict:
    """October 2026 entered through the services, with moves before and after the month."""
    person = {"name": "Айгүл Токтосунова", "sex": "female", "age_group": "30_59"}

    def complaint(received: str, category: str, **over: Any) -> dict:
        data = {
            "received_on": received,
            "channel": "in_person",
            "category": category,
            "description": "Арыз",
            "complainant": person | {"settlement": settlement_uuid},
        }
        return complaints.create(db, officer, data | over)

    a = complaint("2026-10-02", "dispute")
    complaints.change_status(db, officer, a["uuid"], "in_progress", on="2026-10-03")
    complaints.change_status(db, officer, a["uuid"], "resolved", outcome="Элдешти", on="2026-10-10")
    b = complaint("2026-10-05", "family_violence")
    complaints.add_protection_order(db, officer, b["uuid"], "2026-10-06", "2026-10-21")
    complaints.add_protection_order(db, officer, b["uuid"], "2026-10-17", "2026-10-31")
    c = complaint("2026-10-20", "property", channel="phone")
    complaints.change_status(db, officer, c["uuid"], "in_progress", on="2026-10-21")
    complaints.change_status(db, officer, c["uuid"], "resolved", outcome="Табылды", on="2026-11-02")
    complaint("2026-09-01", "public_order")  # still registered: overdue since 15 September
    e = complaint("2026-10-15", "drugs_alcohol")
    complaints.delete(db, officer, e["uuid"])
    f = complaints.create(
        db,
        officer,
        {
            "received_on": "2026-10-01",
            "channel": "letter",
            "category": "other",
            "description": "Жашыруун кат",
            "anonymous": True,
        },
    )
    complaints.change_status(
        db, officer, f["uuid"], "dismissed", outcome="Негизсиз", on="2026-10-25"
    )
    g = complaint("2026-10-07", "road_safety")
    complaints.change_status(db, officer, g["uuid"], "resolved", outcome="Белги", on="2026-10-12")
    complaints.change_status(db, officer, g["uuid"], "in_progress", note="Кайра", on="2026-10-14")
    h = complaint("2026-10-08", "dispute", channel="lcpc")
    complaints.extend_deadline(db, officer, h["uuid"], "2026-11-05", "Экспертиза", on="2026-10-20")
    k = complaint("2026-10-01", "dispute")  # due 15 Oct, extended on 25 Oct to 31 Oct
    complaints.extend_deadline(db, officer, k["uuid"], "2026-10-31", "Күбө жок", on="2026-10-25")

    plan = plans.create(
        db,
        chief,
        {
            "title": "Ноокат: алдын алуу планы 2026–2027",
            "period_from": 2026,
            "period_to": 2027,
            "approved_on": "2025-12-20",
            "items": [
                {
                    "objective": "Жаштар",
                    "activity": "Спорт мелдештери",
                    "theme": "youth",
                    "deadline": "2026-12-31",
                    "indicator": "Иш-чаралар",
                    "target": 6,
                },
                {
                    "objective": "Жол",
                    "activity": "Мектептерде сабак",
                    "theme": "road_safety",
                    "deadline": "2026-10-01",
                },
            ],
        },
    )
    item = plan["items"][0]["uuid"]
    meetings.create(
        db,
        officer,
        {
            "held_on": "2026-10-10",
            "held_at": "15:00",
            "kind": "public_gathering",
            "venue": MARKUP,
            "settlement": settlement_uuid,
            "attendance": {"men": 10, "women": 12, "youth": 5},
            "topics": ["youth", "road_safety"],
            "followups": [
                {
                    "action": "Көчө жарыгы <script>",
                    "responsible": "Айыл өкмөтү",
                    "due_on": "2026-10-20",
                },
                {"action": "Суу графиги", "due_on": "2026-11-30"},
                {"action": "Жасалды", "due_on": "2026-10-15", "done_on": "2026-10-14"},
            ],
        },
    )
    gone = meetings.create(
        db,
        officer,
        {
            "held_on": "2026-10-12",
            "kind": "lcpc_meeting",
            "venue": "Өчүрүлгөн",
            "attendance": {"men": 99},
        },
    )
    meetings.delete(db, officer, gone["uuid"])
    meetings.create(
        db,
        officer,
        {
            "held_on": "2026-09-30",
            "kind": "other",
            "venue": "Sept",
            "followups": [{"action": "Эски", "due_on": "2026-10-05", "done_on": "2026-11-03"}],
        },
    )
    for held, kind, themes, men, women, youth, linked in (
        ("2026-10-14", "talk", ["youth", "drugs_alcohol"], 20, 15, 10, True),
        ("2026-10-28", "patrol", ["property_crime"], 4, 0, 0, False),
        ("2026-09-14", "talk", ["youth"], 5, 5, 5, True),
        ("2026-11-03", "school_session", ["youth"], 7, 8, 9, True),
    ):
        activities.create(
            db,
            officer,
            {
                "held_on": held,
                "kind": kind,
                "themes": themes,
                "plan_item": item if linked else None,
                "participants": {"men": men, "women": women, "youth": youth},
            },
        )
    return {"plan": plan}


# ------------------------------------------------------------------------------ tests


def test_every_figure_matches_on_service_data(db, october):
    check_figures(db, "2026-10")
    check_figures(db, "2026-10", dt.date(2026, 10, 20))  # k overdue then: not yet extended
    check_figures(db, "2026-09")
    got = queries.collect(db, parse_period("2026-10"), dt.date(2026, 10, 31))
    # spot checks of the definitions on hand-made data
    assert got["complaints_received"] == 7  # the deleted one does not count
    assert got["complaints_resolved"] == 2  # a, and g (later reopened)
    assert got["complaints_dismissed"] == 1
    assert got["complaints_answered_late"] == 1  # f: due 15 Oct, dismissed 25 Oct
    assert got["average_days_to_answer"] == pytest.approx((8 + 24 + 5) / 3)
    # open on 31 Oct: b, d (September's), h, k registered; c (resolved only on 2 Nov) and
    # g (reopened) in progress
    assert got["complaints_open_by_status"] == {"registered": 4, "in_progress": 2}
    assert got["complaints_overdue"] == 3  # b, d, g; h and k were extended (k: due 31 Oct)
    early = queries.collect(db, parse_period("2026-10"), dt.date(2026, 10, 20))
    assert early["complaints_overdue"] == 4  # b, d, f (dismissed late), k (extended later)
    assert got["open_followups"] == 3 and got["followups_overdue"] == 2
    assert got["meeting_attendance"] == {"men": 10, "women": 12, "youth": 5, "total": 22}
    assert got["protection_orders"] == {"issued": 2, "active": 1, "extended": 0}
    assert [(r["ends_on"], r["days_left"]) for r in got["expiring_protection_orders"]] == [
        ("2026-10-31", 0)
    ]
    assert [(r["in_period"], r["to_date"]) for r in got["plan_progress"]] == [(1, 2), (0, 0)]
    assert len(got["overdue_plan_items"]) == 1


@pytest.mark.parametrize(
    ("period", "day"),
    [
        ("2026-10", REPORT_DAY),
        ("2026-11", REPORT_DAY),
        ("2026-Q2", REPORT_DAY),
        ("2026-10", dt.date(2026, 10, 20)),
    ],
)
def test_every_figure_matches_on_demo_data(demo_db, period, day):
    check_figures(demo_db, period, day)


def test_figures_of_a_past_month_do_not_change_later(db, october, officer):
    """A move dated after the month leaves the month's figures as they were."""
    period = parse_period("2026-10")
    before = queries.collect(db, period, REPORT_DAY)
    first = render_report(db, period, "ru", generated_on=REPORT_DAY)
    number = db.execute("SELECT uuid FROM complaints WHERE received_on = '2026-09-01'").fetchone()[
        0
    ]
    complaints.change_status(db, officer, number, "resolved", outcome="Чечилди", on="2026-11-19")
    assert queries.collect(db, period, REPORT_DAY) == before
    assert render_report(db, period, "ru", generated_on=REPORT_DAY) == first


def test_kyrgyz_report_prints_kyrgyz_letters(db, october, chief, officer):
    reference.settlements.create(
        db, chief, {"kind": "village", "name": {"ky": "Көк-Жар", "ru": "Кок-Жар", "en": "Kok-Jar"}}
    )
    meetings.create(
        db,
        officer,
        {
            "held_on": "2026-10-21",
            "kind": "school_meeting",
            "venue": "«ЖАҢЫ-ЖОЛ» ОРТО МЕКТЕБИ, ҮЙ-БҮЛӨ БӨЛМӨСҮ",
            "attendance": {"men": 3, "women": 4},
        },
    )
    text = "\n".join(pdf_pages(render_report(db, "2026-10", "ky", generated_on=REPORT_DAY)))
    for heading in (
        "Айлык отчёт",
        "Негизги көрсөткүчтөр",
        "Өткөрүлгөн жыйындар",
        "Жарандардын кайрылуулары",
        "Алдын алуу иш-чаралары",
        "Жергиликтүү кеңеш бекиткен алдын алуу планынын аткарылышы",
        "31.10.2026 карата мөөнөтү өткөн жана бүтүп жаткан иштер",
    ):
        assert heading in text, heading
    assert "«ЖАҢЫ-ЖОЛ» ОРТО МЕКТЕБИ, ҮЙ-БҮЛӨ БӨЛМӨСҮ" in flat(text)
    assert "Үй-бүлөлүк зомбулук" in text  # a category label from the database
    for letter in "ҢӨҮңөү":
        assert letter in text, letter
    assert "\ufffd" not in text


def test_russian_and_english_labels(db, october):
    assert "Ежемесячный отчёт: октябрь 2026 г." in pdf_pages(render_report(db, "2026-10", "ru"))[0]
    assert (
        "Quarterly report: Q3 2026 (July–September)"
        in pdf_pages(render_report(db, "2026-Q3", "en"))[0]
    )
    assert parse_period("2026").label("ky") == "2026-жыл"
    assert parse_period("2026-Q4").label("ky") == "2026-жылдын IV чейреги (октябрь — декабрь)"


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_empty_period_gives_a_valid_report_that_says_so(db, lang):
    data = render_report(db, "2025-03", lang, generated_on=REPORT_DAY)
    pages = pdf_pages(data)
    assert data.startswith(b"%PDF") and len(pages) >= 1
    assert t("no_records", lang) in pages[0]
    assert t("page_of", lang, page=1, pages=len(pages)) in pages[0]


@pytest.mark.parametrize(
    ("text", "msg_id", "en_part"),
    [
        ("2026-13", "report_bad_month", "No month 13"),
        ("2026-00", "report_bad_month", "No month 00"),
        ("2026-Q5", "report_bad_quarter", "No quarter 5"),
        ("2026-Q0", "report_bad_quarter", "No quarter 0"),
        ("abc", "report_bad_period", "Not a report period: 'abc'"),
        ("", "report_bad_period", "Not a report period: ''"),
        ("2026-10-01", "report_bad_period", "Use YYYY-MM"),
        ("1899", "report_bad_year", "out of range"),
        (None, "report_bad_period", "Not a report period"),
    ],
)
def test_malformed_periods_give_clear_errors(text, msg_id, en_part):
    with pytest.raises(PeriodError) as info:
        parse_period(text)
    err = info.value
    assert isinstance(err, ValueError)
    assert err.message.id == msg_id
    assert en_part in str(err)
    assert "Укажите" in err.text("ru") or "нет" in err.text("ru") or "вне" in err.text("ru")
    assert err.text("ky") != err.text("en")


def test_periods_parse():
    p = parse_period(" 2026-Q3 ")
    assert (p.kind, p.start, p.end, p.code) == (
        "quarter",
        dt.date(2026, 7, 1),
        dt.date(2026, 9, 30),
        "2026-Q3",
    )
    assert parse_period("2024-02").end == dt.date(2024, 2, 29)
    assert parse_period("2026").end == dt.date(2026, 12, 31)
    assert parse_period("2026-11").as_of(REPORT_DAY) == REPORT_DAY


def test_future_period_is_refused(db):
    with pytest.raises(PeriodError) as info:
        render_report(db, "2027-01", "en", generated_on=REPORT_DAY)
    assert "has not started" in str(info.value)


def test_markup_in_text_prints_literally(db, october):
    text = flat("\n".join(pdf_pages(render_report(db, "2026-10", "en"))))
    assert MARKUP in text  # meetings list
    assert "Көчө жарыгы <script>" in text  # overdue follow-ups


def test_long_unbroken_names_wrap_inside_the_page(db, chief, officer):
    long_name = "Ө" + ("ааааабббббвввввггггг" * 15)[:299]  # 300 letters, no space
    s = reference.settlements.create(
        db, chief, {"kind": "village", "name": {"ky": long_name, "ru": long_name, "en": long_name}}
    )
    db.execute("UPDATE station SET name = ?", [long_name])
    meetings.create(
        db,
        officer,
        {
            "held_on": "2026-10-03",
            "kind": "other",
            "venue": long_name,
            "settlement": s["uuid"],
            "attendance": {"men": 1},
        },
    )
    complaints.create(
        db,
        officer,
        {
            "received_on": "2026-09-01",
            "channel": "phone",
            "category": "other",
            "description": "x",
            "anonymous": True,
            "complainant": {"settlement": s["uuid"]},
        },
    )
    data = render_report(db, "2026-10", "ru", generated_on=REPORT_DAY)
    reader = PdfReader(io.BytesIO(data))
    register_fonts()
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == (595.3, 841.9)
        runs: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip():
                bold = "Bold" in str(font.get("/BaseFont", "")) if font else False
                width = stringWidth(text.strip("\n"), FONT_BOLD if bold else FONT, size)
                runs.append((cm[4] + tm[4], cm[4] + tm[4] + width, text))

        page.extract_text(visitor_text=visit)
        assert runs
        for left, right, text in runs:
            assert left >= 18 * 2.83 - 1 and right <= 595.28 - 18 * 2.83 + 1, text
    text = "".join(p.extract_text() for p in reader.pages)
    assert text.replace("\n", "").count(long_name) >= 3  # station, settlement, venue


def test_same_inputs_give_identical_bytes(demo_db):
    for lang in ("ky", "en"):
        first = render_report(
            demo_db,
            "2026-Q3",
            lang,
            generated_on=REPORT_DAY,
            annex=True,
            prepared_by="Нурлан Токтогулов",
        )
        second = render_report(
            demo_db,
            "2026-Q3",
            lang,
            generated_on=REPORT_DAY,
            annex=True,
            prepared_by="Нурлан Токтогулов",
        )
        assert first == second
    other_day = render_report(
        demo_db,
        "2026-Q3",
        "en",
        generated_on=dt.date(2026, 11, 21),
        annex=True,
        prepared_by="Нурлан Токтогулов",
    )
    assert other_day != second
    assert b"/CreationDate (D:20261121000000+00'00')" in other_day


def test_page_x_of_y_on_every_page(demo_db):
    pages = pdf_pages(render_report(demo_db, "2026-10", "ru", generated_on=REPORT_DAY))
    assert len(pages) >= 3
    for i, text in enumerate(pages, start=1):
        assert f"Страница {i} из {len(pages)}" in text


def test_year_annex_lists_every_complaint_without_personal_data(demo_db):
    data = render_report(demo_db, "2026", "en", generated_on=REPORT_DAY, annex=True)
    text = "\n".join(pdf_pages(data))
    numbers = [
        r[0]
        for r in demo_db.execute(
            "SELECT number FROM complaints WHERE deleted = 0 AND received_on LIKE '2026-%'"
        ).fetchall()
    ]
    annex = text[text.index("Annex: appeals received in the period") :]
    assert f"({len(numbers)})" in annex
    assert set(re.findall(r"NKT-2026-\d{4}", annex)) == set(numbers)
    names = [
        r[0]
        for r in demo_db.execute(
            "SELECT complainant_name FROM complaints WHERE complainant_name IS NOT NULL LIMIT 50"
        ).fetchall()
    ]
    assert names and not any(n in text for n in names)


def test_build_report_writes_the_file(db, october, tmp_path):
    out = build_report(db, "2026-10", "ky", tmp_path / "r.pdf", generated_on="2026-11-20")
    assert out == tmp_path / "r.pdf" and out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".report-*"))  # no temporary file left
    with pytest.raises(FileNotFoundError):
        build_report(db, "2026-10", "ky", tmp_path / "missing" / "r.pdf")


# -------------------------------------------------------------------------------- CLI


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "station_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "STATION_APP_LANG": "en"},
    )


def test_cli_report_end_to_end(station_dir, db, october, tmp_path):
    out = tmp_path / "oct.pdf"
    proc = cli(
        station_dir,
        "report",
        "--period",
        "2026-10",
        "--lang",
        "ru",
        "--out",
        str(out),
        "--prepared-by",
        "Нурлан Токтогулов",
        "--annex",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out)
    pages = pdf_pages(out.read_bytes())
    assert "Ежемесячный отчёт: октябрь 2026 г." in pages[0]
    assert "Нурлан Токтогулов" in "".join(pages)
    assert "Приложение: обращения, поступившие за период (7)" in "".join(pages)
    again = tmp_path / "again.pdf"
    assert (
        cli(
            station_dir,
            "report",
            "--period",
            "2026-10",
            "--lang",
            "ru",
            "--out",
            str(again),
            "--prepared-by",
            "Нурлан Токтогулов",
            "--annex",
        ).returncode
        == 0
    )
    assert again.read_bytes() == out.read_bytes()  # byte-identical across processes

    for bad, words in (
        ("2026-13", "No month 13"),
        ("2026-Q5", "No quarter 5"),
        ("abc", "abc"),
        ("", "Not a report period"),
    ):
        proc = cli(station_dir, "report", "--period", bad, "--out", str(tmp_path / "x.pdf"))
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
        assert words in proc.stderr
    assert not (tmp_path / "x.pdf").exists()
    proc = cli(station_dir, "report", "--period", "2026", "--out", str(tmp_path / "no" / "x.pdf"))
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1
