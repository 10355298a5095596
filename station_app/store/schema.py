"""Tables, indexes, full-text search and the ordered migrations between schema versions.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[n]`` takes a database
from version ``n`` to ``n + 1``; :func:`migrate` runs the missing ones in order, each in
its own transaction, after a backup of the file (see :mod:`station_app.store.backup`).
A database written by a newer version of the app is refused, never touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# Columns every synced record carries: identity across stations, authorship, revision,
# and a soft-delete mark (records are never hard-deleted; deletions travel as tombstones).
_RECORD = """
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    station     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"""

_V1 = f"""
CREATE TABLE station (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    municipality TEXT NOT NULL DEFAULT '',
    district    TEXT NOT NULL DEFAULT '',
    province    TEXT NOT NULL DEFAULT '',
    mode        TEXT NOT NULL DEFAULT 'station' CHECK (mode IN ('station', 'district')),
    public_key  TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);

CREATE TABLE users (
    {_RECORD},
    username    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name   TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('officer', 'chief', 'admin', 'analyst')),
    password_hash TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    last_login_at TEXT
);

CREATE TABLE ref_items (
    list        TEXT NOT NULL,
    code        TEXT NOT NULL,
    label_ky    TEXT NOT NULL,
    label_ru    TEXT NOT NULL,
    label_en    TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    PRIMARY KEY (list, code)
);

CREATE TABLE settlements (
    {_RECORD},
    kind        TEXT NOT NULL DEFAULT 'village',
    name_ky     TEXT NOT NULL,
    name_ru     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    population  INTEGER CHECK (population IS NULL OR population >= 0)
);

CREATE TABLE partners (
    {_RECORD},
    kind        TEXT NOT NULL,
    name_ky     TEXT NOT NULL,
    name_ru     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    contact     TEXT
);

CREATE TABLE meetings (
    {_RECORD},
    held_on     TEXT NOT NULL,
    held_at     TEXT,
    settlement_uuid TEXT REFERENCES settlements (uuid),
    venue       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    chaired_by  TEXT,
    men         INTEGER NOT NULL DEFAULT 0 CHECK (men >= 0),
    women       INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0),
    youth       INTEGER NOT NULL DEFAULT 0 CHECK (youth >= 0 AND youth <= men + women),
    issues_raised TEXT,
    decisions   TEXT,
    notes       TEXT
);

CREATE TABLE meeting_topics (
    meeting_uuid TEXT NOT NULL REFERENCES meetings (uuid),
    theme       TEXT NOT NULL,
    PRIMARY KEY (meeting_uuid, theme)
) WITHOUT ROWID;

CREATE TABLE meeting_partners (
    meeting_uuid TEXT NOT NULL REFERENCES meetings (uuid),
    partner_uuid TEXT NOT NULL REFERENCES partners (uuid),
    PRIMARY KEY (meeting_uuid, partner_uuid)
) WITHOUT ROWID;

CREATE TABLE meeting_followups (
    {_RECORD},
    meeting_uuid TEXT NOT NULL REFERENCES meetings (uuid),
    position    INTEGER NOT NULL DEFAULT 0,
    action      TEXT NOT NULL,
    responsible TEXT,
    partner_uuid TEXT REFERENCES partners (uuid),
    due_on      TEXT,
    done_on     TEXT
);

CREATE TABLE complaint_counters (
    station     TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last_seq    INTEGER NOT NULL CHECK (last_seq >= 0),
    PRIMARY KEY (station, year)
);

CREATE TABLE complaints (
    {_RECORD},
    number      TEXT NOT NULL UNIQUE,
    reg_year    INTEGER NOT NULL,
    reg_seq     INTEGER NOT NULL,
    received_on TEXT NOT NULL,
    channel     TEXT NOT NULL,
    meeting_uuid TEXT REFERENCES meetings (uuid),
    anonymous   INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    complainant_name TEXT,
    complainant_sex TEXT,
    complainant_age_group TEXT,
    complainant_settlement_uuid TEXT REFERENCES settlements (uuid),
    complainant_contact TEXT,
    category    TEXT NOT NULL,
    description TEXT NOT NULL,
    assigned_officer TEXT,
    status      TEXT NOT NULL DEFAULT 'registered' CHECK (status IN
                ('registered', 'in_progress', 'referred', 'resolved', 'dismissed')),
    referred_to TEXT,
    answer_due_on TEXT NOT NULL,
    extended_until TEXT,
    extension_reason TEXT,
    due_on      TEXT NOT NULL,
    outcome     TEXT,
    closed_on   TEXT,
    UNIQUE (station, reg_year, reg_seq)
);

CREATE TABLE complaint_actions (
    {_RECORD},
    complaint_uuid TEXT NOT NULL REFERENCES complaints (uuid),
    action_on   TEXT NOT NULL,
    officer     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    note        TEXT
);

CREATE TABLE protection_orders (
    {_RECORD},
    complaint_uuid TEXT NOT NULL REFERENCES complaints (uuid),
    issued_on   TEXT NOT NULL,
    expires_on  TEXT NOT NULL,
    extended_until TEXT,
    note        TEXT,
    CHECK (expires_on >= issued_on),
    CHECK (extended_until IS NULL OR extended_until > expires_on)
);

CREATE TABLE plans (
    {_RECORD},
    title       TEXT NOT NULL,
    period_from INTEGER NOT NULL,
    period_to   INTEGER NOT NULL CHECK (period_to >= period_from),
    approved_on TEXT,
    approved_by TEXT,
    residents_count INTEGER CHECK (residents_count IS NULL OR residents_count >= 0),
    notes       TEXT
);

CREATE TABLE plan_items (
    {_RECORD},
    plan_uuid   TEXT NOT NULL REFERENCES plans (uuid),
    position    INTEGER NOT NULL DEFAULT 0,
    objective   TEXT NOT NULL,
    activity    TEXT NOT NULL,
    theme       TEXT NOT NULL,
    responsible_partner_uuid TEXT REFERENCES partners (uuid),
    responsible TEXT,
    deadline    TEXT,
    indicator   TEXT,
    target      INTEGER CHECK (target IS NULL OR target >= 0),
    budget_tyiyn INTEGER CHECK (budget_tyiyn IS NULL OR budget_tyiyn >= 0),
    status      TEXT NOT NULL DEFAULT 'planned'
);

CREATE TABLE activities (
    {_RECORD},
    held_on     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    title       TEXT,
    settlement_uuid TEXT REFERENCES settlements (uuid),
    target_group TEXT,
    men         INTEGER NOT NULL DEFAULT 0 CHECK (men >= 0),
    women       INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0),
    youth       INTEGER NOT NULL DEFAULT 0 CHECK (youth >= 0 AND youth <= men + women),
    plan_item_uuid TEXT REFERENCES plan_items (uuid),
    cost_tyiyn  INTEGER CHECK (cost_tyiyn IS NULL OR cost_tyiyn >= 0),
    funding_source TEXT,
    notes       TEXT
);

CREATE TABLE activity_themes (
    activity_uuid TEXT NOT NULL REFERENCES activities (uuid),
    theme       TEXT NOT NULL,
    PRIMARY KEY (activity_uuid, theme)
) WITHOUT ROWID;

CREATE TABLE activity_partners (
    activity_uuid TEXT NOT NULL REFERENCES activities (uuid),
    partner_uuid TEXT NOT NULL REFERENCES partners (uuid),
    PRIMARY KEY (activity_uuid, partner_uuid)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    username    TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_uuid TEXT,
    before      TEXT,
    after       TEXT,
    reason      TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE INDEX meetings_held ON meetings (deleted, held_on);
CREATE INDEX meetings_kind ON meetings (kind, held_on);
CREATE INDEX meetings_settlement ON meetings (settlement_uuid);
CREATE INDEX meetings_updated ON meetings (updated_at);
CREATE INDEX meeting_topics_theme ON meeting_topics (theme, meeting_uuid);
CREATE INDEX meeting_partners_partner ON meeting_partners (partner_uuid);
CREATE INDEX followups_meeting ON meeting_followups (meeting_uuid);
CREATE INDEX followups_due ON meeting_followups (due_on) WHERE done_on IS NULL;
CREATE INDEX complaints_received ON complaints (deleted, received_on);
CREATE INDEX complaints_status ON complaints (status, received_on);
CREATE INDEX complaints_category ON complaints (category, received_on);
CREATE INDEX complaints_due ON complaints (due_on);
CREATE INDEX complaints_settlement ON complaints (complainant_settlement_uuid);
CREATE INDEX complaints_meeting ON complaints (meeting_uuid);
CREATE INDEX complaints_updated ON complaints (updated_at);
CREATE INDEX actions_complaint ON complaint_actions (complaint_uuid, action_on);
CREATE INDEX orders_complaint ON protection_orders (complaint_uuid);
CREATE INDEX orders_expires ON protection_orders (expires_on);
CREATE INDEX plan_items_plan ON plan_items (plan_uuid, position);
CREATE INDEX plan_items_deadline ON plan_items (deadline);
CREATE INDEX activities_held ON activities (deleted, held_on);
CREATE INDEX activities_kind ON activities (kind, held_on);
CREATE INDEX activities_settlement ON activities (settlement_uuid);
CREATE INDEX activities_plan_item ON activities (plan_item_uuid);
CREATE INDEX activities_updated ON activities (updated_at);
CREATE INDEX activity_themes_theme ON activity_themes (theme, activity_uuid);
CREATE INDEX activity_partners_partner ON activity_partners (partner_uuid);
CREATE INDEX audit_entity ON audit_log (entity_uuid);
"""

# Full-text search (version 2): external-content FTS5 tables kept in step by triggers, so
# every write path (services, demo, import) updates the index in the same transaction.
# unicode61 folds Cyrillic case (Ң/ң, Ө/ө, Ү/ү, Ў/ў, Қ/қ ...); SQLite's lower() does not.
FTS_TABLES: dict[str, tuple[str, ...]] = {
    "complaints": ("number", "complainant_name", "description", "outcome", "referred_to"),
    "meetings": ("venue", "chaired_by", "issues_raised", "decisions", "notes"),
    "activities": ("title", "target_group", "notes"),
}


def _fts_sql(table: str, columns: tuple[str, ...]) -> str:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return f"""
CREATE VIRTUAL TABLE {fts} USING fts5(
    {cols}, content='{table}', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
    INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});
END;
CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
    INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});
END;
CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {cols} ON {table} BEGIN
    INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});
    INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});
END;
INSERT INTO {fts} ({fts}) VALUES ('rebuild');
"""


def _v2_sql() -> str:
    return "".join(_fts_sql(t, c) for t, c in FTS_TABLES.items())


def _run_script(conn: sqlite3.Connection, sql: str) -> None:
    """Run DDL statement by statement inside the caller's transaction.

    ``executescript`` would COMMIT first, so statements are split on complete-statement
    boundaries instead (``sqlite3.complete_statement`` understands triggers).
    """
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                conn.execute(buf)
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement: {buf[:80]!r}")


# Version 3: month close. One row per station and month; closing signs the month and
# stores the final report PDF (so a reprint is byte-identical); reopening keeps the row.
_V3 = f"""
CREATE TABLE month_closures (
    {_RECORD},
    month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    status      TEXT NOT NULL CHECK (status IN ('closed', 'reopened')),
    signed_by   TEXT NOT NULL,
    signed_on   TEXT NOT NULL,
    report_lang TEXT,
    report_sha256 TEXT,
    report_pdf  BLOB,
    reopened_on TEXT,
    reopen_reason TEXT,
    UNIQUE (station, month)
);
"""

# Version 4: USB sync (station_app.sync). What changed since the last acknowledged export
# is found without clocks (a PC's clock may jump back after a power cut): new rows by their
# id (records are never hard-deleted, so ids only grow) and updated rows through an
# append-only change log that triggers fill on every UPDATE, whatever the write path; its
# AUTOINCREMENT sequence is never reused. Station side: exports, receipts applied, the
# district's approvals, sync secrets. District side: the registry of station keys,
# imported packages, conflicts kept for review, tombstones of records not yet seen,
# complainant pseudonyms, month approvals.
SYNC_TABLES = (
    "settlements",
    "partners",
    "plans",
    "plan_items",
    "meetings",
    "meeting_followups",
    "activities",
    "complaints",
    "complaint_actions",
    "protection_orders",
    "month_closures",
)

_V4 = """
CREATE TABLE sync_state (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
INSERT INTO sync_state (key, value) VALUES ('pseudonym_key', lower(hex(randomblob(32))));

CREATE TABLE sync_changes (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl         TEXT NOT NULL,
    row_id      INTEGER NOT NULL
);

CREATE TABLE sync_exports (
    seq         INTEGER PRIMARY KEY CHECK (seq >= 1),
    file_name   TEXT NOT NULL,
    package_hash TEXT NOT NULL UNIQUE,
    file_sha256 TEXT NOT NULL,
    full        INTEGER NOT NULL CHECK (full IN (0, 1)),
    personal_data INTEGER NOT NULL CHECK (personal_data IN (0, 1)),
    base_seq    INTEGER NOT NULL DEFAULT 0,
    change_from INTEGER NOT NULL,
    change_to   INTEGER NOT NULL,
    id_marks    TEXT NOT NULL,
    records     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    acknowledged_at TEXT
);

CREATE TABLE sync_receipts (
    receipt_hash TEXT PRIMARY KEY,
    district    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    applied_by  TEXT NOT NULL
);

CREATE TABLE district_approvals (
    month       TEXT PRIMARY KEY,
    district    TEXT NOT NULL,
    approved_on TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    received_at TEXT NOT NULL
);

CREATE TABLE sync_stations (
    code        TEXT PRIMARY KEY,
    public_key  TEXT,
    name        TEXT NOT NULL DEFAULT '',
    district    TEXT NOT NULL DEFAULT '',
    province    TEXT NOT NULL DEFAULT '',
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    how         TEXT NOT NULL CHECK (how IN ('first_import', 'manual', 'reset'))
);

CREATE TABLE sync_packages (
    package_hash TEXT PRIMARY KEY,
    station     TEXT NOT NULL REFERENCES sync_stations (code),
    seq         INTEGER NOT NULL,
    file_name   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    prev_hash   TEXT,
    base_seq    INTEGER NOT NULL,
    full        INTEGER NOT NULL,
    personal_data INTEGER NOT NULL,
    counts      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    UNIQUE (station, seq)
);

CREATE TABLE sync_conflicts (
    id          INTEGER PRIMARY KEY,
    station     TEXT NOT NULL,
    tbl         TEXT NOT NULL,
    uuid        TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    current     TEXT NOT NULL,
    incoming    TEXT NOT NULL,
    incoming_sha256 TEXT NOT NULL,
    package_hash TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution  TEXT CHECK (resolution IS NULL OR resolution IN ('current', 'incoming')),
    UNIQUE (tbl, uuid, revision, incoming_sha256)
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at, station);

CREATE TABLE sync_tombstones (
    tbl         TEXT NOT NULL,
    uuid        TEXT NOT NULL,
    station     TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    PRIMARY KEY (tbl, uuid)
) WITHOUT ROWID;

CREATE TABLE sync_pseudonyms (
    complaint_uuid TEXT PRIMARY KEY,
    station     TEXT NOT NULL,
    code        TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_approvals (
    station     TEXT NOT NULL,
    month       TEXT NOT NULL,
    approved_on TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    PRIMARY KEY (station, month)
) WITHOUT ROWID;
"""


# Only a station exports: a district office keeps no change log.
_STATION_MODE = "(SELECT mode FROM station WHERE id = 1) = 'station'"


def _v4_sql() -> str:
    """The sync tables and the change-log triggers (updates only: inserts are found by id).

    Rows written before this version need no log entry: nothing has been acknowledged yet,
    so the first export of an upgraded station carries every row anyway.
    """
    parts = [_V4]
    for table in SYNC_TABLES:
        parts.append(
            f"""
CREATE TRIGGER {table}_sync_au AFTER UPDATE ON {table} WHEN {_STATION_MODE}
BEGIN INSERT INTO sync_changes (tbl, row_id) VALUES ('{table}', new.id); END;
"""
        )
    return "".join(parts)


# Version 5: indexes for the dashboard's start-up queries (station_app.services.dashboard).
# Complaints resolved this month are found by their closing date instead of reading every
# resolved complaint; the overdue follow-ups are counted from two covering indexes instead
# of reading each follow-up and its meeting (at 200,000 records: 27 ms -> 2 ms and
# 54 ms -> 5 ms). IF NOT EXISTS: a step run again over a database rolled back to an
# older version by hand (as tests do) finds them already there.
_V5 = """
CREATE INDEX IF NOT EXISTS complaints_closed ON complaints (status, closed_on);
CREATE INDEX IF NOT EXISTS followups_open
    ON meeting_followups (due_on, deleted, meeting_uuid, done_on) WHERE done_on IS NULL;
CREATE INDEX IF NOT EXISTS meetings_live ON meetings (uuid, deleted);
"""
_V5_INDEXES = ("complaints_closed", "followups_open", "meetings_live")


def _v5(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V5)
    # Where the planner has statistics (a big station, see store.refresh_statistics) the
    # new indexes get theirs too, so it weighs them like the others.
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        for index in _V5_INDEXES:
            conn.execute(f"ANALYZE {index}")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    lambda conn: _run_script(conn, _V1),  # 0 -> 1: every table
    lambda conn: _run_script(conn, _v2_sql()),  # 1 -> 2: full-text search
    lambda conn: _run_script(conn, _V3),  # 2 -> 3: month close
    lambda conn: _run_script(conn, _v4_sql()),  # 3 -> 4: USB sync
    _v5,  # 4 -> 5: dashboard indexes
]
LATEST_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def apply_migrations(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Run the migrations from the current version up to ``target``; returns the new version.

    Each step is one transaction together with its ``user_version`` bump, so a power cut
    mid-migration leaves the previous version intact.
    """
    current = user_version(conn)
    for version in range(current, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return user_version(conn)
