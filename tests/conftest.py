"""Shared fixtures: a fresh station database in a temp folder for every test.

Tests never touch the user's real data folder: the data-dir variable and the XDG folders
point into a temp directory for the whole session, and Qt runs offscreen.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="station-app-tests-"))
os.environ["STATION_APP_DATA_DIR"] = str(_SESSION_HOME / "default-data")
os.environ["XDG_DATA_HOME"] = str(_SESSION_HOME / "xdg-data")
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_HOME / "xdg-config")
os.environ.pop("STATION_APP_USER", None)
os.environ.pop("STATION_APP_PASSWORD", None)

import pytest  # noqa: E402
import sqlite_utils  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from station_app.services import station, users  # noqa: E402
from station_app.services.auth import Actor  # noqa: E402
from station_app.store import open_db  # noqa: E402

# In-process tests hash with cheaper argon2id parameters (same algorithm and code path);
# the CLI subprocess tests and test_users check the production parameters.
users._hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)

TODAY = "2026-11-20"  # a Friday; tests that depend on 'today' see this date
CHIEF_PASSWORD = "chief-password"
OFFICER_PASSWORD = "officer-password"

SETTLEMENTS = [
    {"kind": "town", "name": {"ky": "Ноокат", "ru": "Ноокат", "en": "Nookat"}, "population": 16000},
    {"kind": "village", "name": {"ky": "Ак-Сай", "ru": "Ак-Сай", "en": "Ak-Say"}},
]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def _collector(qapp):
    """As the app runs (``make_app``): Python's garbage collector only on the GUI thread,
    so a pool thread never frees a widget left in a reference cycle by an earlier test."""
    import gc

    from station_app.gui import gc_guard

    yield gc_guard.install(qapp)
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_afterwards(_collector):
    """Tests that never run the event loop still get their garbage collected."""
    yield
    _collector.check()


@pytest.fixture(autouse=True)
def _pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STATION_APP_TODAY", TODAY)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def station_dir(data_dir: Path) -> Path:
    """An initialised station NKT with a chief ('chief') and an officer ('officer')."""
    station.init_station(
        data_dir,
        code="NKT",
        name="Ноокат шаардык милиция участогу",
        municipality="Ноокат",
        district="Ноокат району",
        province="Ош облусу",
        admin_user="chief",
        admin_full_name="Бакыт Асанов",
        admin_password=CHIEF_PASSWORD,
        settlements=SETTLEMENTS,
    )
    db = open_db(data_dir)
    try:
        chief = users.authenticate(db, "chief", CHIEF_PASSWORD)
        users.create_user(db, chief, "officer", "Нурлан Токтогулов", "officer", OFFICER_PASSWORD)
    finally:
        db.close()
    return data_dir


@pytest.fixture
def db(station_dir: Path) -> Iterator[sqlite_utils.Database]:
    database = open_db(station_dir)
    yield database
    database.close()


@pytest.fixture
def chief(db: sqlite_utils.Database) -> Actor:
    row = db.execute("SELECT uuid, full_name FROM users WHERE username = 'chief'").fetchone()
    return Actor("chief", "chief", row[1], row[0])


@pytest.fixture
def officer(db: sqlite_utils.Database) -> Actor:
    row = db.execute("SELECT uuid, full_name FROM users WHERE username = 'officer'").fetchone()
    return Actor("officer", "officer", row[1], row[0])


@pytest.fixture
def settlement_uuid(db: sqlite_utils.Database) -> str:
    return db.execute("SELECT uuid FROM settlements WHERE name_en = 'Nookat'").fetchone()[0]


# ------------------------------------------------------------------------ the window


@pytest.fixture
def filled(db, officer, chief, settlement_uuid) -> dict:
    """The station with every kind of record (``sync_support.fill_station``)."""
    from sync_support import fill_station

    return fill_station(db, officer, chief, settlement_uuid)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """An empty folder standing for a USB stick."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def session(station_dir: Path, db: sqlite_utils.Database, officer: Actor):
    """A GUI session of the officer over the per-test station (language: en)."""
    from station_app.gui.session import Session

    return Session(station_dir, db, officer, "en")


@pytest.fixture
def main_window(qtbot, session):
    """The real main window over the per-test database, shown offscreen."""
    from station_app.gui import i18n
    from station_app.gui.app import make_app
    from station_app.gui.main_window import MainWindow

    app = make_app()
    i18n.install_translators(app, session.lang)  # as app.start() does: English plurals
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for editor in list(window.editors):  # drafts left by the test are discarded
        editor._snapshot = editor.values()
    window.close()


class UnexpectedDialog(AssertionError):
    """The app tried to show a modal dialog the test did not ask for."""


@pytest.fixture(autouse=True)
def _dialogs_fail_loudly(monkeypatch):
    """Offscreen, a real modal dialog would block the run forever: any dialog a test did not
    patch (``no_dialogs`` or its own monkeypatch) raises instead, and the test fails."""
    from station_app.gui import dialogs

    def refuse(name):
        def show(*args, **kwargs):
            raise UnexpectedDialog(f"unpatched dialogs.{name}{args[1:3]!r}")

        return show

    for name in dialogs.FUNCTIONS:
        monkeypatch.setattr(dialogs, name, refuse(name))


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """A test that switched the application's language (a launcher, the settings page)
    leaves English behind, so the next test does not read Russian or Kyrgyz text."""
    yield
    i18n = sys.modules.get("station_app.gui.i18n")
    if i18n is None:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    english = str(i18n.translations_dir() / "station_app_en.qm")
    if app is not None and [tr.filePath() for tr in i18n._installed] != [english]:
        i18n.install_translators(app, "en")


@pytest.fixture
def no_dialogs(monkeypatch):
    """Record every dialog the app would show; answers come from ``answers``."""
    from station_app.gui import dialogs

    shown: list[tuple[str, str, str]] = []
    answers: list[dialogs.Answer] = []

    def record(kind):
        def show(parent, title, text="", *rest, **kw):
            shown.append((kind, title, text))
            if kind.startswith("ask"):
                return answers.pop(0) if answers else dialogs.Answer.CANCEL
            return None

        return show

    for name in dialogs.FUNCTIONS:
        monkeypatch.setattr(dialogs, name, record(name))
    return shown, answers


# ------------------------------------------------------------- file modes as root


_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2
_CAP_VERSION_3 = 0x20080522


@contextmanager
def file_modes_enforced() -> Iterator[None]:
    """Run the block with file modes enforced by the kernel, also as root (CI runs as root).

    Not root: nothing to do. Root on Linux: the calling thread's effective capability set
    loses CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (kept in the permitted set, so they come
    back afterwards). Root still owns the files and is refused like any owner of a 0o444
    file or a 0o555 folder. Capabilities are per thread: the block must do its file work
    on this thread (SQLite and the editors do). Root elsewhere: the test is skipped.
    """
    if os.name != "posix" or os.geteuid() != 0:
        yield
        return
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("root ignores file modes here and capabilities are Linux-only")

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [
            ("effective", ctypes.c_uint32),
            ("permitted", ctypes.c_uint32),
            ("inheritable", ctypes.c_uint32),
        ]

    libc = ctypes.CDLL(None, use_errno=True)
    data = (Data * 2)()
    if libc.capget(ctypes.byref(Header(_CAP_VERSION_3, 0)), data) != 0:
        raise OSError(ctypes.get_errno(), "capget failed")
    saved = data[0].effective
    data[0].effective = saved & ~((1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH))
    if libc.capset(ctypes.byref(Header(_CAP_VERSION_3, 0)), data) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")
    try:
        yield
    finally:
        data[0].effective = saved
        if libc.capset(ctypes.byref(Header(_CAP_VERSION_3, 0)), data) != 0:
            raise OSError(ctypes.get_errno(), "capset (restore) failed")
