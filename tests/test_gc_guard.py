"""The garbage collector runs on the GUI thread only (station_app.gui.gc_guard)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QWidget

from station_app.gui import gc_guard
from station_app.gui.app import make_app


def test_make_app_turns_automatic_collection_off():
    app = make_app()
    assert not gc.isenabled()
    assert gc_guard.install(app) is gc_guard.install(app)  # one collector per app
    assert gc_guard.install(app).timer.isActive()


def test_a_cycle_holding_a_widget_is_freed_on_the_gui_thread_not_in_a_pool_thread(qapp):
    collector = gc_guard.install(qapp)
    freed_in: list[threading.Thread] = []
    widget = QWidget()
    widget.cycle = widget  # only the cyclic collector can free it
    weakref.finalize(widget, lambda: freed_in.append(threading.current_thread()))
    del widget

    def churn() -> None:  # what a report's font parsing does: many new containers
        kept = [[] for _ in range(20 * gc.get_threshold()[0])]
        assert kept

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()
    assert freed_in == []  # the other thread crossed the threshold; nothing collected there

    kept = [[] for _ in range(2 * gc.get_threshold()[0])]
    assert collector.check() > 0  # the timer's job, on this thread
    assert freed_in == [threading.main_thread()]
    assert kept
