"""Month close with its final report, and reprints that come from the stored PDF.

Closing renders the month's report (dated the day of signing, approved by the signer)
and stores those exact bytes with the closure; printing a closed month afterwards hands
out the stored bytes, so every reprint is byte-identical to what the chief signed.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

from station_app import clock
from station_app.reports.pdf import render_report
from station_app.reports.periods import Period, parse_period
from station_app.services import months
from station_app.services.auth import MANAGERS, Actor, require


def close_month(
    db: sqlite_utils.Database,
    actor: Actor,
    month: str,
    *,
    signed_by: str,
    lang: str,
    prepared_by: str | None = None,
) -> dict:
    """Render the final report of ``month`` and sign the month with it (chief or admin)."""
    require(actor, MANAGERS, db)
    months.check_month(month)
    today = clock.today()
    pdf = render_report(
        db, month, lang, prepared_by=prepared_by, approved_by=signed_by, generated_on=today
    )
    return months.close_month(
        db,
        actor,
        month,
        signed_by=signed_by,
        report_pdf=pdf,
        report_lang=lang,
        signed_on=today.isoformat(),
    )


def report_bytes(
    db: sqlite_utils.Database,
    period: Period | str,
    lang: str,
    *,
    prepared_by: str | None = None,
    approved_by: str | None = None,
    generated_on: date | str | None = None,
    annex: bool = False,
) -> tuple[bytes, bool]:
    """The report as PDF bytes, and whether it is the signed one of a closed month.

    A closed month in the language it was signed in gives the stored PDF unchanged.
    """
    if isinstance(period, str):
        period = parse_period(period)
    if period.kind == "month" and not annex:
        closure = months.closure(db, period.code)
        stored = months.stored_report(db, period.code)
        if closure and stored and closure["report_lang"] == lang:
            return stored[0], True
    pdf = render_report(
        db,
        period,
        lang,
        prepared_by=prepared_by,
        approved_by=approved_by,
        generated_on=generated_on,
        annex=annex,
    )
    return pdf, False
