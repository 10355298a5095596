"""The machinery every record kind shares: create, update, soft-delete, get, list, search.

A :class:`Kind` declares a record kind: its table, its fields in the public JSON shape,
its link sets (themes, partners), its child records (follow-ups, plan items) and what the
list may filter and sort by. The kind modules (complaints, meetings, ...) add their own
rules through hooks. Each save is one write transaction: record, children, links and the
audit row commit together.
"""

from __future__ import annotations

import re
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from station_app import clock
from station_app.messages import Msg, msg
from station_app.services.auth import RECORD_EDITORS, Actor, require
from station_app.services.errors import MonthClosed, NotFound, StaleRevision, ValidationError
from station_app.services.validation import Field, FieldType, get_path, validate
from station_app.store import audit, write_transaction

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
META = (
    "uuid",
    "station",
    "revision",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "deleted",
)


@dataclass(frozen=True)
class LinkSet:
    """A many-to-many set stored in a link table (meeting topics, activity partners)."""

    key: str
    table: str
    parent_column: str
    value_column: str
    type: FieldType


@dataclass(frozen=True)
class Child:
    """Child records with their own uuid and revision (meeting follow-ups, plan items)."""

    key: str
    table: str
    parent_column: str
    fields: list[Field]
    check: Callable[[dict[str, Any], str, dict[str, Msg]], None] | None = None


@dataclass
class ListQuery:
    search: str | None = None
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = True
    offset: int = 0
    limit: int | None = 200
    include_deleted: bool = False
    viewer: Any = None  # the Actor looking; kinds with private rows hide them in search


Filter = Callable[[Any], tuple[str, list[Any]]]


@dataclass
class Kind:
    name: str
    table: str
    fields: list[Field]
    date_column: str
    list_columns: list[str]
    sort_columns: dict[str, str]
    filters: dict[str, Filter]
    links: list[LinkSet] = field(default_factory=list)
    children: list[Child] = field(default_factory=list)
    read_only: tuple[str, ...] = ()
    # check(cleaned_columns, errors) adds cross-field errors before anything is written
    check: Callable[[sqlite_utils.Database, dict[str, Any], dict[str, Msg]], None] | None = None
    fts: bool = True
    # (viewer) -> SQL hiding rows the viewer may not find by their private text
    private_search: Callable[[Actor], tuple[str, list[Any]]] | None = None
    locked_by_month: bool = True  # records dated in a closed month are read-only

    def field_paths(self) -> list[str]:
        return [f.path for f in self.fields]


class AlreadyExists(Exception):
    """create() was given the uuid of a record that is already stored."""

    def __init__(self, record: dict[str, Any]):
        super().__init__(record["uuid"])
        self.record = record


# ---------------------------------------------------------------------------- helpers


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def station_code(db: sqlite_utils.Database) -> str:
    row = db.execute("SELECT code FROM station").fetchone()
    if row is None:
        raise RuntimeError("the station is not initialised")
    return row[0]


def choices_lookup(db: sqlite_utils.Database) -> Callable[[str], set[str]]:
    cache: dict[str, set[str]] = {}

    def choices(list_name: str) -> set[str]:
        if list_name not in cache:
            cache[list_name] = {
                r[0]
                for r in db.execute(
                    "SELECT code FROM ref_items WHERE list = ? AND active = 1", [list_name]
                )
            }
        return cache[list_name]

    return choices


def ref_exists(db: sqlite_utils.Database) -> Callable[[str, str], bool]:
    def exists(table: str, uuid: str) -> bool:
        return bool(
            db.execute(f"SELECT 1 FROM {table} WHERE uuid = ? AND deleted = 0", [uuid]).fetchone()
        )

    return exists


def record_columns(actor: Actor, station: str, uuid: str | None = None) -> dict[str, Any]:
    now = clock.now_iso()
    return {
        "uuid": uuid or new_uuid(),
        "station": station,
        "created_at": now,
        "created_by": actor.username,
        "updated_at": now,
        "updated_by": actor.username,
        "revision": 1,
        "deleted": 0,
    }


def _set_path(out: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    cur = out
    for p in parts[:-1]:
        cur = cur.setdefault(p, {})
    cur[parts[-1]] = value


def to_public(fields: list[Field], row: dict[str, Any], extra: tuple[str, ...] = ()) -> dict:
    """A stored row in the public JSON shape (nested groups, meta columns, extras)."""
    out: dict[str, Any] = {k: row[k] for k in META if k in row}
    for k in extra:
        if k in row:
            out[k] = row[k]
    for f in fields:
        _set_path(out, f.path, f.type.present(row.get(f.column)))
    return out


def _row(db: sqlite_utils.Database, table: str, uuid: str) -> dict[str, Any] | None:
    cur = db.execute(f"SELECT * FROM {table} WHERE uuid = ?", [uuid])
    values = cur.fetchone()
    if values is None:
        return None
    return dict(zip([d[0] for d in cur.description], values, strict=True))


def load(db: sqlite_utils.Database, kind: Kind, uuid: str) -> dict[str, Any]:
    """The whole record (with links and live children) in the public shape."""
    row = _row(db, kind.table, uuid)
    if row is None:
        raise NotFound()
    out = to_public(kind.fields, row, kind.read_only)
    for link in kind.links:
        out[link.key] = [
            r[0]
            for r in db.execute(
                f"SELECT {link.value_column} FROM {link.table} WHERE {link.parent_column} = ?"
                f" ORDER BY {link.value_column}",
                [uuid],
            )
        ]
    for child in kind.children:
        cur = db.execute(
            f"SELECT * FROM {child.table} WHERE {child.parent_column} = ? AND deleted = 0"
            " ORDER BY position, id",
            [uuid],
        )
        cols = [d[0] for d in cur.description]
        out[child.key] = [
            to_public(child.fields, dict(zip(cols, v, strict=True))) for v in cur.fetchall()
        ]
    return out


# ------------------------------------------------------------------------ month close


def month_closure(db: sqlite_utils.Database, month: str) -> dict[str, Any] | None:
    """This station's closure row for ``month`` (YYYY-MM), if any."""
    cur = db.execute(
        "SELECT uuid, month, status, signed_by, signed_on, report_lang, report_sha256,"
        " reopened_on, reopen_reason, revision FROM month_closures"
        " WHERE month = ? AND station = (SELECT code FROM station) AND deleted = 0",
        [month],
    )
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def ensure_month_open(db: sqlite_utils.Database, *dates: str | None) -> None:
    """Refuse if any of ``dates`` (ISO) falls in a month this station has closed."""
    for month in sorted({d[:7] for d in dates if d}):
        c = month_closure(db, month)
        if c and c["status"] == "closed":
            raise MonthClosed(
                msg("month_closed", month=month, signed_by=c["signed_by"], signed_on=c["signed_on"])
            )


# ------------------------------------------------------------------------- validation


def clean(
    db: sqlite_utils.Database, kind: Kind, data: Any, *, errors: dict[str, Msg] | None = None
) -> tuple[dict[str, Any], dict[str, list[str]], dict[str, list[dict[str, Any]]]]:
    """Validate the public-shape ``data``; returns (columns, links, children)."""
    errors = {} if errors is None else errors
    if isinstance(data, dict):
        for key in data:
            if key in META or key in kind.read_only:
                errors[key] = msg("read_only")
    allowed = [
        *kind.field_paths(),
        *(lk.key for lk in kind.links),
        *(c.key for c in kind.children),
        *META,
        *kind.read_only,
    ]
    choices = choices_lookup(db)
    exists = ref_exists(db)
    columns = validate(
        data, kind.fields, extra_allowed=allowed, choices=choices, ref_exists=exists, errors=errors
    )
    links: dict[str, list[str]] = {}
    for link in kind.links:
        wrapper = Field(link.key, link.key, link.type)
        try:
            links[link.key] = (
                validate(
                    {link.key: data.get(link.key)} if isinstance(data, dict) else {},
                    [wrapper],
                    choices=choices,
                    ref_exists=exists,
                ).get(link.key)
                or []
            )
        except ValidationError as exc:
            errors.update(exc.errors)
    children: dict[str, list[dict[str, Any]]] = {}
    for child in kind.children:
        children[child.key] = _clean_children(db, child, data, choices, exists, errors)
    if kind.check is not None:
        kind.check(db, columns, errors)
    if errors:
        raise ValidationError(errors)
    return columns, links, children


def _clean_children(db, child: Child, data, choices, exists, errors) -> list[dict[str, Any]]:
    items = data.get(child.key) if isinstance(data, dict) else None
    if items is None:
        return []
    if not isinstance(items, list):
        errors[child.key] = msg("not_list")
        return []
    out = []
    for i, item in enumerate(items):
        sub: dict[str, Msg] = {}
        uuid = item.get("uuid") if isinstance(item, dict) else None
        body = {k: v for k, v in item.items() if k not in META} if isinstance(item, dict) else item
        try:
            cols = validate(body, child.fields, choices=choices, ref_exists=exists, errors=sub)
        except ValidationError:  # the item is not an object
            cols = {}
        if uuid is not None and (
            not isinstance(uuid, str) or not re.fullmatch(r"[0-9a-f-]{36}", uuid)
        ):
            sub["uuid"] = msg("unknown_reference", value=str(uuid)[:40])
        if child.check is not None:
            child.check(cols, "", sub)
        for path, m in sub.items():
            errors[f"{child.key}.{i}.{path}" if path else f"{child.key}.{i}"] = m
        cols["uuid"] = uuid
        cols["position"] = i
        out.append(cols)
    return out


# ----------------------------------------------------------------------------- writes


def insert(
    db: sqlite_utils.Database,
    actor: Actor,
    kind: Kind,
    columns: dict[str, Any],
    links: dict[str, list[str]],
    children: dict[str, list[dict[str, Any]]],
    uuid: str | None = None,
) -> str:
    """Insert a validated record with its links and children (inside a transaction)."""
    row = record_columns(actor, station_code(db), uuid) | columns
    db[kind.table].insert(row)
    _write_links(db, kind, row["uuid"], links)
    for child in kind.children:
        _write_children(db, actor, child, row["uuid"], children.get(child.key, []))
    return row["uuid"]


def _write_links(db, kind: Kind, uuid: str, links: dict[str, list[str]]) -> None:
    for link in kind.links:
        if link.key not in links:
            continue
        db.execute(f"DELETE FROM {link.table} WHERE {link.parent_column} = ?", [uuid])
        for value in links[link.key]:
            db.execute(
                f"INSERT INTO {link.table} ({link.parent_column}, {link.value_column})"
                " VALUES (?, ?)",
                [uuid, value],
            )


def _write_children(db, actor: Actor, child: Child, parent: str, items: list[dict]) -> None:
    """Insert new items, bump changed ones, soft-delete the ones no longer listed."""
    existing = {
        r[0]: r
        for r in db.execute(
            f"SELECT uuid FROM {child.table} WHERE {child.parent_column} = ? AND deleted = 0",
            [parent],
        )
    }
    station = station_code(db)
    keep: set[str] = set()
    for item in items:
        uuid = item.get("uuid")
        cols = {k: v for k, v in item.items() if k != "uuid"}
        if uuid and uuid in existing:
            keep.add(uuid)
            current = _row(db, child.table, uuid)
            if any(current.get(k) != v for k, v in cols.items()):
                db.execute(
                    f"UPDATE {child.table} SET "
                    + ", ".join(f"{k} = ?" for k in cols)
                    + ", revision = revision + 1, updated_at = ?, updated_by = ? WHERE uuid = ?",
                    [*cols.values(), clock.now_iso(), actor.username, uuid],
                )
        else:
            row = record_columns(actor, station) | cols | {child.parent_column: parent}
            db[child.table].insert(row)
    for uuid in set(existing) - keep:
        db.execute(
            f"UPDATE {child.table} SET deleted = 1, revision = revision + 1, updated_at = ?,"
            " updated_by = ? WHERE uuid = ?",
            [clock.now_iso(), actor.username, uuid],
        )


def create(
    db: sqlite_utils.Database,
    actor: Actor,
    kind: Kind,
    data: Any,
    *,
    uuid: str | None = None,
    before_insert: Callable[[dict[str, Any]], None] | None = None,
    after_insert: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Validate and insert one record; returns it as stored. One transaction.

    A caller may choose the ``uuid`` (so a retried save can be recognised); if a record
    with that uuid exists, :class:`AlreadyExists` carries it and nothing is written.
    """
    require(actor, RECORD_EDITORS, db)
    if uuid is not None and not UUID_RE.fullmatch(str(uuid)):
        raise ValidationError({"uuid": msg("unknown_reference", value=str(uuid)[:40])})
    with write_transaction(db):
        if uuid is not None and _row(db, kind.table, uuid) is not None:
            raise AlreadyExists(load(db, kind, uuid))
        columns, links, children = clean(db, kind, data)
        if kind.locked_by_month:
            ensure_month_open(db, columns.get(kind.date_column))
        if before_insert is not None:
            before_insert(columns)
        uuid = insert(db, actor, kind, columns, links, children, uuid)
        if after_insert is not None:
            after_insert(uuid)
        after = load(db, kind, uuid)
        audit.append(db.conn, actor.username, "create", kind.table, uuid, None, after)
    return after


def _merge(current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(current)
    for k, v in changes.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def writable_view(kind: Kind, record: dict[str, Any]) -> dict[str, Any]:
    """The part of a loaded record that update() accepts back."""
    out: dict[str, Any] = {}
    for f in kind.fields:
        value = get_path(record, f.path)
        _set_path(out, f.path, None if value is None else value)
    for link in kind.links:
        out[link.key] = record.get(link.key, [])
    for child in kind.children:
        out[child.key] = [
            {"uuid": c["uuid"], **{f.path: c.get(f.path) for f in child.fields}}
            for c in record.get(child.key, [])
        ]
    return out


def check_revision(before: dict[str, Any], expected_revision: int | None) -> None:
    if expected_revision is not None and before["revision"] != expected_revision:
        raise StaleRevision(
            msg("stale_revision", user=before["updated_by"], at=before["updated_at"][:16])
        )


def update(
    db: sqlite_utils.Database,
    actor: Actor,
    kind: Kind,
    uuid: str,
    changes: Any,
    *,
    expected_revision: int | None = None,
    before_update: Callable[[dict[str, Any], dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Apply ``changes`` (a partial record in the public shape). One transaction."""
    require(actor, RECORD_EDITORS, db)
    if not isinstance(changes, dict):
        raise ValidationError({"": msg("not_object")})
    with write_transaction(db):
        before = load(db, kind, uuid)
        if before["deleted"]:
            raise NotFound()
        check_revision(before, expected_revision)
        errors: dict[str, Msg] = {}
        for key in changes:
            if key in META or key in kind.read_only:
                errors[key] = msg("read_only")
        merged = _merge(
            writable_view(kind, before),
            {k: v for k, v in changes.items() if k not in META and k not in kind.read_only},
        )
        try:
            columns, links, children = clean(db, kind, merged, errors=errors)
        except ValidationError as exc:
            raise ValidationError(exc.errors) from None
        if kind.locked_by_month:
            ensure_month_open(db, before.get(kind.date_column), columns.get(kind.date_column))
        if before_update is not None:
            before_update(before, columns)
        db.execute(
            f"UPDATE {kind.table} SET "
            + ", ".join(f"{k} = ?" for k in columns)
            + ", revision = revision + 1, updated_at = ?, updated_by = ? WHERE uuid = ?",
            [*columns.values(), clock.now_iso(), actor.username, uuid],
        )
        _write_links(db, kind, uuid, links)
        for child in kind.children:
            if child.key in changes:
                _write_children(db, actor, child, uuid, children.get(child.key, []))
        after = load(db, kind, uuid)
        audit.append(db.conn, actor.username, "update", kind.table, uuid, before, after)
    return after


def soft_delete(
    db: sqlite_utils.Database,
    actor: Actor,
    kind: Kind,
    uuid: str,
    *,
    reason: str | None = None,
    expected_revision: int | None = None,
) -> dict[str, Any]:
    """Mark deleted (a tombstone that travels to the district); never a hard delete."""
    require(actor, RECORD_EDITORS, db)
    with write_transaction(db):
        before = load(db, kind, uuid)
        if before["deleted"]:
            raise NotFound()
        check_revision(before, expected_revision)
        if kind.locked_by_month:
            ensure_month_open(db, before.get(kind.date_column))
        db.execute(
            f"UPDATE {kind.table} SET deleted = 1, revision = revision + 1, updated_at = ?,"
            " updated_by = ? WHERE uuid = ?",
            [clock.now_iso(), actor.username, uuid],
        )
        after = load(db, kind, uuid)
        audit.append(db.conn, actor.username, "delete", kind.table, uuid, before, after, reason)
    return after


def bump(
    db: sqlite_utils.Database, actor: Actor, table: str, uuid: str, values: dict[str, Any]
) -> None:
    """Set columns and bump revision/updated_* (inside the caller's transaction)."""
    db.execute(
        f"UPDATE {table} SET "
        + "".join(f"{k} = ?, " for k in values)
        + "revision = revision + 1, updated_at = ?, updated_by = ? WHERE uuid = ?",
        [*values.values(), clock.now_iso(), actor.username, uuid],
    )


# ------------------------------------------------------------------------------ reads


def fts_query(text: str) -> str | None:
    """User text to an FTS5 query: every word must match, each as a prefix."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words[:12])


# Below this many full-text matches the query is driven by the matches themselves;
# above it, walking the date index and probing the matches stops sooner (LIMIT).
FTS_DRIVEN_MAX = 2000


def _where(db: sqlite_utils.Database, kind: Kind, query: ListQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    match = fts_query(query.search) if query.search else None
    fts_driven = False
    if query.search and match is not None:
        fts = f"{kind.table}_fts"
        matches = db.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", [match])
        fts_driven = matches.fetchone()[0] <= FTS_DRIVEN_MAX
    if not query.include_deleted:
        # "+" stops SQLite from walking the (deleted, date) index when few rows match.
        clauses.append("+t.deleted = 0" if fts_driven else "t.deleted = 0")
    for name, value in query.filters.items():
        if value is None or value == "":
            continue
        if name not in kind.filters:
            raise ValueError(f"unknown filter for {kind.name}: {name}")
        sql, p = kind.filters[name](value)
        clauses.append(sql)
        params.extend(p)
    if query.search:
        if match is None:
            clauses.append("0")
        else:
            # Many matches: "+" keeps SQLite walking the list's order and probing the
            # matches (it stops at the page's LIMIT) rather than fetching every match and
            # sorting them all, which table statistics (ANALYZE) would otherwise make it
            # prefer. Few matches: the matches drive, by rowid.
            clauses.append(
                f"{'' if fts_driven else '+'}t.id IN"
                f" (SELECT rowid FROM {kind.table}_fts WHERE {kind.table}_fts MATCH ?)"
            )
            params.append(match)
            if query.viewer is not None and kind.private_search is not None:
                sql, p = kind.private_search(query.viewer)
                clauses.append(sql)
                params.extend(p)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_records(db: sqlite_utils.Database, kind: Kind, query: ListQuery) -> list[dict]:
    """One page of the list: filtered, searched and sorted in SQL."""
    where, params = _where(db, kind, query)
    sort = kind.sort_columns.get(query.sort or "", kind.sort_columns["_default"])
    direction = "DESC" if query.descending else "ASC"
    order = ", ".join(f"{c.strip()} {direction}" for c in [*sort.split(","), "t.id"])
    sql = f"SELECT {', '.join(kind.list_columns)} FROM {kind.table} t{where} ORDER BY {order}"
    if query.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, query.limit, query.offset]
    cur = db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, v, strict=True)) for v in cur.fetchall()]


def count_records(db: sqlite_utils.Database, kind: Kind, query: ListQuery) -> int:
    where, params = _where(db, kind, query)
    return db.execute(f"SELECT count(*) FROM {kind.table} t{where}", params).fetchone()[0]


# Filters shared by the kinds -------------------------------------------------------


def eq(column: str) -> Filter:
    return lambda v: (f"t.{column} = ?", [v])


def date_from(column: str) -> Filter:
    return lambda v: (f"t.{column} >= ?", [v])


def date_to(column: str) -> Filter:
    return lambda v: (f"t.{column} <= ?", [v])


def in_link(link_table: str, parent_column: str, value_column: str) -> Filter:
    return lambda v: (
        f"t.uuid IN (SELECT {parent_column} FROM {link_table} WHERE {value_column} = ?)",
        [v],
    )


class Service:
    """The standard operations of one kind, bound to it (modules re-export these)."""

    def __init__(self, kind: Kind):
        self.kind = kind

    def create(
        self, db: sqlite_utils.Database, actor: Actor, data: Any, *, uuid: str | None = None
    ) -> dict[str, Any]:
        return create(db, actor, self.kind, data, uuid=uuid)

    def update(
        self,
        db: sqlite_utils.Database,
        actor: Actor,
        uuid: str,
        changes: Any,
        *,
        expected_revision: int | None = None,
    ) -> dict[str, Any]:
        return update(db, actor, self.kind, uuid, changes, expected_revision=expected_revision)

    def delete(
        self,
        db: sqlite_utils.Database,
        actor: Actor,
        uuid: str,
        *,
        reason: str | None = None,
        expected_revision: int | None = None,
    ) -> dict:
        return soft_delete(
            db, actor, self.kind, uuid, reason=reason, expected_revision=expected_revision
        )

    def get(self, db: sqlite_utils.Database, uuid: str) -> dict[str, Any]:
        return load(db, self.kind, uuid)

    def list_(self, db: sqlite_utils.Database, query: ListQuery) -> list[dict[str, Any]]:
        return list_records(db, self.kind, query)

    def count(self, db: sqlite_utils.Database, query: ListQuery) -> int:
        return count_records(db, self.kind, query)
