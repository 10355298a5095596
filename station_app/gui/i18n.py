"""Fonts and translators: the bundled DejaVu Sans, and Qt .qm files for ky / ru / en.

Our strings live in ``resources/translations/station_app_<lang>.ts`` (made from the code and
the forms by ``scripts/update_translations.py``, translated, and compiled to ``.qm`` by the
same script). Qt's own strings (the OK / Cancel / Yes / No / Save / Discard buttons, the
wizard's Back / Next / Finish, text-field menus) come from ``qtbase_<lang>.qm``: Russian
from PySide6's translations folder, Kyrgyz from ours (Qt ships none).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from station_app import paths

FONT_FAMILY = "DejaVu Sans"
LANGUAGES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
LOCALES = {"ky": QLocale.Kyrgyz, "ru": QLocale.Russian, "en": QLocale.English}
_installed: list[QTranslator] = []

# app.py looks these up in the "App" context through a helper lupdate cannot follow;
# naming them here puts them into the .ts files under that context.
APP_STRINGS = (
    QT_TRANSLATE_NOOP("App", "Unexpected error"),
    QT_TRANSLATE_NOOP("App", "Something went wrong. Your saved records are safe."),
    QT_TRANSLATE_NOOP("App", "Station App"),
)


def register_fonts(app: QApplication, point_size: int = 10) -> str:
    """Register the bundled fonts and make DejaVu Sans the application font."""
    family = FONT_FAMILY
    for file in sorted(paths.fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(file))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and "Bold" not in file.name:
            family = families[0]
    app.setFont(QFont(family, point_size))
    return family


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def qt_translations_dir() -> str:
    """PySide6's folder of Qt's own .qm files (qtbase_ru.qm among them)."""
    return QLibraryInfo.path(QLibraryInfo.TranslationsPath)


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Replace the installed translators with ``lang``'s; returns the files loaded.

    Qt's own buttons first (PySide6's qtbase, then ours, which wins where both exist),
    then the app's strings. English loads only our plural forms ("1 record", "2 records").
    The default QLocale follows, so month names, dates and numbers match the language.
    """
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang not in LANGUAGES:
        lang = "en"
    QLocale.setDefault(QLocale(LOCALES[lang], QLocale.AnyTerritory))
    ours = str(translations_dir())
    candidates = [(ours, f"station_app_{lang}")]
    if lang != "en":
        candidates[:0] = [(qt_translations_dir(), f"qtbase_{lang}"), (ours, f"qtbase_{lang}")]
    loaded = []
    for folder, name in candidates:
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            _installed.append(tr)
            loaded.append(tr.filePath())
    return loaded
