"""The one place that asks for 'now' and 'today', so tests and demos can pin them."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

ENV_TODAY = "STATION_APP_TODAY"  # ISO date; pins today() for tests and reproducible demos


def today() -> date:
    pinned = os.environ.get(ENV_TODAY)
    if pinned:
        return date.fromisoformat(pinned)
    return date.today()


def now_iso() -> str:
    """UTC timestamp with milliseconds, sortable as text."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
