"""The station writes a signed package to a USB stick.

What goes in: every record changed since the last package the district acknowledged
(its receipt) - new rows by id, updated rows from the change log, read in one snapshot -
or everything (``full``). Deleted records travel as tombstones (and their rows too when
other records still refer to them, see :func:`_referenced`). Personal data stays at the
station unless the chief includes it: what the app hides from an officer without access to
a family-violence complaint (``complaints.restrict``) - complainant name and contact,
description, outcome, referral, extension reason, the notes of the timeline and of
protection orders - is left out, and a pseudonymous code (:func:`pseudonym`) stands for
the complainant.

Writing: a temporary file on the stick, fsync, rename, fsync of the folder, then the file
is read back from the stick and verified; on any failure no file that verifies is left
behind. Only then is the export recorded (``sync_exports``, audited) - the one change an
export makes to the station database.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import hashlib
import hmac
import io
import json
import os
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from station_app import __version__, clock
from station_app.messages import msg
from station_app.services.auth import Actor, require
from station_app.services.errors import PermissionDenied
from station_app.store import audit, schema, write_transaction
from station_app.sync import keys, state
from station_app.sync.errors import PackageRefused, SyncError
from station_app.sync.package import (
    DATAPACKAGE,
    FORMAT,
    FORMULA_CHARS,
    MANIFEST,
    PACKAGE_JSON,
    RESOURCES,
    SCHEMA_VERSION,
    SIGNATURE,
    TOMBSTONES,
    Resource,
    datapackage_descriptor,
    manifest_bytes,
    package_hash,
    pretty_json,
    report_member,
    sha256,
    signed_statement,
)

COMPRESSLEVEL = 3  # fast; the stick has room, the officer has no time


@dataclass
class ExportResult:
    path: Path
    seq: int
    package_hash: str
    full: bool
    personal_data: bool
    base_seq: int
    counts: dict[str, int] = field(default_factory=dict)
    months: list[str] = field(default_factory=list)

    @property
    def records(self) -> int:
        return sum(self.counts.values())


# ------------------------------------------------------------------------- pseudonyms


def pseudonym(key: bytes, station: str, name: str | None, settlement: str | None) -> str | None:
    """A stable code for a complainant: HMAC-SHA256 with the station's secret key of the
    normalised name and settlement. The same person (same name, same settlement) gets the
    same code in every package; without the key the code reveals nothing."""
    if not name or not name.strip():
        return None
    norm = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    mac = hmac.new(key, f"v1\x1f{norm}\x1f{settlement or ''}".encode(), hashlib.sha256)
    return f"{station}-{mac.hexdigest()[:12].upper()}"


# ---------------------------------------------------------------------------- reading

_NEUTRAL_CHARS = ", ".join(
    "char(9)" if c == "\t" else "char(13)" if c == "\r" else f"'{c}'" for c in FORMULA_CHARS
)


def _neutralised(column: str) -> str:
    """SQL doing :func:`station_app.sync.package.neutralise` (in C, for speed)."""
    return (
        f"CASE WHEN substr({column}, 1, 1) IN ({_NEUTRAL_CHARS}, '''')"
        f" THEN '''' || {column} ELSE {column} END"
    )


def _select(resource: Resource, personal: bool) -> str:
    exprs = []
    for col in resource.fields(personal):
        if col.derived:
            exprs.append("NULL")
        elif col.type in ("text", "string"):
            exprs.append(_neutralised(col.name))
        else:
            exprs.append(col.name)
    return ", ".join(exprs)


@dataclass
class _Snapshot:
    since: int  # change-log position acknowledged (0: a full export)
    id_marks: dict[str, int]  # the highest row id of each table then
    base_seq: int
    mark: int  # change-log position now
    ids_now: dict[str, int]
    seq: int
    prev_hash: str | None
    audit_head: tuple[int, str]
    pseudonym_key: bytes
    csv: dict[str, bytes] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    reports: dict[str, bytes] = field(default_factory=dict)

    @property
    def full(self) -> bool:
        return not self.id_marks


def _where(snap: _Snapshot, code: str, table: str) -> tuple[str, list[Any]]:
    """Rows of ``table`` in the package: new since the mark (by id) or updated since."""
    if snap.full:
        return "station = ?", [code]
    return (
        "station = ? AND (id > ? OR id IN"
        " (SELECT row_id FROM sync_changes WHERE tbl = ? AND seq > ?))",
        [code, snap.id_marks.get(table, 0), table, snap.since],
    )


def _read(db: sqlite_utils.Database, code: str, full: bool, personal: bool) -> _Snapshot:
    """Everything the package carries, read in one snapshot."""
    since, id_marks, base_seq = (0, {}, 0) if full else state.acknowledged_mark(db)
    row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'sync_changes'").fetchone()
    mark = row[0] if row else 0
    ids_now = {
        r.table: db.execute(f"SELECT coalesce(max(id), 0) FROM {r.table}").fetchone()[0]
        for r in RESOURCES
    }
    seq, prev_hash = state.next_export(db)
    key = bytes.fromhex(state.get_state(db, "pseudonym_key") or "")
    snap = _Snapshot(
        since, id_marks, base_seq, mark, ids_now, seq, prev_hash, audit.head(db.conn), key
    )
    tomb_buf = io.StringIO()
    tombs = csv.writer(tomb_buf, lineterminator="\r\n")
    tombs.writerow([c.name for c in TOMBSTONES.columns])
    n_tombs = 0
    for resource in RESOURCES:
        table = resource.table
        where, params = _where(snap, code, table)
        cols = resource.fields(personal)
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow([c.name for c in cols])
        shipped = f"(deleted = 0 OR {_referenced(db, table)})"
        cur = db.execute(
            f"SELECT {_select(resource, personal)}{_extra_select(resource)} FROM {table}"
            f" WHERE {shipped} AND {where} ORDER BY id",
            params,
        )
        fixer = _fixer(db, resource, cols, snap, code, f"{shipped} AND {where}", params)
        rows = cur.fetchall() if fixer is None else [fixer(r) for r in cur]
        writer.writerows(rows)
        snap.csv[resource.name] = buf.getvalue().encode("utf-8")
        snap.counts[resource.name] = len(rows)
        for t in db.execute(
            f"SELECT '{resource.name}', uuid, station, revision, updated_at,"
            f" {_neutralised('updated_by')} FROM {table} WHERE deleted = 1 AND {where}"
            " ORDER BY id",
            params,
        ):
            tombs.writerow(t)
            n_tombs += 1
    snap.csv[TOMBSTONES.name] = tomb_buf.getvalue().encode("utf-8")
    snap.counts[TOMBSTONES.name] = n_tombs
    return snap


def _referenced(db: sqlite_utils.Database, table: str) -> str:
    """SQL: some row (of any table, deleted or not) refers to this row of ``table``.

    A deleted record travels as a tombstone; if other records still refer to it (a deleted
    complaint's timeline, a removed partner named in old meetings), its row travels too,
    so that the district can keep the reference; the district stores it deleted.
    """
    tables = [r.table for r in RESOURCES] + [link.table for r in RESOURCES for link in r.links]
    conds = [
        f"EXISTS (SELECT 1 FROM {child} WHERE {child}.{fk[3]} = {table}.uuid)"
        for child in tables
        for fk in db.execute(f"PRAGMA foreign_key_list({child})").fetchall()
        if fk[2] == table and fk[4] == "uuid"
    ]
    return "(" + " OR ".join(conds) + ")" if conds else "0"


def _extra_select(resource: Resource) -> str:
    """Raw columns some resources need to compute their derived cells (dropped after)."""
    if resource.name == "complaints":
        return ", uuid, anonymous, complainant_name, complainant_settlement_uuid"
    if resource.name == "month_closures":
        return ", month, status, report_pdf"
    if resource.links:
        return ", uuid"
    return ""


def _fixer(
    db: sqlite_utils.Database,
    resource: Resource,
    cols: list,
    snap: _Snapshot,
    code: str,
    where: str,
    params: list[Any],
) -> Callable[[tuple], tuple] | None:
    """A function completing one row's derived cells, or None if it has none."""
    width = len(cols)
    index = {c.name: i for i, c in enumerate(cols)}
    if resource.name == "complaints":
        at = index["complainant_code"]
        key = snap.pseudonym_key

        def complaint(row: tuple) -> tuple:
            out = list(row[:width])
            _uuid, anonymous, name, settlement = row[width:]
            out[at] = None if anonymous else pseudonym(key, code, name, settlement)
            return tuple(out)

        return complaint
    if resource.name == "month_closures":
        at = index["report_file"]

        def closure(row: tuple) -> tuple:
            out = list(row[:width])
            month, status, pdf = row[width:]
            if status == "closed" and pdf is not None:
                member = report_member(month)
                out[at] = member
                snap.reports[member] = bytes(pdf)
            return tuple(out)

        return closure
    if resource.links:
        lists: dict[str, dict[str, list[str]]] = {}
        for link in resource.links:
            grouped: dict[str, list[str]] = {}
            cur = db.execute(
                f"SELECT {link.parent_column}, {link.value_column} FROM {link.table}"
                f" WHERE {link.parent_column} IN (SELECT uuid FROM {resource.table}"
                f" WHERE {where})"
                f" ORDER BY {link.parent_column}, {link.value_column}",
                params,
            )
            for parent, value in cur:
                grouped.setdefault(parent, []).append(value)
            lists[link.column] = grouped
        positions = [(index[link.column], lists[link.column]) for link in resource.links]

        def linked(row: tuple) -> tuple:
            out = list(row[:width])
            uuid = row[width]
            for at, grouped in positions:
                out[at] = _json_list(grouped.get(uuid, []))
            return tuple(out)

        return linked
    return None


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------- writing


def _zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    t = datetime.strptime(created_at[:19], "%Y-%m-%dT%H:%M:%S")
    return (max(t.year, 1980), t.month, t.day, t.hour, t.minute, t.second)


def _write_zip(fh: Any, members: list[tuple[str, bytes]], when: tuple) -> None:
    with zipfile.ZipFile(fh, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            zf.writestr(info, data, compresslevel=COMPRESSLEVEL)


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_GONE = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ENOTDIR, errno.ESTALE}


def write_error(out_dir: Path, exc: OSError) -> SyncError:
    """A one-line reason for a failed write to a stick."""
    if exc.errno in _FULL:
        return SyncError(msg("sync_write_full", dir=str(out_dir)))
    if exc.errno in _READ_ONLY:
        return SyncError(msg("sync_write_readonly", dir=str(out_dir)))
    if exc.errno in _GONE:
        return SyncError(msg("sync_write_gone", dir=str(out_dir)))
    return SyncError(msg("sync_write_failed", dir=str(out_dir), detail=exc.strerror or str(exc)))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(
    out_dir: Path, name: str, write: Callable[[Any], None], check: Callable[[Path], None]
) -> Path:
    """Write ``name`` in ``out_dir`` via a temporary file, fsync, rename; then read it back
    with ``check``. On failure nothing that passes ``check`` is left there."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise SyncError(msg("sync_out_not_dir", dir=str(out_dir)))
    final = out_dir / name
    tmp = out_dir / f".{name}.{os.getpid()}.tmp"
    renamed = False
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, 0o644)
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
                fh.flush()
                os.fsync(fh.fileno())
                if hasattr(os, "posix_fadvise"):  # read back from the stick, not the cache
                    os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            os.replace(tmp, final)
            renamed = True
        finally:
            if not renamed:
                _remove(tmp)
        _fsync_dir(out_dir)
    except OSError as exc:
        if renamed:
            _remove(final)
        raise write_error(out_dir, exc) from None
    try:
        check(final)
    except (PackageRefused, OSError) as exc:
        _remove(final)
        detail = exc.text("en") if isinstance(exc, PackageRefused) else (exc.strerror or str(exc))
        if isinstance(exc, OSError) and exc.errno in _GONE:
            raise write_error(out_dir, exc) from None
        raise SyncError(msg("sync_readback_failed", dir=str(out_dir), detail=detail)) from None
    return final


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# ----------------------------------------------------------------------------- export


def export_package(
    db: sqlite_utils.Database,
    actor: Actor,
    data_dir: Path,
    out_dir: Path,
    *,
    full: bool = False,
    include_personal_data: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write this station's next package into ``out_dir``; returns what was written.
    ``progress(done, 4)`` follows the steps: read, packed, written and verified, recorded."""
    from station_app.sync import verify

    def step(done: int) -> None:
        if progress is not None:
            progress(done, 4)

    prof = state.require_station(db)
    require(actor, state.EXPORTERS, db, "export")
    if include_personal_data:
        try:  # the refusal is audited too
            require(actor, state.PERSONAL_DATA_ROLES, db, "export_personal_data")
        except PermissionDenied:
            raise SyncError(msg("sync_personal_chief_only")) from None
    code = prof["code"]
    signing_key = keys.load_private_key(Path(data_dir), prof["public_key"])
    conn = db.conn
    own_tx = not conn.in_transaction
    if own_tx:
        conn.execute("BEGIN")  # deferred: the first read fixes the snapshot
    try:
        snap = _read(db, code, full, include_personal_data)
    finally:
        if own_tx:
            conn.execute("COMMIT")
    step(1)
    created_at = clock.now_iso()
    period = clock.today().strftime("%Y-%m")
    name = f"{code}_{period}_{snap.seq:04d}.stpkg"
    months = sorted(m[len("reports/") : -len(".pdf")] for m in snap.reports)
    info = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "database_schema": schema.LATEST_VERSION,
        "file_name": name,
        "station": {
            "code": code,
            "name": prof["name"],
            "district": prof["district"],
            "province": prof["province"],
        },
        "public_key": prof["public_key"],
        "seq": snap.seq,
        "prev_hash": snap.prev_hash,
        "base_seq": snap.base_seq,
        "full": snap.full,
        "change_from": snap.since,
        "change_to": snap.mark,
        "personal_data": include_personal_data,
        "created_at": created_at,
        "created_by": actor.username,
        "audit_head": {"id": snap.audit_head[0], "hash": snap.audit_head[1]},
        "counts": snap.counts,
        "months": months,
    }
    files: dict[str, bytes] = {DATAPACKAGE: pretty_json(datapackage_descriptor(info))}
    for res in (*RESOURCES, TOMBSTONES):
        files[res.path] = snap.csv[res.name]
    files.update(snap.reports)
    files[PACKAGE_JSON] = pretty_json(info)
    manifest = manifest_bytes(files)
    signature = keys.sign(signing_key, signed_statement(manifest, files[PACKAGE_JSON]))
    expected_hash = package_hash(manifest, files[PACKAGE_JSON])
    members = [
        *files.items(),
        (MANIFEST, manifest),
        (SIGNATURE, (signature + "\n").encode("ascii")),
    ]
    step(2)

    def check(path: Path) -> None:
        pkg = verify.read_package(path, parse_rows=False)
        if pkg.package_hash != expected_hash:
            raise PackageRefused(msg("sync_manifest_mismatch", name=PACKAGE_JSON), path.name)

    path = write_atomically(
        Path(out_dir), name, lambda fh: _write_zip(fh, members, _zip_time(created_at)), check
    )
    step(3)
    result = ExportResult(
        path=path,
        seq=snap.seq,
        package_hash=expected_hash,
        full=snap.full,
        personal_data=include_personal_data,
        base_seq=snap.base_seq,
        counts=snap.counts,
        months=months,
    )
    try:
        _record(db, actor, result, snap, path, created_at)
    except BaseException:
        _remove(path)
        raise
    step(4)
    return result


def _record(
    db: sqlite_utils.Database,
    actor: Actor,
    result: ExportResult,
    snap: _Snapshot,
    path: Path,
    created_at: str,
) -> None:
    file_sha = sha256(path.read_bytes())
    row = {
        "seq": result.seq,
        "file_name": path.name,
        "package_hash": result.package_hash,
        "file_sha256": file_sha,
        "full": int(result.full),
        "personal_data": int(result.personal_data),
        "base_seq": result.base_seq,
        "change_from": snap.since,
        "change_to": snap.mark,
        "id_marks": json.dumps(snap.ids_now, sort_keys=True),
        "records": result.records,
        "created_at": created_at,
        "created_by": actor.username,
        "acknowledged_at": None,
    }
    with write_transaction(db):
        db["sync_exports"].insert(row)
        action = "export_personal_data" if result.personal_data else "export"
        after = {k: row[k] for k in ("seq", "file_name", "package_hash", "full", "records")}
        after["personal_data"] = bool(result.personal_data)
        audit.append(db.conn, actor.username, action, "sync_exports", None, None, after)
