"""Crash driver shared by tests/test_crash.py (30 kills) and bench/crash.py (1,000+ kills).

A round starts ``station-app add complaint``, feeds it numbered complaint lines, collects the
``{"uuid", "number"}`` acknowledgements it prints after each commit and SIGKILLs it at a random
moment; ``verify`` then audits the database against what was sent and acknowledged.
Not a test file: it imports neither pytest nor conftest.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from station_app.services import deadlines
from station_app.services import settings as settings_service
from station_app.store import open_db

TODAY = "2026-11-20"  # pinned, so the generated received_on dates are never in the future
STATION = "NKT"
YEAR = 2026
EARLY_MAX_DELAY = 0.4  # longest wait after start for an early kill, seconds
CHANNELS = ("phone", "in_person", "letter", "lcpc")
CATEGORIES = ("dispute", "property", "public_order", "family_violence", "other")
SEXES = ("female", "male")
AGE_GROUPS = ("under_18", "18_29", "30_59", "60_plus")


@dataclass(frozen=True)
class Plan:
    """How a run names its lines and times its kills."""

    id_width: int  # digits of the round number in a line's id, crash-<round>-<line>
    early_share: float  # share of kills timed from process start, not from the first ack
    max_delay: float  # longest wait after the first acknowledgement, seconds
    ack_timeout: float  # a round with no acknowledgement by then is stalled, seconds


@dataclass
class Round:
    index: int
    acks: list[dict] = field(default_factory=list)  # in line order: acks[k] is line k + 1
    returncode: int | None = None
    stderr: str = ""
    early: bool = False  # killed at a random moment after start, not after the first ack
    delay: float = 0.0
    stalled: bool = False  # no acknowledgement within the plan's ack_timeout


def line_id(rnd: int, n: int, width: int) -> str:
    return f"crash-{rnd:0{width}d}-{n:07d}"


def line_record(rnd: int, n: int, width: int) -> dict:
    """The n-th (1-based) complaint line of round ``rnd``; its description carries its id."""
    long = " Коңшулар ызы-чуу, ӨҮҢ жер талашы." * (60 if n % 7 == 0 else 1)
    return {
        "received_on": (date(YEAR, 1, 1) + timedelta(days=(rnd * 37 + n) % 320)).isoformat(),
        "channel": CHANNELS[n % len(CHANNELS)],
        "category": CATEGORIES[(n + rnd) % len(CATEGORIES)],
        "description": f"Арыз {line_id(rnd, n, width)}.{long}",
        "complainant": {
            "name": f"Айгүл Токтогулова {n}",
            "sex": SEXES[n % 2],
            "age_group": AGE_GROUPS[(n // 2) % len(AGE_GROUPS)],
        },
    }


def station_cli(data_dir: Path, *args: str) -> list[str]:
    """The command line ``python -m station_app --data-dir DATA_DIR ARGS...``."""
    return [sys.executable, "-m", "station_app", "--data-dir", str(data_dir), *args]


def cli_env(password: str) -> dict[str, str]:
    """This process's environment for CLI subprocesses that log in with ``password``."""
    env = dict(os.environ, STATION_APP_PASSWORD=password)
    env.pop("STATION_APP_USER", None)
    return env


def _close(proc: subprocess.Popen) -> None:
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        with contextlib.suppress(OSError):  # stdin: lines the dead process never read
            stream.close()


def run_round(
    data_dir: Path, rnd: int, rng: random.Random, env: dict[str, str], plan: Plan
) -> Round:
    """One kill: feed round ``rnd``'s lines to ``add complaint`` as user chief, then SIGKILL."""
    result = Round(rnd)
    proc = subprocess.Popen(
        station_cli(data_dir, "--user", "chief", "add", "complaint"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    first_ack = threading.Event()
    errors: list[bytes] = []

    def feed() -> None:
        n = 0
        try:
            while True:
                chunk = "".join(
                    json.dumps(line_record(rnd, n + k, plan.id_width), ensure_ascii=False) + "\n"
                    for k in range(1, 9)
                )
                proc.stdin.write(chunk.encode("utf-8"))
                proc.stdin.flush()
                n += 8
        except (BrokenPipeError, OSError, ValueError):
            pass  # the process is gone

    def read_acks() -> None:
        for raw in proc.stdout:
            if raw.endswith(b"\n"):  # a cut-off last line is not an acknowledgement
                result.acks.append(json.loads(raw))
                first_ack.set()

    def read_errors() -> None:
        errors.append(proc.stderr.read())

    threads = [threading.Thread(target=f, daemon=True) for f in (feed, read_acks, read_errors)]
    for t in threads:
        t.start()
    if rng.random() < plan.early_share:  # anywhere: interpreter start, login, first records
        result.early = True
        result.delay = rng.uniform(0.0, EARLY_MAX_DELAY)
        time.sleep(result.delay)
    else:
        result.delay = rng.uniform(0.0, plan.max_delay)
        if first_ack.wait(plan.ack_timeout):
            time.sleep(result.delay)
        else:
            result.stalled = True
    os.kill(proc.pid, signal.SIGKILL)
    result.returncode = proc.wait()
    for t in threads:
        t.join(10)
    _close(proc)
    result.stderr = b"".join(errors).decode("utf-8", "replace")
    return result


def expected_columns(rec: dict, conf: dict) -> dict:
    """The complaints row that ``add complaint`` should store for line ``rec``."""
    received = date.fromisoformat(rec["received_on"])
    due = deadlines.answer_due(received, conf).isoformat()
    return {
        "station": STATION,
        "revision": 1,
        "deleted": 0,
        "created_by": "chief",
        "updated_by": "chief",
        "received_on": rec["received_on"],
        "reg_year": received.year,
        "channel": rec["channel"],
        "meeting_uuid": None,
        "anonymous": 0,
        "complainant_name": rec["complainant"]["name"],
        "complainant_sex": rec["complainant"]["sex"],
        "complainant_age_group": rec["complainant"]["age_group"],
        "complainant_settlement_uuid": None,
        "complainant_contact": None,
        "category": rec["category"],
        "description": rec["description"],
        "assigned_officer": "chief",
        "status": "registered",
        "referred_to": None,
        "answer_due_on": due,
        "extended_until": None,
        "extension_reason": None,
        "due_on": due,
        "outcome": None,
        "closed_on": None,
    }


def verify(data_dir: Path, rounds: list[Round], plan: Plan) -> tuple[list[str], dict[str, int]]:
    """Problems found (empty = all good) and counts."""
    line_re = re.compile(rf"crash-(\d{{{plan.id_width}}})-(\d{{7}})")
    problems: list[str] = []
    db = open_db(data_dir)
    try:
        conf = settings_service.get_all(db)
        cur = db.execute("SELECT * FROM complaints")
        cols = [d[0] for d in cur.description]
        rows = {r["uuid"]: r for r in (dict(zip(cols, v, strict=True)) for v in cur)}
        actions: dict[str, list[tuple]] = {}
        for uuid, kind, from_s, to_s, officer, deleted in db.execute(
            "SELECT complaint_uuid, kind, from_status, to_status, officer, deleted"
            " FROM complaint_actions"
        ):
            actions.setdefault(uuid, []).append((kind, from_s, to_s, officer, deleted))
        creates: dict[str, list[dict]] = {}
        for uuid, after in db.execute(
            "SELECT entity_uuid, after FROM audit_log WHERE entity = 'complaints'"
            " AND action = 'create'"
        ):
            creates.setdefault(uuid, []).append(json.loads(after))
        counter = db.execute(
            "SELECT last_seq FROM complaint_counters WHERE station = ? AND year = ?",
            [STATION, YEAR],
        ).fetchone()
    finally:
        db.close()

    # every stored complaint is one of the lines sent, whole, with its children
    committed: dict[int, set[int]] = {}
    for uuid, row in rows.items():
        m = line_re.search(row["description"] or "")
        if not m:
            problems.append(f"{uuid}: description is not one that was sent")
            continue
        rnd, n = int(m[1]), int(m[2])
        committed.setdefault(rnd, set()).add(n)
        want = expected_columns(line_record(rnd, n, plan.id_width), conf)
        bad = {k: (row.get(k), v) for k, v in want.items() if row.get(k) != v}
        if bad:
            problems.append(f"{uuid} (round {rnd} line {n}): columns differ {bad}")
        if row["number"] != f"{STATION}-{row['reg_year']}-{row['reg_seq']:04d}":
            problems.append(f"{uuid}: number {row['number']} does not match its sequence")
        if actions.get(uuid) != [("status", None, "registered", "chief", 0)]:
            problems.append(
                f"{uuid}: timeline should be one 'registered' entry, is {actions.get(uuid)}"
            )
        audit_rows = creates.get(uuid, [])
        if len(audit_rows) != 1:
            problems.append(f"{uuid}: {len(audit_rows)} audit 'create' rows, expected 1")
        elif (audit_rows[0].get("number"), audit_rows[0].get("description")) != (
            row["number"],
            row["description"],
        ):
            problems.append(f"{uuid}: audit 'create' row does not describe the record")
    for uuid in set(actions) - set(rows):
        problems.append(f"timeline entries for a missing complaint {uuid}")
    for uuid in set(creates) - set(rows):
        problems.append(f"audit 'create' row for a missing complaint {uuid}")

    # numbers: 1..N, no gaps, no duplicates, and the counter agrees
    seqs = sorted(r["reg_seq"] for r in rows.values() if r["reg_year"] == YEAR)
    if seqs != list(range(1, len(rows) + 1)):
        missing = sorted(set(range(1, len(rows) + 1)) - set(seqs))[:10]
        problems.append(
            f"complaint numbers are not 1..{len(rows)} (missing {missing}, "
            f"{len(seqs) - len(set(seqs))} duplicates)"
        )
    if (counter[0] if counter else 0) != len(rows):
        problems.append(f"complaint counter is {counter}, but {len(rows)} complaints exist")

    # every acknowledged record is there, as acknowledged; each round committed a prefix of
    # its lines, at most one more than it acknowledged (killed between commit and ack)
    acked = lost = after_commit = 0
    for r in rounds:
        if r.returncode != -signal.SIGKILL:
            problems.append(f"round {r.index}: exit {r.returncode} before the kill: {r.stderr}")
        if r.stalled:
            problems.append(f"round {r.index}: no acknowledgement within {plan.ack_timeout:g} s")
        if r.stderr.strip():
            problems.append(f"round {r.index}: stderr {r.stderr.strip()[:300]}")
        for k, ack in enumerate(r.acks, start=1):
            acked += 1
            row = rows.get(ack["uuid"])
            if row is None:
                lost += 1
                problems.append(
                    f"LOST: round {r.index} line {k} acknowledged as {ack} is not in the database"
                )
            elif row["number"] != ack["number"] or line_re.search(row["description"])[0] != (
                line_id(r.index, k, plan.id_width)
            ):
                problems.append(
                    f"round {r.index} line {k}: acknowledged {ack}, stored "
                    f"{row['number']} / {row['description'][:40]}"
                )
        got = committed.get(r.index, set())
        if got != set(range(1, len(got) + 1)):
            problems.append(
                f"round {r.index}: committed lines are not a prefix "
                f"(first missing {min(set(range(1, max(got) + 1)) - got)})"
            )
        if not len(r.acks) <= len(got) <= len(r.acks) + 1:
            problems.append(f"round {r.index}: {len(r.acks)} acknowledged, {len(got)} stored")
        after_commit += len(got) == len(r.acks) + 1
    stats = {
        "kills": len(rounds),
        "early_kills": sum(r.early for r in rounds),
        "acknowledged": acked,
        "in_db": len(rows),
        "lost": lost,
        "killed_between_commit_and_ack": after_commit,
    }
    return problems, stats


def run_check(data_dir: Path, env: dict[str, str], timeout: float) -> tuple[int, str]:
    """``station-app check``: exit code and its output."""
    proc = subprocess.run(
        station_cli(data_dir, "check"),
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    return proc.returncode, (proc.stdout + proc.stderr).strip()
