"""The status bar (issue 12): who is working; 在线 / 离线 / 未登录 once, in plain words, with the
pending count once; nothing for developers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from gridwarden.clock import local_text
from gridwarden.rules.register import ROLES
from gridwarden.settings import Settings
from gridwarden.sync.client import SyncStatus
from ui.i18n import core_text
from ui.pages.sync import error_text
from ui.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from ui.main_window import MainWindow

OFFLINE_KINDS = frozenset({"network", "stalled"})


class StatusBar(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.user_label = QLabel()
        self.user_label.setObjectName("userState")
        self.sync_label = QLabel(self.tr("未登录"))
        self.sync_label.setObjectName("syncState")
        self.busy_label = QLabel()
        bar = window.statusBar()
        bar.addWidget(self.user_label)
        bar.addWidget(self.busy_label)
        bar.addPermanentWidget(BusyIndicator(window.app.notifier))  # documents, Excel, packages
        bar.addPermanentWidget(self.sync_label)
        window.app.dispatcher.busy_changed.connect(
            lambda busy: self.busy_label.setText(self.tr("处理中…") if busy else "")
        )
        self.show_user()

    def show_user(self) -> None:
        settings = self.window.app.settings
        role = core_text(ROLES.get(settings.user_role, settings.user_role))
        name = settings.user_name
        if name == Settings().user_name:  # the placeholder before a login is a role, not a name
            name = core_text(name)
        self.user_label.setText(self.tr("{name}（{role}）").format(name=name, role=role))

    def state_text(self, status: SyncStatus) -> str:
        pending = self.tr("待上传 {n} 条").format(n=status.pending)
        if status.revoked:
            text = self.tr("本设备已停用 · {pending}").format(pending=pending)
        elif not status.logged_in:
            text = self.tr("未登录 · {pending}").format(pending=pending)
        elif self.window.app.sync.running:
            text = self.tr("在线 · 正在同步… · {pending}").format(pending=pending)
        elif status.last_error and status.last_error_kind in OFFLINE_KINDS:
            last = local_text(status.last_success_at) or self.tr("从未")
            text = self.tr("离线（{kind}）· 上次同步 {last} · {pending}").format(
                kind=self.failure_kind(status.last_error_kind), last=last, pending=pending
            )
        elif status.last_error:
            text = self.tr("在线 · 同步失败（{kind}）· {pending}").format(
                kind=self.failure_kind(status.last_error_kind), pending=pending
            )
        else:
            last = local_text(status.last_success_at) or self.tr("从未")
            text = self.tr("在线 · 上次同步 {last} · {pending}").format(last=last, pending=pending)
        if status.conflicts:
            text += self.tr(" · {n} 条冲突待处理").format(n=status.conflicts)
        return text

    def show_sync_state(self, status: SyncStatus) -> None:
        label = self.sync_label
        label.setText(self.state_text(status))
        label.setToolTip(error_text(status) or status.server_url)
        tone = "danger" if status.last_error or status.revoked else ""
        label.setProperty("tone", tone)
        label.style().unpolish(label)
        label.style().polish(label)

    def failure_kind(self, kind: str) -> str:
        return {
            "network": self.tr("无法连接服务器"),
            "stalled": self.tr("服务器无响应"),
            "server": self.tr("服务器出错"),
            "auth": self.tr("需重新登录"),
            "revoked": self.tr("设备已停用"),
            "outdated": self.tr("程序需更新"),
            "config": self.tr("未登录"),
        }.get(kind, self.tr("请查看同步页"))
