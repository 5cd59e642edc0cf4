"""Log in to the district server: address, user name, password. The password goes to the server
once and is never stored; the device token it returns goes to the OS keyring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridwarden.i18n import QT_TRANSLATE_NOOP
from gridwarden.protocol.messages import LoginAnswer
from gridwarden.settings import Settings
from gridwarden.sync.errors import SyncFailure
from ui.app_context import AppContext
from ui.i18n import core_text, render
from ui.widgets.fit import FittedDialog
from ui.widgets.forms import FieldRow

NO_KEYRING = QT_TRANSLATE_NOOP(
    "core",
    "本机没有可用的系统密钥环，登录凭据只保存在本次运行中；重新启动程序后需要再次登录。"
    "（为安全起见，凭据不会以明文写入磁盘。）",
)


class LoginDialog(FittedDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("登录区级服务器"))
        self.setMinimumWidth(460)
        settings = app.settings
        # https:// by default: plain http:// is refused for anything but this computer
        self.server = QLineEdit(settings.server_url or "https://")
        self.server.setObjectName("loginServer")
        self.user = QLineEdit("" if settings.user_id == Settings().user_id else settings.user_id)
        self.user.setObjectName("loginUser")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # A district that runs its own certificate authority hands out its root certificate;
        # the server's certificate is checked against it (never skipped).
        self.ca = QLineEdit(settings.server_ca_bundle)
        self.ca.setObjectName("loginCa")
        self.ca.setPlaceholderText(self.tr("可选：区里自建证书机构的根证书文件（PEM）"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca, 1)
        ca_layout.addWidget(browse)
        self.fields = {
            "server": FieldRow(self.server),
            "user": FieldRow(self.user),
            "password": FieldRow(self.password),
            "ca": FieldRow(ca_row),
        }
        form = QFormLayout()
        form.addRow(self.tr("服务器地址"), self.fields["server"].container)
        form.addRow(self.tr("用户名"), self.fields["user"].container)
        form.addRow(self.tr("密码"), self.fields["password"].container)
        form.addRow(self.tr("证书机构"), self.fields["ca"].container)
        hint = QLabel(self.tr("密码只用于本次登录，不会保存在本机。"))
        hint.setObjectName("hint")
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.state)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        (self.password if self.user.text() else self.user).setFocus()
        self.answer: LoginAnswer | None = None
        self.persistent = True

    def submit(self) -> None:
        if not self.login_button.isEnabled():
            return
        for row in self.fields.values():
            row.clear()
        server, user, password = (
            self.server.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )
        missing = False
        if not server.startswith(("http://", "https://")) or len(server) < 10:
            self.fields["server"].show(
                self.tr("请填写服务器地址，例如 https://gw.district.gov.cn:8470")
            )
            missing = True
        ca = self.ca.text().strip()
        if ca and not Path(ca).is_file():
            self.fields["ca"].show(self.tr("找不到这个证书文件"))
            missing = True
        if not user:
            self.fields["user"].show(self.tr("请填写用户名"))
            missing = True
        if not password:
            self.fields["password"].show(self.tr("请填写密码"))
            missing = True
        if missing:
            return
        self._send(take_over_pending=False)

    def _send(self, *, take_over_pending: bool) -> None:
        self.login_button.setEnabled(False)
        self.state.setText(self.tr("正在登录…"))
        self.app.sync.login(
            self.server.text().strip(),
            self.user.text().strip(),
            self.password.text(),
            self._done,
            self._failed,
            take_over_pending=take_over_pending,
            ca_bundle=self.ca.text().strip(),
        )

    def _choose_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择证书机构文件"), "", self.tr("证书 (*.pem *.crt *.cer);;所有文件 (*)")
        )
        if path:
            self.ca.setText(path)

    def _done(self, answer: LoginAnswer, persistent: bool) -> None:
        self.answer, self.persistent = answer, persistent
        self.login_button.setEnabled(True)
        self.state.setText("")
        if not persistent:
            self.app.notifier.inform(
                self.parentWidget(), self.tr("登录凭据"), core_text(NO_KEYRING)
            )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.state.setText("")
        if not isinstance(error, SyncFailure):
            raise error
        text = render(error.message)
        if error.kind in ("auth", "throttled"):
            self.fields["password"].show(text)
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        elif error.kind == "switch_user":
            self.app.notifier.confirm(
                self,
                self.windowTitle(),
                text,
                self.tr("仍以新账号登录并上传"),
                self.tr("取消"),
                lambda: self._send(take_over_pending=True),
            )
        elif error.kind in ("network", "stalled", "server", "protocol", "tls", "config"):
            if error.kind == "tls":
                self.fields["ca"].show(self.tr("如果区里使用自建证书机构，请在这里选择它的根证书"))
            self.fields["server"].show(text)
            self.server.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.app.notifier.warn(self, self.windowTitle(), text)
