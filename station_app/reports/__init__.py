"""The printed report (monthly, quarterly, yearly): periods, figures, words and the PDF.

No Qt here: the window, the command line and month close all call :func:`build_report`;
at a district office, :func:`build_district_report` (the stations side by side).
"""

from __future__ import annotations

from station_app.reports.closing import close_month, report_bytes
from station_app.reports.district import build_district_report, render_district_report
from station_app.reports.pdf import build_report, render_report, write_file
from station_app.reports.periods import Period, PeriodError, parse_period

__all__ = [
    "Period",
    "PeriodError",
    "build_district_report",
    "build_report",
    "close_month",
    "parse_period",
    "render_district_report",
    "render_report",
    "report_bytes",
    "write_file",
]
