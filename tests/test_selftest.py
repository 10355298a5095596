"""``station-app --self-test``: every step passes from the source tree, and a failing step
fails the run; the user's data folder is never touched and the work folder is removed."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from station_app import selftest

STEPS = [name for name, _ in selftest.STEPS]


def test_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    home = tmp_path / "home"
    user_data = tmp_path / "user-data"
    env = dict(
        os.environ,
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        STATION_APP_DATA_DIR=str(user_data),
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path),
        TEMP=str(tmp_path),
        TMP=str(tmp_path),
    )
    env.pop("STATION_APP_TODAY", None)  # the real today, as an installed copy sees it
    proc = subprocess.run(
        [sys.executable, "-m", "station_app", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    for name in STEPS:
        assert any(line.startswith(f"OK    {name} (") for line in lines), (name, proc.stdout)
    assert "FAIL" not in proc.stdout
    assert lines[-1] == "self-test passed"
    assert "Traceback" not in proc.stderr
    work = Path(re.search(r"^work folder: (.+) \(removed", proc.stdout, re.M).group(1))
    assert work.parent == tmp_path and not work.exists()
    assert not user_data.exists() and not home.exists()


def test_a_failing_step_fails_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ctx: selftest.Context) -> str:
        selftest.expect(False, "the report text lacks 'TST'")
        return ""

    steps = [(n, broken if f is selftest.step_report else f) for n, f in selftest.STEPS]
    monkeypatch.setattr(selftest, "STEPS", steps)
    out = io.StringIO()
    assert selftest.run(out, gui=False) is False
    text = out.getvalue()
    assert "FAIL  monthly report PDF: the report text lacks 'TST'" in text
    assert "OK    export package and verify it (" in text  # the other steps still run
    assert "main window" not in text
    assert text.splitlines()[-1] == "self-test FAILED: 1 step(s)"


def test_without_a_database_nothing_else_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_disk(ctx: selftest.Context) -> str:
        raise OSError(28, "No space left on device")

    steps = [(n, no_disk if f is selftest.step_database else f) for n, f in selftest.STEPS]
    monkeypatch.setattr(selftest, "STEPS", steps)
    out = io.StringIO()
    assert selftest.run(out, gui=False) is False
    lines = out.getvalue().splitlines()
    assert (
        lines[2] == "FAIL  temporary station database: OSError: [Errno 28] No space left on device"
    )
    assert not any(line.startswith(("OK", "FAIL  complaint")) for line in lines)
