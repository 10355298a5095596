"""The one seam for modal message boxes and file dialogs.

Every QMessageBox and QFileDialog in the app goes through these functions, so tests can
patch them (an unpatched modal dialog would block forever offscreen).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Answer(Enum):
    YES = "yes"
    NO = "no"
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> Answer:
    button = QMessageBox.question(
        parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
    )
    return Answer.YES if button == QMessageBox.Yes else Answer.NO


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> Answer:
    button = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
        QMessageBox.Save,
    )
    return {QMessageBox.Save: Answer.SAVE, QMessageBox.Discard: Answer.DISCARD}.get(
        button, Answer.CANCEL
    )


def open_file(
    parent: QWidget | None, title: str, directory: str = "", filter_: str = ""
) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, filter_)
    return path or None


def open_files(
    parent: QWidget | None, title: str, directory: str = "", filter_: str = ""
) -> list[str]:
    """Several files at once (e.g. the packages on a stick); [] when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, directory, filter_)
    return list(paths)


def save_file(
    parent: QWidget | None, title: str, directory: str = "", filter_: str = ""
) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, directory, filter_)
    return path or None


def print_setup(parent: QWidget | None, printer) -> bool:
    """The print dialog for ``printer`` (a QPrinter); True when the user chose Print."""
    from PySide6.QtPrintSupport import QPrintDialog

    return QPrintDialog(printer, parent).exec() == QPrintDialog.Accepted


def choose_dir(parent: QWidget | None, title: str, directory: str = "") -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, directory)
    return path or None


# Every function above: what the tests, the self-test and the start-up benchmark replace
# (offscreen, a real modal dialog would wait forever).
FUNCTIONS = (
    "info",
    "warning",
    "error",
    "ask_yes_no",
    "ask_save_discard_cancel",
    "open_file",
    "open_files",
    "save_file",
    "print_setup",
    "choose_dir",
)
