"""Deadline arithmetic: answer due dates, extensions, working days, overdue."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

CLOSED_STATUSES = ("resolved", "dismissed")


def is_working_day(d: date, holidays: list[str]) -> bool:
    return d.weekday() < 5 and d.strftime("%m-%d") not in holidays


def add_working_days(start: date, days: int, holidays: list[str]) -> date:
    d = start
    added = 0
    while added < days:
        d += timedelta(days=1)
        if is_working_day(d, holidays):
            added += 1
    return d


def answer_due(received: date, settings: dict[str, Any]) -> date:
    """Received date + the answer period (calendar or working days, per the settings)."""
    days = int(settings["answer_period_days"])
    if settings.get("answer_period_unit") == "working":
        return add_working_days(received, days, settings["holidays"])
    return received + timedelta(days=days)


def latest_extension(received: date, settings: dict[str, Any]) -> date:
    """The latest date an answer may be extended to: received + the maximum period."""
    return received + timedelta(days=int(settings["extension_max_days"]))


def registration_due(received: date, settings: dict[str, Any]) -> date:
    """Registration is due within one working day of receipt."""
    return add_working_days(received, 1, settings["holidays"])


def effective_due(answer_due_on: str, extended_until: str | None) -> str:
    return extended_until or answer_due_on


def is_overdue(status: str, due_on: str, today: date) -> bool:
    return status not in CLOSED_STATUSES and date.fromisoformat(due_on) < today


def days_left(due_on: str, today: date) -> int:
    return (date.fromisoformat(due_on) - today).days
