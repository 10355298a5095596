"""Dates of the last export or import as the status bar and the sync pages show them.

Kept apart from the Export / Sync page so the main window can show its status bar
without loading the page (and the packaging code) before the page is first opened.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from station_app.gui.session import Session
from station_app.sync import state


def local_time(iso: str | None) -> str:
    """A stored UTC time stamp (2026-11-20T09:31:28.12Z) as local 'YYYY-MM-DD HH:MM'."""
    if not iso:
        return ""
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if when.tzinfo is not None:
        when = when.astimezone()
    return when.strftime("%Y-%m-%d %H:%M")


def last_sync_text(session: Session) -> tuple[str, bool]:
    """For the status bar: ('2026-11-20 09:31 · NKT_2026-11_0001', True) - the last package
    written (station) or imported (district), named without its extension to fit the bar;
    ('', is_station) when there is none."""
    if session.profile["mode"] == "district":
        last = state.last_import(session.db)
        when, station_mode = last and last["imported_at"], False
    else:
        last = state.last_export(session.db)
        when, station_mode = last and last["created_at"], True
    if not last:
        return "", station_mode
    return f"{local_time(when)} · {Path(last['file_name']).stem}", station_mode
