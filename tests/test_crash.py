"""Crash safety: SIGKILL ``station-app add complaint`` at random moments, then audit the file.

Every record whose ``{"uuid", "number"}`` line reached stdout must be in the database, whole;
nothing may be half-written (a complaint without its timeline entry or its audit row), and
complaint numbers must have no gaps, since a number is taken in the record's own transaction
and a killed transaction gives its number back. ``bench/crash.py`` runs the same for 1,000+
kills; both use the driver in ``crash_driver.py``. SIGKILL tests a process crash, not a power
cut (the OS page cache survives it).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from conftest import CHIEF_PASSWORD
from crash_driver import Plan, cli_env, run_check, run_round, verify

pytestmark = [
    pytest.mark.crash,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows"),
]

ROUNDS = 30
SEED = 20261120
PLAN = Plan(id_width=4, early_share=0.2, max_delay=0.25, ack_timeout=15.0)


def test_sigkill_loses_no_acknowledged_complaint(station_dir: Path) -> None:
    env = cli_env(CHIEF_PASSWORD)
    rng = random.Random(SEED)
    rounds = []
    for rnd in range(1, ROUNDS + 1):
        r = run_round(station_dir, rnd, rng, env, PLAN)
        if r.stalled:
            pytest.fail(
                f"round {rnd}: no acknowledgement within {PLAN.ack_timeout:g} s: {r.stderr!r}"
            )
        rounds.append(r)

    problems, stats = verify(station_dir, rounds, PLAN)
    assert not problems, f"seed {SEED}, {stats}:\n" + "\n".join(problems[:30])
    assert stats["acknowledged"] > 0
    assert stats["in_db"] >= stats["acknowledged"]

    code, output = run_check(station_dir, env, timeout=60)
    assert code == 0, output
