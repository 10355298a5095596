"""Cross-field checks shared by several record kinds."""

from __future__ import annotations

from typing import Any

from station_app.messages import Msg, msg


def check_headcount(cols: dict[str, Any], prefix: str, errors: dict[str, Msg]) -> None:
    """men/women default to 0; youth (under 30) is a part of men + women, never more."""
    for col in ("men", "women", "youth"):
        if cols.get(col) is None:
            cols[col] = 0
    if any(f"{prefix}.{col}" in errors for col in ("men", "women", "youth")):
        return
    total = cols["men"] + cols["women"]
    if cols["youth"] > total:
        errors[f"{prefix}.youth"] = msg("youth_exceeds_total", total=total)


def check_not_before(
    cols: dict[str, Any], first: str, later: str, path: str, errors: dict[str, Msg]
) -> None:
    if cols.get(first) and cols.get(later) and cols[later] < cols[first]:
        errors.setdefault(path, msg("date_before", other=cols[first], value=cols[later]))
