"""The exported files (PDF, DOCX, Excel, packages) in the private exports folder: listed, opened,
emptied in one action. Files older than the retention setting are removed at start."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridwarden.security.exports import ExportFile
from ui.app_context import AppContext
from ui.widgets.fit import FittedDialog


class ExportsDialog(FittedDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("exportsDialog")
        self.setWindowTitle(self.tr("导出的文件"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("exportsTable")
        self.table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("大小"), self.tr("时间")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder = QPushButton(self.tr("打开文件夹"))
        self.empty = QPushButton(self.tr("清空导出文件…"))
        self.empty.setObjectName("emptyExports")
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_folder.clicked.connect(self._open_folder)
        self.empty.clicked.connect(self._empty)
        layout.addWidget(buttons)
        self.files: list[ExportFile] = []
        self.reload()

    def reload(self) -> None:
        security = self.app.security
        self.app.ops.file(lambda _report: security.exports(), self._show, owner=self)

    def _show(self, files: list[ExportFile]) -> None:
        self.files = files
        self.table.setRowCount(len(files))
        for row, item in enumerate(files):
            self.table.setItem(row, 0, QTableWidgetItem(item.relative))
            self.table.setItem(row, 1, QTableWidgetItem(f"{max(1, item.size // 1024)} KB"))
            self.table.setItem(row, 2, QTableWidgetItem(f"{item.modified:%Y-%m-%d %H:%M}"))
        self.summary.setText(
            self.tr(
                "导出的文书和表格保存在只有本人能读取的文件夹中，{days} 天后自动删除。"
                "共 {n} 个文件。交出或打印后请及时清空。"
            ).format(days=self.app.settings.export_retention_days, n=len(files))
        )
        self.empty.setEnabled(bool(files))

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.app.store.paths.exports)))

    def _empty(self) -> None:
        security = self.app.security

        def empty() -> None:
            # deletes the files and audits it: on the writer
            self.app.ops.write(security.empty_exports, lambda _n: self.reload(), owner=self)

        self.app.notifier.confirm(
            self,
            self.tr("清空导出文件"),
            self.tr("删除导出文件夹中的全部 {n} 个文件？此操作会记入审计日志。").format(
                n=len(self.files)
            ),
            self.tr("全部删除"),
            self.tr("取消"),
            empty,
        )
