"""Reference lists: settlements served, partners, and the coded lists with ky/ru/en labels."""

from __future__ import annotations

import re
from typing import Any

import sqlite_utils

from station_app.messages import LANGS, Msg, msg
from station_app.services import records
from station_app.services.auth import MANAGERS, Actor, require
from station_app.services.errors import ValidationError
from station_app.services.records import Kind
from station_app.services.validation import Choice, Field, Int, Invalid, Text
from station_app.store import audit, write_transaction

_NAMES = [
    Field("name.ky", "name_ky", Text(), required=True),
    Field("name.ru", "name_ru", Text(), required=True),
    Field("name.en", "name_en", Text(), required=True),
]

SETTLEMENTS = Kind(
    name="settlement",
    table="settlements",
    fields=[
        Field("kind", "kind", Choice("settlement_kind"), required=True),
        *_NAMES,
        Field("population", "population", Int(max=10_000_000)),
    ],
    date_column="created_at",
    list_columns=[
        "t.uuid",
        "t.station",  # a district lists the records of every station
        "t.kind",
        "t.name_ky",
        "t.name_ru",
        "t.name_en",
        "t.population",
        "t.revision",
        "t.deleted",
    ],
    sort_columns={"_default": "t.name_ru", "name_ky": "t.name_ky", "name_en": "t.name_en"},
    filters={"kind": records.eq("kind")},
    fts=False,
    locked_by_month=False,
)

PARTNERS = Kind(
    name="partner",
    table="partners",
    fields=[
        Field("kind", "kind", Choice("partner_kind"), required=True),
        *_NAMES,
        Field("contact", "contact", Text()),
    ],
    date_column="created_at",
    list_columns=[
        "t.uuid",
        "t.station",  # a district lists the records of every station
        "t.kind",
        "t.name_ky",
        "t.name_ru",
        "t.name_en",
        "t.contact",
        "t.revision",
        "t.deleted",
    ],
    sort_columns={"_default": "t.name_ru", "name_ky": "t.name_ky", "name_en": "t.name_en"},
    filters={"kind": records.eq("kind")},
    fts=False,
    locked_by_month=False,
)


class _ManagedService(records.Service):
    """Reference records: only a chief or admin may change them."""

    def create(self, db, actor, data, *, uuid=None):
        require(actor, MANAGERS, db)
        return super().create(db, actor, data, uuid=uuid)

    def update(self, db, actor, uuid, changes, *, expected_revision=None):
        require(actor, MANAGERS, db)
        return super().update(db, actor, uuid, changes, expected_revision=expected_revision)

    def delete(self, db, actor, uuid, *, reason=None, expected_revision=None):
        require(actor, MANAGERS, db)
        return super().delete(db, actor, uuid, reason=reason, expected_revision=expected_revision)


settlements = _ManagedService(SETTLEMENTS)
partners = _ManagedService(PARTNERS)


def labels(
    db: sqlite_utils.Database, list_name: str, lang: str = "ru", *, include_inactive: bool = False
) -> dict[str, str]:
    """code -> label in ``lang`` for one coded list, in display order."""
    if lang not in LANGS:
        lang = "en"
    rows = db.execute(
        f"SELECT code, label_{lang} FROM ref_items WHERE list = ?"
        + ("" if include_inactive else " AND active = 1")
        + " ORDER BY sort_order, code",
        [list_name],
    )
    return {code: label for code, label in rows}


def ref_items(db: sqlite_utils.Database, list_name: str) -> list[dict[str, Any]]:
    cur = db.execute(
        "SELECT list, code, label_ky, label_ru, label_en, sort_order, active FROM ref_items"
        " WHERE list = ? ORDER BY sort_order, code",
        [list_name],
    )
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, v, strict=True)) for v in cur.fetchall()]


def save_ref_item(
    db: sqlite_utils.Database,
    actor: Actor,
    list_name: str,
    code: str,
    labels_: dict[str, str],
    *,
    active: bool = True,
) -> dict[str, Any]:
    """Add or relabel one coded item (each label in ky, ru and en). Chief or admin only."""
    require(actor, MANAGERS, db)
    errors: dict[str, Msg] = {}
    if not isinstance(code, str) or not re.fullmatch(r"[a-z][a-z0-9_]{1,39}", code):
        errors["code"] = msg("bad_choice", value=str(code)[:40])
    clean: dict[str, str] = {}
    for lang in LANGS:
        try:
            value = Text().clean(labels_.get(lang, ""))
        except Invalid as exc:
            errors[f"label.{lang}"] = exc.message
            continue
        if value is None:
            errors[f"label.{lang}"] = msg("required")
        else:
            clean[lang] = value
    if errors:
        raise ValidationError(errors)
    with write_transaction(db):
        before = db.execute(
            "SELECT label_ky, label_ru, label_en, active FROM ref_items"
            " WHERE list = ? AND code = ?",
            [list_name, code],
        ).fetchone()
        order = db.execute(
            "SELECT coalesce(max(sort_order), 0) + 1 FROM ref_items WHERE list = ?", [list_name]
        ).fetchone()[0]
        db.execute(
            "INSERT INTO ref_items (list, code, label_ky, label_ru, label_en, sort_order, active)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (list, code) DO UPDATE SET"
            " label_ky = excluded.label_ky, label_ru = excluded.label_ru,"
            " label_en = excluded.label_en, active = excluded.active",
            [list_name, code, clean["ky"], clean["ru"], clean["en"], order, int(active)],
        )
        after = {"ky": clean["ky"], "ru": clean["ru"], "en": clean["en"], "active": active}
        audit.append(
            db.conn,
            actor.username,
            "update" if before else "create",
            "ref_items",
            f"{list_name}:{code}",
            list(before) if before else None,
            after,
        )
    return after
