"""What every page and dialog is given: the services, the typed operations (ui.operations), the
notifier (ui.notifier), and the change signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from gridwarden.bootstrap import Services, build_services
from gridwarden.clock import Clock
from gridwarden.db.engine import Session
from gridwarden.services.context import Actor, ServiceContext
from gridwarden.store import Store
from ui.change_bus import ChangeBus
from ui.notifier import Notifier
from ui.operations import Operations
from ui.sync_worker import SyncWorker
from ui.tasks import Dispatcher

if TYPE_CHECKING:  # the services are imported when first used (gridwarden.bootstrap)
    from gridwarden.services.dispute_documents import DisputeDocuments
    from gridwarden.services.disputes import DisputeService
    from gridwarden.services.drafts import DraftService
    from gridwarden.services.events import EventService
    from gridwarden.services.filing_documents import FilingPackages
    from gridwarden.services.filings import FilingService
    from gridwarden.services.geo import GeoService
    from gridwarden.services.legal_aid import LegalAidService
    from gridwarden.services.legal_aid_consultations import LegalAidConsultations
    from gridwarden.services.legal_aid_practice import LegalAidPracticeService
    from gridwarden.services.legal_aid_records import LegalAidRecords
    from gridwarden.services.register import RegisterService
    from gridwarden.services.rounds import RoundService
    from gridwarden.services.security import SecurityService
    from gridwarden.services.visits import VisitService
    from gridwarden.sync.review import ReviewService

T = TypeVar("T")


class AppContext(QObject):
    """What the shell's pages are given: the services of the signed-in session, the reader and
    writer threads, and the change bus. Built by the composition root (ui.bootstrap)."""

    def __init__(
        self,
        store: Store,
        services: Services,
        dispatcher: Dispatcher,
        bus: ChangeBus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = services.context.settings
        self.dispatcher = dispatcher
        self.bus = bus
        self.changed = bus.changed  # Changes after every successful write (ours, sync's)
        self.notifier = Notifier(parent=self)
        self.ops = Operations(dispatcher, store.sessions, bus, self.notifier, self)
        self._services = services
        self.sync: SyncWorker  # set by the composition root

    def sign_in_as(self, actor: Actor) -> None:
        """Another person signed in: a new context, every service built anew from it."""
        self._services = build_services(self._services.context.with_actor(actor))

    def adopt_account(self) -> None:
        """The settings now name the account the sync logged in with: act as that person."""
        s = self.settings
        self.sign_in_as(Actor(s.user_id, s.user_name, s.user_role, self.services.actor.device_id))

    @property
    def services(self) -> ServiceContext:
        return self._services.context

    @property
    def register(self) -> RegisterService:
        return self._services.register

    @property
    def visits(self) -> VisitService:
        return self._services.visits

    @property
    def events(self) -> EventService:
        return self._services.events

    @property
    def rounds(self) -> RoundService:
        return self._services.rounds

    @property
    def geo(self) -> GeoService:
        return self._services.geo

    @property
    def disputes(self) -> DisputeService:
        return self._services.disputes

    @property
    def dispute_documents(self) -> DisputeDocuments:
        return self._services.dispute_documents

    @property
    def filings(self) -> FilingService:
        return self._services.filings

    @property
    def filing_packages(self) -> FilingPackages:
        return self._services.filing_packages

    @property
    def legal_aid(self) -> LegalAidService:
        return self._services.legal_aid

    @property
    def legal_aid_records(self) -> LegalAidRecords:
        return self._services.legal_aid_records

    @property
    def legal_aid_practice(self) -> LegalAidPracticeService:
        return self._services.legal_aid_practice

    @property
    def legal_aid_consultations(self) -> LegalAidConsultations:
        return self._services.legal_aid_consultations

    @property
    def review(self) -> ReviewService:
        return self._services.review

    @property
    def security(self) -> SecurityService:
        return self._services.security

    @property
    def drafts(self) -> DraftService:
        """Form drafts (stateless: built on each use from the signed-in context)."""
        from gridwarden.services.drafts import DraftService

        return DraftService(self.services)

    @property
    def clock(self) -> Clock:
        return self.services.clock

    def rows_fetcher(
        self, fn: Callable[[Session, list[str]], dict[str, T]]
    ) -> Callable[[list[str]], dict[str, T]]:
        """A row loader for KeyedTableModel: runs `fn` with its own session on a reader."""
        sessions = self.store.sessions

        def fetch(ids: list[str]) -> dict[str, T]:
            with sessions() as session:
                return fn(session, ids)

        return fetch
