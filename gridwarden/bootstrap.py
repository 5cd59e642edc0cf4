"""The composition root of the core (ARCHITECTURE rule 14): the one place services are built.

`build_services(context)` gives every service of one session, all sharing one immutable
`ServiceContext`. When who is signed in changes (login, another account), the shell builds a new
bundle from `context.with_actor(...)` and replaces the old one whole; nothing is mutated in place.
"""

from __future__ import annotations

from dataclasses import dataclass

from gridwarden.services.context import ServiceContext
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


@dataclass(frozen=True)
class Services:
    """Every service of one signed-in session, built from one context."""

    context: ServiceContext
    register: RegisterService
    visits: VisitService
    events: EventService
    rounds: RoundService
    geo: GeoService
    disputes: DisputeService
    dispute_documents: DisputeDocuments
    filings: FilingService
    filing_packages: FilingPackages
    legal_aid: LegalAidService
    legal_aid_records: LegalAidRecords
    legal_aid_practice: LegalAidPracticeService
    legal_aid_consultations: LegalAidConsultations
    review: ReviewService
    security: SecurityService


def build_services(context: ServiceContext) -> Services:
    return Services(
        context=context,
        register=RegisterService(context),
        visits=VisitService(context),
        events=EventService(context),
        rounds=RoundService(context),
        geo=GeoService(context),
        disputes=DisputeService(context),
        dispute_documents=DisputeDocuments(context),
        filings=FilingService(context),
        filing_packages=FilingPackages(context),
        legal_aid=LegalAidService(context),
        legal_aid_records=LegalAidRecords(context),
        legal_aid_practice=LegalAidPracticeService(context),
        legal_aid_consultations=LegalAidConsultations(context),
        review=ReviewService(context),
        security=SecurityService(context),
    )
