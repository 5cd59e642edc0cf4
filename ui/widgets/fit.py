"""Every dialog fits the screen it opens on (issue 12, ARCHITECTURE rule 17).

Each dialog (a FittedDialog) is fitted as it is first shown: everything above its button row
moves into a scroll area, and the dialog is sized to what it asks for but never beyond the
available geometry (a 1366×768 laptop leaves about 728 pixels under the taskbar), so 保存/取消
stay on screen and the form scrolls. Message boxes, file and progress dialogs are Qt's own and
left alone."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayoutItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

FITTED = "gridwarden_fitted"
# room for the window frame and title bar the window manager adds around a dialog
FRAME_ALLOWANCE = 40
_override: QRect | None = None


def set_available_override(area: QRect | None) -> None:
    """Renders and tests: behave as if the screen's available area were this (e.g. a 1366×768
    laptop with its taskbar: 1366×728)."""
    global _override
    _override = area


def available_geometry(widget: QWidget | None = None) -> QRect:
    if _override is not None:
        return QRect(_override)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def _is_button_row(item: QLayoutItem | None) -> bool:
    if item is None:
        return False
    widget = item.widget()
    if widget is not None:
        return isinstance(widget, (QDialogButtonBox, QAbstractButton))
    layout = item.layout()
    if layout is None:
        return False
    items = [layout.itemAt(i) for i in range(layout.count())]
    present = [i.widget() for i in items if i is not None and i.widget() is not None]
    return bool(present) and all(isinstance(w, QAbstractButton) for w in present)


def wrap_in_scroll(dialog: QDialog) -> QScrollArea | None:
    """Move everything above the trailing button rows into a scroll area; None if the dialog's
    layout is not a vertical box (then it is only sized)."""
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.Down,
    ):
        return None
    count = layout.count()
    keep = count
    while keep > 0 and _is_button_row(layout.itemAt(keep - 1)):
        keep -= 1
    first = layout.itemAt(0)
    if keep == 0 or (keep == 1 and first is not None and isinstance(first.widget(), QScrollArea)):
        return None  # nothing to wrap, or the form already scrolls
    content = QWidget()
    content.setObjectName("dialogContent")
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(layout.spacing() if layout.spacing() >= 0 else 6)
    stretches = [layout.stretch(i) for i in range(keep)]
    for stretch in stretches:
        item = layout.takeAt(0)
        if item is None:
            continue
        widget, sub = item.widget(), item.layout()
        if widget is not None:
            inner.addWidget(widget, stretch)
        elif sub is not None:
            inner.addLayout(sub, stretch)
        else:
            inner.addItem(item)
    area = QScrollArea()
    area.setObjectName("dialogScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    layout.insertWidget(0, area, 1)
    area.show()  # now, not on the next event loop turn (a layout shows a new child queued)
    return area


def fit(dialog: QDialog, available: QRect | None = None) -> None:
    """Wrap (once) and size the dialog to fit the available area, then keep it on screen."""
    area = available or available_geometry(dialog)
    explicit = dialog.testAttribute(Qt.WidgetAttribute.WA_Resized)
    wanted = dialog.size() if explicit else dialog.sizeHint()
    if not dialog.property(FITTED):
        dialog.setProperty(FITTED, True)
        scroll = wrap_in_scroll(dialog)
        if scroll is not None:
            content = scroll.widget()
            hint = content.sizeHint() if content is not None else wanted
            # what the form needs unscrolled, plus the button row and margins
            extra = dialog.sizeHint().height() - scroll.sizeHint().height()
            if not explicit:
                wanted = wanted.expandedTo(hint.grownBy(dialog.contentsMargins()))
                wanted.setHeight(hint.height() + max(extra, 0) + 4)
    max_w = area.width() - 16
    max_h = area.height() - FRAME_ALLOWANCE
    width = min(max(wanted.width(), dialog.minimumSizeHint().width()), max_w)
    height = min(wanted.height(), max_h)
    dialog.setMaximumSize(max(max_w, dialog.minimumWidth()), max(max_h, 1))
    dialog.resize(width, height)
    # on the available area: the title bar may not leave the top nor the buttons the bottom
    x = min(max(dialog.x(), area.left()), area.right() - width)
    y = min(max(dialog.y(), area.top()), area.bottom() - height - FRAME_ALLOWANCE + 8)
    dialog.move(max(x, area.left()), max(y, area.top()))


class FittedDialog(QDialog):
    """A dialog that fits the available area the first time it is shown (fit): every dialog
    of the app derives from it (tests/ui/test_dialogs_fit_ui.py checks). An event filter on
    the whole application did this before; a Python filter there sees every event of every
    widget: with the lock's, ~40 ms of building and painting the main window at start-up."""

    def showEvent(self, event: QShowEvent) -> None:
        if self.isWindow() and not self.property(FITTED):
            fit(self)
        super().showEvent(event)


def buttons_visible(dialog: QDialog, area: QRect | None = None) -> bool:
    """Whether every button row of the dialog lies inside it and the dialog inside the area."""
    region = area or available_geometry(dialog)
    frame = dialog.frameGeometry()
    if frame.height() > region.height() or frame.width() > region.width():
        return False
    boxes = dialog.findChildren(QDialogButtonBox)
    for box in boxes:
        if not box.isVisible():
            continue
        bottom = box.mapTo(dialog, box.rect().bottomLeft()).y()
        if bottom > dialog.height():
            return False
    return True
