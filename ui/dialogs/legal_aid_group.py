"""A group case at the window (一案多人): one matter entered once, the applicants in a table, typed
or imported from Excel, every bad row shown with what is wrong. One application per applicant."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gridwarden.i18n import QT_TRANSLATE_NOOP
from gridwarden.imports.applicants import SheetRow, check_rows, read_applicants, write_template
from gridwarden.queries.legal_aid import UnitItem
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.services.legal_aid import (
    ApplicantDraft,
    GroupDraft,
    LegalAidService,
)
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.legal_aid import Checklist, MatterFields, excel_filter, scrolling
from ui.i18n import render
from ui.pages.base import section_label
from ui.widgets.forms import SubmitDialog

APPLICANT_COLUMNS = [
    QT_TRANSLATE_NOOP("GroupIntakeDialog", "姓名"),
    QT_TRANSLATE_NOOP("GroupIntakeDialog", "身份证号"),
    QT_TRANSLATE_NOOP("GroupIntakeDialog", "手机"),
    QT_TRANSLATE_NOOP("GroupIntakeDialog", "住址"),
    QT_TRANSLATE_NOOP("GroupIntakeDialog", "金额（元）"),
    QT_TRANSLATE_NOOP("GroupIntakeDialog", "进城务工"),
    QT_TRANSLATE_NOOP("GroupIntakeDialog", "问题"),
]


class GroupIntakeDialog(SubmitDialog):
    """One matter, many applicants: entered once, the applicants in a table (typed or imported
    from Excel), every bad row shown with what is wrong. One application per applicant."""

    draft_kind = "legal_aid_group"  # a draft is kept as you type (issue 12)

    def __init__(
        self,
        app: AppContext,
        service: LegalAidService,
        windows: list[UnitItem],
        agencies: list[UnitItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, self.tr("群体案件（一案多人）"), parent)
        self.service = service
        self.today = app.clock.today()
        self.group_name = self.add_field("group_name", self.tr("群体案件名称"), QLineEdit())
        self.group_name.setPlaceholderText(self.tr("如：惠民超市派遣员工欠薪群体案件（27人）"))
        self.matter = MatterFields(self, windows, agencies, self._matter_changed, self.today)
        self.form.addRow(section_label(self.tr("申请人名单")))
        self.table = QTableWidget(0, len(APPLICANT_COLUMNS))
        self.table.setObjectName("groupApplicants")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in APPLICANT_COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(220)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.recheck())
        self.add_field("applicants", "", self.table)
        buttons = QHBoxLayout()
        load = QPushButton(self.tr("从 Excel 导入…"))
        load.clicked.connect(self.pick_sheet)
        blank = QPushButton(self.tr("空白名单模板…"))
        blank.clicked.connect(self.save_template)
        add = QPushButton(self.tr("添加一行"))
        add.clicked.connect(
            lambda: self.add_row(SheetRow(self.table.rowCount() + 1, ApplicantDraft("", "")))
        )
        remove = QPushButton(self.tr("删除所选行"))
        remove.clicked.connect(self.remove_selected)
        for button in (load, blank, add, remove):
            buttons.addWidget(button)
        buttons.addStretch()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("hint")
        buttons.addWidget(self.summary_label)
        holder = QWidget()
        holder.setLayout(buttons)
        self.form.addRow(holder)
        self.form.addRow(section_label(self.tr("每位申请人均已提交的材料")))
        self.checklist = self.add_field("materials", "", Checklist())
        self._matter_changed()
        scrolling(self)
        self.rows: list[SheetRow] = []
        self.resize(980, 860)

    def _matter_changed(self) -> None:
        if not hasattr(self, "checklist"):
            return  # still being built
        code = self.matter.matter_code()
        if not code:
            return
        worker = el.ApplicantFacts(migrant_worker=True)
        items = list(el.required_materials(worker, code, [], self.today))
        if "hardship_statement" not in items and la.MATTER_TYPES[code].group != la.ART32:
            items.insert(2, "hardship_statement")
        self.checklist.set_items(items)

    # --- the table ----------------------------------------------------------------------------
    def pick_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择申请人名单"), "", excel_filter())
        if path:
            self.load_sheet(Path(path))

    def save_template(self) -> None:
        default = str(self.app.store.paths.exports / self.tr("申请人名单模板.xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存名单模板"), default, excel_filter()
        )
        if path:
            write_template(Path(path))

    def load_sheet(self, path: Path) -> None:
        result = read_applicants(path, self.today)
        if result.problems:
            self.fields["applicants"].show(fmt.clauses(render(m) for m in result.problems))
            return
        for row in result.rows:
            self.add_row(row)
        self.recheck()

    def add_row(self, row: SheetRow) -> None:
        self.table.blockSignals(True)
        at = self.table.rowCount()
        self.table.insertRow(at)
        d = row.draft
        values = [d.name, d.id_number, d.phone, d.address, d.claim_amount,
                  self.tr("是") if d.flag("migrant_worker") else self.tr("否"), ""]  # fmt: skip
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == len(values) - 1:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(at, column, item)
        self.table.blockSignals(False)
        self.recheck()

    def remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
        self.recheck()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _yes(self, text: str) -> bool:
        """Typed in either language: 是, Yes, Y, 1, √."""
        return text.lower() in {"是", "y", "yes", "1", "√", self.tr("是").lower()}

    def drafts(self) -> list[ApplicantDraft]:
        materials = self.checklist.provided()
        return [
            ApplicantDraft(
                name=self._cell(r, 0),
                id_number=self._cell(r, 1),
                phone=self._cell(r, 2),
                address=self._cell(r, 3),
                claim_amount=self._cell(r, 4),
                facts={"migrant_worker": self._yes(self._cell(r, 5))},
                materials=list(materials),
            )
            for r in range(self.table.rowCount())
        ]

    def recheck(self) -> None:
        """Check every row (the same rules as the service) and mark the bad ones."""
        self.rows = [SheetRow(i + 1, d) for i, d in enumerate(self.drafts())]
        check_rows(self.rows, self.today)
        self.table.blockSignals(True)
        problem_column = len(APPLICANT_COLUMNS) - 1
        for r, row in enumerate(self.rows):
            colour = QBrush(QColor("#fde0dc")) if not row.ok else QBrush()
            for column in range(self.table.columnCount()):
                item = self.table.item(r, column)
                if item is not None:
                    item.setBackground(colour)
            problem = self.table.item(r, problem_column)
            if problem is not None:
                problem.setText(render(row.problem()))
                problem.setForeground(QBrush(QColor("#c62828")))
        self.table.blockSignals(False)
        bad = sum(1 for row in self.rows if not row.ok)
        self.summary_label.setText(
            self.tr("共 {n} 人，{bad} 行有误").format(n=len(self.rows), bad=bad)
            if bad
            else self.tr("共 {n} 人").format(n=len(self.rows))
        )

    def save_call(self) -> Callable[[], Any]:
        draft = GroupDraft(self.matter.draft(group_name=self.group_name.text()), self.drafts())
        service = self.service
        return lambda: service.intake_group(draft)
