"""The Export / Sync page (#5 item 8): real packages, a real district database, the window.

Station: export off the GUI thread (progress, result line, a package that verifies),
personal data only for the chief, the receipt back, the status bar. District: the dry-run
summary, then the import; conflicts side by side, resolved by choosing; each station's
gaps; an altered package refused with its reason and nothing changed; a changed key
registered deliberately.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from station_app.gui import dialogs
from station_app.gui.pages.conflicts_view import DIFFERS
from station_app.gui.session import Session
from station_app.services import station
from station_app.store import open_db
from station_app.sync import keys, receipts, state
from station_app.sync.export import export_package
from station_app.sync.importer import import_packages
from station_app.sync.verify import read_package

from conftest import SETTLEMENTS
from sync_support import csv_replace, fingerprint, make_district, members, repack

WAIT = 30_000


@pytest.fixture
def district(tmp_path):
    folder = tmp_path / "district"
    ddb, analyst = make_district(folder)
    yield folder, ddb, analyst
    ddb.close()


def _window(qtbot, session: Session):
    from station_app.gui import i18n
    from station_app.gui.app import make_app
    from station_app.gui.main_window import MainWindow

    app = make_app()
    i18n.install_translators(app, "en")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def chief_window(qtbot, station_dir, db, chief):
    window = _window(qtbot, Session(station_dir, db, chief, "en"))
    yield window
    window.close()


@pytest.fixture
def district_window(qtbot, district):
    folder, ddb, analyst = district
    window = _window(qtbot, Session(folder, ddb, analyst, "en"))
    yield window
    window.close()


def _wait(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)


def _choose(page, monkeypatch, qtbot, paths: list[Path]) -> None:
    """Choose package files through the dialog seam; waits for the dry run."""
    monkeypatch.setattr(dialogs, "open_files", lambda *a, **k: [str(p) for p in paths])
    qtbot.mouseClick(page.choose_packages_button, Qt.LeftButton)
    _wait(qtbot, page)


def _import(page, qtbot) -> None:
    assert page.import_button.isEnabled()
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    _wait(qtbot, page)


# ============================================================================ station


def test_export_from_the_window_writes_a_package_that_verifies(
    main_window, filled, stick, qtbot, monkeypatch
):
    assert main_window.status_export.text() == "Last export: never"
    page = main_window.show_page("sync")
    assert not page.district and page.history.rowCount() == 0
    monkeypatch.setattr(dialogs, "choose_dir", lambda *a, **k: str(stick))
    qtbot.mouseClick(page.choose_button, Qt.LeftButton)
    assert page.folder.text() == str(stick)
    steps: list[int] = []
    page.export_progress.valueChanged.connect(steps.append)
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    assert page.busy and page.export_progress.isVisible()
    assert not page.export_button.isEnabled()
    _wait(qtbot, page)
    # the package on the stick verifies: signature, hashes, every cell
    path = stick / "NKT_2026-11_0001.stpkg"
    pkg = read_package(path)
    assert pkg.station == "NKT" and pkg.seq == 1
    assert pkg.info["full"] and not pkg.info["personal_data"]
    # progress went through the service's steps to the end; the result line says what
    bar = page.export_progress
    assert bar.value() == bar.maximum() and steps and max(steps) == bar.maximum()
    text = page.export_result.text()
    assert "Written: NKT_2026-11_0001.stpkg (" in text
    size = path.stat().st_size
    assert f"{size / 1000:.1f}".rstrip("0").rstrip(".")[:2] in text  # the size, in KB
    assert "Personal data left out" in text and "2026-10" in text
    # the history and the status bar know it
    [row] = page.history_rows()
    assert row[0] == "1" and row[1] == path.name and row[-1] == "Not yet"
    status = main_window.status_export.text()
    assert status.startswith("Last export: 20") and status.endswith("NKT_2026-11_0001")
    # the next export (nothing acknowledged yet) is number 2
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    _wait(qtbot, page)
    assert [r[0] for r in page.history_rows()] == ["2", "1"]
    assert main_window.status_export.text().endswith("NKT_2026-11_0002")


def test_officer_cannot_include_personal_data(main_window, db, filled, stick, qtbot):
    page = main_window.show_page("sync")
    assert not page.personal.isEnabled()
    assert page.findChild(QWidget, "personalNote").isVisible()
    page.folder.setText(str(stick))
    page.personal.setChecked(True)  # forced: the service refuses all the same
    assert page.export()
    _wait(qtbot, page)
    assert "Only the station chief may include personal data" in page.export_result.text()
    assert list(stick.iterdir()) == [] and page.history.rowCount() == 0
    refused = db.execute("SELECT action, entity FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert refused == ("refused", "export_personal_data")


def test_chief_includes_personal_data(chief_window, filled, stick, qtbot):
    page = chief_window.show_page("sync")
    assert page.personal.isEnabled() and page.findChild(QWidget, "personalNote") is None
    page.folder.setText(str(stick))
    page.personal.setChecked(True)
    page.full.setChecked(True)
    assert page.export()
    _wait(qtbot, page)
    pkg = read_package(stick / "NKT_2026-11_0001.stpkg")
    assert pkg.info["personal_data"]
    assert "Personal data INCLUDED" in page.export_result.text()
    assert page.history_rows()[0][6] == "Included"


def test_a_stick_that_is_gone_says_so(main_window, filled, tmp_path, qtbot):
    page = main_window.show_page("sync")
    page.folder.setText(str(tmp_path / "pulled-out"))
    assert page.export()
    _wait(qtbot, page)
    assert page.export_result.text().startswith("Not written: ")
    assert not page.export_progress.isVisible() and page.export_button.isEnabled()


def test_receipt_applied_from_the_window(
    main_window, db, officer, filled, stick, district, qtbot, monkeypatch
):
    folder, ddb, analyst = district
    page = main_window.show_page("sync")
    page.folder.setText(str(stick))
    page.export()
    _wait(qtbot, page)
    import_packages(ddb, analyst, [stick / "NKT_2026-11_0001.stpkg"])
    receipt = receipts.make_receipt(ddb, analyst, folder, "NKT", stick, approve=["2026-10"])
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(receipt.path))
    qtbot.mouseClick(page.receipt_button, Qt.LeftButton)
    text = page.receipt_result.text()
    assert "District OSH trusted on its first receipt" in text
    assert "packages acknowledged: 1." in text and "Months approved: 2026-10." in text
    assert page.history_rows()[0][-1] != "Not yet"
    assert "2026-10" in page.approvals.text()
    # again: nothing changes, and it says so
    assert page.apply_receipt(receipt.path)
    assert "already applied" in page.receipt_result.text()
    # a receipt file that is not one: refused, one line
    bad = stick / "bad.streceipt"
    bad.write_text("{}", encoding="utf-8")
    assert not page.apply_receipt(bad)
    assert "Not a valid receipt" in page.receipt_result.text()


# =========================================================================== district


def _export(db, actor, station_dir, stick) -> Path:
    return export_package(db, actor, station_dir, stick).path


def test_import_dry_run_summary_then_import(
    district_window, district, db, officer, station_dir, filled, stick, qtbot, monkeypatch
):
    _folder, ddb, _analyst = district
    pkg = _export(db, officer, station_dir, stick)
    assert district_window.status_export.text() == "Last import: never"
    page = district_window.show_page("sync")
    assert page.district and page.tabs.count() == 3
    before = fingerprint(ddb)
    _choose(page, monkeypatch, qtbot, [pkg])
    # the dry run: a summary per package, nothing changed
    [row] = page.summary_rows()
    assert row["File"] == pkg.name and row["Station"] == "NKT" and row["No."] == "1"
    assert row["Result"] == "Ready to import"
    assert int(row["New"]) > 10 and row["Conflicts"] == "0" and row["Updated"] == "0"
    fp = keys.fingerprint(read_package(pkg).public_key)
    assert f"New station NKT: its key (fingerprint {fp})" in row["Notes"]
    assert "Dry run: nothing was changed." in page.import_state.text()
    assert page.import_progress.value() == page.import_progress.maximum()
    assert fingerprint(ddb) == before
    # then the import
    _import(page, qtbot)
    [row] = page.summary_rows()
    assert row["Result"] == "Imported" and int(row["New"]) > 10
    assert "registered on its first import" in row["Notes"]
    assert "Packages imported: 1; refused: 0." in page.import_state.text()
    assert not page.import_button.isEnabled()
    assert ddb.execute("SELECT count(*) FROM complaints WHERE station = 'NKT'").fetchone() == (3,)
    [s] = page.station_table_rows()
    assert s["Station"] == "NKT" and s["Last package"] == "1" and s["Missing packages"] == ""
    assert s["Key fingerprint"] == fp
    status = district_window.status_export.text()
    assert status.startswith("Last import: 20") and status.endswith(pkg.stem)
    # the same package again: already imported, nothing changed
    after = fingerprint(ddb)
    _choose(page, monkeypatch, qtbot, [pkg])
    assert page.summary_rows()[0]["Result"] == "Already imported"
    assert not page.import_button.isEnabled() and fingerprint(ddb) == after


def test_conflicts_side_by_side_resolved_by_choosing(
    district_window, district, db, officer, station_dir, filled, stick, qtbot, monkeypatch
):
    _folder, ddb, analyst = district
    first = _export(db, officer, station_dir, stick)
    import_packages(ddb, analyst, [first])
    # the district's copy diverges at the same revision (as after a station restore)
    ddb.execute("UPDATE meetings SET venue = 'Башка жай' WHERE uuid = ?", [filled["meeting"]])
    ddb.conn.commit()
    second = _export(db, officer, station_dir, stick)
    page = district_window.show_page("sync")
    assert page.tabs.tabText(1) == "Conflicts"
    _choose(page, monkeypatch, qtbot, [second])
    assert page.summary_rows()[0]["Conflicts"] == "1"
    _import(page, qtbot)
    assert "Conflicts kept for review: 1" in page.summary_rows()[0]["Notes"]
    assert page.tabs.tabText(1) == "Conflicts (1)"
    page.tabs.setCurrentIndex(1)
    view = page.conflicts
    assert view.count() == 1 and view.selected() is not None
    # both versions side by side; only the differing row is highlighted
    assert view.differing_fields() == ["venue"]
    assert view.compare.item(0, 0).text() == "Venue"  # what differs comes first
    rows = {
        view.compare.item(r, 0).data(Qt.UserRole): (
            view.compare.item(r, 1).text(),
            view.compare.item(r, 2).text(),
            view.compare.item(r, 1).background().color(),
        )
        for r in range(view.compare.rowCount())
    }
    assert rows["venue"][:2] == ("Башка жай", "Мэриянын залы")
    assert rows["venue"][2] == DIFFERS
    # codes read as their labels, settlements and partners by name
    labels = district_window.session
    kind = labels.label("meeting_kind", "lcpc_meeting")
    assert kind != "lcpc_meeting" and rows["kind"][:2] == (kind, kind)
    assert rows["kind"][2] != DIFFERS
    assert rows["topics"][0] == labels.label("theme", "youth")
    view.only_diff.setChecked(True)
    assert view.compare.rowCount() == 1
    # choosing the incoming version takes it into the database
    qtbot.mouseClick(view.take_incoming, Qt.LeftButton)
    assert "the incoming version is taken" in view.message.text()
    venue = ddb.execute("SELECT venue FROM meetings WHERE uuid = ?", [filled["meeting"]])
    assert venue.fetchone() == ("Мэриянын залы",)
    assert view.count() == 0 and state.list_conflicts(ddb) == []
    assert page.tabs.tabText(1) == "Conflicts"
    assert page.station_table_rows()[0]["Open conflicts"] == "0"
    action = ddb.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert action == ("resolve_conflict",)
    # resolved ones can be shown; their decision is named and cannot be taken again
    view.show_all.setChecked(True)
    assert view.count() == 1 and view.list.item(0, 6).text() == "Incoming version taken"
    assert not view.keep_current.isEnabled() and not view.take_incoming.isEnabled()


def test_keep_current_version(district, db, officer, station_dir, filled, stick, qtbot):
    """The view on its own, keeping the district's copy."""
    from station_app.gui.pages.conflicts_view import ConflictsView

    folder, ddb, analyst = district
    import_packages(ddb, analyst, [_export(db, officer, station_dir, stick)])
    ddb.execute("UPDATE meetings SET venue = 'Башка жай' WHERE uuid = ?", [filled["meeting"]])
    ddb.conn.commit()
    import_packages(ddb, analyst, [_export(db, officer, station_dir, stick)])
    view = ConflictsView(Session(folder, ddb, analyst, "en"))
    qtbot.addWidget(view)
    view.refresh()
    assert view.resolve("current")
    venue = ddb.execute("SELECT venue FROM meetings WHERE uuid = ?", [filled["meeting"]])
    assert venue.fetchone() == ("Башка жай",)
    [c] = state.list_conflicts(ddb, open_only=False)
    assert c["resolution"] == "current"


def test_station_status_shows_each_station_and_its_gaps(
    district_window, district, db, officer, station_dir, filled, stick, qtbot, monkeypatch
):
    paths = [_export(db, officer, station_dir, stick) for _ in range(3)]
    page = district_window.show_page("sync")
    _choose(page, monkeypatch, qtbot, [paths[2]])
    _import(page, qtbot)
    assert "Packages not received from NKT: 1, 2." in page.summary_rows()[0]["Notes"]
    page.tabs.setCurrentIndex(2)
    [s] = page.station_table_rows()
    assert s["Station"] == "NKT" and s["Last package"] == "3"
    assert s["Missing packages"] == "1, 2"
    assert s["Arrived"].startswith("20") and s["Written at the station"].startswith("20")
    assert page.stations.item(0, 6).background().color() == page_gap_color()
    assert page.gap_notes.text() == ""  # package 3 carries what 1 and 2 carried
    # the missing one arrives later: the gap closes
    _choose(page, monkeypatch, qtbot, [paths[0]])
    _import(page, qtbot)
    assert page.station_table_rows()[0]["Missing packages"] == "2"


def page_gap_color():
    from station_app.gui.pages.sync_page import GAP_COLOR

    return GAP_COLOR


def test_altered_package_is_refused_with_its_reason_and_nothing_changes(
    district_window, district, db, officer, station_dir, filled, stick, tmp_path, qtbot, monkeypatch
):
    _folder, ddb, _analyst = district
    good = _export(db, officer, station_dir, stick)
    files = members(good)
    altered = repack(
        good,
        tmp_path / "NKT_2026-11_0001-altered.stpkg",
        {"data/meetings.csv": csv_replace(files["data/meetings.csv"], "Мэриянын", "Мэриянын 2")},
    )
    page = district_window.show_page("sync")
    before = fingerprint(ddb)
    _choose(page, monkeypatch, qtbot, [altered])
    [row] = page.summary_rows()
    assert row["Result"] == "Refused" and row["New"] == ""
    assert row["Notes"].startswith(altered.name + ": ") and "signature" in row["Notes"]
    assert "\n" not in row["Notes"]
    assert page.details.text() == row["Notes"]
    assert not page.import_button.isEnabled() and not page.register_button.isEnabled()
    assert "refused: 1" in page.import_state.text()
    # even pushed through, the import changes nothing
    assert page.import_now()
    _wait(qtbot, page)
    assert page.summary_rows()[0]["Result"] == "Refused"
    assert fingerprint(ddb) == before
    assert page.station_table_rows() == []
    # with a good package beside it: the good one is imported, the altered one refused
    _choose(page, monkeypatch, qtbot, [altered, good])
    _import(page, qtbot)
    results = {r["File"]: r["Result"] for r in page.summary_rows()}
    assert results == {altered.name: "Refused", good.name: "Imported"}


def test_changed_key_is_shown_and_registered_deliberately(
    district_window,
    district,
    db,
    officer,
    station_dir,
    filled,
    stick,
    tmp_path,
    qtbot,
    monkeypatch,
    no_dialogs,
):
    shown, answers = no_dialogs
    _folder, ddb, analyst = district
    first = _export(db, officer, station_dir, stick)
    import_packages(ddb, analyst, [first])
    impostor = tmp_path / "impostor"
    station.init_station(
        impostor,
        code="NKT",
        name="Жаңы компьютер",
        province="Ош облусу",
        admin_user="chief",
        admin_password="chief-password",
        settlements=SETTLEMENTS,
    )
    idb = open_db(impostor)
    new_key = idb.execute("SELECT public_key FROM station").fetchone()[0]
    idb.close()
    moved = repack(
        first,
        tmp_path / "NKT_2026-11_0002.stpkg",
        key_dir=impostor,
        info={"public_key": new_key, "seq": 2, "prev_hash": "0" * 64},
    )
    page = district_window.show_page("sync")
    _choose(page, monkeypatch, qtbot, [moved])
    [row] = page.summary_rows()
    new_fp = keys.fingerprint(new_key)
    assert row["Result"] == "Refused" and "differs from the registered one" in row["Notes"]
    assert new_fp in row["Notes"]
    assert page.register_button.isEnabled()
    # not confirmed: nothing registered
    answers.append(dialogs.Answer.NO)
    assert not page.register_selected()
    assert state.station_entry(ddb, "NKT")["public_key"] != new_key
    assert shown[-1][0] == "ask_yes_no" and new_fp in shown[-1][2]
    # confirmed after the phone call: registered, audited, and the package is ready
    answers.append(dialogs.Answer.YES)
    qtbot.mouseClick(page.register_button, Qt.LeftButton)
    _wait(qtbot, page)
    assert new_fp in shown[-1][2]
    entry = state.station_entry(ddb, "NKT")
    assert entry["public_key"] == new_key and entry["how"] == "manual"
    assert page.summary_rows()[0]["Result"] == "Ready to import"
    assert f"Station NKT registered; key fingerprint {new_fp}." in page.import_state.text()
    assert page.station_table_rows()[0]["Key fingerprint"] == new_fp
    _import(page, qtbot)
    assert page.summary_rows()[0]["Result"] == "Imported"


def test_new_station_registered_before_its_first_import(
    district_window,
    district,
    db,
    officer,
    station_dir,
    filled,
    stick,
    qtbot,
    monkeypatch,
    no_dialogs,
):
    _shown, answers = no_dialogs
    _folder, ddb, _analyst = district
    pkg = _export(db, officer, station_dir, stick)
    page = district_window.show_page("sync")
    _choose(page, monkeypatch, qtbot, [pkg])
    assert page.register_button.isEnabled()
    answers.append(dialogs.Answer.YES)
    assert page.register_selected()
    _wait(qtbot, page)
    entry = state.station_entry(ddb, "NKT")
    assert entry["how"] == "manual" and entry["name"] == station.profile(db)["name"]
    [row] = page.summary_rows()
    assert row["Result"] == "Ready to import" and "New station" not in row["Notes"]
    assert not page.register_button.isEnabled()


def test_receipt_written_from_the_stations_tab(
    district_window, district, db, officer, chief, station_dir, filled, stick, qtbot, monkeypatch
):
    _folder, ddb, analyst = district
    import_packages(ddb, analyst, [_export(db, officer, station_dir, stick)])
    page = district_window.show_page("sync")
    page.refresh()
    page.approve.setText("2026-10")
    out = stick / "back"
    out.mkdir()
    monkeypatch.setattr(dialogs, "choose_dir", lambda *a, **k: str(out))
    qtbot.mouseClick(page.receipt_write_button, Qt.LeftButton)
    assert "months approved: 2026-10" in page.receipt_written.text()
    [receipt] = list(out.glob("NKT_receipt_*.streceipt"))
    applied = receipts.apply_receipt(db, officer, receipt)
    assert applied.acknowledged == [1] and applied.approvals == ["2026-10"]
    # a month the district never received closed: the service's reason
    page.approve.setText("2026-09")
    qtbot.mouseClick(page.receipt_write_button, Qt.LeftButton)
    assert "no closed month to approve" in page.receipt_written.text()


# ============================================================================= shared


@pytest.mark.parametrize("mode", ["station", "district"])
def test_the_page_fits_1366x768_and_is_keyboard_reachable(mode, request, qtbot):
    window = request.getfixturevalue("main_window" if mode == "station" else "district_window")
    window.resize(1366, 768)
    page = window.show_page("sync")
    qtbot.wait(50)
    hint = page.minimumSizeHint()
    assert hint.width() <= window.stack.width() and hint.height() <= window.stack.height()
    reachable = (
        [page.choose_button, page.export_button, page.receipt_button, page.full, page.history]
        if mode == "station"
        else [page.choose_packages_button, page.summary, page.tabs, page.stations]
    )
    for w in reachable:
        assert w.focusPolicy() & Qt.TabFocus, w.objectName()


def test_status_bar_reads_the_last_export(main_window, db, officer, filled, stick):
    """Also a package written elsewhere (the command line) shows once the bar is updated."""
    export_package(db, officer, main_window.session.data_dir, stick)
    main_window.update_status()
    assert main_window.status_export.text().endswith("NKT_2026-11_0001")


def test_window_rebuilt_while_exporting(main_window, filled, stick, qtbot):
    """A change of language rebuilds the pages; the export's answer then goes nowhere."""
    from station_app.gui import tasks

    page = main_window.show_page("sync")
    page.folder.setText(str(stick))
    assert page.export()
    main_window.retranslate()
    assert tasks.wait_all(WAIT)
    qtbot.wait(50)  # the queued answer is delivered (and skipped)
    assert (stick / "NKT_2026-11_0001.stpkg").exists()
    main_window.update_status()
    assert main_window.status_export.text().endswith("NKT_2026-11_0001")
    page = main_window.show_page("sync")  # shown again: it reads the history afresh
    page.refresh()
    assert page.history.rowCount() == 1
