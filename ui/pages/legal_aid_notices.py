"""Notices issued for an application, to open again; and, right after one is generated, the
offer to open it or its folder (QDesktopServices: the system's PDF viewer or file manager)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gridwarden.queries import legal_aid as q
from gridwarden.rules.legal_aid import NOTICE_TEMPLATES
from ui import format as fmt
from ui.i18n import core_text
from ui.notifier import Action, Notifier
from ui.pages.base import make_table
from ui.table_models import Column, RowsTableModel


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def notice_title(kind: str) -> str:
    return core_text(NOTICE_TEMPLATES[kind][1]) if kind in NOTICE_TEMPLATES else kind


class IssuedNotices(QWidget):
    """The notices already issued, newest first: date, notice, by whom; open the chosen one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsTableModel(
            [
                Column(self.tr("出具时间"), lambda n: fmt.when(n.at)),
                Column(self.tr("文书"), lambda n: notice_title(n.kind)),
                Column(self.tr("经办人"), lambda n: n.actor_name),
                Column(
                    self.tr("文件"),
                    lambda n: n.pdf.name if n.pdf else self.tr("本机无此文件"),
                    tone=lambda n: None if n.pdf else "muted",
                    tooltip=lambda n: str(n.pdf) if n.pdf else "",
                ),
            ],
            self,
        )
        self.table = make_table(self.model)
        self.table.setObjectName("issuedNotices")
        self.table.doubleClicked.connect(lambda _index: self.open_pdf())
        self.pdf_button = QPushButton(self.tr("打开 PDF"))
        self.pdf_button.clicked.connect(self.open_pdf)
        self.folder_button = QPushButton(self.tr("打开所在文件夹"))
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())

    def show_notices(self, notices: list[q.NoticeItem]) -> None:
        self.model.set_rows(notices)
        self.table.resizeColumnsToContents()
        rows = min(max(len(notices), 1), 5)  # as tall as its rows (up to five), then it scrolls
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(
            header + rows * self.table.verticalHeader().defaultSectionSize() + 4
        )
        if notices:
            self.table.selectRow(0)
        self.setVisible(bool(notices))
        self._enable()

    def chosen(self) -> q.NoticeItem | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        notice = self.chosen()
        for button in (self.pdf_button, self.folder_button):
            button.setEnabled(notice is not None and notice.pdf is not None)

    def open_pdf(self) -> None:
        notice = self.chosen()
        if notice is not None and notice.pdf is not None:
            open_file(notice.pdf)

    def open_folder(self) -> None:
        notice = self.chosen()
        if notice is not None and notice.pdf is not None:
            open_folder(notice.pdf)


def offer_to_open(notifier: Notifier, parent: QWidget, title: str, files: tuple[Path, ...]) -> None:
    """Tell where the notice was written and offer to open it or its folder (never blocks)."""
    pdf = next((f for f in files if f.suffix == ".pdf"), files[0])
    notifier.offer(
        parent,
        title,
        QCoreApplication.translate("legal_aid", "已生成：\n{files}").format(
            files="\n".join(str(f) for f in files)
        ),
        (
            Action(
                QCoreApplication.translate("legal_aid", "打开 PDF"),
                lambda: open_file(pdf),
                "openPdf",
            ),
            Action(
                QCoreApplication.translate("legal_aid", "打开所在文件夹"),
                lambda: open_folder(pdf),
                "openFolder",
            ),
        ),
        QCoreApplication.translate("legal_aid", "关闭"),
    )
