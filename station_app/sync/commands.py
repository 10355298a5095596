"""The sync subcommands of ``station-app``; :func:`add_commands` registers them.

Station: ``export``, ``apply-receipt``. District office: ``import``, ``register-station``,
``receipt``, ``stations``, ``conflicts``. Both: ``verify``. Errors end the command with
a one-line reason (``station_app.cli.main`` prints them); a package path is the only
thing ``export`` prints on standard output, so scripts can capture it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from station_app.messages import Msg
from station_app.sync.errors import render


def _say(line: str) -> None:
    print(line, flush=True)


def _note(message: Msg, lang: str, out: Any = None) -> None:
    print(render(message, lang), file=out or sys.stdout, flush=True)


def _counts_line(counts: dict[str, int]) -> str:
    shown = [f"{name} {n}" for name, n in counts.items() if n]
    return ", ".join(shown) if shown else "no records"


# ----------------------------------------------------------------------------- station


def cmd_export(args: argparse.Namespace) -> int:
    from station_app import cli
    from station_app.sync.export import export_package

    db = cli._open(args)
    try:
        actor = cli._login(db, args)
        result = export_package(
            db,
            actor,
            cli._data_dir(args),
            Path(args.out),
            full=args.full,
            include_personal_data=args.include_personal_data,
        )
    finally:
        db.close()
    print(result.path, flush=True)
    kind = "full" if result.full else f"changes since package {result.base_seq}"
    personal = "INCLUDED" if result.personal_data else "left out"
    print(
        f"package {result.seq} ({kind}): {_counts_line(result.counts)};"
        f" reports: {', '.join(result.months) or 'none'}; personal data {personal}",
        file=sys.stderr,
    )
    return cli.EXIT_OK


def cmd_apply_receipt(args: argparse.Namespace) -> int:
    from station_app import cli
    from station_app.messages import msg
    from station_app.sync.receipts import apply_receipt

    lang = cli._lang(args)
    db = cli._open(args)
    try:
        actor = cli._login(db, args)
        result = apply_receipt(db, actor, Path(args.file), accept_new_key=args.accept_new_key)
    finally:
        db.close()
    if result.trusted:
        _note(
            msg("sync_district_trusted", district=result.district, fingerprint=result.trusted), lang
        )
    if result.already:
        _note(msg("sync_receipt_already"), lang)
        return cli.EXIT_OK
    acked = ", ".join(map(str, result.acknowledged)) or "none new"
    approved = ", ".join(result.approvals) or "none new"
    _say(f"receipt from {result.district}: packages acknowledged: {acked}")
    _say(f"months approved: {approved}")
    if result.unknown:
        _note(msg("sync_receipt_unknown", count=result.unknown), lang)
    return cli.EXIT_OK


# ------------------------------------------------------------------------------ verify


def cmd_verify(args: argparse.Namespace) -> int:
    from station_app import cli
    from station_app.messages import msg
    from station_app.services import station
    from station_app.sync import keys, state
    from station_app.sync.errors import PackageRefused
    from station_app.sync.verify import read_package

    lang = cli._lang(args)
    path = Path(args.package)
    pkg = read_package(path)
    info = pkg.info
    notes: list[Msg] = []
    data_dir = cli._data_dir(args)
    if station.is_initialised(data_dir):
        db = cli._open(args)
        try:
            prof = state.profile(db)
            if prof["mode"] == "district":
                notes += _district_context(db, pkg)
            elif prof["code"] == pkg.station and prof["public_key"] != pkg.public_key:
                raise PackageRefused(
                    msg(
                        "sync_key_changed",
                        station=pkg.station,
                        old=keys.fingerprint(prof["public_key"]),
                        new=keys.fingerprint(pkg.public_key),
                    ),
                    path.name,
                )
        finally:
            db.close()
    scope = "full" if info["full"] else f"changes since package {info['base_seq']}"
    _say(f"{path.name}: valid (signature, hashes, schema {info['schema_version']}, every cell)")
    _say(
        f"station {pkg.station} ({info['station']['name']}), package {pkg.seq} ({scope}),"
        f" created {info['created_at']} by {info['created_by']}"
    )
    _say(f"key fingerprint {keys.fingerprint(pkg.public_key)}")
    _say(f"records: {_counts_line(pkg.counts())}")
    _say(f"closed-month reports: {', '.join(info['months']) or 'none'}")
    _say(f"personal data: {'INCLUDED' if info['personal_data'] else 'left out'}")
    for note in notes:
        _note(note, lang)
    return cli.EXIT_OK


def _district_context(db: Any, pkg: Any) -> list[Msg]:
    """What the district database says about the package (refuses what import would)."""
    from station_app.messages import msg
    from station_app.sync import keys
    from station_app.sync.errors import PackageRefused

    file = pkg.file_name
    notes: list[Msg] = []
    entry = db.execute(
        "SELECT public_key FROM sync_stations WHERE code = ?", [pkg.station]
    ).fetchone()
    if entry is None or entry[0] is None:
        notes.append(msg("sync_not_registered_yet", station=pkg.station))
    elif entry[0] != pkg.public_key:
        raise PackageRefused(
            msg(
                "sync_key_changed",
                station=pkg.station,
                old=keys.fingerprint(entry[0]),
                new=keys.fingerprint(pkg.public_key),
            ),
            file,
        )
    done = db.execute(
        "SELECT imported_at FROM sync_packages WHERE package_hash = ?", [pkg.package_hash]
    ).fetchone()
    if done is not None:
        notes.append(msg("sync_already_imported", at=done[0]))
        return notes
    if db.execute(
        "SELECT 1 FROM sync_packages WHERE station = ? AND seq = ?", [pkg.station, pkg.seq]
    ).fetchone():
        raise PackageRefused(msg("sync_replay", station=pkg.station, seq=pkg.seq), file)
    last = db.execute(
        "SELECT max(seq) FROM sync_packages WHERE station = ?", [pkg.station]
    ).fetchone()[0]
    if last is not None and pkg.seq > last + 1:
        missing = ", ".join(str(s) for s in range(last + 1, pkg.seq))
        notes.append(msg("sync_gap", station=pkg.station, missing=missing))
    return notes


# ---------------------------------------------------------------------------- district


def cmd_import(args: argparse.Namespace) -> int:
    from station_app import cli
    from station_app.messages import msg
    from station_app.sync.importer import import_packages

    lang = cli._lang(args)
    db = cli._open(args)
    try:
        actor = cli._login(db, args)
        results = import_packages(db, actor, [Path(p) for p in args.packages], dry_run=args.dry_run)
    finally:
        db.close()
    refused = 0
    verb = "would import" if args.dry_run else "imported"
    for r in results:
        if r.status == "refused":
            refused += 1
            print(f"station-app: {r.error.text(lang)}", file=sys.stderr, flush=True)
            continue
        if r.registered:
            _note(msg("sync_registered_new", station=r.station, fingerprint=r.registered), lang)
        if r.status == "already":
            _say(f"{r.file_name}: " + render(msg("sync_already_imported", at=r.imported_at), lang))
        else:
            totals = ", ".join(
                f"{outcome} {r.total(outcome)}"
                for outcome in ("inserted", "updated", "deleted", "unchanged", "older", "conflicts")
            )
            _say(f"{r.file_name}: {verb} {r.station} package {r.seq}: {totals}")
            if r.total("conflicts"):
                _note(msg("sync_conflicts_kept", count=r.total("conflicts")), lang)
        for note in r.notes:
            _note(note, lang)
    if args.dry_run:
        _note(msg("sync_dry_run"), lang)
    return cli.EXIT_FAIL if refused else cli.EXIT_OK


def cmd_register_station(args: argparse.Namespace) -> int:
    from station_app import cli
    from station_app.sync import keys
    from station_app.sync.state import register_station

    db = cli._open(args)
    try:
        actor = cli._login(db, args)
        entry = register_station(db, actor, args.code, None if args.reset else args.public_key)
    finally:
        db.close()
    if entry["public_key"] is None:
        _say(
            f"{entry['code']}: key forgotten; the next package from {entry['code']} is trusted"
            " on first import (check its fingerprint by phone)"
        )
    else:
        _say(
            f"{entry['code']}: registered; key fingerprint {keys.fingerprint(entry['public_key'])}"
        )
    return cli.EXIT_OK


def cmd_receipt(args: argparse.Namespace) -> int:
    from station_app import cli
    from station_app.sync.receipts import make_receipt

    db = cli._open(args)
    try:
        actor = cli._login(db, args)
        result = make_receipt(
            db, actor, cli._data_dir(args), args.station, Path(args.out), approve=args.approve
        )
    finally:
        db.close()
    print(result.path, flush=True)
    print(
        f"receipt for {result.station}: {result.packages} package(s);"
        f" months approved: {', '.join(result.approvals) or 'none'}",
        file=sys.stderr,
    )
    return cli.EXIT_OK


def cmd_stations(args: argparse.Namespace) -> int:
    from station_app import cli
    from station_app.sync import keys, state

    db = cli._open(args)
    try:
        cli._login(db, args)
        state.require_district(db)
        rows = state.list_stations(db)
    finally:
        db.close()
    for s in rows:
        fp = (
            keys.fingerprint(s["public_key"])
            if s["public_key"]
            else "(no key: next import trusted)"
        )
        missing = ",".join(map(str, s["missing"])) or "-"
        if args.json:
            cli._print_json(s | {"fingerprint": fp})
        else:
            print(
                "\t".join(
                    str(v)
                    for v in (
                        s["code"],
                        s["name"],
                        fp,
                        s["last_seq"] if s["last_seq"] is not None else "-",
                        s["last_import_at"] or "-",
                        f"missing:{missing}",
                        f"conflicts:{s['open_conflicts']}",
                    )
                )
            )
    return cli.EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from station_app import cli
    from station_app.sync import importer, state

    db = cli._open(args)
    try:
        actor = cli._login(db, args)
        if args.resolve is not None:
            if not args.keep:
                raise cli.CliError("--resolve needs --keep current|incoming")
            after = importer.resolve_conflict(db, actor, args.resolve, args.keep)
            _say(f"conflict {after['id']} resolved: kept the {args.keep} version")
            return cli.EXIT_OK
        state.require_district(db)
        rows = state.list_conflicts(db, station=args.station, open_only=not args.all)
    finally:
        db.close()
    for c in rows:
        if args.json:
            cli._print_json(c)
        else:
            print(
                "\t".join(
                    str(v)
                    for v in (
                        c["id"],
                        c["station"],
                        c["tbl"],
                        c["uuid"],
                        f"rev {c['revision']}",
                        c["resolution"] or "open",
                    )
                )
            )
    return cli.EXIT_OK


# ------------------------------------------------------------------------------ parser


def _month(value: str) -> str:
    import re

    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {value!r}")
    return value


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register the sync subcommands on ``sub`` (the parser's subparsers)."""
    p = sub.add_parser(
        "export",
        parents=[common],
        help="write a signed package for the district to a folder (a USB stick)",
        description="Writes NKT_YYYY-MM_NNNN.stpkg into DIR and prints its path. By default"
        " it carries what changed since the last package the district acknowledged.",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write to")
    p.add_argument("--full", action="store_true", help="every record, not only the changes")
    p.add_argument(
        "--include-personal-data",
        action="store_true",
        help="complainant names, contacts and descriptions too (chief only; audited)",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "verify", parents=[common], help="check a package: signature, hashes, schema, sequence"
    )
    p.add_argument("package", metavar="PKG")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser(
        "import",
        parents=[common],
        help="import station packages (district office)",
        description="Verifies every package first, then imports each in one transaction.",
    )
    p.add_argument("packages", nargs="+", metavar="PKG")
    p.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "register-station",
        parents=[common],
        help="pin a station's public key, or forget it (district office)",
    )
    p.add_argument("--code", required=True, help="station code, e.g. NKT")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--public-key", metavar="HEX", help="the station's key (64 hex digits)")
    group.add_argument(
        "--reset", action="store_true", help="forget the key: the next import is trusted"
    )
    p.set_defaults(func=cmd_register_station)

    p = sub.add_parser(
        "receipt",
        parents=[common],
        help="write a signed receipt for a station (district office)",
    )
    p.add_argument("--station", required=True, metavar="CODE")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument(
        "--approve",
        action="append",
        default=[],
        type=_month,
        metavar="YYYY-MM",
        help="approve this closed month of the station first (repeatable)",
    )
    p.set_defaults(func=cmd_receipt)

    p = sub.add_parser(
        "apply-receipt",
        parents=[common],
        help="mark the packages a district receipt lists as acknowledged (station)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--accept-new-key",
        action="store_true",
        help="trust a changed district key (chief only; confirm its fingerprint by phone)",
    )
    p.set_defaults(func=cmd_apply_receipt)

    p = sub.add_parser(
        "stations",
        parents=[common],
        help="registered stations, last package, missing packages (district office)",
    )
    p.add_argument("--json", action="store_true", help="JSON lines")
    p.set_defaults(func=cmd_stations)

    p = sub.add_parser(
        "conflicts",
        parents=[common],
        help="records that arrived with the same revision but different content (district)",
    )
    p.add_argument("--station", metavar="CODE")
    p.add_argument("--all", action="store_true", help="resolved ones too")
    p.add_argument("--resolve", type=int, metavar="ID", help="settle conflict ID")
    p.add_argument("--keep", choices=("current", "incoming"), help="which version to keep")
    p.add_argument("--json", action="store_true", help="JSON lines")
    p.set_defaults(func=cmd_conflicts)
