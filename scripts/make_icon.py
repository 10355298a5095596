"""Draw the application icon: resources/icons/station-app.png (256 px) and .ico (16-256 px).

    python scripts/make_icon.py

The .ico is what ``build.spec`` gives ``station-app.exe`` on Windows (Explorer, shortcuts,
taskbar; Qt's windows take the executable's icon when none is set). Both files are
committed; run this again only to change the drawing. Needs PySide6 and Pillow.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 256
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def shield() -> QPainterPath:
    """A shield filling most of the 256 px square."""
    path = QPainterPath()
    path.moveTo(128, 14)
    path.cubicTo(170, 34, 200, 40, 228, 40)
    path.cubicTo(228, 130, 206, 200, 128, 244)
    path.cubicTo(50, 200, 28, 130, 28, 40)
    path.cubicTo(56, 40, 86, 34, 128, 14)
    path.closeSubpath()
    return path


def star(cx: float, cy: float, outer: float, inner: float) -> QPainterPath:
    import math

    path = QPainterPath()
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        a = -math.pi / 2 + i * math.pi / 5
        point = QPointF(cx + r * math.cos(a), cy + r * math.sin(a))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def draw() -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(QPen(QColor("#d9a520"), 12))
    p.setBrush(QBrush(QColor("#1f3a68")))
    p.drawPath(shield())
    p.setPen(Qt.NoPen)
    p.setBrush(QBrush(QColor("#ffffff")))
    p.drawPath(star(128, 118, 66, 27))
    p.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    png = OUT / "station-app.png"
    if not draw().save(str(png)):
        print(f"could not write {png}", file=sys.stderr)
        return 1
    with Image.open(png) as img:
        img.save(OUT / "station-app.ico", sizes=ICO_SIZES)
    print(f"{png}\n{OUT / 'station-app.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
