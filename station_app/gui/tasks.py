"""``run_task``: long work on QThreadPool, results handed back to the GUI thread.

The work function runs in a pool thread and must open its own database connection
(``store.open_db(data_dir)``): connections are never shared across threads.

Long work (backups, imports, reports) shares Qt's global pool. Short reads the window
waits for (the dashboard's figures) go to :func:`quick_pool`, so they never queue
behind a backup or a check of a big file that the start-up has just begun.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals):
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except Exception as exc:  # handed to the GUI thread, shown to the user there
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.signals.progress, done, total)

    @staticmethod
    def _emit(signal, *args) -> None:
        # RuntimeError: the window that asked is gone (closing); nothing to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


_alive: set[_Signals] = set()
_quick: QThreadPool | None = None


def quick_pool() -> QThreadPool:
    """A pool of its own for short reads the window is waiting for."""
    global _quick
    if _quick is None:
        _quick = QThreadPool()
        _quick.setMaxThreadCount(2)
    return _quick


def run_task(
    fn: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
    *,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> _Signals:
    """Run ``fn(progress)`` in ``pool`` (Qt's global one by default); ``on_done`` /
    ``on_error`` / ``on_progress`` run on the GUI thread. With ``owner`` (the widget that
    asked) they are dropped once it has been deleted: the window may rebuild its pages
    (a change of language) while the work runs, and the answer then has nowhere to go.

    The signals object is a child of the application, deleted on the GUI thread after its
    last signal: the pool thread drops its Python reference whenever it finishes, and
    that must never be what deletes a QObject living on the GUI thread."""
    signals = _Signals(QCoreApplication.instance())
    _alive.add(signals)

    def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def handler(value: Any) -> None:
            _alive.discard(signals)
            signals.deleteLater()
            if _alive_owner(owner):
                callback(value)

        return handler

    def progress(done: int, total: int) -> None:
        if on_progress is not None and _alive_owner(owner):
            on_progress(done, total)

    signals.done.connect(finish(on_done))
    signals.failed.connect(finish(on_error))
    if on_progress is not None:
        signals.progress.connect(progress)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, signals))
    return signals


def _alive_owner(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


def wait_all(msecs: int = 30_000) -> bool:
    """Wait for pool threads (at exit, and in tests)."""
    quick = _quick is None or _quick.waitForDone(msecs)
    return QThreadPool.globalInstance().waitForDone(msecs) and quick
