"""Receipts: the district tells a station, in a signed file, what arrived and what it approved.

A receipt (``NKT_receipt_2026-11-20.streceipt``) is one JSON object::

    {"receipt": {...}, "signature": "<Ed25519 by the district's key, hex>"}

The body lists every package imported from that station (sequence number and package
hash) and every month of that station the district approved. It is cumulative, so an
old or repeated receipt changes nothing. The station pins the district's key on the first
receipt (its fingerprint is shown for checking by phone); a different key is refused
until the chief accepts it deliberately. Applying a receipt marks the listed packages
acknowledged - the next incremental export starts after them - and records the approvals.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from station_app import clock
from station_app.messages import msg
from station_app.services import months
from station_app.services.auth import CHIEF, Actor, require
from station_app.store import audit, write_transaction
from station_app.sync import keys, state
from station_app.sync.errors import PackageRefused, SyncError
from station_app.sync.export import write_atomically
from station_app.sync.package import canonical_json, sha256

FORMAT = "station-app-receipt"
VERSION = 1
EXTENSION = ".streceipt"
SIGNED_CONTEXT = b"station-app receipt signature v1\n"
MAX_BYTES = 10 << 20


@dataclass
class ReceiptResult:
    path: Path
    station: str
    packages: int
    approvals: list[str] = field(default_factory=list)
    newly_approved: list[str] = field(default_factory=list)


@dataclass
class AppliedReceipt:
    district: str
    acknowledged: list[int] = field(default_factory=list)  # newly acknowledged seqs
    unknown: int = 0  # packages listed that this station has no record of
    approvals: list[str] = field(default_factory=list)  # newly recorded months
    already: bool = False
    trusted: str | None = None  # the fingerprint, when the key was pinned now


def _statement(body: dict[str, Any]) -> bytes:
    return SIGNED_CONTEXT + canonical_json(body)


# ---------------------------------------------------------------------------- district


def make_receipt(
    db: sqlite_utils.Database,
    actor: Actor,
    data_dir: Path,
    station: str,
    out_dir: Path,
    *,
    approve: list[str] | None = None,
) -> ReceiptResult:
    """Approve ``approve`` months (if given), then write the station's signed receipt."""
    prof = state.require_district(db)
    require(actor, state.DISTRICT_ROLES, db, "receipt")
    entry = state.station_entry(db, station)
    if entry is None:
        raise SyncError(msg("sync_unknown_station", station=str(station)[:10]))
    signing_key = keys.load_private_key(Path(data_dir), prof["public_key"])
    newly = []
    with write_transaction(db):
        for month in approve or []:
            months.check_month(month)
            if state.approve_month(db, actor, station, month):
                newly.append(month)
    packages = [
        {"seq": seq, "package_hash": h, "imported_at": at}
        for seq, h, at in db.execute(
            "SELECT seq, package_hash, imported_at FROM sync_packages WHERE station = ?"
            " ORDER BY seq",
            [station],
        )
    ]
    approvals = [
        {"month": m, "approved_on": on, "approved_by": by}
        for m, on, by in db.execute(
            "SELECT month, approved_on, approved_by FROM sync_approvals WHERE station = ?"
            " ORDER BY month",
            [station],
        )
    ]
    created_at = clock.now_iso()
    body = {
        "format": FORMAT,
        "version": VERSION,
        "district": {
            "code": prof["code"],
            "name": prof["name"],
            "province": prof["province"],
            "public_key": prof["public_key"],
        },
        "station": station,
        "created_at": created_at,
        "packages": packages,
        "approvals": approvals,
    }
    signature = keys.sign(signing_key, _statement(body))
    data = (
        json.dumps({"receipt": body, "signature": signature}, ensure_ascii=False, indent=2) + "\n"
    ).encode("utf-8")
    name = f"{station}_receipt_{created_at[:10]}_{created_at[11:19].replace(':', '')}{EXTENSION}"

    def check(path: Path) -> None:
        if path.read_bytes() != data:
            raise PackageRefused(msg("sync_receipt_bad", detail="read-back"), path.name)
        read_receipt(path)

    path = write_atomically(Path(out_dir), name, lambda fh: fh.write(data), check)
    with write_transaction(db):
        audit.append(
            db.conn,
            actor.username,
            "write_receipt",
            "sync_stations",
            None,
            None,
            {"station": station, "file": name, "packages": len(packages), "approved": newly},
        )
    return ReceiptResult(path, station, len(packages), [a["month"] for a in approvals], newly)


# ----------------------------------------------------------------------------- station

_HEX64 = re.compile(r"[0-9a-f]{64}")


def read_receipt(path: Path) -> tuple[dict[str, Any], str]:
    """The receipt body and its signature, checked for shape and self-consistency."""
    path = Path(path)
    file = path.name

    def bad(detail: str) -> PackageRefused:
        return PackageRefused(msg("sync_receipt_bad", detail=detail), file)

    try:
        if path.stat().st_size > MAX_BYTES:
            raise bad("too large")
        raw = path.read_bytes()
    except OSError as exc:
        raise PackageRefused(
            msg("sync_cannot_read", detail=exc.strerror or str(exc)), file
        ) from None
    try:
        outer = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise bad("not JSON") from None
    if not isinstance(outer, dict) or set(outer) != {"receipt", "signature"}:
        raise bad("structure")
    body, signature = outer["receipt"], outer["signature"]
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise bad("format")
    if not isinstance(body.get("version"), int) or body["version"] > VERSION:
        raise bad(f"version {body.get('version')}")
    district = body.get("district")
    if (
        not isinstance(district, dict)
        or not isinstance(district.get("code"), str)
        or not isinstance(district.get("public_key"), str)
        or not keys.PUBLIC_KEY_RE.fullmatch(district["public_key"])
    ):
        raise bad("district")
    if not isinstance(body.get("station"), str) or not isinstance(body.get("created_at"), str):
        raise bad("station")
    packages, approvals = body.get("packages"), body.get("approvals")
    if not isinstance(packages, list) or not all(
        isinstance(p, dict)
        and isinstance(p.get("seq"), int)
        and isinstance(p.get("package_hash"), str)
        and _HEX64.fullmatch(p["package_hash"])
        for p in packages
    ):
        raise bad("packages")
    if not isinstance(approvals, list) or not all(
        isinstance(a, dict)
        and isinstance(a.get("month"), str)
        and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", a["month"])
        and isinstance(a.get("approved_on"), str)
        and isinstance(a.get("approved_by"), str)
        for a in approvals
    ):
        raise bad("approvals")
    if not isinstance(signature, str) or not keys.verify(
        district["public_key"], signature, _statement(body)
    ):
        raise PackageRefused(msg("sync_receipt_signature", district=district["code"]), file)
    return body, signature


def apply_receipt(
    db: sqlite_utils.Database, actor: Actor, path: Path, *, accept_new_key: bool = False
) -> AppliedReceipt:
    """Verify a receipt and mark the packages it lists acknowledged; record approvals."""
    prof = state.require_station(db)
    require(actor, state.EXPORTERS, db, "apply_receipt")
    if accept_new_key:
        require(actor, (CHIEF,), db, "accept_district_key")
    body, signature = read_receipt(path)
    file = Path(path).name
    district = body["district"]
    if body["station"] != prof["code"]:
        raise PackageRefused(
            msg("sync_receipt_other_station", other=body["station"][:10], station=prof["code"]),
            file,
        )
    result = AppliedReceipt(district["code"])
    receipt_hash = sha256(_statement(body))
    with write_transaction(db):
        pinned = state.get_state(db, "district_public_key")
        if pinned is None or (accept_new_key and pinned != district["public_key"]):
            before = {
                "district": state.get_state(db, "district_code"),
                "public_key": pinned,
            }
            state.set_state(db, "district_code", district["code"])
            state.set_state(db, "district_public_key", district["public_key"])
            result.trusted = keys.fingerprint(district["public_key"])
            audit.append(
                db.conn,
                actor.username,
                "trust_district_key",
                "sync_state",
                None,
                before,
                {"district": district["code"], "public_key": district["public_key"]},
            )
        elif pinned != district["public_key"]:
            raise PackageRefused(
                msg(
                    "sync_district_key_changed",
                    district=district["code"],
                    old=keys.fingerprint(pinned),
                    new=keys.fingerprint(district["public_key"]),
                ),
                file,
            )
        if db.execute(
            "SELECT 1 FROM sync_receipts WHERE receipt_hash = ?", [receipt_hash]
        ).fetchone():
            result.already = True
            return result
        now = clock.now_iso()
        known = dict(db.execute("SELECT package_hash, seq FROM sync_exports").fetchall())
        for p in body["packages"]:
            seq = known.get(p["package_hash"])
            if seq is None:
                result.unknown += 1
                continue
            cur = db.execute(
                "UPDATE sync_exports SET acknowledged_at = ? WHERE seq = ?"
                " AND acknowledged_at IS NULL",
                [now, seq],
            )
            if cur.rowcount:
                result.acknowledged.append(seq)
        highest = max((p["seq"] for p in body["packages"]), default=0)
        next_seq, _prev = state.next_export(db)
        if highest >= next_seq:  # the district has packages this database forgot (a restore)
            state.set_state(db, "next_seq_floor", str(highest + 1))
        for a in body["approvals"]:
            cur = db.execute(
                "INSERT INTO district_approvals (month, district, approved_on, approved_by,"
                " received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (month) DO NOTHING",
                [a["month"], district["code"], a["approved_on"], a["approved_by"], now],
            )
            if cur.rowcount:
                result.approvals.append(a["month"])
        mark, _ids, _seq = state.acknowledged_mark(db)
        db.execute("DELETE FROM sync_changes WHERE seq <= ?", [mark])
        db["sync_receipts"].insert(
            {
                "receipt_hash": receipt_hash,
                "district": district["code"],
                "created_at": body["created_at"],
                "applied_at": now,
                "applied_by": actor.username,
            }
        )
        audit.append(
            db.conn,
            actor.username,
            "apply_receipt",
            "sync_receipts",
            None,
            None,
            {
                "district": district["code"],
                "receipt_hash": receipt_hash,
                "acknowledged": result.acknowledged,
                "approvals": result.approvals,
                "signature": signature,
            },
        )
    return result
