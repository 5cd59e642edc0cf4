"""The package dialog (what is missing, the files with their pages, export to a frozen version)
and the assisted-filing walk-through (the court platform's steps in order, copy buttons, the
files to upload). Heavy file work runs on a reader; the version is recorded by the writer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gridwarden.errors import GridWardenError
from gridwarden.queries import filings as fq
from gridwarden.rules import filing as fr
from gridwarden.services.filing_connector import ManualConnector, package_files
from gridwarden.services.filing_documents import (
    EXPORTABLE,
    Package,
    package_folder,
    paper_titles,
)
from ui.app_context import AppContext
from ui.i18n import core_text, render
from ui.operations import counted
from ui.widgets.fit import FittedDialog
from ui.widgets.forms import fit_width


class PackageDialog(FittedDialog):
    """The completeness check (every missing item at once), the files in upload order with
    their page counts, and the export of the next frozen version (folder + ZIP + manifest)."""

    def __init__(self, app: AppContext, detail: fq.FilingDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.app, self.detail = app, detail
        self.package: Package | None = None
        self.setWindowTitle(self.tr("立案材料包：{number}").format(number=detail.row.number))
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("{kind} · {court} · 已导出 {n} 版").format(
                kind=core_text(fr.KINDS[detail.kind]),
                court=detail.court or self.tr("未选法院"),
                n=detail.package_version,
            )
        )
        head.setObjectName("detailTitle")
        head.setWordWrap(True)
        layout.addWidget(head)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.missing = QListWidget()
        self.missing.setObjectName("packageMissing")
        self.missing.setWordWrap(True)
        for message in detail.missing:
            self.missing.addItem(render(message))
        layout.addWidget(self.missing, 1)
        files = QGroupBox(self.tr("材料包内容（按上传顺序）"))
        box = QVBoxLayout(files)
        self.files = QListWidget()
        self.files.setObjectName("packageFiles")
        for number, title in enumerate(paper_titles(detail), start=1):
            self.files.addItem(
                self.tr("{n:02d}  {title}（本系统生成）").format(n=number, title=title)
            )
        first = len(paper_titles(detail)) + 1
        for number, f in enumerate(detail.files, start=first):
            category = core_text(fr.FILE_CATEGORIES.get(f.category, fr.FILE_CATEGORIES["other"]))
            owner = next((p.name for p in detail.parties if p.id == f.party_id), "")
            self.files.addItem(
                self.tr("{n:02d}  {category}{owner}：{name}（{pages} 页）").format(
                    n=number,
                    category=category,
                    owner=f"·{owner}" if owner else "",
                    name=f.filename,
                    pages=f.pages,
                )
            )
        box.addWidget(self.files)
        total = QLabel(
            self.tr("共 {n} 个文件，{pages} 页").format(
                n=len(detail.files), pages=sum(f.pages for f in detail.files)
            )
        )
        box.addWidget(total)
        layout.addWidget(files, 1)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("导出第 {n} 版").format(n=detail.package_version + 1),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.export_button.setObjectName("exportPackage")
        self.export_button.clicked.connect(self.export)
        self.open_button = buttons.addButton(
            self.tr("打开文件夹"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(self.open_folder)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        exportable = detail.status in EXPORTABLE and not detail.missing
        self.export_button.setEnabled(exportable)
        self.open_button.setEnabled(detail.package_version > 0)
        if detail.missing:
            self.state.setText(
                self.tr("尚缺 {n} 项，补齐后才能标记材料齐全并导出：").format(n=len(detail.missing))
            )
            self.state.setProperty("kind", "error")
        elif detail.status == fr.Status.DRAFT:
            self.state.setText(self.tr("材料齐全。请先「材料齐全，待签字」冻结内容，再导出打印。"))
        else:
            self.state.setText(self.tr("材料齐全，可以导出。导出的版本即冻结，补正时另出新版本。"))
        self.missing.setVisible(bool(detail.missing))
        fit_width(self, 720)
        self.resize(self.width(), min(640, max(self.height(), 520)))

    def export(self) -> None:
        self.outcome.setText(self.tr("正在生成材料包…"))
        packages, filing_id = self.app.filing_packages, self.detail.row.id
        title = self.windowTitle()
        # rendered on the file worker (other saves go on), recorded on the writer
        self.app.ops.prepared_write(
            lambda report: packages.render(filing_id, counted(report, title)),
            packages.record,
            self._recorded,
            owner=self,
            title=title,
            failed=self._failed,
            busy=self.export_button,
        )

    def _recorded(self, package: Package) -> None:
        self.package = package
        self.open_button.setEnabled(True)
        self.outcome.setText(
            self.tr("已导出第 {v} 版：{n} 个文件，{pages} 页\n{zip}").format(
                v=package.version,
                n=len(package.files),
                pages=sum(f.pages for f in package.files),
                zip=str(package.zip_path),
            )
        )

    def _failed(self, error: GridWardenError) -> None:
        self.outcome.setText(render(error.message))
        self.app.notifier.warn(self, self.windowTitle(), render(error.message))

    def open_folder(self) -> None:
        folder = package_folder(
            self.app.services.paths.exports,
            self.detail.row.number,
            self.package.version if self.package else self.detail.package_version,
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AssistDialog(FittedDialog):
    """The court platform's steps in order, each field with a copy button, the files to upload.
    The party files under their own real-name account; nothing about the account is kept."""

    def __init__(self, app: AppContext, detail: fq.FilingDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("协助网上立案：{number}").format(number=detail.row.number))
        self.copied: list[str] = []
        folder: Path | None = None
        if detail.package_version:
            folder = package_folder(
                app.services.paths.exports, detail.row.number, detail.package_version
            )
        connector = ManualConnector()
        submission = connector.prepare(detail, package_files(folder))
        inner = QWidget()
        column = QVBoxLayout(inner)
        intro = QLabel(core_text(connector.name))
        intro.setObjectName("hint")
        column.addWidget(intro)
        self.copy_buttons: list[QPushButton] = []
        for step in submission.steps:
            group = QGroupBox(core_text(step.title))
            grid = QGridLayout(group)
            hint = QLabel(core_text(step.hint))
            hint.setWordWrap(True)
            grid.addWidget(hint, 0, 0, 1, 3)
            row = 1
            for item in step.fields:
                grid.addWidget(QLabel(core_text(item.label)), row, 0)
                value = QLabel(item.value or "—")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(value, row, 1)
                button = QPushButton(self.tr("复制"))
                button.setEnabled(bool(item.value))
                button.clicked.connect(lambda _c=False, v=item.value: self.copy(v))
                self.copy_buttons.append(button)
                grid.addWidget(button, row, 2)
                row += 1
            if step.files or step.title.startswith("5"):
                files = QListWidget()
                files.setObjectName("assistFiles")
                for name in step.files:
                    QListWidgetItem(name, files)
                if not step.files:
                    QListWidgetItem(self.tr("（尚未导出材料包）"), files)
                files.setFixedHeight(min(160, 24 * max(2, len(step.files)) + 8))
                grid.addWidget(files, row, 0, 1, 3)
            grid.setColumnStretch(1, 1)
            column.addWidget(group)
        column.addStretch()
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        bar = QHBoxLayout()
        bar.addStretch()
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.resize(760, 640)

    def copy(self, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self.copied.append(value)
