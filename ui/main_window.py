"""The main window: navigation by workflow, one page per workflow, a status bar that always says
who is working, on which store, and the sync state."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from gridwarden import __version__
from gridwarden.clock import local_text
from gridwarden.errors import GridWardenError
from gridwarden.queries.dispute_intake import DisputePrefill
from gridwarden.queries.legal_aid_facts import LegalAidPrefill
from gridwarden.rules.register import ROLES
from gridwarden.security import audit
from gridwarden.security.wipe import wipe
from gridwarden.services.context import Changes
from gridwarden.settings import Settings
from gridwarden.sync.client import SyncStatus
from gridwarden.sync.local import pending_count
from ui.app_context import AppContext
from ui.dialogs.exports import ExportsDialog
from ui.i18n import LANGUAGES, core_text, language_code, render
from ui.lock import LockController
from ui.messages import inform, warn
from ui.pages.base import Page
from ui.pages.dispute_stats import dispute_sections
from ui.pages.filing_today import filing_sections
from ui.pages.legal_aid_today import legal_aid_sections
from ui.pages.sync import error_text
from ui.pages.today import TodayPage
from ui.pages.today_sections import warden_sections
from ui.widgets.busy import BusyIndicator

log = logging.getLogger("gridwarden.ui")

if TYPE_CHECKING:  # the pages themselves are imported when first built
    from ui.pages.disputes import DisputesPage
    from ui.pages.events import EventsPage
    from ui.pages.filing import FilingPage
    from ui.pages.households import HouseholdsPage
    from ui.pages.legal_aid import LegalAidPage
    from ui.pages.review import ReviewPage
    from ui.pages.sync import SyncPage
    from ui.pages.visits import VisitsPage


class MainWindow(QMainWindow):
    def __init__(self, app: AppContext, start_page: str = "today") -> None:
        super().__init__()
        self.app = app
        self.setWindowTitle(self.tr("网格管家 GridWarden"))
        self.resize(1440, 900)

        # Pages are built the first time they are shown (start-up builds only the first one);
        # the navigation lists them all from the start.
        self._specs = self._page_specs()
        self._built: dict[str, Page] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.stack = QStackedWidget()
        for number, (_name, title, _factory) in enumerate(self._specs, start=1):
            item = QListWidgetItem(title)
            item.setToolTip(f"Ctrl+{number}")
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is built
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, n=number - 1: self.nav.setCurrentRow(n))
            self.addAction(action)
        # As wide as the longest page title (English titles are longer than Chinese ones).
        self.nav.ensurePolished()
        self.nav.setFixedWidth(max(150, self.nav.sizeHintForColumn(0) + 8))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._switch)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.lock = LockController(self, app, app.settings.lock_minutes)
        self._build_menu()
        self._build_status()

        app.changed.connect(self._after_change)
        app.dispatcher.unhandled_error.connect(self.show_error)
        self.wiping = False
        app.sync.status_changed.connect(self.show_sync_state)
        # a bound slot, not a lambda: Qt drops it with the window (a late signal after close)
        app.sync.running_changed.connect(self._sync_running)
        app.sync.account_changed.connect(self._show_user)
        self._shown: set[str] = set()
        self.show_page(start_page)
        self.refresh_status()
        app.sync.start()

    # --- pages -------------------------------------------------------------------------------
    def _page_specs(self) -> list[tuple[str, str, Callable[[], Page]]]:
        """(name, title, factory) per page, in navigation order (the CLI's --page names). Page
        modules are imported in their factory: what is not opened costs no start-up time."""
        app = self.app

        def today() -> Page:
            sections = warden_sections(app, self.open_household, self.open_event)
            sections += dispute_sections(app, self.open_dispute)
            sections += legal_aid_sections(app, self.open_legal_aid)
            sections += filing_sections(app, self.open_filing)
            page = TodayPage(app, sections)
            page.open_tile = self.open_tile
            return page

        def households() -> Page:
            from ui.pages import households as module

            return module.HouseholdsPage(app, self.start_dispute)

        def visits() -> Page:
            from ui.pages import visits as module

            return module.VisitsPage(app, self.open_household)

        def events() -> Page:
            from ui.pages import events as module

            page = module.EventsPage(app, self.start_dispute)
            page.on_locate = self.locate_on_map
            return page

        def grid_map() -> Page:
            from ui.pages import map as module

            return module.MapPage(app, self.open_event, self.open_household)

        def disputes() -> Page:
            from ui.pages import disputes as module

            return module.DisputesPage(app, self.start_legal_aid, on_filing=self.open_filing)

        def legal_aid() -> Page:
            from ui.pages import legal_aid as module

            return module.LegalAidPage(app, on_filing=self.open_filing)

        def filing() -> Page:
            from ui.pages import filing as module

            return module.FilingPage(app)

        def sync() -> Page:
            from ui.pages import sync as module

            return module.SyncPage(app, lambda: self.show_page("review"))

        def review() -> Page:
            from ui.pages import review as module

            return module.ReviewPage(app)

        return [
            ("today", self.tr("今日"), today),
            ("households", self.tr("户籍登记"), households),
            ("visits", self.tr("走访记录"), visits),
            ("events", self.tr("网格事件"), events),
            ("map", self.tr("网格地图"), grid_map),
            ("disputes", self.tr("矛盾调解"), disputes),
            ("legal-aid", self.tr("法律援助"), legal_aid),
            ("filing", self.tr("网上立案"), filing),
            ("sync", self.tr("同步"), sync),
            ("review", self.tr("待处理冲突"), review),
        ]

    def page(self, name: str) -> Page:
        """The page of that name, built (in its place in the stack) if it is not yet."""
        built = self._built.get(name)
        if built is not None:
            return built
        row = self.page_names().index(name)
        page = self._specs[row][2]()
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._built[name] = page
        return page

    def page_names(self) -> list[str]:
        return [name for name, _title, _factory in self._specs]

    @property
    def pages(self) -> list[Page]:
        """Every page, built (tests and screenshots walk them all)."""
        return [self.page(name) for name in self.page_names()]

    @property
    def today(self) -> TodayPage:
        return cast(TodayPage, self.page("today"))

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
        self.nav.setCurrentRow(self.page_names().index(name))

    def _switch(self, row: int) -> None:
        page = self.page(self.page_names()[row])
        self.stack.setCurrentWidget(page)
        if page.name not in self._shown:
            self._shown.add(page.name)
            page.refresh()

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
        lock_action.triggered.connect(self.lock.lock)
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
        language_menu = view_menu.addMenu(self.tr("语言(&L)"))
        language_menu.setObjectName("languageMenu")
        chosen = language_code(self.app.settings.language)
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.tr("关于"), self._about)

    def choose_language(self, code: str) -> None:
        """Saved in the settings; the window is built in one language, so it applies at the
        next start (`--lang` overrides it for one run)."""
        settings = self.app.settings
        if language_code(settings.language) == code:
            return
        settings.language = code
        path = self.app.store.paths.settings_file

        def saved(_result: object) -> None:
            inform(
                self,
                self.tr("语言"),
                self.tr("界面语言已设为 {language}，下次启动程序时生效。").format(
                    language=LANGUAGES[code]
                ),
            )

        def failed(error: BaseException) -> None:
            warn(self, self.tr("语言"), self.tr("未能保存设置：{error}").format(error=error))

        self.app.dispatcher.write(lambda: settings.save(path), on_ok=saved, on_err=failed)

    def show_exports(self) -> None:
        dialog = ExportsDialog(self.app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def verify_audit(self) -> None:
        """Walk the audit chain on the reader pool; name the first broken link (等保 2.0)."""

        def shown(verdict: audit.Verdict) -> None:
            if verdict.problem is None:
                inform(
                    self,
                    self.tr("核验审计记录"),
                    self.tr("审计记录完整：共 {n} 条，哈希链未被改动。").format(n=verdict.count),
                )
            else:
                warn(
                    self,
                    self.tr("核验审计记录"),
                    self.tr("审计记录被改动过。\n\n{problem}\n\n在它之前的 {n} 条完整。").format(
                        problem=render(verdict.problem), n=verdict.count
                    ),
                )

        self.app.dispatcher.read(self.app.security.verify_audit, on_ok=shown)

    def _about(self) -> None:
        inform(
            self,
            self.tr("关于"),
            self.tr("网格管家 GridWarden {v}\n数据目录：{d}").format(
                v=__version__, d=self.app.store.paths.root
            ),
        )

    def _build_status(self) -> None:
        self.user_label = QLabel()
        self._show_user()
        self.store_label = QLabel()
        self.sync_label = QLabel(self.tr("同步：未登录"))
        self.sync_label.setObjectName("syncState")
        self.busy_label = QLabel()
        for label in (self.user_label, self.store_label, self.busy_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(BusyIndicator(self.app.notifier))
        self.statusBar().addPermanentWidget(self.sync_label)
        self.app.dispatcher.busy_changed.connect(
            lambda busy: self.busy_label.setText(self.tr("处理中…") if busy else "")
        )

    def _show_user(self) -> None:
        settings = self.app.settings
        role = core_text(ROLES.get(settings.user_role, settings.user_role))
        name = settings.user_name
        if name == Settings().user_name:  # the placeholder before a login is a role, not a name
            name = core_text(name)
        self.user_label.setText(self.tr("{name}（{role}）").format(name=name, role=role))

    def show_sync_state(self, status: SyncStatus) -> None:
        """The status bar always says how sync stands: last good sync, pending, failures."""
        if status.revoked and not self.wiping:
            self.wipe_after_revocation(status)
            return
        pending = self.tr("待上传 {n} 条").format(n=status.pending)
        if status.revoked:
            text = self.tr("同步：本设备已停用")
        elif not status.logged_in:
            text = self.tr("同步：未登录 · {pending}").format(pending=pending)
        elif self.app.sync.running:
            text = self.tr("同步：进行中… · {pending}").format(pending=pending)
        elif status.last_error:
            text = self.tr("同步：失败（{kind}）· {pending}").format(
                kind=self.failure_kind(status.last_error_kind), pending=pending
            )
        else:
            last = local_text(status.last_success_at) or self.tr("从未")
            text = self.tr("同步：{last} · {pending}").format(last=last, pending=pending)
        if status.conflicts:
            text += self.tr(" · {n} 条冲突待处理").format(n=status.conflicts)
        self.sync_label.setText(text)
        self.sync_label.setToolTip(error_text(status) or status.server_url)
        tone = "danger" if status.last_error or status.revoked else ""
        self.sync_label.setProperty("tone", tone)
        self.sync_label.style().unpolish(self.sync_label)
        self.sync_label.style().polish(self.sync_label)

    def wipe_after_revocation(self, status: SyncStatus) -> None:
        """The server answered that this device was revoked or its user disabled (after one
        last push attempt): say so, wipe the store, backups, attachments and exports, quit."""
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
            box = warn(
                self,
                self.tr("本设备已停用"),
                self.tr(
                    "{reason}\n\n按照规定，本机的住户、纠纷、法律援助数据及其备份、附件和导出文件"
                    "已全部清除。程序将退出；如需继续工作，请联系网格中心后重新登录。"
                ).format(reason=reason),
            )
            box.finished.connect(self.close)

        body = self.centralWidget()
        if body is not None:
            body.setEnabled(False)
        self.app.dispatcher.write(run, on_ok=wiped)

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

    def _sync_running(self, _running: bool = False) -> None:
        if self.app.sync.status is not None:
            self.show_sync_state(self.app.sync.status)

    def refresh_status(self) -> None:
        path = self.app.store.paths.store
        size_mb = path.stat().st_size / 1_048_576 if path.exists() else 0.0

        def show(count: int) -> None:
            self.store_label.setText(
                self.tr("本地数据 {size:.1f} MB · {n} 条待同步").format(size=size_mb, n=count)
            )
            self.store_label.setToolTip(str(path))

        self.app.ops.read(pending_count, show)

    def _after_change(self, changes: Changes) -> None:
        self.refresh_status()
        self.app.sync.refresh_status()
        for message in changes.warnings:
            self.statusBar().showMessage(render(message), 10_000)

    def show_error(self, error: BaseException) -> None:
        """Expected errors from background work become a message; bugs go to the excepthook."""
        if isinstance(error, GridWardenError):
            warn(self, self.tr("未能完成"), render(error.message))
            return
        raise error

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
