"""视图 ▸ 文字大小: 标准 / 大 / 特大 and Ctrl+= / Ctrl+- / Ctrl+0, applied live, remembered per
user (issue 12, ARCHITECTURE rule 17)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from ui import text_size

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class TextSizeMenu(QObject):
    def __init__(self, window: MainWindow, view_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        menu = view_menu.addMenu(self.tr("文字大小(&T)"))
        menu.setObjectName("textSizeMenu")
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        current = self.current()
        for name in text_size.ORDER:
            action = menu.addAction(text_size.label(name))
            action.setObjectName(f"textSize_{name}")
            action.setCheckable(True)
            action.setChecked(name == current)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, n=name: self.choose(n))
            self.actions[name] = action
        menu.addSeparator()
        bigger = menu.addAction(self.tr("放大"))
        bigger.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        bigger.triggered.connect(lambda: self.choose(text_size.step(self.current(), 1)))
        smaller = menu.addAction(self.tr("缩小"))
        smaller.setShortcut(QKeySequence("Ctrl+-"))
        smaller.triggered.connect(lambda: self.choose(text_size.step(self.current(), -1)))
        reset = menu.addAction(self.tr("恢复标准大小"))
        reset.setShortcut(QKeySequence("Ctrl+0"))
        reset.triggered.connect(lambda: self.choose("standard"))
        for action in (bigger, smaller, reset):
            window.addAction(action)  # the keys work with the menu closed
        if current != "standard":
            self.apply(current)

    def current(self) -> str:
        name = self.window.state.get("text_size", "standard")
        return name if name in text_size.SIZES else "standard"

    def choose(self, name: str) -> None:
        if name == self.current():
            return
        self.window.state.set("text_size", name)
        self.actions[name].setChecked(True)
        self.apply(name)
        self.window.save_settings()

    def apply(self, name: str) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        text_size.apply(app, name)
        self.window.fit_navigation()
