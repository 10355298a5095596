"""Reading an untrusted zip into memory: never extracted, every entry checked first.

Refused: a file that is not a zip or is truncated; more than :data:`MAX_ENTRIES`
entries; absolute names, ``..``, backslashes, names outside a whitelist, duplicates,
symlinks, directories, encrypted entries, compression other than stored/deflate; entries
that unpack to more than :data:`MAX_ENTRY_BYTES`, a package that unpacks to more than
:data:`MAX_TOTAL_BYTES`, or an entry compressed more than :data:`MAX_RATIO` to one - all
counted while streaming, whatever the headers claim - and entries failing their CRC.
"""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from pathlib import Path

from station_app.messages import msg
from station_app.sync.errors import PackageRefused

MAX_FILE_BYTES = 1 << 30  # the zip itself
MAX_ENTRIES = 1000
MAX_ENTRY_BYTES = 512 << 20
MAX_TOTAL_BYTES = 1 << 30
MAX_RATIO = 200  # checked once an entry has unpacked RATIO_AFTER bytes
RATIO_AFTER = 1 << 20
CHUNK = 1 << 16


def _refuse(file: str, id_: str, **params: object) -> PackageRefused:
    return PackageRefused(msg(id_, **params), file)


def _check_name(file: str, info: zipfile.ZipInfo, allowed: re.Pattern[str]) -> None:
    name = info.filename
    shown = name[:80]
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        raise _refuse(file, "sync_absolute_name", name=shown)
    parts = re.split(r"[/\\]", name)
    if ".." in parts:
        raise _refuse(file, "sync_parent_name", name=shown)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _refuse(file, "sync_symlink", name=shown)
    if "\\" in name or "\x00" in name or not allowed.fullmatch(name):
        raise _refuse(file, "sync_unexpected_name", name=shown)
    kind = stat.S_IFMT(mode)  # many zip writers leave the type bits out: a plain file
    if info.is_dir() or (kind and kind != stat.S_IFREG):
        raise _refuse(file, "sync_unexpected_name", name=shown)
    if info.flag_bits & 0x1:
        raise _refuse(file, "sync_encrypted", name=shown)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _refuse(file, "sync_bad_compression", name=shown)


def read_members(path: Path, allowed: re.Pattern[str]) -> dict[str, bytes]:
    """Every entry of the zip at ``path`` as name -> bytes, or PackageRefused."""
    file = Path(path).name
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise _refuse(file, "sync_cannot_read", detail=exc.strerror or str(exc)) from None
    if size > MAX_FILE_BYTES:
        raise _refuse(file, "sync_too_big", size=size, max=MAX_FILE_BYTES)
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise _refuse(file, "sync_not_a_zip") from None
    except OSError as exc:
        raise _refuse(file, "sync_cannot_read", detail=exc.strerror or str(exc)) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _refuse(file, "sync_too_many_entries", count=len(infos), max=MAX_ENTRIES)
        seen: set[str] = set()
        for info in infos:
            _check_name(file, info, allowed)
            if info.filename in seen:
                raise _refuse(file, "sync_duplicate_name", name=info.filename)
            seen.add(info.filename)
            if info.file_size > MAX_ENTRY_BYTES:
                raise _refuse(file, "sync_entry_too_big", name=info.filename, max=MAX_ENTRY_BYTES)
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise _refuse(file, "sync_total_too_big", max=MAX_TOTAL_BYTES)
        out: dict[str, bytes] = {}
        total = 0
        for info in infos:
            data = _read_entry(file, zf, info, MAX_TOTAL_BYTES - total)
            total += len(data)
            out[info.filename] = data
    return out


def _read_entry(file: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """One entry, streamed: the caps are counted on the bytes actually produced."""
    name = info.filename
    chunks: list[bytes] = []
    produced = 0
    compressed = max(info.compress_size, 1)
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                produced += len(chunk)
                if produced > MAX_ENTRY_BYTES:
                    raise _refuse(file, "sync_entry_too_big", name=name, max=MAX_ENTRY_BYTES)
                if produced > budget:
                    raise _refuse(file, "sync_total_too_big", max=MAX_TOTAL_BYTES)
                if produced > RATIO_AFTER and produced > MAX_RATIO * compressed:
                    raise _refuse(file, "sync_ratio", name=name, ratio=produced // compressed)
                chunks.append(chunk)
    except PackageRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        detail = str(exc) or type(exc).__name__
        raise _refuse(file, "sync_member_damaged", name=name, detail=detail[:120]) from None
    return b"".join(chunks)
