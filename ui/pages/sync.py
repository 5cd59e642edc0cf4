"""The sync page: which server and account, when the last good sync was, what waits to go up,
what failed and why, "sync now", and progress while a sync runs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridwarden.clock import local_text
from gridwarden.protocol.registry import SPECS
from gridwarden.rules.register import ROLES
from gridwarden.services.context import Changes
from gridwarden.sync.client import SyncStatus
from gridwarden.sync.errors import SyncFailure
from ui.app_context import AppContext
from ui.dialogs.login import LoginDialog
from ui.i18n import core_text, render
from ui.pages.base import Page, make_table, section_label
from ui.table_models import Column, RowsTableModel


def entity_label(entity: str) -> str:
    spec = SPECS.get(entity)
    return core_text(spec.label) if spec and spec.label else entity


def error_text(status: SyncStatus) -> str:
    """The last failure in the user's language (its stored Chinese text when it is older than
    this run)."""
    return render(status.error) if status.error is not None else status.last_error


class SyncPage(Page):
    name = "sync"
    watches = frozenset({"sync_conflict"})

    def __init__(self, app: AppContext, open_review: object = None, parent: QWidget | None = None):
        super().__init__(app, parent)
        self.open_review = open_review
        sync = app.sync
        heading = QLabel(self.tr("与区级服务器同步"))
        heading.setObjectName("detailTitle")
        intro = QLabel(
            self.tr(
                "离线录入的内容先保存在本机，联网后自动上传；其他人的修改随后下载到本机。"
                "同一字段被两处修改时，两个值都会保留，交由您在“待处理冲突”中选择。"
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        facts = self._facts()
        buttons = self._buttons()
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.stage = QLabel()
        self.stage.setObjectName("hint")
        table = self._failures_table()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(facts)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.stage)
        layout.addWidget(section_label(self.tr("未能上传的修改")))
        layout.addWidget(table, 1)

        self.sync_button.clicked.connect(lambda: sync.sync_now(asked=True))
        self.login_button.clicked.connect(self.login)
        self.logout_button.clicked.connect(sync.logout)
        self.review_button.clicked.connect(self._review)
        sync.status_changed.connect(self.show_status)
        sync.running_changed.connect(self._running)
        sync.progress.connect(self._progress)
        sync.failed.connect(self._failed)
        if sync.status is not None:
            self.show_status(sync.status)

    def _facts(self) -> QFormLayout:
        """Where it syncs, as whom, when it last did, and what waits."""
        self.server = QLabel()
        self.account = QLabel()
        self.last_good = QLabel()
        self.last_try = QLabel()
        self.pending = QLabel()
        self.conflicts = QLabel()
        self.state = QLabel()
        self.state.setObjectName("syncMessage")
        self.state.setWordWrap(True)
        facts = QFormLayout()
        facts.addRow(self.tr("服务器地址："), self.server)
        facts.addRow(self.tr("登录账号："), self.account)
        facts.addRow(self.tr("上次成功同步："), self.last_good)
        facts.addRow(self.tr("上次尝试："), self.last_try)
        facts.addRow(self.tr("待上传："), self.pending)
        facts.addRow(self.tr("待处理冲突："), self.conflicts)
        facts.addRow(self.tr("状态："), self.state)
        return facts

    def _buttons(self) -> QHBoxLayout:
        self.sync_button = QPushButton(self.tr("立即同步"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setDefault(True)
        self.login_button = QPushButton(self.tr("登录…"))
        self.logout_button = QPushButton(self.tr("退出登录"))
        self.review_button = QPushButton(self.tr("去处理冲突"))
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.login_button, self.logout_button, self.review_button):
            buttons.addWidget(button)
        buttons.addStretch()
        return buttons

    def _failures_table(self) -> QTableView:
        """The changes the server refused or that failed: what, how often, why."""
        self.failures = RowsTableModel(
            [
                Column(self.tr("记录类型"), lambda r: entity_label(r[0])),
                Column(self.tr("尝试次数"), lambda r: str(r[2]), align_right=True),
                Column(self.tr("原因"), lambda r: r[1], tone=lambda _r: "danger"),
            ],
            self,
        )
        table = make_table(self.failures)
        table.setObjectName("syncFailures")
        table.setColumnWidth(0, 140)
        return table

    def refresh(self) -> None:
        self.app.sync.refresh_status()

    def apply_changes(self, changes: Changes) -> None:
        self.refresh()

    def login(self) -> LoginDialog:
        dialog = LoginDialog(self.app, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _review(self) -> None:
        if callable(self.open_review):
            self.open_review()

    def show_status(self, status: SyncStatus) -> None:
        never = self.tr("从未")
        self.server.setText(status.server_url or self.tr("未设置"))
        role = core_text(ROLES.get(status.role, status.role)) if status.role else ""
        self.account.setText(
            self.tr("{name}（{user}，{role}）").format(
                name=status.user_name, user=status.user_id, role=role
            )
            if status.user_id
            else self.tr("未登录")
        )
        self.last_good.setText(local_text(status.last_success_at) or never)
        self.last_try.setText(local_text(status.last_attempt_at) or never)
        self.pending.setText(self.tr("%n 条修改", "", status.pending))
        self.conflicts.setText(self.tr("{n} 条").format(n=status.conflicts))
        self.review_button.setEnabled(status.conflicts > 0)
        self.state.setText(self.state_text(status))
        self.state.setProperty("tone", "danger" if status.last_error or status.revoked else "")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        self.login_button.setText(self.tr("重新登录…") if status.user_id else self.tr("登录…"))
        self.logout_button.setEnabled(status.logged_in)
        self.sync_button.setEnabled(
            status.logged_in and not status.revoked and not self.app.sync.running
        )
        self.failures.set_rows(status.failing_ops)

    def state_text(self, status: SyncStatus) -> str:
        error = error_text(status)
        if status.revoked:
            return error or self.tr("本设备已被停用，同步已停止。")
        if not status.logged_in:
            if error:
                return error
            if status.server_url:
                return self.tr("登录已失效或尚未在本次运行中登录，请重新登录。")
            return self.tr("尚未登录同步服务器。请点击“登录…”。")
        if error:
            return error
        if self.app.sync.running:
            return self.tr("正在同步…")
        return self.tr("一切正常。每 {m} 分钟自动同步一次。").format(
            m=max(1, self.app.settings.sync_interval_s // 60)
        )

    def _running(self, running: bool) -> None:
        self.sync_button.setEnabled(
            not running and bool(self.app.sync.status and self.app.sync.status.logged_in)
        )
        self.bar.setVisible(running)
        if running:
            self.bar.setRange(0, 0)
            self.stage.setText(self.tr("正在连接服务器…"))
        else:
            self.stage.setText("")

    def _progress(self, stage: str, done: int, total: int) -> None:
        names = {
            "push": self.tr("正在上传修改"),
            "pull": self.tr("正在下载更新"),
            "index": self.tr("正在建立搜索索引"),
            "upload": self.tr("正在上传附件"),
            "download": self.tr("正在下载附件"),
            "verify": self.tr("正在核对数据"),
        }
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.stage.setText(
            self.tr("{stage}（{done}/{total}）").format(
                stage=names.get(stage, stage), done=done, total=total
            )
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SyncFailure) and self.isVisible():
            self.app.notifier.warn(self, self.tr("同步未完成"), render(error.message))
