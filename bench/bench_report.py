"""Report performance: a busy month, and a yearly report with its 20,000-complaint annex.

    python bench/bench_report.py [--quick] [--data-dir D] [--keep]

* busy month: a demo station with about 13,000 records over the year before 1 December
  2026, so the busiest month holds more than 1,000 records (complaints received, meetings
  and activities held); ``build_report`` for that month in ru, ky and en, median of 5
  runs each (goal <= 1 s);
* yearly annex: a demo station with 45,000 records over 2026 (about 20,000 complaints);
  ``build_report(period="2026", annex=True)`` in ru, median of 3 runs; pages per second
  = pages of the whole PDF / build time (goal >= 100 pages/s);
* district: the busy-month database turned into a district office whose records belong
  to 20 stations (each record's station code rewritten, ``sync_stations`` rows added);
  ``build_district_report`` for the busy month in ru, median of 3 runs (goal <= 2 s):
  every figure asked once per station and once for the total, landscape pages.

Each timing is the whole call: queries, layout, PDF file written. Prints a table
(figure | value | goal | ok) and writes bench/results/report.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
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

from pypdf import PdfReader

from station_app.reports import build_report, parse_period, queries
from station_app.reports.district import build_district_report
from station_app.services import demo, station
from station_app.services.auth import Actor
from station_app.store import open_db

RESULTS = Path(__file__).resolve().parent / "results" / "report.json"
GOAL_MONTH_S = 1.0
GOAL_PAGES_PER_S = 100.0
GOAL_DISTRICT_S = 2.0
DISTRICT_STATIONS = 20
CHIEF = Actor("chief", "chief", "Бакыт Асанов")


def demo_station(folder: Path, records: int, today: dt.date) -> tuple[Any, float]:
    prof = demo.DEMO_STATIONS["NKT"]
    station.init_station(
        folder,
        code=prof["code"],
        name=prof["name"],
        municipality=prof["municipality"],
        district=prof["district"],
        province=prof["province"],
        admin_user="chief",
        admin_password="bench-password",
        settlements=prof["settlements"],
    )
    db = open_db(folder)
    t0 = time.perf_counter()
    demo.generate(db, CHIEF, records=records, seed=5, today=today)
    return db, time.perf_counter() - t0


def busiest_month(db: Any) -> tuple[str, int]:
    """The month with most complaints received + meetings held + activities held."""
    row = db.execute(
        "SELECT m, count(*) AS n FROM ("
        " SELECT substr(received_on, 1, 7) AS m FROM complaints WHERE deleted = 0"
        " UNION ALL SELECT substr(held_on, 1, 7) FROM meetings WHERE deleted = 0"
        " UNION ALL SELECT substr(held_on, 1, 7) FROM activities WHERE deleted = 0)"
        " GROUP BY m ORDER BY n DESC, m LIMIT 1"
    ).fetchone()
    return row[0], row[1]


def make_district(db: Any, stations: int) -> list[str]:
    """Turn a demo station into a district office holding ``stations`` stations' records:
    each meeting, complaint, activity and plan goes to station ``id % stations`` (their
    children follow them in every report query)."""
    codes = [f"S{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(stations)]
    with db.conn:
        db.execute("UPDATE station SET mode = 'district', code = 'OSH'")
        for table in ("meetings", "complaints", "activities", "plans"):
            db.execute(
                f"UPDATE {table} SET station = 'S' || char(65 + (id % ?) / 26)"
                " || char(65 + (id % ?) % 26)",
                [stations, stations],
            )
        for code in codes:
            db.execute(
                "INSERT INTO sync_stations (code, name, registered_at, registered_by, how)"
                " VALUES (?, ?, '2026-01-10T05:00:00.00Z', 'bench', 'manual')",
                [code, f"Участок {code}"],
            )
    return codes


def timed_builds(
    db: Any, period: str, lang: str, out: Path, runs: int, day: dt.date, **kw: Any
) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        build_report(db, period, lang, out, generated_on=day, **kw)
        times.append(time.perf_counter() - t0)
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="3,000 and 10,000 demo records")
    ap.add_argument("--data-dir", type=Path, help="work folder (default: a temp one)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder and PDFs")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    month_records = 3_000 if args.quick else 13_000
    year_records = 10_000 if args.quick else 45_000

    work = args.data_dir or Path(tempfile.mkdtemp(prefix="station-bench-report-"))
    work.mkdir(parents=True, exist_ok=True)
    if any(work.iterdir()):
        print(f"{work} is not empty", file=sys.stderr)
        return 2
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "quick": args.quick,
    }
    try:
        # 1. a busy month
        today = dt.date(2026, 12, 1)
        print(f"demo.generate(records={month_records}) up to {today} ...", flush=True)
        db, gen_s = demo_station(work / "month", month_records, today)
        try:
            month, n = busiest_month(db)
            period = parse_period(month)
            t0 = time.perf_counter()
            queries.collect(db, period, period.end)
            collect_s = time.perf_counter() - t0
            per_lang = {}
            for lang in ("ru", "ky", "en"):
                out = work / f"month-{lang}.pdf"
                print(f"report {month} ({n} records) in {lang} ...", flush=True)
                times = timed_builds(db, month, lang, out, 5, today)
                per_lang[lang] = {
                    "median_s": statistics.median(times),
                    "max_s": max(times),
                    "pages": len(PdfReader(out).pages),
                    "bytes": out.stat().st_size,
                }
            results["month"] = {
                "demo_records": month_records,
                "demo_seconds": gen_s,
                "period": month,
                "records_in_month": n,
                "collect_s": collect_s,
                "by_lang": per_lang,
                "worst_median_s": max(v["median_s"] for v in per_lang.values()),
            }
            # 1b. the same month as a district of 20 stations, side by side
            make_district(db, DISTRICT_STATIONS)
            out = work / "district-ru.pdf"
            print(f"district report {month}, {DISTRICT_STATIONS} stations, in ru ...", flush=True)
            times = []
            for _ in range(3):
                t0 = time.perf_counter()
                build_district_report(db, month, "ru", out, generated_on=today)
                times.append(time.perf_counter() - t0)
            results["district"] = {
                "stations": DISTRICT_STATIONS,
                "period": month,
                "records_in_month": n,
                "median_s": statistics.median(times),
                "max_s": max(times),
                "pages": len(PdfReader(out).pages),
                "bytes": out.stat().st_size,
            }
        finally:
            db.close()

        # 2. a year with its annex
        today = dt.date(2027, 1, 1)
        print(f"demo.generate(records={year_records}) over 2026 ...", flush=True)
        db, gen_s = demo_station(work / "year", year_records, today)
        try:
            period = parse_period("2026")
            n = queries.complaints_received(db, period, period.end)
            out = work / "year-ru.pdf"
            print(f"report 2026 with annex ({n} complaints) in ru ...", flush=True)
            times = timed_builds(db, "2026", "ru", out, 3, today, annex=True)
            reader = PdfReader(out)
            pages = len(reader.pages)
            annex_from = next(
                i for i, p in enumerate(reader.pages) if "Приложение:" in p.extract_text()
            )
            median = statistics.median(times)
            results["year_annex"] = {
                "demo_records": year_records,
                "demo_seconds": gen_s,
                "complaints": n,
                "median_s": median,
                "max_s": max(times),
                "pages": pages,
                "annex_pages": pages - annex_from,
                "pages_per_s": pages / median,
                "bytes": out.stat().st_size,
            }
        finally:
            db.close()
    finally:
        if not args.keep and not args.data_dir:
            shutil.rmtree(work, ignore_errors=True)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    print(f"\nwritten to {args.out}")
    return 0


def print_table(r: dict[str, Any]) -> None:
    m, y, d = r["month"], r["year_annex"], r["district"]
    rows = [
        (
            f"busy month {m['period']} ({m['records_in_month']} records), worst median",
            f"{m['worst_median_s']:.3f} s",
            f"<= {GOAL_MONTH_S:g} s",
            m["worst_median_s"] <= GOAL_MONTH_S,
        ),
        *(
            (
                f"  {lang}: {v['pages']} pages",
                f"{v['median_s']:.3f} s",
                "",
                None,
            )
            for lang, v in m["by_lang"].items()
        ),
        ("  queries alone (collect)", f"{m['collect_s']:.3f} s", "", None),
        (
            f"year 2026 + annex ({y['complaints']} complaints, {y['pages']} pages)",
            f"{y['pages_per_s']:.0f} pages/s",
            f">= {GOAL_PAGES_PER_S:g}",
            y["pages_per_s"] >= GOAL_PAGES_PER_S,
        ),
        ("  build time (median of 3)", f"{y['median_s']:.2f} s", "", None),
        (
            f"district {d['period']}: {d['stations']} stations, {d['pages']} pages, median",
            f"{d['median_s']:.3f} s",
            f"<= {GOAL_DISTRICT_S:g} s",
            d["median_s"] <= GOAL_DISTRICT_S,
        ),
    ]
    w0 = max(len(x[0]) for x in rows)
    w1 = max(len(x[1]) for x in rows)
    print()
    print(f"{'figure':<{w0}} | {'value':>{w1}} | {'goal':<9} | ok")
    print(f"{'-' * w0}-+-{'-' * w1}-+-{'-' * 9}-+---")
    for fig, val, goal, ok in rows:
        mark = "" if ok is None else ("yes" if ok else "NO")
        print(f"{fig:<{w0}} | {val:>{w1}} | {goal:<9} | {mark}")


if __name__ == "__main__":
    sys.exit(main())
