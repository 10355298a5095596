"""The district's consolidated report (#5 item 7): stations side by side.

A district office imports real packages from three stations (exported at each station,
verified and imported at the district) and knows a fourth that never sent one. Every
figure printed for a station is checked against the same figure computed independently
(plain Python over the rows, :func:`test_reports.independent`) on *that station's own
database*; the district total against the same computation over every row the district
holds. Then: the queries limited to a station equal the station's own report figures,
languages, the sync lines, wide districts (landscape, tables cut into parts), an empty
period, a district with no station, and the command line.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from test_reports import cut, flat, has, independent, pdf_pages

from station_app import clock
from station_app.reports import district, parse_period, queries, render_report
from station_app.reports.district import build_district_report, render_district_report
from station_app.reports.layout import FONT, FONT_BOLD, register_fonts
from station_app.reports.strings import fmt_date, fmt_decimal, t
from station_app.services import demo, reference, station, users
from station_app.services.auth import Actor
from station_app.store import open_db
from station_app.sync import keys, state
from station_app.sync.errors import SyncError
from station_app.sync.export import export_package
from station_app.sync.importer import import_packages

from sync_support import fill_station, make_district

TODAY = "2026-11-20"  # conftest.TODAY
REPORT_DAY = dt.date(2026, 11, 20)
PASSWORD = "station-password"
UCK_NAME = "Үч-Коргон айылдык милиция участогу (Өзгөн району, Жаңы-Жол)"
# When each station made its package (the export's clock), for the sync lines.
MADE = {
    "NKT": "2026-11-03T04:00:00.00Z",
    "TTM": "2026-11-18T09:30:00.00Z",
    "UCK": "2026-10-30T12:00:00.00Z",
}
IMPORTED = "2026-11-19T06:00:00.00Z"  # when the district imported them
NO_PACKAGE = "ARK"  # registered by hand, never sent a package
CODES = ["ARK", "NKT", "TTM", "UCK"]


def _station(folder: Path, code: str, name: str, prof: dict[str, Any]) -> sqlite_utils.Database:
    station.init_station(
        folder,
        code=code,
        name=name,
        municipality=prof["municipality"],
        district=prof["district"],
        province=prof["province"],
        admin_user="chief",
        admin_full_name=prof["chief_name"],
        admin_password=PASSWORD,
        settlements=prof["settlements"],
    )
    return open_db(folder)


def _actor(db: sqlite_utils.Database, username: str) -> Actor:
    return users.authenticate(db, username, PASSWORD)


def _public_key() -> str:
    return keys.public_hex(Ed25519PrivateKey.generate())


class District:
    """A district office with stations NKT, TTM, UCK imported and ARK registered."""

    def __init__(self, root: Path):
        self.root = root
        self.stations: dict[str, sqlite_utils.Database] = {}
        self.dirs: dict[str, Path] = {}
        stick = root / "stick"
        stick.mkdir()
        packages = []
        for code, make in (("NKT", self._nkt), ("TTM", self._ttm), ("UCK", self._uck)):
            folder = root / code
            db = make(folder)
            self.stations[code], self.dirs[code] = db, folder
            officer = db.execute("SELECT username FROM users WHERE role = 'chief'").fetchone()[0]
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(clock, "now_iso", lambda code=code: MADE[code])
                result = export_package(db, _actor(db, officer), folder, stick)
            packages.append(result.path)
        self.dir = root / "district"
        self.db, self.analyst = make_district(self.dir)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(clock, "now_iso", lambda: IMPORTED)
            results = import_packages(self.db, self.analyst, packages)
        assert [r.status for r in results] == ["imported"] * 3, [
            r.error and r.error.text("en") for r in results
        ]
        state.register_station(
            self.db,
            self.analyst,
            NO_PACKAGE,
            _public_key(),
            details={"name": "Арка айылдык участогу", "province": "Баткен облусу"},
        )
        assert state.approve_month(self.db, self.analyst, "NKT", "2026-10")

    def _nkt(self, folder: Path) -> sqlite_utils.Database:
        prof = dict(demo.DEMO_STATIONS["NKT"])
        db = _station(folder, "NKT", prof["name"], prof)
        chief = _actor(db, "chief")
        users.create_user(db, chief, "officer", "Нурлан Токтогулов", "officer", PASSWORD)
        officer = _actor(db, "officer")
        place = db.execute("SELECT uuid FROM settlements ORDER BY id LIMIT 1").fetchone()[0]
        fill_station(db, officer, chief, place)  # closes 2026-10
        return db

    def _ttm(self, folder: Path) -> sqlite_utils.Database:
        prof = demo.DEMO_STATIONS["TTM"]
        db = _station(folder, "TTM", prof["name"], prof)
        demo.generate(db, _actor(db, "chief"), records=320, seed=2, today=REPORT_DAY)
        return db

    def _uck(self, folder: Path) -> sqlite_utils.Database:
        prof = dict(demo.DEMO_STATIONS["TTM"])
        prof |= {"municipality": "Жаңы-Жол айыл аймагы", "district": "Өзгөн району"}
        db = _station(folder, "UCK", UCK_NAME, prof)
        demo.generate(db, _actor(db, "chief"), records=180, seed=7, today=REPORT_DAY)
        return db

    def close(self) -> None:
        for db in self.stations.values():
            db.close()
        self.db.close()


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[District]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STATION_APP_TODAY", TODAY)  # module fixtures run before conftest's pin
        d = District(tmp_path_factory.mktemp("district-report"))
    yield d
    d.close()


# --------------------------------------------------------------------------- expected


def labels(db: sqlite_utils.Database, list_name: str, lang: str = "en") -> dict[str, str]:
    """code -> label of the active codes of a reference list, in display order."""
    return {
        r["code"]: r[f"label_{lang}"] for r in reference.ref_items(db, list_name) if r["active"]
    }


def expected(d: District, period_code: str) -> dict[str | None, dict[str, Any]]:
    """code -> the figures of each station, computed independently on the station's own
    database; None -> the same computation over every row the district holds."""
    period = parse_period(period_code)
    start, end = period.start.isoformat(), period.as_of(REPORT_DAY).isoformat()
    out: dict[str | None, dict[str, Any]] = {}
    for code in CODES:
        db = d.stations.get(code)
        out[code] = independent(db or d.db, start, end) | _plan(db, start, end)
        if db is None:  # no package: nothing of it at the district
            out[code] = _zeros(out[code])
    out[None] = independent(d.db, start, end) | _plan(d.db, start, end)
    return out


def _plan(db: sqlite_utils.Database | None, start: str, end: str) -> dict[str, int]:
    """Plan items of live plans covering the period's years, and those of them done."""
    if db is None:
        return {"plan_items": 0, "plan_items_done": 0}
    y0, y1 = int(start[:4]), int(end[:4])
    statuses = [
        r[0]
        for r in db.execute(
            "SELECT i.status FROM plan_items i JOIN plans p ON p.uuid = i.plan_uuid"
            " WHERE i.deleted = 0 AND p.deleted = 0 AND p.period_from <= ? AND p.period_to >= ?",
            [y1, y0],
        )
    ]
    return {"plan_items": len(statuses), "plan_items_done": statuses.count("done")}


def _zeros(value: Any) -> Any:
    """The same figures with nothing counted (a station whose records never arrived)."""
    if isinstance(value, dict):
        return {k: _zeros(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_zeros(v) for v in value)
    if isinstance(value, list):
        return []
    if isinstance(value, float) or value is None:
        return None
    return 0


def table_rows(
    db: sqlite_utils.Database, want: dict[str | None, dict[str, Any]], day: str
) -> dict[str, list[tuple[str, Any]]]:
    """Section heading -> (row label, figure getter) as the English report prints them."""
    zero4 = dict.fromkeys(("count", "men", "women", "youth"), 0)

    def kinds(figure: str, list_name: str) -> list[tuple[str, Any]]:
        codes = labels(db, list_name)
        for f in want.values():
            codes |= {c: c for c in f[figure] if c not in codes}
        return [
            (label, lambda f, c=code: f[figure].get(c, zero4)["count"])
            for code, label in codes.items()
        ]

    cats = labels(db, "complaint_category")
    for f in want.values():
        cats |= {c: c for c in f["complaints_by_category"] if c not in cats}
    return {
        "Community meetings": [
            ("Meetings held", lambda f: f["meetings_held"]),
            *kinds("meetings_by_kind", "meeting_kind"),
            ("Residents attending meetings", lambda f: f["meeting_attendance"]["total"]),
            ("Men", lambda f: f["meeting_attendance"]["men"]),
            ("Women", lambda f: f["meeting_attendance"]["women"]),
            ("of whom youth (under 30)", lambda f: f["meeting_attendance"]["youth"]),
            (f"Follow-up actions open on {day}", lambda f: f["open_followups"]),
            ("of which overdue", lambda f: f["followups_overdue"]),
        ],
        "Residents' appeals": [
            ("Appeals received", lambda f: f["complaints_received"]),
            *[
                (label, lambda f, c=code: f["complaints_by_category"].get(c, 0))
                for code, label in cats.items()
            ],
            (
                "Answered in the period (resolved or dismissed)",
                lambda f: f["complaints_answered"],
            ),
            ("Resolved in the period", lambda f: f["complaints_resolved"]),
            ("Dismissed in the period", lambda f: f["complaints_dismissed"]),
            ("of which answered after the deadline", lambda f: f["complaints_answered_late"]),
            (
                "Average days to answer",
                lambda f: fmt_decimal(f["average_days_to_answer"], "en"),
            ),
            (f"Open on {day} (whenever received)", lambda f: f["complaints_in_progress"]),
            (f"Overdue on {day}", lambda f: f["complaints_overdue"]),
        ],
        "Temporary protection orders (family violence)": [
            ("Issued in the period", lambda f: f["protection_orders"]["issued"]),
            (f"In force on {day}", lambda f: f["protection_orders"]["active"]),
            ("Extensions in the period", lambda f: f["protection_orders"]["extended"]),
        ],
        "Prevention activities": [
            ("Activities held", lambda f: f["activities_held"]),
            *kinds("activities_by_kind", "activity_kind"),
            ("Participants in activities", lambda f: f["activity_participants"]["total"]),
            ("Men", lambda f: f["activity_participants"]["men"]),
            ("Women", lambda f: f["activity_participants"]["women"]),
            ("of whom youth (under 30)", lambda f: f["activity_participants"]["youth"]),
        ],
        "Crime prevention plan approved by the local council: progress": [
            ("Items of plans covering the period", lambda f: f["plan_items"]),
            ("of which done (current status)", lambda f: f["plan_items_done"]),
            (f"Plan items overdue on {day}", lambda f: f["overdue_plan_items"]),
            (
                "Activities for plan items in the period",
                lambda f: sum(v[0] for v in f["plan_progress"].values()),
            ),
            (
                "Activities for plan items to date",
                lambda f: sum(v[1] for v in f["plan_progress"].values()),
            ),
        ],
    }


SECTIONS = [
    "Stations and the data received",
    "Community meetings",
    "Residents' appeals",
    "Temporary protection orders (family violence)",
    "Prevention activities",
    "Crime prevention plan approved by the local council: progress",
    "Signatures",
]


def check_report(d: District, period_code: str, *, per_table: int | None = None) -> str:
    """Render the English report and find every row with every station's figure and the
    total, in each part of the tables; returns the flat text."""
    period = parse_period(period_code)
    day = period.as_of(REPORT_DAY).isoformat()
    want = expected(d, period_code)
    data = render_district_report(d.db, period, "en", generated_on=REPORT_DAY, per_table=per_table)
    text = flat("\n".join(pdf_pages(data)))
    sec = cut(text, SECTIONS)
    parts = district.table_parts(CODES, per_table or len(CODES))
    checked = 0
    for heading, rows in table_rows(d.db, want, day).items():
        body = sec[heading]
        if len(parts) > 1:
            starts = [f"Stations {1 + sum(map(len, parts[:i]))}–" for i in range(len(parts))]
            pieces = [body[body.index(s) :] for s in starts]
            pieces = [
                p[: p.index(starts[i + 1])] if i + 1 < len(pieces) else p
                for i, p in enumerate(pieces)
            ]
        else:
            pieces = [body]
        for n, (part, piece) in enumerate(zip(parts, pieces, strict=True)):
            keys: list[str | None] = [*part, None] if n == len(parts) - 1 else list(part)
            for label, value in rows:
                values = [value(want[k]) for k in keys]
                assert has(piece, label, *values), (period_code, heading, label, keys, values)
                checked += 1
    assert checked > 50
    return text


# ------------------------------------------------------------------------------ tests


@pytest.mark.parametrize("period_code", ["2026-10", "2026-11", "2026-Q3", "2026"])
def test_every_figure_of_every_station_and_the_total(dist, period_code):
    check_report(dist, period_code)


def test_tables_cut_into_parts_of_stations(dist):
    text = check_report(dist, "2026-10", per_table=3)  # parts of 2: ARK NKT | TTM UCK
    assert "Stations 1–2 of 4" in text and "Stations 3–4 of 4" in text
    assert text.count("District total") == 5  # once per section, in its last part


def test_queries_of_one_station_equal_its_own_report(dist):
    """A district's figures for a station are that station's own report figures."""
    for code in ("NKT", "TTM", "UCK"):
        for period_code in ("2026-10", "2026-Q4"):
            period = parse_period(period_code)
            asof = period.as_of(REPORT_DAY)
            own = queries.collect(dist.stations[code], period, asof)
            at_district = queries.collect(dist.db, period, asof, station=code)
            assert at_district == own, (code, period_code)
    # the total is every station's records together
    period = parse_period("2026-10")
    total = queries.complaints_received(dist.db, period, period.end)
    assert total == sum(
        queries.complaints_received(dist.db, period, period.end, station=c) for c in CODES
    )
    assert total > 0


def test_sync_lines(dist):
    text = flat(
        "\n".join(
            pdf_pages(render_district_report(dist.db, "2026-10", "en", generated_on=REPORT_DAY))
        )
    )
    lines = cut(text, SECTIONS)["Stations and the data received"]
    # one line per station, in code order, with its package, dates and state
    assert [lines.index(c) for c in CODES] == sorted(lines.index(c) for c in CODES)
    ark = lines[lines.index("ARK") : lines.index("NKT")]
    assert "Арка айылдык участогу" in ark and "no package received" in ark
    assert "ARK Арка айылдык участогу — — — 0 no no package received" in ark
    nkt = lines[lines.index("NKT") : lines.index("TTM")]
    assert "No. 1 2026-11-03 2026-11-19" in nkt and "closed 2026-11-20" in nkt
    assert "approved by the district" in nkt and "up to the end of the period" in nkt
    ttm = lines[lines.index("TTM") : lines.index("UCK")]
    assert "2026-11-18" in ttm and "up to the end of the period" in ttm
    uck = lines[lines.index("UCK") :]
    # UCK made its package on 30 October: its last October days may be missing
    assert "2026-10-30" in flat(uck) and "may be incomplete" in uck
    # a running month: every package was made before its as-of date
    text = flat(
        "\n".join(
            pdf_pages(render_district_report(dist.db, "2026-11", "en", generated_on=REPORT_DAY))
        )
    )
    lines = cut(text, SECTIONS)["Stations and the data received"]
    assert lines.count("may be incomplete") == 3 and "no package received" in lines
    status = district.sync_status(dist.db, parse_period("2026-Q4"), REPORT_DAY, CODES)
    assert [status[c]["data"] for c in CODES] == ["none", "early", "early", "early"]


def test_kyrgyz_and_russian_letters_extract_exactly(dist):
    ky = "\n".join(
        pdf_pages(
            render_district_report(
                dist.db, "2026-10", "ky", generated_on=REPORT_DAY, prepared_by="Гүлнара Осмонова"
            )
        )
    )
    flat_ky = flat(ky)
    assert "Райондун жыйынтык айлык отчёту: 2026-жылдын октябрь айы" in flat_ky
    for words in (
        UCK_NAME,
        "Таш-Түмшук муниципалдык милиция участогу",
        "Ош облустук ИИБ",
        "Гүлнара Осмонова",
        "Участоктор жана алынган маалыматтар",
        "Район боюнча бардыгы",
        "Бекиткен (райондук бөлүмдүн башчысы)",
        t("data_none", "ky"),
        labels(dist.db, "complaint_category", "ky")["family_violence"],
    ):
        assert flat(words) in flat_ky, words
    assert {"Ө", "Ү", "ң", "ө", "ү"} <= set(ky)
    ru = flat(
        "\n".join(
            pdf_pages(render_district_report(dist.db, "2026-Q3", "ru", generated_on=REPORT_DAY))
        )
    )
    assert "Сводный квартальный отчёт района: III квартал 2026 г." in ru
    assert "Итого по району" in ru and "Страница 1 из" in ru
    assert f"Не завершено на {fmt_date('2026-09-30', 'ru')} (всего)" in ru


def test_page_x_of_y_and_portrait_a4(dist):
    data = render_district_report(dist.db, "2026", "en", generated_on=REPORT_DAY)
    reader = PdfReader(io.BytesIO(data))
    pages = [p.extract_text() for p in reader.pages]
    for i, text in enumerate(pages, start=1):
        assert f"Page {i} of {len(pages)}" in text
    assert all(
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) == (595, 842)
        for p in reader.pages
    )
    fonts = {
        str(f.get_object()["/BaseFont"])
        for p in reader.pages
        for f in p["/Resources"].get_object()["/Font"].get_object().values()
    }
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def test_same_inputs_give_identical_bytes(dist):
    first = render_district_report(dist.db, "2026-10", "ky", generated_on=REPORT_DAY)
    again = render_district_report(dist.db, "2026-10", "ky", generated_on=REPORT_DAY)
    assert first == again


def _wide(d: District, count: int) -> sqlite_utils.Database:
    """A copy of the district with more stations registered (no packages): ``count``."""
    folder = d.root / f"wide-{count}"
    d.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(d.dir, folder)
    db = open_db(folder)
    letters = "BCDEFGHIJKLMNOPQRSTVWXY"
    for i in range(count - len(CODES)):
        state.register_station(db, d.analyst, f"Z{letters[i]}", _public_key())
    return db


@pytest.mark.parametrize("count, parts", [(8, 1), (20, 2)])
def test_many_stations_turn_landscape_and_stay_on_the_page(dist, count, parts):
    db = _wide(dist, count)
    try:
        codes = district.station_codes(db)
        assert len(codes) == count
        data = render_district_report(db, "2026-10", "en", generated_on=REPORT_DAY)
    finally:
        db.close()
    reader = PdfReader(io.BytesIO(data))
    width, height = (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height))
    assert (round(width), round(height)) == (842, 595)
    text = flat("\n".join(p.extract_text() for p in reader.pages))
    if parts == 1:
        assert "Stations 1–" not in text
    else:
        assert "Stations 1–10 of 20" in text and "Stations 11–20 of 20" in text
    assert all(code in text for code in codes)
    register_fonts()
    margin = 18 * 72 / 25.4
    for page in reader.pages:
        runs: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip():
                bold = "Bold" in str(font.get("/BaseFont", "")) if font else False
                w = stringWidth(text.strip("\n"), FONT_BOLD if bold else FONT, size)
                runs.append((cm[4] + tm[4], cm[4] + tm[4] + w, text))

        page.extract_text(visitor_text=visit)
        assert runs
        for left, right, text_run in runs:
            assert left >= margin - 1 and right <= width - margin + 1, text_run


def test_empty_period_gives_a_valid_report_that_says_so(dist):
    data = render_district_report(dist.db, "2024-06", "en", generated_on=REPORT_DAY)
    text = flat("\n".join(pdf_pages(data)))
    assert "No records in this period." in text
    assert "District consolidated monthly report: June 2024" in text
    sec = cut(text, SECTIONS)
    assert has(sec["Community meetings"], "Meetings held", 0, 0, 0, 0, 0)
    assert has(sec["Residents' appeals"], "Average days to answer", *["—"] * 5)


def test_a_district_with_no_station_says_so(tmp_path):
    db, _analyst = make_district(tmp_path / "empty-district")
    try:
        data = render_district_report(db, "2026-10", "ru", generated_on=REPORT_DAY)
    finally:
        db.close()
    text = flat("\n".join(pdf_pages(data)))
    assert "Ни один участок ещё не прислал пакет" in text
    assert "Подписи" in text and "Страница 1 из 1" in text


def test_a_station_database_refuses_the_district_report(db):
    with pytest.raises(SyncError):
        render_district_report(db, "2026-10", "en", generated_on=REPORT_DAY)
    # and the station's own report is unchanged by the district's
    assert render_report(db, "2026-10", "en", generated_on=REPORT_DAY).startswith(b"%PDF")


def test_build_writes_the_file(dist, tmp_path):
    out = build_district_report(dist.db, "2026-10", "en", tmp_path / "d.pdf", generated_on=TODAY)
    assert out.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".report-*"))


# -------------------------------------------------------------------------------- CLI


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "station_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={
            **os.environ,
            "PYTHONIOENCODING": "utf-8",
            "STATION_APP_LANG": "en",
            "STATION_APP_TODAY": TODAY,
        },
    )


def test_cli_report_in_district_mode_is_the_consolidated_report(dist, tmp_path):
    dist.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    out = tmp_path / "district.pdf"
    proc = cli(
        dist.dir,
        "report",
        "--period",
        "2026-10",
        "--lang",
        "ru",
        "--out",
        str(out),
        "--prepared-by",
        "Гүлнара Осмонова",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out)
    text = flat("\n".join(pdf_pages(out.read_bytes())))
    assert "Сводный ежемесячный отчёт района: октябрь 2026 г." in text
    assert "Гүлнара Осмонова" in text and all(code in text for code in CODES)
    assert out.read_bytes() == render_district_report(
        dist.db, "2026-10", "ru", generated_on=REPORT_DAY, prepared_by="Гүлнара Осмонова"
    )
    proc = cli(dist.dir, "report", "--period", "2026-10", "--annex", "--out", str(out))
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1
    assert "--annex" in proc.stderr
    proc = cli(dist.dir, "report", "--period", "2026-13", "--out", str(tmp_path / "x.pdf"))
    assert proc.returncode == 1 and "No month 13" in proc.stderr


# ----------------------------------------------------------------------------- window


def test_reports_page_makes_the_district_report(dist, qtbot, no_dialogs, monkeypatch, tmp_path):
    from station_app.gui import dialogs
    from station_app.gui.app import make_app
    from station_app.gui.pages.reports_page import ReportsPage
    from station_app.gui.session import Session

    make_app()
    page = ReportsPage(Session(dist.dir, dist.db, dist.analyst, "en"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert not page.closure_box.isVisible()  # stations close their months, not the district
    assert page.findChild(type(page.message), "districtNote").isVisible()
    page.set_period("2026-10")
    page.make_report()
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=30_000)
    assert page.page_count() >= 2 and not page.signed
    out = tmp_path / "district.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    assert page.save_report() == out
    text = flat("\n".join(pdf_pages(out.read_bytes())))
    assert "District consolidated monthly report: October 2026" in text
    assert all(code in text for code in CODES)
    assert "Гүлнара Осмонова" in text  # the analyst prepared it
