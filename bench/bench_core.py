"""Core performance figures: save latency, batch insert rate, search latency, demo generation.

    python bench/bench_core.py [--records 200000] [--quick] [--data-dir D] [--keep]

* save latency: ``complaints.create`` through the service, one durable transaction each, on
  a real file database (WAL, synchronous=FULL): on a fresh station and again on the large
  demo database (goal p95 <= 20 ms);
* batch insert rate: the CLI path, ``station-app add complaint --file F`` in a subprocess,
  timed from process start (interpreter, login) to exit, every record its own transaction;
* demo generation: ``demo.generate(db, actor, records=N, seed=1)`` on a new station
  (goal < 60 s for 200,000);
* search latency on that database: ``complaints.list_(db, ListQuery(search=W, limit=200))``
  plus ``complaints.count(db, same query)``, timed together, over Cyrillic words of high,
  middle and low frequency, upper-case spellings and two-word queries (goal <= 50 ms).

Prints a table (figure | value | goal | ok) and writes bench/results/core.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from station_app import clock
from station_app.services import complaints, station, users
from station_app.services.auth import Actor
from station_app.services.records import ListQuery
from station_app.store import open_db

PASSWORD = "bench-password"
RESULTS = Path(__file__).resolve().parent / "results" / "core.json"
GOAL_SAVE_P95_MS = 20.0
GOAL_SEARCH_MS = 50.0
GOAL_DEMO_S_PER_200K = 60.0

WORDS = (
    "жер",
    "мал",
    "суу",
    "уурулук",
    "коңшу",
    "зомбулук",
    "талаш",
    "акча",
    "үй",
    "бала",
    "кража",
    "драка",
    "соседи",
    "скот",
)
NAMES = ("Айгүл", "Бакыт", "Нурлан", "Гүлнара", "Өмүрбек", "Жылдыз", "Үмүт", "Асель")
CHANNELS = ("phone", "in_person", "letter", "lcpc")
CATEGORIES = (
    "dispute",
    "property",
    "public_order",
    "family_violence",
    "drugs_alcohol",
    "road_safety",
    "other",
)


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest-rank."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(q / 100 * len(s) + 0.5) - 1))
    return s[k]


def new_station(data_dir: Path, **profile: Any) -> tuple[Any, Actor]:
    station.init_station(
        data_dir,
        code=profile.get("code", "NKT"),
        name=profile.get("name", "Ноокат участогу"),
        municipality=profile.get("municipality", "Ноокат"),
        district=profile.get("district", "Ноокат району"),
        province=profile.get("province", "Ош облусу"),
        admin_user="chief",
        admin_full_name=profile.get("chief_name") or "Бакыт Асанов",
        admin_password=PASSWORD,
        **({"settlements": profile["settlements"]} if profile.get("settlements") else {}),
    )
    db = open_db(data_dir)
    return db, users.authenticate(db, "chief", PASSWORD)


def complaint(rng: random.Random) -> dict[str, Any]:
    today = clock.today()
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40)))
    return {
        "received_on": (today - timedelta(days=rng.randint(0, 300))).isoformat(),
        "channel": rng.choice(CHANNELS),
        "category": rng.choice(CATEGORIES),
        "description": f"Арыз: {words}.",
        "complainant": {
            "name": f"{rng.choice(NAMES)} {rng.choice(NAMES)}ова",
            "sex": rng.choice(("female", "male")),
            "age_group": rng.choice(("under_18", "18_29", "30_59", "60_plus")),
        },
    }


def measure_saves(db: Any, actor: Actor, n: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    times = []
    for _ in range(n):
        data = complaint(rng)
        t0 = time.perf_counter()
        complaints.create(db, actor, data)
        times.append((time.perf_counter() - t0) * 1000)
    return {
        "n": n,
        "p50_ms": statistics.median(times),
        "p95_ms": pct(times, 95),
        "max_ms": max(times),
        "mean_ms": statistics.fmean(times),
    }


def measure_cli_batch(data_dir: Path, n: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    file = data_dir.parent / "batch.jsonl"
    with open(file, "w", encoding="utf-8") as fh:
        for _ in range(n):
            fh.write(json.dumps(complaint(rng), ensure_ascii=False) + "\n")
    env = dict(os.environ, STATION_APP_PASSWORD=PASSWORD)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "station_app",
            "--data-dir",
            str(data_dir),
            "--user",
            "chief",
            "add",
            "complaint",
            "--file",
            str(file),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    elapsed = time.perf_counter() - t0
    acks = proc.stdout.count("\n")
    if proc.returncode != 0 or acks != n:
        raise SystemExit(
            f"CLI add failed (exit {proc.returncode}, {acks}/{n} acknowledged): "
            f"{proc.stderr.strip()[:500]}"
        )
    return {"n": n, "seconds": elapsed, "records_per_s": n / elapsed}


def generate_demo(data_dir: Path, records: int) -> tuple[dict[str, Any], float]:
    from station_app.services import demo

    prof = demo.DEMO_STATIONS.get("NKT") or next(iter(demo.DEMO_STATIONS.values()))
    db, actor = new_station(data_dir, **prof)
    try:
        t0 = time.perf_counter()
        counts = demo.generate(db, actor, records=records, seed=1)
        elapsed = time.perf_counter() - t0
    finally:
        db.close()
    return counts, elapsed


def pick_words(db: Any) -> list[str]:
    """Cyrillic words of the complaints index: frequent, middling and rare ones."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab"
        " USING fts5vocab(main, complaints_fts, 'row')"
    )
    vocab = [
        (t, d)
        for t, d in db.execute("SELECT term, doc FROM temp.bench_vocab")
        if re.fullmatch(r"[а-яёөүңі]{3,}", t)
    ]
    db.execute("DROP TABLE temp.bench_vocab")
    if not vocab:
        return ["жер", "мал", "арыз"]
    vocab.sort(key=lambda td: -td[1])
    n = len(vocab)
    picks = [
        vocab[0],
        vocab[1],
        vocab[min(5, n - 1)],
        vocab[n // 10],
        vocab[n // 3],
        vocab[n // 2],
        vocab[(3 * n) // 4],
        vocab[n - 1],
    ]
    out: list[str] = []
    for term, _doc in picks:
        if term not in out:
            out.append(term)
    return out


def measure_search(db: Any, words: list[str], repeats: int) -> dict[str, Any]:
    queries = list(words)
    queries += [w.upper() for w in words[:4]]  # upper-case queries (folded by unicode61)
    queries += [w[0].upper() + w[1:] for w in words[4:6]]
    if len(words) >= 3:
        queries += [f"{words[0]} {words[2]}", f"{words[1].upper()} {words[-1]}"]
    queries.append(words[0][:2])  # a short prefix: the widest match
    per_query: list[dict[str, Any]] = []
    all_times: list[float] = []
    firsts: list[float] = []
    for q in queries:
        times = []
        for _ in range(repeats):
            query = ListQuery(search=q, limit=200)
            t0 = time.perf_counter()
            rows = complaints.list_(db, query)
            total = complaints.count(db, query)
            times.append((time.perf_counter() - t0) * 1000)
        firsts.append(times[0])
        all_times += times
        per_query.append(
            {
                "query": q,
                "matches": total,
                "rows": len(rows),
                "median_ms": statistics.median(times),
                "max_ms": max(times),
            }
        )
    return {
        "queries": per_query,
        "runs": len(all_times),
        "median_ms": statistics.median(all_times),
        "p95_ms": pct(all_times, 95),
        "first_run_max_ms": max(firsts),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, help="demo database size (default 200000)")
    ap.add_argument(
        "--quick", action="store_true", help="20,000 demo records, 100 saves, 500 batch records"
    )
    ap.add_argument("--saves", type=int)
    ap.add_argument("--batch", type=int)
    ap.add_argument("--repeats", type=int, default=7, help="runs of each search query")
    ap.add_argument("--data-dir", type=Path, help="work folder (default: a temp one)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    records = args.records or (20_000 if args.quick else 200_000)
    saves = args.saves or (100 if args.quick else 300)
    batch = args.batch or (500 if args.quick else 5_000)

    work = args.data_dir or Path(tempfile.mkdtemp(prefix="station-bench-"))
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
        "records": records,
        "quick": args.quick,
    }
    try:
        # 1. saves on a fresh station, then the CLI batch on the same file
        small = work / "small"
        db, actor = new_station(small)
        try:
            print(f"save latency: {saves} complaints.create on a fresh station ...", flush=True)
            results["save_fresh"] = measure_saves(db, actor, saves, seed=1)
        finally:
            db.close()
        print(f"batch: station-app add complaint --file ({batch} records) ...", flush=True)
        results["cli_batch"] = measure_cli_batch(small, batch, seed=2)

        # 2. the demo database
        big = work / "demo"
        print(f"demo.generate(records={records}, seed=1) ...", flush=True)
        counts, demo_s = generate_demo(big, records)
        results["demo"] = {"records": records, "seconds": demo_s, "counts": counts}
        db = open_db(big)
        try:
            n_complaints = complaints.count(db, ListQuery(limit=None))
            results["demo"]["complaints"] = n_complaints
            results["demo"]["file_mb"] = (
                sum(p.stat().st_size for p in big.glob("station.sqlite3*")) / 1e6
            )
            words = pick_words(db)
            print(f"search on {n_complaints} complaints: {', '.join(words)} ...", flush=True)
            results["search"] = measure_search(db, words, args.repeats)
            actor = users.authenticate(db, "chief", PASSWORD)
            print(f"save latency: {saves} complaints.create on the demo database ...", flush=True)
            results["save_demo"] = measure_saves(db, actor, saves, seed=3)
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
    demo_goal = GOAL_DEMO_S_PER_200K * r["records"] / 200_000
    s, sd, b, q = r["save_fresh"], r["save_demo"], r["cli_batch"], r["search"]
    n_c = r["demo"]["complaints"]
    rows = [
        (f"save p50, fresh station ({s['n']} saves)", f"{s['p50_ms']:.1f} ms", "", ""),
        (
            f"save p95, fresh station ({s['n']} saves)",
            f"{s['p95_ms']:.1f} ms",
            f"<= {GOAL_SAVE_P95_MS:.0f} ms",
            s["p95_ms"] <= GOAL_SAVE_P95_MS,
        ),
        (f"save p50, demo db ({n_c} complaints)", f"{sd['p50_ms']:.1f} ms", "", ""),
        (
            f"save p95, demo db ({n_c} complaints)",
            f"{sd['p95_ms']:.1f} ms",
            f"<= {GOAL_SAVE_P95_MS:.0f} ms",
            sd["p95_ms"] <= GOAL_SAVE_P95_MS,
        ),
        (
            f"batch insert, CLI add --file ({b['n']} rec, incl. start-up)",
            f"{b['records_per_s']:.0f} rec/s",
            "",
            "",
        ),
        (
            f"demo generation ({r['records']} records)",
            f"{r['demo']['seconds']:.1f} s",
            f"< {demo_goal:.0f} s",
            r["demo"]["seconds"] < demo_goal,
        ),
        (
            f"search list_+count median ({n_c} complaints, {q['runs']} runs)",
            f"{q['median_ms']:.1f} ms",
            f"<= {GOAL_SEARCH_MS:.0f} ms",
            q["median_ms"] <= GOAL_SEARCH_MS,
        ),
        (
            "search list_+count p95",
            f"{q['p95_ms']:.1f} ms",
            f"<= {GOAL_SEARCH_MS:.0f} ms",
            q["p95_ms"] <= GOAL_SEARCH_MS,
        ),
    ]
    w0 = max(len(x[0]) for x in rows)
    w1 = max(len(x[1]) for x in rows)
    print()
    print(f"{'figure':<{w0}} | {'value':>{w1}} | {'goal':<9} | ok")
    print(f"{'-' * w0}-+-{'-' * w1}-+-{'-' * 9}-+---")
    for fig, val, goal, ok in rows:
        mark = "" if ok == "" else ("yes" if ok else "NO")
        print(f"{fig:<{w0}} | {val:>{w1}} | {goal:<9} | {mark}")
    print(f"\ndemo counts: {r['demo']['counts']}; file {r['demo']['file_mb']:.0f} MB")
    print("\nsearch queries (median / max of runs, matches):")
    for item in q["queries"]:
        print(
            f"  {item['query']!r:<24} {item['median_ms']:7.1f} / {item['max_ms']:7.1f} ms"
            f"  {item['matches']:>7} matches"
        )


if __name__ == "__main__":
    sys.exit(main())
