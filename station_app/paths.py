"""Where things live: the user's data folder and the files bundled with the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "StationApp"
DB_FILENAME = "station.sqlite3"
ENV_DATA_DIR = "STATION_APP_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user data folder (``STATION_APP_DATA_DIR`` overrides it)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILENAME


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "backups"


def keys_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "keys"


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``forms/``.

    In the PyInstaller bundle (``build.spec``) that is ``sys._MEIPASS``: the
    ``_internal`` folder beside ``station-app.exe``. Another freezer: the executable's
    folder. From source (or an editable install): the repository's top folder.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def forms_dir() -> Path:
    return bundle_root() / "forms"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"
