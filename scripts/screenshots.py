"""Screenshots of every screen, in a real window, for docs/screenshots/.

    xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots.py \\
        --data-dir demo-data --password demo-password [--lang ru] [--out docs/screenshots]

Runs the real application window (xcb on a virtual 1366×768 screen) over a demo database,
shows each page and each editor with a record, and saves what the window shows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from station_app.gui import i18n, tasks
from station_app.gui.app import make_app
from station_app.gui.login import LoginDialog
from station_app.gui.main_window import MainWindow
from station_app.gui.session import Session
from station_app.gui.setup_wizard import SetupWizard
from station_app.services import users
from station_app.store import open_db


def settle(app: QApplication, ms: int = 300) -> None:
    """Let the window lay out and paint for ``ms`` milliseconds."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def wait_idle(app: QApplication, page: QWidget) -> None:
    """Until the page's work in the pool is done (at most a minute)."""
    for _ in range(600):
        settle(app, 100)
        if not page.busy:
            break
    settle(app)


def sync_screens(app: QApplication, window: MainWindow, args: argparse.Namespace, suffix: str):
    """Export / Sync: this station writes a package (recorded in the demo database); then a
    district office made in a temporary folder, with a second demo station, imports it:
    the dry-run summary (one altered copy refused), a conflict side by side, the stations
    with a gap. Saves sync, sync-district, sync-conflicts and sync-stations."""
    import json
    import zipfile

    from station_app.services import demo, station
    from station_app.sync.export import export_package
    from station_app.sync.importer import import_packages

    page = window.pages["sync"]
    tmp = Path(tempfile.mkdtemp(prefix="station-app-sync-"))
    stick = tmp / "USB"
    stick.mkdir()
    page.folder.setText(str(stick))
    page.export()
    wait_idle(app, page)
    save(window, args.out / f"sync{suffix}.png")
    code = window.session.profile["code"]
    first = max(stick.glob(f"{code}_*.stpkg"))

    password = "demo-password"
    ttm = demo.DEMO_STATIONS["TTM"]
    station.init_station(
        tmp / "ttm",
        code=ttm["code"],
        name=ttm["name"],
        municipality=ttm["municipality"],
        district=ttm["district"],
        province=ttm["province"],
        admin_user="chief",
        admin_full_name=ttm.get("chief_name"),
        admin_password=password,
        settlements=ttm["settlements"],
    )
    tdb = open_db(tmp / "ttm")
    try:
        tchief = users.authenticate(tdb, "chief", password)
        demo.generate(tdb, tchief, records=300, seed=2)
        export_package(tdb, tchief, tmp / "ttm", stick)  # never arrives: a gap
        ttm_second = export_package(tdb, tchief, tmp / "ttm", stick).path
    finally:
        tdb.close()
    district_dir = tmp / "district"
    station.init_station(
        district_dir,
        code="OSH",
        name="Ошское областное УВД",
        district="",
        province="Ошская область",
        admin_user="chief",
        admin_full_name="Гүлнара Осмонова",
        admin_password=password,
        district_mode=True,
    )
    ddb = open_db(district_dir)
    dchief = users.authenticate(ddb, "chief", password)
    import_packages(ddb, dchief, [first])
    # the district's copy of one meeting diverges at the same revision: a conflict
    ddb.execute(
        "UPDATE meetings SET venue = coalesce(venue, '') || ' (уточнено в районе)' WHERE uuid ="
        " (SELECT uuid FROM meetings WHERE deleted = 0 ORDER BY held_on DESC LIMIT 1)"
    )
    ddb.conn.commit()
    page.export()  # the station's next package (nothing acknowledged: everything again)
    wait_idle(app, page)
    second = max(stick.glob(f"{code}_*.stpkg"))
    altered = tmp / f"{second.stem}-copy.stpkg"
    with zipfile.ZipFile(second) as src, zipfile.ZipFile(altered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "package.json":
                data = json.dumps(json.loads(data) | {"seq": 99}).encode()
            dst.writestr(info, data)

    dwin = MainWindow(Session(district_dir, ddb, dchief, args.lang))
    dwin.resize(1366, 768)
    dwin.show()
    settle(app, 400)
    dpage = dwin.show_page("sync")
    dpage.paths = [second, ttm_second, altered]
    dpage.check_packages()
    wait_idle(app, dpage)
    dpage.summary.selectRow(2)  # the altered copy: its reason below the table
    settle(app)
    save(dwin, args.out / f"sync-district{suffix}.png")
    dpage.import_now()
    wait_idle(app, dpage)
    dpage.tabs.setCurrentIndex(1)
    settle(app)
    save(dwin, args.out / f"sync-conflicts{suffix}.png")
    dpage.tabs.setCurrentIndex(2)
    settle(app)
    save(dwin, args.out / f"sync-stations{suffix}.png")
    dwin.close()
    dwin.deleteLater()
    settle(app, 200)
    ddb.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--user", default="chief")
    parser.add_argument("--password", required=True)
    parser.add_argument("--lang", default="ru", choices=("ky", "ru", "en"))
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "ru" else f"-{args.lang}"

    app = make_app()
    i18n.install_translators(app, args.lang)

    wizard = SetupWizard(Path(tempfile.mkdtemp()), lang=args.lang)
    wizard.show()
    settle(app)
    save(wizard, args.out / f"wizard{suffix}.png")
    wizard.close()

    db = open_db(args.data_dir)
    login = LoginDialog(db, lang=args.lang)
    login.show()
    settle(app)
    save(login, args.out / f"login{suffix}.png")
    login.close()

    actor = users.authenticate(db, args.user, args.password)
    window = MainWindow(Session(args.data_dir, db, actor, args.lang))
    window.resize(1366, 768)
    window.show()
    settle(app, 600)
    for key in window.pages:
        page = window.show_page(key)
        settle(app)
        for _ in range(300):  # the dashboard reads its figures in the pool
            if not getattr(page, "loading", False):
                break
            settle(app, 100)
        if key == "sync":  # a package written to a stick; then a district office
            sync_screens(app, window, args, suffix)
            continue
        if key == "reports":  # a real report of last month, previewed
            page.make_report()
            for _ in range(300):
                settle(app, 100)
                if not page._busy:
                    break
            settle(app)
        save(window, args.out / f"{key}{suffix}.png")
        if key == "settings":  # every tab: the longer Russian and Kyrgyz labels must fit each
            for i in range(1, page.tabs.count()):
                page.tabs.setCurrentIndex(i)
                settle(app, 400)
                name = type(page.tabs.widget(i)).__name__.removesuffix("Tab").lower()
                save(window, args.out / f"settings-{name}{suffix}.png")
            page.tabs.setCurrentIndex(0)

    for kind, name in (
        ("complaints", "complaint"),
        ("meetings", "meeting"),
        ("activities", "activity"),
        ("plans", "plan"),
    ):
        table = kind
        row = db.execute(
            f"SELECT uuid FROM {table} WHERE deleted = 0 ORDER BY "
            + (
                "(SELECT count(*) FROM complaint_actions a WHERE a.complaint_uuid = uuid) DESC"
                if table == "complaints"
                else "id DESC"
            )
            + " LIMIT 1"
        ).fetchone()
        if row is None:
            continue
        editor = window.open_editor(kind, row[0])
        settle(app, 500)
        save(editor, args.out / f"editor-{name}{suffix}.png")
        tabs = getattr(editor, "tabs", None)
        for i in range(1, tabs.count() if tabs is not None else 0):
            if tabs.isTabVisible(i):
                tabs.setCurrentIndex(i)
                settle(app, 300)
                tab = tabs.widget(i).objectName().removesuffix("Tab") or str(i + 1)
                save(editor, args.out / f"editor-{name}-{tab}{suffix}.png")
        editor.close()
    window.close()
    tasks.wait_all()
    window.deleteLater()
    settle(app, 200)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
