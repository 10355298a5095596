"""List performance in the real window: first paint, sort, filter, search on a big database.

    python bench/bench_gui.py [--data-dir D] [--records 200000] [--json FILE]

Builds (or reuses) a demo database, opens the complaint list offscreen and times, over
several runs each: the first paint (model query + a full repaint of the visible rows),
a sort by clicking a column header, a category filter, and a search. Goals from #3:
first paint <= 50 ms, sort or filter <= 100 ms. ``--json FILE`` also writes every run's
timings there (``bench/run.py`` reads them).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station_app.gui.app import make_app
from station_app.gui.pages import lists
from station_app.gui.pages.list_page import ListPage
from station_app.gui.session import Session
from station_app.services import demo, station, users
from station_app.store import open_db

PASSWORD = "bench-password"


def ensure_db(data_dir: Path, records: int) -> None:
    if station.is_initialised(data_dir):
        return
    prof = demo.DEMO_STATIONS["NKT"]
    station.init_station(
        data_dir,
        code=prof["code"],
        name=prof["name"],
        municipality=prof["municipality"],
        district=prof["district"],
        province=prof["province"],
        admin_user="chief",
        admin_password=PASSWORD,
        settlements=prof["settlements"],
    )
    db = open_db(data_dir)
    try:
        t = time.perf_counter()
        demo.generate(db, users.authenticate(db, "chief", PASSWORD), records=records)
        print(f"demo data: {records} records in {time.perf_counter() - t:.1f} s")
    finally:
        db.close()


def timed(app: QApplication, page: ListPage, action) -> float:
    start = time.perf_counter()
    action()
    page.table.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--password", default=os.environ.get("STATION_APP_PASSWORD", PASSWORD))
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the timings here too")
    args = parser.parse_args(argv)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="bench-gui-"))
    ensure_db(data_dir, args.records)

    app = make_app()
    db = open_db(data_dir)
    actor = users.authenticate(db, "chief", args.password)
    session = Session(data_dir, db, actor, "ru")
    total = db.execute("SELECT count(*) FROM complaints WHERE deleted = 0").fetchone()[0]

    results: dict[str, list[float]] = {"first paint": [], "sort": [], "filter": [], "search": []}
    for _ in range(args.runs):
        holder: dict[str, ListPage] = {}

        def build(holder=holder):
            page = ListPage(session, lists.complaint_list())
            page.resize(1166, 700)
            page.show()
            holder["page"] = page

        start = time.perf_counter()
        build()
        page = holder["page"]
        page.table.viewport().repaint()
        app.processEvents()
        results["first paint"].append((time.perf_counter() - start) * 1000)
        results["sort"].append(
            timed(app, page, lambda p=page: p.table.sortByColumn(2, Qt.AscendingOrder))
        )
        combo = page.combos["category"]
        results["filter"].append(
            timed(app, page, lambda c=combo: c.setCurrentIndex(c.findData("family_violence")))
        )
        page.clear_filters()
        results["search"].append(
            timed(app, page, lambda p=page: (p.search.setText("ноокат"), p.apply_filters()))
        )
        page.close()
        page.deleteLater()
        app.processEvents()

    goals = {"first paint": 50, "sort": 100, "filter": 100, "search": 100}
    print(f"\ncomplaint list over {total} complaints ({args.runs} runs; median / max)")
    print(f"{'figure':14} | {'median':>9} | {'max':>9} | goal     | ok")
    worst_ok = True
    for name, values in results.items():
        med, worst = statistics.median(values), max(values)
        ok = med <= goals[name]
        worst_ok &= ok
        print(
            f"{name:14} | {med:6.1f} ms | {worst:6.1f} ms | <= {goals[name]:3} ms | "
            f"{'yes' if ok else 'NO'}"
        )
    db.close()
    if args.json:
        args.json.write_text(
            json.dumps({"complaints": total, "runs": args.runs, "runs_ms": results}, indent=2),
            encoding="utf-8",
        )
    return 0 if worst_ok else 1


if __name__ == "__main__":
    sys.exit(main())
