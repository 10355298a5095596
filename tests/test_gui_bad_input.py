"""Bad input through every record editor: what the officer sees, and that nothing was stored.

Each refused save must show its message beside the field (or in the general error label for
fields without a widget of their own: follow-up rows, plan items), keep the draft in the
form, and leave the database exactly as it was: the same rows in every table, the same
audit log, and for an existing record the same stored record. Input the rules accept
(emoji, zero-width characters, markup) must be stored exactly as given.

Non-ASCII text is put in with setText / setPlainText / paste: QTest key clicks with
non-ASCII characters abort this PySide6 build.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from station_app.gui import dialogs
from station_app.gui.editors.base import NULL_DATE, RecordEditor, plain_text, reveal
from station_app.messages import msg
from station_app.services import activities, complaints, meetings, plans
from station_app.services.validation import LONG_TEXT, SHORT_TEXT, Field, Int, Money

KINDS = ("complaints", "meetings", "activities", "plans")
SERVICES = {
    "complaints": complaints,
    "meetings": meetings,
    "activities": activities,
    "plans": plans,
}
STATES = ("new", "existing")

REQUIRED = msg("required").render("en")
CONTROL_CHARS = msg("control_chars").render("en")
QT_LINE_EDIT_MAX = 32767  # QLineEdit's default maxLength
HUGE = 100_000

POLICE_WOMAN = "\U0001f46e\u200d\u2640\ufe0f"  # 👮‍♀️: four code points, one picture
ZERO_WIDTH = "\u200b"
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "exe.pdf" shows as "fdp.exe"
MARKUP = "<b>x</b> & <para>"


@dataclass(frozen=True)
class Spec:
    one_line: tuple[str, str]  # (widget, field path) of a QLineEdit
    multi_line: tuple[str, str]  # (widget, field path) of a QPlainTextEdit
    required_text: tuple[str, str] | None  # a required text field, if the kind has one
    date: str  # the record's main QDateEdit


SPECS = {
    "complaints": Spec(
        one_line=("complainantName", "complainant.name"),
        multi_line=("description", "description"),
        required_text=("description", "description"),
        date="receivedOn",
    ),
    "meetings": Spec(
        one_line=("venue", "venue"),
        multi_line=("decisions", "decisions"),
        required_text=("venue", "venue"),
        date="heldOn",
    ),
    "activities": Spec(
        one_line=("title", "title"),
        multi_line=("notes", "notes"),
        required_text=None,  # only the kind (a choice) and the date are required
        date="heldOn",
    ),
    "plans": Spec(
        one_line=("title", "title"),
        multi_line=("notes", "notes"),
        required_text=("title", "title"),
        date="approvedOn",
    ),
}


# --------------------------------------------------------------------------- helpers


@pytest.fixture(autouse=True)
def dialogs_shown(monkeypatch) -> Iterator[list[tuple[str, str, str]]]:
    """No modal box may block offscreen: record each one. At teardown the window closes
    with refused drafts still open; its "lose them?" question is answered yes."""
    shown: list[tuple[str, str, str]] = []
    answers = {"ask_yes_no": dialogs.Answer.YES, "ask_save_discard_cancel": dialogs.Answer.DISCARD}

    def record(kind):
        def show(parent, title, text="", *rest, **kw):
            shown.append((kind, title, text))
            return answers.get(kind)

        return show

    for name in ("info", "warning", "error", "ask_yes_no", "ask_save_discard_cancel"):
        monkeypatch.setattr(dialogs, name, record(name))
    for name in ("open_file", "save_file", "choose_dir", "print_setup"):
        monkeypatch.setattr(dialogs, name, record(name))
    yield shown
    assert not [s for s in shown if s[0] == "error"], shown  # no crash box during the test


def db_state(db) -> dict[str, list[tuple]]:
    """Every row of every table (records, children, counters, audit log, search index)."""
    names = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            " ORDER BY name"
        )
    ]
    return {name: db.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}


def assert_nothing_stored(db, before: dict[str, list[tuple]]) -> None:
    after = db_state(db)
    assert {t: len(rows) for t, rows in after.items()} == {
        t: len(rows) for t, rows in before.items()
    }, "row counts changed"
    assert len(after["audit_log"]) == len(before["audit_log"]), "an audit row was written"
    assert after == before, "stored data changed"


def choose(editor: RecordEditor, combo_name: str, code: str | None) -> None:
    combo = editor.child(combo_name)
    index = combo.findData(code)
    assert index >= 0, f"{code} not offered in {combo_name}"
    combo.setCurrentIndex(index)


def put_text(widget: QWidget, text: str) -> None:
    """Replace a text field's content, as selecting all and pasting would."""
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        raise TypeError(type(widget).__name__)


def text_of(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else plain_text(widget)


def paste(widget: QWidget, text: str) -> None:
    """Select all and paste ``text`` from the clipboard (the usual way to get 100,000 chars)."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    widget.selectAll()
    widget.paste()


def fill_valid(editor: RecordEditor, kind: str) -> None:
    """Everything a new record of ``kind`` needs, through the widgets."""
    if kind == "complaints":
        choose(editor, "channel", "phone")
        choose(editor, "category", "property")
        put_text(editor.child("description"), "A cow was stolen from the pasture.")
        put_text(editor.child("complainantName"), "Aibek Toktomushev")
        choose(editor, "complainantSex", "male")
        choose(editor, "complainantAgeGroup", "30_59")
    elif kind == "meetings":
        put_text(editor.child("venue"), "Village club")
        choose(editor, "kind", "public_gathering")
    elif kind == "activities":
        choose(editor, "kind", "talk")
        put_text(editor.child("title"), "Talk at school No. 2")
    elif kind == "plans":
        put_text(editor.child("title"), "Nookat prevention plan")
        put_text(editor.child("notes"), "Agreed at the LCPC meeting.")
    else:
        raise ValueError(kind)


def make_record(db, actor, kind: str) -> dict[str, Any]:
    data: dict[str, dict[str, Any]] = {
        "complaints": {
            "received_on": "2026-11-18",
            "channel": "in_person",
            "category": "property",
            "description": "Stolen bicycle",
            "complainant": {"name": "Aibek", "sex": "male", "age_group": "30_59"},
        },
        "meetings": {"held_on": "2026-11-10", "venue": "School No. 3", "kind": "public_gathering"},
        "activities": {"held_on": "2026-11-12", "kind": "talk", "title": "Talk at the bazaar"},
        "plans": {"title": "Ak-Say plan", "period_from": 2026, "period_to": 2027},
    }
    return SERVICES[kind].create(db, actor, data[kind])


def stored(db, kind: str, uuid: str) -> dict[str, Any]:
    return SERVICES[kind].get(db, uuid)


def value_at(record: dict[str, Any], path: str) -> Any:
    cur: Any = record
    for part in path.split("."):
        cur = cur[part]
    return cur


def open_editor(main_window, kind: str, state: str, db, officer) -> RecordEditor:
    """A new editor filled with valid data, or the editor of a stored record."""
    uuid = make_record(db, officer, kind)["uuid"] if state == "existing" else None
    editor = main_window.open_editor(kind, uuid)
    assert editor.isVisible()
    if uuid is None:
        fill_valid(editor, kind)
    return editor


def activate(qtbot, editor: RecordEditor) -> None:
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)


class Refused:
    """Snapshot before a save that must be refused; ``save`` presses Save and asserts the
    draft is kept and nothing was stored."""

    def __init__(self, editor: RecordEditor, db, kind: str):
        self.editor, self.db, self.kind = editor, db, kind
        self.uuid = editor.uuid
        self.before = db_state(db)
        self.record = stored(db, kind, self.uuid) if self.uuid else None

    def save(self, qtbot) -> None:
        ed = self.editor
        assert ed.save_button.isEnabled(), "the bad input should make the form dirty"
        self.draft = ed.values()
        qtbot.mouseClick(ed.save_button, Qt.LeftButton)
        assert ed.uuid == self.uuid, "a record was created"
        assert ed.values() == self.draft, "the draft was not kept"
        assert ed.isVisible()
        assert ed.save_button.isEnabled(), "the officer can correct and save again"
        assert_nothing_stored(self.db, self.before)
        if self.uuid is not None:
            assert stored(self.db, self.kind, self.uuid) == self.record


def assert_message(editor: RecordEditor, path: str, text: str) -> None:
    label = editor.bindings[path].error
    assert label.text() == text
    assert not label.isHidden(), f"no message for {path}"
    reveal(label)  # a second message may sit on another tab: it shows when that tab is open
    assert label.isVisible(), f"the message for {path} is not on screen"


def huge_text(letter: str) -> str:
    """100,000 characters as pasted from a document: 1,000 lines of 100 (with the newline).
    (One 100,000-character paragraph behaves the same but takes Qt half a second to lay out;
    the complaint description gets that one below.)"""
    text = (letter * 99 + "\n") * 1000
    assert len(text) == HUGE
    return text


# ------------------------------------------------------- empty and whitespace-only


NBSP = "\u00a0"
BLANKS = ("", "   ", f" \t {NBSP}\u3000 ")  # empty, spaces, tab / no-break / ideographic space


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("kind", ["complaints", "meetings", "plans"])
def test_empty_or_whitespace_required_text_is_refused_beside_the_field(
    main_window, db, officer, qtbot, kind, state
):
    ed = open_editor(main_window, kind, state, db, officer)
    widget_name, path = SPECS[kind].required_text
    widget = ed.child(widget_name)
    refused = Refused(ed, db, kind)
    blanks = BLANKS + ((" \n\t\n  \n",) if isinstance(widget, QPlainTextEdit) else ())
    for value in blanks:
        put_text(widget, value)
        refused.save(qtbot)
        assert_message(ed, path, REQUIRED)
        assert ed.focusWidget() is widget  # the cursor is put where the fix is needed
        assert text_of(widget) == value  # what was typed stays for the officer to fix


@pytest.mark.parametrize("state", STATES)
def test_whitespace_only_complainant_name_asks_for_a_name(main_window, db, officer, qtbot, state):
    ed = open_editor(main_window, "complaints", state, db, officer)
    refused = Refused(ed, db, "complaints")
    put_text(ed.child("complainantName"), "    ")
    refused.save(qtbot)
    assert_message(ed, "complainant.name", msg("anonymous_or_complainant").render("en"))


@pytest.mark.parametrize("state", STATES)
def test_activity_without_its_kind_is_refused(main_window, db, officer, qtbot, state):
    ed = open_editor(main_window, "activities", state, db, officer)
    refused = Refused(ed, db, "activities")
    ed.child("kind").setCurrentIndex(0)  # "— choose —"
    refused.save(qtbot)
    assert_message(ed, "kind", REQUIRED)


def test_whitespace_only_optional_text_is_stored_as_empty(main_window, db, qtbot):
    """An optional field holding only spaces is not a value: it is stored as empty (NULL)."""
    ed = main_window.open_editor("activities", None)
    fill_valid(ed, "activities")
    put_text(ed.child("title"), "   ")
    put_text(ed.child("notes"), " \n \t ")
    assert ed.save()
    record = stored(db, "activities", ed.uuid)
    assert record["title"] is None
    assert record["notes"] is None


def add_plan_item(qtbot, ed: RecordEditor, objective: str, activity: str, theme: str) -> None:
    ed.tabs.setCurrentWidget(ed.child("itemsTab"))
    qtbot.mouseClick(ed.child("addItemButton"), Qt.LeftButton)
    put_text(ed.child("itemObjective"), objective)
    put_text(ed.child("itemActivity"), activity)
    choose(ed, "itemTheme", theme)


def test_whitespace_only_plan_item_text_is_refused_in_the_item_form(main_window, db, qtbot):
    ed = main_window.open_editor("plans", None)
    fill_valid(ed, "plans")
    add_plan_item(qtbot, ed, " \n  ", "Road-safety lessons", "road_safety")
    ed.tabs.setCurrentWidget(ed.child("planTab"))
    refused = Refused(ed, db, "plans")
    refused.save(qtbot)
    assert ed.tabs.currentWidget() is ed.child("itemsTab")  # the error is brought forward
    label = ed.item_error_labels["objective"]
    assert label.isVisible()
    assert label.text() == REQUIRED
    objective = ed.child("itemObjectiveLabel").text()
    assert ed.general_error.text() == f"Item 1 — {objective}: {REQUIRED}"


# ------------------------------------------------------------ 100,000 characters


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("kind", KINDS)
def test_100000_characters_are_refused_with_a_clear_message(
    main_window, db, officer, qtbot, kind, state
):
    """A QPlainTextEdit takes all 100,000 characters; the service refuses them ("at most
    20000"). A QLineEdit keeps at most 32,767 (Qt's default maxLength) and drops the rest
    without a word; the service then refuses those with "at most 300", so the officer is
    told clearly, though the count in the message is the 32,767 the field holds."""
    ed = open_editor(main_window, kind, state, db, officer)
    (one_name, one_path), (multi_name, multi_path) = SPECS[kind].one_line, SPECS[kind].multi_line
    one: QLineEdit = ed.child(one_name)
    multi: QPlainTextEdit = ed.child(multi_name)
    assert one.maxLength() == QT_LINE_EDIT_MAX
    refused = Refused(ed, db, kind)
    paste(multi, huge_text("Ж"))
    paste(one, "a" * HUGE)
    assert len(multi.toPlainText()) == HUGE
    assert len(one.text()) == QT_LINE_EDIT_MAX
    refused.save(qtbot)
    assert_message(ed, multi_path, msg("too_long", max=LONG_TEXT, got=HUGE).render("en"))
    assert_message(ed, one_path, msg("too_long", max=SHORT_TEXT, got=QT_LINE_EDIT_MAX).render("en"))
    assert "at most 300 characters" in ed.bindings[one_path].error.text()
    assert len(multi.toPlainText()) == HUGE  # the draft is kept, to be shortened


def test_100000_characters_in_one_paragraph(main_window, db, qtbot):
    ed = main_window.open_editor("complaints", None)
    fill_valid(ed, "complaints")
    refused = Refused(ed, db, "complaints")
    paste(ed.child("description"), "ж" * HUGE)
    refused.save(qtbot)
    assert_message(ed, "description", msg("too_long", max=LONG_TEXT, got=HUGE).render("en"))


def test_100000_characters_in_a_plan_item(main_window, db, qtbot):
    ed = main_window.open_editor("plans", None)
    fill_valid(ed, "plans")
    add_plan_item(qtbot, ed, "Safer roads", "Talks", "youth")
    paste(ed.child("itemObjective"), huge_text("Ө"))
    paste(ed.child("itemResponsible"), "b" * HUGE)
    refused = Refused(ed, db, "plans")
    refused.save(qtbot)
    assert ed.item_error_labels["objective"].isVisible()
    assert ed.item_error_labels["objective"].text() == (
        msg("too_long", max=2000, got=HUGE).render("en")
    )
    assert ed.item_error_labels["responsible"].isVisible()
    assert ed.item_error_labels["responsible"].text() == (
        msg("too_long", max=SHORT_TEXT, got=QT_LINE_EDIT_MAX).render("en")
    )
    assert ed.general_error.text().startswith("Item 1 — ")
    assert len(ed.child("itemObjective").toPlainText()) == HUGE


# ----------------------------------------------------- bidi override, emoji, markup


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("kind", KINDS)
def test_right_to_left_override_is_refused(main_window, db, officer, qtbot, kind, state):
    ed = open_editor(main_window, kind, state, db, officer)
    (one_name, one_path), (multi_name, multi_path) = SPECS[kind].one_line, SPECS[kind].multi_line
    refused = Refused(ed, db, kind)
    one_text, multi_text = f"Receipt {RLO}fdp.exe", f"Paid.\nReceipt {RLO}fdp.exe\n"
    put_text(ed.child(one_name), one_text)
    put_text(ed.child(multi_name), multi_text)
    refused.save(qtbot)
    assert_message(ed, one_path, CONTROL_CHARS)
    assert_message(ed, multi_path, CONTROL_CHARS)
    assert text_of(ed.child(one_name)) == one_text
    assert text_of(ed.child(multi_name)) == multi_text


def test_right_to_left_override_in_a_follow_up_row_names_the_row(main_window, db, qtbot):
    ed = main_window.open_editor("meetings", None)
    fill_valid(ed, "meetings")
    ed.tabs.setCurrentWidget(ed.child("followupsTab"))
    qtbot.mouseClick(ed.child("addFollowupButton"), Qt.LeftButton)
    ed.followups.item(0, 0).setText(f"Call {RLO}rojam eht")
    ed.tabs.setCurrentIndex(0)
    refused = Refused(ed, db, "meetings")
    refused.save(qtbot)
    assert ed.general_error.isVisible()
    assert ed.general_error.text() == f"Follow-up action, row 1 — Action: {CONTROL_CHARS}"
    assert ed.followups.item(0, 0).toolTip() == CONTROL_CHARS
    assert ed.tabs.currentWidget() is ed.child("followupsTab")


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("kind", KINDS)
def test_emoji_and_zero_width_characters_are_stored_exactly(
    main_window, db, officer, qtbot, kind, state
):
    ed = open_editor(main_window, kind, state, db, officer)
    spec = SPECS[kind]
    one = f"{POLICE_WOMAN} Айгүл{ZERO_WIDTH}Токтогулова"
    many = (
        f"{POLICE_WOMAN}{POLICE_WOMAN} line one\n"
        f"zero{ZERO_WIDTH}width{ZERO_WIDTH}\n"
        "\u200c\u200d end"  # zero-width non-joiner and joiner
    )
    put_text(ed.child(spec.one_line[0]), one)
    put_text(ed.child(spec.multi_line[0]), many)
    assert ed.save(), ed.general_error.text()
    record = stored(db, kind, ed.uuid)
    assert value_at(record, spec.one_line[1]) == one
    assert value_at(record, spec.multi_line[1]) == many
    assert [hex(ord(c)) for c in value_at(record, spec.one_line[1])[:5]] == [
        "0x1f46e",
        "0x200d",
        "0x2640",
        "0xfe0f",
        "0x20",
    ]
    uuid = ed.uuid
    ed.close()
    again = main_window.open_editor(kind, uuid)
    assert text_of(again.child(spec.one_line[0])) == one
    assert text_of(again.child(spec.multi_line[0])) == many
    assert not again.save_button.isEnabled()  # shown exactly as stored: nothing "changed"


def test_no_break_space_is_kept_in_one_line_text(main_window, db, qtbot):
    ed = main_window.open_editor("meetings", None)
    fill_valid(ed, "meetings")
    put_text(ed.child("venue"), f"School{NBSP}No.{NBSP}3")
    assert ed.save()
    assert stored(db, "meetings", ed.uuid)["venue"] == f"School{NBSP}No.{NBSP}3"


def test_no_break_space_is_kept_in_multi_line_text(main_window, db, qtbot):
    """QPlainTextEdit.toPlainText() would turn U+00A0 into a plain space; the editors read
    the raw text, so '10 000 som' pasted from a document keeps its no-break space."""
    ed = main_window.open_editor("meetings", None)
    fill_valid(ed, "meetings")
    put_text(ed.child("decisions"), f"Fund 10{NBSP}000 som\nsecond line")
    assert ed.save()
    assert stored(db, "meetings", ed.uuid)["decisions"] == f"Fund 10{NBSP}000 som\nsecond line"


@pytest.mark.parametrize("kind", KINDS)
def test_markup_is_stored_and_shown_literally(main_window, db, qtbot, kind):
    ed = main_window.open_editor(kind, None)
    fill_valid(ed, kind)
    spec = SPECS[kind]
    put_text(ed.child(spec.one_line[0]), MARKUP)
    put_text(ed.child(spec.multi_line[0]), f"{MARKUP}\n<script>alert(1)</script> &amp;")
    assert ed.save(), ed.general_error.text()
    record = stored(db, kind, ed.uuid)
    assert value_at(record, spec.one_line[1]) == MARKUP
    assert value_at(record, spec.multi_line[1]) == f"{MARKUP}\n<script>alert(1)</script> &amp;"
    column = {"complaints": "complainant_name"}.get(kind, spec.one_line[1])
    row = db.execute(f"SELECT {column} FROM {kind} WHERE uuid = ?", [ed.uuid]).fetchone()
    assert row == (MARKUP,)  # the column itself: not escaped, not stripped
    uuid = ed.uuid
    ed.close()
    again = main_window.open_editor(kind, uuid)
    assert text_of(again.child(spec.one_line[0])) == MARKUP
    if kind in ("meetings", "plans"):  # the title names the record by this text
        assert MARKUP in again.windowTitle()


# ---------------------------------------------------------------------- dates


def type_into(qtbot, widget: QAbstractSpinBox, text: str, away: QWidget) -> str:
    """Select all, type ``text``, then leave the field; returns what it showed while typing."""
    widget.setFocus()
    assert widget.hasFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    shown = widget.text()
    away.setFocus()  # leaving the field fixes up an unfinished entry
    return shown


@pytest.mark.parametrize("kind", KINDS)
def test_february_30_cannot_be_typed_into_a_date(main_window, db, qtbot, kind):
    """Qt refuses the keystroke that would make 2026-02-30: the '0' after '3' in the day is
    not taken, so typing 2026-02-30 leaves 2026-02-03 (a valid date, shown to the officer).
    That valid date is what gets stored; no invalid date can reach the database."""
    ed = main_window.open_editor(kind, None)
    fill_valid(ed, kind)
    activate(qtbot, ed)
    edit: QDateEdit = ed.child(SPECS[kind].date)
    away = ed.child(SPECS[kind].one_line[0])
    # typing 30 over the day of 2026-02-28 is refused: the date stays 2026-02-28
    # (an optional date must hold a date to be typed into: see the xfail test below)
    edit.setDate(QDate(2026, 2, 28))
    edit.setFocus()
    edit.setCurrentSection(QDateTimeEdit.DaySection)
    qtbot.keyClicks(edit, "30")
    away.setFocus()
    assert edit.date() == QDate(2026, 2, 28)
    shown = type_into(qtbot, edit, "2026-02-30", away=away)
    assert shown == "2026-02-03"
    assert edit.date() == QDate(2026, 2, 3)
    assert edit.date().isValid()
    # setting an impossible QDate is ignored: the widget keeps its valid date
    edit.setDate(QDate(2026, 2, 30))
    assert edit.date() == QDate(2026, 2, 3)
    assert ed.save(), ed.general_error.text()
    column = {"complaints": "received_on", "plans": "approved_on"}.get(kind, "held_on")
    (value,) = db.execute(f"SELECT {column} FROM {kind} WHERE uuid = ?", [ed.uuid]).fetchone()
    assert value == "2026-02-03"
    for (text,) in db.execute(f"SELECT {column} FROM {kind} WHERE {column} IS NOT NULL"):
        date.fromisoformat(text)  # every stored date is a real date


def test_an_impossible_date_typed_into_a_blank_optional_date(main_window, db, qtbot):
    """Typing into a blank optional date behaves as in a required one: 2026-02-30 is not
    taken (the '0' after '3' is refused), the valid 2026-02-03 is shown and stored."""
    ed = main_window.open_editor("plans", None)
    fill_valid(ed, "plans")
    activate(qtbot, ed)
    edit: QDateEdit = ed.child("approvedOn")
    assert edit.date() == NULL_DATE
    assert type_into(qtbot, edit, "2026-02-30", away=ed.child("title")) == "2026-02-03"
    assert ed.save()
    assert stored(db, "plans", ed.uuid)["approved_on"] == "2026-02-03"


def test_a_valid_date_can_be_typed_into_a_blank_optional_date(main_window, db, qtbot):
    ed = main_window.open_editor("plans", None)
    fill_valid(ed, "plans")
    activate(qtbot, ed)
    edit: QDateEdit = ed.child("approvedOn")
    type_into(qtbot, edit, "2026-02-28", away=ed.child("title"))
    assert edit.date() == QDate(2026, 2, 28)
    assert ed.save()
    assert stored(db, "plans", ed.uuid)["approved_on"] == "2026-02-28"


def test_an_optional_date_can_be_made_blank_again(main_window, db, qtbot):
    ed = main_window.open_editor("plans", None)
    fill_valid(ed, "plans")
    activate(qtbot, ed)
    edit: QDateEdit = ed.child("approvedOn")
    type_into(qtbot, edit, "2026-02-28", away=ed.child("title"))
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_Delete)
    assert edit.date() == NULL_DATE and edit.text().strip() == ""
    assert ed.save()
    assert stored(db, "plans", ed.uuid)["approved_on"] is None


# ----------------------------------------------------------------------- time


@pytest.mark.parametrize("state", STATES)
def test_impossible_meeting_time_gets_a_message(main_window, db, officer, qtbot, state):
    """The time box lets only digits and a colon through; the service checks the time."""
    ed = open_editor(main_window, "meetings", state, db, officer)
    held_at: QLineEdit = ed.child("heldAt")
    refused = Refused(ed, db, "meetings")
    for typed in ("25:99", "24:00", "12:60", "99", "1:2"):
        held_at.clear()
        qtbot.keyClicks(held_at, typed)  # ASCII: real key presses through the validator
        assert held_at.text() == typed
        refused.save(qtbot)
        assert_message(ed, "held_at", msg("bad_time", value=typed).render("en"))


def test_letters_cannot_be_typed_into_the_meeting_time(main_window, db, qtbot):
    ed = main_window.open_editor("meetings", None)
    fill_valid(ed, "meetings")
    held_at: QLineEdit = ed.child("heldAt")
    qtbot.keyClicks(held_at, "9a:b3x0-")
    assert held_at.text() == "9:30"
    assert ed.save()
    assert stored(db, "meetings", ed.uuid)["held_at"] == "09:30"


# -------------------------------------------------------------------- numbers


def service_limits(fields: list[Field], path: str) -> tuple[float, float]:
    field = next(f for f in fields if f.path == path)
    if isinstance(field.type, Int):
        return field.type.min, field.type.max
    assert isinstance(field.type, Money)
    return 0, field.type.max_som


# widget -> (fields, path, what typing "-5" leaves, what typing 123456789012 leaves)
NUMBER_FIELDS = {
    "meetings": {
        "men": (meetings.FIELDS, "attendance.men", 5, 12345),
        "women": (meetings.FIELDS, "attendance.women", 5, 12345),
        "youth": (meetings.FIELDS, "attendance.youth", 5, 12345),
    },
    "activities": {
        "men": (activities.FIELDS, "participants.men", 5, 12345),
        "women": (activities.FIELDS, "participants.women", 5, 12345),
        "youth": (activities.FIELDS, "participants.youth", 5, 12345),
        "cost": (activities.FIELDS, "cost", 0.0, 12345678.0),
    },
    "plans": {
        "periodFrom": (plans.FIELDS, "period_from", 2026, 2026),  # unfinished: reverts
        "periodTo": (plans.FIELDS, "period_to", 2026, 2026),
        "residentsCount": (plans.FIELDS, "residents_count", 5, 12345),
        "itemTarget": (plans.ITEM_FIELDS, "target", 5, 12345),
        "itemBudget": (plans.ITEM_FIELDS, "budget", 0.0, 12345678.0),
    },
}


def test_the_complaint_editor_has_no_number_fields(main_window):
    ed = main_window.open_editor("complaints", None)
    spins = ed.findChildren(QAbstractSpinBox)
    assert spins and all(isinstance(s, QDateEdit) for s in spins)


@pytest.mark.parametrize("kind", ["meetings", "activities", "plans"])
def test_number_fields_refuse_negative_and_huge_numbers(main_window, db, qtbot, kind):
    """Spin boxes hold exactly the service's range. A typed minus sign is refused (so "-5"
    leaves 5, or the old value where 5 is below the minimum), digits that would pass the
    maximum are refused as they are typed, and values set beyond the range are clamped.
    The maximum itself is accepted by the service, so the limits agree."""
    ed = main_window.open_editor(kind, None)
    fill_valid(ed, kind)
    if kind == "plans":  # the item fields need an item
        add_plan_item(qtbot, ed, "Safer roads", "Road-safety lessons", "road_safety")
    activate(qtbot, ed)
    away = ed.buttons.button(QDialogButtonBox.Close)  # always on screen and enabled
    for name, (fields, path, after_minus, after_huge) in NUMBER_FIELDS[kind].items():
        spin = ed.child(name)
        assert isinstance(spin, QSpinBox | QDoubleSpinBox)
        assert (spin.minimum(), spin.maximum()) == service_limits(fields, path), name
        reveal(spin)
        type_into(qtbot, spin, "-5", away=away)
        assert "-" not in spin.text(), name
        assert spin.value() == after_minus, name
        type_into(qtbot, spin, "123456789012", away=away)
        assert spin.value() == after_huge, name
        spin.setValue(-5)
        assert spin.value() == spin.minimum(), name
        spin.setValue(2**31 - 1 if isinstance(spin, QSpinBox) else 1e15)
        assert spin.value() == spin.maximum(), name
    assert ed.save(), ed.general_error.text() + str(
        {p: b.error.text() for p, b in ed.bindings.items() if b.error.text()}
    )
    record = stored(db, kind, ed.uuid)
    if kind == "meetings":
        assert record["attendance"] == {"men": 100_000, "women": 100_000, "youth": 100_000}
    elif kind == "activities":
        assert record["participants"] == {"men": 100_000, "women": 100_000, "youth": 100_000}
        assert record["cost"] == 100_000_000
    else:
        assert (record["period_from"], record["period_to"]) == (2100, 2100)
        assert record["residents_count"] == 100_000
        assert (record["items"][0]["target"], record["items"][0]["budget"]) == (
            100_000,
            100_000_000,
        )
