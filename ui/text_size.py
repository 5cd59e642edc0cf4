"""Text size for older eyes (issue 12, ARCHITECTURE rule 17): 标准 / 大 / 特大, applied live to the
whole application — the application font, the style sheet's pixel sizes and table row heights."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from gridwarden.i18n import QT_TRANSLATE_NOOP
from gridwarden.paths import resource

# name -> (label, factor), smallest first
SIZES: dict[str, tuple[str, float]] = {
    "standard": (QT_TRANSLATE_NOOP("text_size", "标准"), 1.0),
    "large": (QT_TRANSLATE_NOOP("text_size", "大"), 1.2),
    "xlarge": (QT_TRANSLATE_NOOP("text_size", "特大"), 1.45),
}
ORDER = list(SIZES)
_BASE_POINTS = "gridwarden_base_points"
_BASE_SHEET = "gridwarden_base_sheet"
_PX = re.compile(r"font-size:\s*(\d+)px")


def label(name: str) -> str:
    return QCoreApplication.translate("text_size", SIZES[name][0])


def factor(name: str) -> float:
    return SIZES.get(name, SIZES["standard"])[1]


def step(name: str, delta: int) -> str:
    """The next size up (+1) or down (-1), staying within the three."""
    index = ORDER.index(name) if name in ORDER else 0
    return ORDER[max(0, min(len(ORDER) - 1, index + delta))]


def base_sheet() -> str:
    path = resource("styles", "app.qss")
    return path.read_text(encoding="utf-8") if path.exists() else ""


def scaled_sheet(sheet: str, scale: float) -> str:
    return _PX.sub(lambda m: f"font-size: {round(int(m.group(1)) * scale)}px", sheet)


def row_height(app: object) -> int:
    """A table row tall enough for the current text (28 px at the standard size)."""
    if not isinstance(app, QApplication):
        return 28
    points = app.font().pointSizeF()
    base = app.property(_BASE_POINTS) or points
    return max(28, round(28 * points / float(base))) if points > 0 else 28


def apply(app: QApplication, name: str) -> None:
    """Set the application's text size; every widget without its own font follows at once."""
    scale = factor(name)
    base = app.property(_BASE_POINTS)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINTS, base)
        app.setProperty(_BASE_SHEET, app.styleSheet())
    font = app.font()
    font.setPointSizeF(float(base) * scale)
    app.setFont(font)
    sheet = str(app.property(_BASE_SHEET) or "")
    if sheet:
        app.setStyleSheet(scaled_sheet(sheet, scale))
    height = row_height(app)
    for widget in app.allWidgets():
        if isinstance(widget, QTableView):
            widget.verticalHeader().setDefaultSectionSize(height)
        elif isinstance(widget, QAbstractItemView):
            widget.doItemsLayout()
