"""Report periods: a month ("2026-10"), a quarter ("2026-Q3") or a year ("2026")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from station_app.messages import Msg, msg
from station_app.reports import strings

MIN_YEAR, MAX_YEAR = 2000, 2100
KINDS = ("month", "quarter", "year")

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_QUARTER = re.compile(r"(\d{4})-[Qq](\d{1,2})")
_YEAR = re.compile(r"(\d{4})")


class PeriodError(ValueError):
    """A period string that is not a month, quarter or year; ``text(lang)`` says why."""

    def __init__(self, message: Msg):
        super().__init__(message.render("en"))
        self.message = message

    def text(self, lang: str = "en") -> str:
        return self.message.render(lang)


@dataclass(frozen=True)
class Period:
    """An inclusive range of whole days, named by ``code`` (as parsed)."""

    kind: str  # "month", "quarter" or "year"
    start: date
    end: date  # inclusive
    code: str  # canonical: "2026-10", "2026-Q3", "2026"

    def label(self, lang: str) -> str:
        """The period as printed: "October 2026", "октябрь 2026 г.", "2026-жылдын октябрь айы"."""
        year = self.start.year
        if self.kind == "month":
            return strings.t(
                "period_month", lang, month=strings.month_name(self.start.month, lang), year=year
            )
        if self.kind == "quarter":
            q = (self.start.month - 1) // 3 + 1
            return strings.t(
                "period_quarter",
                lang,
                q=q,
                roman=strings.ROMAN[q - 1],
                year=year,
                first=strings.month_name(self.start.month, lang),
                last=strings.month_name(self.end.month, lang),
            )
        return strings.t("period_year", lang, year=year)

    def as_of(self, today: date) -> date:
        """The date the report's "open/overdue/in force" figures describe: the period's
        last day, or ``today`` while the period is still running."""
        return min(self.end, today)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def _year(value: str, text: str) -> int:
    year = int(value)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(msg("report_bad_year", year=year, value=text, min=MIN_YEAR, max=MAX_YEAR))
    return year


def month(year: int, mon: int) -> Period:
    last = calendar.monthrange(year, mon)[1]
    return Period("month", date(year, mon, 1), date(year, mon, last), f"{year:04d}-{mon:02d}")


def quarter(year: int, q: int) -> Period:
    first = 3 * (q - 1) + 1
    last = calendar.monthrange(year, first + 2)[1]
    return Period("quarter", date(year, first, 1), date(year, first + 2, last), f"{year}-Q{q}")


def year(year_: int) -> Period:
    return Period("year", date(year_, 1, 1), date(year_, 12, 31), f"{year_:04d}")


def parse_period(text: object) -> Period:
    """Parse "YYYY-MM", "YYYY-Qn" or "YYYY"; anything else raises :class:`PeriodError`."""
    raw = text.strip() if isinstance(text, str) else ""
    shown = raw[:20] if isinstance(text, str) else str(text)[:20]
    if m := _MONTH.fullmatch(raw):
        y, mon = _year(m[1], shown), int(m[2])
        if not 1 <= mon <= 12:
            raise PeriodError(msg("report_bad_month", month=m[2], value=shown))
        return month(y, mon)
    if m := _QUARTER.fullmatch(raw):
        y, q = _year(m[1], shown), int(m[2])
        if not 1 <= q <= 4:
            raise PeriodError(msg("report_bad_quarter", quarter=m[2], value=shown))
        return quarter(y, q)
    if m := _YEAR.fullmatch(raw):
        return year(_year(m[1], shown))
    raise PeriodError(msg("report_bad_period", value=shown))
