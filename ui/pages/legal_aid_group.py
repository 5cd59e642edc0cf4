"""A group case on the right of the queue (one matter, many applicants): the matter once, the
earliest deadline, how many applicants stand where, and the members' table, where the clerk
takes the same decision for several at once (one decision per applicant) or opens one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridwarden.queries import legal_aid as q
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_lifecycle as life
from ui import format as fmt
from ui.i18n import core_text
from ui.pages.base import make_table, section_label
from ui.pages.legal_aid_detail import money
from ui.pages.legal_aid_labels import status_text
from ui.table_models import Column, RowsTableModel
from ui.widgets.wrapping_grid import WrappingGrid

BATCH_ACTIONS = (life.Action.GRANT, life.Action.ASSIGN, life.Action.REFUSE, life.Action.CONCLUDE)


def statuses_text(row: q.QueueRow) -> str:
    """ "审查中 5 · 已决定援助 22": how many members stand in each status."""
    return " · ".join(f"{status_text(status)} {n}" for status, n in row.statuses)


class GroupPanel(QWidget):
    member_requested = Signal(str)  # an application id
    batch_requested = Signal(str, list)  # a lifecycle action, application ids
    notice_requested = Signal(list)  # application ids: their acceptance notices in one file

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.detail: q.GroupDetail | None = None
        self.heading = QLabel()
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.due_line = QLabel()
        self.due_line.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("matterInfo")
        self.summary.setWordWrap(True)
        self.member_model = RowsTableModel(
            [
                Column(self.tr("编号"), lambda m: m.number[-4:]),
                Column(self.tr("姓名"), lambda m: m.name),
                Column(self.tr("身份证号"), lambda m: m.id_masked),
                Column(self.tr("状态"), lambda m: status_text(m.status)),
                Column(
                    self.tr("期限"),
                    lambda m: fmt.day(m.due_date) if m.status in life.OPEN_STATUSES else "",
                    tone=lambda m: (
                        fmt.due_tone(m.due_date, self.today())
                        if m.due_date and m.status in life.OPEN_STATUSES
                        else None
                    ),
                ),
                Column(
                    self.tr("金额（元）"), lambda m: money(m.claim_amount_fen), align_right=True
                ),
            ],
            self,
        )
        self.members = make_table(self.member_model)
        self.members.setObjectName("groupMembers")
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members.setMinimumHeight(260)
        self.members.doubleClicked.connect(self._open_member)
        open_one = QPushButton(self.tr("打开所选申请人 (Enter)"))
        open_one.setObjectName("openMember")
        open_one.clicked.connect(lambda: self._open_member(self.members.currentIndex()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.members,
                      lambda: self._open_member(self.members.currentIndex()),
                      context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        batch = WrappingGrid(columns=2)
        self.batch_buttons: dict[str, QPushButton] = {}
        for action in BATCH_ACTIONS:
            button = QPushButton(
                self.tr("所选人员：{action}").format(action=core_text(life.ACTION_LABELS[action]))
            )
            button.setObjectName(f"batch_{action.value}")
            button.clicked.connect(
                lambda _c=False, a=action.value: self.batch_requested.emit(a, self.selected())
            )
            batch.addWidget(button)
            self.batch_buttons[action.value] = button
        notice = QPushButton(self.tr("所选人员的受理通知书（合为一个文件）"))
        notice.setObjectName("batch_notice")
        notice.clicked.connect(lambda: self.notice_requested.emit(self.selected()))
        batch.addWidget(notice)
        select_all = QPushButton(self.tr("全选"))
        select_all.clicked.connect(self.members.selectAll)
        tools = QHBoxLayout()
        tools.addWidget(open_one)
        tools.addWidget(select_all)
        tools.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.due_line)
        layout.addWidget(self.summary)
        layout.addWidget(section_label(self.tr("申请人（一人一决定；可多选后统一办理）")))
        layout.addWidget(self.members, 1)
        layout.addLayout(tools)
        layout.addLayout(batch)

    def show_group(self, detail: q.GroupDetail) -> None:
        self.detail = detail
        row, today = detail.row, self.today()
        self.heading.setText(self.tr("群体案件：{name}").format(name=row.name))
        if row.is_open and row.due_date:
            self.due_line.setText(
                self.tr("最早期限：{what} {day}（{left}）").format(
                    what=core_text(life.DUE_LABELS.get(row.status, "")),
                    day=fmt.day(row.due_date),
                    left=fmt.days_left(row.due_date, today),
                )
            )
            tone = fmt.due_tone(row.due_date, today)
            colour = {"danger": "#c62828", "warn": "#b26a00"}.get(tone or "", "#1f3a5f")
            self.due_line.setStyleSheet(f"color: {colour}; font-weight: bold;")
        else:
            self.due_line.setText(self.tr("没有待办的期限"))
            self.due_line.setStyleSheet("color: #555;")
        matter = la.MATTER_TYPES[row.matter_type]
        self.summary.setText(
            "\n".join(
                [
                    self.tr("{number} · {matter}（{law}{article}）").format(
                        number=row.number,
                        matter=core_text(matter.label),
                        law=core_text(la.LAW),
                        article=core_text(matter.article),
                    ),
                    self.tr("对方当事人：{v}　受理机关：{body}").format(
                        v=detail.opposing_party or "—", body=detail.handling_body or "—"
                    ),
                    detail.summary,
                    self.tr("受理：{window}，{day}").format(
                        window=row.window, day=fmt.day(row.received_on)
                    ),
                    self.tr("申请人 {n} 人：{statuses}").format(
                        n=row.group_size, statuses=statuses_text(row)
                    ),
                ]
            )
        )
        self.member_model.set_rows(detail.members)
        self.members.resizeColumnsToContents()

    def selected(self) -> list[str]:
        rows = sorted({i.row() for i in self.members.selectionModel().selectedRows()})
        return [self.member_model.row_at(r).id for r in rows]

    def _open_member(self, index: QModelIndex) -> None:
        if index.isValid():
            self.member_requested.emit(self.member_model.row_at(index.row()).id)
