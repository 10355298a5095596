"""Setting up a station (or a district office): profile, reference lists, first chief, keys."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import sqlite_utils

from station_app import clock, paths
from station_app.messages import Msg, msg
from station_app.services import records, users
from station_app.services.auth import CHIEF, SYSTEM
from station_app.services.errors import ValidationError
from station_app.services.reference import SETTLEMENTS
from station_app.services.reference_data import REFERENCE_LISTS
from station_app.services.validation import Invalid, Text
from station_app.store import audit, open_db, write_transaction

PRIVATE_KEY_FILE = "station_ed25519.pem"


def is_initialised(data_dir: Path) -> bool:
    file = paths.db_path(data_dir)
    if not file.exists():
        return False
    db = open_db(data_dir)
    try:
        return db.execute("SELECT count(*) FROM station").fetchone()[0] == 1
    finally:
        db.close()


def profile(db: sqlite_utils.Database) -> dict[str, Any]:
    cur = db.execute(
        "SELECT code, name, municipality, district, province, mode, public_key, created_at"
        " FROM station"
    )
    row = cur.fetchone()
    if row is None:
        raise RuntimeError("the station is not initialised")
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def _clean_profile(values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, Msg] = {}
    out: dict[str, Any] = {}
    code = values.get("code")
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2,5}", code):
        errors["code"] = msg("bad_station_code")
    else:
        out["code"] = code
    for key in ("name", "municipality", "district", "province"):
        try:
            value = Text().clean(values.get(key) or "")
        except Invalid as exc:
            errors[key] = exc.message
            continue
        if value is None and key in ("name", "province"):
            errors[key] = msg("required")
        out[key] = value or ""
    if errors:
        raise ValidationError(errors)
    return out


def _make_keys(data_dir: Path) -> str:
    """Create the station's Ed25519 key pair; the private key stays in ``keys/``."""
    # imported here: only a new station needs it, and the window's start does not wait
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    folder = paths.keys_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    target = folder / PRIVATE_KEY_FILE
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
        fh.flush()
        os.fsync(fh.fileno())
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )


def init_station(
    data_dir: Path,
    *,
    code: str,
    name: str,
    province: str,
    admin_user: str,
    admin_password: str,
    admin_full_name: str | None = None,
    municipality: str = "",
    district: str = "",
    district_mode: bool = False,
    settlements: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Create the database and everything a new station needs, in one transaction."""
    data_dir = Path(data_dir)
    if paths.db_path(data_dir).exists() and is_initialised(data_dir):
        raise ValidationError({"data_dir": msg("already_initialised", path=str(data_dir))})
    # Validate the profile and the account together, before creating any file.
    errors: dict[str, Msg] = {}
    prof: dict[str, Any] = {}
    for check in (
        lambda: prof.update(
            _clean_profile(
                {
                    "code": code,
                    "name": name,
                    "municipality": municipality,
                    "district": district,
                    "province": province,
                },
            )
        ),
        lambda: users.check_username(None, admin_user),
        lambda: users.check_password(admin_password),
    ):
        try:
            check()
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    db = open_db(data_dir, create=True)
    try:
        public_key = _make_keys(data_dir)
        with write_transaction(db):
            station_row = prof | {
                "id": 1,
                "mode": "district" if district_mode else "station",
                "public_key": public_key,
                "created_at": clock.now_iso(),
            }
            db["station"].insert(station_row)
            audit.append(db.conn, SYSTEM.username, "init", "station", None, None, station_row)
            for list_name, items in REFERENCE_LISTS.items():
                for order, (c, ky, ru, en) in enumerate(items):
                    db["ref_items"].insert(
                        {
                            "list": list_name,
                            "code": c,
                            "label_ky": ky,
                            "label_ru": ru,
                            "label_en": en,
                            "sort_order": order,
                            "active": 1,
                        }
                    )
            chief = users.insert_user(
                db,
                SYSTEM.username,
                prof["code"],
                admin_user,
                admin_full_name or admin_user,
                CHIEF,
                admin_password,
            )
            actor = SYSTEM
            for s in settlements or []:
                cols, _links, _children = records.clean(db, SETTLEMENTS, s)
                uuid = records.insert(db, actor, SETTLEMENTS, cols, {}, {})
                audit.append(db.conn, actor.username, "create", "settlements", uuid, None, s)
        return {"station": profile(db), "chief": chief}
    finally:
        db.close()
