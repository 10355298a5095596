"""Users: argon2id hashes, login, lockout after repeated failures (full rules in #6)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from argon2 import Type

from station_app.services import users
from station_app.services.errors import AuthError, PermissionDenied, ValidationError

from conftest import CHIEF_PASSWORD, OFFICER_PASSWORD


def test_production_hasher_is_argon2id_memory_hard():
    h = users.PRODUCTION_HASHER
    assert h.type is Type.ID and h.memory_cost >= 64 * 1024 and h.time_cost >= 3


def test_passwords_are_stored_as_argon2id_hashes(db):
    stored = db.execute("SELECT password_hash FROM users WHERE username = 'officer'").fetchone()[0]
    assert stored.startswith("$argon2id$") and OFFICER_PASSWORD not in stored


def test_login_and_wrong_password(db):
    actor = users.authenticate(db, "officer", OFFICER_PASSWORD)
    assert actor.role == "officer" and actor.username == "officer"
    with pytest.raises(AuthError):
        users.authenticate(db, "officer", "not-the-password")
    with pytest.raises(AuthError):
        users.authenticate(db, "nobody", "whatever-password")


def test_lockout_after_five_failures_is_audited(db):
    for _ in range(5):
        with pytest.raises(AuthError):
            users.authenticate(db, "officer", "wrong-password")
    with pytest.raises(AuthError) as info:
        users.authenticate(db, "officer", OFFICER_PASSWORD)  # right password, but locked
    assert info.value.message.id == "account_locked"
    actions = [
        r[0]
        for r in db.execute("SELECT action FROM audit_log WHERE username = 'officer' ORDER BY id")
    ]
    assert actions.count("login_failed") == 4 and actions.count("lockout") == 1


def _locked_for(db) -> float:
    until = db.execute("SELECT locked_until FROM users WHERE username = 'officer'").fetchone()[0]
    return (datetime.fromisoformat(until) - datetime.now(UTC)).total_seconds()


def test_each_further_failure_locks_longer(db):
    for _ in range(5):
        with pytest.raises(AuthError):
            users.authenticate(db, "officer", "wrong-password")
    delays = [_locked_for(db)]
    for _ in range(3):
        past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()  # the lock has run out
        db.execute("UPDATE users SET locked_until = ? WHERE username = 'officer'", [past])
        db.conn.commit()
        with pytest.raises(AuthError) as info:
            users.authenticate(db, "officer", "wrong-password")
        assert info.value.message.id == "bad_login"
        delays.append(_locked_for(db))
    assert 25 < delays[0] <= 30
    assert all(later > 1.9 * earlier for earlier, later in pairwise(delays))
    lockouts = db.execute(
        "SELECT count(*) FROM audit_log WHERE username = 'officer' AND action = 'lockout'"
    ).fetchone()[0]
    assert lockouts == 4  # every lockout is audited
    # the time shown is the PC's local time, not UTC
    with pytest.raises(AuthError) as info:
        users.authenticate(db, "officer", OFFICER_PASSWORD)
    until = datetime.fromisoformat(
        db.execute("SELECT locked_until FROM users WHERE username = 'officer'").fetchone()[0]
    )
    assert until.astimezone().strftime("%H:%M:%S") in info.value.text("en")


def test_only_managers_create_users(db, officer, chief):
    with pytest.raises(PermissionDenied):
        users.create_user(db, officer, "newbie", "Жаңы кызматкер", "officer", "password-123")
    with pytest.raises(ValidationError) as info:
        users.create_user(db, chief, "x", "", "wizard", "short")
    assert {"username"} <= set(info.value.errors)
    with pytest.raises(ValidationError) as info:
        users.create_user(db, chief, "chief", "Дубль", "officer", "password-123")
    assert info.value.errors["username"].id == "username_taken"
    made = users.create_user(db, chief, "aigul.t", "Айгүл Т.", "officer", "password-123")
    assert made["role"] == "officer"
    assert users.authenticate(db, "aigul.t", "password-123").username == "aigul.t"
    assert users.authenticate(db, "chief", CHIEF_PASSWORD).role == "chief"
