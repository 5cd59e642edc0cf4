"""The consultation register at the window (Arts. 22–23): the latest entries, the person masked
(Art. 21), with a quick entry (Ctrl+K on the legal-aid page)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gridwarden.queries import legal_aid_consultations as cq
from gridwarden.rules import legal_aid as la
from ui import format as fmt
from ui.app_context import AppContext
from ui.pages.base import make_table
from ui.pages.legal_aid_labels import matter_text
from ui.table_models import Column, RowsTableModel


class ConsultationPanel(QWidget):
    def __init__(
        self, app: AppContext, on_new: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.rows: list[cq.ConsultationRow] = []
        new = QPushButton(self.tr("登记咨询 (Ctrl+K)"))
        new.setObjectName("newConsultation")
        new.clicked.connect(on_new)
        self.count = QLabel()
        self.count.setObjectName("hint")
        bar = QHBoxLayout()
        bar.addWidget(
            QLabel(
                self.tr("窗口应当提供法律咨询并告知申请法律援助的权利（第二十二条、第二十三条）")
            )
        )
        bar.addStretch()
        bar.addWidget(self.count)
        bar.addWidget(new)
        self.model = RowsTableModel(
            [
                Column(self.tr("时间"), lambda r: fmt.when(r.at)),
                Column(self.tr("类别"), lambda r: fmt.label(la.CONSULTATION_TOPICS, r.topic)),
                Column(self.tr("咨询人"), lambda r: r.person or "—"),
                Column(self.tr("电话"), lambda r: r.phone),
                Column(
                    self.tr("问题"),
                    lambda r: fmt.one_line(r.question, 24),
                    tooltip=lambda r: r.question,
                ),
                Column(
                    self.tr("解答"),
                    lambda r: fmt.one_line(r.advice, 30),
                    tooltip=lambda r: r.advice,
                ),
                Column(self.tr("处理"), self._referral),
                Column(self.tr("窗口"), lambda r: r.window),
                Column(self.tr("登记人"), lambda r: r.clerk_name),
            ],
            self,
        )
        self.table = make_table(self.model)
        self.table.setObjectName("consultations")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    @staticmethod
    def _referral(row: cq.ConsultationRow) -> str:
        text = fmt.label(la.REFERRALS, row.referral)
        if row.referral == "application" and row.matter_type:
            return fmt.noted(text, matter_text(row.matter_type, 12))
        if row.referral == "elsewhere" and row.referred_to:
            return fmt.noted(text, row.referred_to)
        return text

    def refresh(self) -> None:
        self.app.ops.read(lambda s: cq.recent(s, limit=300), self._show)

    def _show(self, rows: list[cq.ConsultationRow]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        self.count.setText(self.tr("最近 {n} 条").format(n=len(rows)))
        self.table.resizeColumnsToContents()
