"""What every page and dialog is given: the services, the dispatcher, and the change signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlmodel import Session

from gridwarden.clock import Clock
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.dispute_documents import DisputeDocuments
from gridwarden.services.disputes import DisputeService
from gridwarden.services.events import EventService
from gridwarden.services.filing_documents import FilingPackages
from gridwarden.services.filings import FilingService
from gridwarden.services.geo import GeoService
from gridwarden.services.register import RegisterService
from gridwarden.services.rounds import RoundService
from gridwarden.services.security import SecurityService
from gridwarden.services.visits import VisitService
from gridwarden.settings import Settings
from gridwarden.store import Store
from gridwarden.sync.review import ReviewService
from ui.tasks import Dispatcher, OnErr, OnOk

T = TypeVar("T")


class AppContext(QObject):
    """Emits `changed(Changes)` after every successful write, so pages refresh what they show."""

    changed = Signal(object)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Clock,
        dispatcher: Dispatcher,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.dispatcher = dispatcher
        self.services: ServiceContext = store.context(settings, clock)
        self.register = RegisterService(self.services)
        self.visits = VisitService(self.services)
        self.events = EventService(self.services)
        self.rounds = RoundService(self.services)
        self.geo = GeoService(self.services)
        self.disputes = DisputeService(self.services)
        self.dispute_documents = DisputeDocuments(self.services)
        self.filings = FilingService(self.services)
        self.filing_packages = FilingPackages(self.services)
        self.review = ReviewService(self.services)
        self.security = SecurityService(self.services)
        from ui.sync_worker import SyncWorker  # it needs this context: imported here

        self.sync = SyncWorker(self)

    @property
    def clock(self) -> Clock:
        return self.services.clock

    def query(
        self, fn: Callable[[Session], T], on_ok: Callable[[T], None], on_err: OnErr | None = None
    ) -> None:
        """Run a read query on the reader pool with its own session; plain data comes back."""
        sessions = self.store.sessions

        def run() -> T:
            with sessions() as session:
                return fn(session)

        self.dispatcher.read(run, on_ok=on_ok, on_err=on_err)

    def rows_fetcher(
        self, fn: Callable[[Session, list[str]], dict[str, T]]
    ) -> Callable[[list[str]], dict[str, T]]:
        """A row loader for KeyedTableModel: runs `fn` with its own session on a reader."""
        sessions = self.store.sessions

        def fetch(ids: list[str]) -> dict[str, T]:
            with sessions() as session:
                return fn(session, ids)

        return fetch

    def write(
        self, call: Callable[[], Changes], on_ok: OnOk | None = None, on_err: OnErr | None = None
    ) -> None:
        def done(changes: Any) -> None:
            self.changed.emit(changes)
            if on_ok is not None:
                on_ok(changes)

        self.dispatcher.write(call, on_ok=done, on_err=on_err)
