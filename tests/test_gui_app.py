"""The window's frame: first-start wizard, login, navigation, lists with filters and search."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel

from station_app.gui.app import make_app
from station_app.gui.login import LoginDialog
from station_app.gui.models.record_table import RecordTableModel
from station_app.gui.pages.list_page import ListPage
from station_app.gui.setup_wizard import SetupWizard
from station_app.services import complaints, meetings, station
from station_app.store import open_db

from conftest import OFFICER_PASSWORD


def test_wizard_creates_the_station(qtbot, data_dir):
    make_app()
    wizard = SetupWizard(data_dir, lang="en")
    qtbot.addWidget(wizard)
    values = {
        "code": "TTM",
        "name": "Таш-Түмшук муниципалдык милиция участогу",
        "municipality": "Ак-Сай айыл аймагы",
        "district": "Баткен району",
        "province": "Баткен облусу",
        "admin_user": "chief",
        "admin_full_name": "Бакыт Асанов",
        "password": "long-enough-pw",
        "password2": "long-enough-pw",
    }
    for key, text in values.items():
        if text.isascii():
            qtbot.keyClicks(wizard.fields[key], text)
        else:  # QTest cannot type non-ASCII keys (qasciikey.cpp asserts)
            wizard.fields[key].setText(text)
    wizard.add_settlement_row("Таш-Түмшук", "Таш-Тюмтюк", "Tash-Tumshuk")
    wizard.add_settlement_row("Ак-Сай")
    wizard.accept()
    assert wizard.result() == QDialog.Accepted
    assert station.is_initialised(data_dir)
    db = open_db(data_dir)
    try:
        assert station.profile(db)["code"] == "TTM"
        names = db.execute(
            "SELECT name_ky, name_ru, name_en FROM settlements ORDER BY id"
        ).fetchall()
        assert names == [
            ("Таш-Түмшук", "Таш-Тюмтюк", "Tash-Tumshuk"),
            ("Ак-Сай", "Ак-Сай", "Ак-Сай"),
        ]
    finally:
        db.close()


def test_wizard_shows_errors_and_creates_nothing(qtbot, data_dir):
    make_app()
    wizard = SetupWizard(data_dir, lang="en")
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.fields["code"], "nk")
    qtbot.keyClicks(wizard.fields["password"], "short")
    qtbot.keyClicks(wizard.fields["password2"], "short")
    wizard.accept()
    text = wizard.error.text()
    assert "Station code" in text and "Password" in text and "Station name" in text
    assert not station.is_initialised(data_dir)
    wizard.fields["password2"].setText("other")
    wizard.accept()
    assert "differ" in wizard.error.text()


def test_login_accepts_and_refuses(qtbot, db):
    make_app()
    dialog = LoginDialog(db, lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.user.setCurrentIndex(dialog.user.findData("officer"))
    assert dialog.user.currentText() == "Нурлан Токтогулов (officer)"
    qtbot.keyClicks(dialog.password, "wrong-password")
    dialog.try_login()
    assert dialog.error.isVisible() or dialog.error.text()
    assert "Wrong user name or password" in dialog.error.text()
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, OFFICER_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "officer"
    assert dialog.result() == QDialog.Accepted


def _complaint(db, actor, **over):
    data = {
        "received_on": "2026-11-12",
        "channel": "phone",
        "category": "dispute",
        "description": "Суу талашы",
        "complainant": {"name": "Айгүл", "sex": "female", "age_group": "18_29"},
    }
    data.update(over)
    return complaints.create(db, actor, data)


def test_navigation_and_status_bar(main_window, qtbot):
    keys = [main_window.nav.item(i).data(Qt.UserRole) for i in range(main_window.nav.count())]
    assert keys == [
        "dashboard",
        "complaints",
        "meetings",
        "activities",
        "plans",
        "reports",
        "sync",
        "settings",
    ]
    qtbot.keyClick(main_window, Qt.Key_2, Qt.ControlModifier)
    assert isinstance(main_window.stack.currentWidget(), ListPage)
    texts = [w.text() for w in main_window.statusBar().findChildren(QLabel)]
    assert any("NKT" in t for t in texts)
    assert any("Нурлан Токтогулов" in t for t in texts)
    assert any("Last backup" in t for t in texts)
    assert any("Last export" in t for t in texts)


def test_pages_are_built_on_their_first_visit(main_window):
    """Only the dashboard is built at start; a page looked up or shown is built once, in
    its own place in the stack, and the page shown stays shown."""
    pages = main_window.pages
    assert list(pages) == [
        main_window.nav.item(i).data(Qt.UserRole) for i in range(main_window.nav.count())
    ]
    assert "reports" in pages and "nothing" not in pages
    assert [k for k in pages if pages.built(k) is not None] == ["dashboard"]
    dashboard = main_window.stack.currentWidget()
    assert dashboard is pages["dashboard"]
    reports = pages["reports"]  # looked up: built, not shown
    assert main_window.stack.currentWidget() is dashboard
    assert main_window.stack.indexOf(reports) == list(pages).index("reports")
    assert main_window.show_page("reports") is reports
    assert main_window.stack.currentWidget() is reports
    assert main_window.stack.count() == len(pages)
    assert pages.built("sync") is None


def test_list_filters_search_and_sort_in_sql(main_window, db, officer, qtbot):
    _complaint(db, officer, description="Түнкүсүн катуу ШУМ")
    _complaint(
        db, officer, category="property", description="Уй уурдалды", received_on="2026-10-01"
    )
    _complaint(
        db, officer, category="property", description="Кой жоголду", received_on="2026-11-10"
    )
    page = main_window.show_page("complaints")
    page.refresh()
    assert page.model.rowCount() == 3
    page.combos["category"].setCurrentIndex(page.combos["category"].findData("property"))
    assert page.model.rowCount() == 2
    assert page.current_query().filters == {"category": "property"}
    page.clear_filters()
    page.search.setText("шум")  # QTest types ASCII only; the debounce timer still runs
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.row(0)["number"] == "NKT-2026-0001"
    page.clear_filters()
    page.date_from.setDate(QDate(2026, 11, 11))
    assert page.model.rowCount() == 1
    page.clear_filters()
    page.overdue.setChecked(True)  # received 2026-10-01, due 10-15, today 11-20
    assert [page.model.row(i)["received_on"] for i in range(page.model.rowCount())] == [
        "2026-10-01"
    ]
    page.clear_filters()
    page.table.sortByColumn(0, Qt.AscendingOrder)  # number
    assert page.model.query.sort == "number" and not page.model.query.descending
    assert page.model.row(0)["number"] == "NKT-2026-0001"
    page.table.sortByColumn(1, Qt.DescendingOrder)
    assert page.model.row(0)["received_on"] == "2026-11-12"
    assert "3" in page.count_label.text()


def test_model_fetches_lazily(main_window, db, officer):
    for i in range(450):
        meetings.create(
            db, officer, {"held_on": "2026-11-01", "kind": "other", "venue": f"Мектеп {i}"}
        )
    page = main_window.show_page("meetings")
    page.refresh()
    model = page.model
    assert model.total == 450 and model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()


def test_models_pass_qtmodeltester(qtmodeltester, main_window, db, officer):
    for i in range(5):
        _complaint(db, officer, description=f"Арыз {i}")
    for kind in ("complaints", "meetings", "activities"):
        page = main_window.show_page(kind)
        page.refresh()
        assert isinstance(page.model, RecordTableModel)
        qtmodeltester.check(page.model)


def test_enter_and_double_click_open_the_editor(main_window, db, officer, qtbot):
    c = _complaint(db, officer)
    page = main_window.show_page("complaints")
    page.refresh()
    opened: list[str] = []
    page.open_requested.connect(opened.append)
    page.table.setFocus()
    page.table.selectRow(0)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key_Return)
    assert opened == [c["uuid"]]
    editor = main_window.editors[-1]
    assert editor.uuid == c["uuid"] and editor.isVisible()
    editor.close()  # the editor is window-modal: the list takes keys again once it closes
    qtbot.waitUntil(lambda: not main_window.editors)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_N, Qt.ControlModifier)
    assert opened[-1] == ""
    assert main_window.editors[-1].uuid is None


def test_edited_labels_reach_the_list_filters(main_window, db, chief):
    from station_app.services import reference

    page = main_window.show_page("complaints")
    combo = page.combos["category"]
    combo.setCurrentIndex(combo.findData("dispute"))
    reference.save_ref_item(
        db,
        chief,
        "complaint_category",
        "dispute",
        {"ky": "Талаш", "ru": "Спор", "en": "Quarrel over land or water"},
    )
    main_window._reference_changed()
    assert combo.currentData() == "dispute"
    assert combo.currentText() == "Quarrel over land or water"


def test_every_dialog_function_is_listed_for_patching():
    """Tests, the self-test and the benchmark replace ``dialogs.FUNCTIONS``; a function
    left out of it would block an offscreen run forever. (Read from the source: in a
    test, the module's functions are already replaced.)"""
    import ast
    from pathlib import Path

    from station_app.gui import dialogs

    tree = ast.parse(Path(dialogs.__file__).read_text(encoding="utf-8"))
    defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert defined == set(dialogs.FUNCTIONS)
