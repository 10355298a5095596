"""run_task: answers reach the GUI thread, and none reaches a widget that is gone."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from station_app.gui import tasks


def test_answers_come_back_on_the_gui_thread(qtbot):
    got: list[tuple[str, object, threading.Thread]] = []
    tasks.run_task(
        lambda progress: progress(1, 2) or threading.current_thread(),
        lambda worker: got.append(("done", worker, threading.current_thread())),
        lambda exc: got.append(("failed", exc, threading.current_thread())),
        lambda done, total: got.append(("progress", (done, total), threading.current_thread())),
    )
    qtbot.waitUntil(lambda: any(kind == "done" for kind, *_ in got), timeout=5000)
    assert [kind for kind, *_ in got] == ["progress", "done"]
    assert got[0][1] == (1, 2)
    assert got[1][1] is not threading.main_thread()  # the work ran in the pool
    assert all(thread is threading.main_thread() for *_, thread in got)


def test_no_answer_reaches_an_owner_that_was_deleted(qtbot):
    owner = QWidget()
    release = threading.Event()
    got: list[str] = []
    tasks.run_task(
        lambda progress: (release.wait(5), progress(1, 1)),
        lambda _value: got.append("done"),
        lambda _exc: got.append("failed"),
        lambda _done, _total: got.append("progress"),
        owner=owner,
    )
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=5000)
    release.set()
    assert tasks.wait_all(5000)
    qtbot.wait(50)  # the queued answers are delivered, and dropped
    assert got == []
