"""Auto-lock: the screen locks when idle; drafts are kept for the user who wrote them."""

from __future__ import annotations

from conftest import CHIEF_PASSWORD, OFFICER_PASSWORD


def _draft(main_window):
    editor = main_window.open_editor("meetings", None)
    editor.child("venue").setText("Ак-Сай айыл өкмөтү — черновик")
    kind = editor.child("kind")
    kind.setCurrentIndex(kind.findData("public_gathering"))
    assert editor.is_dirty()
    return editor


def _unlock(window, username, password):
    screen = window.lock_screen
    screen.user.setCurrentIndex(screen.user.findData(username))
    screen.password.setText(password)
    return screen.try_unlock()


def test_lock_keeps_the_draft_and_unlock_brings_it_back(main_window, db):
    editor = _draft(main_window)
    main_window.lock()
    assert main_window.locked and not editor.isVisible()
    assert main_window.root.currentWidget() is main_window.lock_screen
    assert "1 unsaved draft" in main_window.lock_screen.info.text()
    assert _unlock(main_window, "officer", "wrong-password") is None
    assert "Wrong user name or password" in main_window.lock_screen.error.text()
    assert main_window.locked
    assert _unlock(main_window, "officer", OFFICER_PASSWORD) is not None
    assert not main_window.locked and editor.isVisible()
    assert editor.child("venue").text() == "Ак-Сай айыл өкмөтү — черновик"
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0  # nothing saved


def test_another_user_at_the_lock_screen(main_window, session):
    editor = _draft(main_window)
    main_window.lock()
    assert _unlock(main_window, "chief", CHIEF_PASSWORD) is not None
    assert session.actor.username == "chief"
    assert not editor.isVisible()  # the officer's draft stays with the officer
    assert "Бакыт Асанов" in main_window.status_user.text()
    main_window.lock()
    assert _unlock(main_window, "officer", OFFICER_PASSWORD) is not None
    assert session.actor.username == "officer" and editor.isVisible()
    assert editor.actor.username == "officer"
    assert editor.save() is True  # saved as its author, not as whoever logged in between
    row = main_window.session.db.execute("SELECT created_by FROM meetings").fetchone()
    assert row == ("officer",)


def test_idle_time_locks(main_window, qtbot):
    main_window.idle.setInterval(50)
    main_window.idle.start()
    qtbot.waitUntil(lambda: main_window.locked, timeout=3000)


def test_close_with_drafts_shows_them_instead(main_window):
    editor = _draft(main_window)
    editor.hide()
    main_window.close()
    assert main_window.isVisible() and editor.isVisible()
    assert "unsaved" in main_window.statusBar().currentMessage()
