"""The dashboard, settings and plans pages, with real widgets over a per-test database.

Today is pinned to 2026-11-20 (a Friday) by conftest, so "this month" is November 2026 and
"the next 7 days" run to 2026-11-27. Records are made through the services.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from station_app.gui import dialogs, i18n, tasks
from station_app.gui.pages import settings_page as settings_module
from station_app.gui.pages.list_page import ListPage
from station_app.gui.session import Session
from station_app.services import activities, complaints, meetings, plans, reference
from station_app.services import dashboard as dash
from station_app.services import settings as settings_service
from station_app.store import backup, open_db

MONTH = {"date_from": "2026-11-01", "date_to": "2026-11-30"}


def complaint(db, actor, received_on, category="property", **over):
    data = {
        "received_on": received_on,
        "channel": "in_person",
        "category": category,
        "description": "Арыз",
        "anonymous": True,
    }
    return complaints.create(db, actor, data | over)


@pytest.fixture
def records(db, officer):
    """A small station month: overdue, due-this-week, resolved, deleted, a plan."""
    made = {
        # received 02 Nov, due 16 Nov: overdue
        "late_fv": complaint(db, officer, "2026-11-02", "family_violence"),
        # received 01 Oct, due 15 Oct: overdue, received last month
        "late_old": complaint(db, officer, "2026-10-01", "dispute"),
        # received 10 Nov, due 24 Nov: due this week
        "due": complaint(db, officer, "2026-11-10", "property"),
        # received 15 Nov, due 29 Nov: neither
        "later": complaint(db, officer, "2026-11-15", "property"),
        # received 03 Nov, resolved 18 Nov
        "resolved": complaint(db, officer, "2026-11-03", "public_order"),
        # deleted: never counts (it would be overdue)
        "deleted": complaint(db, officer, "2026-11-01", "property"),
    }
    complaints.change_status(
        db, officer, made["resolved"]["uuid"], "resolved", outcome="Сүйлөшүлдү", on="2026-11-18"
    )
    complaints.delete(db, officer, made["deleted"]["uuid"])
    complaints.add_protection_order(
        db, officer, made["late_fv"]["uuid"], issued_on="2026-11-05", expires_on="2026-11-25"
    )
    made["meeting"] = meetings.create(
        db,
        officer,
        {
            "held_on": "2026-11-05",
            "venue": "Мектеп",
            "kind": "public_gathering",
            "attendance": {"men": 10, "women": 12},
            "topics": ["youth"],
            "followups": [
                {"action": "Көчө жарыгы", "due_on": "2026-11-10"},
                {"action": "Мектепке чалуу", "due_on": "2026-11-23"},
                {"action": "Бүттү", "due_on": "2026-11-12", "done_on": "2026-11-12"},
            ],
        },
    )
    made["old_meeting"] = meetings.create(
        db,
        officer,
        {
            "held_on": "2026-10-20",
            "venue": "Клуб",
            "kind": "lcpc_meeting",
            "attendance": {"men": 3, "women": 4},
        },
    )
    made["plan"] = plans.create(
        db,
        officer,
        {
            "title": "Ноокат планы 2026",
            "period_from": 2026,
            "period_to": 2026,
            "items": [
                {
                    "objective": "Жол",
                    "activity": "Мектептерде сабак",
                    "theme": "road_safety",
                    "deadline": "2026-11-01",
                    "target": 10,
                },
                {
                    "objective": "Жаштар",
                    "activity": "Спорт кечеси",
                    "theme": "youth",
                    "deadline": "2026-11-26",
                },
                {
                    "objective": "Бүттү",
                    "activity": "Буклет",
                    "theme": "other",
                    "deadline": "2026-10-01",
                    "status": "done",
                },
            ],
        },
    )
    item = made["plan"]["items"][0]["uuid"]
    made["talk"] = activities.create(
        db,
        officer,
        {
            "held_on": "2026-11-12",
            "kind": "talk",
            "themes": ["youth", "road_safety"],
            "participants": {"men": 5, "women": 7},
            "plan_item": item,
        },
    )
    made["patrol"] = activities.create(
        db,
        officer,
        {
            "held_on": "2026-11-14",
            "kind": "patrol",
            "themes": ["youth"],
            "participants": {"men": 2, "women": 0},
        },
    )
    gone = activities.create(
        db,
        officer,
        {
            "held_on": "2026-11-15",
            "kind": "talk",
            "themes": ["youth"],
            "participants": {"men": 50, "women": 50},
        },
    )
    activities.delete(db, officer, gone["uuid"])
    gone = meetings.create(
        db,
        officer,
        {
            "held_on": "2026-11-06",
            "venue": "Ката",
            "kind": "other",
            "attendance": {"men": 100, "women": 100},
            "followups": [{"action": "Ката", "due_on": "2026-11-07"}],
        },
    )
    meetings.delete(db, officer, gone["uuid"])
    return made


def wait_tasks(qtbot) -> None:
    tasks.wait_all()
    qtbot.wait(20)


# ------------------------------------------------------------------- the service


def test_dashboard_queries_match_independent_sql(db, records):
    sql = db.execute
    counts = dash.month_counts(db)
    assert counts == {
        "complaints_received": sql(
            "SELECT count(*) FROM complaints WHERE deleted = 0"
            " AND substr(received_on, 1, 7) = '2026-11'"
        ).fetchone()[0],
        "complaints_resolved": 1,
        "meetings": 1,
        "meeting_men": 10,
        "meeting_women": 12,
        "activities": 2,
        "activity_men": 7,
        "activity_women": 7,
    }
    assert counts["complaints_received"] == 4  # the deleted one does not count

    rows, total = dash.overdue_complaints(db)
    assert (
        total
        == sql(
            "SELECT count(*) FROM complaints WHERE deleted = 0 AND status NOT IN"
            " ('resolved', 'dismissed') AND due_on < '2026-11-20'"
        ).fetchone()[0]
        == 2
    )
    assert [r["number"] for r in rows] == [
        records["late_old"]["number"],
        records["late_fv"]["number"],
    ]
    assert rows[1]["days_overdue"] == 4
    assert dash.overdue_complaints(db, limit=1)[1] == 2  # the total is not the page size

    followups, n = dash.overdue_followups(db)
    assert n == 1 and followups[0]["action"] == "Көчө жарыгы"
    items, n = dash.overdue_plan_items(db)
    assert n == 1 and items[0]["activity"] == "Мектептерде сабак"

    due = dash.due_this_week(db)
    assert [(r["kind"], r["due_on"]) for r in due] == [
        ("followup", "2026-11-23"),
        ("complaint", "2026-11-24"),
        ("order", "2026-11-25"),
        ("plan_item", "2026-11-26"),
    ]

    month = dash.month_period()
    assert month == dash.Period("2026-11-01", "2026-11-30")
    assert dash.last_12_months_period() == dash.Period("2025-12-01", "2026-11-30")
    assert dash.complaints_by_category(db, month) == dict(
        sql(
            "SELECT category, count(*) FROM complaints WHERE deleted = 0"
            " AND received_on BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY category"
        ).fetchall()
    )
    assert dash.complaints_by_category(db, month)["property"] == 2
    assert dash.complaints_by_status(db, month) == {"registered": 3, "resolved": 1}
    assert dash.activities_by_theme(db, month) == {"youth": 2, "road_safety": 1}
    assert dash.attendance_by_sex(db, month) == {
        "meetings": {"men": 10, "women": 12},
        "activities": {"men": 7, "women": 7},
    }
    year = dash.last_12_months_period()
    assert dash.attendance_by_sex(db, year)["meetings"] == {"men": 13, "women": 16}


def test_extended_protection_order_counts_at_its_new_end(db, officer, records):
    order = complaints.get(db, records["late_fv"]["uuid"])["protection_orders"][0]
    complaints.extend_protection_order(db, officer, order["uuid"], "2026-12-20", "Кайра")
    assert "order" not in {r["kind"] for r in dash.due_this_week(db)}


# ------------------------------------------------------------------ the dashboard


def test_dashboard_shows_counts_and_lists(qtbot, main_window, records):
    page = fresh(qtbot, main_window.pages["dashboard"])
    assert page.card_received.value.text() == "4"
    assert page.card_resolved.value.text() == "1"
    assert page.card_overdue.value.text() == "2"
    assert page.card_meetings.value.text() == "1"
    assert "10" in page.card_meetings.detail.text() and "12" in page.card_meetings.detail.text()
    assert page.card_activities.value.text() == "2"
    overdue = [page.overdue_list.item(i).text() for i in range(page.overdue_list.count())]
    assert any(records["late_fv"]["number"] in t for t in overdue)
    assert any(records["late_old"]["number"] in t for t in overdue)
    assert not any(records["deleted"]["number"] in t for t in overdue)
    assert any("Көчө жарыгы" in t for t in overdue)
    assert any("Мектептерде сабак" in t for t in overdue)
    due = [page.due_list.item(i).text() for i in range(page.due_list.count())]
    assert len(due) == 4
    assert "2026-11-24" in due[1] and records["due"]["number"] in due[1]
    assert "protection order ends" in due[2] and records["late_fv"]["number"] in due[2]
    # the charts hold the same numbers
    chart = page.chart_category
    values = {page.category_codes[i]: chart.sets[0].at(i) for i in range(len(chart.categories))}
    assert values == {"property": 2.0, "family_violence": 1.0, "public_order": 1.0}


def fresh(qtbot, page):
    """Refresh the dashboard and wait for its figures (read in a pool thread)."""
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def click_item(qtbot, widget, item) -> None:
    widget.scrollToItem(item)
    rect = widget.visualItemRect(item)
    qtbot.mouseClick(widget.viewport(), Qt.LeftButton, pos=rect.center())


def list_numbers(page: ListPage) -> list[str]:
    return sorted(page.model.row(i)["number"] for i in range(page.model.rowCount()))


def test_overdue_entries_open_the_filtered_list(qtbot, main_window, records):
    page = fresh(qtbot, main_window.pages["dashboard"])
    header = page.overdue_list.item(0)
    assert "Complaints past the answer deadline: 2" in header.text()
    click_item(qtbot, page.overdue_list, header)
    listing = main_window.stack.currentWidget()
    assert listing is main_window.pages["complaints"]
    assert listing.current_query().filters == {"overdue": True}
    assert listing.overdue.isChecked()
    assert list_numbers(listing) == sorted(
        [records["late_fv"]["number"], records["late_old"]["number"]]
    )

    main_window.show_page("dashboard")
    number = records["late_fv"]["number"]
    entry = next(
        page.overdue_list.item(i)
        for i in range(page.overdue_list.count())
        if page.overdue_list.item(i).text().startswith(number)
    )
    click_item(qtbot, page.overdue_list, entry)
    listing = main_window.stack.currentWidget()
    assert listing.current_query().search == number
    assert list_numbers(listing) == [number]

    main_window.show_page("dashboard")
    followup = next(
        page.overdue_list.item(i)
        for i in range(page.overdue_list.count())
        if "Көчө жарыгы" in page.overdue_list.item(i).text()
    )
    click_item(qtbot, page.overdue_list, followup)
    meetings_page = main_window.stack.currentWidget()
    assert meetings_page is main_window.pages["meetings"]
    assert meetings_page.current_query().filters == {
        "date_from": "2026-11-05",
        "date_to": "2026-11-05",
    }
    assert [meetings_page.model.row(0)["uuid"]] == [records["meeting"]["uuid"]]


def test_cards_open_this_months_lists(qtbot, main_window, records):
    page = main_window.pages["dashboard"]
    qtbot.mouseClick(page.card_activities, Qt.LeftButton)
    listing = main_window.stack.currentWidget()
    assert listing is main_window.pages["activities"]
    assert listing.current_query().filters == MONTH
    assert listing.model.total == 2


def test_chart_bars_open_the_filtered_list(qtbot, main_window, db, records):
    page = fresh(qtbot, main_window.pages["dashboard"])
    i = page.category_codes.index("property")
    page.chart_category.sets[0].clicked.emit(i)
    listing = main_window.stack.currentWidget()
    assert listing is main_window.pages["complaints"]
    assert listing.current_query().filters == {"category": "property", **MONTH}
    expected = [
        r[0]
        for r in db.execute(
            "SELECT number FROM complaints WHERE deleted = 0 AND category = 'property'"
            " AND received_on BETWEEN '2026-11-01' AND '2026-11-30' ORDER BY number"
        )
    ]
    assert (
        list_numbers(listing)
        == expected
        == sorted([records["due"]["number"], records["later"]["number"]])
    )

    main_window.show_page("dashboard")
    page.chart_status.sets[0].clicked.emit(page.status_codes.index("resolved"))
    listing = main_window.stack.currentWidget()
    assert listing.current_query().filters == {"status": "resolved", **MONTH}
    assert list_numbers(listing) == [records["resolved"]["number"]]

    main_window.show_page("dashboard")
    page.period_combo.setCurrentIndex(page.period_combo.findData("year"))
    assert "12 months" in page.period_combo.currentText()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    page.chart_theme.sets[0].clicked.emit(page.theme_codes.index("road_safety"))
    listing = main_window.stack.currentWidget()
    assert listing is main_window.pages["activities"]
    assert listing.current_query().filters == {
        "theme": "road_safety",
        "date_from": "2025-12-01",
        "date_to": "2026-11-30",
    }
    assert [listing.model.row(r)["uuid"] for r in range(listing.model.rowCount())] == [
        records["talk"]["uuid"]
    ]

    main_window.show_page("dashboard")
    page.chart_sex.sets[1].clicked.emit(0)  # women at meetings
    listing = main_window.stack.currentWidget()
    assert listing is main_window.pages["meetings"]
    assert listing.model.total == 2  # both meetings of the last 12 months


def test_empty_dashboard_says_so(qtbot, main_window):
    page = fresh(qtbot, main_window.pages["dashboard"])
    assert page.card_received.value.text() == "0"
    assert page.overdue_list.item(0).text() == "Nothing is overdue."
    assert page.due_list.item(0).text() == "Nothing falls due in the next 7 days."
    assert page.chart_category.sets == []
    assert "no records" in page.chart_category._chart.title()


def test_dashboard_reads_off_the_gui_thread_after_the_first_paint(
    qtbot, session, db, officer, monkeypatch
):
    """The figures are read in a pool thread over a connection of their own, after the page
    is on screen; a save through the window's connection makes the next refresh read
    again, an unchanged database shows the cached figures at once."""
    import threading

    from station_app.gui.main_window import MainWindow
    from station_app.gui.pages import dashboard as dashboard_module

    readers: list[tuple[threading.Thread, object]] = []
    real = dashboard_module._read_figures

    def spy(reader_db, today):
        readers.append((threading.current_thread(), reader_db))
        return real(reader_db, today)

    monkeypatch.setattr(dashboard_module, "_read_figures", spy)
    window = MainWindow(session)
    qtbot.addWidget(window)
    page = window.pages["dashboard"]
    assert page.loading and page.card_received.value.text() == "…"
    assert readers == []  # nothing read before the window is painted
    window.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.card_received.value.text() == "0"
    assert len(readers) == 1
    thread, reader_db = readers[0]
    assert thread is not threading.main_thread() and reader_db is not db

    page.refresh()  # nothing changed: no new read, no waiting
    assert not page.loading and len(readers) == 1
    complaint(db, officer, "2026-11-12")
    page.refresh()
    assert page.loading
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.card_received.value.text() == "1" and len(readers) == 2


def test_dashboard_says_so_when_its_figures_cannot_be_read(
    qtbot, main_window, officer, db, monkeypatch
):
    from station_app.gui.pages import dashboard as dashboard_module

    page = fresh(qtbot, main_window.pages["dashboard"])

    def broken(reader_db, today):
        raise OSError("disk I/O error")

    with monkeypatch.context() as patch:
        patch.setattr(dashboard_module, "_read_figures", broken)
        complaint(db, officer, "2026-11-12")
        fresh(qtbot, page)
        assert page.overdue_title.text().startswith("The figures could not be read")
    fresh(qtbot, page)  # a later refresh reads again
    assert page.card_received.value.text() == "1"
    assert page.overdue_title.text() == "Overdue (0)"


# -------------------------------------------------------------------- settings


@pytest.fixture
def chief_session(station_dir, db, chief):
    return Session(station_dir, db, chief, "en")


@pytest.fixture
def chief_settings(qtbot, chief_session):
    page = settings_module.SettingsPage(chief_session)
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    page.refresh()
    yield page
    wait_tasks(qtbot)


def test_officer_cannot_change_deadlines(qtbot, main_window, db):
    page = main_window.show_page("settings")
    tab = page.deadlines
    assert not tab.period.isEnabled() and not tab.save_button.isEnabled()
    assert "Only the station chief" in tab.message.text()
    tab.period.setValue(20)
    assert tab.save() is False  # even if the disabled button were bypassed
    assert "Your role (officer) does not allow this." in tab.message.text()
    assert settings_service.get(db, "answer_period_days") == 14
    wait_tasks(qtbot)


def test_chief_changes_deadlines(qtbot, chief_settings, db):
    tab = chief_settings.deadlines
    assert tab.period.isEnabled()
    tab.period.setValue(10)
    tab.unit.setCurrentIndex(tab.unit.findData("working"))
    tab.extension.setValue(12)
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "must reach beyond" in tab.message.text()  # 10 working days span 14 days
    assert settings_service.get(db, "answer_period_unit") == "calendar"
    tab.extension.setValue(30)
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.message.text().startswith("Saved")
    conf = settings_service.get_all(db)
    assert [
        conf[k] for k in ("answer_period_days", "answer_period_unit", "extension_max_days")
    ] == [10, "working", 30]
    row = db.execute(
        "SELECT after FROM audit_log WHERE entity = 'settings' ORDER BY id DESC"
    ).fetchone()
    assert "working" in row[0]


def test_reference_list_edit_settlement_name(qtbot, chief_settings, db):
    tab = chief_settings.reference
    tab.choose_list("settlements")
    i = next(i for i, r in enumerate(tab.rows) if r["name_en"] == "Nookat")
    tab.select_row(i)
    assert tab.names["ky"].text() == "Ноокат"
    tab.names["ky"].setText("Ноокат шаары")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.message.text() == "Saved."
    assert db.execute(
        "SELECT name_ky, revision FROM settlements WHERE name_en = 'Nookat'"
    ).fetchone() == ("Ноокат шаары", 2)
    assert any(tab.table.item(r, 1).text() == "Ноокат шаары" for r in range(tab.table.rowCount()))

    tab.start_new()
    tab.names["ru"].setText("Кызыл-Жар")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)  # ky and en are missing
    assert "Кыргызча: This field is required." in tab.message.text()
    assert db.execute("SELECT count(*) FROM settlements").fetchone()[0] == 2


def test_reference_coded_list_relabel_and_add(qtbot, chief_settings, db, chief_session):
    tab = chief_settings.reference
    tab.choose_list("complaint_category")
    i = next(i for i, r in enumerate(tab.rows) if r["code"] == "property")
    tab.select_row(i)
    assert tab.code.isReadOnly()
    tab.names["en"].setText("Theft or property")
    assert tab.save()
    assert reference.labels(db, "complaint_category", "en")["property"] == "Theft or property"
    assert chief_session.label("complaint_category", "property") == "Theft or property"

    tab.start_new()
    tab.code.setText("cattle_theft")
    for lang, text in (("ky", "Мал уурдоо"), ("ru", "Кража скота"), ("en", "Cattle theft")):
        tab.names[lang].setText(text)
    assert tab.save()
    assert reference.labels(db, "complaint_category", "ru")["cattle_theft"] == "Кража скота"

    tab.choose_list("complaint_status")
    assert not tab.new_button.isEnabled()  # built-in codes: names only


def test_officer_sees_reference_lists_read_only(qtbot, main_window, db):
    tab = main_window.show_page("settings").reference
    assert not tab.form_box.isEnabled()
    tab.choose_list("settlements")
    tab.select_row(0)
    tab.names["ky"].setText("Башка")
    assert tab.save() is False
    assert "does not allow" in tab.message.text()
    assert db.execute("SELECT count(*) FROM settlements WHERE name_ky = 'Башка'").fetchone()[0] == 0
    wait_tasks(qtbot)


def test_language_switch_rebuilds_the_window(qtbot, chief_session, db):
    from station_app.gui.app import make_app
    from station_app.gui.main_window import MainWindow

    make_app()
    window = MainWindow(chief_session)
    qtbot.addWidget(window)
    window.show()
    old = window.show_page("settings")
    try:
        combo = old.language.combo
        combo.setCurrentIndex(combo.findData("ru"))
        qtbot.mouseClick(old.language.apply_button, Qt.LeftButton)
        assert chief_session.lang == "ru"
        assert settings_service.get(db, "language") == "ru"
        new = window.pages["settings"]
        assert new is not old
        assert window.stack.currentWidget() is new  # still on the settings page
        texts = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert len(texts) == 8 and all(texts)
        assert new.language.combo.currentData() == "ru"
        dashboard = window.pages["dashboard"]
        dashboard.refresh()
        assert "Ноябрь" in dashboard.heading.text()  # the month name follows the language
    finally:
        i18n.install_translators(QApplication.instance(), "en")
        wait_tasks(qtbot)


def test_officer_language_is_for_the_session_only(qtbot, main_window, session, db):
    page = main_window.show_page("settings")
    try:
        page.set_language("ky")
        assert session.lang == "ky"
        assert settings_service.get(db, "language") == "ru"  # the default, unchanged
        assert main_window.pages["settings"] is not page
    finally:
        i18n.install_translators(QApplication.instance(), "en")
        wait_tasks(qtbot)


def test_backup_now_makes_a_verified_backup(qtbot, main_window, station_dir, records):
    page = main_window.show_page("settings")
    tab = page.backups
    page.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(page.backups_changed, timeout=10_000):
        qtbot.mouseClick(tab.backup_button, Qt.LeftButton)
        assert tab.busy and tab.progress.isVisible() and not tab.backup_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.busy and not tab.loading, timeout=10_000)
    made = tab.last_backup
    assert made is not None and made.parent == station_dir / "backups"
    assert backup.inspect(made).records["complaints"] == 6  # deleted rows are kept
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 2).text() == "6" and tab.table.item(0, 6).text() == "OK"
    assert "Last backup: never" not in main_window.status_backup.text()
    assert not tab.restore_button.isEnabled()  # an officer may not restore


def test_backup_to_folder(qtbot, chief_settings, no_dialogs, tmp_path, monkeypatch):
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(dialogs, "choose_dir", lambda *a, **k: str(stick))
    tab = chief_settings.backups
    qtbot.mouseClick(tab.folder_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    assert tab.last_backup is not None and tab.last_backup.parent == stick
    backup.inspect(tab.last_backup)
    assert str(stick) in tab.message.text()


def test_restore_asks_then_restores_and_quits(
    qtbot, chief_settings, no_dialogs, monkeypatch, station_dir, db, chief, records
):
    shown, answers = no_dialogs
    quits: list[bool] = []
    monkeypatch.setattr(settings_module, "_quit_app", lambda: quits.append(True))
    tab = chief_settings.backups
    qtbot.mouseClick(tab.backup_button, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: not tab.busy and not tab.loading and tab.table.rowCount() == 1, timeout=10_000
    )
    complaint(db, chief, "2026-11-19")  # made after the backup: the restore removes it

    tab.table.selectRow(0)
    answers.append(dialogs.Answer.NO)
    qtbot.mouseClick(tab.restore_button, Qt.LeftButton)
    assert shown[-1][0] == "ask_yes_no" and not tab.busy
    assert db.execute("SELECT count(*) FROM complaints").fetchone()[0] == 7

    answers.append(dialogs.Answer.YES)
    with qtbot.waitSignal(chief_settings.restart_required, timeout=10_000):
        qtbot.mouseClick(tab.restore_button, Qt.LeftButton)
    kind, _title, text = shown[-2]
    assert kind == "ask_yes_no"
    assert tab.backups[0]["when"] in text
    assert "The backup holds: 6 complaints, 3 meetings, 3 activities, 1 plans." in text
    assert "The database now holds: 7 complaints" in text
    assert shown[-1][0] == "info" and "will now close" in shown[-1][2]
    assert quits == [True]
    fresh = open_db(station_dir)
    try:
        assert fresh.execute("SELECT count(*) FROM complaints").fetchone()[0] == 6
    finally:
        fresh.close()
    safety = [p for p in backup.list_backups(station_dir / "backups") if "before-restore" in p.name]
    assert len(safety) == 1 and backup.inspect(safety[0]).records["complaints"] == 7


def test_damaged_backup_is_not_restored(qtbot, chief_settings, no_dialogs, station_dir):
    shown, answers = no_dialogs
    folder = station_dir / "backups"
    folder.mkdir(exist_ok=True)
    bad = folder / "station-20261119-100000-000000.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    tab = chief_settings.backups
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.loading and tab.table.rowCount() == 1, timeout=10_000)
    assert tab.table.item(0, 6).text() != "OK"
    tab.table.selectRow(0)
    answers.append(dialogs.Answer.YES)
    qtbot.mouseClick(tab.restore_button, Qt.LeftButton)
    assert shown[-1][0] == "warning" and answers == [dialogs.Answer.YES]  # never asked
    assert not tab.busy


# ----------------------------------------------------------------------- plans


def test_plans_page_shows_item_progress(qtbot, main_window, records):
    page = main_window.show_page("plans")
    assert page.plan_table.rowCount() == 1
    assert page.plan_table.item(0, 0).text() == "Ноокат планы 2026"
    assert page.plan_table.item(0, 4).text() == "1"  # overdue items
    t = page.item_table
    assert t.rowCount() == 3
    first = [t.item(0, j).text() for j in range(t.columnCount())]
    assert first[0] == "Мектептерде сабак"
    assert "overdue" in first[3]
    assert first[5].splitlines()[:2] == ["1 activity", "12 participants"]
    assert "last on 2026-11-12" in first[5]
    assert t.item(0, 0).background().color().name() == "#fde7e9"
    second = [t.item(1, j).text() for j in range(t.columnCount())]
    assert "overdue" not in second[3] and second[5].startswith("0 activities")
    assert "overdue" not in t.item(2, 3).text()  # done, though past its deadline
    assert "1 overdue" in page.items_title.text()

    with qtbot.waitSignal(page.open_requested, timeout=1000) as sig:
        qtbot.mouseClick(page.open_button, Qt.LeftButton)
    assert sig.args == [records["plan"]["uuid"]]
    with qtbot.waitSignal(page.open_requested, timeout=1000) as sig:
        qtbot.mouseClick(page.new_button, Qt.LeftButton)
    assert sig.args == [""]


def test_plans_page_without_plans(qtbot, session):
    from station_app.gui.pages.plans_page import PlansPage

    page = PlansPage(session)
    qtbot.addWidget(page)
    assert page.plan_table.rowCount() == 0
    assert "New plan" in page.items_title.text()
    assert not page.open_button.isEnabled()


def test_pages_fit_the_screen(main_window):
    """At 1366×768 nothing needs a horizontal scroll bar."""
    for key in ("dashboard", "settings", "plans"):
        page = main_window.show_page(key)
        assert page.width() <= 1366 - 200
        assert page.minimumSizeHint().width() <= page.width()
    scroll = main_window.pages["dashboard"].findChild(QScrollArea)
    main_window.show_page("dashboard")
    assert not scroll.horizontalScrollBar().isVisible()
    assert not scroll.verticalScrollBar().isVisible()  # all of it at once


def teardown_module() -> None:
    tasks.wait_all()


def test_restore_from_a_file_on_a_stick(
    qtbot, chief_settings, no_dialogs, monkeypatch, station_dir, tmp_path, records
):
    shown, answers = no_dialogs
    stick = tmp_path / "usb"
    made = backup.make_backup(station_dir / "station.sqlite3", stick, keep=0)
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(made))
    tab = chief_settings.backups
    answers.append(dialogs.Answer.NO)
    qtbot.mouseClick(tab.restore_file_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "ask_yes_no" for kind, *_ in shown), timeout=10_000)
    assert "The backup holds: 6 complaints" in shown[-1][2]
    assert not tab.busy and not any(kind == "info" for kind, *_ in shown)  # declined
