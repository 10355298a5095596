"""The Reports page: make the PDF off the GUI thread, preview, save, print; month close."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from station_app.gui import dialogs
from station_app.gui.session import Session
from station_app.services import meetings, months


@pytest.fixture
def chief_window(qtbot, station_dir, db, chief):
    from station_app.gui.app import make_app
    from station_app.gui.main_window import MainWindow

    make_app()
    window = MainWindow(Session(station_dir, db, chief, "en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _meeting(db, actor, held_on="2026-10-05"):
    return meetings.create(
        db,
        actor,
        {
            "held_on": held_on,
            "kind": "public_gathering",
            "venue": "Ноокат мэриясы",
            "attendance": {"men": 12, "women": 15, "youth": 6},
        },
    )


def test_make_preview_and_save(main_window, db, officer, qtbot, no_dialogs, tmp_path, monkeypatch):
    _meeting(db, officer)
    page = main_window.show_page("reports")
    page.set_period("2026-10")
    assert page.period_code() == "2026-10"
    assert not page.save_button.isEnabled()
    page.make_report()
    assert page.progress.isVisible()
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=20_000)
    assert not page.progress.isVisible() and page.page_count() >= 1
    assert all(
        isinstance(page.pages_layout.itemAt(i).widget(), QLabel) for i in range(page.page_count())
    )
    out = tmp_path / "october.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    assert page.save_report() == out
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "NKT" in text and "2026" in text


def test_bad_period_and_quarter(main_window, qtbot):
    page = main_window.show_page("reports")
    page.set_period("2026-Q3")
    assert page.period_code() == "2026-Q3" and not page.close_button.isEnabled()
    page.set_period("2027-01")  # not begun yet
    page.make_report()
    qtbot.waitUntil(lambda: not page._busy, timeout=20_000)
    assert page.pdf is None and page.message.text()


def test_print_goes_through_the_seam(main_window, db, officer, qtbot, no_dialogs, monkeypatch):
    page = main_window.show_page("reports")
    page.set_period("2026-10")
    page.make_report()
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=20_000)
    asked = []
    monkeypatch.setattr(dialogs, "print_setup", lambda parent, printer: asked.append(1) or False)
    assert page.print_report() is False and asked == [1]


def test_officer_cannot_close(main_window):
    page = main_window.show_page("reports")
    page.set_period("2026-10")
    assert not page.close_button.isEnabled()
    assert "Only the station chief" in page.closure_status.text()


def test_chief_closes_and_reopens_and_editors_say_why(chief_window, db, chief, qtbot, no_dialogs):
    _shown, answers = no_dialogs
    m = _meeting(db, chief)
    page = chief_window.show_page("reports")
    page.set_period("2026-10")
    answers.append(dialogs.Answer.NO)
    assert page.close_month() is False and not months.is_closed(db, "2026-10")
    answers.append(dialogs.Answer.YES)
    assert page.close_month() is True
    assert months.is_closed(db, "2026-10")
    assert "Closed: signed by Бакыт Асанов" in page.closure_status.text()
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=20_000)
    assert page.signed and "signed at closing" in page.message.text()
    assert page.pdf == months.stored_report(db, "2026-10")[0]
    editor = chief_window.open_editor("meetings", m["uuid"])
    editor.child("venue").setText("Мектеп")
    assert editor.save() is False
    assert "2026-10 is closed" in editor.general_error.text()
    editor._snapshot = editor.values()
    editor.close()
    page.reopen_reason.setText("")
    assert page.reopen_month() is False and "required" in page.closure_error.text()
    page.reopen_reason.setText("Кечиккен жыйын")
    assert page.reopen_month() is True and not months.is_closed(db, "2026-10")
