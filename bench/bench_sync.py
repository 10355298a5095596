"""USB sync performance: exporting a large station, importing many packages at the district.

    python bench/bench_sync.py [--quick] [--data-dir D] [--keep] [--json FILE]

* export: a demo station with 50,000 records (``demo.generate(records=50000)``: complaints,
  meetings and activities over a year, with their follow-ups, timeline actions, protection
  orders, topics and partners - about 139,000 rows); ``export_package(full=True)`` to a
  folder, median of 3 runs, each the whole call: snapshot read, CSVs, zip, signature,
  temporary file, fsync, rename, read-back verification, recording (goal <= 3 s);
* import: 20 demo stations of 5,000 records each (about 14,000 rows each), one full
  package per station; one ``import_packages`` call with all 20 into a fresh district
  database: every package verified (zip, manifest, signature, every cell), then merged in
  its own transaction, search index triggers included, final WAL checkpoint included;
  median of 3 runs, each into a fresh district (goal <= 10 s).

Prints a table (figure | value | goal | ok) and writes bench/results/sync.json (a full
run) and ``--json FILE`` (any run; ``bench/run.py`` reads it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from station_app.services import demo, station, users
from station_app.services.auth import Actor
from station_app.store import open_db
from station_app.sync.export import export_package
from station_app.sync.importer import import_packages

RESULTS = Path(__file__).resolve().parent / "results" / "sync.json"
GOAL_EXPORT_S = 3.0
GOAL_IMPORT_S = 10.0
CHIEF = Actor("chief", "chief", "Бакыт Асанов")
ANALYST = Actor("analyst", "analyst", "District analyst")
PASSWORD = "bench-password"


def make_station(folder: Path, code: str, records: int, seed: int) -> dict[str, int]:
    prof = demo.DEMO_STATIONS["NKT"]
    station.init_station(
        folder,
        code=code,
        name=f"{prof['name']} ({code})",
        municipality=prof["municipality"],
        district=prof["district"],
        province=prof["province"],
        admin_user="chief",
        admin_password=PASSWORD,
        settlements=prof["settlements"],
    )
    db = open_db(folder)
    try:
        return demo.generate(db, CHIEF, records=records, seed=seed)
    finally:
        db.close()


def rows_in(counts: dict[str, int]) -> int:
    return sum(counts.values())


def bench_export(root: Path, records: int, runs: int) -> dict[str, Any]:
    folder = root / "export-station"
    make_station(folder, "NKT", records, seed=1)
    out = root / "stick"
    out.mkdir()
    db = open_db(folder)
    times, result = [], None
    try:
        for _ in range(runs):
            t0 = time.perf_counter()
            result = export_package(db, CHIEF, folder, out, full=True)
            times.append(time.perf_counter() - t0)
    finally:
        db.close()
    assert result is not None
    return {
        "records": records,
        "rows": result.records,
        "package_mb": round(result.path.stat().st_size / 1e6, 2),
        "runs_s": [round(t, 3) for t in times],
        "median_s": statistics.median(times),
    }


def bench_import(root: Path, stations: int, records: int, runs: int) -> dict[str, Any]:
    out = root / "packages"
    out.mkdir()
    paths, rows = [], 0
    for i in range(stations):
        code = "S" + chr(ord("A") + i // 26) + chr(ord("A") + i % 26)
        folder = root / f"station-{code}"
        make_station(folder, code, records, seed=100 + i)
        db = open_db(folder)
        try:
            result = export_package(db, CHIEF, folder, out, full=True)
        finally:
            db.close()
        paths.append(result.path)
        rows += result.records
        shutil.rmtree(folder)
    times, inserted = [], 0
    for run in range(runs):
        district = root / f"district-{run}"
        station.init_station(
            district,
            code="OSH",
            name="Ош облустук ИИБ",
            province="Ош облусу",
            admin_user="analyst",
            admin_password=PASSWORD,
            district_mode=True,
        )
        db = open_db(district)
        try:
            t0 = time.perf_counter()
            results = import_packages(db, ANALYST, paths)
            times.append(time.perf_counter() - t0)
            assert all(r.status == "imported" for r in results), [
                r.error.text("en") for r in results if r.error
            ]
            inserted = sum(r.total("inserted") for r in results)
        finally:
            db.close()
        shutil.rmtree(district)
    seconds = statistics.median(times)
    return {
        "packages": stations,
        "records_per_package": records,
        "rows": rows,
        "rows_inserted": inserted,
        "runs_s": [round(t, 3) for t in times],
        "seconds": seconds,
        "per_package_s": seconds / stations,
        "rows_per_s": round(rows / seconds),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes")
    parser.add_argument("--data-dir", help="work folder (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the results here too")
    args = parser.parse_args(argv)
    os.environ.setdefault("STATION_APP_TODAY", "2026-11-20")
    # the demo officers' password hashes are not what is measured here
    users._hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    scale = 10 if args.quick else 1
    root = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="bench-sync-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        exp = bench_export(root, 50_000 // scale, 3)
        imp = bench_import(root, 20, 5_000 // scale, 1 if args.quick else 3)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    rows = [
        (
            f"export {exp['records']:,} records ({exp['rows']:,} rows), full",
            f"{exp['median_s']:.2f} s",
            f"<= {GOAL_EXPORT_S:.0f} s",
            exp["median_s"] <= GOAL_EXPORT_S,
        ),
        (
            f"import {imp['packages']} packages x {imp['records_per_package']:,} records"
            f" ({imp['rows']:,} rows)",
            f"{imp['seconds']:.2f} s",
            f"<= {GOAL_IMPORT_S:.0f} s",
            imp["seconds"] <= GOAL_IMPORT_S,
        ),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}} | value    | goal    | ok")
    for name, value, goal, ok in rows:
        print(f"{name:<{width}} | {value:<8} | {goal:<7} | {'yes' if ok else 'NO'}")
    result = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "quick": args.quick,
        "export": exp,
        "import": imp,
    }
    if not args.quick:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
