"""Users: accounts, argon2id password hashes, login with lockout after repeated failures."""

from __future__ import annotations

import re
import uuid as uuidlib
from datetime import UTC, datetime, timedelta

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from station_app import clock
from station_app.messages import msg
from station_app.services.auth import MANAGERS, ROLES, Actor, require
from station_app.services.errors import AuthError, ValidationError
from station_app.store import audit, write_transaction

MIN_PASSWORD = 8
LOCKOUT_AFTER = 5
LOCKOUT_BASE_SECONDS = 30

# argon2id with the RFC 9106 low-memory profile (t=3, m=64 MiB, p=4): ~0.15 s a hash here.
PRODUCTION_HASHER = PasswordHasher()
_hasher = PRODUCTION_HASHER


def check_password(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError({"password": msg("password_too_short", min=MIN_PASSWORD)})


def check_username(db: sqlite_utils.Database | None, username: str) -> None:
    if not isinstance(username, str) or not re.fullmatch(r"[A-Za-z0-9._-]{3,32}", username):
        raise ValidationError({"username": msg("bad_username")})
    if (
        db is not None
        and db.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchone()
    ):
        raise ValidationError({"username": msg("username_taken", value=username)})


def insert_user(
    db: sqlite_utils.Database,
    by: str,
    station: str,
    username: str,
    full_name: str,
    role: str,
    password: str,
) -> dict:
    """Insert a user inside the caller's transaction (no permission check: see create_user)."""
    check_username(db, username)
    errors = {}
    if role not in ROLES:
        errors["role"] = msg("bad_choice", value=role)
    if not isinstance(full_name, str) or not full_name.strip():
        errors["full_name"] = msg("required")
    if errors:
        raise ValidationError(errors)
    check_password(password)
    now = clock.now_iso()
    row = {
        "uuid": str(uuidlib.uuid4()),
        "station": station,
        "created_at": now,
        "created_by": by,
        "updated_at": now,
        "updated_by": by,
        "username": username,
        "full_name": full_name,
        "role": role,
        "password_hash": _hasher.hash(password),
    }
    db["users"].insert(row)
    public = {k: row[k] for k in ("uuid", "username", "full_name", "role")}
    audit.append(db.conn, by, "create", "users", row["uuid"], None, public)
    return public


def create_user(
    db: sqlite_utils.Database,
    actor: Actor,
    username: str,
    full_name: str,
    role: str,
    password: str,
) -> dict:
    require(actor, MANAGERS, db)
    station = db.execute("SELECT code FROM station").fetchone()[0]
    with write_transaction(db):
        return insert_user(db, actor.username, station, username, full_name, role, password)


def authenticate(db: sqlite_utils.Database, username: str, password: str) -> Actor:
    """Check a password. Five failures lock the account for a delay that doubles each time.

    Failures are committed (and audited) before the refusal is raised.
    """
    refusal: AuthError | None = None
    with write_transaction(db):
        row = db.execute(
            "SELECT uuid, username, full_name, role, password_hash, active, failed_logins,"
            " locked_until FROM users WHERE username = ?",
            [username],
        ).fetchone()
        if row is None or not row[5]:
            audit.append(db.conn, str(username)[:64], "login_failed", "users", None)
            refusal = AuthError(msg("bad_login"))
        else:
            refusal = _check_login(db, row, password)
    if refusal is not None:
        raise refusal
    return Actor(row[1], row[3], row[2], row[0])


def _check_login(db: sqlite_utils.Database, row: tuple, password: str) -> AuthError | None:
    user_uuid, name, _full, _role, pw_hash, _active, failed, locked_until = row
    now = datetime.now(UTC)
    if locked_until and datetime.fromisoformat(locked_until) > now:
        local = datetime.fromisoformat(locked_until).astimezone()  # the PC's own clock time
        return AuthError(msg("account_locked", until=local.strftime("%Y-%m-%d %H:%M:%S")))
    try:
        _hasher.verify(pw_hash, password)
    except (VerificationError, InvalidHashError):
        failed += 1
        lock = None
        if failed >= LOCKOUT_AFTER:
            delay = LOCKOUT_BASE_SECONDS * 2 ** min(failed - LOCKOUT_AFTER, 12)
            lock = (now + timedelta(seconds=min(delay, 86_400))).isoformat()
        db.execute(
            "UPDATE users SET failed_logins = ?, locked_until = ? WHERE uuid = ?",
            [failed, lock, user_uuid],
        )
        audit.append(
            db.conn,
            name,
            "lockout" if lock else "login_failed",
            "users",
            user_uuid,
            None,
            {"failed_logins": failed, "locked_until": lock},
        )
        return AuthError(msg("bad_login"))
    db.execute(
        "UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE uuid = ?",
        [clock.now_iso(), user_uuid],
    )
    audit.append(db.conn, name, "login", "users", user_uuid)
    return None


def _user_row(db: sqlite_utils.Database, username: str) -> tuple:
    row = db.execute(
        "SELECT uuid, username, full_name, role, active, password_hash FROM users"
        " WHERE username = ?",
        [username],
    ).fetchone()
    if row is None:
        raise ValidationError({"username": msg("unknown_user", value=str(username)[:64])})
    return row


def _set_password(
    db: sqlite_utils.Database, by: str, user_uuid: str, password: str, action: str
) -> None:
    db.execute(
        "UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL,"
        " revision = revision + 1, updated_at = ?, updated_by = ? WHERE uuid = ?",
        [_hasher.hash(password), clock.now_iso(), by, user_uuid],
    )
    audit.append(db.conn, by, action, "users", user_uuid)


def change_password(db: sqlite_utils.Database, actor: Actor, current: str, new: str) -> None:
    """Any user changes their own password, giving the current one."""
    check_password(new)
    row = _user_row(db, actor.username)
    try:
        _hasher.verify(row[5], current)
    except (VerificationError, InvalidHashError):
        raise ValidationError({"current": msg("wrong_current_password")}) from None
    with write_transaction(db):
        _set_password(db, actor.username, row[0], new, "change_password")


def reset_password(db: sqlite_utils.Database, actor: Actor, username: str, new: str) -> None:
    """A chief or admin sets another user's password (and lifts a lockout)."""
    require(actor, MANAGERS, db)
    check_password(new)
    row = _user_row(db, username)
    with write_transaction(db):
        _set_password(db, actor.username, row[0], new, "reset_password")


def set_active(db: sqlite_utils.Database, actor: Actor, username: str, active: bool) -> dict:
    """Deactivate (or reactivate) a user; users are never deleted."""
    require(actor, MANAGERS, db)
    row = _user_row(db, username)
    if not active and row[1].lower() == actor.username.lower():
        raise ValidationError({"username": msg("cannot_deactivate_self")})
    with write_transaction(db):
        db.execute(
            "UPDATE users SET active = ?, revision = revision + 1, updated_at = ?,"
            " updated_by = ? WHERE uuid = ?",
            [int(active), clock.now_iso(), actor.username, row[0]],
        )
        audit.append(
            db.conn,
            actor.username,
            "activate" if active else "deactivate",
            "users",
            row[0],
            {"active": bool(row[4])},
            {"active": active},
        )
    return {"uuid": row[0], "username": row[1], "active": active}


def list_users(db: sqlite_utils.Database) -> list[dict]:
    return [
        dict(r)
        for r in db.query(
            "SELECT uuid, username, full_name, role, active FROM users ORDER BY username"
        )
    ]
