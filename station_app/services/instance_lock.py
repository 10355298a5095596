"""One Station App at a time per data folder: an OS file lock on ``DATA_DIR/station.lock``.

Why an OS lock and not a PID file or Qt's ``QLockFile``: the operating system releases
the lock when the holding process ends in any way — closed, killed, crashed, or the power
cut out — so a lock left behind by a power cut can never block the next start, and there
is no PID to guess about. (``QLockFile`` copes with stale locks too — checked: it compares
PID, process name and boot id — but the command line has no Qt and must honour the same
lock.)

* POSIX: ``fcntl.flock`` on the open file (per open file: a second lock object in the same
  process is refused too).
* Windows: ``msvcrt.locking`` of one byte far past the text, so the holder's description
  at the start of the file stays readable for the refusal message.

Who takes it: the window, for as long as it runs; ``restore`` and ``recover`` on the command
line (they replace the database file, which must not happen under an open window). Other
commands do not: each of their writes is a SQLite transaction, and SQLite's own locking
(WAL, busy timeout) keeps them safe next to an open window.

The lock file is never deleted (deleting a locked file races with the next locker); its
content only describes the last holder.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from station_app.messages import msg
from station_app.services.errors import ServiceError

LOCK_FILENAME = "station.lock"
_WIN_LOCK_OFFSET = 1 << 20  # the byte locked on Windows, beyond the holder's text


class InstanceLocked(ServiceError):
    """Another Station App (window or command) holds the data folder."""

    def __init__(self, holder: dict[str, Any]):
        self.holder = holder
        super().__init__(
            msg(
                "instance_locked",
                pid=holder.get("pid", "?"),
                what=holder.get("what", "?"),
                since=holder.get("since", "?"),
            )
        )


@dataclass
class InstanceLock:
    """``acquire()`` or raise :class:`InstanceLocked`; ``release()`` (or process exit) frees it."""

    data_dir: Path
    what: str = "window"
    _fh: IO[bytes] | None = None

    @property
    def path(self) -> Path:
        return Path(self.data_dir) / LOCK_FILENAME

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> InstanceLock:
        if self._fh is not None:
            return self
        Path(self.data_dir).mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        fh = os.fdopen(fd, "r+b")  # kept open while the lock is held
        try:
            _lock(fh)
        except OSError:
            fh.close()
            raise InstanceLocked(read_holder(self.path)) from None
        with contextlib.suppress(OSError):  # the description is a courtesy; the lock counts
            _describe(fh, self.what)
        self._fh = fh
        return self

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        with contextlib.suppress(OSError):
            _unlock(fh)
        fh.close()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def read_holder(path: Path) -> dict[str, Any]:
    """What the lock file says about its holder (best effort: it may be half-written)."""
    try:
        with open(path, "rb") as fh:
            text = fh.read(4096).split(b"\0", 1)[0].decode("utf-8", "replace").strip()
        data = json.loads(text) if text else {}
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _describe(fh: IO[bytes], what: str) -> None:
    info = {
        "pid": os.getpid(),
        "what": what,
        "host": socket.gethostname(),
        "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
    }
    fh.seek(0)
    fh.truncate()
    fh.write(json.dumps(info).encode("utf-8") + b"\n")
    fh.flush()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fh: IO[bytes]) -> None:
        fh.seek(_WIN_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(_WIN_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
