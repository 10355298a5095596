"""The district imports station packages: verify everything, then merge, one transaction each.

1. Every package given is read and checked without the database
   (:func:`station_app.sync.verify.read_package`): zip safety, manifest, signature by the
   key the package names, schema version and Table Schemas, every cell.
2. Then each package, in (station, sequence) order, in its own write transaction: the
   station's registered key (trusted on first import, a changed key refused), the same
   package again (nothing changes), a replayed sequence number (refused), references to
   records the district does not have (refused), and the merge itself:

   * a record the district does not have is inserted;
   * a newer revision replaces the district's copy; an older one never does;
   * the same revision with different content is a conflict: the district's copy stays
     and both versions go to ``sync_conflicts`` for review (:func:`resolve_conflict`);
   * a tombstone marks the record deleted (or is kept until the record arrives).

Any refusal rolls the package's transaction back: the district database is unchanged.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

import sqlite_utils

from station_app import clock
from station_app.messages import Msg, msg
from station_app.services.auth import Actor, require
from station_app.store import audit, write_transaction
from station_app.store.schema import FTS_TABLES
from station_app.sync import state
from station_app.sync.errors import PackageRefused, SyncError
from station_app.sync.keys import fingerprint
from station_app.sync.package import RESOURCES, TABLE_RESOURCES, Resource, canonical_json, sha256
from station_app.sync.verify import Package, read_package

CHUNK = 500
CACHE_KIB = 131072  # 128 MiB
CHECKPOINT_PAGES = 16384  # 64 MiB of WAL
OUTCOMES = ("inserted", "updated", "unchanged", "older", "conflicts", "deleted")


@dataclass
class ImportResult:
    """What happened to one package file."""

    file_name: str
    status: str  # imported | already | refused
    station: str = ""
    seq: int = 0
    package_hash: str = ""
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    registered: str | None = None  # the key fingerprint, when trusted on first import
    notes: list[Msg] = field(default_factory=list)
    error: PackageRefused | None = None
    imported_at: str | None = None
    public_key: str = ""  # the key the package is signed with (to register it deliberately)
    station_info: dict[str, str] = field(default_factory=dict)  # name, district, province

    def total(self, outcome: str) -> int:
        return sum(c.get(outcome, 0) for c in self.counts.values())


# ------------------------------------------------------------------------------ merge


def _chunks(items: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _norm(value: Any) -> Any:
    return None if value == "" else value


@contextmanager
def _indexed_in_bulk(conn: sqlite3.Connection, table: str, rows: int) -> Iterator[None]:
    """The ``rows`` new rows of ``table`` inserted inside the block reach its search index
    in one go.

    The per-row insert trigger (``<table>_fts_ai``) is dropped for the block; afterwards
    every row with an id above the block's starting maximum - exactly the rows inserted
    in it, which a count confirms (else the whole index is rebuilt) - is added to
    ``<table>_fts`` by one ``INSERT ... SELECT`` and the trigger is recreated from its
    own stored SQL. The block must only insert rows (the update and
    delete triggers stay in place, and must not meet a row the index has not seen yet).
    It runs inside the caller's transaction, so a rollback restores the trigger too and
    the index is exact at every commit. Tokenising in one statement is several times
    faster than one trigger call per row. Tables without a search index run as is.
    """
    columns = FTS_TABLES.get(table)
    trigger = f"{table}_fts_ai"
    found = (
        conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [trigger]
        ).fetchone()
        if columns
        else None
    )
    if not conn.in_transaction or found is None:
        yield
        return
    (start,) = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
    conn.execute(f"DROP TRIGGER {trigger}")
    yield
    cols, fts = ", ".join(columns), f"{table}_fts"
    (added,) = conn.execute(f"SELECT count(*) FROM {table} WHERE id > ?", [start]).fetchone()
    if added == rows:
        conn.execute(
            f"INSERT INTO {fts} (rowid, {cols}) SELECT id, {cols} FROM {table} WHERE id > ?",
            [start],
        )
    else:  # ids were not handed out above the maximum (it never happens): index it all
        conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
    conn.execute(found[0])


class _Merge:
    """One package merged into the open transaction."""

    def __init__(self, db: sqlite_utils.Database, pkg: Package, file: str):
        self.db = db
        self.pkg = pkg
        self.file = file
        self.code = pkg.station
        self.personal = bool(pkg.info["personal_data"])
        self.counts: dict[str, dict[str, int]] = {}
        self.now = clock.now_iso()
        # rows that travel although deleted (others still refer to them) are stored deleted
        self.dead = {
            (t["resource"], t["uuid"], t["revision"]) for t in pkg.rows.get("tombstones", [])
        }
        # what this package brings, per table: a reference to it needs no lookup
        self.brought = {
            r.table: {row["uuid"] for row in pkg.rows.get(r.name, [])} for r in RESOURCES
        }
        # the first package of a station: none of its records can be here yet
        self.first = not db.execute(
            "SELECT 1 FROM sync_packages WHERE station = ? LIMIT 1", [self.code]
        ).fetchone()

    def refuse(self, id_: str, **params: Any) -> PackageRefused:
        return PackageRefused(msg(id_, **params), self.file)

    def run(self) -> dict[str, dict[str, int]]:
        for resource in RESOURCES:
            self.merge_resource(resource, self.pkg.rows.get(resource.name, []))
        self.merge_tombstones(self.pkg.rows.get("tombstones", []))
        return self.counts

    def _count(self, resource: str, outcome: str, n: int = 1) -> None:
        c = self.counts.setdefault(resource, dict.fromkeys(OUTCOMES, 0))
        c[outcome] += n

    # -- references ------------------------------------------------------------------

    def check_references(self, resource: Resource, rows: list[dict[str, Any]]) -> None:
        """Every record a row refers to exists here and belongs to the same station."""
        refs: list[tuple[str, str, str, str]] = []  # (target, column, value, row uuid)
        for fk in self.db.execute(f"PRAGMA foreign_key_list({resource.table})").fetchall():
            target, column = fk[2], fk[3]
            refs += [(target, column, r[column], r["uuid"]) for r in rows if r.get(column)]
        for link in resource.links:
            for fk in self.db.execute(f"PRAGMA foreign_key_list({link.table})").fetchall():
                if fk[3] != link.value_column:
                    continue
                refs += [
                    (fk[2], link.column, v, r["uuid"])
                    for r in rows
                    for v in r.get(link.column) or []
                ]
        by_target: dict[str, list[tuple[str, str, str]]] = {}
        for target, column, value, uuid in refs:
            if value not in self.brought.get(target, ()):
                by_target.setdefault(target, []).append((column, value, uuid))
        for target, items in by_target.items():
            values = sorted({v for _c, v, _u in items})
            found: dict[str, str] = {}
            for part in _chunks(values):
                marks = ",".join("?" * len(part))
                found.update(
                    self.db.execute(
                        f"SELECT uuid, station FROM {target} WHERE uuid IN ({marks})", part
                    ).fetchall()
                )
            for column, value, uuid in items:
                owner = found.get(value)
                if owner is None:
                    raise self.refuse(
                        "sync_missing_refs",
                        table=resource.name,
                        uuid=uuid,
                        column=column,
                        ref=value,
                        station=self.code,
                    )
                if owner != self.code:
                    raise self.refuse(
                        "sync_record_other_station", table=target, uuid=value, other=owner
                    )

    # -- records ---------------------------------------------------------------------

    def existing(self, table: str, columns: list[str], uuids: list[str]) -> dict[str, tuple]:
        out: dict[str, tuple] = {}
        select = ", ".join(["uuid", "station", "revision", "deleted", *columns])
        for part in _chunks(uuids):
            marks = ",".join("?" * len(part))
            for row in self.db.execute(
                f"SELECT {select} FROM {table} WHERE uuid IN ({marks})", part
            ):
                out[row[0]] = row
        return out

    def links_of(self, resource: Resource, uuid: str) -> dict[str, list[str]]:
        return {
            link.column: [
                r[0]
                for r in self.db.execute(
                    f"SELECT {link.value_column} FROM {link.table}"
                    f" WHERE {link.parent_column} = ? ORDER BY {link.value_column}",
                    [uuid],
                )
            ]
            for link in resource.links
        }

    def merge_resource(self, resource: Resource, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        table = resource.table
        fields = resource.fields(self.personal)
        columns = [c.name for c in fields if not c.derived]
        self.check_references(resource, rows)
        if self.first:  # a uuid already here fails the insert: the package is refused
            have: dict[str, tuple] = {}
        else:
            have = self.existing(table, columns, [r["uuid"] for r in rows])
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        name = resource.name
        for row in rows:
            current = have.get(row["uuid"])
            if current is None:
                inserts.append(row)
                continue
            if current[1] != self.code:
                raise self.refuse(
                    "sync_record_other_station", table=table, uuid=row["uuid"], other=current[1]
                )
            revision, deleted = current[2], current[3]
            if row["revision"] > revision:
                updates.append(row)
            elif row["revision"] < revision:
                self._count(name, "older")
            else:
                now = dict(zip(columns, current[4:], strict=True))
                dead = int((name, row["uuid"], row["revision"]) in self.dead)
                same = deleted == dead and all(_norm(now[c]) == _norm(row[c]) for c in columns)
                if same and resource.links:
                    have_links = self.links_of(resource, row["uuid"])
                    same = all(sorted(row[k] or []) == v for k, v in have_links.items())
                if same:
                    self._count(resource.name, "unchanged")
                else:
                    self.conflict(resource, row, now | {"deleted": deleted})
        self.insert(resource, columns, inserts)
        self.update(resource, columns, updates)

    def values(
        self, resource: Resource, columns: list[str], rows: list[dict[str, Any]]
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The SQL value expressions for ``columns`` + ``deleted``, and each row's parameters.

        A NOT NULL text column stores an empty cell as '' (``coalesce(?, '')``: only text
        columns, not codes, dates or numbers, can be empty in a CSV). ``deleted`` is 1 for a
        row whose tombstone travels in the same package, else 0 (a constant when the
        package has no such row). The parameters are picked by ``itemgetter`` - no Python
        code runs per row unless a row is stored deleted.
        """
        fill = self.fill(resource.table)
        texts = {c.name for c in resource.columns if c.type == "text"}
        exprs = ["coalesce(?, '')" if c in fill and c in texts else "?" for c in columns]
        pick = itemgetter(*columns)
        params = list(map(pick, rows)) if len(columns) > 1 else [(pick(row),) for row in rows]
        name, dead = resource.name, self.dead
        if any(key[0] == name for key in dead):
            exprs.append("?")
            params = [
                (*p, int((name, row["uuid"], row["revision"]) in dead))
                for p, row in zip(params, rows, strict=True)
            ]
        else:
            exprs.append("0")
        return exprs, params

    def fill(self, table: str) -> set[str]:
        """NOT NULL columns without a default: an empty cell is stored as ''."""
        cache = self.__dict__.setdefault("_fill", {})
        if table not in cache:
            cache[table] = {
                r[1]
                for r in self.db.execute(f"PRAGMA table_info({table})")
                if r[3] and r[4] is None and r[1] != "id"
            }
        return cache[table]

    def insert(self, resource: Resource, columns: list[str], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        table = resource.table
        absent = sorted(self.fill(table) - set(columns) - {"deleted"})
        exprs, params = self.values(resource, columns, rows)
        cols = [*columns, "deleted", *absent]
        exprs += ["''"] * len(absent)
        if resource.name == "month_closures":
            cols.append("report_pdf")
            exprs.append("?")
            params = [
                (*p, self.pkg.reports.get(row["month"]) if row["report_file"] else None)
                for p, row in zip(params, rows, strict=True)
            ]
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(exprs)})"
        with _indexed_in_bulk(self.db.conn, table, len(params)):
            self.db.conn.executemany(sql, params)
        self._count(resource.name, "inserted", len(rows))
        self.write_links(resource, rows, replace=False)
        self.write_pseudonyms(resource, rows)
        self.apply_waiting_tombstones(resource, rows)

    def update(self, resource: Resource, columns: list[str], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        table = resource.table
        plain = [c for c in columns if c != "uuid"]
        exprs, params = self.values(resource, plain, rows)
        sets = [f"{c} = {e}" for c, e in zip([*plain, "deleted"], exprs, strict=True)]
        self.db.conn.executemany(
            f"UPDATE {table} SET {', '.join(sets)} WHERE uuid = ?",
            [(*p, r["uuid"]) for p, r in zip(params, rows, strict=True)],
        )
        if resource.name == "month_closures":
            self.db.conn.executemany(
                "UPDATE month_closures SET report_pdf = ? WHERE uuid = ?",
                [
                    [self.pkg.reports[r["month"]], r["uuid"]]
                    for r in rows
                    if r["report_file"] and r["month"] in self.pkg.reports
                ],
            )
        self._count(resource.name, "updated", len(rows))
        self.write_links(resource, rows, replace=True)
        self.write_pseudonyms(resource, rows)

    def write_links(self, resource: Resource, rows: list[dict[str, Any]], *, replace: bool) -> None:
        for link in resource.links:
            if replace:
                self.db.conn.executemany(
                    f"DELETE FROM {link.table} WHERE {link.parent_column} = ?",
                    [[r["uuid"]] for r in rows],
                )
            self.db.conn.executemany(
                f"INSERT OR IGNORE INTO {link.table} ({link.parent_column}, {link.value_column})"
                " VALUES (?, ?)",
                [(r["uuid"], v) for r in rows for v in r[link.column] or ()],
            )

    def write_pseudonyms(self, resource: Resource, rows: list[dict[str, Any]]) -> None:
        if resource.name != "complaints":
            return
        self.db.conn.executemany(
            "INSERT INTO sync_pseudonyms (complaint_uuid, station, code) VALUES (?, ?, ?)"
            " ON CONFLICT (complaint_uuid) DO UPDATE SET code = excluded.code",
            [[r["uuid"], self.code, r["complainant_code"]] for r in rows if r["complainant_code"]],
        )
        self.db.conn.executemany(
            "DELETE FROM sync_pseudonyms WHERE complaint_uuid = ?",
            [[r["uuid"]] for r in rows if not r["complainant_code"]],
        )

    def apply_waiting_tombstones(self, resource: Resource, rows: list[dict[str, Any]]) -> None:
        """A record that arrives after its own (newer) tombstone is stored deleted."""
        if not self.db.execute("SELECT 1 FROM sync_tombstones LIMIT 1").fetchone():
            return
        revisions = {r["uuid"]: r["revision"] for r in rows}
        for part in _chunks(list(revisions)):
            marks = ",".join("?" * len(part))
            for uuid, revision, updated_at, updated_by in self.db.execute(
                "SELECT uuid, revision, updated_at, updated_by FROM sync_tombstones"
                f" WHERE tbl = ? AND uuid IN ({marks})",
                [resource.table, *part],
            ).fetchall():
                if revision > revisions[uuid]:
                    self._delete(resource.table, uuid, revision, updated_at, updated_by)
                    self._count(resource.name, "deleted")

    def _delete(self, table: str, uuid: str, revision: int, at: str, by: str) -> None:
        self.db.execute(
            f"UPDATE {table} SET deleted = 1, revision = ?, updated_at = ?, updated_by = ?"
            " WHERE uuid = ?",
            [revision, at, by, uuid],
        )

    def conflict(
        self, resource: Resource, row: dict[str, Any], current: dict[str, Any], *, tomb=False
    ) -> None:
        """Keep the district's copy; store both versions for review."""
        if resource.links and not tomb:
            current = current | self.links_of(resource, row["uuid"])
        incoming = {k: v for k, v in row.items() if k != "report_file"} | {
            "deleted": 1 if tomb else 0
        }
        if resource.name == "month_closures" and row.get("report_file"):
            pdf = self.pkg.reports.get(row["month"])
            if pdf is not None:
                incoming["report_pdf_base64"] = base64.b64encode(pdf).decode("ascii")
        digest = sha256(canonical_json(incoming))
        self.db.execute(
            "INSERT OR IGNORE INTO sync_conflicts (station, tbl, uuid, revision, current,"
            " incoming, incoming_sha256, package_hash, detected_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                self.code,
                resource.table,
                row["uuid"],
                row["revision"],
                canonical_json(current).decode("utf-8"),
                canonical_json(incoming).decode("utf-8"),
                digest,
                self.pkg.package_hash,
                self.now,
            ],
        )
        self._count(resource.name, "conflicts")

    # -- tombstones ------------------------------------------------------------------

    def merge_tombstones(self, rows: list[dict[str, Any]]) -> None:
        by_resource: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_resource.setdefault(row["resource"], []).append(row)
        for name, items in by_resource.items():
            resource = TABLE_RESOURCES[name]
            table = resource.table
            have = self.existing(table, [], [r["uuid"] for r in items])
            for t in items:
                current = have.get(t["uuid"])
                if current is None:
                    self.db.execute(
                        "INSERT INTO sync_tombstones (tbl, uuid, station, revision, updated_at,"
                        " updated_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, uuid) DO UPDATE"
                        " SET revision = excluded.revision, updated_at = excluded.updated_at,"
                        " updated_by = excluded.updated_by WHERE excluded.revision > revision",
                        [
                            table,
                            t["uuid"],
                            self.code,
                            t["revision"],
                            t["updated_at"],
                            t["updated_by"],
                        ],
                    )
                    self._count(name, "deleted")
                    continue
                if current[1] != self.code:
                    raise self.refuse(
                        "sync_record_other_station", table=table, uuid=t["uuid"], other=current[1]
                    )
                revision, deleted = current[2], current[3]
                if t["revision"] > revision:
                    self._delete(table, t["uuid"], t["revision"], t["updated_at"], t["updated_by"])
                    self._count(name, "deleted")
                elif t["revision"] < revision:
                    self._count(name, "older")
                elif deleted:
                    self._count(name, "unchanged")
                else:
                    fields = [c.name for c in resource.fields(self.personal) if not c.derived]
                    now = self.existing(table, fields, [t["uuid"]])[t["uuid"]]
                    current_row = dict(zip(fields, now[4:], strict=True)) | {"deleted": 0}
                    self.conflict(resource, t, current_row, tomb=True)


# ---------------------------------------------------------------------------- import


def import_packages(
    db: sqlite_utils.Database,
    actor: Actor,
    paths: list[Path],
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> list[ImportResult]:
    """Verify every package, then import each in its own transaction (none if dry run).
    ``progress(done, total)`` is called after each package is read and after each merge."""
    prof = state.require_district(db)
    require(actor, state.DISTRICT_ROLES, db, "import")
    results: list[ImportResult] = []
    good: list[tuple[Package, ImportResult]] = []
    total, step = 2 * len(paths), 0

    def advance() -> None:
        nonlocal step
        step += 1
        if progress is not None:
            progress(step, total)

    for path in paths:
        path = Path(path)
        try:
            pkg = read_package(path)
        except PackageRefused as exc:
            results.append(ImportResult(path.name, "refused", error=exc))
            advance()
            continue
        result = ImportResult(
            path.name,
            "pending",
            pkg.station,
            pkg.seq,
            pkg.package_hash,
            public_key=pkg.public_key,
            station_info={
                k: str(pkg.info["station"].get(k) or "") for k in ("name", "district", "province")
            },
        )
        results.append(result)
        good.append((pkg, result))
        advance()
    step = len(paths) + len(paths) - len(good)  # refused files have nothing to merge
    good.sort(key=lambda item: (item[0].station, item[0].seq))
    conn = db.conn
    # A bigger page cache while the random-uuid indexes grow (this connection only).
    (cache_size,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    # Each package still commits durably into the WAL; copying the WAL into the database
    # file every few packages instead of after each writes the pages shared by all of them
    # (uuid indexes, search index) fewer times. One checkpoint ends the batch.
    (autocheckpoint,) = conn.execute("PRAGMA wal_autocheckpoint").fetchone()
    conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
    if dry_run:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for pkg, result in good:
            if dry_run:
                conn.execute("SAVEPOINT package")
                try:
                    _apply(db, actor, prof, pkg, result)
                except PackageRefused as exc:
                    result.status, result.error = "refused", exc
                finally:
                    conn.execute("ROLLBACK TO package")
                    conn.execute("RELEASE package")
                advance()
                continue
            try:
                with write_transaction(db):
                    _apply(db, actor, prof, pkg, result)
            except PackageRefused as exc:
                result.status, result.error = "refused", exc
            advance()
    finally:
        if dry_run:
            conn.execute("ROLLBACK")
        conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {int(autocheckpoint)}")
        if not conn.in_transaction:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    return results


def _gap_notes(db: sqlite_utils.Database, code: str) -> list[Msg]:
    missing, uncovered = state.gaps(db, code)
    notes = []
    if missing:
        notes.append(msg("sync_gap", station=code, missing=", ".join(map(str, missing))))
    if uncovered:
        notes.append(msg("sync_gap_uncovered", station=code))
    return notes


def _apply(
    db: sqlite_utils.Database,
    actor: Actor,
    prof: dict[str, Any],
    pkg: Package,
    result: ImportResult,
) -> None:
    """One package, inside the caller's transaction. Raises PackageRefused."""
    file, code = pkg.file_name, pkg.station
    done = db.execute(
        "SELECT imported_at FROM sync_packages WHERE package_hash = ?", [pkg.package_hash]
    ).fetchone()
    if done is not None:
        result.status, result.imported_at = "already", done[0]
        result.notes += _gap_notes(db, code)
        return
    if code == prof["code"]:
        raise PackageRefused(msg("sync_own_code", station=code), file)
    entry = state.station_entry(db, code)
    if entry is None or entry["public_key"] is None:
        result.registered = fingerprint(pkg.public_key)
        station_info = pkg.info["station"]
        values = {
            "code": code,
            "public_key": pkg.public_key,
            "name": station_info.get("name", ""),
            "district": station_info.get("district", ""),
            "province": station_info.get("province", ""),
            "registered_at": clock.now_iso(),
            "registered_by": actor.username,
            "how": "first_import",
        }
        db["sync_stations"].upsert(values, pk="code")
        audit.append(
            db.conn, actor.username, "register_station", "sync_stations", None, entry, values
        )
    elif entry["public_key"] != pkg.public_key:
        raise PackageRefused(
            msg(
                "sync_key_changed",
                station=code,
                old=fingerprint(entry["public_key"]),
                new=fingerprint(pkg.public_key),
            ),
            file,
        )
    same_seq = db.execute(
        "SELECT package_hash FROM sync_packages WHERE station = ? AND seq = ?", [code, pkg.seq]
    ).fetchone()
    if same_seq is not None:
        raise PackageRefused(msg("sync_replay", station=code, seq=pkg.seq), file)
    previous = db.execute(
        "SELECT package_hash FROM sync_packages WHERE station = ? AND seq = ?",
        [code, pkg.seq - 1],
    ).fetchone()
    if previous is not None and previous[0] != pkg.info["prev_hash"]:
        result.notes.append(msg("sync_history_fork", station=code, seq=pkg.seq))
    try:
        result.counts = _Merge(db, pkg, file).run()
    except sqlite3.IntegrityError as exc:
        raise PackageRefused(msg("sync_db_rule", detail=str(exc)[:160]), file) from None
    now = clock.now_iso()
    summary = {name: {k: v for k, v in c.items() if v} for name, c in result.counts.items()}
    db["sync_packages"].insert(
        {
            "package_hash": pkg.package_hash,
            "station": code,
            "seq": pkg.seq,
            "file_name": file,
            "created_at": pkg.info["created_at"],
            "prev_hash": pkg.info["prev_hash"],
            "base_seq": pkg.info["base_seq"],
            "full": int(pkg.info["full"]),
            "personal_data": int(pkg.info["personal_data"]),
            "counts": json.dumps(summary, sort_keys=True),
            "imported_at": now,
            "imported_by": actor.username,
        }
    )
    audit.append(
        db.conn,
        actor.username,
        "import_package",
        "sync_packages",
        None,
        None,
        {
            "station": code,
            "seq": pkg.seq,
            "file_name": file,
            "package_hash": pkg.package_hash,
            "personal_data": bool(pkg.info["personal_data"]),
            "counts": summary,
        },
    )
    db.execute("DELETE FROM sync_changes")  # the district exports nothing: no log needed
    result.status, result.imported_at = "imported", now
    result.notes += _gap_notes(db, code)


# ------------------------------------------------------------------------- conflicts


def resolve_conflict(
    db: sqlite_utils.Database, actor: Actor, conflict_id: int, keep: str
) -> dict[str, Any]:
    """Settle a conflict: keep the district's copy ('current') or take the package's
    ('incoming'). Audited; the other version stays in ``sync_conflicts``."""
    state.require_district(db)
    require(actor, state.DISTRICT_ROLES, db, "resolve_conflict")
    if keep not in ("current", "incoming"):
        raise SyncError(msg("sync_bad_choice", value=str(keep)[:20]))
    with write_transaction(db):
        rows = state._rows(db, "SELECT * FROM sync_conflicts WHERE id = ?", [conflict_id])
        if not rows:
            raise SyncError(msg("sync_conflict_not_found", id=conflict_id))
        c = rows[0]
        if c["resolved_at"] is not None:
            raise SyncError(msg("sync_conflict_resolved", id=conflict_id, at=c["resolved_at"]))
        table = c["tbl"]
        current = db.execute(f"SELECT revision FROM {table} WHERE uuid = ?", [c["uuid"]]).fetchone()
        if current is None or current[0] != c["revision"]:
            raise SyncError(msg("sync_conflict_outdated", id=conflict_id))
        if keep == "incoming":
            _take_incoming(db, table, c["uuid"], json.loads(c["incoming"]))
        db.execute(
            "UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ?"
            " WHERE id = ?",
            [clock.now_iso(), actor.username, keep, conflict_id],
        )
        after = state._rows(db, "SELECT * FROM sync_conflicts WHERE id = ?", [conflict_id])[0]
        audit.append(db.conn, actor.username, "resolve_conflict", table, c["uuid"], c, after, keep)
    return after


def _take_incoming(db: sqlite_utils.Database, table: str, uuid: str, incoming: dict) -> None:
    resource = TABLE_RESOURCES[_resource_name(table)]
    if incoming.get("deleted"):
        db.execute(
            f"UPDATE {table} SET deleted = 1, updated_at = ?, updated_by = ? WHERE uuid = ?",
            [incoming["updated_at"], incoming["updated_by"], uuid],
        )
        return
    known = {c.name for c in resource.columns if not c.derived}
    columns = [k for k in incoming if k in known and k != "uuid"]
    not_null = {r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[3]}
    values = ["" if incoming[c] is None and c in not_null else incoming[c] for c in columns]
    db.execute(
        f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)}, deleted = 0 WHERE uuid = ?",
        [*values, uuid],
    )
    for link in resource.links:
        db.execute(f"DELETE FROM {link.table} WHERE {link.parent_column} = ?", [uuid])
        for value in incoming.get(link.column) or []:
            db.execute(
                f"INSERT OR IGNORE INTO {link.table} ({link.parent_column}, {link.value_column})"
                " VALUES (?, ?)",
                [uuid, value],
            )
    if "report_pdf_base64" in incoming:
        db.execute(
            "UPDATE month_closures SET report_pdf = ? WHERE uuid = ?",
            [base64.b64decode(incoming["report_pdf_base64"]), uuid],
        )
    if resource.name == "complaints" and incoming.get("complainant_code"):
        db.execute(
            "INSERT INTO sync_pseudonyms (complaint_uuid, station, code) VALUES (?, ?, ?)"
            " ON CONFLICT (complaint_uuid) DO UPDATE SET code = excluded.code",
            [uuid, incoming["station"], incoming["complainant_code"]],
        )


def _resource_name(table: str) -> str:
    for resource in RESOURCES:
        if resource.table == table:
            return resource.name
    raise KeyError(table)
