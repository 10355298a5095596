"""Crash bench: SIGKILL ``station-app add complaint`` 1,000+ times, then audit the database.

    python bench/crash.py --kills 1000 [--data-dir D] [--seed 1] [--max-delay 0.15]

Each round starts ``python -m station_app --data-dir D --user chief add complaint``, feeds
it complaint lines from a thread, collects the ``{"uuid", "number"}`` acknowledgements it
prints after each commit, and kills it with SIGKILL at a random moment: usually a random
delay after the first acknowledgement (mid-transaction, mid-commit, between records), and
in a fifth of the rounds a random delay after start (interpreter start-up, the login
transaction, the first records). At the end (and every ``--verify-every`` kills) it checks:

* every acknowledged record is stored, with the number it was acknowledged with, and every
  stored complaint equals the line that was sent for it, column by column;
* none is half-written: exactly one 'registered' timeline entry and one audit 'create' row
  each, and no timeline entry or audit row for a complaint that is not there;
* numbers are 1..N with no gap and no duplicate (a killed transaction gives its number
  back), and the year's counter equals N;
* each round stored a prefix of its lines, at most one more than it acknowledged;
* ``station-app check`` (integrity, foreign keys, search index, audit chain) exits 0.

Prints a summary and exits 1 on any violation. SIGKILL is a process crash: the operating
system's page cache survives it, so this does not test a power cut.
The driver (lines, kill rounds, audit) is tests/crash_driver.py, shared with tests/test_crash.py.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from station_app.services import station

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from crash_driver import (
    STATION,
    TODAY,
    Plan,
    Round,
    cli_env,
    run_check,
    run_round,
    verify,
)

PASSWORD = "crash-bench-password"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=1000)
    ap.add_argument(
        "--data-dir",
        type=Path,
        help="empty or new folder (default: a temp one, removed afterwards unless --keep)",
    )
    ap.add_argument("--keep", action="store_true", help="keep the temp folder")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--max-delay",
        type=float,
        default=0.15,
        help="longest wait after the first acknowledgement, seconds",
    )
    ap.add_argument(
        "--early", type=float, default=0.2, help="share of kills timed from process start instead"
    )
    ap.add_argument("--verify-every", type=int, default=250, help="0 = only at the end")
    args = ap.parse_args(argv)
    if sys.platform == "win32":
        print("crash.py needs POSIX signals (SIGKILL)", file=sys.stderr)
        return 2

    os.environ["STATION_APP_TODAY"] = TODAY
    env = cli_env(PASSWORD)
    temp = args.data_dir is None
    data_dir = Path(tempfile.mkdtemp(prefix="station-crash-")) / "data" if temp else args.data_dir
    if data_dir.exists() and any(data_dir.iterdir()):
        print(f"{data_dir} is not empty", file=sys.stderr)
        return 2
    station.init_station(
        data_dir,
        code=STATION,
        name="Ноокат участогу",
        municipality="Ноокат",
        district="Ноокат району",
        province="Ош облусу",
        admin_user="chief",
        admin_full_name="Бакыт Асанов",
        admin_password=PASSWORD,
    )

    plan = Plan(id_width=5, early_share=args.early, max_delay=args.max_delay, ack_timeout=30.0)
    rng = random.Random(args.seed)
    rounds: list[Round] = []
    problems: list[str] = []
    stats: dict[str, int] = {}
    started = time.monotonic()
    try:
        for rnd in range(1, args.kills + 1):
            rounds.append(run_round(data_dir, rnd, rng, env, plan))
            last = rnd == args.kills
            if last or (args.verify_every and rnd % args.verify_every == 0):
                problems, stats = verify(data_dir, rounds, plan)
                elapsed = time.monotonic() - started
                print(
                    f"[{elapsed:7.1f} s] {rnd}/{args.kills} kills: acknowledged "
                    f"{stats['acknowledged']}, in db {stats['in_db']}, "
                    f"problems {len(problems)}",
                    flush=True,
                )
                if problems:
                    break
        kill_time = time.monotonic() - started
        code, check_out = run_check(data_dir, env, timeout=600)
        total = time.monotonic() - started
        size = sum(p.stat().st_size for p in data_dir.glob("station.sqlite3*"))
    finally:
        if temp and not args.keep and not problems:
            shutil.rmtree(data_dir.parent, ignore_errors=True)

    ok = not problems and code == 0
    print()
    print(f"seed                          {args.seed}")
    print(
        f"kills                         {stats['kills']}"
        f" ({stats['early_kills']} timed from process start)"
    )
    print(f"acknowledged records          {stats['acknowledged']}")
    print(f"records in DB                 {stats['in_db']}")
    print(f"acknowledged but lost         {stats['lost']}")
    print(
        f"killed between commit and ack {stats['killed_between_commit_and_ack']}"
        " (committed, not acknowledged: allowed)"
    )
    print(f"station-app check             exit {code}: {check_out}")
    print(f"database size                 {size / 1e6:.1f} MB")
    print(
        f"time                          {total:.1f} s ({kill_time / max(len(rounds), 1):.2f}"
        " s per kill round)"
    )
    kept = not temp or args.keep or problems
    print(f"data dir                      {data_dir if kept else '(removed)'}")
    if problems:
        print(f"\n{len(problems)} VIOLATION(S):")
        for p in problems[:50]:
            print("  " + p)
    print("\nRESULT: " + ("OK" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
