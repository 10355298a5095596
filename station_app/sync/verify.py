"""Checking a package without a database: zip safety, manifest, signature, schema, cells.

:func:`read_package` is everything that can be checked from the file alone. It returns
the rows already typed (and un-neutralised), so the importer never parses twice. The
checks that need the district database (registered key, sequence, references) are in
:mod:`station_app.sync.importer`.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from station_app.messages import Msg, msg
from station_app.sync import keys, safezip
from station_app.sync.errors import PackageRefused
from station_app.sync.package import (
    ALL_RESOURCES,
    DATAPACKAGE,
    FORMAT,
    MANIFEST,
    MEMBER_RE,
    PACKAGE_JSON,
    SCHEMA_VERSION,
    SIGNATURE,
    TOMBSTONES,
    Col,
    Resource,
    expected_resources,
    package_hash,
    parse_manifest,
    report_member,
    sha256,
    signed_statement,
    unneutralise,
)

csv.field_size_limit(1 << 24)


@dataclass
class Package:
    """A package that passed every check that needs no database."""

    path: Path
    info: dict[str, Any]
    package_hash: str
    file_sha256: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    reports: dict[str, bytes] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def station(self) -> str:
        return self.info["station"]["code"]

    @property
    def seq(self) -> int:
        return self.info["seq"]

    @property
    def public_key(self) -> str:
        return self.info["public_key"]

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def _refuse(file: str, id_: str, **params: Any) -> PackageRefused:
    return PackageRefused(msg(id_, **params), file)


# ----------------------------------------------------------------------- package.json

_HEX64 = re.compile(r"[0-9a-f]{64}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")


def check_info(file: str, data: bytes) -> dict[str, Any]:
    """package.json: well-formed, a known format, and not newer than this version."""

    def bad(detail: str) -> PackageRefused:
        return _refuse(file, "sync_bad_package_json", detail=detail)

    try:
        info = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise bad(str(exc)[:80]) from None
    if not isinstance(info, dict) or info.get("format") != FORMAT:
        raise bad("not a Station App package")
    version = info.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise bad("schema_version")
    if version > SCHEMA_VERSION:
        raise _refuse(file, "sync_newer_format", version=version, max=SCHEMA_VERSION)
    station = info.get("station")
    if not isinstance(station, dict) or not re.fullmatch(r"[A-Z]{2,5}", str(station.get("code"))):
        raise bad("station")
    for key in ("name", "district", "province"):
        if not isinstance(station.get(key, ""), str):
            raise bad(f"station.{key}")
    checks: dict[str, Any] = {
        "seq": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1,
        "base_seq": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
        "change_from": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
        "change_to": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
        "full": lambda v: isinstance(v, bool),
        "personal_data": lambda v: isinstance(v, bool),
        "public_key": lambda v: isinstance(v, str) and keys.PUBLIC_KEY_RE.fullmatch(v),
        "prev_hash": lambda v: v is None or (isinstance(v, str) and _HEX64.fullmatch(v)),
        "created_at": lambda v: isinstance(v, str) and _DATETIME.fullmatch(v),
        "audit_head": lambda v: (
            isinstance(v, dict) and isinstance(v.get("id"), int) and isinstance(v.get("hash"), str)
        ),
        "counts": lambda v: isinstance(v, dict),
        "months": lambda v: isinstance(v, list),
    }
    for key, ok in checks.items():
        if not ok(info.get(key)):
            raise bad(key)
    if info["base_seq"] >= info["seq"] or info["change_from"] > info["change_to"]:
        raise bad("base_seq")
    if (info["seq"] == 1) != (info["prev_hash"] is None):
        raise bad("prev_hash")
    expected_name = f"{station['code']}_"
    if not str(info.get("file_name", "")).startswith(expected_name):
        raise bad("file_name")
    return info


# ------------------------------------------------------------------------------ cells

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_INT = re.compile(r"-?\d{1,18}")
_CODE = re.compile(r"[A-Z]{2,5}")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


class _Bad(Exception):
    def __init__(self, problem: Msg):
        super().__init__(problem.id)
        self.problem = problem


_SPECIAL = "=+-@\t\r'"


def _converter(col: Col) -> Callable[[str], Any]:
    """A function from one CSV cell to its typed value (None if empty), raising _Bad."""
    kind, required = col.type, col.required

    def empty() -> None:
        if required and kind != "text":
            raise _Bad(msg("sync_cell_required"))
        return None

    if kind in ("text", "string"):
        enum = set(col.enum) if col.enum is not None else None

        def text(cell: str) -> Any:
            if not cell:
                return empty()
            if cell[0] in _SPECIAL:
                if cell[0] != "'":
                    raise _Bad(msg("sync_cell_formula", char=repr(cell[0])))
                cell = unneutralise(cell)
            if enum is not None and cell not in enum:
                raise _Bad(msg("sync_cell_choice", value=cell[:40], choices=", ".join(col.enum)))
            return cell

        return text
    if kind == "integer":
        low, high = col.minimum, col.maximum

        def integer(cell: str) -> Any:
            if not cell:
                return empty()
            if not (cell.isascii() and _INT.fullmatch(cell)):
                raise _Bad(msg("sync_cell_integer", value=cell[:40]))
            value = int(cell)
            if (low is not None and value < low) or (high is not None and value > high):
                raise _Bad(msg("sync_cell_range", value=cell[:40]))
            return value

        return integer
    if kind == "date":
        valid: set[str] = set()

        def a_date(cell: str) -> Any:
            if not cell:
                return empty()
            if cell not in valid:
                try:
                    if not (cell.isascii() and _DATE.fullmatch(cell)):
                        raise ValueError
                    date.fromisoformat(cell)
                except ValueError:
                    raise _Bad(msg("sync_cell_date", value=cell[:40])) from None
                valid.add(cell)
            return cell

        return a_date
    if kind == "array":

        def array(cell: str) -> Any:
            if not cell:
                return empty()
            try:
                value = json.loads(cell)
            except json.JSONDecodeError:
                value = None
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise _Bad(msg("sync_cell_array", value=cell[:40]))
            return value

        return array
    pattern, problem = {
        "uuid": (_UUID, "sync_cell_pattern"),
        "datetime": (_DATETIME, "sync_cell_datetime"),
        "time": (_TIME, "sync_cell_time"),
        "code": (_CODE, "sync_cell_pattern"),
        "month": (_MONTH, "sync_cell_pattern"),
    }[kind]

    def matching(cell: str) -> Any:
        if not cell:
            return empty()
        if not (cell.isascii() and pattern.fullmatch(cell)):
            raise _Bad(msg(problem, value=cell[:40]))
        return cell

    return matching


def _repeated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Matches cells joined by newlines, each empty or matching ``pattern``."""
    one = f"(?:{pattern.pattern})?"
    return re.compile(f"{one}(?:\n{one})*")


_JOINED = {
    kind: _repeated(p)
    for kind, p in {
        "uuid": _UUID,
        "datetime": _DATETIME,
        "time": _TIME,
        "code": _CODE,
        "month": _MONTH,
        "date": _DATE,
        "integer": _INT,
    }.items()
}
_SPECIAL_START = re.compile("\x00[=+\\-@\t\r']")


def _fast_column(col: Col, cells: tuple[str, ...]) -> list[Any] | None:
    """The typed values of a whole column, or None if some cell needs a closer look.

    One C-level pass per column (a regex over the joined cells) instead of a Python call
    per cell; a cell that fails here is found and explained by the per-cell converter.
    """
    kind = col.type
    if col.required and kind != "text" and "" in cells:
        return None
    if kind in ("text", "string"):
        if _SPECIAL_START.search("\x00" + "\x00".join(cells)):
            return None
        if col.enum is not None and not set(cells) <= set(col.enum) | {""}:
            return None
        return [c or None for c in cells] if "" in cells else list(cells)
    joined = _JOINED.get(kind)
    if joined is None:  # array: one JSON document for the whole column
        if "" in cells:
            return None
        try:
            lists = json.loads("[" + ",".join(cells) + "]")
        except json.JSONDecodeError:
            return None
        if len(lists) != len(cells) or not all(
            type(v) is list and all(type(x) is str for x in v) for v in lists
        ):
            return None
        return lists
    text = "\n".join(cells)
    if not text.isascii() or not joined.fullmatch(text):
        return None
    if kind == "integer":
        values = [int(c) if c else None for c in cells]
        present = [v for v in values if v is not None]
        if present and (
            (col.minimum is not None and min(present) < col.minimum)
            or (col.maximum is not None and max(present) > col.maximum)
        ):
            return None
        return values
    if kind == "date":
        try:
            for value in set(cells) - {""}:
                date.fromisoformat(value)
        except ValueError:
            return None
    return [c or None for c in cells] if "" in cells else list(cells)


def parse_csv(file: str, resource: Resource, personal: bool, data: bytes) -> list[dict]:
    """The rows of one resource's CSV, typed and checked cell by cell."""
    member = resource.path
    cols = resource.fields(personal)
    names = [c.name for c in cols]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(file, "sync_csv_malformed", name=member, detail=str(exc)[:80]) from None
    try:
        table = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise _refuse(file, "sync_csv_malformed", name=member, detail=str(exc)[:80]) from None
    if not table or table[0] != names:
        raise _refuse(file, "sync_csv_header", name=member)
    body = table[1:]
    width = len(cols)
    if set(map(len, body)) - {width}:
        number = next(i for i, r in enumerate(body, start=2) if len(r) != width)
        raise _refuse(file, "sync_csv_width", name=member, row=number)
    # widths were checked above: strict=False saves a check per row
    columns = list(zip(*body, strict=False)) if body else [() for _ in cols]
    values: list[list[Any]] = []
    for col, cells in zip(cols, columns, strict=True):
        fast = _fast_column(col, cells)
        if fast is None:
            conv = _converter(col)
            fast = []
            for number, cell in enumerate(cells, start=2):
                try:
                    fast.append(conv(cell))
                except _Bad as exc:
                    raise _refuse(
                        file,
                        "sync_csv_cell",
                        name=member,
                        row=number,
                        column=col.name,
                        problem=exc.problem,
                    ) from None
        values.append(fast)
    rows = [dict(zip(names, row, strict=False)) for row in zip(*values, strict=False)]
    keys_ = (
        list(zip(values[names.index("resource")], values[names.index("uuid")], strict=True))
        if resource is TOMBSTONES
        else values[names.index("uuid")]
    )
    if len(set(keys_)) != len(keys_):
        seen: set[Any] = set()
        for key in keys_:
            if key in seen:
                uuid = key[1] if isinstance(key, tuple) else key
                raise _refuse(file, "sync_duplicate_uuid", name=member, uuid=uuid)
            seen.add(key)
    return rows


# ---------------------------------------------------------------------------- package


def read_package(path: Path, *, parse_rows: bool = True) -> Package:
    """Every check that needs no database; PackageRefused names the first failure.

    With ``parse_rows=False`` only the zip, the manifest, the signature and package.json
    are checked (the read-back after writing).
    """
    path = Path(path)
    file = path.name
    members = safezip.read_members(path, MEMBER_RE)
    for required in (PACKAGE_JSON, MANIFEST, SIGNATURE, DATAPACKAGE):
        if required not in members:
            raise _refuse(file, "sync_missing_member", name=required)
    manifest_data = members[MANIFEST]
    try:
        manifest = parse_manifest(manifest_data)
    except ValueError as exc:
        raise _refuse(file, "sync_manifest_bad", line=exc.args[0]) from None
    listed = set(manifest)
    present = set(members) - {MANIFEST, SIGNATURE}
    for name in sorted(present - listed):
        raise _refuse(file, "sync_manifest_unlisted", name=name)
    for name in sorted(listed - present):
        raise _refuse(file, "sync_missing_member", name=name)
    for name in sorted(listed):
        if sha256(members[name]) != manifest[name]:
            raise _refuse(file, "sync_manifest_mismatch", name=name)
    info_data = members[PACKAGE_JSON]
    # the signature first: nothing a forger wrote is interpreted before it is checked
    try:
        claimed = json.loads(info_data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _refuse(file, "sync_bad_package_json", detail=str(exc)[:80]) from None
    if not isinstance(claimed, dict):
        raise _refuse(file, "sync_bad_package_json", detail="not an object")
    try:
        signature = members[SIGNATURE].decode("ascii").strip()
    except UnicodeDecodeError:
        signature = ""
    station = claimed.get("station")
    code = station.get("code") if isinstance(station, dict) else None
    if not keys.verify(
        str(claimed.get("public_key")), signature, signed_statement(manifest_data, info_data)
    ):
        raise _refuse(file, "sync_bad_signature", station=str(code)[:10])
    info = check_info(file, info_data)
    pkg = Package(
        path=path,
        info=info,
        package_hash=package_hash(manifest_data, info_data),
        file_sha256=sha256(path.read_bytes()) if parse_rows else "",
    )
    try:
        descriptor = json.loads(members[DATAPACKAGE].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _refuse(file, "sync_schema_mismatch", detail=DATAPACKAGE) from None
    personal = info["personal_data"]
    if not isinstance(descriptor, dict) or descriptor.get("resources") != expected_resources(
        personal
    ):
        raise _refuse(file, "sync_schema_mismatch", detail="resources")
    for resource in ALL_RESOURCES:
        if resource.path not in members:
            raise _refuse(file, "sync_missing_member", name=resource.path)
    if not parse_rows:
        return pkg
    with _no_gc():  # many small objects, no cycles: the collector would only slow it down
        _parse_rows(file, pkg, members)
    return pkg


@contextmanager
def _no_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse_rows(file: str, pkg: Package, members: dict[str, bytes]) -> None:
    code, personal = pkg.station, pkg.info["personal_data"]
    for resource in ALL_RESOURCES:
        rows = parse_csv(file, resource, personal, members[resource.path])
        if {r["station"] for r in rows} - {code}:
            number, other = next(
                (i, r["station"]) for i, r in enumerate(rows, start=2) if r["station"] != code
            )
            raise _refuse(
                file,
                "sync_foreign_row",
                name=resource.path,
                row=number,
                other=other,
                station=code,
            )
        pkg.rows[resource.name] = rows
    if pkg.info["counts"] != pkg.counts():
        raise _refuse(file, "sync_counts_mismatch")
    _check_reports(file, pkg, members)


def _check_reports(file: str, pkg: Package, members: dict[str, bytes]) -> None:
    """Each closed month's PDF is present, is a PDF, and matches the month's hash."""
    wanted: set[str] = set()
    for row in pkg.rows["month_closures"]:
        member = row.get("report_file")
        if member is None:
            continue
        if member != report_member(row["month"]) or member not in members:
            raise _refuse(file, "sync_missing_member", name=str(member)[:60])
        data = members[member]
        if not data.startswith(b"%PDF-") or sha256(data) != row["report_sha256"]:
            raise _refuse(file, "sync_report_mismatch", month=row["month"])
        pkg.reports[row["month"]] = data
        wanted.add(member)
    for name in members:
        if name.startswith("reports/") and name not in wanted:
            raise _refuse(file, "sync_manifest_unlisted", name=name)
