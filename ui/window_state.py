"""The window as each user left it (issue 12): geometry, splitter positions, column widths and
header sort state per page, kept in the settings file under the user's id."""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

from gridwarden.settings import Settings


def _encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _decode(text: str) -> QByteArray | None:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except ValueError:
        return None


def _headers(page: QWidget) -> list[QHeaderView]:
    return [
        h for h in page.findChildren(QHeaderView) if h.orientation() == Qt.Orientation.Horizontal
    ]


class WindowState:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def values(self) -> dict[str, str]:
        return self.settings.user_ui()  # the signed-in user's (their id may change at login)

    def get(self, key: str, default: str = "") -> str:
        return self.values.get(key, default)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value

    def restore_window(self, window: QMainWindow) -> bool:
        saved = _decode(self.get("geometry"))
        return bool(saved is not None and not saved.isEmpty() and window.restoreGeometry(saved))

    def save_window(self, window: QMainWindow) -> None:
        self.set("geometry", _encode(window.saveGeometry()))

    def restore_page(self, name: str, page: QWidget) -> None:
        for i, splitter in enumerate(page.findChildren(QSplitter)):
            saved = _decode(self.get(f"{name}.splitter.{i}"))
            if saved is not None and not saved.isEmpty():
                splitter.restoreState(saved)
        for i, header in enumerate(_headers(page)):
            saved = _decode(self.get(f"{name}.header.{i}"))
            if saved is not None and not saved.isEmpty() and header.count():
                header.restoreState(saved)

    def save_page(self, name: str, page: QWidget) -> None:
        for i, splitter in enumerate(page.findChildren(QSplitter)):
            self.set(f"{name}.splitter.{i}", _encode(splitter.saveState()))
        for i, header in enumerate(_headers(page)):
            if header.count():
                self.set(f"{name}.header.{i}", _encode(header.saveState()))
