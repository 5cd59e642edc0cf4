"""The composition root of the core (ARCHITECTURE rule 14): the one place services are built.

`build_services(context)` gives every service of one session, all sharing one immutable
`ServiceContext`. When who is signed in changes (login, another account), the shell builds a new
bundle from `context.with_actor(...)` and replaces the old one whole; nothing is mutated in place.

Each service is built — and its module imported — the first time it is asked for: the first
window needs the register and the Today queries, not the dispute documents, the filing packages
or the legal-aid notices (~0.1 s of imports at start-up); a page opened later imports its
own (~10-50 ms, once).
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from gridwarden.services.context import ServiceContext

if TYPE_CHECKING:
    from gridwarden.services.dispute_documents import DisputeDocuments
    from gridwarden.services.disputes import DisputeService
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

S = TypeVar("S")


class _Built(Generic[S]):
    """A service of the bundle, built from the bundle's context on first use, then kept."""

    def __init__(self, module: str, cls: str) -> None:
        self.module, self.cls = module, cls
        self.attr = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name

    @overload
    def __get__(self, bundle: None, owner: type) -> _Built[S]: ...
    @overload
    def __get__(self, bundle: Services, owner: type) -> S: ...
    def __get__(self, bundle: Services | None, owner: type) -> _Built[S] | S:
        if bundle is None:
            return self
        with bundle._lock:  # the UI thread and the writer may ask at the same moment
            built: S | None = bundle.__dict__.get(self.attr)
            if built is None:
                factory: Any = getattr(importlib.import_module(self.module), self.cls)
                built = bundle.__dict__[self.attr] = factory(bundle.context)
        return built


class Services:
    """Every service of one signed-in session, built from one context."""

    register: _Built[RegisterService] = _Built("gridwarden.services.register", "RegisterService")
    visits: _Built[VisitService] = _Built("gridwarden.services.visits", "VisitService")
    events: _Built[EventService] = _Built("gridwarden.services.events", "EventService")
    rounds: _Built[RoundService] = _Built("gridwarden.services.rounds", "RoundService")
    geo: _Built[GeoService] = _Built("gridwarden.services.geo", "GeoService")
    disputes: _Built[DisputeService] = _Built("gridwarden.services.disputes", "DisputeService")
    dispute_documents: _Built[DisputeDocuments] = _Built(
        "gridwarden.services.dispute_documents", "DisputeDocuments"
    )
    filings: _Built[FilingService] = _Built("gridwarden.services.filings", "FilingService")
    filing_packages: _Built[FilingPackages] = _Built(
        "gridwarden.services.filing_documents", "FilingPackages"
    )
    legal_aid: _Built[LegalAidService] = _Built("gridwarden.services.legal_aid", "LegalAidService")
    legal_aid_records: _Built[LegalAidRecords] = _Built(
        "gridwarden.services.legal_aid_records", "LegalAidRecords"
    )
    legal_aid_practice: _Built[LegalAidPracticeService] = _Built(
        "gridwarden.services.legal_aid_practice", "LegalAidPracticeService"
    )
    legal_aid_consultations: _Built[LegalAidConsultations] = _Built(
        "gridwarden.services.legal_aid_consultations", "LegalAidConsultations"
    )
    review: _Built[ReviewService] = _Built("gridwarden.sync.review", "ReviewService")
    security: _Built[SecurityService] = _Built("gridwarden.services.security", "SecurityService")

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self._lock = threading.RLock()  # a service's constructor may ask for another


def build_services(context: ServiceContext) -> Services:
    return Services(context)
