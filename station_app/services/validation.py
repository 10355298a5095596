"""Field types and the validator that checks a whole record and reports every error at once.

A record kind declares its fields as :class:`Field` objects with a dotted ``path`` in the
public JSON shape (``attendance.men``) and the ``column`` that stores it. :func:`validate`
returns the cleaned column values, or raises :class:`ValidationError` listing each bad
field by its path, so the window can show each message beside its field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from station_app import clock
from station_app.messages import Msg, msg
from station_app.services.errors import ValidationError

MIN_DATE = date(2000, 1, 1)
SHORT_TEXT = 300
LONG_TEXT = 20_000
MAX_COUNT = 100_000

# Bidirectional overrides/isolates (U+202A..U+202E, U+2066..U+2069) can disguise text;
# C0/C1 controls other than tab and newline have no place in a record. Zero-width
# joiners and non-joiners are legitimate in names and emoji, so they are kept as given.
_BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def _bad_chars(text: str, multiline: bool) -> bool:
    for ch in text:
        cp = ord(ch)
        if cp in _BIDI:
            return True
        if unicodedata.category(ch) == "Cc" and not (multiline and ch in "\n\r\t"):
            return True
    return False


class Invalid(Exception):
    """Raised by a field's clean() with the message for that field."""

    def __init__(self, message: Msg):
        super().__init__(message.id)
        self.message = message


@dataclass
class FieldType:
    def clean(self, value: Any) -> Any:  # pragma: no cover - interface
        raise NotImplementedError

    def present(self, stored: Any) -> Any:
        """The stored column value as the public shape shows it."""
        return stored


@dataclass
class Text(FieldType):
    max_len: int = SHORT_TEXT
    multiline: bool = False

    def clean(self, value: Any) -> str | None:
        if not isinstance(value, str):
            raise Invalid(msg("not_text"))
        if not value.strip():
            return None
        if len(value) > self.max_len:
            raise Invalid(msg("too_long", max=self.max_len, got=len(value)))
        if _bad_chars(value, self.multiline):
            raise Invalid(msg("control_chars"))
        return value


def parse_date(value: Any) -> date:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise Invalid(msg("bad_date", value=str(value)[:40]))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Invalid(msg("bad_date", value=value)) from None


@dataclass
class Date(FieldType):
    not_future: bool = False

    def clean(self, value: Any) -> str:
        d = parse_date(value)
        if d < MIN_DATE:
            raise Invalid(msg("date_too_old", value=value, min=MIN_DATE.isoformat()))
        if self.not_future and d > clock.today():
            raise Invalid(msg("date_in_future", value=value))
        return d.isoformat()


@dataclass
class Time(FieldType):
    def clean(self, value: Any) -> str:
        if not isinstance(value, str) or not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
            raise Invalid(msg("bad_time", value=str(value)[:20]))
        return value


@dataclass
class Int(FieldType):
    min: int = 0
    max: int = MAX_COUNT

    def clean(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            whole_float = isinstance(value, float) and value.is_integer()
            digits = isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,12}\s*", value)
            if whole_float or digits:
                value = int(value)
            else:
                raise Invalid(msg("not_integer"))
        if value < self.min:
            raise Invalid(msg("negative"))
        if value > self.max:
            raise Invalid(msg("too_large", max=self.max))
        return value


@dataclass
class Money(FieldType):
    """An amount in som with at most two decimals, stored as whole tyiyn."""

    max_som: int = 100_000_000

    def clean(self, value: Any) -> int:
        if isinstance(value, bool):
            raise Invalid(msg("not_money"))
        try:
            amount = Decimal(str(value).strip().replace(",", "."))
        except InvalidOperation:
            raise Invalid(msg("not_money")) from None
        if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
            raise Invalid(msg("not_money"))
        if amount < 0:
            raise Invalid(msg("negative"))
        if amount > self.max_som:
            raise Invalid(msg("too_large", max=self.max_som))
        return int(amount * 100)

    def present(self, stored: Any) -> Any:
        return None if stored is None else stored / 100


@dataclass
class Bool(FieldType):
    def clean(self, value: Any) -> int:
        if not isinstance(value, bool):
            raise Invalid(msg("not_bool"))
        return int(value)

    def present(self, stored: Any) -> Any:
        return None if stored is None else bool(stored)


@dataclass
class Choice(FieldType):
    """A code from a reference list (checked against the list's active codes)."""

    list_name: str

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(msg("bad_choice", value=str(value)[:40]))
        return value


@dataclass
class ChoiceList(FieldType):
    list_name: str

    def clean(self, value: Any) -> list[str]:
        if not isinstance(value, list):
            raise Invalid(msg("not_list"))
        out: list[str] = []
        for v in value:
            if not isinstance(v, str):
                raise Invalid(msg("bad_choice", value=str(v)[:40]))
            if v not in out:
                out.append(v)
        return out


@dataclass
class Ref(FieldType):
    """The uuid of a live record in ``table``."""

    table: str

    def clean(self, value: Any) -> str:
        if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f-]{36}", value):
            raise Invalid(msg("unknown_reference", value=str(value)[:40]))
        return value


@dataclass
class RefList(FieldType):
    table: str

    def clean(self, value: Any) -> list[str]:
        if not isinstance(value, list):
            raise Invalid(msg("not_list"))
        out: list[str] = []
        for v in value:
            uuid = Ref(self.table).clean(v)
            if uuid not in out:
                out.append(uuid)
        return out


@dataclass(frozen=True)
class Field:
    path: str
    column: str
    type: FieldType
    required: bool = False


MISSING = object()


def get_path(data: dict[str, Any], path: str) -> Any:
    cur: Any = data
    for part in path.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return MISSING
        cur = cur[part]
    return cur


def unknown_keys(data: Any, allowed: Iterable[str]) -> list[str]:
    """Dotted paths present in ``data`` that no field (or group of fields) declares."""
    allowed = set(allowed)
    groups: set[str] = set()
    for p in allowed:
        parts = p.split(".")
        groups.update(".".join(parts[:i]) for i in range(1, len(parts)))
    return _unknown(data, "", allowed, groups) if isinstance(data, dict) else []


def _unknown(value: dict, prefix: str, allowed: set[str], groups: set[str]) -> list[str]:
    out: list[str] = []
    for key, sub in value.items():
        path = f"{prefix}{key}"
        if path in groups:
            if isinstance(sub, dict):
                out.extend(_unknown(sub, f"{path}.", allowed, groups))
        elif path not in allowed:
            out.append(path)
    return out


def validate(
    data: Any,
    fields: list[Field],
    *,
    extra_allowed: Iterable[str] = (),
    choices: Callable[[str], set[str]] | None = None,
    ref_exists: Callable[[str, str], bool] | None = None,
    errors: dict[str, Msg] | None = None,
) -> dict[str, Any]:
    """Clean ``data`` against ``fields``; returns ``{column: value}`` for the valid fields.

    Collects every error before raising one :class:`ValidationError`; when the caller
    passes its own ``errors`` dict, errors are added there and nothing is raised (except
    for input that is not an object at all), so cross-field checks can still run. ``choices(list)``
    gives the active codes of a reference list; ``ref_exists(table, uuid)`` says whether
    a referenced record is live.
    """
    own = errors is None
    errors = {} if errors is None else errors
    if not isinstance(data, dict):
        errors[""] = msg("not_object")
        raise ValidationError(errors)
    for path in unknown_keys(data, [f.path for f in fields] + list(extra_allowed)):
        errors[path] = msg("unknown_field")
    groups = {f.path.rsplit(".", 1)[0] for f in fields if "." in f.path}
    for g in groups:
        v = get_path(data, g)
        if v is not MISSING and v is not None and not isinstance(v, dict):
            errors[g] = msg("not_object")
    out: dict[str, Any] = {}
    for f in fields:
        raw = get_path(data, f.path)
        if raw is MISSING or raw is None:
            value = None
        else:
            try:
                value = f.type.clean(raw)
            except Invalid as exc:
                errors[f.path] = exc.message
                continue
            value = _check_lookup(f, value, choices, ref_exists, errors)
            if f.path in errors:
                continue
        if f.required and (value is None or value == []):
            errors[f.path] = msg("required")
            continue
        out[f.column] = value
    if own and errors:
        raise ValidationError(errors)
    return out


def _check_lookup(f, value, choices, ref_exists, errors):
    if value is None:
        return value
    if isinstance(f.type, Choice | ChoiceList) and choices is not None:
        allowed = choices(f.type.list_name)
        for v in value if isinstance(value, list) else [value]:
            if v not in allowed:
                errors[f.path] = msg("bad_choice", value=v[:40])
                return value
    if isinstance(f.type, Ref | RefList) and ref_exists is not None:
        for v in value if isinstance(value, list) else [value]:
            if not ref_exists(f.type.table, v):
                errors[f.path] = msg("unknown_reference", value=v)
                return value
    return value
