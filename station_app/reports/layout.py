"""Drawing blocks of the printed report: fonts, text wrapping, grids and bar charts.

:class:`Grid` is the report's table. Cell text is wrapped here (long words are broken
by characters, so a 300-letter name stays inside its column) and drawn with
``drawString``: nothing is parsed as markup, so ``<b>`` or ``&amp;`` print as typed. A
grid splits between rows across pages and repeats its header row; each piece costs
time in proportion to its own rows, so a 20,000-row annex lays out in linear time
(a single platypus ``Table`` of that size slows down worse than linearly).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from station_app import paths

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
GREY_HEAD = Color(0.86, 0.86, 0.86)
GREY_RULE = Color(0.55, 0.55, 0.55)
ELLIPSIS = "…"


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) from the bundled resources, once.

    The standard PDF fonts (Helvetica) have no Cyrillic: they would print boxes.
    """
    registered = pdfmetrics.getRegisteredFontNames()
    folder = paths.fonts_dir()
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def width_of(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word wider than ``width`` into pieces that fit (at least one letter each)."""
    pieces = []
    while word and width_of(word, font, size) > width:
        lo, hi = 1, len(word)  # the longest prefix that fits: binary search
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if width_of(word[:mid], font, size) <= width:
                lo = mid
            else:
                hi = mid - 1
        soft = max(word.rfind(ch, 0, lo) for ch in "/-,.;:)")  # prefer a natural break
        if soft > 0 and soft >= lo // 3:
            lo = soft + 1
        pieces.append(word[:lo])
        word = word[lo:]
    if word:
        pieces.append(word)
    return pieces


@lru_cache(maxsize=8192)
def wrap_text(
    text: str, font: str, size: float, width: float, max_lines: int = 40
) -> tuple[str, ...]:
    """Lines of ``text`` no wider than ``width``: breaks at spaces and line ends, and
    inside words too long for a line. Beyond ``max_lines`` the last line ends in '…'."""
    if width_of(text, font, size) <= width and "\n" not in text:
        return (text,)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if width_of(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            pieces = _break_word(word, font, size, width)
            lines.extend(pieces[:-1])
            line = pieces[-1]
        lines.append(line)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and width_of(last + ELLIPSIS, font, size) > width:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], last + ELLIPSIS]
    return tuple(lines)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with '…' if it is wider than ``width``."""
    if width_of(text, font, size) <= width:
        return text
    while text and width_of(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text + ELLIPSIS


# ------------------------------------------------------------------------------ grid


@dataclass(frozen=True)
class Col:
    title: str
    width: float  # points
    align: str = "left"  # "left", "right" or "center"


CELL_PAD = 2.6


def fit_widths(
    spec: Sequence[tuple[str, float, str]],
    rows: Sequence[Sequence[object]],
    total: float,
    size: float,
) -> list[Col]:
    """Columns for ``total`` points from (title, share or -points, align) specs.

    A positive number is a share of the width left by the fixed (negative) columns.
    No column is made narrower than its longest word (header in bold, cells), so words
    break inside only when one is wider than a third of the page; fixed columns widen
    for the same reason, and the share columns give way.
    """
    cap = total / 3
    need = []
    for i, (title, _w, _a) in enumerate(spec):
        widest = max((width_of(w, FONT_BOLD, size) for w in title.split()), default=0)
        for value in {"" if r[i] is None else str(r[i]) for r in rows}:
            for word in value.split():
                widest = max(widest, width_of(word, FONT, size))
        need.append(min(widest + 2 * CELL_PAD + 0.5, cap))
    widths = [max(-w, need[i]) if w < 0 else 0.0 for i, (_t, w, _a) in enumerate(spec)]
    pool = [i for i, (_t, w, _a) in enumerate(spec) if w > 0]
    while pool:
        free = total - sum(widths[i] for i in range(len(spec)) if i not in pool)
        shares = sum(spec[i][1] for i in pool)
        short = [i for i in pool if free * spec[i][1] / shares < need[i]]
        if not short:
            for i in pool:
                widths[i] = free * spec[i][1] / shares
            break
        for i in short:
            widths[i] = need[i]
            pool.remove(i)
    # Over-full: the widest share columns give way (their longest words will break).
    flexible = [i for i, (_t, w, _a) in enumerate(spec) if w > 0] or list(range(len(spec)))
    excess = sum(widths) - total
    while excess > 0.01:
        i = max(flexible, key=lambda k: widths[k])
        cut = min(excess, max(widths[i] - 36.0, 0.0)) or excess
        widths[i] -= cut
        excess -= cut
    return [Col(t, w, a) for (t, _w, a), w in zip(spec, widths, strict=True)]


@dataclass(frozen=True)
class _Row:
    cells: tuple[tuple[str, ...], ...]  # wrapped lines per cell
    height: float
    bold: bool


class Grid(Flowable):
    """A table of text cells with fixed column widths, a repeated header row and thin
    rules; splits between rows. Cell values are plain text (never markup)."""

    def __init__(
        self,
        cols: Sequence[Col],
        rows: Sequence[Sequence[object]],
        *,
        size: float = 8.0,
        header: bool = True,
        bold_rows: Sequence[int] = (),
        indent_rows: Sequence[int] = (),
        max_lines: int = 40,
    ):
        super().__init__()
        self.cols = tuple(cols)
        self.size = size
        self.leading = round(size * 1.22, 2)
        self.pad = CELL_PAD
        self.max_lines = max_lines
        bold, indent = set(bold_rows), set(indent_rows)
        self.head = self._layout([c.title for c in self.cols], True, False) if header else None
        self.rows = [self._layout(r, i in bold, i in indent) for i, r in enumerate(rows)]
        self._total_width = sum(c.width for c in self.cols)

    @classmethod
    def _piece(cls, parent: Grid, rows: list[_Row]) -> Grid:
        part = cls.__new__(cls)
        Flowable.__init__(part)
        for key in ("cols", "size", "leading", "pad", "max_lines", "head", "_total_width"):
            setattr(part, key, getattr(parent, key))
        part.rows = rows
        return part

    def _layout(self, values: Sequence[object], bold: bool, indent: bool) -> _Row:
        font = FONT_BOLD if bold else FONT
        cells = []
        for i, (col, value) in enumerate(zip(self.cols, values, strict=True)):
            text = "" if value is None else str(value)
            if indent and i == 0:
                text = "    " + text
            avail = col.width - 2 * self.pad
            cells.append(wrap_text(text, font, self.size, avail, self.max_lines))
        lines = max(len(c) for c in cells)
        return _Row(tuple(cells), lines * self.leading + 2 * self.pad, bold)

    def _height(self, rows: list[_Row]) -> float:
        return (self.head.height if self.head else 0) + sum(r.height for r in rows)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self._total_width, self._height(self.rows)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        used = self.head.height if self.head else 0
        n = 0
        for row in self.rows:
            if used + row.height > avail_height:
                break
            used += row.height
            n += 1
        if n == 0 or n == len(self.rows):
            return [] if n == 0 else [self]
        return [Grid._piece(self, self.rows[:n]), Grid._piece(self, self.rows[n:])]

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        rows = ([self.head] if self.head else []) + self.rows
        top = self.height
        xs = [0.0]
        for col in self.cols:
            xs.append(xs[-1] + col.width)
        if self.head:
            c.setFillColor(GREY_HEAD)
            c.rect(0, top - self.head.height, self._total_width, self.head.height, 0, 1)
        c.setFillColor(black)
        y = top
        current_font = None
        for row in rows:
            font = FONT_BOLD if row.bold else FONT
            if font != current_font:
                c.setFont(font, self.size)
                current_font = font
            for i, lines in enumerate(row.cells):
                col = self.cols[i]
                base = y - self.pad - self.size * 0.93
                for line in lines:
                    if line:
                        if col.align == "right":
                            c.drawRightString(xs[i + 1] - self.pad, base, line)
                        elif col.align == "center":
                            c.drawCentredString((xs[i] + xs[i + 1]) / 2, base, line)
                        else:
                            c.drawString(xs[i] + self.pad, base, line)
                    base -= self.leading
            y -= row.height
        # rules: thin grey between rows and columns, a darker frame around
        c.setStrokeColor(GREY_RULE)
        c.setLineWidth(0.3)
        path = c.beginPath()
        y = top
        for row in rows[:-1]:
            y -= row.height
            path.moveTo(0, y)
            path.lineTo(self._total_width, y)
        for x in xs[1:-1]:
            path.moveTo(x, 0)
            path.lineTo(x, top)
        c.drawPath(path, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.rect(0, 0, self._total_width, top, 1, 0)
        if self.head:
            c.line(0, top - self.head.height, self._total_width, top - self.head.height)
        c.restoreState()


# ---------------------------------------------------------------------------- charts

# Fills for up to three series: black-and-white printers render these greys distinctly,
# and every bar carries its value, so nothing depends on telling shades apart.
SERIES_GREYS = (Color(0.25, 0.25, 0.25), Color(0.6, 0.6, 0.6), Color(0.88, 0.88, 0.88))


def bar_chart(
    title: str,
    groups: Sequence[tuple[str, Sequence[int]]],
    width: float,
    *,
    series: Sequence[str] = (),
    size: float = 7.5,
) -> Drawing:
    """A horizontal bar chart: one group per (label, values) row, one bar per series,
    the value printed at the end of each bar, a legend when there are several series."""
    n_series = max((len(v) for _, v in groups), default=1)
    bar_h = 10.0
    gap = 6.0 if n_series == 1 else 9.0
    label_w = width * 0.34
    value_w = 26.0
    plot_w = width - label_w - value_w - 6
    group_h = n_series * bar_h + gap
    legend_h = 14.0 if len(series) > 1 else 0.0
    title_h = 16.0
    height = title_h + legend_h + len(groups) * group_h + 4
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=size)
    d.add(
        String(
            0,
            height - 10,
            fit_text(title, FONT_BOLD, size + 1, width),
            fontName=FONT_BOLD,
            fontSize=size + 1,
        )
    )
    top = height - title_h - legend_h
    if legend_h:
        x = label_w
        for i, name in enumerate(series):
            d.add(
                Rect(
                    x,
                    height - title_h - 9,
                    8,
                    8,
                    fillColor=SERIES_GREYS[i],
                    strokeColor=black,
                    strokeWidth=0.4,
                )
            )
            d.add(String(x + 11, height - title_h - 8, name, fontName=FONT, fontSize=size))
            x += 16 + width_of(name, FONT, size) + 10
    peak = max((v for _, vals in groups for v in vals), default=0) or 1
    y = top
    for label, values in groups:
        lines = wrap_text(label, FONT, size, label_w - 6, 2)
        block = n_series * bar_h
        mid = y - block / 2
        first = mid + (len(lines) - 1) * (size + 1) / 2 - size * 0.35
        for k, line in enumerate(lines):
            d.add(
                String(
                    label_w - 6,
                    first - k * (size + 1),
                    line,
                    fontName=FONT,
                    fontSize=size,
                    textAnchor="end",
                )
            )
        for i, value in enumerate(values):
            bar_y = y - (i + 1) * bar_h
            length = plot_w * value / peak
            if length > 0:
                d.add(
                    Rect(
                        label_w,
                        bar_y + 0.8,
                        length,
                        bar_h - 1.6,
                        fillColor=SERIES_GREYS[i % 3] if n_series > 1 else SERIES_GREYS[1],
                        strokeColor=black,
                        strokeWidth=0.4,
                    )
                )
            d.add(
                String(
                    label_w + length + 3,
                    bar_y + bar_h / 2 - size * 0.35,
                    str(value),
                    fontName=FONT,
                    fontSize=size,
                )
            )
        y -= group_h
    d.add(Line(label_w, top + 1, label_w, y + gap - 1, strokeColor=black, strokeWidth=0.6))
    return d
