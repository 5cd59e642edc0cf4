"""F1: a short help listing the keyboard shortcuts (issue 12), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.fit import FittedDialog


class ShortcutsDialog(FittedDialog):
    def __init__(self, page_keys: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("快捷键"))
        rows = [
            ("Ctrl+K", self.tr("记录走访（在实有人口中选中的户；法律援助页为登记咨询）")),
            ("Ctrl+E", self.tr("上报网格事件")),
            ("Ctrl+N", self.tr("在当前页面新建（新增户、受理纠纷、法律援助申请……）")),
            ("Ctrl+F", self.tr("查找（当前页面的搜索框）")),
            ("Enter", self.tr("打开选中的一行")),
            ("Ctrl+Enter", self.tr("保存表单")),
            ("Esc", self.tr("关闭表单（有未保存的内容时先询问）")),
            ("Ctrl+= / Ctrl+- / Ctrl+0", self.tr("放大 / 缩小 / 恢复文字大小")),
            ("Ctrl+Shift+L", self.tr("锁定")),
            ("F1", self.tr("本帮助")),
        ]
        rows += page_keys
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("按键"), self.tr("作用")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, (keys, meaning) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            key_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            text_item = QTableWidgetItem(meaning)
            text_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, text_item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("这些按键在每个页面都可用："))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 460)

    def keys(self) -> list[str]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]
