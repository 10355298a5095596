"""The package format: resources, Table Schemas, CSV cells, manifest and signed statement.

A package (``NKT_2026-11_0007.stpkg``) is a zip holding::

    datapackage.json          Frictionless Data Package, a Table Schema per resource
    data/<resource>.csv       one UTF-8 CSV per resource (header row, RFC 4180 quoting)
    reports/<YYYY-MM>.pdf     the signed report of each closed month in the package
    package.json              station, sequence, previous package's hash, schema version...
    manifest-sha256.txt       "<sha256>  <name>" for every file above
    signature                 Ed25519 over the manifest and package.json (hex)

The link tables (meeting topics and partners, activity themes and partners) are folded
into their parent as ``array`` columns (JSON lists), so a record and its links travel -
and are compared - as one row with one revision. Deleted records travel only as rows of
``tombstones``. Text cells that a spreadsheet would run as a formula are neutralised with a
leading ``'`` (see :func:`neutralise`); :func:`unneutralise` reverses it exactly.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

FORMAT = "station-app-package"
# The version of this format and its Table Schemas. A reader refuses a newer one.
SCHEMA_VERSION = 1
EXTENSION = ".stpkg"

DATAPACKAGE = "datapackage.json"
PACKAGE_JSON = "package.json"
MANIFEST = "manifest-sha256.txt"
SIGNATURE = "signature"
SIGNED_CONTEXT = b"station-app package signature v1\n"

# Cells beginning with these run as formulas in spreadsheets (and ' itself, so that
# the escape can be undone exactly).
FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"

FILE_NAME_RE = re.compile(r"(?P<code>[A-Z]{2,5})_(?P<period>\d{4}-\d{2})_(?P<seq>\d{4,})\.stpkg")
MEMBER_RE = re.compile(
    r"(datapackage\.json|package\.json|manifest-sha256\.txt|signature"
    r"|data/[a-z_]{1,40}\.csv|reports/\d{4}-\d{2}\.pdf)"
)


@dataclass(frozen=True)
class Col:
    """One column of a resource, with its Table Schema type.

    ``type`` is one of: text (free text), string (a code or a name), uuid, code (a station
    code), integer, date, datetime, time, month, array. Text and string cells are both
    neutralised against spreadsheet formulas.
    """

    name: str
    type: str = "text"
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None
    enum: tuple[str, ...] | None = None
    personal: bool = False  # left out unless the chief includes personal data
    derived: bool = False  # not a column of the table (computed at export)


@dataclass(frozen=True)
class Link:
    """A link table folded into its parent resource as an ``array`` column."""

    column: str
    table: str
    parent_column: str
    value_column: str


@dataclass(frozen=True)
class Resource:
    name: str
    table: str
    columns: tuple[Col, ...]
    links: tuple[Link, ...] = ()

    def fields(self, personal: bool) -> list[Col]:
        return [c for c in self.columns if personal or not c.personal]

    @property
    def path(self) -> str:
        return f"data/{self.name}.csv"


META = (
    Col("uuid", "uuid", required=True),
    Col("station", "code", required=True),
    Col("created_at", "datetime", required=True),
    Col("created_by", "string", required=True),
    Col("updated_at", "datetime", required=True),
    Col("updated_by", "string", required=True),
    Col("revision", "integer", required=True, minimum=1),
)
_COUNT = {"type": "integer", "required": True, "minimum": 0}

# Dependency order: a resource only refers to resources above it.
RESOURCES: tuple[Resource, ...] = (
    Resource(
        "settlements",
        "settlements",
        (
            *META,
            Col("kind", "string", required=True),
            Col("name_ky", required=True),
            Col("name_ru", required=True),
            Col("name_en", required=True),
            Col("population", "integer", minimum=0),
        ),
    ),
    Resource(
        "partners",
        "partners",
        (
            *META,
            Col("kind", "string", required=True),
            Col("name_ky", required=True),
            Col("name_ru", required=True),
            Col("name_en", required=True),
            Col("contact"),
        ),
    ),
    Resource(
        "plans",
        "plans",
        (
            *META,
            Col("title", required=True),
            Col("period_from", "integer", required=True),
            Col("period_to", "integer", required=True),
            Col("approved_on", "date"),
            Col("approved_by"),
            Col("residents_count", "integer", minimum=0),
            Col("notes"),
        ),
    ),
    Resource(
        "plan_items",
        "plan_items",
        (
            *META,
            Col("plan_uuid", "uuid", required=True),
            Col("position", "integer", required=True),
            Col("objective", required=True),
            Col("activity", required=True),
            Col("theme", "string", required=True),
            Col("responsible_partner_uuid", "uuid"),
            Col("responsible"),
            Col("deadline", "date"),
            Col("indicator"),
            Col("target", "integer", minimum=0),
            Col("budget_tyiyn", "integer", minimum=0),
            Col("status", "string", required=True),
        ),
    ),
    Resource(
        "meetings",
        "meetings",
        (
            *META,
            Col("held_on", "date", required=True),
            Col("held_at", "time"),
            Col("settlement_uuid", "uuid"),
            Col("venue", required=True),
            Col("kind", "string", required=True),
            Col("chaired_by"),
            Col("men", "integer", required=True, minimum=0),
            Col("women", "integer", required=True, minimum=0),
            Col("youth", "integer", required=True, minimum=0),
            Col("issues_raised"),
            Col("decisions"),
            Col("notes"),
            Col("topics", "array", derived=True),
            Col("partners", "array", derived=True),
        ),
        (
            Link("topics", "meeting_topics", "meeting_uuid", "theme"),
            Link("partners", "meeting_partners", "meeting_uuid", "partner_uuid"),
        ),
    ),
    Resource(
        "meeting_followups",
        "meeting_followups",
        (
            *META,
            Col("meeting_uuid", "uuid", required=True),
            Col("position", "integer", required=True),
            Col("action", required=True),
            Col("responsible"),
            Col("partner_uuid", "uuid"),
            Col("due_on", "date"),
            Col("done_on", "date"),
        ),
    ),
    Resource(
        "activities",
        "activities",
        (
            *META,
            Col("held_on", "date", required=True),
            Col("kind", "string", required=True),
            Col("title"),
            Col("settlement_uuid", "uuid"),
            Col("target_group"),
            Col("men", "integer", required=True, minimum=0),
            Col("women", "integer", required=True, minimum=0),
            Col("youth", "integer", required=True, minimum=0),
            Col("plan_item_uuid", "uuid"),
            Col("cost_tyiyn", "integer", minimum=0),
            Col("funding_source"),
            Col("notes"),
            Col("themes", "array", derived=True),
            Col("partners", "array", derived=True),
        ),
        (
            Link("themes", "activity_themes", "activity_uuid", "theme"),
            Link("partners", "activity_partners", "activity_uuid", "partner_uuid"),
        ),
    ),
    Resource(
        "complaints",
        "complaints",
        (
            *META,
            Col("number", "string", required=True),
            Col("reg_year", "integer", required=True),
            Col("reg_seq", "integer", required=True, minimum=1),
            Col("received_on", "date", required=True),
            Col("channel", "string", required=True),
            Col("meeting_uuid", "uuid"),
            Col("anonymous", "integer", required=True, minimum=0, maximum=1),
            Col("complainant_code", "string", derived=True),
            Col("complainant_name", personal=True),
            Col("complainant_sex", "string"),
            Col("complainant_age_group", "string"),
            Col("complainant_settlement_uuid", "uuid"),
            Col("complainant_contact", personal=True),
            Col("category", "string", required=True),
            Col("description", personal=True),
            Col("assigned_officer", "string"),
            Col(
                "status",
                "string",
                required=True,
                enum=("registered", "in_progress", "referred", "resolved", "dismissed"),
            ),
            Col("referred_to", personal=True),
            Col("answer_due_on", "date", required=True),
            Col("extended_until", "date"),
            Col("extension_reason", personal=True),
            Col("due_on", "date", required=True),
            Col("outcome", personal=True),
            Col("closed_on", "date"),
        ),
    ),
    Resource(
        "complaint_actions",
        "complaint_actions",
        (
            *META,
            Col("complaint_uuid", "uuid", required=True),
            Col("action_on", "date", required=True),
            Col("officer", "string", required=True),
            Col("kind", "string", required=True),
            Col("from_status", "string"),
            Col("to_status", "string"),
            Col("note", personal=True),
        ),
    ),
    Resource(
        "protection_orders",
        "protection_orders",
        (
            *META,
            Col("complaint_uuid", "uuid", required=True),
            Col("issued_on", "date", required=True),
            Col("expires_on", "date", required=True),
            Col("extended_until", "date"),
            Col("note", personal=True),
        ),
    ),
    Resource(
        "month_closures",
        "month_closures",
        (
            *META,
            Col("month", "month", required=True),
            Col("status", "string", required=True, enum=("closed", "reopened")),
            Col("signed_by", required=True),
            Col("signed_on", "date", required=True),
            Col("report_lang", "string"),
            Col("report_sha256", "string"),
            Col("report_file", "string", derived=True),
            Col("reopened_on", "date"),
            Col("reopen_reason"),
        ),
    ),
)
TABLE_RESOURCES = {r.name: r for r in RESOURCES}
TOMBSTONES = Resource(
    "tombstones",
    "",
    (
        Col("resource", "string", required=True, enum=tuple(r.name for r in RESOURCES)),
        Col("uuid", "uuid", required=True),
        Col("station", "code", required=True),
        Col("revision", "integer", required=True, minimum=1),
        Col("updated_at", "datetime", required=True),
        Col("updated_by", "string", required=True),
    ),
)
ALL_RESOURCES = (*RESOURCES, TOMBSTONES)
RESOURCE_BY_NAME = {r.name: r for r in ALL_RESOURCES}


def report_member(month: str) -> str:
    return f"reports/{month}.pdf"


# ------------------------------------------------------------------------ Table Schema

_PATTERNS = {
    "code": r"[A-Z]{2,5}",
    "month": r"\d{4}-(0[1-9]|1[0-2])",
}


def field_descriptor(col: Col) -> dict[str, Any]:
    """The Table Schema field for ``col``."""
    out: dict[str, Any] = {"name": col.name}
    constraints: dict[str, Any] = {}
    if col.type in ("string", "text", "code", "month"):
        out["type"] = "string"
        if col.type in _PATTERNS:
            constraints["pattern"] = _PATTERNS[col.type]
    elif col.type == "uuid":
        out["type"] = "string"
        out["format"] = "uuid"
    elif col.type == "time":
        out["type"] = "time"
        out["format"] = "%H:%M"
    else:
        out["type"] = col.type
    if col.type == "text":
        out["description"] = (
            "Free text; a leading ' was added if the text begins with = + - @ ' TAB or CR."
        )
    if col.personal:
        out["description"] = "Personal data: present only when the chief included it."
    if col.required:
        constraints["required"] = True
    if col.minimum is not None:
        constraints["minimum"] = col.minimum
    if col.maximum is not None:
        constraints["maximum"] = col.maximum
    if col.enum is not None:
        constraints["enum"] = list(col.enum)
    if constraints:
        out["constraints"] = constraints
    return out


def resource_descriptor(resource: Resource, personal: bool) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [field_descriptor(c) for c in resource.fields(personal)],
        "missingValues": [""],
    }
    if resource is not TOMBSTONES:
        schema["primaryKey"] = ["uuid"]
    return {
        "name": resource.name,
        "path": resource.path,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "header": True},
        "schema": schema,
    }


def datapackage_descriptor(info: dict[str, Any]) -> dict[str, Any]:
    """datapackage.json for a package described by ``info`` (package.json's content)."""
    station = info["station"]
    personal = bool(info["personal_data"])
    return {
        "profile": "tabular-data-package",
        "name": f"station-app-{station['code'].lower()}-{info['seq']:04d}",
        "title": f"Station App package {station['code']} #{info['seq']}",
        "description": (
            "Records of a community-police station (Station App). Text cells beginning with"
            " = + - @ ' TAB or CR carry one extra leading ' so that spreadsheets do not run"
            " them as formulas; remove one leading ' to get the stored text."
        ),
        "version": str(SCHEMA_VERSION),
        "created": info["created_at"],
        "resources": [resource_descriptor(r, personal) for r in ALL_RESOURCES],
    }


def expected_resources(personal: bool) -> list[dict[str, Any]]:
    return [resource_descriptor(r, personal) for r in ALL_RESOURCES]


# ---------------------------------------------------------------------------- cells


def neutralise(text: str) -> str:
    """A text cell that no spreadsheet runs as a formula (reversible)."""
    if text and (text[0] in FORMULA_CHARS or text[0] == ESCAPE):
        return ESCAPE + text
    return text


def unneutralise(cell: str) -> str:
    """Undo :func:`neutralise`. Raises ValueError for a cell that was not neutralised."""
    if not cell:
        return cell
    first = cell[0]
    if first == ESCAPE:
        return cell[1:]
    if first in FORMULA_CHARS:
        raise ValueError(first)
    return cell


def encode_cell(col: Col, value: Any) -> str:
    if value is None:
        return ""
    if col.type == "array":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if col.type in ("text", "string"):
        return neutralise(value)
    return str(value)


# ------------------------------------------------------------------ manifest, signing


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_bytes(files: dict[str, bytes]) -> bytes:
    """``sha256sum`` format, sorted by name, for every file except manifest and signature."""
    lines = [f"{sha256(data)}  {name}\n" for name, data in sorted(files.items())]
    return "".join(lines).encode("ascii")


_MANIFEST_LINE = re.compile(r"([0-9a-f]{64})  (\S+)")


def parse_manifest(data: bytes) -> dict[str, str]:
    """name -> sha256. Raises ValueError(line number) on anything but clean lines."""
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise ValueError(1) from None
    out: dict[str, str] = {}
    if not text.endswith("\n"):
        raise ValueError(text.count("\n") + 1)
    for number, line in enumerate(text[:-1].split("\n"), start=1):
        m = _MANIFEST_LINE.fullmatch(line)
        if m is None or m.group(2) in out:
            raise ValueError(number)
        out[m.group(2)] = m.group(1)
    return out


def signed_statement(manifest: bytes, package_json: bytes) -> bytes:
    """The bytes the station signs: a context line and the two hashes."""
    return (
        SIGNED_CONTEXT
        + f"manifest-sha256.txt {sha256(manifest)}\npackage.json {sha256(package_json)}\n".encode()
    )


def package_hash(manifest: bytes, package_json: bytes) -> str:
    """A package's identity: the hash of its signed statement (independent of zipping)."""
    return sha256(signed_statement(manifest, package_json))


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def pretty_json(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")
