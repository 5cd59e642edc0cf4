"""The lock: after N idle minutes (setting `lock_minutes`, default 10), on Ctrl+Shift+L, and when the
machine wakes from sleep, the window is covered and needs the passphrase again (等保 2.0 session
timeout; PIPL Art. 51).

Nothing is closed: open forms are hidden while locked and come back as they were, with what was
typed, so a lock never loses work. Plaintext copies of opened attachments are removed at lock.
The passphrase is checked against the key file on the reader pool (scrypt takes ~0.3 s); wrong
ones are slowed down by the key file's failure count.
"""

from __future__ import annotations

import logging
import shutil
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridwarden.errors import GridWardenError
from gridwarden.security import keys
from ui.i18n import render

log = logging.getLogger("gridwarden.ui")
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
# A Python event filter on the whole application sees every event of every widget: building
# and painting the main window and its first page with it (and the dialog fitter's, since
# replaced by ui.widgets.fit.FittedDialog) took ~40 ms more at start-up. Activity is watched
# from a few seconds after the window is built: the idle timer starts with the window, so a
# click in those seconds alone would at most bring the lock those seconds sooner.
WATCH_AFTER_MS = 3000
SLEEP_CHECK_MS = 15_000
SLEEP_JUMP_S = 60.0  # the wall clock ran this much further than the process: the machine slept


class LockScreen(QFrame):
    """Covers the whole window; the passphrase field is all there is to use."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget, user_name: str, demo: bool) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockScreen{background:#1f3a5f;} #lockPanel{background:white;}")
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setFixedWidth(460)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 20)
        title = QLabel(self.tr("已锁定"))
        title.setObjectName("lockTitle")
        title.setStyleSheet("font-size:18pt;font-weight:bold;")
        inner.addWidget(title)
        who = QLabel(self.tr("{user}，请输入口令继续。未保存的内容都还在。").format(user=user_name))
        who.setWordWrap(True)
        inner.addWidget(who)
        if demo:
            hint = QLabel(self.tr("演示数据的口令：{p}").format(p=keys.DEMO_PASSPHRASE))
            hint.setObjectName("hint")
            inner.addWidget(hint)
        row = QHBoxLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("口令"))
        self.passphrase.returnPressed.connect(self._submit)
        row.addWidget(self.passphrase, 1)
        self.ok = QPushButton(self.tr("解锁"))
        self.ok.setObjectName("lockUnlock")
        self.ok.clicked.connect(self._submit)
        row.addWidget(self.ok)
        inner.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020;")
        inner.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _submit(self) -> None:
        self.ok.setEnabled(False)
        self.error.setText(self.tr("正在核对…"))
        self.submitted.emit(self.passphrase.text())

    def refused(self, text: str) -> None:
        self.ok.setEnabled(True)
        self.error.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class LockController(QObject):
    """Watches for idleness and sleep, covers the window, unlocks with the passphrase."""

    locked_changed = Signal(bool)

    def __init__(self, window: QWidget, app: object, minutes: int) -> None:
        super().__init__(window)
        from ui.app_context import AppContext

        assert isinstance(app, AppContext)
        self.window, self.app = window, app
        self.screen: LockScreen | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction | QShortcut] = []
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_minutes(minutes)
        self._wall = time.time() - time.monotonic()
        self.sleep_watch = QTimer(self)
        self.sleep_watch.timeout.connect(self._check_sleep)
        self.sleep_watch.start(SLEEP_CHECK_MS)
        window.installEventFilter(self)
        self._watching = False
        QTimer.singleShot(WATCH_AFTER_MS, self, self.watch_activity)

    def watch_activity(self) -> None:
        """Any key, click, move or wheel anywhere in the app restarts the idle timer: a filter
        on the whole application, installed once the window has started (see WATCH_AFTER_MS)."""
        qapp = QApplication.instance()
        if qapp is not None and not self._watching:
            qapp.installEventFilter(self)
            self._watching = True

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self.window and self.screen is not None:
            self.screen.setGeometry(self.window.rect())
        elif kind in ACTIVITY and not self.locked and self.minutes > 0:
            self.idle.start()
        return False

    def _check_sleep(self) -> None:
        wall = time.time() - time.monotonic()
        if wall - self._wall > SLEEP_JUMP_S:
            log.info("the machine slept; locking")
            self.lock()
        self._wall = wall

    def lock(self) -> None:
        if self.locked:
            return
        log.info("locked")
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        self._hidden = [
            w
            for w in qapp.topLevelWidgets()
            if w.isVisible() and w is not self.window and w.isWindow()
        ]
        for widget in self._hidden:
            widget.hide()
        self._disabled = [
            a
            for a in self.window.findChildren(QAction) + self.window.findChildren(QShortcut)
            if a.isEnabled()
        ]
        for action in self._disabled:
            action.setEnabled(False)
        demo = keys.is_demo(self.app.store.paths.root)
        self.screen = LockScreen(self.window, self.app.settings.user_name, demo)
        self.screen.setGeometry(self.window.rect())
        self.screen.submitted.connect(self._try)
        self.screen.show()
        self.screen.raise_()
        self.screen.passphrase.setFocus()
        shutil.rmtree(self.app.store.paths.viewing, ignore_errors=True)
        self.locked_changed.emit(True)

    def _try(self, passphrase: str) -> None:
        root = self.app.store.paths.root
        expected = self.app.store.key

        def check() -> bool:
            return keys.unlock(root, passphrase) == expected

        def done(matches: bool) -> None:
            if matches:
                self.unlock()
            elif self.screen is not None:
                self.screen.refused(self.tr("口令与本机数据不符。"))

        def failed(error: GridWardenError) -> None:  # a damaged key file (StoreKeyError)
            if self.screen is not None:
                self.screen.refused(render(error.message))

        # the key derivation (scrypt, ~0.3 s) on the reader pool, never on the UI thread
        self.app.ops.read(lambda _session: check(), done, failed=failed, title=self.tr("解锁"))

    def unlock(self) -> None:
        if self.screen is None:
            return
        log.info("unlocked")
        self.screen.hide()
        self.screen.deleteLater()
        self.screen = None
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.set_minutes(self.minutes)
        self.locked_changed.emit(False)
