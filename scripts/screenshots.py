"""Screenshots of every screen, in a real window, for docs/screenshots/.

    xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots.py \\
        --data-dir demo-data --password demo-password [--lang ru] [--out docs/screenshots]

Runs the real application window (xcb on a virtual 1366×768 screen) over a demo database,
shows each page and each editor with a record, and saves what the window shows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from station_app.gui import i18n, tasks
from station_app.gui.app import make_app
from station_app.gui.login import LoginDialog
from station_app.gui.main_window import MainWindow
from station_app.gui.session import Session
from station_app.gui.setup_wizard import SetupWizard
from station_app.services import users
from station_app.store import open_db


def settle(app: QApplication, ms: int = 300) -> None:
    """Let the window lay out and paint for ``ms`` milliseconds."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--user", default="chief")
    parser.add_argument("--password", required=True)
    parser.add_argument("--lang", default="ru", choices=("ky", "ru", "en"))
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "ru" else f"-{args.lang}"

    app = make_app()
    i18n.install_translators(app, args.lang)

    wizard = SetupWizard(Path(tempfile.mkdtemp()), lang=args.lang)
    wizard.show()
    settle(app)
    save(wizard, args.out / f"wizard{suffix}.png")
    wizard.close()

    db = open_db(args.data_dir)
    login = LoginDialog(db, lang=args.lang)
    login.show()
    settle(app)
    save(login, args.out / f"login{suffix}.png")
    login.close()

    actor = users.authenticate(db, args.user, args.password)
    window = MainWindow(Session(args.data_dir, db, actor, args.lang))
    window.resize(1366, 768)
    window.show()
    settle(app, 600)
    for key in window.pages:
        page = window.show_page(key)
        settle(app)
        if key == "reports":  # a real report of last month, previewed
            page.make_report()
            for _ in range(300):
                settle(app, 100)
                if not page._busy:
                    break
            settle(app)
        save(window, args.out / f"{key}{suffix}.png")
        if key == "settings":  # every tab: the longer Russian and Kyrgyz labels must fit each
            for i in range(1, page.tabs.count()):
                page.tabs.setCurrentIndex(i)
                settle(app, 400)
                name = type(page.tabs.widget(i)).__name__.removesuffix("Tab").lower()
                save(window, args.out / f"settings-{name}{suffix}.png")
            page.tabs.setCurrentIndex(0)

    for kind, name in (
        ("complaints", "complaint"),
        ("meetings", "meeting"),
        ("activities", "activity"),
        ("plans", "plan"),
    ):
        table = kind
        row = db.execute(
            f"SELECT uuid FROM {table} WHERE deleted = 0 ORDER BY "
            + (
                "(SELECT count(*) FROM complaint_actions a WHERE a.complaint_uuid = uuid) DESC"
                if table == "complaints"
                else "id DESC"
            )
            + " LIMIT 1"
        ).fetchone()
        if row is None:
            continue
        editor = window.open_editor(kind, row[0])
        settle(app, 500)
        save(editor, args.out / f"editor-{name}{suffix}.png")
        tabs = getattr(editor, "tabs", None)
        for i in range(1, tabs.count() if tabs is not None else 0):
            if tabs.isTabVisible(i):
                tabs.setCurrentIndex(i)
                settle(app, 300)
                tab = tabs.widget(i).objectName().removesuffix("Tab") or str(i + 1)
                save(editor, args.out / f"editor-{name}-{tab}{suffix}.png")
        editor.close()
    window.close()
    tasks.wait_all()
    window.deleteLater()
    settle(app, 200)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
