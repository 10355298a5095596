"""One start of the window, timed from the parent: prints ``ready`` at the first paint,
then (the app) ``figures`` once the dashboard shows its figures.

    python bench/bench_start.py --bare                  # a bare PySide6 QMainWindow
    python bench/bench_start.py --data-dir D [--lists]  # Station App's window over D

``bench/run.py`` starts this as a subprocess and times it from the spawn to the ``ready``
line. For the app that is the real start, ``station_app.cli.main(["--data-dir", D])`` as
``station-app`` runs it: the interpreter, the imports, QApplication, the one-copy lock,
the start-up check of the database file, fonts, translations, the main window with its
pages, ``show()`` and the window's first paint (after which, as in real use, the
automatic backup at start and the background check of a big file start in pool threads). A
zero-delay timer armed at that first paint prints the line, so the event loop is running
and the window answers input. Only the login differs: the dialog accepts the chief at
once instead of waiting for a password (at a real start the user types in between, and
argon2 is slow on purpose).

The dashboard reads its figures in a pool thread after that first paint; ``figures``
marks when they are on screen. With ``--lists`` it then opens the complaint, meeting and
activity lists in turn (each queried and painted) and prints one JSON line with the
process's resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if "--bare" not in sys.argv:
    # the order of ``station-app`` (station_app.cli:main): the command line and the
    # services load before Qt, which loads when the window is asked for
    from station_app import cli  # noqa: F401

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc, Windows API, else psutil)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024 / 1e6
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [
                ("cb", wintypes.DWORD),
                ("PageFaultCount", wintypes.DWORD),
                ("PeakWorkingSetSize", ctypes.c_size_t),
                ("WorkingSetSize", ctypes.c_size_t),
                ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                ("PagefileUsage", ctypes.c_size_t),
                ("PeakPagefileUsage", ctypes.c_size_t),
            ]

        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        process = ctypes.windll.kernel32.GetCurrentProcess()
        ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb)
        return counters.WorkingSetSize / 1e6
    import psutil  # not a dependency; only where neither of the above works

    return psutil.Process().memory_info().rss / 1e6


class FirstPaint(QObject):
    """Calls ``then`` from the event loop once ``window`` has painted for the first time."""

    def __init__(self, window: QMainWindow, then: Any):
        super().__init__(window)
        self.then = then
        self.done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Paint:
            self.done = True
            QTimer.singleShot(0, self.then)
        return False


def bare() -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1366, 768)
    return window


def station_start(data_dir: Path, ready: Any) -> int:
    """``station-app --data-dir D`` with the login accepted at once; ``ready(window)`` is
    called from the event loop after the main window's first paint."""
    from PySide6.QtWidgets import QDialog

    from station_app import cli
    from station_app.gui.login import LoginDialog
    from station_app.gui.main_window import MainWindow
    from station_app.services.auth import Actor

    def accept_chief(self: Any) -> int:
        uuid, username, role, full_name = self.db.execute(
            "SELECT uuid, username, role, full_name FROM users WHERE username = 'chief'"
        ).fetchone()
        self.actor = Actor(username, role, full_name, uuid)
        return QDialog.Accepted

    def show(self: Any) -> None:
        FirstPaint(self, lambda: ready(self))
        QMainWindow.show(self)

    def refuse(*args: Any, **kwargs: Any) -> None:
        # offscreen, a message box would wait forever (another copy holding the folder,
        # a damaged file): end the run with its text instead
        raise SystemExit(f"bench_start: the app asked: {args[1:3]!r}")

    from station_app.gui import dialogs

    for name in dialogs.FUNCTIONS:
        setattr(dialogs, name, refuse)
    LoginDialog.exec = accept_chief
    MainWindow.show = show
    return cli.main(["--data-dir", str(data_dir)])


def visit_lists(app: QApplication, window: Any) -> dict[str, Any]:
    """Show each list page (queried, painted); then the process's resident memory."""
    rows = {}
    for key in ("complaints", "meetings", "activities"):
        page = window.show_page(key)
        page.table.viewport().repaint()
        app.processEvents()
        rows[key] = page.model.total
    return {"rss_mb": rss_mb(), "rows": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bare", action="store_true", help="a bare PySide6 QMainWindow")
    ap.add_argument("--data-dir", type=Path, help="the station to open")
    ap.add_argument("--lists", action="store_true", help="then show the lists; print memory")
    args = ap.parse_args(argv)

    def ready(window: QMainWindow) -> None:
        print("ready", flush=True)
        app = QApplication.instance()
        if args.bare:
            app.quit()
            return
        dashboard = window.pages["dashboard"]

        def figures() -> None:
            print("figures", flush=True)
            if args.lists:
                print(json.dumps(visit_lists(app, window)), flush=True)
            app.quit()

        if dashboard.loading:
            dashboard.loaded.connect(figures)
        else:
            figures()

    if not args.bare:
        return station_start(args.data_dir, ready)
    app = QApplication(sys.argv[:1])
    window = bare()
    FirstPaint(window, lambda: ready(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
