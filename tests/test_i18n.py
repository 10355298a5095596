"""Languages (#7): every string in Kyrgyz and Russian, Qt's own buttons, switching while
the window is open, month names and numbers, the PDF's words, and names in other scripts
(Uzbek Cyrillic and Latin) through entry, search, sorting and print.
"""

from __future__ import annotations

import html
import importlib.util
import io
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
    QWizard,
    QWizardPage,
)

from station_app.gui import i18n
from station_app.reports import render_report
from station_app.reports.strings import S, t
from station_app.services import activities, complaints, meetings, plans, reference, station, users
from station_app.services.records import ListQuery
from station_app.store import open_db

ROOT = Path(__file__).resolve().parent.parent
CYRILLIC = re.compile(r"[\u0400-\u04FF\u0500-\u052F]")
KYRGYZ_LETTERS = set("ҢӨҮңөү")


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


# ------------------------------------------------------- (a) every string is translated


def test_every_string_of_the_code_and_forms_has_kyrgyz_and_russian():
    """lupdate over the current sources; each message must be translated in both .ts."""
    problems = tool.check()
    problems.qm = []  # the next test's business
    assert not problems, "\n" + problems.report()


def test_compiled_translations_match_their_sources():
    problems = tool.Problems(qm=tool.stale_qm())
    assert not problems, "\n" + problems.report()


def _tiny_project(root: Path, code: str) -> None:
    (root / "station_app").mkdir(parents=True, exist_ok=True)
    (root / "forms").mkdir(exist_ok=True)
    (root / "station_app" / "page.py").write_text(code, encoding="utf-8")


def test_the_check_catches_new_unfinished_broken_and_stale_strings(tmp_path):
    """The checker itself, on a two-string project: nothing slips through."""
    project, folder = tmp_path / "p", tmp_path / "p" / "tr"
    _tiny_project(
        project,
        'class Page:\n    def a(self):\n        return self.tr("Save"), self.tr("%1 of %2")\n',
    )
    for lang in tool.LANGS:
        tool.run_lupdate(folder / f"station_app_{lang}.ts", lang, project)
    for lang, texts in {"ky": ("Сактоо", "%2ден %1"), "ru": ("Сохранить", "%1 из %2")}.items():
        ts = folder / f"station_app_{lang}.ts"
        xml = ts.read_text(encoding="utf-8").replace(' type="unfinished"', "")
        xml = xml.replace(
            "<source>Save</source>\n        <translation>",
            f"<source>Save</source>\n        <translation>{texts[0]}",
        ).replace(
            "<source>%1 of %2</source>\n        <translation>",
            f"<source>%1 of %2</source>\n        <translation>{texts[1]}",
        )
        ts.write_text(xml, encoding="utf-8")
        tool.run_lrelease(ts, ts.with_suffix(".qm"))
    tool.run_lrelease(folder / "station_app_en.ts", folder / "station_app_en.qm")
    assert not tool.check(folder, project), tool.check(folder, project).report()

    # a new string in the code: missing from every .ts, named with its file
    _tiny_project(
        project,
        "class Page:\n"
        "    def a(self):\n"
        '        return self.tr("Save"), self.tr("%1 of %2"), self.tr("Print")\n',
    )
    problems = tool.check(folder, project)
    assert [e.key.source for e in problems.missing["ky"]] == ["Print"]
    assert "Page: 'Print'  [page.py:3]" in problems.report()
    assert "scripts/update_translations.py" in problems.report()

    # after lupdate it is there but unfinished
    for lang in tool.LANGS:
        tool.run_lupdate(folder / f"station_app_{lang}.ts", lang, project)
    problems = tool.check(folder, project)
    assert not problems.missing["ru"]
    assert [e.key.source for e in problems.untranslated["ru"]] == ["Print"]
    assert not problems.qm  # an empty translation compiles to nothing

    # translated but not compiled: the .qm is out of date
    ts = folder / "station_app_ru.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            '<source>Print</source>\n        <translation type="unfinished">',
            "<source>Print</source>\n        <translation>Печать",
        ),
        encoding="utf-8",
    )
    problems = tool.check(folder, project)
    assert not problems.untranslated["ru"]
    assert problems.qm == ["station_app_ru.qm was not compiled from the current station_app_ru.ts"]

    # a translation that drops a placeholder is caught too
    ts = folder / "station_app_ru.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("%1 из %2", "из %2"), encoding="utf-8")
    problems = tool.check(folder, project)
    assert [e.key.source for e in problems.placeholders["ru"]] == ["%1 of %2"]

    # a string gone from the code is reported as stale
    _tiny_project(project, 'class Page:\n    def a(self):\n        return self.tr("Save")\n')
    problems = tool.check(folder, project)
    assert {k.source for k in problems.stale["ky"]} == {"%1 of %2", "Print"}


# ------------------------------------------------- (a) no English left in the window


ALLOWED_LATIN = {
    "Station",
    "App",  # the product's name
    "Ctrl",  # shortcut keys
    "PDF",
    "NKT",  # the station code
    "English",  # the language's own name in the language choice
    "cattle_theft",  # an example code (codes are English snake_case)
    "sqlite3",
    "Qn",  # YYYY-Qn: the period format the command line takes
}


def _texts(root: QWidget) -> set[str]:
    """Every piece of text the user can see in ``root`` and below it."""
    out: set[str] = set()
    for w in [root, *root.findChildren(QWidget)]:
        if w.isWindow():
            out.add(w.windowTitle())
        out.add(w.toolTip())
        if isinstance(w, QLabel):
            out.add(w.text())
        if isinstance(w, QAbstractButton):
            out.add(w.text())
        if isinstance(w, QGroupBox):
            out.add(w.title())
        if isinstance(w, QTabWidget):
            out.update(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            out.update(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QLineEdit | QPlainTextEdit):
            out.add(w.placeholderText())
        if isinstance(w, QAbstractSpinBox) and hasattr(w, "suffix"):
            out.add(w.suffix())
        if isinstance(w, QListWidget):
            out.update(w.item(i).text() for i in range(w.count()))
        if isinstance(w, QTableWidget):
            for i in range(w.columnCount()):
                item = w.horizontalHeaderItem(i)
                out.add(item.text() if item else "")
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            out.update(
                str(model.headerData(i, Qt.Horizontal) or "") for i in range(model.columnCount())
            )
        chart = getattr(w, "_chart", None)
        if chart is not None:
            out.add(chart.title())
    return {t for t in out if t}


def _english_words(texts: set[str]) -> dict[str, str]:
    """Latin words left in ``texts`` (markup and allowed names removed) -> the text."""
    found = {}
    for text in texts:
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
        plain = re.sub(r"\S*[/\\]\S*", " ", plain)  # file paths are the user's data
        for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]+", plain):
            if word not in ALLOWED_LATIN:
                found.setdefault(word, text)
    return found


def _open_editors(window) -> list[QWidget]:
    return [window.open_editor(kind, None) for kind in ("complaints", "meetings", "activities")] + [
        window.open_editor("plans", None)
    ]


def _close_editors(window, editors) -> None:
    for editor in editors:
        editor._snapshot = editor.values()  # nothing to ask about
        editor.close()


def _switch(window, code: str, qtbot) -> None:
    """Choose the language in Settings → Language and press 'Use this language'."""
    page = window.show_page("settings")
    tab = page.language
    page.tabs.setCurrentWidget(tab)
    tab.combo.setCurrentIndex(tab.combo.findData(code))
    qtbot.mouseClick(tab.apply_button, Qt.LeftButton)
    qtbot.wait(10)


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_no_english_left_in_the_window_or_the_editors(qtbot, main_window, complaint_uuid, lang):
    _switch(main_window, lang, qtbot)
    texts = set()
    for key in main_window.pages:
        main_window.show_page(key)
        texts |= _texts(main_window)
    editors = _open_editors(main_window)
    editors.append(main_window.open_editor("complaints", complaint_uuid))  # status tab too
    try:
        for editor in editors:
            texts |= _texts(editor)
    finally:
        _close_editors(main_window, editors)
    assert len(texts) > 300
    left = _english_words(texts)
    assert not left, "Untranslated in the window ({}):\n{}".format(
        lang, "\n".join(f"  {w!r} in {text!r}" for w, text in sorted(left.items()))
    )
    letters = set("".join(texts).lower())
    if lang == "ky":
        assert letters >= set("ңөү")
    else:  # Russian: no Kyrgyz letters but in the language's own name and the data
        ours = "".join(t for t in texts if "Кыргызча" not in t and "Ноокат" not in t)
        assert not set("ңөү") & set(ours.lower())


@pytest.fixture
def complaint_uuid(db, officer) -> str:
    c = complaints.create(
        db,
        officer,
        {
            "received_on": "2026-11-02",
            "channel": "phone",
            "category": "property",
            "description": "Уурулук",
            "complainant": {"name": "Ўлмас Қодиров", "sex": "male", "age_group": "30_59"},
        },
    )
    complaints.change_status(db, officer, c["uuid"], "in_progress", on="2026-11-03")
    return c["uuid"]


# --------------------------------------------- (c) switching while the window is open


NAV = {
    "en": [
        "Dashboard",
        "Complaints",
        "Meetings",
        "Activities",
        "Prevention plan",
        "Reports",
        "Export / Sync",
        "Settings",
    ],
    "ru": [
        "Сводка",
        "Обращения",
        "Собрания",
        "Мероприятия",
        "План профилактики",
        "Отчёты",
        "Обмен данными",
        "Настройки",
    ],
    "ky": [
        "Жалпы абал",
        "Кайрылуулар",
        "Жыйындар",
        "Иш-чаралар",
        "Алдын алуу планы",
        "Отчёттор",
        "Маалымат алмашуу",
        "Жөндөөлөр",
    ],
}
NEW_BUTTON = {"en": "New (Ctrl+N)", "ru": "Создать (Ctrl+N)", "ky": "Жаңы (Ctrl+N)"}
SETTINGS_TITLE = {"en": "Settings", "ru": "Настройки", "ky": "Жөндөөлөр"}
MONTH = {"en": "November 2026", "ru": "Ноябрь 2026", "ky": "Ноябрь 2026"}
IN_MONTH = {"en": "in November 2026", "ru": "в ноябре 2026 г.", "ky": "2026-жылдын ноябрында"}


def _nav(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_switching_the_language_in_settings_retranslates_the_open_window(
    qtbot, main_window, session
):
    assert _nav(main_window)[:8] == NAV["en"]
    for lang in ("ru", "ky", "en"):
        _switch(main_window, lang, qtbot)
        assert session.lang == lang
        assert _nav(main_window)[:8] == NAV[lang]
        settings = main_window.pages["settings"]
        assert main_window.stack.currentWidget() is settings  # still on Settings
        heading = settings.findChildren(QLabel)[0].text()
        assert heading == f"<h2>{SETTINGS_TITLE[lang]}</h2>"
        assert settings.language.combo.currentData() == lang
        complaints_page = main_window.show_page("complaints")
        assert complaints_page.new_button.text() == NEW_BUTTON[lang]
        dashboard = main_window.show_page("dashboard")
        qtbot.waitUntil(lambda page=dashboard: not page.loading, timeout=10_000)
        assert MONTH[lang] in dashboard.heading.text()
        assert dashboard.card_received.detail.text() == IN_MONTH[lang]
        editor = main_window.open_editor("complaints", None)
        try:
            expected = {"en": "Save", "ru": "Сохранить", "ky": "Сактоо"}[lang]
            assert editor.save_button.text() == expected  # Qt's button, from qtbase
            assert (
                editor.windowTitle()
                == {
                    "en": "New complaint",
                    "ru": "Новое обращение",
                    "ky": "Жаңы кайрылуу",
                }[lang]
            )
        finally:
            _close_editors(main_window, [editor])
        _switch(main_window, lang, qtbot)  # the settings page is rebuilt each time


def test_numbers_and_dates_follow_the_language():
    from station_app.gui.pages import dashboard, settings_page
    from station_app.gui.pages.reports_page import month_name

    app = QApplication.instance() or QApplication([])
    i18n.install_translators(app, "ru")
    assert dashboard._num(12345) == "12\u00a0345"
    assert settings_page._size(3 * 1_048_576 // 2) == "1,5 МБ"
    assert [month_name(m) for m in (1, 5, 11)] == ["Январь", "Май", "Ноябрь"]
    assert "ноября 2026" in QLocale().toString(QDate(2026, 11, 20), QLocale.LongFormat)
    i18n.install_translators(app, "ky")
    assert dashboard._num(12345) == "12\u00a0345"
    assert [month_name(m) for m in (1, 11)] == ["Январь", "Ноябрь"]
    i18n.install_translators(app, "en")
    assert dashboard._num(12345) == "12,345"
    assert settings_page._size(3 * 1_048_576 // 2) == "1.5 MB"


# ------------------------------------------------------------------ Qt's own buttons


BUTTONS = {
    "ru": {
        QDialogButtonBox.Ok: "OK",
        QDialogButtonBox.Save: "Сохранить",
        QDialogButtonBox.Cancel: "Отмена",
        QDialogButtonBox.Close: "Закрыть",
        QDialogButtonBox.Discard: "Не сохранять",  # ours; Qt's "Отклонить" misleads
        QDialogButtonBox.Yes: "&Да",
        QDialogButtonBox.No: "&Нет",
        QDialogButtonBox.Apply: "Применить",
    },
    "ky": {
        QDialogButtonBox.Ok: "Макул",
        QDialogButtonBox.Save: "Сактоо",
        QDialogButtonBox.Cancel: "Жокко чыгаруу",
        QDialogButtonBox.Close: "Жабуу",
        QDialogButtonBox.Discard: "Сактабоо",
        QDialogButtonBox.Yes: "&Ооба",
        QDialogButtonBox.No: "&Жок",
        QDialogButtonBox.Apply: "Колдонуу",
    },
}
WIZARD = {
    "ru": ["< &Назад", "&Далее >", "&Завершить", "Отмена"],
    "ky": ["< &Артка", "&Кийинки >", "&Бүтүрүү", "Жокко чыгаруу"],
}


def test_russian_qt_translations_come_with_pyside6():
    assert (Path(i18n.qt_translations_dir()) / "qtbase_ru.qm").exists()


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_qt_buttons_are_translated(qtbot, lang):
    app = QApplication.instance() or QApplication([])
    loaded = i18n.install_translators(app, lang)
    assert any(Path(f).name == f"qtbase_{lang}.qm" for f in loaded)
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    for which, text in BUTTONS[lang].items():
        assert box.addButton(which).text() == text
    question = QMessageBox(
        QMessageBox.Question, "?", "?", QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel
    )
    qtbot.addWidget(question)
    question.show()  # rendered offscreen, never exec()'d
    qtbot.waitExposed(question)
    shown = {b.text() for b in question.buttons() if b.isVisible()}
    answers = (QDialogButtonBox.Save, QDialogButtonBox.Discard, QDialogButtonBox.Cancel)
    assert shown == {BUTTONS[lang][k] for k in answers}  # the unsaved-changes question
    question.close()
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    got = [
        wizard.button(b).text()
        for b in (
            QWizard.BackButton,
            QWizard.NextButton,
            QWizard.FinishButton,
            QWizard.CancelButton,
        )
    ]
    assert got == WIZARD[lang]


# -------------------------------------------------------------- (b) the PDF's words


REPORT_DAY = "2026-11-20"
HEADINGS = ("title_month", "h_summary", "h_meetings", "h_complaints", "h_activities", "h_plan")


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_kyrgyz_pdf_has_kyrgyz_headings(db, officer, settlement_uuid):
    meetings.create(
        db,
        officer,
        {
            "held_on": "2026-10-10",
            "kind": "public_gathering",
            "venue": "Мектеп",
            "settlement": settlement_uuid,
            "attendance": {"men": 3, "women": 4},
        },
    )
    text = _pdf_text(render_report(db, "2026-10", "ky", generated_on=REPORT_DAY))
    headings = [t(key, "ky") for key in HEADINGS]
    for heading in headings:
        assert heading in text, heading
    # the headings themselves (the report's own words, not data) carry Ң, Ө and Ү
    assert set("".join(headings).upper()) >= set("ҢӨҮ")
    assert set("".join(S[key]["ky"] for key in S).upper()) >= set("ҢӨҮ")
    assert "\ufffd" not in text


@pytest.fixture
def latin_station(tmp_path):
    """A station whose own words are all in Latin letters (no demo data)."""
    data_dir = tmp_path / "latin"
    station.init_station(
        data_dir,
        code="KSU",
        name="Kara-Suu community police station",
        municipality="Kara-Suu",
        district="Kara-Suu district",
        province="Osh province",
        admin_user="chief",
        admin_full_name="Bakyt Asanov",
        admin_password="chief-password",
        settlements=[
            {"kind": "town", "name": {"ky": "Кара-Суу", "ru": "Кара-Суу", "en": "Kara-Suu"}},
            {"kind": "village", "name": {"ky": "Көк-Жар", "ru": "Кок-Жар", "en": "Kok-Jar"}},
        ],
    )
    db = open_db(data_dir)
    yield db
    db.close()


def test_english_pdf_of_a_latin_named_station_has_no_cyrillic(latin_station):
    db = latin_station
    chief = users.authenticate(db, "chief", "chief-password")
    town = db.execute("SELECT uuid FROM settlements WHERE name_en = 'Kara-Suu'").fetchone()[0]
    partner = reference.partners.create(
        db, chief, {"kind": "school", "name": {"ky": "Мектеп", "ru": "Школа", "en": "School 3"}}
    )
    meetings.create(
        db,
        chief,
        {
            "held_on": "2026-10-10",
            "kind": "public_gathering",
            "venue": "School No. 3",
            "settlement": town,
            "attendance": {"men": 10, "women": 12, "youth": 3},
            "topics": ["youth"],
            "partners": [partner["uuid"]],
            "followups": [{"action": "Street lights", "due_on": "2026-10-20"}],
        },
    )
    c = complaints.create(
        db,
        chief,
        {
            "received_on": "2026-10-05",
            "channel": "phone",
            "category": "family_violence",
            "description": "Details",
            "complainant": {
                "name": "Aigul",
                "sex": "female",
                "age_group": "30_59",
                "settlement": town,
            },
        },
    )
    complaints.add_protection_order(db, chief, c["uuid"], "2026-10-06", "2026-10-21")
    plan = plans.create(
        db,
        chief,
        {
            "title": "Kara-Suu prevention plan 2026",
            "period_from": 2026,
            "period_to": 2026,
            "approved_on": "2026-01-15",
            "items": [
                {
                    "objective": "Youth",
                    "activity": "Football",
                    "theme": "youth",
                    "deadline": "2026-12-31",
                }
            ],
        },
    )
    activities.create(
        db,
        chief,
        {
            "held_on": "2026-10-14",
            "kind": "talk",
            "themes": ["youth", "road_safety"],
            "plan_item": plan["items"][0]["uuid"],
            "participants": {"men": 5, "women": 6, "youth": 4},
        },
    )
    for period in ("2026-10", "2026-Q4", "2026"):
        data = render_report(
            db,
            period,
            "en",
            generated_on=REPORT_DAY,
            prepared_by="Bakyt Asanov",
            annex=True,
        )
        text = _pdf_text(data)
        assert "Monthly report" in text or "Quarterly report" in text or "Annual report" in text
        assert "Kara-Suu community police station" in text
        cyrillic = sorted(set(CYRILLIC.findall(text)))
        assert not cyrillic, f"{period}: Cyrillic in the English report: {cyrillic}"


# ------------------------------------------------- (7) names in other scripts


UZBEK = ["Ўлмас Қодиров", "Ғулом Ҳасанов", "Oybek Karimov", "Gʻulom Oʻlmasov"]


def test_uzbek_cyrillic_and_latin_names_are_stored_and_found(db, officer):
    made = {}
    for name in UZBEK:
        c = complaints.create(
            db,
            officer,
            {
                "received_on": "2026-11-10",
                "channel": "in_person",
                "category": "dispute",
                "description": f"{name}: ер талашы",
                "complainant": {"name": name, "sex": "male", "age_group": "30_59"},
            },
        )
        made[name] = c["uuid"]
        assert complaints.get(db, c["uuid"])["complainant"]["name"] == name  # as typed

    def found(text: str) -> set[str]:
        rows = complaints.list_(db, ListQuery(search=text, viewer=officer))
        return {r["complainant_name"] for r in rows}

    # case-insensitive in every script, by a word's beginning
    assert found("ўлмас") == {"Ўлмас Қодиров"}
    assert found("ҚОДИРОВ") == {"Ўлмас Қодиров"}
    assert found("ғулом ҳасан") == {"Ғулом Ҳасанов"}
    assert found("OYBEK") == {"Oybek Karimov"}
    assert found("karim") == {"Oybek Karimov"}
    assert found("gʻulom") == {"Gʻulom Oʻlmasov"}
    assert found("Улмас") == set()  # Ў is its own letter, not У


def test_lists_with_other_scripts_sort_stably(db, officer):
    venues = ["Ўрта мактаб", "Қишлоқ клуби", "Ғалаба кўчаси", "Oybek choyxonasi", "Айыл өкмөтү"]
    for i, venue in enumerate(venues):
        meetings.create(
            db,
            officer,
            {"held_on": f"2026-11-{i + 10:02d}", "kind": "other", "venue": venue},
        )
    up = [
        r["venue"]
        for r in meetings.list_(db, ListQuery(sort="venue", descending=False, limit=None))
    ]
    down = [
        r["venue"] for r in meetings.list_(db, ListQuery(sort="venue", descending=True, limit=None))
    ]
    assert sorted(up) == sorted(venues)
    assert up == list(reversed(down))  # a total order: same list both ways
    assert up == [
        r["venue"]
        for r in meetings.list_(db, ListQuery(sort="venue", descending=False, limit=None))
    ]


def test_pdf_prints_uzbek_and_latin_names(db, officer, chief):
    village = reference.settlements.create(
        db,
        chief,
        {"kind": "village", "name": {"ky": "Қўрғонтепа", "ru": "Қўрғонтепа", "en": "Qoʻrgʻontepa"}},
    )
    for day, venue in (
        ("2026-10-03", "Ғулом Ҳасанов номидаги мактаб"),
        ("2026-10-04", "Ўлмас Қодиров ҳовлиси"),
        ("2026-10-05", "Oybek Karimov choyxonasi, Oʻzbekiston koʻchasi"),
    ):
        meetings.create(
            db,
            officer,
            {
                "held_on": day,
                "kind": "public_gathering",
                "venue": venue,
                "settlement": village["uuid"],
                "chaired_by": "Ҳасанов Ғ.",
                "attendance": {"men": 5, "women": 5},
            },
        )
    for lang, place in (("ru", "Қўрғонтепа"), ("ky", "Қўрғонтепа"), ("en", "Qoʻrgʻontepa")):
        text = re.sub(r"\s+", " ", _pdf_text(render_report(db, "2026-10", lang)))
        assert place in text, lang
        for venue in ("Ғулом Ҳасанов", "Ўлмас Қодиров", "Oybek Karimov", "Oʻzbekiston"):
            assert venue in text, (lang, venue)
        assert "\ufffd" not in text


def test_translation_tools_are_shipped_with_pyside6():
    """The update script needs only the PySide6 wheel (lupdate, lrelease), no Qt SDK."""
    assert tool.qt_tool("lupdate").exists() and tool.qt_tool("lrelease").exists()
