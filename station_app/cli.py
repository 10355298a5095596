"""The ``station-app`` command line: parse, call a service, print. No arguments opens the window.

Every command exits 0 on success, otherwise non-zero with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import os
import re
import sqlite3
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import sqlite_utils

from station_app import __version__, paths
from station_app.services import (
    activities,
    complaints,
    maintenance,
    meetings,
    station,
    users,
)
from station_app.services.auth import Actor
from station_app.services.errors import ServiceError, ValidationError
from station_app.services.records import AlreadyExists, ListQuery
from station_app.services.reference import settlements as settlement_service
from station_app.store import StoreError, open_db

ENV_USER = "STATION_APP_USER"
ENV_PASSWORD = "STATION_APP_PASSWORD"
ENV_LANG = "STATION_APP_LANG"

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A one-line reason for a non-zero exit."""


# --------------------------------------------------------------------------- helpers


def _lang(args: argparse.Namespace) -> str:
    return args.lang or os.environ.get(ENV_LANG) or "en"


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else paths.default_data_dir()


def _open(args: argparse.Namespace) -> sqlite_utils.Database:
    data_dir = _data_dir(args)
    if not station.is_initialised(data_dir):
        raise CliError(f"no station in {data_dir}; run 'station-app init' first")
    return open_db(data_dir)


def _password(prompt: str) -> str:
    value = os.environ.get(ENV_PASSWORD)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"no password: set {ENV_PASSWORD} or run from a terminal")
    return getpass.getpass(prompt)


def _login(db: sqlite_utils.Database, args: argparse.Namespace) -> Actor:
    """Authenticate the command's user (``--user``, $STATION_APP_USER, or the only user)."""
    username = args.user or os.environ.get(ENV_USER)
    if not username:
        active = [u for u in users.list_users(db) if u["active"]]
        if len(active) != 1:
            raise CliError(f"several users: name one with --user or {ENV_USER}")
        username = active[0]["username"]
    return users.authenticate(db, username, _password(f"Password for {username}: "))


def _print_json(obj: Any, out: TextIO = sys.stdout) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    district_mode = args.district is True
    result = station.init_station(
        _data_dir(args),
        code=args.code,
        name=args.name,
        municipality=args.municipality or "",
        district="" if district_mode else (args.district or ""),
        province=args.province,
        admin_user=args.admin_user,
        admin_full_name=args.admin_name,
        admin_password=_password(f"New password for {args.admin_user}: "),
        district_mode=district_mode,
        settlements=[_settlement_arg(s) for s in args.settlement],
    )
    prof = result["station"]
    mode = "district office" if district_mode else "station"
    print(f"{mode} {prof['code']} ({prof['name']}) created in {_data_dir(args)}")
    print(f"key fingerprint: {fingerprint(prof['public_key'])}")
    return EXIT_OK


def _settlement_arg(value: str) -> dict[str, Any]:
    """``--settlement "ky|ru|en"`` (or one name for all three) as a settlement record."""
    names = [n.strip() for n in value.split("|")]
    if len(names) == 1:
        names *= 3
    if len(names) != 3:
        raise CliError(f"--settlement takes NAME or 'ky|ru|en', not {value!r}")
    return {"kind": "village", "name": dict(zip(("ky", "ru", "en"), names, strict=True))}


def fingerprint(public_key_hex: str) -> str:
    """A short, readable fingerprint of a public key, for checking by phone."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def cmd_demo(args: argparse.Namespace) -> int:
    from station_app.services import demo

    data_dir = _data_dir(args)
    if not station.is_initialised(data_dir):
        prof = demo.DEMO_STATIONS[args.station]
        password = os.environ.get(ENV_PASSWORD) or "demo-password"
        station.init_station(
            data_dir,
            code=prof["code"],
            name=prof["name"],
            municipality=prof["municipality"],
            district=prof["district"],
            province=prof["province"],
            admin_user="chief",
            admin_full_name=prof.get("chief_name"),
            admin_password=password,
            settlements=prof["settlements"],
        )
        print(
            f"demo station {prof['code']} created; log in as 'chief' with the password "
            f"{'from ' + ENV_PASSWORD if os.environ.get(ENV_PASSWORD) else repr(password)}",
            file=sys.stderr,
        )
        os.environ.setdefault(ENV_USER, "chief")
        os.environ.setdefault(ENV_PASSWORD, password)
    db = open_db(data_dir)
    try:
        actor = _login(db, args)

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        counts = demo.generate(db, actor, records=args.records, seed=args.seed, progress=progress)
    finally:
        db.close()
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    return EXIT_OK


ADDERS: dict[str, Callable[..., dict[str, Any]]] = {
    "complaint": complaints.create,
    "meeting": meetings.create,
    "activity": activities.create,
}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _settlement_lookup(db: sqlite_utils.Database) -> Callable[[Any], Any]:
    """Let the CLI name a settlement by its ky/ru/en name instead of its uuid."""

    def resolve(value: Any) -> Any:
        if not isinstance(value, str) or _UUID.fullmatch(value):
            return value
        row = db.execute(
            "SELECT uuid FROM settlements WHERE deleted = 0 AND ? IN (name_ky, name_ru, name_en)",
            [value],
        ).fetchone()
        return row[0] if row else value

    return resolve


def _resolve_names(data: Any, resolve: Callable[[Any], Any]) -> Any:
    if not isinstance(data, dict):
        return data
    out = dict(data)
    if "settlement" in out:
        out["settlement"] = resolve(out["settlement"])
    if isinstance(out.get("complainant"), dict) and "settlement" in out["complainant"]:
        out["complainant"] = dict(out["complainant"])
        out["complainant"]["settlement"] = resolve(out["complainant"]["settlement"])
    return out


def _lines(args: argparse.Namespace) -> Iterator[tuple[int, str]]:
    if args.file and args.file != "-":
        try:
            with open(args.file, encoding="utf-8") as fh:
                yield from enumerate(fh, start=1)
        except OSError as exc:
            raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise CliError(f"{args.file} is not UTF-8 text") from None
    else:
        stream = sys.stdin
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="strict")
        try:
            yield from enumerate(stream, start=1)
        except UnicodeDecodeError:
            raise CliError("standard input is not UTF-8 text") from None


def cmd_add(args: argparse.Namespace) -> int:
    lang = _lang(args)
    db = _open(args)
    try:
        actor = _login(db, args)
        add = ADDERS[args.kind]
        resolve = _settlement_lookup(db)
        bad = 0
        for number, line in _lines(args):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                bad += 1
                print(
                    f"line {number}: not valid JSON ({exc.msg}, column {exc.colno})",
                    file=sys.stderr,
                )
                continue
            uuid = data.pop("uuid", None) if isinstance(data, dict) else None
            try:
                record = add(db, actor, _resolve_names(data, resolve), uuid=uuid)
            except AlreadyExists as exc:  # a retried line: acknowledge the stored record
                record = exc.record
            except ValidationError as exc:
                bad += 1
                for path, message in exc.errors.items():
                    print(
                        f"line {number}: {path or 'record'}: {message.render(lang)}",
                        file=sys.stderr,
                    )
                continue
            except ServiceError as exc:
                bad += 1
                print(f"line {number}: {exc.text(lang)}", file=sys.stderr)
                continue
            ack = {"uuid": record["uuid"]}
            if args.kind == "complaint":
                ack["number"] = record["number"]
            _print_json(ack)
        if bad:
            raise CliError(f"{bad} line(s) were not saved")
    finally:
        db.close()
    return EXIT_OK


def _list_rows(db: sqlite_utils.Database, args: argparse.Namespace) -> list[dict[str, Any]]:
    query = ListQuery(
        search=args.search,
        limit=args.limit,
        descending=not args.ascending,
        include_deleted=args.include_deleted,
    )
    filters: dict[str, Any] = {}
    if args.status:
        filters["status"] = args.status
    if args.category:
        filters["category"] = args.category
    if args.type:
        filters["kind"] = args.type
    if args.date_from:
        filters["date_from"] = args.date_from
    if args.date_to:
        filters["date_to"] = args.date_to
    if args.overdue:
        filters["overdue"] = True
    query.filters = filters
    try:
        if args.kind == "complaints":
            rows = complaints.list_(db, query)
            return [{**r, "status": r["status"]} for r in rows]
        if args.kind == "meetings":
            rows = meetings.list_(db, query)
            return [{**r, "status": "open" if r["open_followups"] else "done"} for r in rows]
        if args.kind == "activities":
            rows = activities.list_(db, query)
            return [{**r, "status": "deleted" if r["deleted"] else "recorded"} for r in rows]
        rows = settlement_service.list_(db, query)
        return [{**r, "status": "deleted" if r["deleted"] else "active"} for r in rows]
    except ValueError as exc:  # a filter this list does not have
        raise CliError(str(exc)) from None


_TABLE_COLUMNS = {
    "complaints": ("number", "received_on", "category", "channel", "status", "due_on"),
    "meetings": ("held_on", "kind", "venue", "men", "women", "youth", "status"),
    "activities": ("held_on", "kind", "title", "men", "women", "youth", "themes"),
    "settlements": ("kind", "name_ky", "name_ru", "name_en", "population"),
}


def cmd_list(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        rows = _list_rows(db, args)
        district = station.profile(db)["mode"] == "district"
    finally:
        db.close()
    cols = _TABLE_COLUMNS[args.kind]
    if district:  # a district lists the records of every station: say whose each one is
        cols = ("station", *cols)
    for row in rows:
        if args.json:
            _print_json(row)
        else:
            print("\t".join("" if row.get(c) is None else str(row[c]) for c in cols))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        report = maintenance.check(db)
    finally:
        db.close()
    if not report.ok:
        raise CliError("; ".join(report.problems))
    print(f"ok: integrity, foreign keys, search index, audit chain ({report.audit_rows} rows)")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        path = maintenance.make_backup(db, _data_dir(args), Path(args.out) if args.out else None)
    finally:
        db.close()
    print(path)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from station_app.services.instance_lock import InstanceLock

    data_dir = _data_dir(args)
    with InstanceLock(data_dir, "restore"):  # never under an open window
        safety = maintenance.restore(data_dir, Path(args.file))
        _check_restored(data_dir)
    print(f"restored {args.file}; the replaced database was saved as {safety}")
    return EXIT_OK


def _check_restored(data_dir: Path) -> None:
    db = open_db(data_dir)  # migrates an older backup, refuses a newer one
    try:
        report = maintenance.check(db)
    finally:
        db.close()
    if not report.ok:
        raise CliError("restored file fails its check: " + "; ".join(report.problems))


def cmd_recover(args: argparse.Namespace) -> int:
    """A damaged database: move it aside (kept) and restore the newest good backup."""
    from station_app.services.instance_lock import InstanceLock

    data_dir = _data_dir(args)
    lang = _lang(args)
    with InstanceLock(data_dir, "recover"):
        health = maintenance.check_at_start(data_dir, deep_limit=sys.maxsize)
        if health.kind in ("missing", "empty"):
            raise CliError(f"no station database and no backups in {data_dir}")
        if health.ok:
            if args.file:
                maintenance.recover(data_dir, Path(args.file))  # refuses: not damaged
            print(f"ok: the database passed quick_check ({health.seconds:.2f} s); nothing done")
            return EXIT_OK
        print(health.message().render(lang), file=sys.stderr)
        if args.check_only:
            return EXIT_FAIL
        result = maintenance.recover(data_dir, Path(args.file) if args.file else None)
        _check_restored(data_dir)
    print(result.message().render(lang))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """Write the printed report (month, quarter or year) as a PDF; print its path."""
    from datetime import date

    from station_app.reports import PeriodError, parse_period, report_bytes, write_file
    from station_app.services import settings as settings_service

    lang = _lang(args)
    try:
        period = parse_period(args.period)
    except PeriodError as exc:
        raise CliError(exc.text(lang)) from None
    generated_on = None
    if args.date:
        try:
            generated_on = date.fromisoformat(args.date)
        except ValueError:
            raise CliError(f"--date: not a date: {args.date!r} (expected YYYY-MM-DD)") from None
    out = Path(args.out)
    if out.is_dir():
        raise CliError(f"--out is a folder, not a file: {out}")
    db = _open(args)
    try:
        report_lang = (
            args.lang or os.environ.get(ENV_LANG) or settings_service.get(db, "language") or "ru"
        )
        district_mode = station.profile(db)["mode"] == "district"
        if district_mode and args.annex:
            raise CliError("--annex: a district's consolidated report has no annex")
        try:
            if district_mode:  # the stations side by side (reports/district.py)
                from station_app.reports.district import render_district_report

                data, signed = (
                    render_district_report(
                        db,
                        period,
                        report_lang,
                        prepared_by=args.prepared_by,
                        approved_by=args.approved_by,
                        generated_on=generated_on,
                    ),
                    False,
                )
            else:
                data, signed = report_bytes(
                    db,
                    period,
                    report_lang,
                    prepared_by=args.prepared_by,
                    approved_by=args.approved_by,
                    generated_on=generated_on,
                    annex=args.annex,
                )
        except PeriodError as exc:
            raise CliError(exc.text(lang)) from None
        path = write_file(out, data)
    finally:
        db.close()
    if signed:
        print(f"{period.code} is closed: this is the report signed at closing", file=sys.stderr)
    print(path)
    return EXIT_OK


def cmd_close_month(args: argparse.Namespace) -> int:
    """The chief signs a month: its final report is stored and its records lock."""
    from station_app.reports import close_month
    from station_app.services import settings as settings_service

    db = _open(args)
    try:
        actor = _login(db, args)
        report_lang = args.lang or settings_service.get(db, "language") or "ru"
        closed = close_month(
            db,
            actor,
            args.month,
            signed_by=args.signed_by or actor.full_name or actor.username,
            lang=report_lang,
        )
    finally:
        db.close()
    print(
        f"{closed['month']} closed, signed by {closed['signed_by']} on {closed['signed_on']};"
        f" report sha256 {closed['report_sha256']}"
    )
    return EXIT_OK


def cmd_reopen_month(args: argparse.Namespace) -> int:
    from station_app.services import months

    db = _open(args)
    try:
        actor = _login(db, args)
        reopened = months.reopen_month(db, actor, args.month, reason=args.reason)
    finally:
        db.close()
    print(f"{reopened['month']} reopened: {reopened['reopen_reason']}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from station_app.gui.app import run
    except ImportError as exc:
        raise CliError(f"the window is not available: {exc}") from None
    return run(_data_dir(args))


# ----------------------------------------------------------------------------- parser


def _count_arg(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"not a whole number >= 0: {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder holding the station database (default: your data folder)",
    )
    common.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        help=f"user to act as (default: ${ENV_USER}, or the only user)",
    )
    common.add_argument(
        "--lang",
        choices=("ky", "ru", "en"),
        default=argparse.SUPPRESS,
        help=f"language of messages (default: ${ENV_LANG} or en)",
    )

    parser = argparse.ArgumentParser(
        prog="station-app",
        parents=[common],
        description="Station App: records, reports and USB sync for community-police stations."
        " With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"station-app {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this install end to end in a temporary folder (never your data); exit 0 if ok",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create a new station database")
    p.add_argument("--code", required=True, help="station code, 2-5 Latin capitals (NKT)")
    p.add_argument("--name", required=True)
    p.add_argument("--municipality", default="")
    p.add_argument(
        "--district",
        nargs="?",
        const=True,
        default="",
        help="district name; given alone, creates a district office instead",
    )
    p.add_argument("--province", required=True)
    p.add_argument("--admin-user", required=True, help="the first user, a station chief")
    p.add_argument("--admin-name", help="the first user's full name")
    p.add_argument(
        "--settlement",
        action="append",
        default=[],
        metavar="NAME",
        help="a settlement served: NAME, or 'ky|ru|en' names (repeatable)",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="fill the database with sample data")
    p.add_argument("--records", type=_count_arg, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--station",
        choices=("NKT", "TTM"),
        default="NKT",
        help="demo station to create when the folder is empty",
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "add", parents=[common], help="add records from JSON lines (a file or standard input)"
    )
    p.add_argument("kind", choices=sorted(ADDERS))
    p.add_argument("--file", metavar="F", help="JSON-lines file (default: standard input)")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("list", parents=[common], help="list records")
    p.add_argument("kind", choices=("complaints", "meetings", "activities", "settlements"))
    p.add_argument("--status")
    p.add_argument("--category")
    p.add_argument("--type", help="meeting or activity kind")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--ascending", action="store_true", help="oldest first")
    p.add_argument("--include-deleted", action="store_true")
    p.add_argument("--json", action="store_true", help="JSON lines")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser(
        "check", parents=[common], help="integrity, foreign keys, search index and audit chain"
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="verified backup, rotated")
    p.add_argument("--out", metavar="DIR", help="folder (default: DATA_DIR/backups)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup (the current one is kept)",
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "recover",
        parents=[common],
        help="a damaged database: move it aside (kept) and restore the newest good backup",
        description="Checks the database (quick_check). If it is damaged, moves it with its "
        "-wal and -shm into DATA_DIR/damaged/DATE-TIME/ (never deleted) and restores the "
        "newest backup in DATA_DIR/backups that passes its integrity check (or --from FILE). "
        "Does nothing to an undamaged database.",
    )
    p.add_argument("--from", dest="file", metavar="FILE", help="the backup to restore")
    p.add_argument(
        "--check-only", action="store_true", help="only check; exit 1 if the file is damaged"
    )
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser(
        "report",
        parents=[common],
        help="the printed report (PDF, A4) for a month, quarter or year",
        description="Write the report for --period to --out. --lang chooses its language "
        "(default: $STATION_APP_LANG, else the station's language setting). At a district "
        "office: the consolidated report, its stations side by side.",
    )
    p.add_argument(
        "--period", required=True, help="2026-10 (month), 2026-Q3 (quarter) or 2026 (year)"
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument(
        "--annex",
        action="store_true",
        help="append every complaint received in the period (no personal data)",
    )
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="report date printed and stamped in the PDF (default: today)",
    )
    p.add_argument("--prepared-by", metavar="NAME", help="name printed under 'prepared by'")
    p.add_argument("--approved-by", metavar="NAME", help="name printed under 'approved by'")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "close-month",
        parents=[common],
        help="sign a month (chief): store its final report, lock its records",
    )
    p.add_argument("month", metavar="YYYY-MM")
    p.add_argument("--signed-by", metavar="NAME", help="name signed (default: your full name)")
    p.set_defaults(func=cmd_close_month)

    p = sub.add_parser(
        "reopen-month", parents=[common], help="reopen a closed month (chief), with a reason"
    )
    p.add_argument("month", metavar="YYYY-MM")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_reopen_month)
    from station_app.sync.commands import add_commands

    add_commands(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name in ("data_dir", "user", "lang"):
        if not hasattr(args, name):
            setattr(args, name, None)
    if getattr(args, "self_test", False):
        from station_app import selftest

        return selftest.main()
    func = getattr(args, "func", cmd_gui)
    lang = _lang(args)
    try:
        return func(args)
    except CliError as exc:
        print(f"station-app: {exc}", file=sys.stderr)
    except ValidationError as exc:
        print(f"station-app: {exc.summary(lang)}", file=sys.stderr)
    except ServiceError as exc:
        print(f"station-app: {exc.text(lang)}", file=sys.stderr)
    except StoreError as exc:
        print(f"station-app: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("station-app: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        print(
            f"station-app: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
    except sqlite3.Error as exc:
        print(f"station-app: database error: {exc}", file=sys.stderr)
    except Exception as exc:  # never a traceback on the terminal; keep it in a log file
        log = _crash_log(args, exc)
        print(
            f"station-app: unexpected error: {type(exc).__name__}: {exc}"
            + (f" (details in {log})" if log else ""),
            file=sys.stderr,
        )
        return 3
    return EXIT_FAIL


def _crash_log(args: argparse.Namespace, exc: Exception) -> Path | None:
    try:
        folder = _data_dir(args)
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "error.log"
        with open(log, "a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)) + "\n")
        return log
    except OSError:
        return None
