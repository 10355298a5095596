"""The command line end to end, in subprocesses, as district IT would script it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from station_app import paths
from station_app.store import schema

PASSWORD = "cli-test-password"


def run(
    data_dir: Path,
    *args: str,
    stdin: str | None = None,
    env: dict | None = None,
    password: str | None = PASSWORD,
) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, PYTHONIOENCODING="utf-8", STATION_APP_LANG="en")
    full_env.pop("STATION_APP_PASSWORD", None)
    if password is not None:
        full_env["STATION_APP_PASSWORD"] = password
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "station_app", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=120,
    )


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    return proc.stderr.strip()


@pytest.fixture
def cli_station(tmp_path) -> Path:
    d = tmp_path / "station"
    proc = run(
        d,
        "init",
        "--code",
        "NKT",
        "--name",
        "Ноокат участогу",
        "--municipality",
        "Ноокат",
        "--district",
        "Ноокат району",
        "--province",
        "Ош облусу",
        "--admin-user",
        "chief",
        "--settlement",
        "Ноокат|Ноокат|Nookat",
        "--settlement",
        "Кара-Таш",
    )
    assert proc.returncode == 0, proc.stderr
    assert "NKT" in proc.stdout and "fingerprint" in proc.stdout
    return d


COMPLAINT = {
    "received_on": "2026-11-02",
    "channel": "phone",
    "category": "dispute",
    "description": "Суу талашы: кошуна арыкты бууп салды",
    "complainant": {
        "name": "Айгүл",
        "sex": "female",
        "age_group": "18_29",
        "settlement": "Ноокат",
        "contact": "0555 12 34 56",
    },
}


def lines(*records) -> str:
    return "".join(
        (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records
    )


def test_init_refuses_second_time_and_bad_code(cli_station, tmp_path):
    again = run(
        cli_station,
        "init",
        "--code",
        "NKT",
        "--name",
        "x",
        "--province",
        "y",
        "--admin-user",
        "chief",
    )
    assert "already" in one_line_error(again)
    bad = run(
        tmp_path / "other",
        "init",
        "--code",
        "nk1",
        "--name",
        "x",
        "--province",
        "y",
        "--admin-user",
        "chief",
    )
    assert "station code" in one_line_error(bad)


def test_init_needs_a_password_but_never_as_an_argument(tmp_path):
    proc = run(
        tmp_path / "s",
        "init",
        "--code",
        "NKT",
        "--name",
        "x",
        "--province",
        "y",
        "--admin-user",
        "chief",
        password=None,
    )
    assert "STATION_APP_PASSWORD" in one_line_error(proc)
    assert not paths.db_path(tmp_path / "s").exists()
    short = run(
        tmp_path / "s",
        "init",
        "--code",
        "NKT",
        "--name",
        "x",
        "--province",
        "y",
        "--admin-user",
        "chief",
        password="short",
    )
    assert "at least 8" in one_line_error(short)


def test_add_acknowledges_each_committed_record(cli_station):
    proc = run(
        cli_station,
        "add",
        "complaint",
        stdin=lines(
            COMPLAINT,
            COMPLAINT | {"anonymous": True, "complainant": None},
        ),
    )
    assert proc.returncode == 0, proc.stderr
    acks = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [a["number"] for a in acks] == ["NKT-2026-0001", "NKT-2026-0002"]
    listed = run(cli_station, "list", "complaints", "--json")
    rows = [json.loads(x) for x in listed.stdout.splitlines()]
    assert {r["uuid"] for r in rows} == {a["uuid"] for a in acks}
    assert all({"uuid", "number", "received_on", "category", "status"} <= set(r) for r in rows)
    conn = sqlite3.connect(paths.db_path(cli_station))
    settlement = conn.execute(
        "SELECT s.name_en FROM complaints c JOIN settlements s"
        " ON s.uuid = c.complainant_settlement_uuid"
    ).fetchone()
    conn.close()
    assert settlement == ("Nookat",)  # named in the line, resolved to the settlement's uuid
    assert "Кара-Таш" in run(cli_station, "list", "settlements").stdout


def test_bad_lines_are_reported_and_good_ones_kept(cli_station):
    good = COMPLAINT | {"complainant": {"name": "Айгүл", "sex": "female", "age_group": "18_29"}}
    proc = run(
        cli_station,
        "add",
        "complaint",
        stdin=lines(
            good,
            "{not json",
            good | {"received_on": "2026-02-30"},
            good | {"colour": "red"},
            good
            | {
                "complainant": {
                    "name": "Бакыт",
                    "sex": "male",
                    "age_group": "30_59",
                    "settlement": "Атлантида",
                }
            },
            [1, 2, 3],
            good | {"description": "ж" * 100_000},
            good | {"description": "<b>&amp; \u200b ок"},
        ),
    )
    assert proc.returncode == 1
    acks = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(acks) == 2
    err = proc.stderr
    assert "line 2: not valid JSON" in err
    assert "line 3: received_on: Not a valid date: 2026-02-30" in err
    assert "line 4: colour: Unknown field." in err
    assert "line 5: complainant.settlement: No such record: Атлантида" in err
    assert "line 6: record: Must be a group of fields." in err
    assert "line 7: description: Too long" in err
    assert "2 line(s) were not saved" not in err and "6 line(s) were not saved" in err
    assert "Traceback" not in err
    listed = [
        json.loads(x)
        for x in run(cli_station, "list", "complaints", "--json", "--ascending").stdout.splitlines()
    ]
    assert [r["number"] for r in listed] == ["NKT-2026-0001", "NKT-2026-0002"]


def test_add_with_the_callers_uuid_is_idempotent(cli_station):
    """A line re-sent after a crash (committed, not acknowledged) is not saved twice."""
    line = COMPLAINT | {
        "uuid": "6d1e4a52-8b1c-4a77-9d0e-3f2b5c6a7e81",
        "complainant": {"name": "Айгүл", "sex": "female", "age_group": "18_29"},
    }
    first = run(cli_station, "add", "complaint", stdin=lines(line))
    again = run(cli_station, "add", "complaint", stdin=lines(line, line))
    assert first.returncode == again.returncode == 0, again.stderr
    acks = [json.loads(x) for x in (first.stdout + again.stdout).splitlines()]
    assert {(a["uuid"], a["number"]) for a in acks} == {
        ("6d1e4a52-8b1c-4a77-9d0e-3f2b5c6a7e81", "NKT-2026-0001")
    }
    assert len(run(cli_station, "list", "complaints", "--json").stdout.splitlines()) == 1
    bad = run(cli_station, "add", "complaint", stdin=lines(line | {"uuid": "not-a-uuid"}))
    assert "line 1: uuid:" in bad.stderr


def test_add_meeting_and_activity_from_file(cli_station, tmp_path):
    f = tmp_path / "meetings.jsonl"
    f.write_text(
        lines(
            {
                "held_on": "2026-11-01",
                "kind": "public_gathering",
                "venue": "Мэрия",
                "attendance": {"men": 12, "women": 15, "youth": 6},
                "topics": ["road_safety"],
                "issues_raised": "Жол белгилери жок",
                "decisions": "Белги коюу",
            }
        ),
        encoding="utf-8",
    )
    assert run(cli_station, "add", "meeting", "--file", str(f)).returncode == 0
    proc = run(
        cli_station,
        "add",
        "activity",
        stdin=lines(
            {
                "held_on": "2026-10-20",
                "kind": "talk",
                "themes": ["violent_extremism"],
                "target_group": "Жаштар",
                "participants": {"men": 20, "women": 18, "youth": 30},
            }
        ),
    )
    assert proc.returncode == 0, proc.stderr
    meetings = [
        json.loads(x) for x in run(cli_station, "list", "meetings", "--json").stdout.splitlines()
    ]
    assert meetings[0]["held_on"] == "2026-11-01" and meetings[0]["kind"] == "public_gathering"
    assert "status" in meetings[0]
    acts = run(cli_station, "list", "activities", "--json", "--type", "talk")
    assert json.loads(acts.stdout.splitlines()[0])["kind"] == "talk"
    missing = run(cli_station, "add", "meeting", "--file", str(tmp_path / "nope.jsonl"))
    assert "cannot read" in one_line_error(missing)


def test_list_search_is_case_insensitive_in_cyrillic(cli_station):
    run(
        cli_station,
        "add",
        "complaint",
        stdin=lines(
            COMPLAINT
            | {
                "description": "Кечинде катуу ШУМ",
                "complainant": {"name": "Айгүл", "sex": "female", "age_group": "18_29"},
            }
        ),
    )
    out = run(cli_station, "list", "complaints", "--search", "шум", "--json").stdout
    assert len(out.splitlines()) == 1
    assert run(cli_station, "list", "complaints", "--search", "тынч").stdout == ""
    assert run(cli_station, "list", "settlements").returncode == 0


def test_wrong_password_and_unknown_user(cli_station):
    proc = run(cli_station, "add", "complaint", stdin="", password="wrong-password")
    assert "Wrong user name or password" in one_line_error(proc)
    proc = run(cli_station, "--user", "ghost", "add", "complaint", stdin="")
    assert "Wrong user name or password" in one_line_error(proc)


def test_messages_follow_the_language(cli_station):
    proc = run(
        cli_station,
        "--lang",
        "ky",
        "add",
        "complaint",
        stdin=lines(COMPLAINT | {"received_on": "2026-02-30"}),
    )
    assert "Туура эмес дата" in proc.stderr


def test_check_backup_restore(cli_station, tmp_path):
    run(
        cli_station,
        "add",
        "complaint",
        stdin=lines(
            COMPLAINT | {"complainant": {"name": "Айгүл", "sex": "female", "age_group": "18_29"}}
        ),
    )
    assert run(cli_station, "check").returncode == 0
    out = tmp_path / "usb"
    proc = run(cli_station, "backup", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    backup_file = Path(proc.stdout.strip())
    assert backup_file.parent == out and backup_file.exists()
    run(
        cli_station,
        "add",
        "complaint",
        stdin=lines(COMPLAINT | {"anonymous": True, "complainant": None}),
    )
    proc = run(cli_station, "restore", str(backup_file))
    assert proc.returncode == 0, proc.stderr
    rows = run(cli_station, "list", "complaints", "--json").stdout.splitlines()
    assert len(rows) == 1
    assert run(cli_station, "check").returncode == 0
    # the numbering continues from the restored counter, and never collides
    ack = run(
        cli_station,
        "add",
        "complaint",
        stdin=lines(COMPLAINT | {"anonymous": True, "complainant": None}),
    ).stdout
    assert json.loads(ack)["number"] == "NKT-2026-0002"


def test_check_fails_with_the_first_broken_row(cli_station):
    run(
        cli_station,
        "add",
        "complaint",
        stdin=lines(COMPLAINT | {"anonymous": True, "complainant": None}),
    )
    conn = sqlite3.connect(paths.db_path(cli_station))
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET after = '{}' WHERE id = 3")
    conn.commit()
    conn.close()
    err = one_line_error(run(cli_station, "check"))
    assert "audit_log row 3" in err and len(err.splitlines()) == 1


def test_errors_are_one_line_without_traceback(tmp_path, cli_station):
    assert "init" in one_line_error(run(tmp_path / "empty", "check"))
    assert "not found" in one_line_error(run(cli_station, "restore", str(tmp_path / "x.db")))
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    paths.db_path(garbage).write_bytes(b"this is not a database" * 100)
    assert one_line_error(run(garbage, "check"))
    newer = tmp_path / "newer"
    newer.mkdir()
    conn = sqlite3.connect(paths.db_path(newer))
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 5}")
    conn.close()
    assert "newer version" in one_line_error(run(newer, "check"))
    usage = run(cli_station, "list", "nonsense")
    assert usage.returncode == 2


def test_done_when_init_demo_check(tmp_path):
    """The issue's acceptance line: init, demo --records 5000, check, all exit 0."""
    d = tmp_path / "x"
    assert (
        run(
            d,
            "init",
            "--code",
            "NKT",
            "--name",
            "Ноокат",
            "--municipality",
            "Ноокат",
            "--district",
            "Ноокат",
            "--province",
            "Ош",
            "--admin-user",
            "chief",
        ).returncode
        == 0
    )
    demo = run(d, "demo", "--records", "5000")
    assert demo.returncode == 0, demo.stderr
    check = run(d, "check")
    assert check.returncode == 0, check.stderr
    rows = run(d, "list", "complaints", "--json", "--limit", "5").stdout.splitlines()
    assert len(rows) == 5


def test_close_and_reopen_month(cli_station, tmp_path):
    """The chief signs October; its report reprints byte-identically; its records lock."""
    meeting = {"held_on": "2026-10-05", "kind": "other", "venue": "Мэрия"}
    assert run(cli_station, "add", "meeting", stdin=lines(meeting)).returncode == 0
    closed = run(cli_station, "close-month", "2026-10", "--lang", "ru")
    assert closed.returncode == 0, closed.stderr
    assert "2026-10 closed" in closed.stdout and "sha256" in closed.stdout
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (a, b):
        proc = run(cli_station, "report", "--period", "2026-10", "--lang", "ru", "--out", str(out))
        assert proc.returncode == 0 and "signed at closing" in proc.stderr
    assert a.read_bytes() == b.read_bytes() and a.read_bytes().startswith(b"%PDF")
    refused = run(cli_station, "add", "meeting", stdin=lines(meeting))
    assert refused.returncode == 1 and "2026-10 is closed" in refused.stderr
    assert "reason" in one_line_error(run(cli_station, "reopen-month", "2026-10"))
    reopened = run(cli_station, "reopen-month", "2026-10", "--reason", "Кечиккен жыйын")
    assert reopened.returncode == 0, reopened.stderr
    assert run(cli_station, "add", "meeting", stdin=lines(meeting)).returncode == 0
    assert "not over" in one_line_error(run(cli_station, "close-month", "2026-11"))
    assert run(cli_station, "check").returncode == 0
