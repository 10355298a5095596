"""Shared pieces of the sync tests: a station with every kind of record, a district office,
a fingerprint of a whole database, and re-signed (hostile) copies of a package."""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from pathlib import Path
from typing import Any

import sqlite_utils

from station_app.services import (
    activities,
    complaints,
    meetings,
    months,
    plans,
    reference,
    station,
    users,
)
from station_app.services.auth import Actor
from station_app.store import open_db
from station_app.sync import keys
from station_app.sync.package import MANIFEST, PACKAGE_JSON, SIGNATURE, manifest_bytes
from station_app.sync.package import signed_statement as statement

PASSWORD = "district-password"
NAME = "Айгүл Садыкова"
CONTACT = "0555 12 34 56"
DESCRIPTION = "Кошунасы Айгүл Садыкованын арыгын бууп салды"
NOTE = "Айгүл Садыкова менен телефон аркылуу сүйлөштүк"
OUTCOME = "Садыкова менен кошунасы элдешти"
REPORT_PDF = b"%PDF-1.4\n% October report of NKT (a stand-in for the real PDF)\n%%EOF\n"
FORMULAS = {
    "venue": '=HYPERLINK("http://evil.example","click")',
    "chaired_by": "@SUM(1+1)*cmd|' /C calc'!A0",
    "issues_raised": "+996 555 000 000",
    "decisions": "-2+3",
    "notes": "'quoted already",
}


def fill_station(db: sqlite_utils.Database, officer: Actor, chief: Actor, settlement: str) -> dict:
    """One of everything a station records, with personal data and formula-like texts."""
    partner = reference.partners.create(
        db,
        chief,
        {"kind": "lcpc", "name": {"ky": "КААБ Ноокат", "ru": "ОПЦ Ноокат", "en": "LCPC Nookat"}},
    )
    plan = plans.create(
        db,
        chief,
        {
            "title": "Ноокат: кылмыштуулуктун алдын алуу планы 2026–2027",
            "period_from": 2026,
            "period_to": 2027,
            "approved_on": "2026-01-15",
            "residents_count": 40,
            "items": [
                {
                    "objective": "Жол кырсыктарын азайтуу",
                    "activity": "Мектептерде сабак",
                    "theme": "road_safety",
                    "responsible_partner": partner["uuid"],
                    "target": 10,
                    "budget": 25000,
                }
            ],
        },
    )
    october_meeting = meetings.create(
        db,
        officer,
        {
            "held_on": "2026-10-05",
            "held_at": "15:00",
            "kind": "public_gathering",
            "settlement": settlement,
            "attendance": {"men": 31, "women": 27, "youth": 12},
            "topics": ["road_safety", "early_marriage"],
            "partners": [partner["uuid"]],
            "followups": [
                {
                    "action": "Көчө жарыгын орнотуу",
                    "partner": partner["uuid"],
                    "due_on": "2026-12-01",
                }
            ],
            **FORMULAS,
        },
    )
    meeting = meetings.create(
        db,
        officer,
        {
            "held_on": "2026-11-03",
            "kind": "lcpc_meeting",
            "venue": "Мэриянын залы",
            "attendance": {"men": 5, "women": 9, "youth": 3},
            "topics": ["youth"],
        },
    )
    activity = activities.create(
        db,
        officer,
        {
            "held_on": "2026-11-04",
            "kind": "school_session",
            "title": "Жол эрежелери",
            "settlement": settlement,
            "participants": {"men": 20, "women": 25, "youth": 45},
            "themes": ["road_safety"],
            "partners": [partner["uuid"]],
            "plan_item": plan["items"][0]["uuid"],
        },
    )
    person = {
        "name": NAME,
        "sex": "female",
        "age_group": "18_29",
        "settlement": settlement,
        "contact": CONTACT,
    }
    first = complaints.create(
        db,
        officer,
        {
            "received_on": "2026-11-02",
            "channel": "phone",
            "category": "dispute",
            "description": DESCRIPTION,
            "complainant": person,
        },
    )
    complaints.add_note(db, officer, first["uuid"], NOTE, on="2026-11-05")
    complaints.change_status(
        db, officer, first["uuid"], "resolved", outcome=OUTCOME, on="2026-11-06"
    )
    second = complaints.create(
        db,
        officer,
        {
            "received_on": "2026-11-09",
            "channel": "meeting",
            "meeting_uuid": meeting["uuid"],
            "category": "family_violence",
            "description": f"{NAME}: үй-бүлөлүк зомбулук",
            "complainant": person,
        },
    )
    complaints.add_protection_order(
        db, officer, second["uuid"], "2026-11-10", "2026-12-10", note=f"{NAME} үчүн"
    )
    anonymous = complaints.create(
        db,
        officer,
        {
            "received_on": "2026-11-10",
            "channel": "letter",
            "category": "drugs_alcohol",
            "description": "Мектептин жанында",
            "anonymous": True,
        },
    )
    months.close_month(
        db, chief, "2026-10", signed_by="Бакыт Асанов", report_pdf=REPORT_PDF, report_lang="ky"
    )
    return {
        "partner": partner["uuid"],
        "plan": plan["uuid"],
        "meeting_october": october_meeting["uuid"],
        "meeting": meeting["uuid"],
        "activity": activity["uuid"],
        "complaint": first["uuid"],
        "family_violence": second["uuid"],
        "anonymous": anonymous["uuid"],
    }


def make_district(folder: Path) -> tuple[sqlite_utils.Database, Actor]:
    """District office OSH with an analyst; returns its open database and the analyst."""
    station.init_station(
        folder,
        code="OSH",
        name="Ош облустук ИИБ",
        province="Ош облусу",
        admin_user="boss",
        admin_password=PASSWORD,
        district_mode=True,
    )
    db = open_db(folder)
    boss = users.authenticate(db, "boss", PASSWORD)
    users.create_user(db, boss, "analyst", "Гүлнара Осмонова", "analyst", PASSWORD)
    return db, users.authenticate(db, "analyst", PASSWORD)


def fingerprint(db: sqlite_utils.Database, skip: tuple[str, ...] = ()) -> str:
    """A hash of every row of every table (but ``skip``): equal means nothing changed."""
    digest = hashlib.sha256()
    tables = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        if r[0] not in skip
    ]
    for table in tables:
        rows = db.execute(f"SELECT * FROM {table}").fetchall()
        digest.update(table.encode())
        for row in sorted(repr(r) for r in rows):
            digest.update(row.encode())
    return digest.hexdigest()


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def write_zip(dst: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """A zip with exactly these entries (duplicates and odd names allowed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return dst


def repack(
    src: Path,
    dst: Path,
    change: dict[str, bytes | None] | None = None,
    *,
    key_dir: Path | None = None,
    info: dict[str, Any] | None = None,
) -> Path:
    """A copy of package ``src`` with members replaced (None removes one). With
    ``key_dir``, the manifest and signature are made again with that data folder's key,
    so the copy passes every check that a correct signature satisfies."""
    files = members(src)
    files.pop(MANIFEST)
    signature = files.pop(SIGNATURE)
    if info is not None:
        current = json.loads(files[PACKAGE_JSON])
        current.update(info)
        files[PACKAGE_JSON] = json.dumps(current, ensure_ascii=False, indent=2).encode()
    for name, data in (change or {}).items():
        if data is None:
            files.pop(name, None)
        else:
            files[name] = data
    manifest = manifest_bytes(files)
    if key_dir is not None:
        key = keys.load_private_key(key_dir, None)
        signature = (keys.sign(key, statement(manifest, files[PACKAGE_JSON])) + "\n").encode()
    return write_zip(dst, [*files.items(), (MANIFEST, manifest), (SIGNATURE, signature)])


def csv_replace(data: bytes, old: str, new: str) -> bytes:
    text = data.decode("utf-8")
    assert old in text, old
    return text.replace(old, new, 1).encode("utf-8")


def read_csv(data: bytes) -> list[dict[str, str]]:
    import csv

    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
