"""Saved filters as named lists (已存列表): the person names the filter and sort a page shows
now and picks it again later. Kept per user and per page in the settings file."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from ui.app_context import AppContext

UNLIMITED = QDate(2000, 1, 1)  # the date edit's minimum, shown as 不限


class SavedLists(QWidget):
    """A combo of the saved lists of this page and a button to save the current one."""

    def __init__(
        self,
        app: AppContext,
        page: str,
        values: Callable[[], dict[str, Any]],
        apply: Callable[[dict[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.page = page
        self.values = values
        self.apply = apply
        self.combo = QComboBox()
        self.combo.setObjectName("savedLists")
        self.combo.setToolTip(
            QCoreApplication.translate("lists", "已存的列表：选一个即按它的筛选和排序显示")
        )
        self.save_button = QPushButton(QCoreApplication.translate("lists", "存为列表…"))
        self.save_button.setObjectName("saveList")
        self.save_button.setToolTip(
            QCoreApplication.translate("lists", "把现在的筛选和排序存为一个有名字的列表，以后再选")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.save_button)
        self.save_button.clicked.connect(self._ask_name)
        self.combo.activated.connect(self._picked)
        self._fill()

    def _store(self) -> dict[str, dict[str, Any]]:
        settings = self.app.settings
        by_user = settings.saved_lists.setdefault(settings.user_id, {})
        return by_user.setdefault(self.page, {})

    def _fill(self, select: str | None = None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(QCoreApplication.translate("lists", "已存列表…"), None)
        for name in sorted(self._store()):
            self.combo.addItem(name, name)
        if select is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(select)))
        self.combo.blockSignals(False)

    def _ask_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("lists", "存为列表"),
            QCoreApplication.translate("lists", "列表名称（如：本月独居老人走访）"),
        )
        if ok and name.strip():
            self.save_as(name.strip())

    def save_as(self, name: str) -> None:
        self._store()[name] = self.values()
        settings, path = self.app.settings, self.app.store.paths.settings_file
        self.app.dispatcher.write(lambda: settings.save(path))
        self._fill(select=name)

    def pick(self, name: str) -> None:
        values = self._store().get(name)
        if values is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(name)))
            self.apply(dict(values))

    def _picked(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name:
            self.pick(name)


class DateRange(QWidget):
    """从 … 到 … two date edits; the earliest date reads 不限 (no bound)."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.since = self._edit()
        self.until = self._edit()
        row.addWidget(QLabel(label))
        row.addWidget(self.since)
        row.addWidget(QLabel(QCoreApplication.translate("lists", "至")))
        row.addWidget(self.until)

    def _edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(UNLIMITED)
        edit.setSpecialValueText(QCoreApplication.translate("lists", "不限"))
        edit.setDate(UNLIMITED)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    @staticmethod
    def _value(edit: QDateEdit) -> Any:
        return None if edit.date() == UNLIMITED else edit.date().toPython()

    def range(self) -> tuple[Any, Any]:
        return self._value(self.since), self._value(self.until)

    def set_range(self, since: Any, until: Any) -> None:
        for edit, value in ((self.since, since), (self.until, until)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day) if value else UNLIMITED)
            edit.blockSignals(False)
        self.changed.emit()

    def saved(self) -> dict[str, str | None]:
        """The range as a saved list keeps it: ISO dates, None for 不限."""
        since, until = self.range()
        return {
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
        }

    def restore(self, values: Mapping[str, Any]) -> None:
        """The range a saved list kept (`saved()`); a missing bound is 不限."""
        since, until = values.get("since"), values.get("until")
        self.set_range(
            date.fromisoformat(since) if since else None,
            date.fromisoformat(until) if until else None,
        )

    def describe(self) -> str:
        since, until = self.range()
        if since is None and until is None:
            return ""
        return QCoreApplication.translate("lists", "{since} 至 {until}").format(
            since=since.isoformat() if since else QCoreApplication.translate("lists", "不限"),
            until=until.isoformat() if until else QCoreApplication.translate("lists", "不限"),
        )
