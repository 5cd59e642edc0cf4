"""The sign-in screen: the passphrase that unwraps the store's data key (gridwarden.security.keys).

Two modes: sign in to an existing store; choose a passphrase for a new store (or for an old
plaintext store about to be encrypted). (A locked session is unlocked on ui.lock's cover.)
A demo store's passphrase is
filled in and the screen says that the data is demo data, so `make run` needs no typing.
A forgotten passphrase cannot be recovered: the data stays sealed; the way back is to sign in
to the district server again on a fresh data dir and pull the records.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridwarden.security import keys
from ui.messages import confirm
from ui.widgets.fit import FittedDialog


class SignInDialog(FittedDialog):
    """Emits `submitted(passphrase, remember)`; the caller unlocks off the UI thread and calls
    `refused(text)` or closes the dialog."""

    submitted = Signal(str, bool)
    # "Forgot the passphrase" confirmed: the caller wipes the sealed data and asks for a new one
    start_over = Signal()

    def _add_notes(self, layout: QVBoxLayout, *, plaintext: bool, demo: bool) -> None:
        """Old unencrypted data to be sealed, or the demo's passphrase filled in."""
        if plaintext:
            note = QLabel(
                self.tr("发现未加密的旧数据：设置口令后将先备份，再加密，并删除未加密的副本。")
            )
            note.setWordWrap(True)
            note.setObjectName("plaintextNote")
            layout.addWidget(note)
        if demo:
            banner = QLabel(
                self.tr("这是演示数据（虚构的街道和居民）。演示口令已自动填入：{p}").format(
                    p=keys.DEMO_PASSPHRASE
                )
            )
            banner.setWordWrap(True)
            banner.setObjectName("demoBanner")
            banner.setStyleSheet("background:#fff4ce;padding:6px;border:1px solid #e0c060;")
            layout.addWidget(banner)

    def __init__(
        self,
        *,
        create: bool,
        demo: bool = False,
        plaintext: bool = False,
        allow_remember: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.create_mode = create
        self.setObjectName("signIn")
        self.setWindowTitle(self.tr("网格管家 GridWarden — 登录"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("为本机数据设置口令") if create else self.tr("请输入本机数据的口令"))
        title.setObjectName("signInTitle")
        title.setStyleSheet("font-size:13pt;font-weight:bold;")
        title.setWordWrap(True)
        layout.addWidget(title)
        explain = QLabel(
            self.tr(
                "本机的住户、纠纷和法律援助数据已加密保存（《个人信息保护法》第五十一条），"
                "只有输入口令才能打开。口令无法找回：忘记口令时，需在新的数据目录重新登录区级"
                "服务器并同步。"
            )
            if create
            else self.tr("口令错误多次后需要等待一段时间再试。忘记口令时，需重新登录区级服务器。")
        )
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        layout.addWidget(explain)
        self._add_notes(layout, plaintext=plaintext, demo=demo)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("口令"), self.passphrase)
        self.again = QLineEdit()
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if create:
            form.addRow(self.tr("再输入一次"), self.again)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("在这台电脑上记住（保存在系统密钥环中）"))
        self.remember.setObjectName("rememberKey")
        self.remember.setVisible(allow_remember)
        layout.addWidget(self.remember)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok = QPushButton(self.tr("打开"))
        self.ok.setObjectName("signInOk")
        self.ok.setDefault(True)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if not create:
            self.forgot = QPushButton(self.tr("忘记口令…"))
            self.forgot.setObjectName("forgotPassphrase")
            buttons.addButton(self.forgot, QDialogButtonBox.ButtonRole.ResetRole)
            self.forgot.clicked.connect(self._forgot)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if demo:
            self.passphrase.setText(keys.DEMO_PASSPHRASE)
            self.again.setText(keys.DEMO_PASSPHRASE)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forgot(self) -> None:
        confirm(
            self,
            self.tr("忘记口令"),
            self.tr(
                "口令无法找回，本机加密的数据也无法再打开。重新开始将清除本机的数据、备份、附件"
                "和导出文件（尚未上传的修改随之丢失），然后设置新口令，再登录区级服务器同步"
                "你负责范围内的数据。要重新开始吗？"
            ),
            self.tr("清除并重新开始"),
            self.tr("取消"),
            self.start_over.emit,
        )

    def _submit(self) -> None:
        text = self.passphrase.text()
        if self.create_mode:
            if len(text) < keys.MIN_PASSPHRASE:
                self.refused(self.tr("口令至少 {n} 个字符。").format(n=keys.MIN_PASSPHRASE))
                return
            if text != self.again.text():
                self.refused(self.tr("两次输入的口令不一致。"))
                return
        self.busy(True)
        self.submitted.emit(text, self.remember.isChecked())

    def busy(self, working: bool) -> None:
        self.ok.setEnabled(not working)
        if working:
            self.error.setText(self.tr("正在打开…"))
            self.error.setStyleSheet("color:#444;")
            self.error.show()
            self.adjustSize()

    def refused(self, text: str) -> None:
        self.ok.setEnabled(True)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setText(text)
        self.error.show()
        self.adjustSize()  # wrapped texts keep their lines when the message appears
        self.passphrase.selectAll()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
