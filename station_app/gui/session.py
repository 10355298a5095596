"""What the window knows about who is working where: data folder, connection, user, language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from station_app.services import reference, station
from station_app.services.auth import Actor


@dataclass
class Session:
    """One logged-in user's session. ``db`` belongs to the GUI thread only."""

    data_dir: Path
    db: sqlite_utils.Database
    actor: Actor
    lang: str = "ru"
    _labels: dict[str, dict[str, str]] = field(default_factory=dict)
    _settlements: dict[str, str] | None = None

    @property
    def profile(self) -> dict[str, Any]:
        return station.profile(self.db)

    def labels(self, list_name: str) -> dict[str, str]:
        """code -> label of a reference list, in the session's language (cached)."""
        if list_name not in self._labels:
            self._labels[list_name] = reference.labels(self.db, list_name, self.lang)
        return self._labels[list_name]

    def label(self, list_name: str, code: str | None) -> str:
        if code is None:
            return ""
        return self.labels(list_name).get(code, code)

    def settlements(self) -> dict[str, str]:
        """uuid -> settlement name in the session's language (cached)."""
        if self._settlements is None:
            col = f"name_{self.lang}"
            self._settlements = {
                uuid: name
                for uuid, name in self.db.execute(
                    f"SELECT uuid, {col} FROM settlements WHERE deleted = 0 ORDER BY {col}"
                )
            }
        return self._settlements

    def partners(self) -> dict[str, str]:
        col = f"name_{self.lang}"
        return {
            uuid: name
            for uuid, name in self.db.execute(
                f"SELECT uuid, {col} FROM partners WHERE deleted = 0 ORDER BY {col}"
            )
        }

    def forget_cached(self) -> None:
        """Call after reference lists or the language change."""
        self._labels.clear()
        self._settlements = None
