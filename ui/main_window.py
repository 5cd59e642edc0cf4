"""The main window: navigation by workflow, one page per workflow, a status bar that always says
who is working, on which store, and the sync state."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from gridwarden import __version__
from ui.dialogs.shortcuts_help import ShortcutsDialog
from ui.i18n import LANGUAGES, language_code, render
from ui.lock import LockController
from ui.pages import registry
from ui.shortcuts import GlobalShortcuts
from ui.view_menu import TextSizeMenu
from ui.widgets.fit import available_geometry
from ui.window_state import WindowState

log = logging.getLogger("gridwarden.ui")
PAGE_MIN_WIDTH = 640

# The window's frame (title, navigation, menus, an empty page, the status bar) needs none of the
# data stack: this module imports it only where a method needs it, so the frame can be shown
# while SQLAlchemy, the models and the services are still being imported (ui.app.Bootstrap).
if TYPE_CHECKING:  # the pages themselves are imported when first built
    from gridwarden.queries.dispute_intake import DisputePrefill
    from gridwarden.queries.legal_aid_facts import LegalAidPrefill
    from gridwarden.security import audit
    from gridwarden.services.context import Changes
    from gridwarden.settings import Settings
    from gridwarden.sync.client import SyncStatus
    from ui.app_context import AppContext
    from ui.nav_badges import NavBadges
    from ui.pages.base import Page
    from ui.pages.disputes import DisputesPage
    from ui.pages.events import EventsPage
    from ui.pages.filing import FilingPage
    from ui.pages.households import HouseholdsPage
    from ui.pages.legal_aid import LegalAidPage
    from ui.pages.review import ReviewPage
    from ui.pages.sync import SyncPage
    from ui.pages.today import TodayPage
    from ui.pages.visits import VisitsPage
    from ui.status_bar import StatusBar


class MainWindow(QMainWindow):
    app: AppContext
    badges: NavBadges
    lock: LockController
    shortcuts: GlobalShortcuts
    status: StatusBar

    def __init__(
        self,
        app: AppContext | None = None,
        start_page: str | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        """The frame at once (from `settings`, or the app's); with `app`, the rest too. Without
        it the frame can be shown while the store opens, and `attach` completes it."""
        super().__init__()
        if settings is None:
            assert app is not None, "the frame needs the settings or the app"
            settings = app.settings
        self.setWindowTitle(self.tr("网格管家 GridWarden"))
        self.state = WindowState(settings)
        self.resize(1366, 728)  # until show_on_screen: maximised, restored or a render's size
        self.attached = False
        self.wiping = False

        # Pages are built the first time they are shown (start-up builds only the first one).
        # The navigation lists the role's pages in the role's order (registry.ROLE_PAGES); the
        # others follow hidden, shown when a page links to one or with 视图 ▸ 显示全部页面.
        role = settings.user_role
        visible, hidden = registry.navigation_order(role)
        self._order = visible + hidden
        self._role_pages = set(visible)
        self._built: dict[str, Page] = {}
        self._shown: set[str] = set()
        self._language = settings.language

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.stack = QStackedWidget()
        nav_keys: list[QAction] = []
        for row, name in enumerate(self._order):
            item = QListWidgetItem(registry.BY_NAME[name].translated_title())
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is built
            if row < len(visible):
                item.setToolTip(f"Ctrl+{row + 1}")
                action = QAction(self)
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
                action.triggered.connect(lambda _c=False, n=row: self.nav.setCurrentRow(n))
                self.addAction(action)
                nav_keys.append(action)
        self.show_all_pages(self.state.get("all_pages") == "1")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._switch)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._build_menu()
        # the menus and their keys wait for the store (the navigation's Ctrl+1… do not: the
        # page chosen is built when the window is attached)
        self._waiting = [
            a for a in self.findChildren(QAction) if a.isEnabled() and a not in nav_keys
        ]
        for action in self._waiting:
            action.setEnabled(False)
        self.statusBar().showMessage(self.tr("正在打开本地数据…"))
        self.fit_navigation()
        self.restored = self.state.restore_window(self)
        # the start page's row is current (and shown, if this role does not list it); its page
        # is built when the window is attached (a page chosen meanwhile is the one built)
        self.show_page(start_page or registry.home_page(role))
        if app is not None:
            self.attach(app)

    def attach(self, app: AppContext) -> None:
        """The store is open: the pages, the lock, the shortcuts, the status and sync."""
        from ui.nav_badges import NavBadges
        from ui.pages.factories import page_factories, today_sections
        from ui.status_bar import StatusBar

        self.app = app
        self._factories = page_factories(self)
        self.today_sections = today_sections(self)
        self.badges = NavBadges(self)  # before any page: 今日, once built, gives it the counts
        self.lock = LockController(self, app, app.settings.lock_minutes)
        self.shortcuts = GlobalShortcuts(self)
        self.statusBar().clearMessage()
        self.status = StatusBar(self)
        self.sync_label = self.status.sync_label
        self.user_label = self.status.user_label
        self.fit_navigation()

        app.changed.connect(self._after_change)
        # work started on the dispatcher without an error callback (the sync worker's) still
        # reaches the user through the notifier; everything the window starts goes through app.ops
        app.dispatcher.unhandled_error.connect(self.show_error)
        app.sync.status_changed.connect(self.show_sync_state)
        # a bound slot, not a lambda: Qt drops it with the window (a late signal after close)
        app.sync.running_changed.connect(self._sync_running)
        app.sync.account_changed.connect(self._show_user)
        for action in self._waiting:
            action.setEnabled(True)
        self.attached = True
        self._switch(max(self.nav.currentRow(), 0))
        self.refresh_status()
        if self.badges.today is None:  # else the first page's load (今日) counts them
            self.badges.refresh()
        app.sync.start()

    def show_on_screen(self, size: QSize | None = None) -> None:
        """A render's exact size (--size WxH); else as the user left it; else maximised on the
        available screen (a 1366×768 laptop keeps its taskbar and the status bar in view)."""
        if size is not None:
            self.resize(size)
            self.show()
        elif self.restored:
            self.show()
        else:
            self.setGeometry(available_geometry(self))
            self.showMaximized()

    # --- pages -------------------------------------------------------------------------------
    def page(self, name: str) -> Page:
        """The page of that name, built (in its place in the stack) if it is not yet."""
        built = self._built.get(name)
        if built is not None:
            return built
        row = self._order.index(name)
        page = self._factories[name]()
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._built[name] = page
        from ui.pages.today import TodayPage

        if isinstance(page, TodayPage):
            self.badges.follow(page)
        # a page never pushes the window past the screen (at 特大 text a wide filter row would):
        # it is squeezed instead, and the status bar stays in view
        page.setMinimumWidth(PAGE_MIN_WIDTH)
        self.state.restore_page(name, page)
        return page

    def page_names(self) -> list[str]:
        """Every page, in this role's navigation order (its own pages first)."""
        return list(self._order)

    def visible_page_names(self) -> list[str]:
        return [name for row, name in enumerate(self._order) if not self.nav.isRowHidden(row)]

    def current_page_name(self) -> str:
        return self._order[max(self.nav.currentRow(), 0)]

    def is_role_page(self, name: str) -> bool:
        return name in self._role_pages

    def show_all_pages(self, show: bool) -> None:
        for row, name in enumerate(self._order):
            self.nav.setRowHidden(row, not show and name not in self._role_pages)

    @property
    def pages(self) -> list[Page]:
        """Every page, built (tests and screenshots walk them all)."""
        return [self.page(name) for name in self.page_names()]

    @property
    def today(self) -> TodayPage:
        return cast("TodayPage", self.page("today"))

    @property
    def households(self) -> HouseholdsPage:
        return cast("HouseholdsPage", self.page("households"))

    @property
    def visits(self) -> VisitsPage:
        return cast("VisitsPage", self.page("visits"))

    @property
    def events(self) -> EventsPage:
        return cast("EventsPage", self.page("events"))

    @property
    def disputes(self) -> DisputesPage:
        return cast("DisputesPage", self.page("disputes"))

    @property
    def legal_aid(self) -> LegalAidPage:
        return cast("LegalAidPage", self.page("legal-aid"))

    @property
    def filing(self) -> FilingPage:
        return cast("FilingPage", self.page("filing"))

    @property
    def sync(self) -> SyncPage:
        return cast("SyncPage", self.page("sync"))

    @property
    def review(self) -> ReviewPage:
        return cast("ReviewPage", self.page("review"))

    def show_page(self, name: str) -> None:
        row = self._order.index(name)
        self.nav.setRowHidden(row, False)  # a link to a page this role does not list shows it
        self.nav.setCurrentRow(row)

    def _switch(self, row: int) -> None:
        if not self.attached:
            return  # the frame: the page chosen is built when the store is open (attach)
        name = self._order[row]
        page = self.page(name)
        self.stack.setCurrentWidget(page)
        if page.name not in self._shown:
            self._shown.add(page.name)
            page.refresh()
        self.shortcuts.page_changed(name, page)

    def open_household(self, household_id: str) -> None:
        self.show_page("households")
        self.households.open_household(household_id)

    def open_tile(self, workflow: str, first: date | None, last: date | None) -> None:
        """A Today tile: the workflow's list filtered to the deadlines it counted."""
        name = {"events": "events", "disputes": "disputes", "legal_aid": "legal-aid"}.get(
            workflow, workflow
        )
        self.show_page(name)
        self.page(name).show_due(first, last)  # type: ignore[attr-defined]

    def open_event(self, event_id: str) -> None:
        self.show_page("events")
        self.events.open_event(event_id)

    def locate_on_map(self, kind: str, record_id: str, label: str) -> None:
        """The grid map opens and its next click places the event (or household)."""
        self.show_page("map")
        self.page("map").pick(kind, record_id, label)  # type: ignore[attr-defined]

    def open_dispute(self, dispute_id: str) -> None:
        self.show_page("disputes")
        self.disputes.open_dispute(dispute_id)

    def open_legal_aid(self, key: str) -> None:
        """An application by its id, or a queue row by its key (a group case)."""
        self.show_page("legal-aid")
        self.legal_aid.open_application(key)

    def open_filing(self, filing_id: str) -> None:
        self.show_page("filing")
        self.filing.open_filing(filing_id)

    def start_dispute(self, prefill: DisputePrefill) -> None:
        """A 矛盾纠纷线索 event or a dispute follow-up visit becomes a dispute: the intake form
        opens on the disputes page, prefilled and linked."""
        self.show_page("disputes")
        self.disputes.start_prefilled(prefill)

    def start_legal_aid(self, prefill: LegalAidPrefill) -> None:
        """A failed wage mediation starts a prefilled legal-aid application (issue 4)."""
        self.show_page("legal-aid")
        self.legal_aid.start_prefilled(prefill)

    # --- menu and status ---------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        lock_action = menu.addAction(self.tr("锁定(&L)"))
        lock_action.setObjectName("lockAction")
        lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))  # Ctrl+L: a legal-aid intake
        lock_action.triggered.connect(self._lock_now)
        exports_action = menu.addAction(self.tr("导出的文件…"))
        exports_action.setObjectName("exportsAction")
        exports_action.triggered.connect(self.show_exports)
        audit_action = menu.addAction(self.tr("核验审计记录"))
        audit_action.setObjectName("verifyAuditAction")
        audit_action.triggered.connect(self.verify_audit)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("退出(&Q)"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        self.text_size_menu = TextSizeMenu(self, view_menu)
        view_menu.addSeparator()
        all_pages = view_menu.addAction(self.tr("显示全部页面"))
        all_pages.setObjectName("allPagesAction")
        all_pages.setCheckable(True)
        all_pages.setChecked(self.state.get("all_pages") == "1")
        all_pages.toggled.connect(self._toggle_all_pages)
        language_menu = view_menu.addMenu(self.tr("语言(&L)"))
        language_menu.setObjectName("languageMenu")
        chosen = language_code(self._language)
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_action = help_menu.addAction(self.tr("快捷键(&K)"))
        help_action.setObjectName("shortcutsAction")
        help_action.setShortcut(QKeySequence("F1"))
        help_action.triggered.connect(self.show_shortcuts)
        self.addAction(help_action)  # F1 with the menu closed
        help_menu.addAction(self.tr("关于"), self._about)

    def _lock_now(self) -> None:
        self.lock.lock()

    def _toggle_all_pages(self, show: bool) -> None:
        self.show_all_pages(show)
        self.state.set("all_pages", "1" if show else "0")
        self.save_settings()

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.shortcuts.page_keys(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def fit_navigation(self) -> None:
        """As wide as the longest page title at the current text size (English titles are
        longer than Chinese ones; badges add a count)."""
        self.nav.ensurePolished()
        metrics = self.nav.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())),
            default=0,
        )
        self.nav.setFixedWidth(max(150, widest + metrics.horizontalAdvance("0000") + 40))

    def save_settings(self) -> None:
        """Write the settings file on the writer thread (never on the UI thread)."""
        settings = self.app.settings
        path = self.app.store.paths.settings_file
        self.app.ops.write(lambda: settings.save(path), owner=self, title=self.tr("保存设置"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.wiping and self.attached:  # closed as a frame: nothing was changed
            self.state.save_window(self)
            for name, page in self._built.items():
                self.state.save_page(name, page)
            self.save_settings()
        super().closeEvent(event)

    def choose_language(self, code: str) -> None:
        """Saved in the settings; the window is built in one language, so it applies at the
        next start (`--lang` overrides it for one run)."""
        settings = self.app.settings
        if language_code(settings.language) == code:
            return
        settings.language = code
        path = self.app.store.paths.settings_file

        def save() -> str:
            try:
                settings.save(path)
            except OSError as error:  # a full disk, a read-only folder: said, not a crash
                return str(error)
            return ""

        def saved(problem: str) -> None:
            if problem:
                self.app.notifier.warn(
                    self, self.tr("语言"), self.tr("未能保存设置：{error}").format(error=problem)
                )
                return
            self.app.notifier.inform(
                self,
                self.tr("语言"),
                self.tr("界面语言已设为 {language}，下次启动程序时生效。").format(
                    language=LANGUAGES[code]
                ),
            )

        self.app.ops.write(save, saved, owner=self, title=self.tr("语言"))

    def show_exports(self) -> None:
        from ui.dialogs.exports import ExportsDialog

        dialog = ExportsDialog(self.app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def verify_audit(self) -> None:
        """Walk the audit chain on the reader pool; name the first broken link (等保 2.0)."""

        def shown(verdict: audit.Verdict) -> None:
            if verdict.problem is None:
                self.app.notifier.inform(
                    self,
                    self.tr("核验审计记录"),
                    self.tr("审计记录完整：共 {n} 条，哈希链未被改动。").format(n=verdict.count),
                )
            else:
                self.app.notifier.warn(
                    self,
                    self.tr("核验审计记录"),
                    self.tr("审计记录被改动过。\n\n{problem}\n\n在它之前的 {n} 条完整。").format(
                        problem=render(verdict.problem), n=verdict.count
                    ),
                )

        security = self.app.security
        self.app.ops.read(
            lambda _session: security.verify_audit(),
            shown,
            owner=self,
            title=self.tr("核验审计记录"),
        )

    def _about(self) -> None:
        self.app.notifier.inform(
            self,
            self.tr("关于"),
            self.tr("网格管家 GridWarden {v}\n数据目录：{d}").format(
                v=__version__, d=self.app.store.paths.root
            ),
        )

    def _show_user(self) -> None:
        self.status.show_user()

    def show_sync_state(self, status: SyncStatus) -> None:
        """The status bar always says how sync stands, in plain words, once."""
        if status.revoked and not self.wiping:
            self.wipe_after_revocation(status)
            return
        self.status.show_sync_state(status)

    def wipe_after_revocation(self, status: SyncStatus) -> None:
        """The server answered that this device was revoked or its user disabled (after one
        last push attempt): say so, wipe the store, backups, attachments and exports, quit."""
        from gridwarden.security.wipe import wipe
        from ui.pages.sync import error_text

        self.wiping = True
        reason = error_text(status)
        log.warning("device revoked or user disabled: wiping the local data")
        self.app.sync.shutdown()
        self.app.dispatcher.wait_idle()
        store = self.app.store

        def run() -> list[str]:
            store.close()
            return wipe(store.paths, "revoked")

        def wiped(_removed: list[str]) -> None:
            message = self.app.notifier.warn(
                self,
                self.tr("本设备已停用"),
                self.tr(
                    "{reason}\n\n按照规定，本机的住户、纠纷、法律援助数据及其备份、附件和导出文件"
                    "已全部清除。程序将退出；如需继续工作，请联系网格中心后重新登录。"
                ).format(reason=reason),
            )
            if message.box is not None:
                message.box.finished.connect(self.close)
            else:  # no box to read (tests): the window closes at once
                self.close()

        body = self.centralWidget()
        if body is not None:
            body.setEnabled(False)
        self.app.ops.write(run, wiped, owner=self, title=self.tr("本设备已停用"))

    def failure_kind(self, kind: str) -> str:
        return self.status.failure_kind(kind)

    def _sync_running(self, _running: bool = False) -> None:
        if self.app.sync.status is not None:
            self.show_sync_state(self.app.sync.status)

    def refresh_status(self) -> None:
        self.app.sync.refresh_status()

    def _after_change(self, changes: Changes) -> None:
        self.refresh_status()
        self.badges.changed(changes)  # a save's warnings: app.ops → notifier → banner or status

    def show_error(self, error: BaseException) -> None:
        """Expected errors from background work become a message; bugs go to the excepthook."""
        self.app.notifier.refused(self, self.tr("未能完成"), error)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        households = self._built.get("households")
        if (
            event.key() == Qt.Key.Key_Escape
            and households is not None
            and (self.stack.currentWidget() is households)
        ):
            households.focus_search()  # type: ignore[attr-defined]
            return
        super().keyPressEvent(event)
