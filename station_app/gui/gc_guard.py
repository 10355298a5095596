"""Python's cyclic garbage collector, run on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate when a generation's
threshold is crossed. With work in pool threads (a report parsing its fonts, an import)
that may be a pool thread, which then frees a reference cycle holding a widget (a closed
editor and the lambdas connected to it): the widget's C++ object is deleted off the GUI
thread, and Qt crashes. Seen as a segmentation fault in the GUI tests, "Garbage-collecting"
in a pool thread during a report.

So :func:`install` turns automatic collection off and a timer on the GUI thread runs the
collector when the counts have crossed the same thresholds, generation by generation, as
Python would have. The same arrangement as pyqtgraph's ``GarbageCollector``.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owned by the application; checks the collector's counts every ``INTERVAL_MS``."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("guiThreadCollector")
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations whose counts are over their thresholds; returns how
        many unreachable objects were found."""
        found = 0
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            found += gc.collect(0)
            if second > self.threshold[1]:
                found += gc.collect(1)
                if third > self.threshold[2]:
                    found += gc.collect(2)
        return found


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Turn automatic collection off and collect on ``app``'s thread (once per app)."""
    collector = app.findChild(GuiThreadCollector, "guiThreadCollector")
    if collector is None:
        collector = GuiThreadCollector(app)
    gc.disable()
    return collector
