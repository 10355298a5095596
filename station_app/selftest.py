"""``station-app --self-test``: prove an install works, end to end, without touching user data.

Everything happens in a new temporary folder (never the user's data folder): a station is
created, one record of each kind is saved through the services, the monthly report PDF is
rendered and its text read back, a USB package is exported and verified, a backup is made
and restored, and (when Qt can be imported) the main window is built offscreen with every
page, every editor form, the fonts and the translations. Each step prints ``OK`` or
``FAIL``; the exit status is 0 only when every step passed.
"""

from __future__ import annotations

import faulthandler
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from station_app import __version__, clock, paths

PASSWORD = "self-test-password"
CODE = "TST"
STATION_NAME = "Өзүн-өзү текшерүү участогу"
WORD = "жайлоо"  # a word of the complaint text the search must find
EDITED = {
    "complaints": "complaint",
    "meetings": "meeting",
    "activities": "activity",
    "plans": "plan",
}
WATCHDOG_S = 600  # a hung step ends the run (with every stack dumped) instead of hanging


class StepFailed(Exception):
    """A check inside a step did not hold."""


def expect(condition: Any, message: str) -> None:
    """Fail the current step with ``message`` unless ``condition`` holds."""
    if not condition:
        raise StepFailed(message)


@dataclass
class Context:
    """What the steps share: the temp folder, the open database, the user, the records."""

    root: Path
    data_dir: Path
    db: Any = None
    actor: Any = None
    uuids: dict[str, str] = field(default_factory=dict)
    settlement: str = ""

    def open(self) -> None:
        from station_app.store import open_db

        self.db = open_db(self.data_dir)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


# --------------------------------------------------------------------------- steps


def step_database(ctx: Context) -> str:
    """A new station in the temp folder, logged in with production password hashing."""
    from station_app.services import station, users

    station.init_station(
        ctx.data_dir,
        code=CODE,
        name=STATION_NAME,
        municipality="Ноокат",
        district="Ноокат району",
        province="Ош облусу",
        admin_user="chief",
        admin_full_name="Бакыт Асанов",
        admin_password=PASSWORD,
        settlements=[
            {"kind": "village", "name": {"ky": "Ак-Сай", "ru": "Ак-Сай", "en": "Ak-Say"}},
        ],
    )
    ctx.open()
    ctx.actor = users.authenticate(ctx.db, "chief", PASSWORD)
    ctx.settlement = ctx.db.execute("SELECT uuid FROM settlements").fetchone()[0]
    return str(paths.db_path(ctx.data_dir))


def step_complaint(ctx: Context) -> str:
    from station_app.services import complaints

    record = complaints.create(
        ctx.db,
        ctx.actor,
        {
            "received_on": clock.today().isoformat(),
            "channel": "in_person",
            "category": "dispute",
            "description": f"Коңшулар {WORD} үчүн талашып жатышат",
            "complainant": {
                "name": "Айгүл Садыкова",
                "sex": "female",
                "age_group": "30_59",
                "settlement": ctx.settlement,
            },
        },
    )
    ctx.uuids["complaint"] = record["uuid"]
    stored = complaints.get(ctx.db, record["uuid"])
    expect(stored["number"] == record["number"], "the stored complaint differs")
    return f"number {record['number']}"


def step_meeting(ctx: Context) -> str:
    from station_app.services import meetings

    record = meetings.create(
        ctx.db,
        ctx.actor,
        {
            "held_on": clock.today().isoformat(),
            "kind": "public_gathering",
            "venue": "Мектеп",
            "settlement": ctx.settlement,
            "attendance": {"men": 12, "women": 15, "youth": 4},
            "topics": ["road_safety"],
        },
    )
    ctx.uuids["meeting"] = record["uuid"]
    return record["uuid"][:8]


def step_plan(ctx: Context) -> str:
    from station_app.services import plans

    year = clock.today().year
    record = plans.create(
        ctx.db,
        ctx.actor,
        {
            "title": f"Алдын алуу планы {year}",
            "period_from": year,
            "period_to": year,
            "items": [
                {
                    "objective": "Жол кырсыктарын азайтуу",
                    "activity": "Мектептерде сабак",
                    "theme": "road_safety",
                    "target": 4,
                }
            ],
        },
    )
    expect(len(record["items"]) == 1, "the plan item was not saved")
    ctx.uuids["plan"] = record["uuid"]
    ctx.uuids["plan_item"] = record["items"][0]["uuid"]
    return "1 item"


def step_activity(ctx: Context) -> str:
    from station_app.services import activities

    record = activities.create(
        ctx.db,
        ctx.actor,
        {
            "held_on": clock.today().isoformat(),
            "kind": "school_session",
            "title": "Жол эрежелери",
            "settlement": ctx.settlement,
            "participants": {"men": 10, "women": 12, "youth": 20},
            "themes": ["road_safety"],
            "plan_item": ctx.uuids["plan_item"],
        },
    )
    ctx.uuids["activity"] = record["uuid"]
    return "linked to the plan item"


def step_search(ctx: Context) -> str:
    from station_app.services import complaints
    from station_app.services.records import ListQuery

    rows = complaints.list_(ctx.db, ListQuery(search=WORD.upper(), limit=10))
    expect([r["uuid"] for r in rows] == [ctx.uuids["complaint"]], "full-text search failed")
    return f"{WORD.upper()!r} found"


def step_report(ctx: Context) -> str:
    """The monthly report PDF, its text read back with pdfium (the preview's library)."""
    import pypdfium2 as pdfium

    from station_app.reports import render_report

    month = clock.today().strftime("%Y-%m")
    data = render_report(ctx.db, month, "ru")
    expect(data.startswith(b"%PDF-"), "not a PDF")
    doc = pdfium.PdfDocument(data)
    try:
        pages = len(doc)
        text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(pages))
    finally:
        doc.close()
    for needle in (STATION_NAME, CODE, month):
        expect(needle in text, f"the report text lacks {needle!r}")
    return f"{month}, {pages} page(s), {len(data) // 1024} KB"


def step_export(ctx: Context) -> str:
    """A full signed package, read back and checked as the district office would."""
    from station_app.sync.export import export_package
    from station_app.sync.verify import read_package

    out = ctx.root / "usb"
    out.mkdir()
    result = export_package(ctx.db, ctx.actor, ctx.data_dir, out, full=True)
    pkg = read_package(result.path)
    for table in ("complaints", "meetings", "activities", "plans", "plan_items"):
        rows = pkg.rows.get(table, [])
        expect(len(rows) == 1, f"the package holds {len(rows)} {table} rows, not 1")
    expect(pkg.rows["complaints"][0]["uuid"] == ctx.uuids["complaint"], "wrong complaint")
    return f"{result.path.name}, {result.records} rows, signature ok"


def step_backup(ctx: Context) -> str:
    """Back up, add a record, restore: the record is gone and the checks pass."""
    from station_app.services import complaints, maintenance
    from station_app.services.records import ListQuery

    backup_file = maintenance.make_backup(ctx.db, ctx.data_dir)
    complaints.create(
        ctx.db,
        ctx.actor,
        {
            "received_on": clock.today().isoformat(),
            "channel": "phone",
            "category": "other",
            "description": "Калыбына келтирүүдө жоголушу керек",
            "anonymous": True,
        },
    )
    expect(complaints.count(ctx.db, ListQuery()) == 2, "the second complaint was not saved")
    ctx.close()
    maintenance.restore(ctx.data_dir, backup_file)
    ctx.open()
    expect(complaints.count(ctx.db, ListQuery()) == 1, "the restore did not bring back the backup")
    report = maintenance.check(ctx.db)
    expect(report.ok, "; ".join(report.problems))
    return f"{backup_file.name}, check ok ({report.audit_rows} audit rows)"


def step_window(ctx: Context) -> str:
    """The main window offscreen: fonts, translations, every page, every editor form."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        return f"skipped: Qt is not available ({exc})"
    from station_app.gui import dialogs, i18n, tasks
    from station_app.gui.app import make_app
    from station_app.gui.main_window import EDITORS, MainWindow
    from station_app.gui.session import Session

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise StepFailed(f"the window asked a question: {args[1:3]!r}")

    # offscreen, a modal dialog would wait forever: any question fails the step instead
    patched = {name: getattr(dialogs, name) for name in dialogs.FUNCTIONS}
    for name in patched:
        setattr(dialogs, name, refuse)
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    app = make_app()
    window = None
    try:
        expect(app.font().family() == i18n.FONT_FAMILY, f"font is {app.font().family()!r}")
        loaded = [Path(f).name for f in i18n.install_translators(app, "ru")]
        for name in ("qtbase_ru.qm", "station_app_ru.qm"):
            expect(name in loaded, f"translation {name} not loaded ({loaded})")
        window = MainWindow(Session(ctx.data_dir, ctx.db, ctx.actor, "ru"))
        window.show()
        dashboard = window.pages["dashboard"]  # its figures come from a pool thread
        deadline = time.monotonic() + 20
        while dashboard.loading and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        received = dashboard.card_received.value.text()
        expect(not dashboard.loading, "the dashboard's figures did not arrive within 20 s")
        expect(received.isdigit(), f"the dashboard shows {received!r} complaints received")
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            app.processEvents()
        for kind in EDITORS:
            editor = window.open_editor(kind, ctx.uuids[EDITED[kind]])
            app.processEvents()
            editor.close()
        tasks.wait_all()
        app.processEvents()
        title = window.windowTitle()
        expect(CODE in title, f"window title {title!r}")
        pages = window.nav.count()
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        app.processEvents()
        for name, func in patched.items():
            setattr(dialogs, name, func)
        qInstallMessageHandler(previous_handler)
        QApplication.processEvents()
    return f"Qt {_qt_version()}, {pages} pages, {len(EDITORS)} editors, fonts and ru translations"


# What the offscreen platform says when a window is shown; not a fault of the app.
OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)


def _quiet_offscreen(mode: Any, context: Any, message: str) -> None:
    """Qt's messages on stderr as usual, less the offscreen platform's own remarks."""
    if not message.startswith(OFFSCREEN_NOISE) and sys.stderr is not None:
        print(message, file=sys.stderr)


STEPS: list[tuple[str, Callable[[Context], str]]] = [
    ("temporary station database", step_database),
    ("complaint", step_complaint),
    ("meeting", step_meeting),
    ("plan with an item", step_plan),
    ("activity", step_activity),
    ("search", step_search),
    ("monthly report PDF", step_report),
    ("export package and verify it", step_export),
    ("backup and restore", step_backup),
    ("main window (offscreen)", step_window),
]


# ----------------------------------------------------------------------------- runner


def _qt_version() -> str:
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
    except ImportError:
        return "-"
    return f"{qVersion()} (PySide6 {pyside_version})"


def run(out: TextIO | None = None, *, gui: bool = True) -> bool:
    """Run every step, printing one line each; True when all passed."""
    stream = out or sys.stdout

    def say(line: str) -> None:
        if stream is not None:
            print(line, file=stream, flush=True)

    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    say(
        f"Station App {__version__} self-test ({frozen}; Python {platform.python_version()},"
        f" {platform.platform()})"
    )
    root = Path(tempfile.mkdtemp(prefix="station-app-selftest-"))
    ctx = Context(root=root, data_dir=root / "data")
    say(f"work folder: {root} (removed afterwards)")
    failed = 0
    try:
        for name, func in STEPS:
            if func is step_window and not gui:
                continue
            t0 = time.perf_counter()
            try:
                detail = func(ctx)
            except Exception as exc:
                failed += 1
                reason = str(exc) if isinstance(exc, StepFailed) else f"{type(exc).__name__}: {exc}"
                say(f"FAIL  {name}: {reason}")
                if not isinstance(exc, StepFailed) and exc.__traceback__ is not None:
                    where = traceback.extract_tb(exc.__traceback__)[-1]
                    say(f"      at {where.filename}:{where.lineno} ({where.name})")
                if ctx.db is None:
                    say("      the database is not open: the remaining steps cannot run")
                    break
                continue
            say(f"OK    {name} ({detail}; {time.perf_counter() - t0:.2f} s)")
    finally:
        ctx.close()
        shutil.rmtree(root, ignore_errors=True)
    say("self-test passed" if not failed else f"self-test FAILED: {failed} step(s)")
    return not failed


def main(*, gui: bool = True) -> int:
    """Exit status for ``station-app --self-test``: 0 only when every step passed."""
    watchdog = sys.stderr is not None and hasattr(sys.stderr, "fileno")
    if watchdog:
        try:
            faulthandler.dump_traceback_later(WATCHDOG_S, exit=True)
        except (ValueError, OSError, AttributeError):  # no usable stderr (a windowed exe)
            watchdog = False
    try:
        return 0 if run(gui=gui) else 1
    finally:
        if watchdog:
            faulthandler.cancel_dump_traceback_later()
