"""Application bootstrap: command line, data dir, logging, Qt, sign-in, the store, the window.

The app opens on a sign-in screen: the passphrase unwraps the store's data key. Unwrapping,
opening (converting an old plaintext store, migrating) and seeding the demo run on the writer
thread while a progress dialog shows; the main window's frame appears as soon as the key is
unwrapped and its pages when the store is ready (MainWindow.attach). A demo store's
passphrase is filled in (and submitted by itself in --screenshot runs); GRIDWARDEN_PASSPHRASE
signs in automation without a screen.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from gridwarden import crashlog, logsetup
from gridwarden.clock import SystemClock
from gridwarden.db.header import is_plaintext
from gridwarden.errors import GridWardenError
from gridwarden.paths import DataPaths, data_paths, resource
from gridwarden.security import keys, permissions
from gridwarden.settings import Settings
from ui import cli
from ui.dialogs.crash import crash_box
from ui.dialogs.sign_in import SignInDialog
from ui.fonts import pick_font, warn_missing_font
from ui.i18n import install_translators, render
from ui.tasks import Dispatcher
from ui.widgets import fit


def _quick_feature_check() -> None:
    """PySide6 reads the source text of every module imported after it, to see whether the
    module mentions "PySide6" and so follows its `from __feature__ import …` switches
    (shibokensupport.feature._mod_uses_pyside): ~800 files at start-up, ~8 % of the import
    time before the main window. GridWarden selects no __feature__ (snake_case,
    true_property), so the answer changes nothing outside the shell; the shell's own modules
    (ui.*) are still read and answered as before."""
    feature = sys.modules.get("shibokensupport.feature")
    read_source = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or read_source is None:
        return  # another PySide6: nothing to do

    def uses_pyside(module: object) -> bool:
        name = str(getattr(module, "__name__", ""))
        if name.split(".", 1)[0] in ("ui", "__main__"):
            return bool(read_source(module))
        return name.startswith("PySide6")

    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010


_quick_feature_check()

# The first window (the sign-in screen) needs none of the data stack: SQLAlchemy, the models, the
# services and the pages (~0.7 s of imports) are imported by `prewarm` while the passphrase is
# typed or its key derived (scrypt releases the GIL), not before the first paint.
if TYPE_CHECKING:
    from gridwarden.store import Store
    from ui.main_window import MainWindow

log = logging.getLogger("gridwarden.ui")
_PROCESS_START = time.perf_counter()


def _seeded_demo(store: Path) -> bool:
    from gridwarden.security.convert import seeded_demo

    return seeded_demo(store)


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("gridwarden.qt").log(level, message)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Bugs: log them with the traceback, tell the user where the log is, keep running."""
    log.critical("unhandled error", exc_info=(kind, value, tb))
    app = QApplication.instance()
    if app is not None and not os.environ.get("GRIDWARDEN_NO_CRASH_DIALOG"):
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("app", "网格管家 GridWarden"),
            QCoreApplication.translate(
                "app", "程序出现了意外错误，已写入日志。已保存的数据不受影响。\n\n{error}"
            ).format(error=f"{kind.__name__}: {value}"),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


_PREWARM = threading.Lock()
_prewarmed = False


def prewarm() -> None:
    """Import what the main window needs (the store, the models, the services, the shell), once.
    The UI thread calls it after the first paint; the writer calls it after deriving the key and
    before opening the store, so the two never import the same modules at the same time (the
    writer waits for the UI thread's imports instead)."""
    global _prewarmed
    with _PREWARM:
        if _prewarmed:
            return
        import gridwarden.store
        import ui.bootstrap
        import ui.main_window
        import ui.nav_badges
        import ui.pages.factories
        import ui.status_bar  # noqa: F401  (what MainWindow.attach needs: not its frame)

        gridwarden.store.prepare_models()  # while the passphrase is typed, not after it

        _prewarmed = True
        _mark("GRIDWARDEN_PREWARMED")


def _mark(name: str) -> None:
    if os.environ.get("GRIDWARDEN_STARTUP_MARK"):  # the benchmarks read these
        print(f"{name} {(time.perf_counter() - _PROCESS_START) * 1000:.0f}", flush=True)


def load_stylesheet(app: QApplication) -> None:
    path = resource("styles", "app.qss")
    if path.exists():
        app.setStyleSheet(path.read_text(encoding="utf-8"))


class Bootstrap(QObject):
    """Opens the store off the UI thread, seeds the demo if asked, then shows the window."""

    progress = Signal(int, int, str)
    # the data key is known (the passphrase unwrapped it): the window's frame can show while
    # the writer imports the data stack and opens the store
    key_ready = Signal()

    def __init__(
        self,
        qapp: QApplication,
        paths: DataPaths,
        settings: Settings,
        args: object,
        dispatcher: Dispatcher,
    ) -> None:
        super().__init__()
        self.qapp, self.paths, self.settings, self.args = qapp, paths, settings, args
        # Before the AppContext exists (remembered key, passphrase, start over, opening and
        # seeding the store) there is no store for app.ops' sessions and no notifier: these
        # steps use the dispatcher directly; from _opened on, everything goes through app.ops.
        self.dispatcher = dispatcher
        self.window: MainWindow | None = None
        self.exit_code = 0
        self.dialog: QProgressDialog | None = None
        self.progress.connect(self._progress)
        self.key_ready.connect(self._show_frame)
        self.sign_in: SignInDialog | None = None
        self.demo_store = False
        # the frame first, except for a new demo store (its user and role come with the seed)
        self.early_frame = True

    def start(self) -> None:
        root = self.paths.root
        automatic = os.environ.get("GRIDWARDEN_PASSPHRASE")
        has_key = keys.exists(root)
        plaintext = is_plaintext(self.paths.store)
        wants_demo = bool(getattr(self.args, "demo", False))
        # a demo store: new with --demo, or a plaintext demo store from before encryption
        new_demo = not self.paths.store.exists() or (plaintext and _seeded_demo(self.paths.store))
        self.demo_store = keys.is_demo(root) if has_key else wants_demo and new_demo
        self.early_frame = not (wants_demo and not self.paths.store.exists())
        if automatic:
            self._submit(automatic, False)
            return
        if has_key and self.settings.allow_remember_key:
            from gridwarden.security import remember

            data_key = remember.load(root)
            if data_key is not None:
                import ui.main_window  # noqa: F401  (the frame's module: see _submit)

                self.dispatcher.write(
                    lambda: self._open(data_key), on_ok=self._opened, on_err=self._forgotten
                )
                return
        self._ask(create=not has_key, plaintext=plaintext)

    def _forgotten(self, error: BaseException) -> None:
        """A remembered key that no longer opens the store: forget it, ask for the passphrase."""
        if not isinstance(error, GridWardenError):
            self._failed(error)
            return
        log.warning("the remembered store key does not open the store; asking instead")
        self._drop_frame()
        from gridwarden.security import remember

        remember.forget(self.paths.root)
        self._close_progress()
        self._ask(create=False, plaintext=False)

    def _ask(self, *, create: bool, plaintext: bool) -> None:
        self.sign_in = SignInDialog(
            create=create,
            demo=self.demo_store,
            plaintext=plaintext,
            allow_remember=self.settings.allow_remember_key,
        )
        self.sign_in.submitted.connect(self._submit)
        self.sign_in.start_over.connect(self._start_over)
        self.sign_in.rejected.connect(self._cancelled)
        self.sign_in.show()
        if os.environ.get("GRIDWARDEN_STARTUP_MARK"):  # the benchmarks read these
            self.qapp.processEvents()  # painted: the first window, ready for the passphrase
            elapsed = (time.perf_counter() - _PROCESS_START) * 1000
            print(f"GRIDWARDEN_SIGN_IN_SHOWN {elapsed:.0f}", flush=True)
        # the data stack is imported while the passphrase is typed (after this window's first
        # paint); when the passphrase needs no typing the writer imports it, and the UI thread
        # shows the window's frame meanwhile
        QTimer.singleShot(0, prewarm)
        if self.demo_store and getattr(self.args, "screenshot", None):
            QTimer.singleShot(0, self.sign_in.ok.click)

    def _start_over(self) -> None:
        """A forgotten passphrase: the sealed data is wiped and a new store begins; the user
        then logs in to the district server and pulls their scope again."""
        paths = self.paths

        def done(_removed: list[str]) -> None:
            if self.sign_in is not None:
                self.sign_in.hide()
                self.sign_in.deleteLater()
            self.demo_store = False
            self._ask(create=True, plaintext=False)

        def start_over() -> list[str]:
            from gridwarden.security.wipe import wipe

            removed = wipe(paths, "forgotten passphrase")
            paths.ensure()
            return removed

        self.dispatcher.write(start_over, on_ok=done)

    def _cancelled(self) -> None:
        self.exit_code = 1
        self.qapp.exit(1)

    def _submit(self, passphrase: str, remember_key: bool) -> None:
        import ui.main_window  # noqa: F401  (the frame's module, light: before the writer runs)

        def unlock_and_open() -> Store:
            data_key = keys.unlock_or_create(self.paths.root, passphrase, demo=self.demo_store)
            if remember_key:
                from gridwarden.security import remember

                remember.save(self.paths.root, data_key)
            return self._open(data_key)

        self.dispatcher.write(unlock_and_open, on_ok=self._opened, on_err=self._refused)

    def _refused(self, error: BaseException) -> None:
        if self.sign_in is not None and isinstance(error, keys.StoreKeyError):
            self._close_progress()
            self._drop_frame()
            self.sign_in.show()
            self.sign_in.refused(render(error.message))
            return
        self._failed(error)

    def _open(self, data_key: bytes) -> Store:
        _mark("GRIDWARDEN_KEY_READY")
        if self.early_frame:
            self.key_ready.emit()  # the UI thread shows the frame while this thread imports
        prewarm()
        from gridwarden.store import open_store

        steps = {
            "encrypt": self.tr("正在加密旧的本地数据…"),
            "backup": self.tr("正在保存加密后的备份…"),
            "backups": self.tr("正在加密旧的备份…"),
        }

        def progress(step: str) -> None:
            gc.enable()  # long work (converting, migrating): the collector runs as usual
            text = steps.get(step) or self.tr("正在升级数据库结构（{step}），已先备份…").format(
                step=step
            )
            self.progress.emit(0, 0, text)

        store = open_store(self.paths, data_key, progress=progress)
        if getattr(self.args, "demo", False) and store.is_empty():
            # imported here: the generator (and the services it drives) is for demo stores only
            from gridwarden.demo.generator import DEMO_USER, DemoSize, seed

            gc.enable()  # seeding thousands of households: the collector runs as usual
            seeding = self.tr("正在生成演示街道…")
            self.progress.emit(0, 1, seeding)
            size = DemoSize(households=getattr(self.args, "demo_households", 5000))
            result = seed(
                store.sessions,
                SystemClock(),
                self.settings,
                size,
                lambda done, total: self.progress.emit(done, total, seeding),
            )
            if self.settings.user_id == Settings().user_id:
                self.settings.user_id, self.settings.user_name = DEMO_USER
                self.settings.home_grid_id = result.home_grid_id
                self.settings.save(self.paths.settings_file)
        return store

    def _show_frame(self) -> None:
        """The main window's frame (navigation, menus, an empty page, the status bar) while
        the store opens: MainWindow without its AppContext, attached in _opened."""
        from ui.main_window import MainWindow

        if self.window is not None:
            return
        if self.sign_in is not None:
            self.sign_in.hide()
        self.window = MainWindow(None, getattr(self.args, "page", None), settings=self.settings)
        self.window.show_on_screen(render_size(self.args))
        QTimer.singleShot(0, self._window_shown)

    def _drop_frame(self) -> None:
        """The store did not open after all: no frame stays behind the sign-in or the error."""
        if self.window is not None and not self.window.attached:
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    def _window_shown(self) -> None:
        if os.environ.get("GRIDWARDEN_STARTUP_MARK"):  # the benchmarks read these
            self.qapp.processEvents()  # the first paint: the window is on screen
            elapsed = (time.perf_counter() - _PROCESS_START) * 1000
            print(f"GRIDWARDEN_WINDOW_SHOWN {elapsed:.0f}", flush=True)

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog(self.tr("正在打开本地数据…"), "", 0, 0)
            self.dialog.setWindowTitle(self.tr("网格管家 GridWarden"))
            self.dialog.setCancelButton(None)
            self.dialog.setMinimumDuration(400)
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setLabelText(text)
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _close_progress(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        self._drop_frame()
        if self.sign_in is not None:
            self.sign_in.hide()
        log.error("could not open the store", exc_info=error)
        QMessageBox.critical(
            None,
            self.tr("网格管家 GridWarden"),
            self.tr("无法打开本地数据：{error}\n\n数据目录：{folder}").format(
                error=render(error.message) if isinstance(error, GridWardenError) else error,
                folder=self.paths.root,
            ),
        )
        self.exit_code = 2
        self.qapp.exit(2)

    def _opened(self, store: Store) -> None:
        from ui.bootstrap import build_app_context
        from ui.main_window import MainWindow

        self._close_progress()
        if self.sign_in is not None:
            self.sign_in.hide()
            self.sign_in.deleteLater()
            self.sign_in = None
        context = build_app_context(store, self.settings, SystemClock(), self.dispatcher, self.qapp)
        # from here on everything goes through the context's operations and notifier
        context.ops.write(context.security.tidy_exports, title=self.tr("清理过期导出文件"))
        if self.window is not None:  # the frame, shown while the store opened
            self.window.attach(context)
        else:
            self.window = MainWindow(context, getattr(self.args, "page", None))
            self.window.show_on_screen(render_size(self.args))
            QTimer.singleShot(0, self._window_shown)
        if not getattr(self.args, "font_found", True):
            warn_missing_font(self.window)
        QTimer.singleShot(0, self._after_show)

    def _after_show(self) -> None:
        assert self.window is not None
        # the first page's reads have come back and been shown: told by the dispatcher going
        # idle, not by spinning the event loop until it is (that busy loop took the CPU and the
        # GIL from the very reads it waited for)
        _when_idle(self.window.app.ops.dispatcher, self._page_loaded)
        QTimer.singleShot(STARTED_BY_MS, settle_heap)  # a first page that keeps reading
        shot = getattr(self.args, "screenshot", None)
        if shot:
            self.window.app.ops.dispatcher.wait_idle()  # the first page's reads have come back
            self.qapp.processEvents()
            self.window.app.ops.dispatcher.wait_idle()
            self.qapp.processEvents()
            ok = self.window.grab().save(str(Path(shot).resolve()))
            log.info("screenshot %s saved=%s", shot, ok)
            self.exit_code = 0 if ok else 3
            self.qapp.exit(self.exit_code)

    def _page_loaded(self) -> None:
        if os.environ.get("GRIDWARDEN_STARTUP_MARK"):
            elapsed = (time.perf_counter() - _PROCESS_START) * 1000
            print(f"GRIDWARDEN_PAGE_LOADED {elapsed:.0f}", flush=True)
        QTimer.singleShot(0, settle_heap)  # after the page's paint


# The cyclic garbage collector is paused from the start of `main` until the first page has
# loaded: the imports, the window and the first page's reads make ~700,000 objects that live as
# long as the process, and each full collection on the way walked them all again (~100 ms of
# collections before the first page, ~50 ms of it in one pass in the middle of its read).
# Reference counting still frees everything that is not in a cycle. Long work before the window
# (converting or migrating the store, seeding the demo) runs with the collector on.
STARTED_BY_MS = 3000  # the collector runs again by then, whatever the first page does


def settle_heap() -> None:
    """The app has started: collect the start-up's cyclic garbage once, move everything alive
    (modules, mappers, the window) out of the collector's sight for good (gc.freeze: later
    full collections walk only what was made since), and let the collector run again."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()
    gc.freeze()
    gc.enable()


_settled = True  # nothing to settle until pause_collector


def pause_collector() -> None:
    """From the start of `main` until `settle_heap`: no full collections walk the start-up."""
    global _settled
    _settled = False
    gc.disable()


def _when_idle(dispatcher: Dispatcher, then: Callable[[], None]) -> None:
    """Call `then` once no background work is pending (now, if none is)."""
    if dispatcher.pending == 0:
        then()
        return

    def idle(busy: bool) -> None:
        if not busy:
            dispatcher.busy_changed.disconnect(idle)
            then()

    dispatcher.busy_changed.connect(idle)


def render_size(args: object) -> QSize | None:
    """--size WxH, or the laptop's 1366×768 for a --screenshot: renders are the same size on
    every machine (a maximised offscreen window would take the virtual screen's)."""
    size = getattr(args, "size", None)
    if size is None and getattr(args, "screenshot", None):
        size = cli.SCREENSHOT_SIZE
    return QSize(*size) if size is not None else None


def main(argv: list[str] | None = None) -> int:
    args = cli.parse(argv)
    permissions.private_umask()  # new files are born 0600, folders 0700
    paths = data_paths(args.data_dir)
    settings = Settings.load(paths.settings_file)
    logsetup.configure(paths.logs, retention_days=settings.log_retention_days)
    log.info("starting with data dir %s", paths.root)
    permissions.secure_tree(paths.root)
    if args.verify_audit:
        return cli.verify_audit(paths)
    pause_collector()  # until the first page has loaded: see settle_heap
    crash = crashlog.previous(paths)  # what the last run's fatal error left, moved aside
    crash_stream = crashlog.enable(paths)  # faulthandler writes to it until the app ends
    qInstallMessageHandler(_qt_message)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("GridWarden")
    install_translators(qapp, args.lang or settings.language)
    qapp.setApplicationDisplayName(QCoreApplication.translate("app", "网格管家"))
    args.font_found = pick_font(qapp) is not None
    load_stylesheet(qapp)
    size = render_size(args)
    if size is not None:  # a render: dialogs fit the size rendered, less a taskbar
        fit.set_available_override(QRect(0, 0, size.width(), size.height() - 40))
    sys.excepthook = _excepthook
    if crash is not None:
        log.warning("the previous run stopped with a fatal error: %s", crash.path)
        if not getattr(args, "screenshot", None) and not os.environ.get(
            "GRIDWARDEN_NO_CRASH_DIALOG"
        ):
            crash_box(crash).exec()
    dispatcher = Dispatcher()
    boot = Bootstrap(qapp, paths, settings, args, dispatcher)
    boot.start()
    code = qapp.exec()
    if boot.window is not None:
        boot.window.app.sync.shutdown()  # before the writer it hands its transactions to
    dispatcher.shutdown()
    crashlog.disable(crash_stream)  # an ordinary end: the empty log is not shown next time
    gc.enable()  # an end before the first page (sign-in cancelled): as it was before main
    return code or boot.exit_code


if __name__ == "__main__":
    sys.exit(main())
