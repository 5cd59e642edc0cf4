"""Sync in the background: on a timer, on demand, never on the UI thread.

The sync runs on its own thread (network waits must not hold up the writer); every local
transaction it makes is handed to the app's single writer thread (Dispatcher.run_write), so
SQLite still has one writer. Results come back to the main thread as signals: the status for
the status bar and the sync page, progress while it runs, and the store changes so pages
refresh. After a failure the next attempt backs off with jitter; a revoked device or an
outdated app stops the timer until the user acts.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from gridwarden.clock import Clock
from gridwarden.protocol.messages import LoginAnswer
from gridwarden.services.context import Changes
from gridwarden.settings import Settings
from gridwarden.store import Store
from gridwarden.sync.backoff import next_delay
from gridwarden.sync.client import Cancelled, SyncClient, SyncReport, SyncStatus, adopt_account
from gridwarden.sync.credentials import TokenStore
from gridwarden.sync.errors import SyncFailure
from ui.change_bus import ChangeBus
from ui.tasks import Dispatcher

log = logging.getLogger("gridwarden.ui.sync")
STOPPING = frozenset({"revoked", "outdated", "auth", "config"})
SOON_MS = 30_000  # after a local edit, sync within half a minute rather than at the next round
CLOSE_GRACE_S = 3.0  # how long closing the app waits for a sync to reach a safe point


class _SyncThread:
    """One daemon thread running jobs in order. A daemon, unlike a ThreadPoolExecutor's worker:
    a request stuck on a silent network (up to the stall timeout) must not hold the app open
    after the user closed it. Abandoning it is safe: its every local write runs in a
    transaction on the app's writer thread, which finishes or never starts."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._stopping = False
        self._thread = threading.Thread(target=self._loop, name="gw-sync", daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[], None]) -> None:
        if not self._stopping:
            self._jobs.put(job)

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            if not self._stopping:  # jobs queued before the app closed are dropped
                job()

    def stop(self, grace_s: float) -> bool:
        """Drop queued jobs and wait up to `grace_s` for the running one; True if it ended."""
        self._stopping = True
        self._jobs.put(None)
        self._thread.join(grace_s)
        return not self._thread.is_alive()


class SyncWorker(QObject):
    status_changed = Signal(object)  # SyncStatus
    progress = Signal(str, int, int)  # stage, done, total
    running_changed = Signal(bool)
    account_changed = Signal()
    failed = Signal(object)  # SyncFailure, for a message when the user asked for the sync
    _done = Signal(object, object, object)  # callback, result, error (to the main thread)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Clock,
        dispatcher: Dispatcher,
        bus: ChangeBus,
        tokens: TokenStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.dispatcher = dispatcher
        self.bus = bus
        self.tokens = tokens or TokenStore()
        self.client = SyncClient(
            store,
            self.tokens,
            write=lambda fn: dispatcher.run_write(fn).result(),
            clock=clock,
            stall_s=settings.sync_stall_s,
            file_cipher=settings.file_cipher,
            ca_bundle=settings.server_ca_bundle,
        )
        self._thread = _SyncThread()
        self._running = False
        self._asked = False
        self.status: SyncStatus | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self._done.connect(self._deliver)
        self._emitting = False
        bus.changed.connect(self._edited)

    # --- plumbing ------------------------------------------------------------------------------
    def _submit(
        self, fn: Callable[[], Any], done: Callable[[Any, BaseException | None], None]
    ) -> None:
        def run() -> None:
            try:
                result, error = fn(), None
            except BaseException as exc:  # handed to the main thread
                result, error = None, exc
            self._done.emit(done, result, error)

        self._thread.submit(run)

    def _deliver(
        self, done: Callable[[Any, BaseException | None], None], result: Any, error: Any
    ) -> None:
        done(result, error)  # a bound slot of a main-thread object: runs on the UI thread

    @property
    def running(self) -> bool:
        return self._running

    # --- status --------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        self.dispatcher.read(self.client.status, on_ok=self._show_status)

    def _show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def start(self) -> None:
        """At start-up: show the state, and sync soon if this device is logged in."""
        self.dispatcher.read(self.client.status, on_ok=self._started)

    def _started(self, status: SyncStatus) -> None:
        self._show_status(status)
        if status.logged_in and not status.revoked:
            self.timer.start(2_000)

    # --- sync ----------------------------------------------------------------------------------
    def sync_now(self, asked: bool = False) -> None:
        if self._running:
            return
        self._running, self._asked = True, asked
        self.timer.stop()
        self.running_changed.emit(True)
        self._submit(
            lambda: self.client.run_once(progress=lambda s, d, t: self.progress.emit(s, d, t)),
            self._synced,
        )

    def _synced(self, report: SyncReport | None, error: BaseException | None) -> None:
        self._running = False
        self.running_changed.emit(False)
        if isinstance(error, Cancelled):
            return
        if error is not None and not isinstance(error, SyncFailure):
            self.refresh_status()
            raise error  # a bug: the global excepthook logs it
        if report is not None:
            changes = report.changes
            if report.conflicts or report.rejected:
                changes = Changes.of(changes.entities | {"sync_conflict"}, changes.ids)
            if changes.entities:
                self._emitting = True  # our own news: not an edit to sync again
                try:
                    self.bus.changed.emit(changes)
                finally:
                    self._emitting = False
        self.dispatcher.read(self.client.status, on_ok=lambda s: self._after(s, error))

    def _after(self, status: SyncStatus, error: BaseException | None) -> None:
        self._show_status(status)
        if isinstance(error, SyncFailure):
            log.warning("sync failed (%s): %s", error.kind, error)
            if self._asked:
                self.failed.emit(error)
            if error.kind in STOPPING:
                return  # waits for a login or an update
        delay = next_delay(status.failures, float(self.settings.sync_interval_s))
        self.timer.start(int(delay * 1000))

    def _edited(self, _changes: Changes) -> None:
        """Something was saved here: send it soon (the timer alone could wait minutes)."""
        status = self.status
        if self._emitting or self._running or status is None or not status.logged_in:
            return
        if status.revoked or status.last_error_kind in STOPPING:
            return
        if not self.timer.isActive() or self.timer.remainingTime() > SOON_MS:
            self.timer.start(SOON_MS)

    # --- account -------------------------------------------------------------------------------
    def login(
        self,
        server_url: str,
        user: str,
        password: str,
        on_ok: Callable[[LoginAnswer, bool], None],
        on_err: Callable[[BaseException], None],
        *,
        take_over_pending: bool = False,
        ca_bundle: str | None = None,
    ) -> None:
        if ca_bundle is not None:  # a district's own CA (PEM): checked on this login already
            self.client.ca_bundle = ca_bundle

        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                on_err(error)
                return
            answer, persistent = result
            self._adopt(server_url, answer)
            on_ok(answer, persistent)
            self.sync_now()

        self._submit(
            lambda: self.client.login(
                server_url, user, password, take_over_pending=take_over_pending
            ),
            done,
        )

    def _adopt(self, server_url: str, answer: LoginAnswer) -> None:
        settings = self.settings
        adopt_account(settings, answer)
        settings.server_url = server_url.strip().rstrip("/")
        settings.server_ca_bundle = self.client.ca_bundle
        settings.save(self.store.paths.settings_file)
        self.account_changed.emit()  # the composition root has the context act as this account

    def logout(self) -> None:
        self.timer.stop()
        self._submit(self.client.logout, lambda _r, _e: self.refresh_status())

    def shutdown(self, grace_s: float = CLOSE_GRACE_S) -> bool:
        """Before the dispatcher shuts down: a sync in flight stops between two transactions.
        One still waiting on the network after `grace_s` is left behind (False): its next local
        write is refused once the writer has stopped, and the next start resumes from the last
        page stored."""
        self.timer.stop()
        self.client.cancel.set()
        if not self._thread.stop(grace_s):
            log.info("closing while a sync waits on the network; it resumes at the next start")
            return False
        self.client.close()
        return True
