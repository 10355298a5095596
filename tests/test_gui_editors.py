"""The record editors, driven through their real widgets: create, edit, validate, workflow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from station_app.gui import dialogs
from station_app.gui.editors.base import RecordEditor
from station_app.services import activities, complaints, meetings, plans, reference
from station_app.services.records import ListQuery

REQUIRED = "This field is required."


# --------------------------------------------------------------------------- helpers


def w(editor: RecordEditor, name: str) -> QWidget:
    return editor.child(name)


def choose(editor: RecordEditor, combo_name: str, code: str | None) -> None:
    combo = w(editor, combo_name)
    index = combo.findData(code)
    assert index >= 0, f"{code} not offered in {combo_name}"
    combo.setCurrentIndex(index)


def check(editor: RecordEditor, list_name: str, *codes: str) -> None:
    widget: QListWidget = w(editor, list_name)
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.UserRole) in codes:
            item.setCheckState(Qt.Checked)


def type_text(widget: QWidget, text: str) -> None:
    """Type any Unicode text as key presses (QTest.keyClicks is ASCII-only)."""
    for ch in text:
        key = Qt.Key_Return if ch == "\n" else Qt.Key_unknown
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.NoModifier, ch))


def click(qtbot, button) -> None:
    assert button.isVisible(), f"{button.objectName()} is not on screen"
    qtbot.mouseClick(button, Qt.LeftButton)


def to_end(qtbot, widget) -> None:
    """Put the text cursor at the end, as a click after the last word would."""
    qtbot.keyClick(widget, Qt.Key_End, Qt.ControlModifier)


def error_of(editor: RecordEditor, path: str):
    return editor.bindings[path].error


def count(service, db) -> int:
    return service.count(db, ListQuery())


def open_editor(main_window, kind: str, uuid: str | None = None) -> RecordEditor:
    editor = main_window.open_editor(kind, uuid)
    assert editor.isVisible()
    return editor


def new_complaint(db, actor, **extra) -> dict:
    data = {
        "received_on": "2026-11-18",
        "channel": "in_person",
        "category": "property",
        "description": "Stolen bicycle",
        "complainant": {"name": "Aibek", "sex": "male", "age_group": "30_59"},
    }
    data.update(extra)
    return complaints.create(db, actor, data)


def fill_complaint(qtbot, ed: RecordEditor) -> None:
    choose(ed, "channel", "phone")
    choose(ed, "category", "property")
    qtbot.keyClicks(w(ed, "complainantName"), "Aibek Toktomushev")
    choose(ed, "complainantSex", "male")
    choose(ed, "complainantAgeGroup", "30_59")
    qtbot.keyClicks(w(ed, "description"), "A cow was stolen from the pasture.")


# ------------------------------------------------------------------------ complaints


def test_new_complaint_is_created_through_the_form(main_window, session, db, qtbot):
    ed = open_editor(main_window, "complaints")
    assert ed.windowTitle() == "New complaint"
    assert not ed.save_button.isEnabled()
    assert not ed.tabs.isTabVisible(ed.tabs.indexOf(w(ed, "statusTab")))
    assert "the answer will be due on 2026-12-04" in ed.banner.text()
    w(ed, "receivedOn").setDate(QDate(2026, 11, 19))
    fill_complaint(qtbot, ed)
    assert ed.save_button.isEnabled()
    click(qtbot, ed.save_button)

    rows = complaints.list_(db, ListQuery())
    assert len(rows) == 1
    record = complaints.get(db, rows[0]["uuid"])
    assert record["number"] == "NKT-2026-0001"
    assert record["received_on"] == "2026-11-19"
    assert record["channel"] == "phone"
    assert record["complainant"] == {
        "name": "Aibek Toktomushev",
        "sex": "male",
        "age_group": "30_59",
        "settlement": None,
        "contact": None,
    }
    assert record["description"] == "A cow was stolen from the pasture."
    assert record["assigned_officer"] == "officer"
    assert ed.windowTitle() == "Complaint NKT-2026-0001"
    assert ed.uuid == record["uuid"]
    assert not ed.save_button.isEnabled()
    assert ed.tabs.isTabVisible(ed.tabs.indexOf(w(ed, "statusTab")))
    assert "Answer due in 13 days (2026-12-03)" in ed.banner.text()
    assert ed.timeline.rowCount() == 1


def test_editing_a_complaint_updates_it(main_window, session, db, officer, qtbot):
    c = new_complaint(db, officer)
    ed = open_editor(main_window, "complaints", c["uuid"])
    assert ed.windowTitle() == f"Complaint {c['number']}"
    assert not ed.save_button.isEnabled()
    to_end(qtbot, w(ed, "description"))
    qtbot.keyClicks(w(ed, "description"), " Found near the river.")
    choose(ed, "complainantSettlement", next(iter(session.settlements())))
    click(qtbot, ed.save_button)
    after = complaints.get(db, c["uuid"])
    assert after["description"] == "Stolen bicycle Found near the river."
    assert after["complainant"]["settlement"] == next(iter(session.settlements()))
    assert after["revision"] == 2
    assert count(complaints, db) == 1


def test_invalid_complaint_shows_messages_beside_fields_and_saves_nothing(main_window, db, qtbot):
    ed = open_editor(main_window, "complaints")
    choose(ed, "channel", "meeting")
    choose(ed, "category", "property")
    click(qtbot, ed.save_button)
    assert count(complaints, db) == 0
    for path in ("description", "complainant.name", "complainant.sex", "meeting_uuid"):
        label = error_of(ed, path)
        assert label.isVisible(), path
    assert error_of(ed, "description").text() == REQUIRED
    assert error_of(ed, "complainant.name").text() == (
        "Give the complainant, or mark the complaint anonymous."
    )
    assert (
        error_of(ed, "meeting_uuid").text() == "Choose the meeting where the complaint was raised."
    )
    # the message sits right under its field in the form
    form: QFormLayout = w(ed, "complaintGroup").layout()
    row, _ = form.getWidgetPosition(w(ed, "meeting"))
    assert form.itemAt(row + 1, QFormLayout.FieldRole).widget() is error_of(ed, "meeting_uuid")
    assert not error_of(ed, "category").isVisible()
    # fixing the input and saving again clears the messages and stores the complaint
    choose(ed, "channel", "in_person")
    qtbot.keyClicks(w(ed, "description"), "Noise at night")
    w(ed, "anonymous").setChecked(True)
    click(qtbot, ed.save_button)
    assert count(complaints, db) == 1
    assert not error_of(ed, "description").isVisible()
    assert complaints.get(db, ed.uuid)["anonymous"] is True


def test_anonymous_disables_name_and_contact(main_window, db, qtbot):
    ed = open_editor(main_window, "complaints")
    qtbot.keyClicks(w(ed, "complainantName"), "Someone")
    w(ed, "anonymous").setChecked(True)
    assert not w(ed, "complainantName").isEnabled()
    assert not w(ed, "complainantContact").isEnabled()
    choose(ed, "channel", "phone")
    choose(ed, "category", "public_order")
    qtbot.keyClicks(w(ed, "description"), "Fight near the bazaar")
    assert ed.save()
    record = complaints.get(db, ed.uuid)
    assert record["anonymous"] is True
    assert record["complainant"]["name"] is None


def test_status_change_adds_a_timeline_entry(main_window, session, db, officer, qtbot):
    c = new_complaint(db, officer)
    ed = open_editor(main_window, "complaints", c["uuid"])
    ed.tabs.setCurrentWidget(w(ed, "statusTab"))
    offered = [ed.next_status.itemData(i) for i in range(ed.next_status.count())]
    assert offered == [None, *complaints.TRANSITIONS["registered"]]
    assert not ed.apply_status.isEnabled()  # nothing chosen yet

    # resolving needs an outcome: the message shows beside the text, nothing changes
    choose(ed, "nextStatus", "resolved")
    assert ed.status_text_label.text() == "Outcome"
    click(qtbot, ed.apply_status)
    assert ed.status_errors.labels["outcome"].isVisible()
    assert ed.status_errors.labels["outcome"].text() == REQUIRED
    assert complaints.get(db, c["uuid"])["status"] == "registered"

    choose(ed, "nextStatus", "referred")
    assert ed.status_text_label.text() == "Referred to"
    qtbot.keyClicks(ed.status_text, "District social protection office")
    ed.status_date.setDate(QDate(2026, 11, 19))
    click(qtbot, ed.apply_status)

    after = complaints.get(db, c["uuid"])
    assert after["status"] == "referred"
    assert after["referred_to"] == "District social protection office"
    last = after["timeline"][-1]
    assert (last["from_status"], last["to_status"], last["action_on"]) == (
        "registered",
        "referred",
        "2026-11-19",
    )
    assert ed.timeline.rowCount() == 2
    what = ed.timeline.item(1, 2).text()
    assert session.label("complaint_status", "referred") in what
    assert "District social protection office" in what
    assert ed.timeline.item(1, 0).text() == "2026-11-19"
    assert ed.timeline.item(1, 1).text() == officer.full_name
    assert session.label("complaint_status", "referred") in ed.child("currentStatus").text()
    assert not ed.status_errors.labels["outcome"].isVisible()


def test_status_actions_wait_until_edits_are_saved(main_window, db, officer, qtbot):
    c = new_complaint(db, officer)
    ed = open_editor(main_window, "complaints", c["uuid"])
    choose(ed, "nextStatus", "in_progress")
    assert ed.apply_status.isEnabled()
    qtbot.keyClicks(w(ed, "description"), "!")
    assert not ed.apply_status.isEnabled()
    assert not ed.extend_button.isEnabled()
    assert "Save or discard your changes" in ed.apply_status.toolTip()
    assert not ed.status_hint.isHidden()
    assert not ed.apply_status_change()  # refused while there are unsaved edits
    assert complaints.get(db, c["uuid"])["status"] == "registered"
    assert ed.save()
    choose(ed, "nextStatus", "in_progress")
    assert ed.apply_status.isEnabled()
    assert ed.status_hint.isHidden()


def test_deadline_extension_from_the_editor(main_window, db, officer, qtbot):
    c = new_complaint(db, officer)  # received 2026-11-18, due 2026-12-02, at most 2026-12-18
    ed = open_editor(main_window, "complaints", c["uuid"])
    ed.tabs.setCurrentWidget(w(ed, "statusTab"))
    click(qtbot, ed.extend_button)  # no reason given
    assert ed.extend_errors.labels["reason"].text() == REQUIRED
    ed.extend_until.setDate(QDate(2026, 12, 10))
    qtbot.keyClicks(ed.extend_reason, "Waiting for the land commission")
    click(qtbot, ed.extend_button)
    after = complaints.get(db, c["uuid"])
    assert after["due_on"] == "2026-12-10"
    assert after["extension_reason"] == "Waiting for the land commission"
    assert "extended" in ed.banner.text()
    assert "Answer deadline extended" in ed.timeline.item(ed.timeline.rowCount() - 1, 2).text()


def test_closed_complaint_is_read_only_until_reopened(main_window, db, officer, qtbot):
    c = new_complaint(db, officer)
    complaints.change_status(db, officer, c["uuid"], "resolved", outcome="Returned")
    ed = open_editor(main_window, "complaints", c["uuid"])
    assert not w(ed, "complaintGroup").isEnabled()
    assert "closed on 2026-11-20" in ed.banner.text()
    ed.tabs.setCurrentWidget(w(ed, "statusTab"))
    choose(ed, "nextStatus", "in_progress")
    assert ed.status_text_label.text() == "Reason"
    qtbot.keyClicks(ed.status_text, "The owner came back")
    click(qtbot, ed.apply_status)
    assert complaints.get(db, c["uuid"])["status"] == "in_progress"
    assert w(ed, "complaintGroup").isEnabled()


def test_protection_orders_only_for_family_violence(main_window, db, officer, qtbot):
    c = new_complaint(db, officer)
    ed = open_editor(main_window, "complaints", c["uuid"])
    orders_tab = ed.tabs.indexOf(w(ed, "ordersTab"))
    assert not ed.tabs.isTabVisible(orders_tab)
    choose(ed, "category", "family_violence")
    assert ed.tabs.isTabVisible(orders_tab)
    assert not ed.add_order.isEnabled()  # the category change is not saved yet
    click(qtbot, ed.save_button)
    ed.tabs.setCurrentIndex(orders_tab)
    assert ed.add_order.isEnabled()
    ed.order_issued.setDate(QDate(2026, 11, 19))
    ed.order_expires.setDate(QDate(2026, 12, 4))
    qtbot.keyClicks(ed.order_note, "Order No. 12")
    click(qtbot, ed.add_order)
    orders = complaints.get(db, c["uuid"])["protection_orders"]
    assert [(o["issued_on"], o["expires_on"], o["note"]) for o in orders] == [
        ("2026-11-19", "2026-12-04", "Order No. 12")
    ]
    assert ed.orders.rowCount() == 1
    assert ed.orders.item(0, 3).text() == "yes"
    # an order that ends before it starts is refused beside the field
    ed.order_expires.setDate(QDate(2026, 11, 1))
    click(qtbot, ed.add_order)
    assert ed.order_errors.labels["expires_on"].isVisible()
    assert len(complaints.get(db, c["uuid"])["protection_orders"]) == 1
    # back to another category: the section goes away
    choose(ed, "category", "property")
    assert not ed.tabs.isTabVisible(orders_tab)


def test_new_family_violence_complaint_shows_orders_after_saving(main_window, db, qtbot):
    ed = open_editor(main_window, "complaints")
    fill_complaint(qtbot, ed)
    choose(ed, "category", "family_violence")
    assert not ed.tabs.isTabVisible(ed.tabs.indexOf(w(ed, "ordersTab")))
    assert ed.save()
    assert ed.tabs.isTabVisible(ed.tabs.indexOf(w(ed, "ordersTab")))


def test_complaint_raised_at_a_meeting_links_and_opens_it(main_window, db, officer, qtbot):
    m = meetings.create(
        db, officer, {"held_on": "2026-11-10", "venue": "School No. 3", "kind": "public_gathering"}
    )
    ed = open_editor(main_window, "complaints")
    assert w(ed, "meeting").isHidden()
    choose(ed, "channel", "meeting")
    assert w(ed, "meeting").isVisible()
    assert w(ed, "meeting").itemText(1) == "2026-11-10 · School No. 3"
    choose(ed, "meeting", m["uuid"])
    fill_complaint(qtbot, ed)
    choose(ed, "channel", "meeting")
    assert ed.save()
    assert complaints.get(db, ed.uuid)["meeting_uuid"] == m["uuid"]
    click(qtbot, w(ed, "openMeetingButton"))
    opened = [e for e in main_window.editors if e.uuid == m["uuid"]]
    assert len(opened) == 1
    assert opened[0].windowTitle() == "Meeting 2026-11-10 · School No. 3"


# ---------------------------------------------------------------- editor behaviour


def test_save_is_enabled_only_when_something_changed(main_window, db, officer, qtbot):
    c = new_complaint(db, officer)
    ed = open_editor(main_window, "complaints", c["uuid"])
    assert not ed.save_button.isEnabled()
    name = w(ed, "complainantName")
    qtbot.keyClicks(name, "x")
    assert ed.save_button.isEnabled()
    qtbot.keyClick(name, Qt.Key_Backspace)
    assert not ed.save_button.isEnabled()
    w(ed, "complainantSex").setCurrentIndex(w(ed, "complainantSex").findData("female"))
    assert ed.save_button.isEnabled()


def test_double_save_makes_one_record(main_window, db, qtbot):
    ed = open_editor(main_window, "meetings")
    qtbot.keyClicks(w(ed, "venue"), "Mayor's office")
    choose(ed, "kind", "public_gathering")
    real_create = ed.create_fn
    reentered: list[bool] = []

    def create_with_second_click(*args, **kwargs):
        reentered.append(ed.save())  # a second click arriving while the first one saves
        return real_create(*args, **kwargs)

    ed.create_fn = create_with_second_click
    click(qtbot, ed.save_button)
    click(qtbot, ed.save_button)
    assert ed.save() is False
    assert reentered == [False]
    assert count(meetings, db) == 1


def test_closing_with_unsaved_changes_asks_first(main_window, db, no_dialogs, qtbot):
    shown, answers = no_dialogs
    ed = open_editor(main_window, "meetings")
    qtbot.keyClicks(w(ed, "venue"), "Club")
    ed.close()  # no answer queued: Cancel
    assert [s[0] for s in shown] == ["ask_save_discard_cancel"]
    assert ed.isVisible()
    answers.append(dialogs.Answer.DISCARD)
    ed.close()
    assert not ed.isVisible()
    assert len(shown) == 2
    assert count(meetings, db) == 0


def test_closing_and_choosing_save_saves(main_window, db, no_dialogs, qtbot):
    shown, answers = no_dialogs
    ed = open_editor(main_window, "meetings")
    qtbot.keyClicks(w(ed, "venue"), "Club")
    choose(ed, "kind", "lcpc_meeting")
    answers.append(dialogs.Answer.SAVE)
    ed.close()
    assert [s[0] for s in shown] == ["ask_save_discard_cancel"]
    assert not ed.isVisible()
    assert count(meetings, db) == 1


def test_closing_without_changes_does_not_ask(main_window, no_dialogs):
    shown, _ = no_dialogs
    ed = open_editor(main_window, "activities")
    ed.close()
    assert not ed.isVisible()
    assert shown == []


def test_ctrl_s_saves_and_escape_closes(main_window, db, no_dialogs, qtbot):
    shown, _ = no_dialogs
    ed = open_editor(main_window, "activities")
    ed.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ed)
    choose(ed, "kind", "talk")
    qtbot.keyClicks(w(ed, "title"), "Talk at school")
    qtbot.keyClick(ed, Qt.Key_Escape)  # dirty: asks, Cancel keeps it open
    assert shown and shown[-1][0] == "ask_save_discard_cancel"
    assert ed.isVisible()
    qtbot.keyClick(w(ed, "title"), Qt.Key_S, Qt.ControlModifier)
    assert count(activities, db) == 1
    assert not ed.save_button.isEnabled()
    qtbot.keyClick(ed, Qt.Key_Escape)  # nothing unsaved: closes without asking
    assert not ed.isVisible()
    assert len(shown) == 1


def _managed_by_a_layout(widget: QWidget) -> bool:
    def holds(layout) -> bool:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is widget or (item.layout() is not None and holds(item.layout())):
                return True
        return False

    parent = widget.parentWidget()
    return parent is not None and parent.layout() is not None and holds(parent.layout())


@pytest.mark.parametrize("kind", ["complaints", "meetings", "activities", "plans"])
def test_every_error_message_has_its_place_in_the_form(main_window, kind):
    ed = open_editor(main_window, kind)
    labels = [label for label in ed.findChildren(QLabel) if label.objectName().startswith("error_")]
    assert len(labels) >= len(ed.bindings)
    for label in labels:
        assert _managed_by_a_layout(label), label.objectName()
    assert ed.width() <= 1000 and ed.height() <= 700  # fits a 1366×768 screen


# ----------------------------------------------------------------------- meetings


def _type_in_cell(qtbot, table, row: int, col: int, text: str) -> None:
    table.setCurrentCell(row, col)
    table.editItem(table.item(row, col))
    editors = [
        e
        for e in table.viewport().findChildren(QLineEdit, options=Qt.FindDirectChildrenOnly)
        if e.isVisible()
    ]
    assert len(editors) == 1, "no cell editor opened"
    qtbot.keyClicks(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.EditingState)


def test_meeting_with_follow_ups_keeps_their_uuids(main_window, session, db, chief, qtbot):
    reference.partners.create(
        db,
        chief,
        {"kind": "lcpc", "name": {"ky": "Ноокат КААБ", "ru": "ОПЦ Ноокат", "en": "Nookat LCPC"}},
    )
    ed = open_editor(main_window, "meetings")
    assert ed.windowTitle() == "New meeting"
    w(ed, "heldOn").setDate(QDate(2026, 11, 17))
    qtbot.keyClicks(w(ed, "heldAt"), "14:30")
    qtbot.keyClicks(w(ed, "venue"), "Village club")
    choose(ed, "kind", "public_gathering")
    w(ed, "men").setValue(20)
    w(ed, "women").setValue(15)
    w(ed, "youth").setValue(9)
    assert "Total: 35" in w(ed, "attendanceTotal").text()
    check(ed, "topics", "road_safety", "youth")
    partner = next(iter(session.partners()))
    check(ed, "partners", partner)
    qtbot.keyClicks(w(ed, "decisions"), "Speed bumps near the school")

    table = ed.followups
    ed.tabs.setCurrentWidget(w(ed, "followupsTab"))
    click(qtbot, w(ed, "addFollowupButton"))
    _type_in_cell(qtbot, table, 0, 0, "Ask the mayor for speed bumps")
    _type_in_cell(qtbot, table, 0, 1, "Inspector")
    table.cellWidget(0, 2).setCurrentIndex(table.cellWidget(0, 2).findData(partner))
    table.cellWidget(0, 3).setDate(QDate(2026, 12, 1))
    click(qtbot, w(ed, "addFollowupButton"))
    _type_in_cell(qtbot, table, 1, 0, "Talk at the school")
    click(qtbot, w(ed, "addFollowupButton"))  # a third row left blank is not saved
    assert "(3)" in ed.tabs.tabText(ed.tabs.indexOf(w(ed, "followupsTab")))
    click(qtbot, ed.save_button)

    assert count(meetings, db) == 1
    m = meetings.get(db, ed.uuid)
    assert m["held_at"] == "14:30"
    assert m["attendance"] == {"men": 20, "women": 15, "youth": 9}
    assert m["topics"] == ["road_safety", "youth"]
    assert m["partners"] == [partner]
    assert m["decisions"] == "Speed bumps near the school"
    assert [(f["action"], f["responsible"], f["partner"], f["due_on"]) for f in m["followups"]] == [
        ("Ask the mayor for speed bumps", "Inspector", partner, "2026-12-01"),
        ("Talk at the school", None, None, None),
    ]
    uuids = [f["uuid"] for f in m["followups"]]
    assert table.rowCount() == 2

    # mark the first done and save again: same rows updated, no new ones, no tombstones
    table.cellWidget(0, 4).setDate(QDate(2026, 11, 19))
    click(qtbot, ed.save_button)
    again = meetings.get(db, ed.uuid)
    assert [f["uuid"] for f in again["followups"]] == uuids
    assert again["followups"][0]["done_on"] == "2026-11-19"
    rows = db.execute(
        "SELECT uuid, revision, deleted FROM meeting_followups ORDER BY id"
    ).fetchall()
    assert rows == [(uuids[0], 2, 0), (uuids[1], 1, 0)]

    # removing a row soft-deletes just that one
    table.setCurrentCell(1, 0)
    click(qtbot, w(ed, "removeFollowupButton"))
    click(qtbot, ed.save_button)
    rows = db.execute("SELECT uuid, deleted FROM meeting_followups ORDER BY id").fetchall()
    assert rows == [(uuids[0], 0), (uuids[1], 1)]


def test_meeting_youth_above_total_is_refused(main_window, db, qtbot):
    ed = open_editor(main_window, "meetings")
    qtbot.keyClicks(w(ed, "venue"), "Club")
    choose(ed, "kind", "public_gathering")
    w(ed, "men").setValue(3)
    w(ed, "women").setValue(2)
    w(ed, "youth").setValue(8)
    assert "cannot be more than the total" in w(ed, "attendanceTotal").text()
    click(qtbot, ed.save_button)
    assert count(meetings, db) == 0
    label = error_of(ed, "attendance.youth")
    assert label.isVisible()
    assert label.text() == "Youth cannot exceed men and women together (5)."
    assert w(ed, "attendanceTotal").text().startswith("Total: 5")  # said once, not twice
    w(ed, "women").setValue(6)  # the numbers change: the old message goes away
    assert not label.isVisible()
    click(qtbot, ed.save_button)
    assert meetings.get(db, ed.uuid)["attendance"] == {"men": 3, "women": 6, "youth": 8}


def test_follow_up_errors_name_the_row_and_mark_the_cell(main_window, db, qtbot):
    ed = open_editor(main_window, "meetings")
    qtbot.keyClicks(w(ed, "venue"), "Club")
    choose(ed, "kind", "public_gathering")
    ed.tabs.setCurrentWidget(w(ed, "followupsTab"))
    click(qtbot, w(ed, "addFollowupButton"))
    _type_in_cell(qtbot, ed.followups, 0, 1, "Elder")  # responsible but no action
    ed.tabs.setCurrentIndex(0)
    click(qtbot, ed.save_button)
    assert count(meetings, db) == 0
    assert ed.general_error.isVisible()
    assert ed.general_error.text() == f"Follow-up action, row 1 — Action: {REQUIRED}"
    assert ed.followups.item(0, 0).background().color().name() == "#fdecea"
    assert ed.tabs.currentWidget() is w(ed, "followupsTab")  # the error is brought forward
    # the time must be HH:MM
    _type_in_cell(qtbot, ed.followups, 0, 0, "Fix the lights")
    ed.tabs.setCurrentIndex(0)
    qtbot.keyClicks(w(ed, "heldAt"), "9")
    ed.tabs.setCurrentWidget(w(ed, "followupsTab"))
    click(qtbot, ed.save_button)
    assert error_of(ed, "held_at").text() == "Not a valid time: 9 (expected HH:MM)."
    assert ed.tabs.currentWidget() is w(ed, "meetingTab")
    assert ed.followups.item(0, 0).background().style() == Qt.NoBrush
    assert count(meetings, db) == 0
    qtbot.keyClicks(w(ed, "heldAt"), ":30")  # 9:30 is taken as 09:30
    click(qtbot, ed.save_button)
    assert meetings.get(db, ed.uuid)["held_at"] == "09:30"
    assert meetings.get(db, ed.uuid)["followups"][0]["action"] == "Fix the lights"


# --------------------------------------------------------------------- activities


def _plan(db, actor) -> dict:
    return plans.create(
        db,
        actor,
        {
            "title": "Nookat prevention plan",
            "period_from": 2026,
            "period_to": 2027,
            "items": [
                {
                    "objective": "Fewer road accidents",
                    "activity": "Road-safety lessons",
                    "theme": "road_safety",
                    "target": 10,
                },
                {
                    "objective": "Less early marriage",
                    "activity": "Talks with parents",
                    "theme": "early_marriage",
                },
            ],
        },
    )


def test_activity_create_and_edit(main_window, db, officer, qtbot):
    plan = _plan(db, officer)
    item = plan["items"][0]["uuid"]
    ed = open_editor(main_window, "activities")
    assert ed.windowTitle() == "New activity"
    w(ed, "heldOn").setDate(QDate(2026, 11, 16))
    choose(ed, "kind", "school_session")
    qtbot.keyClicks(w(ed, "title"), "Road safety at school No. 2")
    qtbot.keyClicks(w(ed, "targetGroup"), "Grades 5-7")
    w(ed, "men").setValue(30)
    w(ed, "women").setValue(28)
    w(ed, "youth").setValue(58)
    check(ed, "themes", "road_safety")
    choose(ed, "planItem", item)
    w(ed, "cost").setValue(1500.5)
    choose(ed, "fundingSource", "small_grant")
    click(qtbot, ed.save_button)

    rows = activities.list_(db, ListQuery())
    assert len(rows) == 1
    a = activities.get(db, rows[0]["uuid"])
    assert a["held_on"] == "2026-11-16"
    assert a["participants"] == {"men": 30, "women": 28, "youth": 58}
    assert a["themes"] == ["road_safety"]
    assert a["plan_item"] == item
    assert a["cost"] == 1500.5
    assert a["funding_source"] == "small_grant"
    assert ed.windowTitle() == "Activity 2026-11-16 · Road safety at school No. 2"

    qtbot.keyClicks(w(ed, "notes"), "Leaflets given out")
    click(qtbot, ed.save_button)
    a = activities.get(db, a["uuid"])
    assert a["notes"] == "Leaflets given out"
    assert a["revision"] == 2
    assert count(activities, db) == 1


def test_activity_without_kind_is_refused(main_window, db, qtbot):
    ed = open_editor(main_window, "activities")
    qtbot.keyClicks(w(ed, "title"), "Something")
    click(qtbot, ed.save_button)
    assert error_of(ed, "kind").isVisible()
    assert error_of(ed, "kind").text() == REQUIRED
    assert count(activities, db) == 0


# -------------------------------------------------------------------------- plans


def test_plan_create_items_progress_and_uuids(main_window, db, officer, qtbot):
    ed = open_editor(main_window, "plans")
    assert ed.windowTitle() == "New prevention plan"
    qtbot.keyClicks(w(ed, "title"), "Ak-Say prevention plan")
    w(ed, "periodFrom").setValue(2026)
    w(ed, "periodTo").setValue(2028)
    w(ed, "residentsCount").setValue(40)
    ed.tabs.setCurrentWidget(w(ed, "itemsTab"))
    for objective, activity, theme in (
        ("Safer roads", "Road-safety lessons", "road_safety"),
        ("Fewer thefts", "Night patrols with volunteers", "property_crime"),
    ):
        click(qtbot, w(ed, "addItemButton"))
        qtbot.keyClicks(w(ed, "itemObjective"), objective)
        qtbot.keyClicks(w(ed, "itemActivity"), activity)
        choose(ed, "itemTheme", theme)
    w(ed, "itemTarget").setValue(12)
    w(ed, "itemBudget").setValue(25000)
    assert ed.table.item(1, 1).text() == "Night patrols with volunteers"
    click(qtbot, ed.save_button)

    rows = plans.list_(db, ListQuery())
    assert len(rows) == 1
    p = plans.get(db, rows[0]["uuid"])
    assert (p["title"], p["period_from"], p["period_to"], p["residents_count"]) == (
        "Ak-Say prevention plan",
        2026,
        2028,
        40,
    )
    assert [
        (i["activity"], i["theme"], i["target"], i["budget"], i["status"]) for i in p["items"]
    ] == [
        ("Road-safety lessons", "road_safety", 0, 0, "planned"),
        ("Night patrols with volunteers", "property_crime", 12, 25000, "planned"),
    ]
    uuids = [i["uuid"] for i in p["items"]]

    # progress comes from the activities linked to an item
    activities.create(
        db,
        officer,
        {
            "held_on": "2026-11-10",
            "kind": "patrol",
            "participants": {"men": 6, "women": 2},
            "plan_item": uuids[1],
        },
    )
    ed.close()
    ed = open_editor(main_window, "plans", p["uuid"])
    assert ed.table.item(1, 5).text() == "1 activities, 8 participants · target 12"
    ed.table.setCurrentCell(1, 1)
    choose(ed, "itemStatus", "in_progress")
    click(qtbot, ed.save_button)
    again = plans.get(db, p["uuid"])
    assert [i["uuid"] for i in again["items"]] == uuids
    assert again["items"][1]["status"] == "in_progress"
    rows = db.execute("SELECT uuid, revision, deleted FROM plan_items ORDER BY id").fetchall()
    assert rows == [(uuids[0], 1, 0), (uuids[1], 2, 0)]


def test_plan_item_errors_show_in_the_item_form(main_window, db, qtbot):
    ed = open_editor(main_window, "plans")
    qtbot.keyClicks(w(ed, "title"), "Plan")
    ed.tabs.setCurrentWidget(w(ed, "itemsTab"))
    click(qtbot, w(ed, "addItemButton"))
    qtbot.keyClicks(w(ed, "itemObjective"), "Something good")
    ed.tabs.setCurrentWidget(w(ed, "planTab"))
    click(qtbot, ed.save_button)
    assert count(plans, db) == 0
    assert ed.tabs.currentWidget() is w(ed, "itemsTab")
    assert ed.item_error_labels["theme"].isVisible()
    assert ed.item_error_labels["theme"].text() == REQUIRED
    assert ed.item_error_labels["activity"].isVisible()
    assert f"Item 1 — Theme: {REQUIRED}" in ed.general_error.text()
    # the period must run forwards
    qtbot.keyClicks(w(ed, "itemActivity"), "Talks")
    choose(ed, "itemTheme", "youth")
    w(ed, "periodFrom").setValue(2027)
    w(ed, "periodTo").setValue(2026)
    click(qtbot, ed.save_button)
    assert not ed.item_error_labels["theme"].isVisible()
    assert error_of(ed, "period_to").isVisible()
    assert count(plans, db) == 0


# ---------------------------------------------------------------- Unicode input


@pytest.mark.parametrize(
    "name, description",
    [
        ("Ңурбүбү Өмүрзакова", "Кошуна менен жер талашы.\nҮйдүн жанындагы арык."),
        ("Ўғилой Қўзибоева", "Ҳовлида жанжал бўлди, қўшнилар ғазабланди."),
    ],
)
def test_kyrgyz_and_uzbek_text_is_saved_exactly(main_window, db, qtbot, name, description):
    ed = open_editor(main_window, "complaints")
    choose(ed, "channel", "in_person")
    choose(ed, "category", "dispute")
    type_text(w(ed, "complainantName"), name)
    choose(ed, "complainantSex", "female")
    choose(ed, "complainantAgeGroup", "60_plus")
    type_text(w(ed, "description"), description)
    assert ed.save()
    record = complaints.get(db, ed.uuid)
    assert record["complainant"]["name"] == name
    assert record["description"] == description
    ed.close()
    again = open_editor(main_window, "complaints", record["uuid"])
    assert w(again, "complainantName").text() == name
    assert w(again, "description").toPlainText() == description
    assert not again.save_button.isEnabled()
