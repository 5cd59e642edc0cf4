"""Needs review: edits the server could not merge. Both values are shown with who changed each
and when; the person picks per field, and the choice syncs like any edit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridwarden.clock import local_text
from gridwarden.rules.register import HOUSEHOLD_TAGS
from gridwarden.services.context import Changes
from gridwarden.sync import review as rv
from ui import format as fmt
from ui.app_context import AppContext
from ui.i18n import core_text
from ui.pages.base import Page, make_table, section_label
from ui.table_models import Column, RowsTableModel


def who(conflict: rv.ConflictRow, stamp: str) -> str:
    """ "user@device" → the person's name as the server gave it, else the user id."""
    name, user = conflict.person(stamp)
    return name or user


def when(value: datetime | str | None) -> str:
    if isinstance(value, str):
        try:
            return local_text(datetime.fromisoformat(value))
        except ValueError:
            return value
    return local_text(value)


class ReviewPage(Page):
    name = "review"
    watches = frozenset({"sync_conflict"})

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.rows: list[rv.ConflictRow] = []
        self.current: rv.ConflictRow | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.model = RowsTableModel(
            [
                Column(self.tr("记录类型"), lambda r: core_text(r.entity_label)),
                Column(self.tr("记录"), lambda r: r.title),
                Column(self.tr("冲突"), lambda r: core_text(rv.KIND_LABELS.get(r.kind, r.kind))),
                Column(self.tr("发现于"), lambda r: when(r.created_at)),
            ],
            self,
        )
        self.table = make_table(self.model)
        self.table.setObjectName("conflictTable")
        self.table.setColumnWidth(1, 200)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._select(cur.row())
        )
        self.count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.table, 1)

        self.title_label = QLabel()
        self.title_label.setObjectName("detailTitle")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setObjectName("hint")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.save = QPushButton(self.tr("保存选择并同步"))
        self.save.setObjectName("resolveConflict")
        self.save.clicked.connect(self.resolve)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.save)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.explain)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(actions)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(section_label(self.tr("待处理冲突")))
        layout.addWidget(splitter, 1)
        self._select(-1)

    def refresh(self) -> None:
        self.app.ops.read(rv.open_conflicts, self._loaded)

    def apply_changes(self, changes: Changes) -> None:
        self.refresh()

    def _loaded(self, rows: list[rv.ConflictRow]) -> None:
        keep = self.current.id if self.current else None
        if keep is not None and keep not in {r.id for r in rows}:
            self.current = None  # resolved (here or elsewhere): show the next one
        self.rows = rows
        self.model.set_rows(rows)
        status = self.app.sync.status
        if rows:
            text = self.tr("共 {n} 条冲突待处理").format(n=len(rows))
        elif status is None or status.last_success_at is None:
            # never synced: nothing has been compared with the server yet (issue 12)
            text = self.tr("没有冲突。本机还没有与服务器同步过，登录并同步后才会知道有无冲突。")
        else:
            text = self.tr("没有需要处理的冲突：上次同步时本机与服务器一致。")
        self.count.setText(text)
        again = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if again >= 0:
            self.table.selectRow(again)
        self._select(again)

    # --- detail ------------------------------------------------------------------------------
    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        self.groups = {}

    def _select(self, row: int) -> None:
        chosen = self.rows[row] if 0 <= row < len(self.rows) else None
        if chosen is not None and self.current is not None and chosen.id == self.current.id:
            return  # a background refresh: keep what the person has ticked so far
        self._clear_grid()
        self.message.setText("")
        self.current = chosen
        conflict = self.current
        self.save.setEnabled(conflict is not None)
        if conflict is None:
            self.title_label.setText(self.tr("请选择左侧的一条冲突"))
            self.explain.setText("")
            return
        self.title_label.setText(
            self.tr("{kind}：{title}").format(
                kind=core_text(conflict.entity_label), title=conflict.title
            )
        )
        if conflict.kind == "field":
            self._field_choices(conflict)
        elif conflict.kind in ("deleted", "edited"):
            self._record_choice(conflict)
        else:
            self.explain.setText(
                self.tr(
                    "服务器拒绝了这项修改：{reason}\n本机已恢复为服务器上的内容；如仍需要，请重新操作。"
                ).format(reason=conflict.reason)
            )
            self.save.setText(self.tr("知道了"))
            return
        self.save.setText(self.tr("保存选择并同步"))

    def _value(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return self.tr("（空）")
        if isinstance(value, bool):
            return self.tr("是") if value else self.tr("否")
        if isinstance(value, list):
            labels = HOUSEHOLD_TAGS if name == "tags" else {}
            return fmt.join(core_text(labels.get(v, str(v))) for v in value) or self.tr("（空）")
        return str(value)

    def _field_choices(self, conflict: rv.ConflictRow) -> None:
        self.explain.setText(
            self.tr(
                "您在本机修改的字段，在服务器上也被他人改成了不同的值。两个值都已保留，"
                "请逐项选择要保留哪一个；您的选择会同步给所有人。"
            )
        )
        for column, text in enumerate(
            (self.tr("字段"), self.tr("本机的值"), self.tr("服务器上的值"), self.tr("修改前"))
        ):
            self.grid.addWidget(section_label(text), 0, column)
        mine = who(conflict, conflict.local_by)
        for row, clash in enumerate(conflict.fields, start=1):
            group = QButtonGroup(self)
            local = QRadioButton(
                self.tr("{value}\n{who} · {when}").format(
                    value=self._value(clash.name, clash.local),
                    who=mine,
                    when=when(conflict.local_at),
                )
            )
            local.setObjectName(f"local:{clash.name}")
            server = QRadioButton(
                self.tr("{value}\n{who} · {when}").format(
                    value=self._value(clash.name, clash.server),
                    who=who(conflict, clash.server_by),
                    when=when(clash.server_at),
                )
            )
            server.setObjectName(f"server:{clash.name}")
            group.addButton(local)
            group.addButton(server)
            self.groups[clash.name] = group
            self.grid.addWidget(QLabel(core_text(clash.label)), row, 0)
            self.grid.addWidget(local, row, 1)
            self.grid.addWidget(server, row, 2)
            self.grid.addWidget(QLabel(self._value(clash.name, clash.base)), row, 3)
        self.grid.setRowStretch(len(conflict.fields) + 1, 1)

    def _record_choice(self, conflict: rv.ConflictRow) -> None:
        if conflict.kind == "deleted":
            self.explain.setText(
                self.tr("您在本机修改了这条记录，但它已在服务器上被删除（{who}，{when}）。").format(
                    who=who(conflict, conflict.server_by), when=when(conflict.server_at)
                )
            )
            keep, drop = self.tr("恢复记录，并保留我的修改"), self.tr("接受删除")
        else:
            self.explain.setText(
                self.tr("您在本机删除了这条记录，但服务器上它已被修改（{who}，{when}）。").format(
                    who=who(conflict, conflict.server_by), when=when(conflict.server_at)
                )
            )
            keep, drop = self.tr("仍然删除"), self.tr("保留记录（含服务器上的修改）")
        group = QButtonGroup(self)
        local, server = QRadioButton(keep), QRadioButton(drop)
        local.setObjectName(f"local:{rv.WHOLE}")
        server.setObjectName(f"server:{rv.WHOLE}")
        group.addButton(local)
        group.addButton(server)
        self.groups[rv.WHOLE] = group
        self.grid.addWidget(local, 0, 0, 1, 3)
        self.grid.addWidget(server, 1, 0, 1, 3)
        row = 2
        for clash in conflict.fields:
            side = clash.local if conflict.kind == "deleted" else clash.server
            self.grid.addWidget(QLabel(core_text(clash.label)), row, 0)
            self.grid.addWidget(QLabel(self._value(clash.name, side)), row, 1, 1, 2)
            row += 1
        self.grid.setRowStretch(row, 1)

    # --- the choice ----------------------------------------------------------------------------
    def choices(self) -> dict[str, str] | None:
        found: dict[str, str] = {}
        for name, group in self.groups.items():
            checked = group.checkedButton()
            if checked is None:
                return None
            found[name] = checked.objectName().split(":", 1)[0]
        return found

    def resolve(self) -> None:
        conflict = self.current
        if conflict is None:
            return
        choices = self.choices()
        if choices is None:
            self.message.setText(self.tr("请为每一项选择保留哪一方"))
            return
        review = self.app.review
        self.app.ops.write(
            lambda: review.resolve(conflict.id, choices),
            lambda _c: self._resolved(),
            owner=self,
            title=self.tr("未能保存"),
            busy=self.save,
        )

    def _resolved(self) -> None:
        self.app.sync.sync_now()  # the choice travels now, not at the next timer
