"""Loading Qt Designer forms (``forms/*.ui``): the one place that does it."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from station_app import paths

_loader: QUiLoader | None = None


def load(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ``forms/<name>.ui`` and return its top widget (children found by objectName)."""
    global _loader
    if _loader is None:
        _loader = QUiLoader()
    path = paths.forms_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.ReadOnly):
        raise FileNotFoundError(f"form not found: {path}")
    try:
        widget = _loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"could not load form {path}: {_loader.errorString()}")
    return widget
